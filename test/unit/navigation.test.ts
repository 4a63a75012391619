import assert from 'node:assert/strict';
import type { Location, LocationLink } from 'vscode-languageserver-types';
import { positionOf, textDocument, workspace, type Workspace } from './lsp-helpers.js';

const people = `persona thierry "Twijfelende Thierry" {
    goal "Best value"
}
channel web "Website" icon web
`;

const map = `journey today "Today" {
    persona thierry
    stage orientation "Oriëntatie" {
        touchpoint search "Search engine" {
            persona thierry
            channel web
            emotion -1
        }
    }
}
`;

const fileOf = (uri: string) => uri.split('/').pop();

describe('navigation across files (Langium defaults)', () => {
    let ws: Workspace;
    before(async () => {
        ws = await workspace({ 'people.journey': people, 'map.journey': map });
    });

    it('folds a journey, a stage and a touchpoint', async () => {
        const document = ws.doc('map.journey');
        const ranges = await ws.services.Journey.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: textDocument(document) });
        // Each fold ends on the line before its `}`, so the closing brace stays visible.
        assert.deepEqual(ranges.map(r => [r.startLine, r.endLine]), [[0, 8], [2, 7], [3, 6]]);
    });

    it('goes to the definition of a persona in another file', async () => {
        const document = ws.doc('map.journey');
        const links = await ws.services.Journey.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: textDocument(document), position: positionOf(document, 'thierry', 1, 2),
        }) as LocationLink[];
        assert.equal(links.length, 1);
        assert.equal(fileOf(links[0].targetUri), 'people.journey');
        assert.deepEqual(links[0].targetSelectionRange, { start: { line: 0, character: 8 }, end: { line: 0, character: 15 } });
    });

    it('finds the references of a persona in every file', async () => {
        const document = ws.doc('people.journey');
        const locations: Location[] = await ws.services.Journey.lsp.ReferencesProvider!.findReferences(document, {
            textDocument: textDocument(document), position: positionOf(document, 'thierry', 0, 2), context: { includeDeclaration: true },
        });
        assert.deepEqual(locations.map(l => `${fileOf(l.uri)}:${l.range.start.line}:${l.range.start.character}`).sort(), [
            'map.journey:1:12', 'map.journey:4:20', 'people.journey:0:8',
        ]);
    });

    it('renames a persona used in another file: edits in both files', async () => {
        const document = ws.doc('map.journey');
        const edit = await ws.services.Journey.lsp.RenameProvider!.rename(document, {
            textDocument: textDocument(document), position: positionOf(document, 'thierry', 0, 1), newName: 'tessa',
        });
        const changes = edit?.changes ?? {};
        const byFile = Object.fromEntries(Object.entries(changes).map(([uri, edits]) => [fileOf(uri), edits.map(e => e.newText)]));
        assert.deepEqual(byFile, { 'people.journey': ['tessa'], 'map.journey': ['tessa', 'tessa'] });
    });

    it('renames a channel named like an icon kind without touching `icon web`', async () => {
        const document = ws.doc('map.journey');
        const edit = await ws.services.Journey.lsp.RenameProvider!.rename(document, {
            textDocument: textDocument(document), position: positionOf(document, 'channel web', 0, 9), newName: 'site',
        });
        const changes = Object.entries(edit?.changes ?? {}).map(([uri, edits]) => [fileOf(uri), edits.map(e => `${e.range.start.line}:${e.range.start.character}`)]);
        assert.deepEqual(Object.fromEntries(changes), { 'people.journey': ['3:8'], 'map.journey': ['5:20'] });
    });
});
