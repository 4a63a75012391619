// `npm run build`: the parser generated from the grammar, the type check of every host (one tsconfig
// each), the compiled tests and benchmarks in out/, and the bundles in dist/.
// `--if-changed` (what `npm test` runs): nothing when no input changed since the last build and its
// bundles are still there as it wrote them, so that `npm ci && npm test` builds once (`npm ci`
// builds through `prepare`).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'out', '.build-inputs');

/** Everything a build reads; its outputs (generated sources, out/, dist/) are not. */
const inputFolders = ['src', 'test', 'bench', 'scripts', 'media'];
const inputFiles = ['package.json', 'package-lock.json', ...readdirSync(root).filter(name => /^tsconfig.*\.json$/.test(name))];
const outputs = ['dist/extension.cjs', 'dist/server.cjs', 'dist/cli.cjs', 'dist/webview.js', 'dist/preview.css', 'dist/report.js', 'dist/report.css', 'dist/markdown-journey.css', 'out/test/suite/index.js'];

const configs = ['tsconfig.json', 'tsconfig.server.json', 'tsconfig.extension.json', 'tsconfig.webview.json', 'tsconfig.suite.json'];
const steps = [
    ['langium generate', ['--import', './scripts/es2024-polyfills.mjs', 'node_modules/langium-cli/bin/langium.js', 'generate', '--mode=production']],
    ['tsc', ['node_modules/typescript/bin/tsc', '--build', ...configs]],
    ['bundle', ['scripts/bundle.mjs']],
];

function hashOf(files) {
    const hash = createHash('sha256');
    for (const file of files) hash.update(`${file}\0`).update(existsSync(join(root, file)) ? readFileSync(join(root, file)) : '(none)').update('\0');
    return hash.digest('hex');
}

function inputsHash() {
    return hashOf([
        ...inputFiles,
        ...inputFolders.flatMap(folder => readdirSync(join(root, folder), { recursive: true }).map(name => join(folder, String(name)))),
    ].filter(file => !file.startsWith(join('src', 'language', 'generated')) && statSync(join(root, file)).isFile()).sort());
}

/** The bundles as this script wrote them: another script (`npm run package`) may have replaced them since. */
function outputsHash() {
    return hashOf(outputs);
}

const ifChanged = process.argv.includes('--if-changed');
const before = inputsHash();
if (ifChanged && existsSync(stamp) && readFileSync(stamp, 'utf8') === `${before}\n${outputsHash()}` && outputs.every(file => existsSync(join(root, file)))) {
    console.log('build: up to date (no input changed since the last build)');
    process.exit(0);
}
/** Compiled files whose source is gone (moved or deleted): mocha would still run a stale test. */
function pruneCompiled() {
    for (const folder of ['src', 'test', 'bench']) {
        const compiled = join(root, 'out', folder);
        if (!existsSync(compiled)) continue;
        for (const name of readdirSync(compiled, { recursive: true }).map(String)) {
            const match = /^(.*)\.js(\.map)?$/.exec(name);
            if (!match) continue;
            const source = join(root, folder, match[1]);
            if (!['.ts', '.tsx'].some(extension => existsSync(source + extension))) rmSync(join(compiled, name));
        }
    }
}

pruneCompiled();
for (const [name, args] of steps) {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
        console.error(`build: ${name} failed (${relative(root, join(root, args[0]))})`);
        process.exit(result.status ?? 1);
    }
}
writeFileSync(stamp, `${before}\n${outputsHash()}`);
