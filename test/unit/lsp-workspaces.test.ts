/**
 * The real `journey lsp --stdio` process in the workspaces an editor may give it: a virtual
 * workspace (whose folder path means nothing on the local disk), untitled maps and files of other
 * extensions set to the journey language, and documents closed without saving.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const root = fileURLToPath(new URL('../../../', import.meta.url));

class Server {
    readonly process: ChildProcess;
    readonly connection: MessageConnection;
    readonly published = new Map<string, Diagnostic[]>();
    readonly stderr: string[] = [];
    exitCode: number | null | undefined;
    private readonly waiters: Array<() => void> = [];
    private versions = new Map<string, number>();

    constructor() {
        this.process = spawn(process.execPath, [join(root, 'bin', 'journey.cjs'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.process.stderr!.on('data', chunk => this.stderr.push(String(chunk)));
        this.process.on('exit', code => { this.exitCode = code; this.wake(); });
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.published.set(params.uri, params.diagnostics);
            this.wake();
        });
        this.connection.onRequest('workspace/configuration', () => [{}]);
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.listen();
    }

    async initialize(workspaceFolders: Array<{ uri: string; name: string }> | null): Promise<void> {
        await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders });
        await this.connection.sendNotification('initialized', {});
    }

    open(uri: string, text: string): void {
        this.versions.set(uri, 1);
        void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text } });
    }

    change(uri: string, text: string): void {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    close(uri: string): void {
        void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    /** The diagnostics published for `uri` once they satisfy `until`; fails if the server died. */
    async diagnostics(uri: string, until: (codes: string[]) => boolean, what: string): Promise<string[]> {
        const deadline = Date.now() + 10_000;
        for (;;) {
            if (this.exitCode !== undefined) throw new Error(`the server exited (${this.exitCode}) waiting for ${what}: ${this.stderr.join('').slice(0, 2000)}`);
            const codes = this.published.get(uri)?.map(d => String(d.code));
            if (codes && until(codes)) return codes;
            if (Date.now() > deadline) throw new Error(`${what}: ${uri} has ${JSON.stringify(codes)}`);
            await new Promise<void>(resolve => { this.waiters.push(resolve); setTimeout(resolve, 200); });
        }
    }

    stop(): void {
        this.connection.dispose();
        this.process.kill();
    }

    private wake(): void {
        this.waiters.splice(0).forEach(wake => wake());
    }
}

