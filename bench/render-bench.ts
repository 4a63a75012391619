/**
 * Render benchmark, in headless Chromium: our map (Preact SVG in the DOM, as the preview draws it)
 * of 100, 1,000 and 5,000 touchpoints against the same map exported to Mermaid (`toMermaid`) and
 * drawn by Mermaid's own `journey` renderer in the same page; then a 1,000 + 1,000 touchpoint
 * comparison drawn side by side and redrawn after one-line edits, as the webview gets updates.
 * Prints figures and PASS/MISS against the targets; never fails the process.
 *
 * Nothing reaches the network: the page is set from a string, Mermaid comes from node_modules and
 * our renderer from an esbuild bundle of bench/browser/render-entry.ts made at bench time; every
 * request the page still makes is aborted and counted.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { toMermaid } from '../src/interchange/mermaid-export.js';
import { mapCss, pageCss, webviewThemeCss, type ViewOptions } from '../src/renderer/index.js';
import type { DrawTiming, MermaidTiming, RedrawTiming } from './browser/render-entry.js';
import type { SuiteOptions } from './language-bench.js';
import { comparisonFiles, comparisonModel, CURRENT_ID, FUTURE_ID, modelOfFiles, singleMapFiles, singleMapModel, touchpointIndex, withEmotionEdited } from './render-models.js';
import { fmt, median, quantile } from './statistics.js';
import { chromiumPath, hasChromium, launchChromium } from '../test/support/chromium.js';

/** The project root: this file runs as out/bench/render-bench.js. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const mermaidPath = join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const MERMAID_MAX_TEXT = 50_000; // Mermaid's default maxTextSize
const RAISED_MAX_TEXT = 10_000_000;
const SIZES = [100, 1_000, 5_000];
/** Sizes for the comparison with Mermaid: ones its default limit (50,000 characters) accepts. */
const MERMAID_SIZES = [25, 50, 100, 400];
const COMPARISON_SIZE = 1_000;

// ---------------------------------------------------------------------------------------------------------------
// Small utilities (each suite keeps its own, as language-bench and lsp-bench do)



