import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { FoldingRange } from 'vscode-languageserver-types';
import { textDocument, workspace } from './lsp-helpers.js';

describe('folding', () => {
    it('folds every block of a version 2 map (journey, stages, moments) and block comments; the one-line v2 lines do not fold', async () => {
        const folder = new URL('../../../examples/reiskompas/', import.meta.url);
        const files = Object.fromEntries(['reiskompas-mensen.journey', 'dominique-dag.journey']
            .map(name => [name, readFileSync(new URL(name, folder), 'utf8')]));
        const ws = await workspace(files);
        const document = ws.doc('dominique-dag.journey');
        const ranges = await ws.services.Journey.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: textDocument(document) }) as FoldingRange[];
        const lines = document.textDocument.getText().split('\n');
        const folded = ranges.map(range => lines[range.startLine]!.trim());
        for (const start of ['journey dominique_dag', 'stage ochtend', 'touchpoint wekker', 'stage avond', 'action magic_link']) {
            assert.ok(folded.some(line => line.startsWith(start)), `${start} folds: ${folded.join(' | ')}`);
        }
        assert.ok(!folded.some(line => /^(time|type|language|emotion|evidence)\b/.test(line)), folded.join(' | '));
        const people = ws.doc('reiskompas-mensen.journey');
        const peopleRanges = await ws.services.Journey.lsp.FoldingRangeProvider!.getFoldingRanges(people, { textDocument: textDocument(people) }) as FoldingRange[];
        assert.ok(peopleRanges.some(range => range.startLine === 0 && range.kind === 'comment'), 'the block comment at the top');
    });
});
