/**
 * Command-line benchmark: `journey --version` (loading the bundle) and `journey validate` of a 100-touchpoint map and of
 * the 1,000-touchpoint workspace, as processes, with wall-clock and CPU time (the CPU time from a preload,
 * test/support/cpu-report.cjs). With the code cache the command keeps (a private temporary folder per run of the bench:
 * the first command fills it), and without it. With `--baseline DIR`, DIR's bin/journey.cjs is measured too,
 * interleaved run by run. Prints figures; never fails the process.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../test/support/lsp-session.js';
import { BENCH_TODAY, generateSingleDocument, generateWorkspace } from './generate-map.js';
import type { SuiteOptions } from './language-bench.js';
import { fmt, median } from './statistics.js';

const cpuReport = join(projectRoot, 'test', 'support', 'cpu-report.cjs');

interface Run { wall: number; cpu: number }

function run(bin: string, args: string[], cacheDir: string): Run {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, ['--require', cpuReport, bin, ...args], { encoding: 'utf8', env: { ...process.env, JOURNEY_CACHE_DIR: cacheDir } });
    const wall = performance.now() - t0;
    const cpu = /\{"cpuUs":(\d+)\}/.exec(result.stderr ?? '');
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: exit ${result.status}: ${result.stderr}`);
    return { wall, cpu: cpu ? Number(cpu[1]) / 1000 : NaN };
}

export async function runCliBench(options: SuiteOptions): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'journey-cli-bench-'));
    try {
        const map = join(dir, 'map100.journey');
        writeFileSync(map, generateSingleDocument(100));
        const workspace = join(dir, 'workspace');
        mkdirSync(workspace);
        for (const [name, text] of Object.entries(generateWorkspace(1_000).files)) writeFileSync(join(workspace, name), text);
        const builds = [{ name: 'this build', bin: join(projectRoot, 'bin', 'journey.cjs') }, ...(options.baseline ? [{ name: 'baseline', bin: join(resolve(options.baseline), 'bin', 'journey.cjs') }] : [])];
        const commands: Array<[string, string[]]> = [
            ['journey --version (loading the command)', ['--version']],
            ['journey validate, a map of 100 touchpoints (36 KB)', ['validate', map, '--today', BENCH_TODAY]],
            ['journey validate, the workspace of 1,000 touchpoints (3 files, 344 KB)', ['validate', workspace, '--today', BENCH_TODAY]],
        ];
        const runs = options.quick ? 7 : 15;
        console.log(`\n== cli: the journey command as a process, median of ${runs} runs (load average ${loadavg()[0]!.toFixed(1)}) ==\n`);
        const header = ['command', ...builds.flatMap(b => [`${b.name}: wall ms`, 'cpu ms'])];
        const rows: string[][] = [];
        for (const cache of ['with the code cache', 'without a code cache'] as const) {
            for (const [label, args] of commands) {
                const results = builds.map(() => [] as Run[]);
                for (let r = -1; r < runs; r++) {
                    for (const [i, build] of builds.entries()) {
                        // The cache folder persists across the runs (the warm-up fills it); '' turns the cache off.
                        const cacheDir = cache === 'with the code cache' ? join(dir, `cache-${i}`) : '';
                        const one = run(build.bin, args, cacheDir);
                        if (r >= 0) results[i]!.push(one);
                    }
                }
                rows.push([`${label}, ${cache}`, ...results.flatMap(rs => [fmt(median(rs.map(x => x.wall)), 0), fmt(median(rs.map(x => x.cpu)), 0)])]);
            }
        }
        const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i]!.length)));
        const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
        console.log([line(header), '| ' + widths.map(w => '-'.repeat(w)).join(' | ') + ' |', ...rows.map(line)].join('\n'));
        console.log(`(a baseline without the code cache ignores JOURNEY_CACHE_DIR: its two rows are the same measure; load average at end ${loadavg()[0]!.toFixed(1)})`);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