describe('journey lsp --stdio in virtual workspaces, with untitled and closed maps', function () {
    this.timeout(30_000);
    const servers: Server[] = [];
    const start = () => { const server = new Server(); servers.push(server); return server; };
    /** A folder on the local disk whose `people.journey` declares the persona `local_only`. */
    let folder: string;

    before(() => {
        folder = mkdtempSync(join(tmpdir(), 'journey-vws-'));
        writeFileSync(join(folder, 'people.journey'), 'persona local_only "Read from the local disk"\n');
    });

    after(() => servers.forEach(s => s.stop()));

    const uses = (persona: string) => `journey j "J" {\n    persona ${persona}\n    stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } }\n}\nchannel web "Web"\n`;

    it('a local folder: maps that are not open are read from the disk (the contrast for the next test)', async () => {
        const server = start();
        await server.initialize([{ uri: pathToFileURL(folder).href, name: 'local' }]);
        const map = pathToFileURL(join(folder, 'map.journey')).href;
        server.open(map, uses('local_only'));
        const codes = await server.diagnostics(map, () => true, 'diagnostics of the open map');
        assert.ok(!codes.includes('unresolved-reference'), `the persona on disk is found: ${codes}`);
    });

    it('a virtual folder is never read from the local disk, even where its path exists there; its open maps are checked', async () => {
        const server = start();
        // `vscode-vfs://github/<path>` has the local folder's path: Langium's Node file system would read it.
        const virtual = `vscode-vfs://github${folder}`;
        await server.initialize([{ uri: virtual, name: 'virtual' }, { uri: 'memfs:/', name: 'root of a memory file system' }]);
        const map = `${virtual}/map.journey`;
        server.open(map, uses('local_only'));
        const codes = await server.diagnostics(map, c => c.length > 0, 'diagnostics of the open virtual map');
        assert.ok(codes.includes('unresolved-reference'), `the local file is not taken for the virtual one: ${codes}`);
        assert.ok(![...server.published.keys()].some(uri => uri.endsWith('/people.journey')), 'no diagnostics for a file that was not opened');
        // A second open map of the virtual workspace is seen by the first.
        server.open(`${virtual}/people.journey`, 'persona local_only "Opened in the editor"\n');
        await server.diagnostics(map, c => !c.includes('unresolved-reference'), 'the persona of the opened virtual file');
        // A change the editor's file watcher reports for a virtual file the server cannot read breaks nothing.
        await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${virtual}/other.journey`, type: 1 }, { uri: `${virtual}/people.journey`, type: 2 }] });
        server.change(map, `${uses('local_only')}// edited\n`);
        server.change(map, uses('nobody'));
        await server.diagnostics(map, c => c.includes('unresolved-reference'), 'diagnostics after an edit');
    });

    it('closing an untitled map or a .txt file set to the journey language forgets it, and the server keeps working', async () => {
        const server = start();
        await server.initialize(null);
        const dir = mkdtempSync(join(tmpdir(), 'journey-close-'));
        for (const [index, other] of ['untitled:Untitled-1', pathToFileURL(join(dir, 'notes.txt')).href].entries()) {
            const map = pathToFileURL(join(dir, `map${index}.journey`)).href;
            server.open(other, 'persona p "Declared in a document that will be closed"\n');
            server.open(map, uses('p'));
            await server.diagnostics(other, () => true, `${other} checked`);
            await server.diagnostics(map, c => !c.includes('unresolved-reference'), `the persona of ${other}`);
            server.close(other);
            await server.diagnostics(other, c => c.length === 0, `${other} cleared`);
            // Before the fix the next build threw "no services for the extension ''" and the process died.
            server.change(map, `${uses('p')}// edited\n`);
            await server.diagnostics(map, c => c.includes('unresolved-reference'), `the persona of closed ${other} is gone`);
            server.close(map);
        }
        assert.equal(server.exitCode, undefined, 'the server is still running');
    });

    it('closing a map clears the duplicate it caused in another map', async () => {
        const server = start();
        await server.initialize(null);
        const dir = mkdtempSync(join(tmpdir(), 'journey-dup-'));
        const [a, b] = ['a.journey', 'b.journey'].map(name => pathToFileURL(join(dir, name)).href);
        server.open(a, 'persona p "First"\n');
        server.open(b, 'persona p "Second"\n');
        await server.diagnostics(b, c => c.includes('duplicate-name'), 'the duplicate');
        server.close(a); // never saved: there is nothing on disk to read again
        await server.diagnostics(b, c => !c.includes('duplicate-name'), 'the duplicate gone with the first map');
    });

    it('closing a .journey file without saving reads it again from disk', async () => {
        const server = start();
        await server.initialize(null);
        const dir = mkdtempSync(join(tmpdir(), 'journey-revert-'));
        writeFileSync(join(dir, 'people.journey'), 'persona saved "On disk"\n');
        const people = pathToFileURL(join(dir, 'people.journey')).href;
        const map = pathToFileURL(join(dir, 'map.journey')).href;
        server.open(people, 'persona unsaved "Typed, never saved"\n');
        server.open(map, uses('unsaved'));
        await server.diagnostics(map, c => !c.includes('unresolved-reference'), 'the unsaved persona while open');
        server.close(people);
        server.change(map, uses('saved'));
        await server.diagnostics(map, c => !c.includes('unresolved-reference'), 'the saved persona after closing');
        server.change(map, uses('unsaved'));
        await server.diagnostics(map, c => c.includes('unresolved-reference'), 'the unsaved persona gone');
    });
});
