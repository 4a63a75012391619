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
import type { DrawTiming, MermaidTiming } from './browser/render-entry.js';
import type { SuiteOptions } from './language-bench.js';
import { comparisonFiles, comparisonModel, CURRENT_ID, FUTURE_ID, singleMapModel, withEmotionEdited } from './render-models.js';
import { fmt, median, quantile } from './statistics.js';
import { chromiumPath, hasChromium, launchChromium } from '../test/support/chromium.js';

/** The project root: this file runs as out/bench/render-bench.js. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const mermaidPath = join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const MERMAID_MAX_TEXT = 50_000; // Mermaid's default maxTextSize
const RAISED_MAX_TEXT = 10_000_000;
const SIZES = [100, 1_000, 5_000];
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
    const edits: string[] = [];
    for (let i = 0; i < redraws + 2; i++) {
        const future = withEmotionEdited(files['future.journey'], (i * 37 + 5) % COMPARISON_SIZE);
        edits.push(JSON.stringify(await comparisonModel({ ...files, 'future.journey': future })));
    }

    // --expose-gc: the page collects garbage between draws, outside the timings.
    const browser = await launchChromium(['--js-flags=--expose-gc']);
    try {
        const bench = await BenchPage.open(browser, bundle);
        console.log(`browser: Chromium ${browser.version()}, viewport 1400×900, Mermaid ${readMermaidVersion()}`);
        const single: ViewOptions = { mode: 'single', journey: CURRENT_ID };

        // 1. Single maps: ours and Mermaid's, interleaved run by run so load on the machine hits both alike.
        const results: SizeResult[] = [];
        for (let s = 0; s < SIZES.length; s++) {
            const { n, json, mermaid } = singles[s];
            await bench.page.evaluate(j => window.renderBench!.setModel('single', j), json);
            await bench.page.evaluate(() => window.renderBench!.configureMermaid());
            const accepted = mermaid.length <= MERMAID_MAX_TEXT;
            const result: SizeResult = { touchpoints: n, ours: { timings: [], engine: [], layoutJs: [] }, mermaidChars: mermaid.length };
            if (accepted) {
                result.mermaid = [];
                await drawOurs(bench, 'single', single, 2, 0);
                await drawMermaid(bench, mermaid);
                for (let r = 0; r < runs[s]; r++) {
                    const ours = await drawOurs(bench, 'single', single, 0, 1);
                    result.ours.timings.push(...ours.timings);
                    result.ours.engine.push(...ours.engine);
                    result.ours.layoutJs.push(...ours.layoutJs);
                    result.mermaid.push(await drawMermaid(bench, mermaid));
                }
            } else {
                result.ours = await drawOurs(bench, 'single', single, 1, runs[s]);
                // Mermaid's answer at its default limit: checked, not assumed.
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

        console.log('\nour map, single view, drawn into a new container; render+layout = render call + forced layout (offsetHeight);');
        console.log('Preact+DOM = render call − layoutMap; style and layout from Chromium\'s own counters (CDP Performance.getMetrics):\n');
        console.log(table(SPLIT_HEADER, results.map(r => splitRow(fmt(r.touchpoints, 0), r.ours))));

        console.log('\nMermaid `journey` of the same map (toMermaid): mermaid.render + inserting the SVG + forced layout, in the same page:\n');
        const rows = results.map(r => {
            const ours = median(r.ours.timings.map(t => t.total));
            const m = r.mermaid ?? [];
            if (m.length === 0 || m[0].refused) {
                const confirmed = m[0]?.refused ? '' : ' (NOT REFUSED?)';
                return [fmt(r.touchpoints, 0), fmt(r.mermaidChars, 0), `refused: ${fmt(r.mermaidChars, 0)} chars > ${fmt(MERMAID_MAX_TEXT, 0)}${confirmed}`, '', fmt(ours), '', 'n/a'];
            }
            const theirs = median(m.map(t => t.total));
            return [fmt(r.touchpoints, 0), fmt(r.mermaidChars, 0), fmt(theirs), fmt(m[0].elements, 0), fmt(ours), `×${fmt(theirs / ours, 2)}`, theirs > ours ? 'ahead' : 'BEHIND'];
        });
        console.log(table(['touchpoints', 'Mermaid chars', 'Mermaid ms', 'Mermaid elements', 'ours ms', 'Mermaid/ours', 'ours'], rows));
        const raised = results.filter(r => r.mermaidRaised && r.mermaidRaised.length > 0);
        if (raised.length > 0) {
            console.log(`\ninformational only, NOT the comparison: Mermaid with maxTextSize raised to ${fmt(RAISED_MAX_TEXT, 0)}:`);
            for (const r of raised) {
                const m = r.mermaidRaised!;
                const theirs = median(m.map(t => t.total));
                const ours = median(r.ours.timings.map(t => t.total));
                console.log(`  ${fmt(r.touchpoints, 0).padStart(5)} touchpoints: Mermaid ${fmt(theirs)} ms (median of ${m.length}; mermaid.render ${fmt(median(m.map(t => t.mermaidRender)))} ms, ${fmt(m[0].elements, 0)} elements) vs ours ${fmt(ours)} ms: ×${fmt(theirs / ours, 2)}`);
            }
        }

        // 2. The comparison: first draw, then redraws of rebuilt models into the same root.
        const sideBySide: ViewOptions = { mode: 'side-by-side', journey: FUTURE_ID };
        await bench.page.evaluate(j => window.renderBench!.setModel('base', j), baseJson);
        const firstRuns = options.quick ? 1 : 3;
        const first = await drawOurs(bench, 'base', sideBySide, 1, firstRuns);
        const live = await bench.page.evaluate(v => window.renderBench!.redraw('base', v), sideBySide);
        const redraw: OurDraws = { timings: [], engine: [], layoutJs: [] };
        const parse: number[] = [];
        for (let i = 0; i < edits.length; i++) {
            const parseMs = await bench.page.evaluate(j => window.renderBench!.setModel('edit', j), edits[i]);
            const { result: timing, engine } = await bench.engineTimes(() => bench.page.evaluate(v => window.renderBench!.redraw('edit', v), sideBySide));
            if (i < 2) continue; // warm-up
            parse.push(parseMs);
            redraw.timings.push(timing);
            redraw.engine.push(engine);
            redraw.layoutJs.push(await bench.page.evaluate(v => window.renderBench!.layoutOnly('edit', v), sideBySide));
        }
        await bench.page.evaluate(() => window.renderBench!.clear());

        console.log(`\ncomparison: ${fmt(COMPARISON_SIZE, 0)}-touchpoint current map and the future map that improves it (${fmt(COMPARISON_SIZE, 0)} touchpoints), side by side:\n`);
        console.log(table(['draw', ...SPLIT_HEADER.slice(1)], [
            splitRow(`first draw, new container (median of ${firstRuns})`, first),
            splitRow(`redraw after one emotion edit (median of ${redraws})`, redraw),
        ]));
        const totals = redraw.timings.map(t => t.total);
        console.log(`first draw into the live container: ${fmt(live.total)} ms; redraws: median ${fmt(median(totals))} ms, p95 ${fmt(quantile(totals, 0.95))} ms, max ${fmt(Math.max(...totals))} ms`);
        console.log(`each redraw gets a new model object: rebuilt by the language pipeline, JSON-parsed in the page (median ${fmt(median(parse))} ms, not counted above)`);

        const compared = results.filter(r => r.mermaid && r.mermaid.length > 0 && !r.mermaid[0].refused);
        const ratios = compared.map(r => `${fmt(r.touchpoints, 0)}: ×${fmt(median(r.mermaid!.map(t => t.total)) / median(r.ours.timings.map(t => t.total)), 2)}`);
        const ahead = compared.length > 0 && compared.every(r => median(r.mermaid!.map(t => t.total)) > median(r.ours.timings.map(t => t.total)));
        const refused = results.filter(r => !compared.includes(r)).map(r => fmt(r.touchpoints, 0));
        console.log('\ntargets:');
        console.log(`  ${verdict(ahead)}  ahead of Mermaid at every size it accepts (Mermaid/ours ${ratios.join(', ') || 'none accepted'}${refused.length ? `; Mermaid refuses ${refused.join(' and ')}` : ''})`);
        console.log(`  ${verdict(median(totals) < 100)}  ${fmt(COMPARISON_SIZE, 0)}-touchpoint comparison redrawn within 100 ms (median): median ${fmt(median(totals))} ms, p95 ${fmt(quantile(totals, 0.95))} ms`);
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
