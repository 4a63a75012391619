/**
 * Language benchmark: parse + link + validate (`buildDocumentSet`) and the map model (`buildMapModel`)
 * of generated workspaces of 100, 1,000 and 10,000 touchpoints; time per Langium build phase and
 * retained heap. Prints figures and PASS/MISS against the targets; never fails the process.
 */
import { loadavg } from 'node:os';
import { DefaultDocumentBuilder, DocumentState, EmptyFileSystem, type LangiumDocument } from 'langium';
import { createJourneyServices } from '../src/language/journey-module.js';
import { buildMapModel } from '../src/language/build-model.js';
import { buildDocumentSet, sourcesFromTexts } from '../src/workspace/document-set.js';
import { BENCH_TODAY, generateWorkspace, workspaceSize } from './generate-map.js';
import { fmt, median } from './statistics.js';

export interface SuiteOptions {
    quick: boolean;
    /** A checkout of another version (built) whose figures are taken beside this build's, where a suite can. */
    baseline?: string;
}

const PHASES: ReadonlyArray<[DocumentState, string]> = [
    [DocumentState.IndexedContent, 'index'],
    [DocumentState.ComputedScopes, 'scopes'],
    [DocumentState.Linked, 'link'],
    [DocumentState.IndexedReferences, 'refs'],
    [DocumentState.Validated, 'validate'],
];

/** Timestamps of the build phases of the build under way, recorded through `onBuildPhase` listeners. */
let marks: Map<string, number> | undefined;
let instrumented = false;

/**
 * `buildDocumentSet` creates its own service container, so the listeners are attached to every
 * document builder when its build starts. Outside a measured run the wrapper does nothing.
 */
function instrumentDocumentBuilder(): void {
    if (instrumented) return;
    instrumented = true;
    type Build = (this: DefaultDocumentBuilder, ...args: unknown[]) => Promise<void>;
    const proto = DefaultDocumentBuilder.prototype as unknown as { buildDocuments: Build };
    const original = proto.buildDocuments;
    const listening = new WeakSet<DefaultDocumentBuilder>();
    proto.buildDocuments = function (this: DefaultDocumentBuilder, ...args: unknown[]) {
        marks?.set('parsed', performance.now()); // fromString parses eagerly: documents arrive parsed
        if (!listening.has(this)) {
            listening.add(this);
            for (const [state, name] of PHASES) {
                this.onBuildPhase(state, () => { marks?.set(name, performance.now()); });
            }
        }
        return original.apply(this, args);
    };
}

interface Sample {
    /** `buildDocumentSet`: service container + parse + index + scopes + link + refs + validate. */
    build: number;
    model: number;
    phases: Record<string, number>;
    diagnostics: Record<string, number>;
    /** `build` in CPU time of the process (user + system; GC threads included). */
    buildCpu: number;
    /** Heap (bytes) the documents keep after gc; only in the heap run. */
    heap?: number;
}

function gc(): void {
    const collect = (globalThis as { gc?: () => void }).gc;
    collect?.();
    collect?.(); // a second pass frees what the first one's finalizers released
}

let warmServices: Awaited<ReturnType<typeof buildDocumentSet>>['services'] | undefined;

async function runOnce(files: Record<string, string>, measureHeap: boolean): Promise<Sample> {
    const sources = sourcesFromTexts(files);
    if (measureHeap && warmServices) {
        // The heap a build keeps is measured from a container that holds no documents: otherwise the previous build's
        // documents, freed while this one is built, are subtracted from it.
        const { DocumentBuilder, LangiumDocuments } = warmServices.shared.workspace;
        await DocumentBuilder.update([], LangiumDocuments.all.map(d => d.uri).toArray());
        // The parser keeps the tree of its last parse until the next one.
        warmServices.Journey.parser.LangiumParser.parse('');
    }
    gc();
    const heapBefore = measureHeap ? process.memoryUsage().heapUsed : 0;
    marks = new Map();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    // A warm container, as in a running language server: the parser is built once, not per build.
    const built = await buildDocumentSet(sources, { today: BENCH_TODAY }, warmServices);
    warmServices = built.services;
    const { documents } = built;
    const t1 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    let heap: number | undefined;
    if (measureHeap) {
        // What the documents keep (the model is not kept by the server; it is built per request).
        gc();
        heap = process.memoryUsage().heapUsed - heapBefore;
    }
    const model = buildMapModel(documents);
    const t2 = performance.now();
    const m = marks;
    marks = undefined;
    const phases: Record<string, number> = {};
    let previous = t0;
    for (const [name, at] of [['setup+parse', m.get('parsed') ?? t0] as const, ...PHASES.map(([, n]) => [n, m.get(n) ?? previous] as const)]) {
        phases[name] = at - previous;
        previous = at;
    }
    phases['rest'] = t1 - previous;
    const diagnostics: Record<string, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const d of model.diagnostics) diagnostics[d.severity] = (diagnostics[d.severity] ?? 0) + 1;
    const sample: Sample = { build: t1 - t0, buildCpu: (cpu.user + cpu.system) / 1000, model: t2 - t1, phases, diagnostics, heap };
    keepAlive(documents, model);
    return sample;
}

/** Keeps its arguments reachable up to this point (so they are counted in the heap measured before). */
function keepAlive(documents: LangiumDocument[], model: unknown): void {
    if (documents.length < 0 || model === keepAlive) console.log('unreachable');
}


