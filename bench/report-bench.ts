/**
 * Report benchmark: the quarterly review of 200 maps of 50 touchpoints each (100 current maps
 * and the future maps that improve them, 10,000 touchpoints).
 * - `journey report` as a process, from start to the file written, in HTML, Markdown and CSV
 *   (target: < 2 s), and its phases in process (parse and check, map model, report model, output);
 * - the review panel's redraw after an edit (target: < 500 ms): the server's part (map model and
 *   report model of the built documents), the message (JSON), and the drawing in Chromium.
 * Prints figures and PASS/MISS; never fails the process.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocumentSet, sourcesFromTexts } from '../src/workspace/document-set.js';
import { buildMapModel } from '../src/language/build-model.js';
import { buildReport, renderReportCsv, renderReportHtml, renderReportMarkdown } from '../src/report/index.js';
import { reportCss } from '../src/report/report-css.js';
import { webviewThemeCss } from '../src/renderer/theme.js';
import { BENCH_TODAY, generateWorkspace } from './generate-map.js';
import type { SuiteOptions } from './language-bench.js';
import { fmt, median } from './statistics.js';
import { cpuOf, runTimed, type ProcessTime } from './process-time.js';
import { chromiumPath, hasChromium, launchChromium } from '../test/support/chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MAPS = 200;
const TOUCHPOINTS_PER_MAP = 50;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

/** 200 maps: 100 copies of the generator's current/future pair (50 + 50 touchpoints), each with its own names. */
export function reportWorkspace(maps = MAPS, perMap = TOUCHPOINTS_PER_MAP): Record<string, string> {
    const files: Record<string, string> = {};
    for (let k = 0; k < maps / 2; k++) {
        const generated = generateWorkspace(2 * perMap, { seed: k + 1 }).files;
        files['people.journey'] ??= generated['people.journey'];
        const rename = (text: string) => text.replace(/\bservice_today\b/g, `service_today_${k}`).replace(/\bservice_tomorrow\b/g, `service_tomorrow_${k}`);
        files[`current-${k}.journey`] = rename(generated['current.journey']);
        files[`future-${k}.journey`] = rename(generated['future.journey']);
    }
    return files;
}

export async function runReportBench(options: SuiteOptions): Promise<void> {
    const runs = options.quick ? 3 : 7;
    const files = reportWorkspace();
    console.log(`\n== report: ${MAPS} maps of ${TOUCHPOINTS_PER_MAP} touchpoints (today ${BENCH_TODAY}; median of ${runs} runs; load ${loadavg().map(l => l.toFixed(2)).join(' ')}) ==`);

    // The command, as a person runs it.
    const dir = mkdtempSync(join(tmpdir(), 'journey-report-bench-'));
    try {
        for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
        for (const format of ['html', 'md', 'csv']) {
            const times: ProcessTime[] = [];
            for (let i = 0; i < runs; i++) {
                const result = runTimed(process.execPath, [join(root, 'bin', 'journey.cjs'), 'report', dir, '--format', format, '--today', BENCH_TODAY, '--out', join(dir, `report.${format}`)]);
                times.push(result);
                if (result.status !== 0) console.log(`  report --format ${format} failed: ${result.stderr.trim()}`);
            }
            const wall = median(times.map(t => t.wallMs));
            const cpu = times.every(t => t.cpuMs !== undefined) ? median(times.map(t => t.cpuMs!)) : undefined;
            console.log(`journey report --format ${format.padEnd(4)} wall ${fmt(wall, 0).padStart(6)} ms${cpu !== undefined ? `, CPU ${fmt(cpu, 0).padStart(6)} ms` : ''}  (target < 2000 ms: wall ${verdict(wall < 2000)}${cpu !== undefined ? `, CPU ${verdict(cpu < 2000)}` : ''})`);
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }

    // Its phases, in process.
    const phases: Record<string, number[]> = { 'parse and check': [], 'map model': [], 'report model': [], html: [], markdown: [], csv: [] };
    let json = '';
    for (let i = 0; i < runs; i++) {
        const cpu = process.cpuUsage();
        const { documents } = await buildDocumentSet(sourcesFromTexts(files), { today: BENCH_TODAY });
        const used = process.cpuUsage(cpu);
        phases['parse and check'].push((used.user + used.system) / 1000);
        const [model, modelMs] = cpuOf(() => buildMapModel(documents));
        phases['map model'].push(modelMs);
        const [report, reportMs] = cpuOf(() => buildReport(model, { today: BENCH_TODAY, reviewMonths: 6 }));
        phases['report model'].push(reportMs);
        phases.html.push(cpuOf(() => renderReportHtml(report))[1]);
        phases.markdown.push(cpuOf(() => renderReportMarkdown(report))[1]);
        phases.csv.push(cpuOf(() => renderReportCsv(report))[1]);
        json = JSON.stringify(report);
    }
    console.log(`in process, CPU: ${Object.entries(phases).map(([name, times]) => `${name} ${fmt(median(times), 0)} ms`).join(', ')}`);

    // The review panel's redraw after an edit: the server builds the map and report models of the
    // documents it has (parsed already), the report crosses as JSON, the panel draws it.
    const { documents } = await buildDocumentSet(sourcesFromTexts(files), { today: BENCH_TODAY });
    const server: Array<[number, number]> = [];
    for (let i = 0; i < runs; i++) {
        const [, cpu, wall] = cpuOf(() => JSON.stringify(buildReport(buildMapModel(documents), { today: BENCH_TODAY, reviewMonths: 6 })));
        server.push([cpu, wall]);
    }
    const serverMs = median(server.map(s => s[0]));
    console.log(`review panel, server: map model + report model + JSON: CPU ${fmt(serverMs, 0)} ms, wall ${fmt(median(server.map(s => s[1])), 0)} ms (${fmt(json.length / 1024 / 1024, 1)} MB of JSON)`);
    if (!hasChromium()) {
        console.log(`review panel, drawing: skipped (no Chromium at ${chromiumPath})`);
        return;
    }
    const { build } = await import('esbuild');
    const bundle = (await build({
        entryPoints: [join(root, 'bench', 'browser', 'report-entry.ts')], bundle: true, write: false, format: 'iife', platform: 'browser',
        target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'silent', mainFields: ['browser', 'module', 'main'],
    })).outputFiles[0].text;
    const browser = await launchChromium();
    try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>${webviewThemeCss}\n${reportCss}</style></head><body><div id="root"></div></body></html>`);
        await page.addScriptTag({ content: bundle });
        const draws: Array<{ parse: number; render: number; layout: number; total: number; rows: number }> = [];
        for (let i = 0; i < runs + 2; i++) draws.push(await page.evaluate(text => window.reportBench!.draw(text), json));
        const measured = draws.slice(2);
        const draw = median(measured.map(d => d.total));
        console.log(`review panel, drawing (${measured[0].rows} rows): parse ${fmt(median(measured.map(d => d.parse)), 0)} ms, render ${fmt(median(measured.map(d => d.render)), 0)} ms, layout ${fmt(median(measured.map(d => d.layout)), 0)} ms`);
        const total = serverMs + draw;
        console.log(`review panel redraw of ${MAPS} maps: ${fmt(total, 0)} ms (server CPU + drawing)  (target < 500 ms: ${verdict(total < 500)})`);
    } finally {
        await browser.close();
    }
}
