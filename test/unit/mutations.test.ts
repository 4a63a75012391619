import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdit, applyEdits, describeEdit, editArb, editsArb, escapeAll, namesIn, type Edit } from '../robustness/mutations.js';

const text = 'one\ntwo\nthree';

describe('mutations (random edits for the robustness tests)', () => {
    it('deletes, duplicates and swaps lines', () => {
        assert.equal(applyEdit(text, { kind: 'deleteLines', at: 0.5, count: 1 }), 'one\nthree');
        assert.equal(applyEdit(text, { kind: 'deleteLines', at: 0, count: 5 }), '');
        assert.equal(applyEdit(text, { kind: 'duplicateLine', at: 1 }), 'one\ntwo\nthree\nthree');
        assert.equal(applyEdit(text, { kind: 'swapLines', a: 0, b: 1 }), 'three\ntwo\none');
        assert.equal(applyEdit(text, { kind: 'swapLines', a: 0.4, b: 0.4 }), text);
    });

    it('deletes, duplicates and swaps characters, and truncates', () => {
        assert.equal(applyEdit('abcdef', { kind: 'deleteChars', at: 0.5, count: 2 }), 'abcf');
        assert.equal(applyEdit('abcdef', { kind: 'deleteChars', at: 1, count: 40 }), 'abcde');
        assert.equal(applyEdit('abcdef', { kind: 'duplicateChars', at: 0, count: 2, times: 2 }), 'abababcdef');
        assert.equal(applyEdit('abcdef', { kind: 'swapChars', a: 1, b: 0 }), 'fbcdea');
        assert.equal(applyEdit('abcdef', { kind: 'truncate', at: 0.5 }), 'abc');
        assert.equal(applyEdit('abcdef', { kind: 'truncate', at: 1 }), 'abcdef');
    });

    it('inserts text at a gap between characters, both ends included', () => {
        assert.equal(applyEdit('ab', { kind: 'insertUnbalanced', at: 0, text: '{' }), '{ab');
        assert.equal(applyEdit('ab', { kind: 'insertUnbalanced', at: 1, text: '"' }), 'ab"');
        assert.equal(applyEdit('ab', { kind: 'insertUnicode', at: 0.5, text: '\ud800' }), 'a\ud800b');
        assert.equal(applyEdit('ab', { kind: 'insertChars', at: 0.5, text: 'xy' }), 'axyb');
        assert.equal(applyEdit('ab', { kind: 'insertKeyword', at: 1, keyword: 'stage' }), 'ab stage ');
    });

    it('inserts a reference to a name found in the text, keywords left out', () => {
        assert.deepEqual(namesIn('journey j1 "x" improves j0 { persona p1 }'), ['j1', 'j0', 'p1']);
        assert.equal(applyEdit('persona p1 "P"\njourney j "J" {}', { kind: 'insertReference', at: 1, prefix: 'persona ', pick: 0 }),
            'persona p1 "P"\njourney j "J" {} persona p1 ');
        assert.equal(applyEdit('', { kind: 'insertReference', at: 0, prefix: 'improves ', pick: 0.9 }), ' improves missing_name ');
    });

    it('inserts layout (white space, comments, line breaks) into white space only', () => {
        assert.equal(applyEdit('a b\tc', { kind: 'insertLayout', at: 0, text: '// x\r' }), 'a // x\rb\tc');
        assert.equal(applyEdit('a b\tc', { kind: 'insertLayout', at: 1, text: '/* c */' }), 'a b\t/* c */c');
        assert.equal(applyEdit('ab', { kind: 'insertLayout', at: 0.5, text: '\n' }), 'ab\n');
        assert.equal(applyEdit('"a b" // c d\n/* e f */ x', { kind: 'insertLayout', at: 0, text: '\r' }), '"a b" \r// c d\n/* e f */ x');
        assert.equal(applyEdit('"a b" // c d\n/* e f */ x', { kind: 'insertLayout', at: 1, text: '\r' }), '"a b" // c d\n/* e f */ \rx');
        assert.equal(describeEdit({ kind: 'insertLayout', at: 0.5, text: '// x\r' }), 'insert layout "// x\\u000d" into white space at 0.5');
    });

    it('applies any edit to any text, the empty text included, without throwing', () => {
        fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), editsArb, (input, edits) => {
            assert.equal(typeof applyEdits(input, edits), 'string');
            assert.equal(typeof applyEdits('', edits), 'string');
            for (const edit of edits) { assert.ok(describeEdit(edit).length > 0); }
        }), { seed: 1, numRuns: 500 });
    });

    it('is deterministic: the same edits give the same text', () => {
        fc.assert(fc.property(editsArb, edits => {
            assert.equal(applyEdits(text, edits), applyEdits(text, structuredClone(edits)));
        }), { seed: 2, numRuns: 200 });
    });

    it('describes an edit with the values needed to redo it, control characters escaped', () => {
        const edit: Edit = { kind: 'insertUnicode', at: 0.25, text: '\u0000\ud800é' };
        assert.equal(describeEdit(edit), 'insert unicode "\\u0000\\ud800\\u00e9" at 0.25');
        assert.equal(escapeAll('a"b'), '"a\\u0022b"');
        assert.ok(fc.sample(editArb, { seed: 3, numRuns: 50 }).length === 50);
    });
});
