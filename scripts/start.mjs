// `npm start`: the product, opened. Builds, checks and exports a copy of the example maps with the
// CLI, then opens VS Code with the extension on that copy: the desktop `code` when it is on the
// PATH, else the offline VS Code (code-server) in the browser, with the packaged extension
// installed. The editor saves as you type, so it gets a copy: trying the product never changes
// the checkout.
//
//   npm start [-- --no-build] [-- --locale nl]
//
// --locale nl: the editor's display language Dutch (the offline editor gets a stand-in language
// pack, see displayLanguage in vscode-server/code-server.mjs; the desktop `code` needs VS Code's
// Dutch language pack installed), and the CLI's steps in Dutch.
//
// Reads PORT (the offline editor's port, default: a free one) and JOURNEY_START_OFFLINE (set: the
// offline editor even when `code` is on the PATH). VSCODE_TEST_DIR: where the offline editor is
// installed (default .vscode-test/).
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachedInstall, createProfile, displayLanguage, findInstall, freePort, installVsix, repoRoot, startCodeServer, stopCodeServer } from './vscode-server/code-server.mjs';

const say = (...args) => console.log('[start]', ...args);
const started = Date.now();
const seconds = since => `${Math.round((Date.now() - since) / 1000)} s`;

/** One failure, one line: what went wrong and what to do. Never a stack trace. */
class StartError extends Error {}

const argv = process.argv.slice(2);
let locale;
for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--locale' && /^(nl|en)([-_]\w+)?$/.test(argv[i + 1] ?? '')) {
        locale = argv[++i];
    } else if (arg !== '--no-build') {
        console.error(`[start] unknown argument ${arg} (usage: npm start [-- --no-build] [-- --locale nl|en])`);
        process.exit(2);
    }
}
const build = !argv.includes('--no-build');
const lang = locale ? ['--lang', locale.slice(0, 2)] : [];
const desktop = !process.env.JOURNEY_START_OFFLINE && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
const firstRun = !desktop && !cachedInstall();

const buildStep = 'build the extension, the language server and the CLI';
const installStep = firstRun ? 'install the offline VS Code (first run only: minutes)' : 'find the offline VS Code';
const steps = [
    ...(build ? [buildStep] : []),
    'copy the example maps out of the checkout',
    'check and export the copy with the CLI',
    ...(desktop ? ['open VS Code'] : [
        'package the extension (.vsix)',
        installStep,
        'install the extension into a fresh profile',
        'start the offline VS Code',
    ]),
];
let stepNumber = 0;
/** Says which step of how many starts, runs it, and says how long it took when that was a while. */
async function step(name, work) {
    const at = Date.now();
    say(`(${++stepNumber}/${steps.length}) ${name}`);
    const result = await work();
    if (Date.now() - at > 2000) say(`    done in ${seconds(at)}`);
    return result;
}
function run(command, args, failure, { quiet = false } = {}) {
    const r = spawnSync(command, args, { cwd: repoRoot, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] });
    if (r.status !== 0) throw new StartError(failure);
}
const journey = (...args) => spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'journey.cjs'), ...args], { stdio: 'inherit' });

try {
    say(desktop
        ? 'Journey Maps: building, then opening VS Code (`code`) with the extension on a copy of the example maps.'
        : firstRun
            ? 'Journey Maps, first run: this downloads and builds an editor, the offline VS Code (code-server, about 810 MB in .vscode-test/), and takes about 5-8 minutes on 2 cores. Later runs reuse it and are ready in about a minute.'
            : 'Journey Maps: building, then starting the offline VS Code (installed in .vscode-test/) with the extension on a copy of the example maps.');

    if (build) await step(buildStep, () => run('npm', ['run', '--silent', 'build'], 'the build failed (see above); fix it or run `npm ci` again, then `npm start`'));

    const copy = await step('copy the example maps out of the checkout', () => {
        const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journey-maps-')), 'examples');
        fs.cpSync(path.join(repoRoot, 'examples'), folder, { recursive: true });
        return folder;
    });
    say(`    your copy: ${copy} (edit it freely; it stays after you stop, the checkout is not touched)`);

    await step('check and export the copy with the CLI', () => {
        say('    journey validate examples');
        journey('validate', copy, ...lang);
        say('    journey export examples --format mermaid --journey bike_today');
        journey('export', copy, '--format', 'mermaid', '--journey', 'bike_today', ...lang);
    });

    if (desktop) {
        await step('open VS Code', () => {
            spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, ...(locale ? [`--locale=${locale}`] : []), copy], { stdio: 'inherit', detached: true }).unref();
        });
        say(`VS Code opens the copy ${copy}. Open bike-future.journey and press Ctrl+K V for the preview.`);
        process.exit(0);
    }

    say('no `code` on the PATH (or JOURNEY_START_OFFLINE is set): the offline VS Code in the browser instead');
    await step('package the extension (.vsix)', () => run('npm', ['run', '--silent', 'package'], 'packaging the extension failed (see above)', { quiet: true }));
    const install = await step(installStep, () => {
        try {
            return findInstall(say, { browser: false });
        } catch (error) {
            throw new StartError(`${error.message}; nothing in the checkout was changed. Fix what it says, then \`npm start\` again`);
        }
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-maps-editor-'));
    const profile = createProfile(install, dir, { 'workbench.startupEditor': 'none', 'workbench.colorTheme': 'Default Light Modern' });
    await step('install the extension into a fresh profile', () => {
        try {
            installVsix(install, profile, path.join(repoRoot, 'journey-maps.vsix'));
        } catch (error) {
            throw new StartError(`installing the extension failed: ${error.message.split('\n')[0]}`);
        }
    });
    const port = Number(process.env.PORT) || await freePort();
    const extraArgs = locale ? displayLanguage(profile, locale) : [];
    const { server, base } = await step('start the offline VS Code', () => startCodeServer(install, profile, { port, folder: copy, extraArgs }).catch(error => {
        throw new StartError(`${error.message}${process.env.PORT ? ` (is port ${port} free? PORT=${process.env.PORT})` : ''}`);
    }));
    say(`ready after ${seconds(started)}.`);
    say(`VS Code with Journey Maps is running: open ${base}/?folder=${encodeURIComponent(copy)} in a browser.`);
    say(`It shows your copy of the examples, ${copy}. Open bike-future.journey and press Ctrl+K V for the preview.`);
    say('Ctrl+C stops the server.');
    const stop = async () => {
        await stopCodeServer(server);
        fs.rmSync(dir, { recursive: true, force: true });
        say(`stopped. Your maps stay in ${copy}.`);
        process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
} catch (error) {
    console.error(`[start] ERROR: ${error instanceof StartError ? error.message : `${error?.message ?? error}`}`);
    process.exit(1);
}
