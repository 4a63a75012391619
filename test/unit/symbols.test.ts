import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver-types';
import { people } from './helpers.js';
import { textDocument, workspace } from './lsp-helpers.js';

const map = `journey today "Today" {
    persona thierry
    stage orientation "Oriëntatie" {
        pain slow "Slow" severity low
        opportunity faster "Faster"
        touchpoint search "Search engine" {
            channel web
            emotion -1
            pain ads "Ads first"
            opportunity guide "Guide"
        }
        touchpoint shop "Shop" { channel web }
    }
    action write "Write the guide" { addresses ads }
    stage purchase "Aankoop" {
        touchpoint checkout "Checkout" { channel web }
    }
}
`;

type Outline = Array<[string, SymbolKind, string | undefined, Outline?]>;

function outline(symbols: DocumentSymbol[]): Outline {
    return symbols.map(s => s.children ? [s.name, s.kind, s.detail, outline(s.children)] : [s.name, s.kind, s.detail]);
}

describe('document and workspace symbols', () => {
    it('outlines journey → stage → touchpoint (and actions), without pains, opportunities or emotions', async () => {
        const ws = await workspace({ 'people.journey': people, 'map.journey': map });
        const document = ws.doc('map.journey');
        const symbols = await ws.services.Journey.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: textDocument(document) });
        assert.deepEqual(outline(symbols), [
            ['today', SymbolKind.Namespace, 'Today', [
                ['orientation', SymbolKind.Module, 'Oriëntatie', [
                    ['search', SymbolKind.Event, 'Search engine'],
                    ['shop', SymbolKind.Event, 'Shop'],
                ]],
                ['write', SymbolKind.Function, 'Write the guide'],
                ['purchase', SymbolKind.Module, 'Aankoop', [
                    ['checkout', SymbolKind.Event, 'Checkout'],
                ]],
            ]],
        ]);
        const stage = symbols[0].children![0];
        assert.equal(document.textDocument.getText(stage.selectionRange), 'orientation');
        assert.ok(document.textDocument.getText(stage.range).startsWith('stage orientation'));
    });

    it('lists personas and channels with their display names', async () => {
        const ws = await workspace({ 'people.journey': people });
        const document = ws.doc('people.journey');
        const symbols = await ws.services.Journey.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: textDocument(document) });
        assert.deepEqual(outline(symbols).slice(0, 3), [
            ['thierry', SymbolKind.Class, 'Twijfelende Thierry'],
            ['dominique', SymbolKind.Class, 'Drukke Dominique'],
            ['web', SymbolKind.Interface, 'Website'],
        ]);
    });

    it("workspace symbols (Langium's default) find personas, channels and journeys of every file", async () => {
        const ws = await workspace({ 'people.journey': people, 'map.journey': map });
        const provider = ws.services.shared.lsp.WorkspaceSymbolProvider!;
        const all = await provider.getSymbols({ query: '' }) as WorkspaceSymbol[];
        const names = all.map(s => `${s.name}@${s.location.uri.split('/').pop()}`).sort();
        assert.deepEqual(names, [
            'dominique@people.journey', 'mail@people.journey', 'phone@people.journey', 'thierry@people.journey',
            'today@map.journey', 'web@people.journey',
        ]);
        const found = await provider.getSymbols({ query: 'thie' }) as WorkspaceSymbol[];
        assert.deepEqual(found.map(s => s.name), ['thierry']);
        const kinds = Object.fromEntries(all.map(s => [s.name, s.kind]));
        assert.deepEqual([kinds.thierry, kinds.web, kinds.today], [SymbolKind.Class, SymbolKind.Interface, SymbolKind.Namespace]);
    });

    it('shows a day in the life and a blueprint by their type, and the time of a stage or moment, beside the display name', async () => {
        const day = `journey dag "Een dinsdag" {
    persona dominique
    type day-in-the-life
    stage ochtend "Ochtend" {
        time "07:00-09:00"
        touchpoint wekker "Wekker" { time "07:05" emotion 0 }
        touchpoint school "School" { emotion -1 }
    }
}
journey plain "Plain" { type customer-journey persona thierry stage s "S" { touchpoint t "T" { channel web } } }
`;
        const ws = await workspace({ 'people.journey': people, 'day.journey': day });
        const document = ws.doc('day.journey');
        const symbols = await ws.services.Journey.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: textDocument(document) });
        assert.deepEqual(outline(symbols), [
            ['dag', SymbolKind.Namespace, 'Een dinsdag · day-in-the-life', [
                ['ochtend', SymbolKind.Module, 'Ochtend · 07:00-09:00', [
                    ['wekker', SymbolKind.Event, 'Wekker · 07:05'],
                    ['school', SymbolKind.Event, 'School'],
                ]],
            ]],
            ['plain', SymbolKind.Namespace, 'Plain', [['s', SymbolKind.Module, 'S', [['t', SymbolKind.Event, 'T']]]]],
        ]);
    });
});

