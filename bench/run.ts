/**
 * Benchmarks: `node out/bench/run.js [--only SUITE[,SUITE]] [--quick] [--baseline DIR]`.
 * `--baseline DIR`: a checkout of another version, built (`npm run build` there), measured beside this one where a
 * suite can (the `lsp` and `cli` suites run its bin/journey.cjs, interleaved with this build's).
 * Prints figures and PASS/MISS per target; always exits 0 (benchmarks are not tests).
 * Re-spawns itself with `--expose-gc` when `global.gc` is missing (heap measurements need it).
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runCliBench } from './cli-bench.js';
import { runLanguageBench, type SuiteOptions } from './language-bench.js';
import { runLayoutBench } from './layout-bench.js';
import { runLspBench } from './lsp-bench.js';
import { runRenderBench } from './render-bench.js';
import { runReportBench } from './report-bench.js';
import { runPngBench } from './png-bench.js';
import { runVscodeBench } from './vscode-bench.js';
import { runWorkspaceBench } from './workspace-bench.js';

/** The suites, in order. Add new benchmark modules here. `optIn`: run only when named with --only. */
const suites: ReadonlyArray<{ name: string; run: (options: SuiteOptions) => Promise<void>; optIn?: boolean }> = [
    { name: 'language', run: runLanguageBench },
    { name: 'lsp', run: runLspBench },
    { name: 'layout', run: runLayoutBench },
    { name: 'render', run: runRenderBench },
    { name: 'report', run: runReportBench },
    { name: 'png', run: runPngBench },
    { name: 'workspace', run: runWorkspaceBench },
    { name: 'cli', run: runCliBench },
    // A real VS Code (code-server and Chromium, a minute or two per build measured).
    { name: 'vscode', run: runVscodeBench, optIn: true },
];

function parseArgs(argv: string[]): { only?: Set<string> } & SuiteOptions {
    let only: Set<string> | undefined;
    let quick = false;
    let baseline: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--quick') quick = true;
        else if (arg === '--baseline') baseline = argv[++i];
        else if (arg.startsWith('--baseline=')) baseline = arg.slice('--baseline='.length);
        else if (arg === '--only' || arg.startsWith('--only=')) {
            const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
            only = new Set((value ?? '').split(',').filter(Boolean));
        } else {
            console.warn(`bench: ignoring unknown argument '${arg}'`);
        }
    }
    return { only, quick, baseline };
}

async function main(): Promise<void> {
    if (typeof (globalThis as { gc?: unknown }).gc !== 'function' && !process.env.JOURNEY_BENCH_CHILD) {
        const child = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
            stdio: 'inherit',
            env: { ...process.env, JOURNEY_BENCH_CHILD: '1' },
        });
        if (child.error) console.error(`bench: could not re-spawn with --expose-gc (${child.error.message}); run node --expose-gc out/bench/run.js`);
        return;
    }
    const { only, quick, baseline } = parseArgs(process.argv.slice(2));
    const unknown = [...(only ?? [])].filter(name => !suites.some(s => s.name === name));
    if (unknown.length > 0) console.warn(`bench: unknown suite(s) ${unknown.join(', ')}; known: ${suites.map(s => s.name).join(', ')}`);
    const load = loadavg().map(l => l.toFixed(2)).join(' ');
    console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${load}${quick ? ', --quick' : ''}${baseline ? `, baseline ${baseline}` : ''}`);
    for (const suite of suites) {
        if (only ? !only.has(suite.name) : suite.optIn) continue;
        try {
            await suite.run({ quick, baseline });
        } catch (error) {
            console.error(`bench: suite '${suite.name}' failed:`, error);
        }
    }
}

await main();
process.exitCode = 0;
