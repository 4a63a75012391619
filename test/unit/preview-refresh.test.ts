import assert from 'node:assert/strict';
import { ModelRefresh, type RefreshHost } from '../../src/extension/preview/model-refresh.js';
import type { DocumentMapModel, MapModelResult } from '../../src/protocol/lsp-protocol.js';

/** A language client whose answers come when the test says, in any order. */
class FakeClient {
    readonly asked: Array<{ uri: string; answer: (model: MapModelResult) => Promise<void> }> = [];

    request(uri: string): Promise<MapModelResult> {
        return new Promise(resolve => {
            // Resolves, then lets the refresh that awaited it run to its end.
            this.asked.push({ uri, answer: async model => { resolve(model); await new Promise(r => setImmediate(r)); } });
        });
    }
}

function model(uri: string, version: number): DocumentMapModel {
    return { uri, documentVersion: version, journeys: [], comparisons: [], diagnostics: [] } as unknown as DocumentMapModel;
}

describe('preview refresh: which answer of the language server is drawn', () => {
    const a = 'file:///maps/a.journey';
    const b = 'file:///maps/b.journey';
    let client: FakeClient;
    let wanted: string | undefined;
    let drawn: Array<[string, number]>;
    let refresh: ModelRefresh;

    beforeEach(() => {
        client = new FakeClient();
        wanted = a;
        drawn = [];
        const host: RefreshHost = {
            wanted: () => wanted,
            request: uri => client.request(uri),
            draw: m => drawn.push([m.uri, m.documentVersion]),
            warn: () => undefined,
        };
        refresh = new ModelRefresh(host);
    });

    it('draws the answers that come in order', async () => {
        void refresh.refresh();
        await client.asked[0]!.answer(model(a, 1));
        void refresh.refresh();
        await client.asked[1]!.answer(model(a, 2));
        assert.deepEqual(drawn, [[a, 1], [a, 2]]);
    });

    it('never draws an older model after a newer one when the answers come out of order', async () => {
        void refresh.refresh();
        void refresh.refresh();
        await client.asked[1]!.answer(model(a, 3));
        await client.asked[0]!.answer(model(a, 2));
        assert.deepEqual(drawn, [[a, 3]]);
    });

    it('an answer to an older request is not drawn over the answer to a newer one, also at the same version', async () => {
        // Another drawn file changed: the version of this document stays the same.
        void refresh.refresh();
        refresh.otherFileChangedSince();
        void refresh.refresh();
        await client.asked[1]!.answer(model(a, 5));
        await client.asked[0]!.answer(model(a, 5));
        assert.deepEqual(drawn, [[a, 5]]);
    });

    it('draws nothing for a document the preview no longer shows', async () => {
        void refresh.refresh();
        wanted = b;
        refresh.forget();
        void refresh.refresh();
        await client.asked[1]!.answer(model(b, 1));
        await client.asked[0]!.answer(model(a, 9));
        assert.deepEqual(drawn, [[b, 1]]);
    });

    it('draws nothing once the panel is disposed', async () => {
        void refresh.refresh();
        refresh.dispose();
        await client.asked[0]!.answer(model(a, 1));
        void refresh.refresh();
        assert.deepEqual(drawn, []);
        assert.equal(client.asked.length, 1, 'no request after disposal');
    });

    it('skips an answer at the version already drawn, unless another drawn file changed', async () => {
        void refresh.refresh();
        await client.asked[0]!.answer(model(a, 1));
        void refresh.refresh();
        await client.asked[1]!.answer(model(a, 1));
        refresh.otherFileChangedSince();
        void refresh.refresh();
        await client.asked[2]!.answer(model(a, 1));
        assert.deepEqual(drawn, [[a, 1], [a, 1]]);
    });

    it('after the webview reloads, an answer to a request from before is not drawn over a newer one', async () => {
        void refresh.refresh();
        refresh.forget();
        void refresh.refresh();
        await client.asked[1]!.answer(model(a, 4));
        await client.asked[0]!.answer(model(a, 3));
        assert.deepEqual(drawn, [[a, 4]]);
    });
});
