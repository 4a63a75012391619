/**
 * Language-server benchmark: drives the real `journey lsp --stdio` process (bin/journey.cjs, the bundle in dist/)
 * over JSON-RPC, as an editor would, on one generated document of 1,000 touchpoints (~8,500 lines, personas and
 * channels in the same document). Measures server start, completion latency, didChange → publishDiagnostics,
 * a burst of 50 edits and the server's heap growth over 1,000 edits. Prints figures and PASS/MISS against the
 * targets; never fails the process.
 *
 * The client is test/support/lsp-session.ts, shared with the language-server tests. The heap of the server is read
 * through `test/support/lsp-heap-report.cjs`, preloaded with `node --expose-gc --require`: on SIGUSR2 it runs gc twice
 * and writes `{"heapUsed":…}` to the server's stderr.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspSession, positionAt, projectRoot as root, sleep, type OpenDocument } from '../test/support/lsp-session.js';
import { generateSingleDocument, random } from './generate-map.js';
import type { SuiteOptions } from './language-bench.js';
import { fmt, median, p95 } from './statistics.js';

const TOUCHPOINTS = 1_000;
const URI = 'file:///lsp-bench/map.journey';

// ---------------------------------------------------------------------------------------------------------------
// Small utilities




function table(header: string[], rows: string[][]): string {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
    const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
    return [line(header), '| ' + widths.map(w => '-'.repeat(w)).join(' | ') + ' |', ...rows.map(line)].join('\n');
}

function severityCounts(diagnostics: Diagnostic[]): { errors: number; warnings: number; other: number } {
    const errors = diagnostics.filter(d => d.severity === 1).length;
    const warnings = diagnostics.filter(d => d.severity === 2).length;
    return { errors, warnings, other: diagnostics.length - errors - warnings };
}

// ---------------------------------------------------------------------------------------------------------------
// The measurements

/** Offsets just inside the opening quote of each touchpoint's `action "…"` line: a character inserted there keeps the document valid. */
function actionOffsets(text: string): number[] {
    const offsets: number[] = [];
    const pattern = /^ {12}action "/gm;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) offsets.push(m.index + m[0].length);
    return offsets;
}

interface Row { measure: string; figure: string; target: string; verdict: string }

function verdict(pass: boolean): string {
    return pass ? 'PASS' : '**MISS**';
}

/** Opens the document and waits for its first diagnostics; returns the time to them and the severity counts. */
async function openDocument(session: LspSession, document: OpenDocument): Promise<{ ms: number; diagnostics: Diagnostic[] }> {
    const t0 = performance.now();
    const from = await session.open(document);
    const first = await session.nextPublish(document.uri, from, undefined, 120_000);
    return { ms: first.at - t0, diagnostics: first.diagnostics };
}

