import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { people } from './helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The real `journey lsp --stdio` process, driven over JSON-RPC as any editor would. */
describe('journey lsp --stdio (the real server process)', () => {
    let server: ChildProcess;
    let connection: MessageConnection;
    const published = new Map<string, Diagnostic[]>();
    const waiters: Array<() => void> = [];

    before(async () => {
        server = spawn(process.execPath, [join(root, 'bin', 'journey.cjs'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            published.set(params.uri, params.diagnostics);
            waiters.splice(0).forEach(wake => wake());
        });
        connection.onRequest('workspace/configuration', () => [{}]);
        connection.onRequest('client/registerCapability', () => null);
        connection.listen();
    });

    after(() => {
        connection?.dispose();
        server?.kill();
    });

    async function diagnosticsFor(uri: string, until: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
        const deadline = Date.now() + 10_000;
        while (Date.now() < deadline) {
            const current = published.get(uri);
            if (current && until(current)) return current;
            await new Promise<void>(resolve => { waiters.push(resolve); setTimeout(resolve, 200); });
        }
        throw new Error(`no matching diagnostics for ${uri}: ${JSON.stringify(published.get(uri))}`);
    }

    it('initializes and announces completion, hover, definition, references, rename, symbols and formatting', async () => {
        const result = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
        connection.sendNotification('initialized', {});
        const caps = result.capabilities;
        assert.ok(caps.completionProvider);
        for (const key of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentSymbolProvider', 'workspaceSymbolProvider'] as const) {
            assert.ok(caps[key], key);
        }
    });

    it('publishes diagnostics after didOpen and after didChange', async () => {
        const peopleUri = 'file:///lsp-test/people.journey';
        const uri = 'file:///lsp-test/map.journey';
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: peopleUri, languageId: 'journey', version: 1, text: people } });
        const text = 'journey j "J" { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 9 evidence "x" } } }';
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text } });
        const first = await diagnosticsFor(uri, d => d.some(x => x.code === 'emotion-range'));
        const nine = text.indexOf('emotion 9') + 'emotion '.length;
        assert.deepEqual(first.find(d => d.code === 'emotion-range')!.range, { start: { line: 0, character: nine }, end: { line: 0, character: nine + 1 } });
        connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'journey j "J" { persona thierry stage s "S" { touchpoint t "T" { channel fax emotion 1 evidence "x" } } }' }] });
        const second = await diagnosticsFor(uri, d => d.some(x => x.code === 'unresolved-reference'));
        assert.ok(!second.some(d => d.code === 'emotion-range'));
    });

    it('follows the settings: missing evidence as a warning, then off', async () => {
        const uri = 'file:///lsp-test/current.journey';
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text: 'journey c "C" { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 0 } } }' } });
        await diagnosticsFor(uri, d => d.some(x => x.code === 'missing-evidence' && x.severity === 4));
        connection.sendNotification('workspace/didChangeConfiguration', { settings: { journey: { validation: { missingEvidence: 'warning' } } } });
        await diagnosticsFor(uri, d => d.some(x => x.code === 'missing-evidence' && x.severity === 2));
        connection.sendNotification('workspace/didChangeConfiguration', { settings: { journey: { validation: { missingEvidence: 'off' } } } });
        await diagnosticsFor(uri, d => !d.some(x => x.code === 'missing-evidence'));
    });

    it('answers completion and hover on the open document', async () => {
        const uri = 'file:///lsp-test/map.journey';
        const completion = await connection.sendRequest<{ items: Array<{ label: string }> } | Array<{ label: string }>>('textDocument/completion', {
            textDocument: { uri }, position: { line: 0, character: 24 },
        });
        const items = Array.isArray(completion) ? completion : completion.items;
        assert.ok(items.some((i: { label: string }) => i.label === 'thierry'), JSON.stringify(items.map((i: { label: string }) => i.label)));
        const hover = await connection.sendRequest<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 26 } });
        assert.ok(hover, 'a hover on the persona reference');
    });

    it('shuts down cleanly', async () => {
        await connection.sendRequest('shutdown');
        const exited = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)));
        connection.sendNotification('exit');
        assert.equal(await exited, 0);
    });
});
