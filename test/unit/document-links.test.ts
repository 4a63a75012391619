import assert from 'node:assert/strict';
import type { DocumentLink } from 'vscode-languageserver-types';
import { people } from './helpers.js';
import { textDocument, workspace } from './lsp-helpers.js';

const map = `journey j "J" {
    persona thierry
    stage s "S" {
        touchpoint t "T" {
            channel web
            emotion 0
            evidence "Search Console" link "https://search.google.com/search-console"
            evidence "Focus groups" link "onderzoek/focus groups.md"
            evidence "Funnel" link "../data/funnel.csv"
            evidence "Old server" link "ftp://example.com/report"
            evidence "No link"
        }
    }
}
`;

describe('document links: evidence links are clickable', () => {
    it('links web addresses as they are and paths relative to the map; invalid links are not links', async () => {
        const ws = await workspace({ 'people.journey': people, 'research/map.journey': map });
        const document = ws.doc('map.journey');
        const links = await ws.services.Journey.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: textDocument(document) }) as DocumentLink[];
        const text = (link: DocumentLink) => document.textDocument.getText(link.range);
        assert.deepEqual(links.map(link => [text(link), link.target, link.tooltip]), [
            ['https://search.google.com/search-console', 'https://search.google.com/search-console', 'Search Console'],
            ['onderzoek/focus groups.md', 'memory:/workspace/research/onderzoek/focus%20groups.md', 'Focus groups'],
            ['../data/funnel.csv', 'memory:/workspace/data/funnel.csv', 'Funnel'],
        ]);
    });
});
