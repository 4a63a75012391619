/**
 * PNG benchmark: `journey export --format png` of a 100-touchpoint map (a current map of 50 and
 * the future map of 50 that improves it, drawn side by side and stacked) as a process, from start
 * to the file written (target: < 2 s), and the rasterizer alone in process, at scale 1 and 2.
 * Prints figures and PASS/MISS; never fails the process.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocumentSet, sourcesFromTexts } from '../src/workspace/document-set.js';
import { buildMapModel } from '../src/language/build-model.js';
import { renderMapSvg } from '../src/renderer/export.js';
import { rasterizeSvg } from '../src/cli/png.js';
import { BENCH_TODAY, generateWorkspace } from './generate-map.js';
import type { SuiteOptions } from './language-bench.js';
import { fmt, median } from './statistics.js';
import { runTimed, type ProcessTime } from './process-time.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

export async function runPngBench(options: SuiteOptions): Promise<void> {
    const runs = options.quick ? 3 : 7;
    const files = generateWorkspace(100).files;
    console.log(`\n== png: a map of 100 touchpoints (median of ${runs} runs; load ${loadavg().map(l => l.toFixed(2)).join(' ')}) ==`);
    const dir = mkdtempSync(join(tmpdir(), 'journey-png-bench-'));
    try {
        for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
        for (const view of ['side-by-side', 'stacked']) {
            for (const scale of ['1', '2']) {
                const out = join(dir, `map-${view}-${scale}.png`);
                const times: ProcessTime[] = [];
                for (let i = 0; i < runs; i++) {
                    const result = runTimed(process.execPath, [join(root, 'bin', 'journey.cjs'), 'export', dir, '--format', 'png', '--view', view, '--scale', scale, '--today', BENCH_TODAY, '--out', out]);
                    times.push(result);
                    if (result.status !== 0) console.log(`  export --format png failed: ${result.stderr.trim()}`);
                }
                const wall = median(times.map(t => t.wallMs));
                const cpu = times.every(t => t.cpuMs !== undefined) ? median(times.map(t => t.cpuMs!)) : undefined;
                console.log(`journey export --format png --view ${view.padEnd(12)} --scale ${scale}: wall ${fmt(wall, 0).padStart(5)} ms${cpu !== undefined ? `, CPU ${fmt(cpu, 0).padStart(5)} ms` : ''}, ${fmt(statSync(out).size / 1024, 0)} KB  (target < 2000 ms: wall ${verdict(wall < 2000)}${cpu !== undefined ? `, CPU ${verdict(cpu < 2000)}` : ''})`);
            }
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
    const { documents } = await buildDocumentSet(sourcesFromTexts(files), { today: BENCH_TODAY });
    const model = buildMapModel(documents);
    const svg = renderMapSvg(model, { mode: 'side-by-side', journey: 'service_tomorrow' }, { forRaster: true });
    for (const scale of [1, 2] as const) {
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
            const cpu = process.cpuUsage();
            await rasterizeSvg(svg, scale);
            const used = process.cpuUsage(cpu);
            times.push((used.user + used.system) / 1000);
        }
        const size = /width="(\d+)" height="(\d+)"/.exec(svg);
        console.log(`rasterizer alone (side by side, ${size ? `${Number(size[1]) * scale} × ${Number(size[2]) * scale} px` : ''}, scale ${scale}, SVG of ${fmt(svg.length / 1024, 0)} KB): CPU ${fmt(median(times), 0)} ms`);
    }
}
