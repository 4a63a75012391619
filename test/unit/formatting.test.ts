import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { sharedFolder } from './helpers.js';
import { textDocument, workspace } from './lsp-helpers.js';

const options = { tabSize: 4, insertSpaces: true };

async function format(text: string): Promise<{ edits: TextEdit[]; result: string }> {
    const ws = await workspace({ 'map.journey': text });
    const document = ws.doc('map.journey');
    const edits = await ws.services.Journey.lsp.Formatter!.formatDocument(document, { textDocument: textDocument(document), options });
    return { edits, result: TextDocument.applyEdits(document.textDocument, edits) };
}

const messy = `// Shared people.
persona   thierry "Twijfelende Thierry"{description "Compares twice."
  goal "Best value"   goal "Certainty"
      quote "No regrets." }
channel web "Website"   icon web
channel mail "E-mail" icon mail
persona dominique "Drukke Dominique" // no block
journey   today "Today"{ persona thierry ,dominique state current
/* the first stage */
stage orientation "Oriëntatie" {
goal "Understand"  metric "Visitors" 12000 metric "Drop" 40 %
touchpoint search "Search engine" { channel web action "Searches"
emotion -1 "lost"
pain ads "Ads first" severity high opportunity guide "Write a guide" impact high effort medium
}


touchpoint mail "Mail" { channel mail emotion 0 } }
    action write "Write it" { owner "Content" addresses ads status doing }
}`;

const expected = `// Shared people.
persona thierry "Twijfelende Thierry" {
    description "Compares twice."
    goal "Best value"
    goal "Certainty"
    quote "No regrets."
}

channel web "Website" icon web
channel mail "E-mail" icon mail

persona dominique "Drukke Dominique" // no block

journey today "Today" {
    persona thierry, dominique
    state current
    /* the first stage */
    stage orientation "Oriëntatie" {
        goal "Understand"
        metric "Visitors" 12000
        metric "Drop" 40%
        touchpoint search "Search engine" {
            channel web
            action "Searches"
            emotion -1 "lost"
            pain ads "Ads first" severity high
            opportunity guide "Write a guide" impact high effort medium
        }

        touchpoint mail "Mail" {
            channel mail
            emotion 0
        }
    }
    action write "Write it" {
        owner "Content"
        addresses ads
        status doing
    }
}
`;

describe('formatting', () => {
    it('formats a messy file into the canonical layout, comments kept', async () => {
        const { result } = await format(messy);
        assert.equal(result, expected);
    });

    it('is idempotent: formatted text gives no edits', async () => {
        const { edits } = await format(expected);
        assert.deepEqual(edits, []);
        const once = (await format(messy)).result;
        assert.deepEqual((await format(once)).edits, []);
    });

    it('puts a blank line between top-level elements and keeps a leading comment with its declaration', async () => {
        const { result } = await format('channel web "Web"\n// the main map\njourney j "J" { persona p stage s "S" { } }\npersona p "P"');
        assert.equal(result, 'channel web "Web"\n\n// the main map\njourney j "J" {\n    persona p\n    stage s "S" {\n    }\n}\n\npersona p "P"\n');
    });

    it('leaves a file with syntax errors alone', async () => {
        const { edits } = await format('journey j "J" {   stage {');
        assert.deepEqual(edits, []);
    });

    it('leaves alone a file with a word that is no keyword, a line of another block or a stray brace', async () => {
        for (const text of [
            'journey j "J" {   fase s "S" { } }',
            'journey j "J" {   stage s "S" {   emotion -1   } }',
            'journey j "J" {   stage s "S" { } }\n}',
        ]) {
            assert.deepEqual((await format(text)).edits, [], text);
        }
    });

    it('formats the version 2 lines like the others: one line each, inside their block', async () => {
        const { result } = await format(`journey j "J" { type service-blueprint   language nl review  every 3   months
stage s "S" { time "07:00-09:00" touchpoint t "T" { time "07:05" emotion thierry -2 "bedrogen"  emotion   dominique -1
prop "Pakbon" frontstage "Medewerker belt" evidence "GA4" link "https://x.nl" metric "Conversie" 1,1 % } } }`);
        assert.equal(result, `journey j "J" {
    type service-blueprint
    language nl
    review every 3 months
    stage s "S" {
        time "07:00-09:00"
        touchpoint t "T" {
            time "07:05"
            emotion thierry -2 "bedrogen"
            emotion dominique -1
            prop "Pakbon"
            frontstage "Medewerker belt"
            evidence "GA4" link "https://x.nl"
            metric "Conversie" 1,1%
        }
    }
}
`);
    });

    it('leaves the version 2 example maps as they are (examples/reiskompas, examples/keukenhuis)', async () => {
        for (const folder of ['reiskompas', 'keukenhuis'].map(name => new URL(`../../../examples/${name}/`, import.meta.url))) {
            for (const name of readdirSync(folder).filter(file => file.endsWith('.journey'))) {
                const { edits } = await format(readFileSync(new URL(name, folder), 'utf8'));
                assert.deepEqual(edits, [], `${name} is not canonical: ${JSON.stringify(edits.slice(0, 3))}`);
            }
        }
    });

    it('leaves the example maps as they are (they are written in the canonical layout)', async () => {
        const folder = sharedFolder('examples');
        let names: string[] = [];
        try {
            names = readdirSync(folder).filter(name => name.endsWith('.journey'));
        } catch {
            return; // examples not present in this checkout
        }
        for (const name of names) {
            const { edits } = await format(readFileSync(new URL(name, folder), 'utf8'));
            assert.deepEqual(edits, [], `${name} is not canonical: ${JSON.stringify(edits.slice(0, 3))}`);
        }
    });
});
