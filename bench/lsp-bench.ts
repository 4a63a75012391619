/**
 * Language-server benchmark: drives the real `journey lsp --stdio` process (bin/journey.cjs, the bundle in dist/) over
 * JSON-RPC, as an editor would. On one generated document of 1,000 touchpoints (~8,500 lines, personas and channels in
 * the same document): server start, completion, a one-character edit to its diagnostics, a burst of 50 edits sent back
 * to back, a stream of edits, heap growth over many edits. On 10,000 touchpoints: an edit, the retained heap and the peak
 * memory while editing. On a 5 MB map (15,000 touchpoints): document symbols and formatting.
 *
 * With `--baseline DIR` (a checkout of another version, built) every figure is also taken of DIR/bin/journey.cjs,
 * interleaved run by run with this build's, so that load on the machine hits both alike.
 *
 * Wall-clock times on a shared machine are noisy: each row gives the load average when it was taken, and the server's
 * CPU time (user + system, from /proc, 10 ms resolution) where it says more than the wall clock.
 *
 * The client is test/support/lsp-session.ts, shared with the language-server tests. The heap of the server is read
 * through `test/support/lsp-heap-report.cjs`, preloaded with `node --expose-gc --require`: on SIGUSR2 it runs gc twice
 * and writes `{"heapUsed":…}` to the server's stderr.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspSession, projectRoot as root, sleep, type Edit, type OpenDocument } from '../test/support/lsp-session.js';
import { generateSingleDocument, random } from './generate-map.js';
import type { SuiteOptions } from './language-bench.js';
import { fmt, median, p95 } from './statistics.js';

const TOUCHPOINTS = 1_000;
const URI = 'file:///lsp-bench/map.journey';
const MiB = 1024 * 1024;

/** A build of the server: this checkout's, and the baseline's when one is given. */
interface Server {
    name: string;
    bin?: string;
}

function serversOf(options: SuiteOptions): Server[] {
    const servers: Server[] = [{ name: 'this build' }];
    if (options.baseline) servers.push({ name: 'baseline', bin: join(resolve(options.baseline), 'bin', 'journey.cjs') });
    return servers;
}

const load = () => loadavg()[0]!.toFixed(1);

function table(header: string[], rows: string[][]): string {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i]!.length)));
    const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
    return [line(header), '| ' + widths.map(w => '-'.repeat(w)).join(' | ') + ' |', ...rows.map(line)].join('\n');
}

function errorsIn(diagnostics: Diagnostic[]): number {
    return diagnostics.filter(d => d.severity === 1).length;
}

/** Offsets just inside the opening quote of each touchpoint's `action "…"` line: a character inserted there keeps the document valid. */
function actionOffsets(text: string): number[] {
    const offsets: number[] = [];
    const pattern = /^ {12}action "/gm;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) offsets.push(m.index + m[0].length);
    return offsets;
}

/** One row of the results: a figure per server, a target judged on this build's figure. */
interface Row {
    measure: string;
    figures: string[];
    target: string;
    pass?: boolean;
    load: string;
}

const verdict = (pass: boolean | undefined) => pass === undefined ? '' : pass ? 'PASS' : '**MISS**';

/** A session per server, with the document open and its first diagnostics in. */
interface Opened {
    server: Server;
    session: LspSession;
    document: OpenDocument;
    openMs: number;
    openCpuMs: number;
    errors: number;
}

async function openIn(server: Server, text: string, uri: string, options: { heapReport?: boolean } = {}): Promise<Opened & { emptyHeap?: number }> {
    const { session } = await LspSession.start({ bin: server.bin, heapReport: options.heapReport, nodeArgs: (process.env.JOURNEY_LSP_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean) });
    let emptyHeap: number | undefined;
    if (options.heapReport) {
        // The reference: a server that has built a small map and closed it again (its parser built, its code compiled),
        // so that what the big document keeps is what is counted.
        const small: OpenDocument = { uri: 'file:///lsp-bench/warm-up.journey', text: generateSingleDocument(20), version: 1 };
        await session.nextPublish(small.uri, await session.open(small), 1, 60_000);
        await session.close(small.uri);
        await sleep(500);
        emptyHeap = await session.heapUsed();
    }
    const document: OpenDocument = { uri, text, version: 1 };
    const cpu0 = session.cpuMs();
    const t0 = performance.now();
    const from = await session.open(document);
    const first = await session.nextPublish(uri, from, 1, 180_000);
    const openMs = first.at - t0;
    await session.quiet(uri, from, 300);
    return { server, session, document, openMs, openCpuMs: session.cpuMs() - cpu0, errors: errorsIn(first.diagnostics), emptyHeap };
}

