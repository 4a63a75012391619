import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildDocumentSet, sourcesFromTexts } from '../../src/workspace/document-set.js';

/** Edits one document the way the language server does and waits until every report is current. */
describe('reports follow changes in other files', () => {
    it('a journey that starts naming a persona clears unused-persona in the file that declares it, and renaming brings it back', async () => {
        const { services, documents } = await buildDocumentSet(sourcesFromTexts({
            'people.journey': 'persona thierry "Thierry"\nchannel web "Web"',
            'map.journey': 'journey j "J" { stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } } }',
        }));
        const [people, map] = documents;
        const codes = () => (people.diagnostics ?? []).map(d => d.code);
        assert.deepEqual(codes(), ['unused-persona']);

        const { DocumentBuilder, WorkspaceLock, TextDocuments } = services.shared.workspace;
        let version = 1;
        const edit = async (text: string) => {
            // What the server does on didChange: the open document's text changes, then an update build.
            TextDocuments!.set(TextDocument.create(map.uri.toString(), 'journey', ++version, text));
            await WorkspaceLock.write(token => DocumentBuilder.update([map.uri], [], token));
            await WorkspaceLock.write(() => undefined); // the re-validation of other files is queued behind
        };
        await edit('journey j "J" { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } } }');
        assert.deepEqual(codes(), []);
        await edit('journey j "J" { persona dominique stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } } }');
        assert.deepEqual(codes(), ['unused-persona']);
    });
});
