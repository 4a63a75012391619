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

    const withAction = (action: string, owner = '') => `journey j "J" {
    persona thierry
    reviewed "2026-10-01"${owner ? `\n    owner "${owner}"` : ''}
    stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } }
    ${action}
}
`;

    it('unowned-action: adds an owner line, the map\'s owner when it has one; adds the block when the action has none', async () => {
        const inBlock = await fixes(withAction('action a "A" {\n        due "2027-01-01"\n    }', 'CX-team \\"Reiskompas\\"'), 'unowned-action');
        const fixed = inBlock.apply('Add owner "CX-team "Reiskompas"" (the map\'s owner)');
        assert.ok(fixed.includes('action a "A" {\n        owner "CX-team \\"Reiskompas\\""\n        due "2027-01-01"\n    }'), fixed);
        assert.ok(!(await codesAfter(fixed)).includes('unowned-action'));
        const bare = await fixes(withAction('action a "A"').replace('action a "A"', 'action a "A"'), 'unowned-action');
        const added = bare.apply('Add an owner line');
        assert.ok(added.includes('    action a "A" {\n        owner ""\n    }\n'), added);
        assert.ok((await codesAfter(added)).includes('unowned-action'), 'an empty owner is still no owner: the line waits to be filled in');
    });

    it('undated-action: adds a due date a month or a quarter from today', async () => {
        const { actions, apply } = await fixes(withAction('action a "A" { owner "Team" }'), 'undated-action');
        assert.deepEqual(actions.map(a => [a.title, a.isPreferred]), [['Add due date 2026-12-23 (in 1 month)', true], ['Add due date 2027-02-23 (in 3 months)', false]]);
        const fixed = apply('Add due date 2027-02-23 (in 3 months)');
        assert.ok(fixed.includes('action a "A" {\n        due "2027-02-23" owner "Team" }'), fixed);
        assert.ok(!(await codesAfter(fixed)).includes('undated-action'));
    });

    it('overdue-action: marks the action done (replacing its status, or adding one), or moves the due date', async () => {
        const withStatus = await fixes(withAction('action a "A" {\n        owner "Team"\n        due "2026-10-01"\n        status doing\n    }'), 'overdue-action');
        const done = withStatus.apply(`Mark action 'a' as done`);
        assert.ok(done.includes('        status done\n'), done);
        assert.ok(!(await codesAfter(done)).includes('overdue-action'));
        const moved = withStatus.apply('Move the due date to 2026-12-23');
        assert.ok(moved.includes('due "2026-12-23"'), moved);
        assert.ok(!(await codesAfter(moved)).includes('overdue-action'));
        const withoutStatus = await fixes(withAction('action a "A" { owner "Team" due "2026-10-01" }'), 'overdue-action');
        const added = withoutStatus.apply(`Mark action 'a' as done`);
        assert.ok(added.includes('action a "A" {\n        status done owner "Team" due "2026-10-01" }'), added);
        assert.ok(!(await codesAfter(added)).includes('overdue-action'));
    });

    it('invalid-time and invalid-date: the same time or date in the written form, when it is one', async () => {
        const time = await fixes(touchpoint('            emotion 0\n            time "7.30 - 9:00"'), 'invalid-time');
        const fixedTime = time.apply('Change to "07:30-09:00"');
        assert.ok(fixedTime.includes('time "07:30-09:00"'), fixedTime);
        assert.ok(!(await codesAfter(fixedTime)).includes('invalid-time'));
        assert.deepEqual((await fixes(touchpoint('            emotion 0\n            time "half acht"'), 'invalid-time')).actions, []);
        const date = await fixes(withAction('action a "A" { owner "Team" due "15 januari 2027" }'), 'invalid-date');
        const fixedDate = date.apply('Change to "2027-01-15"');
        assert.ok(!(await codesAfter(fixedDate)).includes('invalid-date'));
        assert.deepEqual((await fixes(withAction('action a "A" { owner "Team" due "2027-02-30" }'), 'invalid-date')).actions, []);
    });

    it('emotion "sad" (no number): one plain syntax error, no "not undefined" report, no fix that offers NaN (issue 10)', async () => {
        const ws = await workspace({ 'people.journey': people, 'map.journey': touchpoint('            emotion "sad"') });
        const document = ws.doc('map.journey');
        const diagnostics = document.diagnostics ?? [];
        const errors = diagnostics.filter(d => d.severity === 1);
        assert.deepEqual(errors.map(d => d.code), ['syntax-error']);
        for (const d of diagnostics) assert.doesNotMatch(String(d.message), /undefined|NaN/);
        const actions = (await ws.services.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: textDocument(document), range: errors[0].range, context: { diagnostics, triggerKind: 1 },
        }) ?? []) as CodeAction[];
        for (const action of actions) {
            assert.doesNotMatch(action.title, /NaN|undefined/);
            for (const edit of Object.values(action.edit?.changes ?? {}).flat()) assert.doesNotMatch(edit.newText, /NaN|undefined/);
        }
        assert.ok(!actions.some(a => a.title.startsWith('Change emotion')), actions.map(a => a.title).join(', '));
    });

    it('syntax-error for a word that is no keyword: changes it to the keyword meant, or adds the missing comma', async () => {
        const stage = (word: string) => `journey j "J" {\n    persona thierry\n    reviewed "2026-10-01"\n    ${word} s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } }\n}\n`;
        for (const word of ['stgae', 'Stage', 'fase']) {
            const { apply } = await fixes(stage(word), 'syntax-error');
            const fixed = apply('Change to `stage`');
            assert.equal(fixed, stage('stage'));
            assert.deepEqual((await codesAfter(fixed)).filter(code => code === 'syntax-error'), []);
        }
        const list = touchpoint('            emotion 0').replace('persona thierry', 'persona thierry  dominique');
        const { apply } = await fixes(list, 'syntax-error');
        const fixed = apply('Add the missing comma');
        assert.ok(fixed.includes('persona thierry, dominique\n'), fixed);
        assert.ok(!(await codesAfter(fixed)).includes('syntax-error'));
    });

    it('offers nothing for reports without a fix', async () => {
        const { actions } = await fixes(touchpoint('').replace('            channel web\n', ''), 'missing-channel');
        assert.deepEqual(actions, []);
    });
});