/** A one-character edit (in, then out again, of an action text) to the diagnostics of its version; with the server's CPU time until it is idle again. */
async function singleEdit(o: Opened, offset: number): Promise<{ ms: number; cpu: number; errors: number }> {
    const { session, document } = o;
    const from = session.publishes.length;
    const cpu0 = session.cpuMs();
    const sent = document.text[offset] === 'x' ? await session.edit(document, offset, 1, '') : await session.edit(document, offset, 0, 'x');
    const publish = await session.nextPublish(document.uri, from, document.version, 120_000);
    await sleep(200); // the rest of the work (the previews' notification) belongs to the edit too
    return { ms: publish.at - sent, cpu: session.cpuMs() - cpu0, errors: errorsIn(publish.diagnostics) };
}

/** 50 one-character edits; returns the last edit → the final publish, the number of publishes and the server's CPU time. */
async function burst(o: Opened, offset: number, gapMs: number): Promise<{ sendMs: number; latency: number; publishes: number; cpu: number; final: boolean }> {
    const { session, document } = o;
    const edits: Edit[] = Array.from({ length: 50 }, (_, i) => ({ offset: offset + i, deleteCount: 0, insert: 'y' }));
    const from = session.publishes.length;
    const cpu0 = session.cpuMs();
    let first: number;
    let last: number;
    if (gapMs === 0) {
        ({ first, last } = await session.editsBackToBack(document, edits));
    } else {
        first = performance.now();
        last = first;
        for (const edit of edits) {
            last = await session.edit(document, edit.offset, edit.deleteCount, edit.insert);
            await sleep(gapMs);
        }
    }
    const final = await session.nextPublish(document.uri, from, document.version, 120_000);
    const all = await session.quiet(document.uri, from, 1_000);
    const cpu = session.cpuMs() - cpu0;
    // Take the 50 characters out again, back to back, so the next measure starts from the same text.
    const undoFrom = session.publishes.length;
    await session.editsBackToBack(document, [{ offset, deleteCount: 50, insert: '' }]);
    await session.nextPublish(document.uri, undoFrom, document.version, 120_000);
    await session.quiet(document.uri, undoFrom, 300);
    return { sendMs: last - first, latency: final.at - last, publishes: all.length, cpu, final: all.at(-1)?.version === document.version - 1 };
}

/** An edit every `gapMs` for `forMs`: how often diagnostics follow during the stream. */
async function stream(o: Opened, offset: number, gapMs: number, forMs: number): Promise<{ edits: number; during: number; maxGap: number; lastToFinal: number }> {
    const { session, document } = o;
    const from = session.publishes.length;
    const t0 = performance.now();
    let last = t0;
    let edits = 0;
    while (performance.now() - t0 < forMs) {
        last = document.text[offset] === 'x' ? await session.edit(document, offset, 1, '') : await session.edit(document, offset, 0, 'x');
        edits++;
        await sleep(gapMs);
    }
    const final = await session.nextPublish(document.uri, from, document.version, 120_000);
    await session.quiet(document.uri, from, 500);
    const during = session.publishes.slice(from).filter(p => p.uri === document.uri && p.at <= last);
    const times = [t0, ...during.map(p => p.at), last];
    const maxGap = Math.max(...times.slice(1).map((t, i) => t - times[i]!));
    return { edits, during: during.length, maxGap, lastToFinal: final.at - last };
}

