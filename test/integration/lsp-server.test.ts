import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspResponseError, LspSession } from '../support/lsp-session.js';
import { people } from '../unit/helpers.js';

/** The real `journey lsp --stdio` process, driven over JSON-RPC as any editor would. */
describe('journey lsp --stdio (the real server process)', () => {
    let session: LspSession;

    before(async () => {
        session = (await LspSession.start()).session;
    });

    after(async () => {
        await session?.stop();
    });

    /** The latest diagnostics published for `uri`, once they satisfy `until`. */
    function diagnosticsFor(uri: string, until: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
        return session.until(() => {
            const latest = session.publishes.filter(p => p.uri === uri).at(-1)?.diagnostics;
            return latest && until(latest) ? latest : undefined;
        }, 10_000, `matching diagnostics for ${uri}`);
    }

    it('initializes and announces completion, hover, definition, references, rename, symbols and formatting', () => {
        const caps = session.initializeResult!.capabilities;
        assert.ok(caps.completionProvider);
        for (const key of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'documentLinkProvider'] as const) {
            assert.ok(caps[key], key);
        }
    });

    it('publishes diagnostics after didOpen and after didChange', async () => {
        await session.open({ uri: 'file:///lsp-test/people.journey', version: 1, text: people });
        const text = 'journey j "J" { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 9 evidence "x" } } }';
        const map = { uri: 'file:///lsp-test/map.journey', version: 1, text };
        await session.open(map);
        const first = await diagnosticsFor(map.uri, d => d.some(x => x.code === 'emotion-range'));
        const nine = text.indexOf('emotion 9') + 'emotion '.length;
        assert.deepEqual(first.find(d => d.code === 'emotion-range')!.range, { start: { line: 0, character: nine }, end: { line: 0, character: nine + 1 } });
        await session.replace(map, 'journey j "J" { persona thierry stage s "S" { touchpoint t "T" { channel fax emotion 1 evidence "x" } } }');
        const second = await diagnosticsFor(map.uri, d => d.some(x => x.code === 'unresolved-reference'));
        assert.ok(!second.some(d => d.code === 'emotion-range'));
    });

    it('publishes diagnostics with the version of the text they were computed for', async () => {
        const map = { uri: 'file:///lsp-test/versioned.journey', version: 7, text: 'journey v "V" { persona thierry }' };
        const from = await session.open(map);
        assert.equal((await session.nextPublish(map.uri, from)).version, 7);
        const next = session.publishes.length;
        await session.edit(map, map.text.indexOf('thierry'), 0, 'x');
        const changed = await session.nextPublish(map.uri, next);
        assert.equal(changed.version, 8);
        assert.ok(changed.diagnostics.some(d => d.code === 'unresolved-reference'), JSON.stringify(changed.diagnostics));
    });

    it('announces every validated map to the previews, also when renaming it re-checks other files', async () => {
        // Renaming a journey changes the names the workspace knows, so other files are checked again
        // (duplicate-name, unused-persona); the edited map must still be announced as changed.
        const other = { uri: 'file:///lsp-test/rename-other.journey', version: 1, text: 'persona rename_other "O"\njourney uses_other "U" { persona rename_other }' };
        const map = { uri: 'file:///lsp-test/renamed.journey', version: 1, text: 'journey before_rename "R" { persona rename_other }' };
        await session.nextPublish(other.uri, await session.open(other));
        await session.nextPublish(map.uri, await session.open(map));
        const announced = (from: number) => session.notifications.slice(from)
            .filter(n => n.method === 'journey/modelsChanged').flatMap(n => (n.params as { uris: string[] }).uris);
        for (const name of ['after_rename', 'renamed_again']) {
            const from = session.notifications.length;
            await session.editTo(map, `journey ${name} "R" { persona rename_other }`);
            await session.until(() => announced(from).includes(other.uri) || undefined, 10_000, 'the other files re-checked');
            await session.until(() => announced(from).includes(map.uri) || undefined, 3_000, `${map.uri} announced after renaming to ${name}`);
        }
    });

    it('follows the settings: missing evidence as a warning, then off', async () => {
        const uri = 'file:///lsp-test/current.journey';
        await session.open({ uri, version: 1, text: 'journey c "C" { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 0 } } }' });
        await diagnosticsFor(uri, d => d.some(x => x.code === 'missing-evidence' && x.severity === 4));
        await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { journey: { validation: { missingEvidence: 'warning' } } } });
        await diagnosticsFor(uri, d => d.some(x => x.code === 'missing-evidence' && x.severity === 2));
        await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { journey: { validation: { missingEvidence: 'off' } } } });
        await diagnosticsFor(uri, d => !d.some(x => x.code === 'missing-evidence'));
    });

    it('answers completion and hover on the open document', async () => {
        const uri = 'file:///lsp-test/map.journey';
        const { labels } = await session.completion(uri, { line: 0, character: 24 });
        assert.ok(labels.includes('thierry'), JSON.stringify(labels));
        const hover = await session.hover(uri, { line: 0, character: 26 });
        assert.ok(hover.contents, 'a hover on the persona reference');
    });

    it('answers a request it cannot serve with an error response, not with the error as its result', async () => {
        // Langium returns such errors from its handlers; with two copies of vscode-jsonrpc in the bundle the connection
        // did not recognise them and sent them as results: a hover of {"code":-32802}.
        await assert.rejects(session.hover('file:///lsp-test/never-opened.journey', { line: 0, character: 0 }), (error: unknown) => {
            assert.ok(error instanceof LspResponseError, String(error));
            assert.equal(error.error.code, -32802);
            return true;
        });
    });

    it('shuts down cleanly', async () => {
        assert.equal(await session.stop(), 0);
    });
});
