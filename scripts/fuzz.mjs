// `npm run fuzz`: the robustness property tests (test/integration/robustness.property.test.ts) with many
// more inputs than the unit run: every character prefix of every example and 20,000 random edits.
//
//   npm run fuzz                          seed 20261123 (the unit run's), 20,000 runs, all prefixes
//   npm run fuzz -- --runs 5000 --seed 42
//   npm run fuzz -- --seed random         a new seed each time (printed, to replay a failure)
//   npm run fuzz -- --prefixes lines      line prefixes only (all: every character; none: skip)
//
// A failure prints the seed, the shrunk edits and the edited text; run again with the same
// --seed and --runs to replay it. Needs a build (`npm run fuzz` builds first).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const DEFAULT_SEED = 20261123;
const root = fileURLToPath(new URL('..', import.meta.url));
const testFile = 'out/test/integration/robustness.property.test.js';

function usage(message) {
    if (message) console.error(`fuzz: ${message}`);
    console.error('usage: node scripts/fuzz.mjs [--runs N] [--seed N|random] [--prefixes all|lines|none] [--mermaid-runs N]');
    process.exit(2);
}

let values;
try {
    ({ values } = parseArgs({
        options: {
            runs: { type: 'string', default: '20000' },
            seed: { type: 'string', default: String(DEFAULT_SEED) },
            prefixes: { type: 'string', default: 'all' },
            'mermaid-runs': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    }));
} catch (error) {
    usage(error.message);
}
if (values.help) usage();

const whole = (name, raw) => {
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) usage(`--${name} must be a whole number, not '${raw}'`);
    return Number(raw);
};
const runs = whole('runs', values.runs);
// fast-check seeds are 32-bit integers.
const seed = values.seed === 'random' ? Math.floor(Math.random() * 0x7fffffff) : whole('seed', values.seed);
if (!['all', 'lines', 'none'].includes(values.prefixes)) usage(`--prefixes must be all, lines or none, not '${values.prefixes}'`);
const mermaidRuns = values['mermaid-runs'] === undefined ? runs * 4 : whole('mermaid-runs', values['mermaid-runs']);

if (!existsSync(new URL(`../${testFile}`, import.meta.url))) usage(`${testFile} is missing: run npm run build first`);

const env = {
    ...process.env,
    JOURNEY_FUZZ_SEED: String(seed),
    JOURNEY_FUZZ_RUNS: String(runs),
    JOURNEY_FUZZ_MERMAID_RUNS: String(mermaidRuns),
    JOURNEY_FUZZ_REUSE_CHECKS: String(Math.max(8, Math.ceil(runs / 100))),
    JOURNEY_FUZZ_ALL_PREFIXES: values.prefixes === 'all' ? '1' : '0',
    JOURNEY_FUZZ_CHAR_PREFIXES: values.prefixes === 'all' ? '0' : process.env.JOURNEY_FUZZ_CHAR_PREFIXES ?? '5',
};
const mochaArgs = [fileURLToPath(new URL('../node_modules/mocha/bin/mocha.js', import.meta.url)), '--no-config', '--timeout', '0', '--reporter', 'spec'];
if (values.prefixes === 'none') mochaArgs.push('--grep', 'every prefix of every file', '--invert');
mochaArgs.push(testFile);

const replay = `npm run fuzz -- --seed ${seed} --runs ${runs} --prefixes ${values.prefixes}`;
console.log(`fuzz: seed ${seed}, ${runs} random-edit runs, ${mermaidRuns} Mermaid import runs, prefixes: ${values.prefixes}`);
console.log(`fuzz: replay with: ${replay}`);
const started = Date.now();
const child = spawn(process.execPath, mochaArgs, { cwd: root, env, stdio: 'inherit' });
child.on('exit', (code, signal) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const result = code === 0 ? 'passed' : `FAILED (${signal ?? `exit code ${code}`})`;
    console.log(`fuzz: ${result} in ${seconds} s; seed ${seed}, ${runs} runs; replay with: ${replay}`);
    process.exit(code ?? 1);
});