export async function runLspBench(options: SuiteOptions): Promise<void> {
    if (!existsSync(join(root, 'dist', 'cli.cjs'))) {
        console.log('\n## lsp: dist/cli.cjs is missing; run `node scripts/bundle.mjs` first. Skipped.');
        return;
    }
    const servers = serversOf(options);
    const text = generateSingleDocument(TOUCHPOINTS);
    const lines = text.split('\n').length - 1;
    console.log(`\n## lsp: the real server (node bin/journey.cjs lsp --stdio), one document of ${TOUCHPOINTS.toLocaleString('en-US')} touchpoints, ${lines.toLocaleString('en-US')} lines, ${Buffer.byteLength(text).toLocaleString('en-US')} bytes`);
    if (servers.length > 1) console.log(`baseline: ${servers[1]!.bin}`);
    console.log(`load average (1 min) at start: ${load()}`);
    const rows: Row[] = [];
    const row = (measure: string, figures: string[], target = '', pass?: boolean) => rows.push({ measure, figures, target, pass, load: load() });
    const perServer = <T>(f: (s: Server, i: number) => T) => servers.map(f);

    // 1. Server start: spawn → initialize answered.
    const startRuns = options.quick ? 5 : 9;
    const starts: number[][] = servers.map(() => []);
    const startCpus: number[][] = servers.map(() => []);
    for (let r = 0; r < startRuns; r++) {
        for (const [i, server] of servers.entries()) {
            const { session, initializeMs, initializeCpuMs } = await LspSession.start({ bin: server.bin });
            starts[i]!.push(initializeMs);
            startCpus[i]!.push(initializeCpuMs);
            await session.stop();
        }
    }
    row(`server start: spawn → \`initialize\` answered (median of ${startRuns}); server cpu by then`, starts.map((s, i) => `${fmt(median(s), 0)} ms (${fmt(Math.min(...s), 0)}–${fmt(Math.max(...s), 0)}); cpu ${fmt(median(startCpus[i]!), 0)} ms`), '< 300 ms', median(starts[0]!) < 300);

    // The main sessions, one per server.
    const opened: Opened[] = [];
    try {
        for (const server of servers) opened.push(await openIn(server, text, URI));
        row('didOpen → first publishDiagnostics (informational)', opened.map(o => `${fmt(o.openMs, 0)} ms, cpu ${fmt(o.openCpuMs, 0)} ms; ${o.errors} errors`), '0 errors', opened.every(o => o.errors === 0));

        // 2. Completion latency.
        const completionCount = options.quick ? 50 : 200;
        const completions = await Promise.all(opened.map(async o => {
            const rnd = random(7);
            const docLines = o.document.text.split('\n');
            for (let i = 0; i < 10; i++) await o.session.completion(URI, { line: Math.floor(rnd() * docLines.length), character: 0 });
            const ms: number[] = [];
            for (let i = 0; i < completionCount; i++) {
                const line = Math.floor(rnd() * docLines.length);
                ms.push((await o.session.completion(URI, { line, character: Math.floor(rnd() * (docLines[line]!.length + 1)) })).ms);
            }
            return ms;
        }));
        row(`completion, ${completionCount} random positions (seeded)`, completions.map(ms => `median ${fmt(median(ms))} ms, p95 ${fmt(p95(ms))} ms`), 'p95 < 30 ms', p95(completions[0]!) < 30);

        // 3. One-character edits to their diagnostics, 300 ms apart, alternating between the servers.
        const targets = actionOffsets(text);
        const editRuns = options.quick ? 12 : 30;
        const edits = servers.map(() => ({ ms: [] as number[], cpu: [] as number[], errors: 0 }));
        for (let i = 0; i < editRuns; i++) {
            const offset = targets[Math.floor(i / 2) * 37 % targets.length]!;
            for (const [k, o] of opened.entries()) {
                const r = await singleEdit(o, offset);
                edits[k]!.ms.push(r.ms);
                edits[k]!.cpu.push(r.cpu);
                edits[k]!.errors += r.errors;
                await sleep(300);
            }
        }
        row(`didChange (1 character) → publishDiagnostics of its version, ${editRuns} edits 300 ms apart`,
            edits.map(e => `median ${fmt(median(e.ms), 0)} ms, p95 ${fmt(p95(e.ms), 0)} ms; server cpu ${fmt(median(e.cpu), 0)} ms/edit${e.errors ? `; ${e.errors} errors` : ''}`),
            'median < 100 ms', median(edits[0]!.ms) < 100);

        // 4. A burst of 50 edits sent back to back.
        const burstOffset = targets[targets.length >> 1]!;
        const burstRuns = options.quick ? 2 : 4;
        const bursts = servers.map(() => [] as Array<Awaited<ReturnType<typeof burst>>>);
        for (let r = 0; r < burstRuns; r++) for (const [k, o] of opened.entries()) bursts[k]!.push(await burst(o, burstOffset, 0));
        row(`burst: 50 didChange sent back to back (in ${fmt(median(bursts[0]!.map(b => b.sendMs)))} ms), last edit → final publish (median of ${burstRuns})`,
            bursts.map((b, k) => `${fmt(median(b.map(x => x.latency)), 0)} ms; ${b.map(x => x.publishes).join('/')} publish(es); cpu ${fmt(median(b.map(x => x.cpu)), 0)} ms = ×${fmt(median(b.map(x => x.cpu)) / median(edits[k]!.cpu), 2)} one edit`),
            '< 150 ms', median(bursts[0]!.map(x => x.latency)) < 150);
        // The same 50 edits arriving 40 ms apart (a slow client): what the old bench measured as a burst.
        const slow = [];
        for (const o of opened) slow.push(await burst(o, burstOffset, 40));
        row('the same 50 edits, 40 ms apart (informational: a burst that trickles in)',
            slow.map((b, k) => `sent in ${fmt(b.sendMs, 0)} ms; ${b.publishes} publish(es); last → final ${fmt(b.latency, 0)} ms; cpu ${fmt(b.cpu, 0)} ms = ×${fmt(b.cpu / median(edits[k]!.cpu), 2)} one edit`));

        // 5. An edit every 10 ms for 3 s.
        const streams = [];
        for (const o of opened) streams.push(await stream(o, burstOffset, 10, 3_000));
        row('an edit every 10 ms for 3 s: publishes during the stream, longest time without one, last edit → final publish',
            streams.map(s => `${s.edits} edits: ${s.during} publishes; longest gap ${fmt(s.maxGap, 0)} ms; final ${fmt(s.lastToFinal, 0)} ms`),
            '≥ 1 publish per 1,000 ms', streams[0]!.maxGap < 1_000);
    } finally {
        await Promise.all(opened.map(o => o.session.stop()));
    }

    // 6. Heap growth over many edits (a second server per build, with the heap-report preload).
    const heaps: Array<{ start: number; end: number; empty: number }> = [];
    for (const server of servers) {
        const memory = await openIn(server, text, URI, { heapReport: true });
        try {
            const { session, document } = memory;
            const targets = actionOffsets(text);
            const batch = 50;
            let n = 0;
            const runEdits = async (count: number) => {
                for (let done = 0; done < count; done += batch) {
                    const from = session.publishes.length;
                    const editsOfBatch: Edit[] = [];
                    for (let i = 0; i < batch; i++, n++) {
                        const offset = targets[(Math.floor(n / 2) * 53) % targets.length]!;
                        editsOfBatch.push(n % 2 === 0 ? { offset, deleteCount: 0, insert: 'z' } : { offset, deleteCount: 1, insert: '' });
                    }
                    await session.editsBackToBack(document, editsOfBatch);
                    await session.nextPublish(URI, from, document.version, 120_000);
                    await session.quiet(URI, from, 200);
                }
            };
            await runEdits(batch);
            await sleep(200);
            const start = await session.heapUsed();
            await runEdits(options.quick ? 200 : 1_000);
            await sleep(200);
            heaps.push({ start, end: await session.heapUsed(), empty: memory.emptyHeap! });
        } finally {
            await memory.session.stop();
        }
    }
    const bytes = Buffer.byteLength(text);
    row(`server heap after gc, before → after ${options.quick ? 200 : 1_000} edits (in batches of 50)`,
        heaps.map(h => `${fmt(h.start / MiB)} → ${fmt(h.end / MiB)} MiB (+${fmt((h.end - h.start) / MiB, 2)})`),
        'growth < 5 MiB', (heaps[0]!.end - heaps[0]!.start) / MiB < 5);
    row('heap the open 1,000-touchpoint document keeps after gc (server heap minus that of the server before it was opened), × source',
        heaps.map(h => `${fmt((h.start - h.empty) / MiB)} MiB (×${fmt((h.start - h.empty) / bytes)}); server without it ${fmt(h.empty / MiB)} MiB`),
        '< 20 × source', (heaps[0]!.start - heaps[0]!.empty) / bytes < 20);

    // 7. 10,000 touchpoints: open, edits, the heap the document keeps, and the peak memory while editing.
    const big = generateSingleDocument(10_000);
    const bigRows = servers.map(() => ({ open: 0, ms: [] as number[], cpu: [] as number[], retained: 0, peak: 0 }));
    for (const [k, server] of servers.entries()) {
        const o = await openIn(server, big, 'file:///lsp-bench/big.journey', { heapReport: true });
        try {
            const targets = actionOffsets(big);
            bigRows[k]!.open = o.openMs;
            for (let i = 0; i < (options.quick ? 4 : 10); i++) {
                const r = await singleEdit(o, targets[(i >> 1) * 997 % targets.length]!);
                bigRows[k]!.ms.push(r.ms);
                bigRows[k]!.cpu.push(r.cpu);
            }
            // A burst, as a paste would send it, then the heap.
            await burst(o, targets[targets.length >> 1]!, 0);
            bigRows[k]!.retained = (await o.session.heapUsed()) - o.emptyHeap!;
            bigRows[k]!.peak = o.session.peakRss();
        } finally {
            await o.session.stop();
        }
    }
    const bigBytes = Buffer.byteLength(big);
    row(`10,000 touchpoints (${fmt(bigBytes / 1e6, 2)} MB): didOpen → diagnostics; one-character edit → diagnostics`,
        bigRows.map(b => `open ${fmt(b.open, 0)} ms; edit median ${fmt(median(b.ms), 0)} ms, cpu ${fmt(median(b.cpu), 0)} ms`));
    row('10,000 touchpoints: heap the open document keeps after gc (× source), peak resident memory while editing',
        bigRows.map(b => `${fmt(b.retained / MiB)} MiB (×${fmt(b.retained / bigBytes)}); peak RSS ${fmt(b.peak / MiB, 0)} MiB`),
        'heap < 20 × source', bigRows[0]!.retained / bigBytes < 20);

    // 8. A 5 MB map: document symbols and formatting.
    const huge = generateSingleDocument(15_000);
    const hugeRows = [];
    for (const server of servers) {
        const o = await openIn(server, huge, 'file:///lsp-bench/huge.journey');
        try {
            const textDocument = { uri: o.document.uri };
            const symbolMs: number[] = [];
            let symbols = 0;
            for (let i = 0; i < (options.quick ? 2 : 3); i++) {
                const { result, ms } = await o.session.request<unknown[]>('textDocument/documentSymbol', { textDocument }, 120_000);
                symbolMs.push(ms);
                symbols = result.length;
            }
            const { result: formatEdits, ms: formatMs } = await o.session.request<unknown[] | null>('textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } }, 300_000);
            hugeRows.push({ open: o.openMs, symbolMs: median(symbolMs), symbols, formatMs, formatEdits: formatEdits?.length ?? 0, peak: o.session.peakRss() });
        } finally {
            await o.session.stop();
        }
    }
    row(`a 5 MB map (${fmt(Buffer.byteLength(huge) / 1e6, 2)} MB, 15,000 touchpoints): document symbols`, hugeRows.map(h => `${fmt(h.symbolMs, 0)} ms (${h.symbols} top-level)`), '< 1,000 ms', hugeRows[0]!.symbolMs < 1_000);
    row('the 5 MB map: formatting (the map is formatted already), peak resident memory of the server', hugeRows.map(h => `${fmt(h.formatMs, 0)} ms, ${h.formatEdits} edits; peak RSS ${fmt(h.peak / MiB, 0)} MiB`), '< 1,000 ms', hugeRows[0]!.formatMs < 1_000);

    console.log(table(['measure', ...perServer(s => s.name), 'target', 'verdict', 'load'], rows.map(r => [r.measure, ...r.figures, r.target, verdict(r.pass), r.load])));
    console.log(`load average (1 min) at end: ${load()}`);
}
