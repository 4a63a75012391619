/**
 * Layout benchmark, in process: `layoutMap` of the 1,000-touchpoint map (single view) and of the
 * 1,000 + 1,000 comparison in every comparison view, as the preview lays a map out for each new
 * model (a new object from JSON every run, the renderer's text memories warm, as after the first
 * draw). With `--baseline DIR`, DIR's built `layoutMap` lays out the same models, run by run beside
 * this build's. Prints medians of wall and CPU time; no target of its own (the preview's targets are
 * the `render` and `vscode` suites'); never fails the process.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MapModel } from '../src/model/map-model.js';
import { layoutMap, type ViewOptions } from '../src/renderer/layout.js';
import type { SuiteOptions } from './language-bench.js';
import { comparisonFiles, comparisonModel, FUTURE_ID, singleMapModel } from './render-models.js';
import { fmt, median } from './statistics.js';

type Layout = (model: MapModel, view: ViewOptions, options: { standalone: boolean }) => unknown;

interface Case { name: string; json: string; view: ViewOptions }

function timeLayouts(layout: Layout, json: string, view: ViewOptions, runs: number): { wall: number[]; cpu: number[] } {
    // Parsed before the timing: the preview parses the model's text once per update, apart from the layout.
    const models = Array.from({ length: runs }, () => JSON.parse(json) as MapModel);
    const wall: number[] = [];
    const cpu: number[] = [];
    for (const model of models) {
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        layout(model, view, { standalone: false });
        wall.push(performance.now() - t0);
        const used = process.cpuUsage(cpu0);
        cpu.push((used.user + used.system) / 1000);
    }
    return { wall, cpu };
}

export async function runLayoutBench(options: SuiteOptions): Promise<void> {
    const runs = options.quick ? 15 : 40;
    const warmup = options.quick ? 4 : 8;
    const load = () => loadavg().map(l => l.toFixed(2)).join(' ');
    console.log(`\n== layout: layoutMap in process, 1,000 touchpoints (a new model object per run); median of ${runs} ==`);
    console.log(`load average at start: ${load()}`);
    const single = JSON.stringify(await singleMapModel(1_000));
    const comparison = JSON.stringify(await comparisonModel(comparisonFiles(2_000)));
    const cases: Case[] = [
        { name: 'single, 1,000', json: single, view: { mode: 'single' } },
        ...(['side-by-side', 'overlay', 'paired', 'stacked'] as const).map(mode => ({ name: `${mode}, 1,000 + 1,000`, json: comparison, view: { mode, journey: FUTURE_ID } })),
    ];
    const layouts: Array<{ label: string; layout: Layout }> = [{ label: 'this build', layout: layoutMap }];
    if (options.baseline) {
        const url = pathToFileURL(join(resolve(options.baseline), 'out', 'src', 'renderer', 'layout.js')).href;
        layouts.push({ label: 'baseline', layout: ((await import(url)) as { layoutMap: Layout }).layoutMap });
    }
    const rows: string[] = [];
    for (const c of cases) {
        const results = layouts.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
        for (const { layout } of layouts) timeLayouts(layout, c.json, c.view, warmup);
        // Interleaved in rounds, so that the machine's load hits both alike.
        const rounds = 5;
        for (let round = 0; round < rounds; round++) {
            layouts.forEach(({ layout }, i) => {
                const { wall, cpu } = timeLayouts(layout, c.json, c.view, Math.ceil(runs / rounds));
                results[i].wall.push(...wall);
                results[i].cpu.push(...cpu);
            });
        }
        const cells = results.map(r => `${fmt(median(r.wall))} ms (CPU ${fmt(median(r.cpu))})`);
        const ratio = results.length > 1 ? `  this/baseline ×${(median(results[0].wall) / median(results[1].wall)).toFixed(2)}` : '';
        rows.push(`  ${c.name.padEnd(28)} ${layouts.map((l, i) => `${l.label}: ${cells[i]}`).join('   ')}${ratio}`);
    }
    console.log(rows.join('\n'));
    console.log(`load average at end: ${load()}`);
}
