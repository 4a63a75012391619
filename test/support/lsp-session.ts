/**
 * A client for the real `journey lsp --stdio` process (bin/journey.cjs, the bundle in dist/), driven over JSON-RPC as an
 * editor would: the language-server tests and the `lsp` benchmark share it. It records every `publishDiagnostics`
 * with its arrival time, keeps the server's stderr, notices when the process exits, and reads the server's heap
 * after gc through `lsp-heap-report.cjs` (next to this file) when the server was started with `heapReport`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
    Diagnostic, InitializeParams, InitializeResult, PublishDiagnosticsParams, TextDocumentContentChangeEvent, WorkspaceFolder,
} from 'vscode-languageserver-protocol';

/** The project root: this file runs as out/test/support/lsp-session.js. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const serverBin = join(projectRoot, 'bin', 'journey.cjs');
/**
 * Preloaded into the server (`node --expose-gc --require …`): on SIGUSR2 it runs gc and writes `{"heapUsed":…}` to
 * stderr. A .cjs file outside the TypeScript build, so the path is the source tree's.
 */
export const heapReportPreload = join(projectRoot, 'test', 'support', 'lsp-heap-report.cjs');

export const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

export interface Position { line: number; character: number }

/**
 * The position of `offset`, with the server's idea of lines (`\n`, `\r\n` and a lone `\r` end a line; an offset between
 * `\r` and `\n` is the end of its line): the server's own TextDocument computes it.
 */
export function positionAt(text: string, offset: number): Position {
    return TextDocument.create('', 'journey', 0, text).positionAt(offset);
}

/**
 * The smallest incremental change that turns `before` into `after` (common prefix and suffix kept). Its ends never fall
 * between `\r` and `\n`: no position can address that place, so the server would apply the change elsewhere.
 */
export function changeBetween(before: string, after: string): { offset: number; deleteCount: number; insert: string } {
    const max = Math.min(before.length, after.length);
    let start = 0;
    while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix < max - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
    const splitsCrlf = (text: string, at: number) => text[at - 1] === '\r' && text[at] === '\n';
    while (start > 0 && (splitsCrlf(before, start) || splitsCrlf(after, start))) start--;
    while (suffix > 0 && (splitsCrlf(before, before.length - suffix) || splitsCrlf(after, after.length - suffix))) suffix--;
    return { offset: start, deleteCount: before.length - suffix - start, insert: after.slice(start, after.length - suffix) };
}

export interface Publish {
    uri: string;
    /** The document version the diagnostics are for, when the server sends it. */
    version?: number;
    diagnostics: Diagnostic[];
    /** performance.now() when the notification arrived. */
    at: number;
}

/** An open document whose text the client keeps in step with the server. */
export interface OpenDocument {
    uri: string;
    text: string;
    version: number;
}

export interface StartOptions {
    /** Node options before the script, e.g. `['--cpu-prof']`. */
    nodeArgs?: string[];
    /** Start with `--expose-gc` and the heap-report preload, so that {@link LspSession.heapUsed} works. */
    heapReport?: boolean;
    /** The workspace: `rootUri` and one workspace folder. Default: none. */
    workspaceUri?: string;
    /** Workspace folders instead of `workspaceUri` (e.g. several, or virtual ones), with `rootUri` null. */
    workspaceFolders?: WorkspaceFolder[];
    /** How long `initialize` may take. Default 30 s. */
    initializeTimeoutMs?: number;
    /** The `journey` command to start; default this checkout's bin/journey.cjs (benchmarks compare with another build). */
    bin?: string;
    /** The client's language in `initialize` (VS Code sends its display language); none by default. */
    locale?: string;
    /** Arguments after `journey lsp --stdio` (`--lang nl`). */
    args?: string[];
    /** Variables added to the server's environment (`LANG`). */
    env?: NodeJS.ProcessEnv;
}

/** One edit of {@link LspSession.editsBackToBack}: replace `deleteCount` characters at `offset` with `insert`. */
export interface Edit {
    offset: number;
    deleteCount: number;
    insert: string;
}

/** Thrown by {@link LspSession.request} when the server answers with an error. */
export class LspResponseError extends Error {
    constructor(readonly method: string, readonly error: ResponseError<unknown>) {
        super(`${method} answered with error ${error.code}: ${error.message}`);
    }
}

