import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { positionOf, textDocument, workspace, type Workspace } from './lsp-helpers.js';

const people = `
persona thierry "Twijfelende Thierry" {
    description "Compares everything twice before buying."
    goal "Find the best price-quality ratio"
    need "A clear comparison of models"
    frustration "Hidden costs"
    quote "I don't want to regret this."
}
channel web "Website" icon web
channel search "Search engine" icon search
`;

const current = `
journey today "Today" {
    persona thierry
    stage orientation "Oriëntatie" {
        touchpoint google "Searches" {
            channel search
            action "Searches for reviews"
            emotion -1 "overwhelmed"
        }
        touchpoint shop "Visits shop" {
            channel web
            emotion 0
        }
    }
}
`;

const future = `
journey target "Target" improves today {
    persona thierry
    stage orientation "Oriëntatie" {
        touchpoint google "Searches" {
            channel search
            emotion 1
        }
        touchpoint guide "Reads the guide" {
            channel web
            emotion 2
        }
    }
}
`;

async function hoverText(ws: Workspace, file: string, needle: string, occurrence = 0, delta = 1): Promise<string | undefined> {
    const document = ws.doc(file);
    const hover: Hover | undefined = await ws.services.Journey.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: textDocument(document), position: positionOf(document, needle, occurrence, delta),
    });
    return hover ? (hover.contents as MarkupContent).value : undefined;
}

describe('hover', () => {
    let ws: Workspace;
    before(async () => {
        ws = await workspace({ 'people.journey': people, 'today.journey': current, 'target.journey': future });
    });

    it('shows a persona on its declaration: name, description, goals, needs, frustrations, quote', async () => {
        const text = await hoverText(ws, 'people.journey', 'thierry');
        assert.ok(text);
        for (const expected of ['Twijfelende Thierry', 'Compares everything twice', 'Find the best price-quality ratio',
            'A clear comparison of models', 'Hidden costs', "I don't want to regret this."]) {
            assert.ok(text.includes(expected), `missing '${expected}' in:\n${text}`);
        }
        assert.match(text, /\*\*Goals\*\*/);
    });

    it('shows the persona on a reference in another file', async () => {
        const text = await hoverText(ws, 'today.journey', 'persona thierry', 0, 'persona '.length + 2);
        assert.ok(text?.includes('Twijfelende Thierry'), text);
        assert.ok(text?.includes('Hidden costs'), text);
    });

    it('shows a channel with its icon kind, also when its name is a keyword', async () => {
        const text = await hoverText(ws, 'today.journey', 'channel search', 0, 'channel '.length + 1);
        assert.ok(text?.includes('Search engine'), text);
        assert.ok(text?.includes('`search`'), text);
        assert.match(text!, /Icon: `search`/);
    });

    it('explains an emotion value', async () => {
        const text = await hoverText(ws, 'today.journey', '-1', 0, 1);
        assert.ok(text?.includes('−1 — negative'), text);
        const zero = await hoverText(ws, 'today.journey', 'emotion 0', 0, 'emotion '.length);
        assert.ok(zero?.includes('±0 — neutral'), zero);
    });

    it('shows the current-state counterpart and emotion delta on a touchpoint of a future map', async () => {
        const text = await hoverText(ws, 'target.journey', 'touchpoint google', 0, 'touchpoint '.length + 1);
        assert.ok(text, 'no hover');
        assert.ok(text.includes('Current state'), text);
        assert.ok(text.includes('Oriëntatie'), text);
        assert.ok(text.includes('Searches for reviews'), text);
        assert.ok(text.includes('−1 — negative'), text);
        assert.match(text, /Emotion delta:\*\* \+2/);
    });

    it('says a future touchpoint is new when the current map lacks it', async () => {
        const text = await hoverText(ws, 'target.journey', 'touchpoint guide', 0, 'touchpoint '.length + 1);
        assert.ok(text?.includes('New in this future map'), text);
    });

    it('gives no comparison on a touchpoint of a current map', async () => {
        const text = await hoverText(ws, 'today.journey', 'touchpoint google', 0, 'touchpoint '.length + 1);
        assert.ok(!text?.includes('Current state'), text);
    });

    describe('version 2 lines', () => {
        const persons = `persona thierry "Twijfelende Thierry"\npersona dominique "Drukke Dominique"\nchannel web "Website" icon web\n`;
        const now = `journey nu "Nu" {
    persona thierry, dominique
    type day-in-the-life
    language nl
    reviewed "2026-10-01"
    review every 3 months
    stage s "S" {
        touchpoint boekt "Boekt" { channel web emotion thierry -2 "bedrogen" emotion dominique -1 evidence "x" }
    }
}`;
        const later = `journey straks "Straks" improves nu {
    persona thierry, dominique
    stage s "S" {
        touchpoint boekt "Boekt" { channel web emotion 2 emotion dominique 1 }
    }
}`;
        let v2: Workspace;
        before(async () => {
            v2 = await workspace({ 'people.journey': persons, 'nu.journey': now, 'straks.journey': later });
        });

        it('an emotion for one persona names the persona', async () => {
            const text = await hoverText(v2, 'nu.journey', 'emotion thierry -2', 0, 'emotion thierry '.length + 1);
            assert.match(text ?? '', /^\*\*Emotion of Twijfelende Thierry \(`thierry`\)\*\* −2 — very negative \("bedrogen"\)/);
            const persona = await hoverText(v2, 'nu.journey', 'emotion thierry -2', 0, 'emotion '.length + 1);
            assert.match(persona ?? '', /\*\*Persona\*\* Twijfelende Thierry/, 'on the persona\'s name: the persona');
        });

        it('the map type and the language say what they mean', async () => {
            assert.match(await hoverText(v2, 'nu.journey', 'day-in-the-life', 0, 2) ?? '', /^\*\*Day in the life\*\*: the persona's whole day/);
            assert.match(await hoverText(v2, 'nu.journey', 'language nl', 0, 'language '.length + 1) ?? '', /^\*\*Dutch\*\*/);
        });

        it('review every N months says when the map is due again', async () => {
            const text = await hoverText(v2, 'nu.journey', 'review every', 0, 2);
            assert.match(text ?? '', /due for review every 3 months \(instead of the setting's 6\)\.\n\nLast reviewed 2026-10-01; next review due 2027-01-01\./);
        });

        it('a future touchpoint compares each persona\'s emotion when they differ', async () => {
            const text = await hoverText(v2, 'straks.journey', 'touchpoint boekt', 0, 'touchpoint '.length + 1);
            assert.match(text ?? '', /- Emotion: −1\.5 \(the mean of its personas\)/);
            assert.match(text ?? '', /\*\*Emotion delta:\*\* \+3\.5 \(−1\.5 → \+2\)/);
            assert.match(text ?? '', /- `thierry`: −2 → \+2 \(\+4\)\n- `dominique`: −1 → \+1 \(\+2\)/);
        });
    });
});
