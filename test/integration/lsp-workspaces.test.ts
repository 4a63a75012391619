/**
 * The real `journey lsp --stdio` process in the workspaces an editor may give it: a virtual
 * workspace (whose folder path means nothing on the local disk), untitled maps and files of other
 * extensions set to the journey language, and documents closed without saving.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceFolder } from 'vscode-languageserver-protocol';
import { LspSession, type OpenDocument } from '../support/lsp-session.js';

/** The real server, with the documents the test has open (text and version kept in step). */
class Server {
    private readonly documents = new Map<string, OpenDocument>();

    private constructor(readonly session: LspSession) {}

    static async start(workspaceFolders: WorkspaceFolder[] | null): Promise<Server> {
        return new Server((await LspSession.start(workspaceFolders ? { workspaceFolders } : {})).session);
    }

    async open(uri: string, text: string): Promise<void> {
        const document = { uri, text, version: 1 };
        this.documents.set(uri, document);
        await this.session.open(document);
    }

    async change(uri: string, text: string): Promise<void> {
        await this.session.replace(this.documents.get(uri)!, text);
    }

    async close(uri: string): Promise<void> {
        this.documents.delete(uri);
        await this.session.close(uri);
    }

    /** The latest diagnostic codes for `uri` once they satisfy `until`; fails if the server died. */
    diagnostics(uri: string, until: (codes: string[]) => boolean, what: string): Promise<string[]> {
        return this.session.codes(uri, until, what);
    }
}

describe('journey lsp --stdio in virtual workspaces, with untitled and closed maps', function () {
    this.timeout(30_000);
    const servers: Server[] = [];
    const start = async (folders: WorkspaceFolder[] | null) => { const server = await Server.start(folders); servers.push(server); return server; };
    /** A folder on the local disk whose `people.journey` declares the persona `local_only`. */
    let folder: string;

    before(() => {
        folder = mkdtempSync(join(tmpdir(), 'journey-vws-'));
        writeFileSync(join(folder, 'people.journey'), 'persona local_only "Read from the local disk"\n');
    });

    after(() => Promise.all(servers.map(s => s.session.stop())));

    const uses = (persona: string) => `journey j "J" {\n    persona ${persona}\n    stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } }\n}\nchannel web "Web"\n`;

    it('a local folder: maps that are not open are read from the disk (the contrast for the next test)', async () => {
        const server = await start([{ uri: pathToFileURL(folder).href, name: 'local' }]);
        const map = pathToFileURL(join(folder, 'map.journey')).href;
        await server.open(map, uses('local_only'));
        const codes = await server.diagnostics(map, () => true, 'diagnostics of the open map');
        assert.ok(!codes.includes('unresolved-reference'), `the persona on disk is found: ${codes}`);
    });

    it('a virtual folder is never read from the local disk, even where its path exists there; its open maps are checked', async () => {
        // `vscode-vfs://github/<path>` has the local folder's path: Langium's Node file system would read it.
        const virtual = `vscode-vfs://github${folder}`;
        const server = await start([{ uri: virtual, name: 'virtual' }, { uri: 'memfs:/', name: 'root of a memory file system' }]);
        const map = `${virtual}/map.journey`;
        await server.open(map, uses('local_only'));
        const codes = await server.diagnostics(map, c => c.length > 0, 'diagnostics of the open virtual map');
        assert.ok(codes.includes('unresolved-reference'), `the local file is not taken for the virtual one: ${codes}`);
        assert.ok(!server.session.publishes.some(p => p.uri.endsWith('/people.journey')), 'no diagnostics for a file that was not opened');
        // A second open map of the virtual workspace is seen by the first.
        await server.open(`${virtual}/people.journey`, 'persona local_only "Opened in the editor"\n');
        await server.diagnostics(map, c => !c.includes('unresolved-reference'), 'the persona of the opened virtual file');
        // A change the editor's file watcher reports for a virtual file the server cannot read breaks nothing.
        await server.session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${virtual}/other.journey`, type: 1 }, { uri: `${virtual}/people.journey`, type: 2 }] });
        await server.change(map, `${uses('local_only')}// edited\n`);
        await server.change(map, uses('nobody'));
        await server.diagnostics(map, c => c.includes('unresolved-reference'), 'diagnostics after an edit');
    });

    it('closing an untitled map or a .txt file set to the journey language forgets it, and the server keeps working', async () => {
        const server = await start(null);
        const dir = mkdtempSync(join(tmpdir(), 'journey-close-'));
        for (const [index, other] of ['untitled:Untitled-1', pathToFileURL(join(dir, 'notes.txt')).href].entries()) {
            const map = pathToFileURL(join(dir, `map${index}.journey`)).href;
            await server.open(other, 'persona p "Declared in a document that will be closed"\n');
            await server.open(map, uses('p'));
            await server.diagnostics(other, () => true, `${other} checked`);
            await server.diagnostics(map, c => !c.includes('unresolved-reference'), `the persona of ${other}`);
            await server.close(other);
            await server.diagnostics(other, c => c.length === 0, `${other} cleared`);
            // Before the fix the next build threw "no services for the extension ''" and the process died.
            await server.change(map, `${uses('p')}// edited\n`);
            await server.diagnostics(map, c => c.includes('unresolved-reference'), `the persona of closed ${other} is gone`);
            await server.close(map);
        }
        assert.equal(server.session.exited, false, 'the server is still running');
    });

    it('closing a map clears the duplicate it caused in another map', async () => {
        const server = await start(null);
        const dir = mkdtempSync(join(tmpdir(), 'journey-dup-'));
        const [a, b] = ['a.journey', 'b.journey'].map(name => pathToFileURL(join(dir, name)).href);
        await server.open(a, 'persona p "First"\n');
        await server.open(b, 'persona p "Second"\n');
        await server.diagnostics(b, c => c.includes('duplicate-name'), 'the duplicate');
        await server.close(a); // never saved: there is nothing on disk to read again
        await server.diagnostics(b, c => !c.includes('duplicate-name'), 'the duplicate gone with the first map');
    });

    it('closing a .journey file without saving reads it again from disk', async () => {
        const server = await start(null);
        const dir = mkdtempSync(join(tmpdir(), 'journey-revert-'));
        writeFileSync(join(dir, 'people.journey'), 'persona saved "On disk"\n');
        const people = pathToFileURL(join(dir, 'people.journey')).href;
        const map = pathToFileURL(join(dir, 'map.journey')).href;
        await server.open(people, 'persona unsaved "Typed, never saved"\n');
        await server.open(map, uses('unsaved'));
        await server.diagnostics(map, c => !c.includes('unresolved-reference'), 'the unsaved persona while open');
        await server.close(people);
        await server.change(map, uses('saved'));
        await server.diagnostics(map, c => !c.includes('unresolved-reference'), 'the saved persona after closing');
        await server.change(map, uses('unsaved'));
        await server.diagnostics(map, c => c.includes('unresolved-reference'), 'the unsaved persona gone');
    });
});