function table(header: string[], rows: string[][]): string {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
    const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
    return [line(header), '| ' + widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ') + ' |', ...rows.map(line)].join('\n');
}

interface SizeResult {
    touchpoints: number;
    lines: number;
    bytes: number;
    build: number;
    buildCpu: number;
    model: number;
    total: number;
    phases: Record<string, number>;
    heap: number;
    diagnostics: Record<string, number>;
    reps: number;
}

export async function runLanguageBench(options: SuiteOptions): Promise<void> {
    instrumentDocumentBuilder();
    const sizes = [100, 1_000, 10_000];
    const reps = options.quick ? [5, 3, 1] : [21, 11, 5];
    const hasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
    console.log(`\n== language: buildDocumentSet + buildMapModel (today ${BENCH_TODAY}; load average ${loadavg()[0]!.toFixed(1)}; median of ${reps.join('/')} runs${hasGc ? '' : '; no --expose-gc, heap not measured'}) ==`);

    // Service container alone (part of every buildDocumentSet call: a new container, a new parser).
    for (let i = 0; i < 3; i++) createJourneyServices(EmptyFileSystem);
    const containerTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
        const t = performance.now();
        createJourneyServices(EmptyFileSystem);
        containerTimes.push(performance.now() - t);
    }

    const workspaces = sizes.map(n => generateWorkspace(n));
    // Warm-up: a few runs at the smallest size, then one at each size.
    for (let i = 0; i < (options.quick ? 3 : 10); i++) await runOnce(workspaces[0].files, false);
    for (const w of workspaces) await runOnce(w.files, false);

    const results: SizeResult[] = [];
    for (let s = 0; s < sizes.length; s++) {
        const files = workspaces[s].files;
        const samples: Sample[] = [];
        for (let r = 0; r < reps[s]; r++) samples.push(await runOnce(files, false));
        const heapSamples: number[] = [];
        for (let r = 0; hasGc && r < (sizes[s] >= 10_000 || options.quick ? 1 : 3); r++) heapSamples.push((await runOnce(files, true)).heap ?? NaN);
        const phaseNames = Object.keys(samples[0].phases);
        const { lines, bytes } = workspaceSize(files);
        results.push({
            touchpoints: sizes[s],
            lines,
            bytes,
            build: median(samples.map(x => x.build)),
            buildCpu: median(samples.map(x => x.buildCpu)),
            model: median(samples.map(x => x.model)),
            total: median(samples.map(x => x.build + x.model)),
            phases: Object.fromEntries(phaseNames.map(p => [p, median(samples.map(x => x.phases[p]))])),
            heap: heapSamples.length > 0 ? median(heapSamples) : NaN,
            diagnostics: samples[0].diagnostics,
            reps: reps[s],
        });
    }

    console.log(`\nservice container (createJourneyServices, included in parse+link+validate): median ${fmt(median(containerTimes), 2)} ms\n`);
    console.log(table(
        ['touchpoints', 'lines', 'bytes', 'parse+link+validate ms', '(cpu ms)', 'model ms', 'total ms', 'heap MiB', 'heap/source', 'time ×prev'],
        results.map((r, i) => [
            fmt(r.touchpoints, 0), fmt(r.lines, 0), fmt(r.bytes, 0), fmt(r.build), fmt(r.buildCpu), fmt(r.model), fmt(r.total),
            fmt(r.heap / 2 ** 20), fmt(r.heap / r.bytes), i === 0 ? '' : `×${fmt(r.total / results[i - 1].total, 2)}`,
        ]),
    ));
    console.log('\nby phase (median ms; setup+parse = service container + parsing, before the DocumentBuilder starts):\n');
    const phaseNames = Object.keys(results[0].phases);
    console.log(table(['touchpoints', ...phaseNames, 'model'], results.map(r => [fmt(r.touchpoints, 0), ...phaseNames.map(p => fmt(r.phases[p])), fmt(r.model)])));
    console.log('\ndiagnostics by severity (must have no errors):');
    for (const r of results) {
        const d = r.diagnostics;
        console.log(`  ${fmt(r.touchpoints, 0).padStart(6)} touchpoints: ${d.error} errors, ${d.warning} warnings, ${d.info} infos, ${d.hint} hints${d.error ? '  <-- generator bug' : ''}`);
    }

    const at = (n: number) => results.find(r => r.touchpoints === n)!;
    const growth = at(10_000).total / at(1_000).total;
    // At 100 touchpoints fixed costs (caches of the container) weigh more, so the heap target is judged on the
    // workspaces of 1,000 touchpoints and more.
    const worstHeap = Math.max(...results.filter(r => r.touchpoints >= 1_000).map(r => r.heap / r.bytes));
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
    console.log('\ntargets:');
    console.log(`  ${verdict(at(1_000).total < 150)}  1,000 touchpoints (${fmt(at(1_000).lines, 0)} lines) ready in < 150 ms: ${fmt(at(1_000).total)} ms`);
    console.log(`  ${verdict(at(10_000).total < 1500)}  10,000 touchpoints ready in < 1,500 ms: ${fmt(at(10_000).total)} ms`);
    console.log(`  ${verdict(growth <= 11)}  near-linear growth, time(10,000) / time(1,000) <= 11: ${fmt(growth, 2)}`);
    console.log(`  (load average at the end: ${loadavg()[0]!.toFixed(1)})`);
    if (hasGc) {
        console.log(`  ${verdict(worstHeap < 20)}  heap the documents keep < 20 × source size (worst of 1,000 and 10,000): ${fmt(worstHeap)} ×`);
    } else {
        console.log('  ----  retained heap: not measured (run with --expose-gc)');
    }
}
