import assert from 'node:assert/strict';
import { onNotification } from '../../src/extension/journey-client.js';
import { ModelsChangedNotification } from '../../src/protocol/lsp-protocol.js';

/** A client as vscode-languageclient's is: one handler per method, a later one replacing the earlier. */
class OneHandlerClient {
    readonly handlers = new Map<string, (params: unknown) => void>();
    onNotification(method: string, handler: (params: unknown) => void): { dispose(): void } {
        this.handlers.set(method, handler);
        return { dispose: () => this.handlers.delete(method) };
    }
    notify(method: string, params: unknown): void {
        this.handlers.get(method)?.(params);
    }
}

describe('the extension\'s notifications from the language server', () => {
    it('reach every listener (previews, Journeys view, Markdown blocks), not only the last one registered', () => {
        const client = new OneHandlerClient();
        const heard: string[] = [];
        const as = (who: string) => (params: { uris: string[] }) => heard.push(`${who}:${params.uris.join()}`);
        onNotification(client as never, ModelsChangedNotification, as('previews'));
        const journeys = onNotification(client as never, ModelsChangedNotification, as('journeys'));
        onNotification(client as never, ModelsChangedNotification, as('blocks'));
        client.notify(ModelsChangedNotification, { uris: ['a'] });
        assert.deepEqual(heard, ['previews:a', 'journeys:a', 'blocks:a']);
        journeys.dispose();
        client.notify(ModelsChangedNotification, { uris: ['b'] });
        assert.deepEqual(heard.slice(3), ['previews:b', 'blocks:b']);
        assert.equal(client.handlers.size, 1);
    });
});