function table(header: string[], rows: string[][]): string {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
    const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
    return [line(header), '| ' + widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ') + ' |', ...rows.map(line)].join('\n');
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const load = () => loadavg().map(l => l.toFixed(2)).join(' ');

// ---------------------------------------------------------------------------------------------------------------
// The page

/** Style and layout time as Chromium counts it (CDP Performance metrics), to split the forced layout. */
interface EngineTimes { style: number; layout: number }

class BenchPage {
    requests = 0;
    readonly errors: string[] = [];
    private constructor(readonly page: Page, private readonly cdp: CDPSession) {}

    static async open(browser: Browser, bundle: string): Promise<BenchPage> {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        const bench = new BenchPage(page, cdp);
        page.on('pageerror', e => bench.errors.push(String(e)));
        await page.route('**/*', route => { bench.requests++; void route.abort(); });
        // The preview's stylesheet (dist/preview.css is made of the same parts), so style and layout cost what they cost there.
        const css = [webviewThemeCss, mapCss, pageCss, readFileSync(join(root, 'media', 'preview-chrome.css'), 'utf8')].join('\n');
        await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>${css}</style></head><body class="vscode-light"><div id="stage"></div></body></html>`);
        await page.addScriptTag({ content: bundle });
        await page.addScriptTag({ path: mermaidPath });
        if (bench.errors.length > 0) throw new Error(`page errors: ${bench.errors.join('; ')}`);
        return bench;
    }

    async engineTimes<T>(action: () => Promise<T>): Promise<{ result: T; engine: EngineTimes }> {
        const before = await this.metrics();
        const result = await action();
        const after = await this.metrics();
        return { result, engine: { style: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000, layout: (after.LayoutDuration - before.LayoutDuration) * 1000 } };
    }

    private async metrics(): Promise<Record<string, number>> {
        const { metrics } = await this.cdp.send('Performance.getMetrics');
        return Object.fromEntries(metrics.map(m => [m.name, m.value]));
    }
}

async function bundleEntry(): Promise<string> {
    const { build } = await import('esbuild');
    const result = await build({
        entryPoints: [join(root, 'bench', 'browser', 'render-entry.ts')], bundle: true, write: false, format: 'iife', platform: 'browser',
        target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'silent', mainFields: ['browser', 'module', 'main'],
    });
    return result.outputFiles[0].text;
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements

interface OurDraws { timings: DrawTiming[]; engine: EngineTimes[]; layoutJs: number[] }

/** Our map drawn `runs` times into a new container (after `warmup` draws), with the split of where the time goes. */
async function drawOurs(bench: BenchPage, name: string, view: ViewOptions, warmup: number, runs: number): Promise<OurDraws> {
    for (let i = 0; i < warmup; i++) await bench.page.evaluate(([n, v]) => window.renderBench!.drawFresh(n, v), [name, view] as const);
    const result: OurDraws = { timings: [], engine: [], layoutJs: [] };
    for (let i = 0; i < runs; i++) {
        const { result: timing, engine } = await bench.engineTimes(() => bench.page.evaluate(([n, v]) => window.renderBench!.drawFresh(n, v), [name, view] as const));
        result.timings.push(timing);
        result.engine.push(engine);
        result.layoutJs.push(await bench.page.evaluate(([n, v]) => window.renderBench!.layoutOnly(n, v), [name, view] as const));
    }
    await bench.page.evaluate(() => window.renderBench!.clear());
    return result;
}

const drawMermaid = (bench: BenchPage, text: string) => bench.page.evaluate(t => window.renderBench!.drawMermaid(t), text);

interface SizeResult {
    touchpoints: number;
    ours: OurDraws;
    mermaidChars: number;
    mermaid?: MermaidTiming[];
    /** Mermaid with maxTextSize raised, where the default refuses the text: informational only. */
    mermaidRaised?: MermaidTiming[];
}

function splitRow(label: string, draws: OurDraws): string[] {
    const t = draws.timings;
    const js = median(draws.layoutJs);
    return [
        label, fmt(t[0].elements, 0), fmt(js), fmt(median(t.map(x => x.script)) - js),
        fmt(median(draws.engine.map(e => e.style))), fmt(median(draws.engine.map(e => e.layout))),
        fmt(median(t.map(x => x.total))), fmt(median(t.map(x => x.frame))),
    ];
}
const SPLIT_HEADER = ['touchpoints', 'elements', 'layoutMap (JS) ms', 'Preact+DOM ms', 'style ms', 'layout ms', 'render+layout ms', 'next frame ms'];

export async function runRenderBench(options: SuiteOptions): Promise<void> {
    const runs = options.quick ? [5, 3, 2] : [15, 9, 5];
    const redraws = options.quick ? 10 : 20;
    console.log(`\n== render: our map (Preact SVG in the DOM) vs Mermaid \`journey\`, headless Chromium; median of ${runs.join('/')} runs ==`);
    if (!hasChromium()) {
        console.log(`render: skipped, no Chromium at ${chromiumPath}`);
        return;
    }
    console.log(`load average at start: ${load()}`);

    // Everything Node does comes first, so the page is never measured while Node builds models on the other core.
    const bundle = await bundleEntry();
    const singles = [];
    for (const n of SIZES) {
        const model = await singleMapModel(n);
        const mermaid = toMermaid(model.journeys.find(j => j.id === CURRENT_ID)!);
        singles.push({ n, json: JSON.stringify(model), mermaid });
    }
    const files = comparisonFiles(COMPARISON_SIZE);
    const baseJson = JSON.stringify(await comparisonModel(files));
    const mermaidMaps = [];
    for (const n of MERMAID_SIZES) {
        const texts = singleMapFiles(n);
        const model = await modelOfFiles(texts);
        mermaidMaps.push({ n, texts, mermaid: toMermaid(model.journeys.find(j => j.id === CURRENT_ID)!) });
    }

    // --expose-gc: the page collects garbage between draws, outside the timings.
    const browser = await launchChromium(['--js-flags=--expose-gc']);
    try {
        const bench = await BenchPage.open(browser, bundle);
        console.log(`browser: Chromium ${browser.version()}, viewport 1400×900, Mermaid ${readMermaidVersion()}`);
        const single: ViewOptions = { mode: 'single', journey: CURRENT_ID };

        // 1. Single maps: ours, drawn into a new container and laid out anew each time.
        const results: SizeResult[] = [];
        for (let s = 0; s < SIZES.length; s++) {
            const { n, json, mermaid } = singles[s]!;
            await bench.page.evaluate(j => window.renderBench!.setModel('single', j), json);
            const result: SizeResult = { touchpoints: n, ours: await drawOurs(bench, 'single', single, 1, runs[s]!), mermaidChars: mermaid.length };
            if (mermaid.length > MERMAID_MAX_TEXT) {
                // Mermaid's answer at its default limit: checked, not assumed; then, informational only, with the limit raised.
                await bench.page.evaluate(() => window.renderBench!.configureMermaid());
                result.mermaid = [await drawMermaid(bench, mermaid)];
                await bench.page.evaluate(max => window.renderBench!.configureMermaid(max), RAISED_MAX_TEXT);
                result.mermaidRaised = [];
                const raisedRuns = n >= 5_000 || options.quick ? 1 : 3;
                for (let r = 0; r < raisedRuns; r++) result.mermaidRaised.push(await drawMermaid(bench, mermaid));
                await bench.page.evaluate(() => window.renderBench!.configureMermaid());
            }
            await bench.page.evaluate(() => window.renderBench!.clear());
            results.push(result);
        }

        console.log('\nour map, single view, drawn into a new container and laid out anew; render+layout = render call + forced layout (offsetHeight);');
        console.log('Preact+DOM = render call − layoutMap; style and layout from Chromium\'s own counters (CDP Performance.getMetrics):\n');
        console.log(table(SPLIT_HEADER, results.map(r => splitRow(fmt(r.touchpoints, 0), r.ours))));
        for (const r of results.filter(x => x.mermaid)) {
            const refused = r.mermaid![0]!.refused;
            console.log(`  Mermaid at ${fmt(r.touchpoints, 0)} touchpoints (${fmt(r.mermaidChars, 0)} characters): ${refused ? `refused at its default limit (${fmt(MERMAID_MAX_TEXT, 0)})` : 'NOT REFUSED?'}`);
        }
        const raised = results.filter(r => r.mermaidRaised && r.mermaidRaised.length > 0);
        for (const r of raised) {
            const m = r.mermaidRaised!;
            console.log(`  informational, not the comparison: Mermaid with maxTextSize ${fmt(RAISED_MAX_TEXT, 0)} at ${fmt(r.touchpoints, 0)} touchpoints: ${fmt(median(m.map(t => t.total)))} ms (median of ${m.length}; mermaid.render ${fmt(median(m.map(t => t.mermaidRender)))} ms, ${fmt(m[0]!.elements, 0)} elements)`);
        }

        // Text to drawn map, at sizes Mermaid accepts. Ours: the language build (parse, link, validate, model, in Node
        // with a warm container, as the server does), JSON to the page, parsed there, laid out and drawn into a new
        // container. Mermaid: mermaid.render of its text (parse, layout, SVG), inserted. Interleaved run by run.
        await bench.page.evaluate(() => window.renderBench!.configureMermaid());
        const textToMap = [];
        for (const { n, texts, mermaid } of mermaidMaps) {
            const ours: number[] = [];
            const build: number[] = [];
            const theirs: MermaidTiming[] = [];
            const runsHere = options.quick ? 5 : 11;
            for (let r = -1; r < runsHere; r++) {
                const t0 = performance.now();
                const json = JSON.stringify(await modelOfFiles(texts));
                const node = performance.now() - t0;
                const parse = await bench.page.evaluate(j => window.renderBench!.setModel('text', j), json);
                const draw = await bench.page.evaluate(v => window.renderBench!.drawFresh('text', v), single);
                const mermaidDraw = await drawMermaid(bench, mermaid);
                if (r < 0) continue; // warm-up
                build.push(node);
                ours.push(node + parse + draw.total);
                theirs.push(mermaidDraw);
            }
            textToMap.push({ n, chars: mermaid.length, ours, build, theirs });
        }
        await bench.page.evaluate(() => window.renderBench!.clear());
        console.log('\ntext to drawn map, ours (language build in Node + JSON + layout + draw) against Mermaid `journey` (mermaid.render + insert), same page, interleaved:\n');
        console.log(table(['touchpoints', 'Mermaid chars', 'Mermaid ms', 'ours ms', '(of which build)', 'Mermaid/ours'], textToMap.map(t => {
            const m = median(t.theirs.map(x => x.total));
            const o = median(t.ours);
            return [fmt(t.n, 0), fmt(t.chars, 0), t.theirs[0]!.refused ? 'refused' : fmt(m), fmt(o), fmt(median(t.build)), `×${fmt(m / o, 2)}`];
        })));

        // 2. The comparison: first draw, then redraws of rebuilt models into the same root, with the viewport on the
        //    future map and each edit in a touchpoint drawn there, so that the change is on screen.
        const sideBySide: ViewOptions = { mode: 'side-by-side', journey: FUTURE_ID };
        await bench.page.evaluate(j => window.renderBench!.setModel('base', j), baseJson);
        const firstRuns = options.quick ? 1 : 3;
        const first = await drawOurs(bench, 'base', sideBySide, 1, firstRuns);
        const future = await bench.page.evaluate(v => window.renderBench!.sideRange('base', v, 'future'), sideBySide);
        const viewportLeft = future?.left ?? 0;
        const inView = (future?.touchpoints ?? []).map(name => ({ name, index: touchpointIndex(files['future.journey']!, name) })).filter(t => t.index >= 0);
        const edits: Array<{ name: string; json: string }> = [];
        for (let i = 0; i < redraws + 2 && inView.length > 0; i++) {
            const target = inView[i % inView.length]!;
            // One touchpoint's emotion changed from the base map: consecutive models differ in two touchpoints in view.
            const text = withEmotionEdited(files['future.journey']!, target.index);
            edits.push({ name: target.name, json: JSON.stringify(await comparisonModel({ ...files, 'future.journey': text })) });
        }
        const live = await bench.page.evaluate(([v, left]) => window.renderBench!.redraw('base', v, left), [sideBySide, viewportLeft] as const);
        const redraw: OurDraws = { timings: [], engine: [], layoutJs: [] };
        const redrawn: RedrawTiming[] = [];
        let shown = 0;
        const parse: number[] = [];
        for (let i = 0; i < edits.length; i++) {
            const parseMs = await bench.page.evaluate(j => window.renderBench!.setModel('edit', j), edits[i]!.json);
            const { result: timing, engine } = await bench.engineTimes(() => bench.page.evaluate(([v, left]) => window.renderBench!.redraw('edit', v, left), [sideBySide, viewportLeft] as const));
            if (i < 2) continue; // warm-up
            parse.push(parseMs);
            redraw.timings.push(timing);
            redrawn.push(timing);
            redraw.engine.push(engine);
            redraw.layoutJs.push(await bench.page.evaluate(v => window.renderBench!.layoutOnly('edit', v), sideBySide));
            if (timing.touched.includes(`future:${edits[i]!.name}`)) shown++;
        }
        await bench.page.evaluate(() => window.renderBench!.clear());

        console.log(`\ncomparison: ${fmt(COMPARISON_SIZE, 0)}-touchpoint current map and the future map that improves it (${fmt(COMPARISON_SIZE, 0)} touchpoints), side by side;`);
        console.log(`the viewport on the future map (x = ${fmt(viewportLeft, 0)}), each redraw after an emotion edit of one of its ${inView.length} touchpoints in view:\n`);
        console.log(table(['draw', ...SPLIT_HEADER.slice(1)], [
            splitRow(`first draw, new container (median of ${firstRuns})`, first),
            splitRow(`redraw after one emotion edit in view (median of ${redraw.timings.length})`, redraw),
        ]));
        const totals = redraw.timings.map(t => t.total);
        const mutations = redrawn.map(t => t.mutations);
        console.log(`first draw into the live container: ${fmt(live.total)} ms; redraws: median ${fmt(median(totals))} ms, p95 ${fmt(quantile(totals, 0.95))} ms, max ${fmt(Math.max(...totals))} ms`);
        console.log(`DOM mutations per redraw: median ${fmt(median(mutations), 0)} (min ${fmt(Math.min(...mutations), 0)}, max ${fmt(Math.max(...mutations), 0)}); the edited touchpoint changed in the DOM in ${shown} of ${redrawn.length} redraws`);
        console.log(`each redraw gets a new model object: rebuilt by the language pipeline, JSON-parsed in the page (median ${fmt(median(parse))} ms, not counted above)`);

        const ratios = textToMap.map(t => ({ n: t.n, ratio: median(t.theirs.map(x => x.total)) / median(t.ours), refused: t.theirs[0]!.refused }));
        const ahead = ratios.every(r => r.refused || r.ratio > 1);
        console.log('\ntargets:');
        console.log(`  ${verdict(ahead)}  text to drawn map ahead of Mermaid at every size it accepts (Mermaid/ours ${ratios.map(r => `${fmt(r.n, 0)}: ×${fmt(r.ratio, 2)}`).join(', ')})`);
        console.log(`  ${verdict(median(totals) < 100 && shown === redrawn.length)}  ${fmt(COMPARISON_SIZE, 0)}-touchpoint comparison redrawn within 100 ms (median) with the edit on screen: median ${fmt(median(totals))} ms, p95 ${fmt(quantile(totals, 0.95))} ms; edit shown in ${shown}/${redrawn.length}`);
        if (bench.requests > 0) console.log(`  MISS  the page tried ${bench.requests} network requests (all aborted)`);
        if (bench.errors.length > 0) console.log(`  MISS  errors in the page: ${bench.errors.slice(0, 3).join('; ')}`);
    } finally {
        await browser.close();
    }
    console.log(`load average at end: ${load()}`);
}

function readMermaidVersion(): string {
    return (JSON.parse(readFileSync(join(root, 'node_modules', 'mermaid', 'package.json'), 'utf8')) as { version: string }).version;
}
