import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-types';
import { people } from './helpers.js';
import { textDocument, workspace } from './lsp-helpers.js';

/** The quick fixes offered for the one report with `code` in `map.journey`. */
async function fixes(map: string, code: string): Promise<{ actions: CodeAction[]; apply(title: string): string }> {
    const ws = await workspace({ 'people.journey': people, 'map.journey': map });
    const document = ws.doc('map.journey');
    const diagnostics = (document.diagnostics ?? []).filter(d => d.code === code);
    assert.equal(diagnostics.length, 1, `expected one ${code}, got ${JSON.stringify(document.diagnostics?.map(d => d.code))}`);
    const actions = (await ws.services.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: textDocument(document), range: diagnostics[0].range, context: { diagnostics, triggerKind: 1 },
    }) ?? []) as CodeAction[];
    return {
        actions,
        apply(title: string) {
            const action = actions.find(a => a.title === title);
            assert.ok(action, `no action '${title}' among ${actions.map(a => a.title).join(', ')}`);
            assert.equal(action.kind, 'quickfix');
            const edits = action.edit?.changes?.[document.uri.toString()];
            assert.ok(edits);
            return TextDocument.applyEdits(document.textDocument, edits);
        },
    };
}

/** The codes reported on `map.journey` after a fix. */
async function codesAfter(map: string): Promise<string[]> {
    const ws = await workspace({ 'people.journey': people, 'map.journey': map });
    return (ws.doc('map.journey').diagnostics ?? []).map(d => String(d.code));
}

const touchpoint = (lines: string) => `journey j "J" {
    persona thierry
    reviewed "2026-10-01"
    stage s "S" {
        touchpoint t "T" {
            channel web
            evidence "Interviews"
${lines}
        }
    }
}
`;

describe('quick fixes', () => {
    it('unresolved-reference to a persona: creates the persona at the end of the file', async () => {
        const map = touchpoint('            emotion 0').replace('persona thierry', 'persona thierry, big_spender');
        const { apply } = await fixes(map, 'unresolved-reference');
        const fixed = apply(`Create persona 'big_spender'`);
        assert.equal(fixed, `${map}\npersona big_spender "Big spender"\n`);
        assert.ok(!(await codesAfter(fixed)).includes('unresolved-reference'));
    });

    it('unresolved-reference to a channel: creates the channel, with an icon when the name is an icon kind', async () => {
        const map = touchpoint('            emotion 0').replace('channel web', 'channel chat');
        const { apply } = await fixes(map, 'unresolved-reference');
        const fixed = apply(`Create channel 'chat'`);
        assert.ok(fixed.endsWith('}\n\nchannel chat "Chat" icon chat\n'), fixed);
        assert.ok(!(await codesAfter(fixed)).includes('unresolved-reference'));
    });

    it('emotion-range: clamps into -2..+2 and rounds a decimal', async () => {
        const high = await fixes(touchpoint('            emotion 5 "thrilled"'), 'emotion-range');
        const fixed = high.apply('Change emotion to +2');
        assert.ok(fixed.includes('emotion 2 "thrilled"'), fixed);
        assert.ok(!(await codesAfter(fixed)).includes('emotion-range'));
        const decimal = await fixes(touchpoint('            emotion -1.6'), 'emotion-range');
        assert.ok(decimal.apply('Change emotion to -2').includes('emotion -2\n'));
        const low = await fixes(touchpoint('            emotion 0.4'), 'emotion-range');
        assert.ok(low.apply('Change emotion to 0').includes('emotion 0\n'));
    });

    it('stale-review: sets reviewed to today', async () => {
        const map = touchpoint('            emotion 0').replace('"2026-10-01"', '"2025-01-15"');
        const { apply } = await fixes(map, 'stale-review');
        const fixed = apply('Mark as reviewed today (2026-11-23)');
        assert.ok(fixed.includes('reviewed "2026-11-23"'), fixed);
        assert.ok(!(await codesAfter(fixed)).includes('stale-review'));
    });

    it('unaddressed-pain: adds an opportunity skeleton after the pain line', async () => {
        const { apply } = await fixes(touchpoint('            emotion -1\n            pain slow "Slow page" severity high'), 'unaddressed-pain');
        const fixed = apply(`Add an opportunity for 'slow'`);
        assert.ok(fixed.includes('            pain slow "Slow page" severity high\n            opportunity slow_fix "..."\n        }'), fixed);
        assert.ok(!(await codesAfter(fixed)).includes('unaddressed-pain'));
    });

    it('unaddressed-pain on a stage-wide pain without a name', async () => {
        const map = touchpoint('            emotion 0').replace('    stage s "S" {\n', '    stage s "S" {\n        pain "Queues" severity high\n');
        const { apply } = await fixes(map, 'unaddressed-pain');
        const fixed = apply('Add an opportunity for this pain');
        assert.ok(fixed.includes('        pain "Queues" severity high\n        opportunity "..."\n'), fixed);
        assert.ok(!(await codesAfter(fixed)).includes('unaddressed-pain'));
    });

    it('state-conflict: removes the state current line, or changes it to future', async () => {
        const map = `journey today "Today" {
    persona thierry
    reviewed "2026-10-01"
    stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } }
}

journey target "Target" improves today {
    persona thierry
    state current
    stage s "S" { touchpoint t "T" { channel web emotion 1 } }
}
`;
        const { actions, apply } = await fixes(map, 'state-conflict');
        assert.equal(actions.length, 2);
        const removed = apply(`Remove 'state current'`);
        assert.equal(removed, map.replace('    state current\n', ''));
        assert.ok(!(await codesAfter(removed)).includes('state-conflict'));
        const changed = apply(`Change to 'state future'`);
        assert.ok(changed.includes('    state future\n'));
        assert.ok(!(await codesAfter(changed)).includes('state-conflict'));
    });

    it('offers nothing for reports without a fix', async () => {
        const { actions } = await fixes(touchpoint('').replace('            channel web\n', ''), 'missing-channel');
        assert.deepEqual(actions, []);
    });
});