export async function runLspBench(options: SuiteOptions): Promise<void> {
    if (!existsSync(join(root, 'dist', 'cli.cjs'))) {
        console.log('\n## lsp: dist/cli.cjs is missing; run `node scripts/bundle.mjs` first. Skipped.');
        return;
    }
    const text = generateSingleDocument(TOUCHPOINTS);
    const lines = text.split('\n').length - 1;
    const load = () => loadavg().map(l => l.toFixed(2)).join(' ');
    console.log(`\n## lsp: the real server (node bin/journey.cjs lsp --stdio), one document of ${TOUCHPOINTS.toLocaleString('en-US')} touchpoints, ${lines.toLocaleString('en-US')} lines, ${Buffer.byteLength(text).toLocaleString('en-US')} bytes`);
    console.log(`load average at start: ${load()}`);
    const rows: Row[] = [];
    const notes: string[] = [];

    // 1. Server start: spawn → initialize answered.
    const startRuns = 5;
    const starts: number[] = [];
    let syncKind = 'unknown';
    for (let i = 0; i < startRuns; i++) {
        const { session, initializeMs } = await LspSession.start();
        starts.push(initializeMs);
        const sync = session.initializeResult?.capabilities.textDocumentSync;
        syncKind = typeof sync === 'number' ? String(sync) : String(sync?.change ?? 'none');
        await session.stop();
    }
    rows.push({ measure: `server start: spawn → initialize answered (median of ${startRuns})`, figure: `${fmt(median(starts))} ms (min ${fmt(Math.min(...starts))}, max ${fmt(Math.max(...starts))})`, target: '< 300 ms', verdict: verdict(median(starts) < 300) });
    notes.push(`initialize: textDocumentSync.change = ${syncKind} (2 = incremental); the bench sends incremental changes.`);

    // The main session. JOURNEY_LSP_BENCH_NODE_ARGS adds node options to it (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
    const { session } = await LspSession.start({ nodeArgs: (process.env.JOURNEY_LSP_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean) });
    try {
        const document: OpenDocument = { uri: URI, text, version: 1 };
        const opened = await openDocument(session, document);
        const counts = severityCounts(opened.diagnostics);
        rows.push({ measure: 'didOpen → first publishDiagnostics (informational)', figure: `${fmt(opened.ms, 0)} ms; ${counts.errors} errors, ${counts.warnings} warnings, ${counts.other} info/hints`, target: '0 errors', verdict: verdict(counts.errors === 0) });
        if (counts.errors > 0) notes.push(`first errors: ${opened.diagnostics.filter(d => d.severity === 1).slice(0, 3).map(d => `${d.range.start.line + 1}: ${d.message}`).join(' | ')}`);
        const versionsInPublish = session.publishes.some(p => p.version !== undefined);
        notes.push(`publishDiagnostics ${versionsInPublish ? 'carries' : 'does not carry'} \`version\`; latencies are ${versionsInPublish ? 'to the publish of the edited version' : 'to the first publish after the edit'}.`);

        // 2. Completion latency.
        const rnd = random(7);
        const docLines = document.text.split('\n');
        const completionCount = options.quick ? 50 : 200;
        for (let i = 0; i < 10; i++) await session.completion(URI, { line: Math.floor(rnd() * docLines.length), character: 0 }); // warm-up
        const randomMs: number[] = [];
        for (let i = 0; i < completionCount; i++) {
            const line = Math.floor(rnd() * docLines.length);
            const character = Math.floor(rnd() * (docLines[line].length + 1));
            randomMs.push((await session.completion(URI, { line, character })).ms);
        }
        const maxRandom = Math.max(...randomMs);
        rows.push({ measure: `completion, ${completionCount} random positions (seeded)`, figure: `median ${fmt(median(randomMs))} ms, p95 ${fmt(p95(randomMs))} ms, max ${fmt(maxRandom)} ms`, target: 'p95 < 30 ms', verdict: verdict(p95(randomMs) < 30) });

        const endRuns = options.quick ? 10 : 30;
        const endPosition = positionAt(document.text, document.text.length);
        const endMs: number[] = [];
        let endLabels: string[] = [];
        for (let i = 0; i < endRuns; i++) {
            const r = await session.completion(URI, endPosition);
            endMs.push(r.ms);
            endLabels = r.labels;
        }
        rows.push({ measure: `completion at the very end of the file (${endRuns}×)`, figure: `median ${fmt(median(endMs))} ms, p95 ${fmt(p95(endMs))} ms; ${endLabels.length} items`, target: 'p95 < 30 ms', verdict: verdict(p95(endMs) < 30) });

        // Inside the last touchpoint, after an incomplete `channel ` line.
        const lastTouchpoint = document.text.lastIndexOf('\n        touchpoint ');
        const insertAt = document.text.indexOf('\n', lastTouchpoint + 1) + 1;
        const channelLine = '            channel \n';
        let from = session.publishes.length;
        await session.edit(document, insertAt, 0, channelLine);
        const withChannel = await session.nextPublish(URI, from, document.version);
        const channelPosition = positionAt(document.text, insertAt + channelLine.length - 1);
        const channelMs: number[] = [];
        let channelLabels: string[] = [];
        for (let i = 0; i < endRuns; i++) {
            const r = await session.completion(URI, channelPosition);
            channelMs.push(r.ms);
            channelLabels = r.labels;
        }
        const proposesChannels = ['web', 'app', 'phone'].every(name => channelLabels.includes(name));
        rows.push({ measure: `completion after \`channel \` in the last touchpoint (${endRuns}×)`, figure: `median ${fmt(median(channelMs))} ms, p95 ${fmt(p95(channelMs))} ms; ${channelLabels.length} items${proposesChannels ? ', channels proposed' : ', CHANNELS MISSING'}`, target: 'p95 < 30 ms', verdict: verdict(p95(channelMs) < 30) });
        notes.push(`with the incomplete \`channel \` line the server reported ${severityCounts(withChannel.diagnostics).errors} error(s).`);
        // Remove the line again and wait for clean diagnostics.
        from = session.publishes.length;
        await session.edit(document, insertAt, channelLine.length, '');
        await session.nextPublish(URI, from, document.version);
        await session.quiet(URI, from, 500);

        // 3. didChange → publishDiagnostics, single-character edits 300 ms apart.
        const targets = actionOffsets(document.text);
        const editRuns = options.quick ? 10 : 20;
        const editMs: number[] = [];
        let editErrors = 0;
        for (let i = 0; i < editRuns; i++) {
            // Pairs: insert an 'x' into an action text, then delete it again, so the text stays valid and the same size.
            const offset = targets[Math.floor(i / 2) * 37 % targets.length];
            from = session.publishes.length;
            const sent = i % 2 === 0 ? await session.edit(document, offset, 0, 'x') : await session.edit(document, offset, 1, '');
            const publish = await session.nextPublish(URI, from, document.version);
            editMs.push(publish.at - sent);
            editErrors += severityCounts(publish.diagnostics).errors;
            await sleep(300);
        }
        rows.push({ measure: `didChange (1 character, incremental) → publishDiagnostics, ${editRuns} edits 300 ms apart`, figure: `median ${fmt(median(editMs))} ms, p95 ${fmt(p95(editMs))} ms, min ${fmt(Math.min(...editMs))} ms${editErrors ? `; ${editErrors} errors` : ''}`, target: 'median < 100 ms', verdict: verdict(median(editMs) < 100) });

        // 4. Burst: 50 edits without waiting.
        await session.quiet(URI, from, 500);
        const burstSize = 50;
        const burstOffset = targets[targets.length >> 1];
        from = session.publishes.length;
        let lastSent = 0;
        const firstSent = performance.now();
        for (let i = 0; i < burstSize; i++) lastSent = await session.edit(document, burstOffset + i, 0, 'y');
        const burst = await session.quiet(URI, from, 2_000);
        const finalPublish = burst[burst.length - 1];
        const burstLatency = finalPublish ? finalPublish.at - lastSent : NaN;
        const burstErrors = finalPublish ? severityCounts(finalPublish.diagnostics).errors : -1;
        const burstPass = burst.length === 1 && burstLatency < 100;
        rows.push({
            measure: `burst: ${burstSize} didChange sent without waiting (sent in ${fmt(lastSent - firstSent)} ms)`,
            figure: `${burst.length} publish(es) until 2 s quiet; last edit → final publish ${fmt(burstLatency)} ms${burstErrors ? `; ${burstErrors} errors` : ''}`,
            target: '1 publish, ≤ 100 ms after last edit',
            verdict: verdict(burstPass),
        });
        if (burst.length > 1) notes.push(`burst publishes arrived at ${burst.map(p => `+${fmt(p.at - lastSent, 0)}`).join(', ')} ms from the last edit.`);
    } finally {
        await session.stop();
    }

    // 5. Memory: a separate server with --expose-gc and the heap preload.
    const memory = await LspSession.start({ heapReport: true });
    try {
        const session = memory.session;
        const document: OpenDocument = { uri: URI, text, version: 1 };
        await openDocument(session, document);
        const targets = actionOffsets(document.text);
        const batch = 50;
        const totalEdits = options.quick ? 200 : 1_000;
        let n = 0;
        /** `count` edits in batches of 50 (insert/delete pairs, so the text returns to the start after each batch). */
        const runEdits = async (count: number) => {
            for (let done = 0; done < count; done += batch) {
                const from = session.publishes.length;
                for (let i = 0; i < batch; i++, n++) {
                    const offset = targets[(Math.floor(n / 2) * 53) % targets.length];
                    if (n % 2 === 0) await session.edit(document, offset, 0, 'z');
                    else await session.edit(document, offset, 1, '');
                }
                await session.nextPublish(URI, from, document.version);
                await session.quiet(URI, from, 200);
            }
        };
        await runEdits(batch); // warm-up: caches, completion parser state, JIT
        await sleep(200);
        const heapStart = await session.heapUsed();
        const t0 = performance.now();
        await runEdits(totalEdits);
        const editsMs = performance.now() - t0;
        await sleep(200);
        const heapEnd = await session.heapUsed();
        const growth = (heapEnd - heapStart) / 1024 / 1024;
        rows.push({
            measure: `server heap after gc, before/after ${totalEdits.toLocaleString('en-US')} edits (batches of ${batch}, diagnostics awaited per batch)`,
            figure: `${fmt(heapStart / 1024 / 1024)} → ${fmt(heapEnd / 1024 / 1024)} MiB (growth ${fmt(growth, 2)} MiB; ${fmt(editsMs / 1000, 1)} s)`,
            target: 'growth < 5 MiB',
            verdict: verdict(growth < 5),
        });
    } finally {
        await memory.session.stop();
    }

    console.log(table(['measure', 'figure', 'target', 'verdict'], rows.map(r => [r.measure, r.figure, r.target, r.verdict])));
    for (const note of notes) console.log(`- ${note}`);
    console.log(`load average at end: ${load()}`);
}