export class LspSession {
    readonly publishes: Publish[] = [];
    /** Every other notification from the server (e.g. `journey/modelsChanged`, once per completed validation pass). */
    readonly notifications: Array<{ method: string; params: unknown; at: number }> = [];
    readonly stderrLines: string[] = [];
    initializeResult?: InitializeResult;
    /** The exit code or signal once the process has exited. */
    exit?: { code: number | null; signal: NodeJS.Signals | null };
    private readonly wakers: Array<() => void> = [];
    private stderrRest = '';
    private readonly exitPromise: Promise<void>;
    private stopping?: Promise<number | null>;

    private constructor(readonly process: ChildProcess, readonly connection: MessageConnection) {
        this.exitPromise = new Promise(resolve => process.on('exit', (code, signal) => {
            this.exit = { code, signal };
            this.wake();
            resolve();
        }));
        process.stderr?.setEncoding('utf8');
        process.stderr?.on('data', (chunk: string) => {
            const parts = (this.stderrRest + chunk).split('\n');
            this.stderrRest = parts.pop() ?? '';
            this.stderrLines.push(...parts);
            this.wake();
        });
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.publishes.push({ uri: params.uri, version: params.version, diagnostics: params.diagnostics, at: performance.now() });
            this.wake();
        });
        connection.onRequest('workspace/configuration', (params: { items?: unknown[] }) => (params.items ?? []).map(() => ({})));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.onNotification((method: string, params: unknown) => {
            this.notifications.push({ method, params, at: performance.now() });
            this.wake();
        });
        // A closed pipe after the process died must not crash the test process.
        connection.onError(() => undefined);
        connection.listen();
    }

    /**
     * Spawns the server and sends `initialize` + `initialized`; `initializeMs` is spawn → `initialize` answered, and
     * `initializeCpuMs` the CPU time the server had used by then (NaN where /proc is missing).
     */
    static async start(options: StartOptions = {}): Promise<{ session: LspSession; initializeMs: number; initializeCpuMs: number }> {
        const t0 = performance.now();
        const nodeArgs = [...(options.heapReport ? ['--expose-gc', '--require', heapReportPreload] : []), ...(options.nodeArgs ?? [])];
        const child = spawn(process.execPath, [...nodeArgs, options.bin ?? serverBin, 'lsp', '--stdio', ...(options.args ?? [])], {
            stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env },
        });
        const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        const session = new LspSession(child, connection);
        const workspace = options.workspaceUri;
        const params: InitializeParams = {
            processId: process.pid,
            ...(options.locale === undefined ? {} : { locale: options.locale }),
            rootUri: workspace ?? null,
            workspaceFolders: options.workspaceFolders ?? (workspace ? [{ uri: workspace, name: 'workspace' } satisfies WorkspaceFolder] : null),
            capabilities: {
                workspace: { configuration: true, workspaceFolders: true },
                textDocument: {
                    synchronization: { didSave: false, dynamicRegistration: false },
                    publishDiagnostics: { versionSupport: true },
                    completion: { completionItem: { snippetSupport: true } },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                },
            },
        };
        session.initializeResult = await session.request<InitializeResult>('initialize', params, options.initializeTimeoutMs ?? 30_000).then(r => r.result);
        const initializeMs = performance.now() - t0;
        const initializeCpuMs = session.cpuMs();
        await connection.sendNotification('initialized', {});
        return { session, initializeMs, initializeCpuMs };
    }

    get exited(): boolean {
        return this.exit !== undefined;
    }

    /** The last lines of the server's stderr, for failure messages. */
    stderrTail(lines = 20): string {
        return this.stderrLines.slice(-lines).join('\n');
    }

    private wake(): void {
        this.wakers.splice(0).forEach(wake => wake());
    }

    private exitedError(what: string): Error {
        return new Error(`server exited (${JSON.stringify(this.exit)}) while waiting for ${what}; stderr:\n${this.stderrTail()}`);
    }

    /** Resolves when `condition` holds (checked on every publish / stderr line / second), or rejects after `timeoutMs`. */
    async until<T>(condition: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
        const deadline = performance.now() + timeoutMs;
        for (;;) {
            const value = condition();
            if (value !== undefined) return value;
            if (this.exited) throw this.exitedError(what);
            const left = deadline - performance.now();
            if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, Math.min(left, 1_000));
                this.wakers.push(() => { clearTimeout(timer); resolve(); });
            });
        }
    }

    /**
     * Sends a request; resolves with its result and round-trip time. Rejects with {@link LspResponseError} when the
     * server answers with an error, and with a timeout error when no answer comes within `timeoutMs` or the process exits.
     */
    async request<R>(method: string, params: unknown, timeoutMs = 30_000): Promise<{ result: R; ms: number }> {
        const t0 = performance.now();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`${method}: no answer within ${timeoutMs} ms`)), timeoutMs);
        });
        const died = this.exitPromise.then(() => { throw this.exitedError(`the answer to ${method}`); });
        try {
            const result = await Promise.race([this.connection.sendRequest<R>(method, params), timeout, died]);
            return { result, ms: performance.now() - t0 };
        } catch (error) {
            if (error instanceof ResponseError) throw new LspResponseError(method, error);
            throw error;
        } finally {
            clearTimeout(timer);
        }
    }

    /** The first publish for `uri` at index ≥ `from` of `publishes` (and with `version` ≥ `minVersion` when the server sends versions). */
    nextPublish(uri: string, from: number, minVersion?: number, timeoutMs = 30_000): Promise<Publish> {
        return this.until(() => {
            for (let i = from; i < this.publishes.length; i++) {
                const p = this.publishes[i];
                if (p.uri !== uri) continue;
                if (minVersion !== undefined && p.version !== undefined && p.version < minVersion) continue;
                return p;
            }
            return undefined;
        }, timeoutMs, `publishDiagnostics for ${uri}${minVersion !== undefined ? ` version ≥ ${minVersion}` : ''}`);
    }

    /** Waits until no publish for `uri` arrived for `quietMs` (at least one after `from`); returns the publishes at index ≥ `from`. */
    async quiet(uri: string, from: number, quietMs: number, timeoutMs = 60_000): Promise<Publish[]> {
        const deadline = performance.now() + timeoutMs;
        for (;;) {
            const mine = this.publishes.slice(from).filter(p => p.uri === uri);
            const lastAt = mine.length > 0 ? mine[mine.length - 1].at : -Infinity;
            const since = performance.now() - lastAt;
            if (mine.length > 0 && since >= quietMs) return mine;
            if (this.exited) throw this.exitedError(`quiet diagnostics for ${uri}`);
            if (performance.now() > deadline) return mine;
            await sleep(mine.length > 0 ? quietMs - since + 1 : 50);
        }
    }

    /** Sends `didOpen`; returns the index in `publishes` from which its diagnostics will be. */
    async open(document: OpenDocument): Promise<number> {
        const from = this.publishes.length;
        await this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri: document.uri, languageId: 'journey', version: document.version, text: document.text },
        });
        return from;
    }

    /** Sends `didClose`. */
    async close(uri: string): Promise<void> {
        await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    /** The latest diagnostic codes published for `uri` once they satisfy `until` (10 s by default). */
    async codes(uri: string, until: (codes: string[]) => boolean, what: string, timeoutMs = 10_000): Promise<string[]> {
        return this.until(() => {
            const latest = this.publishes.filter(p => p.uri === uri).at(-1);
            const codes = latest?.diagnostics.map(d => String(d.code));
            return codes && until(codes) ? codes : undefined;
        }, timeoutMs, `${what} (${uri})`);
    }

    /**
     * Replaces `deleteCount` characters at `offset` with `insert` (an incremental change), locally and on the server.
     * Returns the time the notification was handed to the connection.
     */
    async edit(document: OpenDocument, offset: number, deleteCount: number, insert: string): Promise<number> {
        const start = positionAt(document.text, offset);
        const end = positionAt(document.text, offset + deleteCount);
        document.text = document.text.slice(0, offset) + insert + document.text.slice(offset + deleteCount);
        return this.change(document, { range: { start, end }, text: insert });
    }

    /**
     * Sends `edits` one after another as fast as the connection writes them: every change is computed first, then all
     * notifications are handed to the connection at once (no await in between), as an editor does for a paste or a
     * multi-cursor edit. Returns the times before the first and after the last was written.
     */
    async editsBackToBack(document: OpenDocument, edits: readonly Edit[]): Promise<{ first: number; last: number }> {
        const notifications = edits.map(({ offset, deleteCount, insert }) => {
            const range = { start: positionAt(document.text, offset), end: positionAt(document.text, offset + deleteCount) };
            document.text = document.text.slice(0, offset) + insert + document.text.slice(offset + deleteCount);
            document.version++;
            return { textDocument: { uri: document.uri, version: document.version }, contentChanges: [{ range, text: insert }] };
        });
        const first = performance.now();
        await Promise.all(notifications.map(params => this.connection.sendNotification('textDocument/didChange', params)));
        return { first, last: performance.now() };
    }

    /** Turns the text into `text` with one incremental change (see {@link changeBetween}). */
    async editTo(document: OpenDocument, text: string): Promise<number> {
        const { offset, deleteCount, insert } = changeBetween(document.text, text);
        return this.edit(document, offset, deleteCount, insert);
    }

    /** Replaces the whole text (a full change). Returns the time the notification was handed to the connection. */
    async replace(document: OpenDocument, text: string): Promise<number> {
        document.text = text;
        return this.change(document, { text });
    }

    private async change(document: OpenDocument, change: TextDocumentContentChangeEvent): Promise<number> {
        document.version++;
        const at = performance.now();
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: document.uri, version: document.version }, contentChanges: [change] });
        return at;
    }

    /** Completion; rejects when the answer is not `null`, an array of items or a completion list. */
    async completion(uri: string, position: Position, timeoutMs?: number): Promise<{ ms: number; labels: string[] }> {
        const { result, ms } = await this.request<unknown>('textDocument/completion', { textDocument: { uri }, position }, timeoutMs);
        const items = result === null ? [] : Array.isArray(result) ? result : (result as { items?: unknown }).items;
        if (!Array.isArray(items)) throw new Error(`textDocument/completion: not a completion result: ${JSON.stringify(result)}`);
        return { ms, labels: items.map((i: { label: string }) => i.label) };
    }

    /** Hover; rejects when the answer is neither `null` nor a hover. */
    async hover(uri: string, position: Position, timeoutMs?: number): Promise<{ ms: number; contents: unknown }> {
        const { result, ms } = await this.request<{ contents?: unknown } | null>('textDocument/hover', { textDocument: { uri }, position }, timeoutMs);
        if (result !== null && result.contents === undefined) throw new Error(`textDocument/hover: not a hover: ${JSON.stringify(result)}`);
        return { ms, contents: result?.contents ?? null };
    }

    /** The server's heapUsed after gc, in bytes (needs `heapReport` at start). */
    async heapUsed(): Promise<number> {
        const from = this.stderrLines.length;
        this.process.kill('SIGUSR2');
        return this.until(() => {
            for (let i = from; i < this.stderrLines.length; i++) {
                const line = this.stderrLines[i].trim();
                if (!line.startsWith('{"heapUsed"')) continue;
                return (JSON.parse(line) as { heapUsed: number }).heapUsed;
            }
            return undefined;
        }, 30_000, 'the heap report on stderr');
    }

    /** The CPU time (user + system) the server process has used, in ms; NaN where /proc is missing (not Linux). Resolution 10 ms. */
    cpuMs(): number {
        try {
            const fields = readFileSync(`/proc/${this.process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
            // utime and stime, fields 14 and 15 of proc(5), in clock ticks of 10 ms.
            return (Number(fields[11]) + Number(fields[12])) * 10;
        } catch {
            return NaN;
        }
    }

    /** The server's peak resident set size so far (VmHWM), in bytes; NaN where /proc is missing. */
    peakRss(): number {
        try {
            const line = readFileSync(`/proc/${this.process.pid}/status`, 'utf8').split('\n').find(l => l.startsWith('VmHWM:'));
            return Number(/(\d+)/.exec(line ?? '')?.[1]) * 1024;
        } catch {
            return NaN;
        }
    }

    /** `shutdown` + `exit`; returns the exit code. Kills the process if it does not exit within 3 s. Once only. */
    stop(): Promise<number | null> {
        this.stopping ??= this.shutDown();
        return this.stopping;
    }

    private async shutDown(): Promise<number | null> {
        if (!this.exited) {
            try {
                await Promise.race([this.connection.sendRequest('shutdown'), sleep(5_000)]);
                await this.connection.sendNotification('exit');
            } catch {
                // the process may already be gone
            }
        }
        const timer = setTimeout(() => { if (!this.exited) this.process.kill('SIGKILL'); }, 3_000);
        await this.exitPromise;
        clearTimeout(timer);
        this.connection.dispose();
        return this.exit?.code ?? null;
    }
}
