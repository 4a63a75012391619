import assert from 'node:assert/strict';
import { people } from './helpers.js';
import { textDocument, workspace } from './lsp-helpers.js';

describe('code lens', () => {
    it('puts "Open preview" over each journey, naming journey.showPreview with the document URI and journey id', async () => {
        const map = `// two maps
journey today "Today" { persona thierry stage s "S" { touchpoint t "T" { channel web } } }

journey target "Target" improves today {
    stage s "S" { touchpoint t "T" { channel web } }
}
`;
        const ws = await workspace({ 'people.journey': people, 'map.journey': map });
        const document = ws.doc('map.journey');
        const lenses = await ws.services.Journey.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: textDocument(document) });
        const uri = document.uri.toString();
        assert.deepEqual(lenses?.map(lens => [lens.range.start.line, lens.command?.title, lens.command?.command, lens.command?.arguments]), [
            [1, 'Open preview', 'journey.showPreview', [uri, 'today']],
            [3, 'Open preview', 'journey.showPreview', [uri, 'target']],
        ]);
    });

    it('gives no lens in a file without journeys', async () => {
        const ws = await workspace({ 'people.journey': people });
        const document = ws.doc('people.journey');
        assert.deepEqual(await ws.services.Journey.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: textDocument(document) }), []);
    });
});
