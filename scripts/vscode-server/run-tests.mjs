#!/usr/bin/env node
// Runs a VS Code extension test suite (mocha, `run()` entry) inside a real
// VS Code extension host served by code-server, driven by Debian's Chromium
// through playwright-core. No VS Code / Electron download needed.
//
//   node scripts/vscode-server/run-tests.mjs \
//     --extension <absDir> --tests <abs path of compiled suite index.js> \
//     --workspace <absDir> [--install-vsix <file.vsix>] [--timeout-ms N] [--locale nl]
//
// Install code-server first with scripts/vscode-server/install.sh (run
// automatically when no install is found). See README.md beside this file.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { createProfile, displayLanguage, findInstall as findCachedInstall, freePort, installVsix, startCodeServer, stopCodeServer } from './code-server.mjs';

const tag = '[vscode-server]';
const say = (...a) => console.log(tag, ...a);

// ------------------------------------------------------------------ arguments
function parseArgs(argv) {
    const o = { timeoutMs: 300_000 };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const val = () => {
            const v = argv[++i];
            if (v === undefined) usage(`missing value for ${a}`);
            return v;
        };
        switch (a) {
            case '--extension': o.extension = path.resolve(val()); break;
            case '--tests': o.tests = path.resolve(val()); break;
            case '--workspace': o.workspace = path.resolve(val()); break;
            case '--install-vsix': o.vsix = path.resolve(val()); break;
            case '--timeout-ms': o.timeoutMs = Number(val()); break;
            case '--chromium': o.chromium = val(); break;
            case '--keep-tmp': o.keepTmp = true; break;
            case '--screenshots': o.screenshots = path.resolve(val()); break;
            case '--locale': o.locale = val(); break;
            case '-h': case '--help': usage(); break;
            default: usage(`unknown argument ${a}`);
        }
    }
    if (!o.tests || !o.workspace || (!o.extension && !o.vsix)) usage('--tests, --workspace and --extension (or --install-vsix) are required');
    if (!Number.isFinite(o.timeoutMs) || o.timeoutMs <= 0) usage('--timeout-ms must be a positive number');
    for (const [k, p] of [['--extension', o.extension], ['--tests', o.tests], ['--workspace', o.workspace], ['--install-vsix', o.vsix]]) {
        if (p && !fs.existsSync(p)) usage(`${k}: ${p} does not exist`);
    }
    return o;
}
function usage(msg) {
    if (msg) console.error(`${tag} ${msg}`);
    console.error('usage: node scripts/vscode-server/run-tests.mjs --extension <absDir> --tests <absPath/index.js> --workspace <absDir> [--install-vsix <file.vsix>] [--timeout-ms N] [--chromium /usr/bin/chromium] [--keep-tmp] [--locale nl]');
    process.exit(2);
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

// ---------------------------------------------------------------------- main
const opts = parseArgs(process.argv.slice(2));
let install;
try {
    install = findCachedInstall(say);
} catch (error) {
    console.error(`${tag} ${error.message}`);
    process.exit(1);
}
const requireHere = createRequire(import.meta.url);
let chromium;
try {
    ({ chromium } = requireHere('playwright-core'));
} catch {
    console.error(`${tag} playwright-core is not installed (npm install --save-dev playwright-core)`);
    process.exit(1);
}

const t0 = Date.now();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-server-e2e-'));
const profile = createProfile(install, tmp);
// The suite edits documents; it works on a copy so that nothing it does reaches the real folder.
const workspaceCopy = path.join(tmp, 'workspace', path.basename(opts.workspace));
fs.cpSync(opts.workspace, workspaceCopy, { recursive: true });
opts.workspace = workspaceCopy;
if (opts.screenshots) {
    // The suite asks for a screenshot by logging "[screenshot] NAME" and waits for the file.
    fs.mkdirSync(opts.screenshots, { recursive: true });
    profile.env.JOURNEY_E2E_SCREENSHOTS = opts.screenshots;
}
// The suite asks to read the workbench's page (a notification, the command palette) by logging
// "[read-page] NAME SELECTOR"; the texts of the matching elements are written to NAME.json here.
const exchange = path.join(tmp, 'exchange');
fs.mkdirSync(exchange);
profile.env.JOURNEY_E2E_EXCHANGE = exchange;
if (opts.locale) {
    // VS Code's display language (code-server's --locale); the suite checks it is the one it runs in.
    profile.env.JOURNEY_E2E_LOCALE = opts.locale;
}
const serverLog = profile.log;

let server;
let browser;
let cleaningUp;
async function cleanup() {
    if (cleaningUp) return cleaningUp;
    cleaningUp = (async () => {
        if (browser) { await Promise.race([browser.close().catch(() => {}), sleep(5000)]); }
        await stopCodeServer(server); // the whole process group: code-server, its extension host, ...
        if (!opts.keepTmp) fs.rmSync(tmp, { recursive: true, force: true });
        else say(`kept ${tmp}`);
    })();
    return cleaningUp;
}
function dumpServerLog() {
    try {
        const lines = fs.readFileSync(serverLog, 'utf8').trimEnd().split('\n');
        if (!lines.join('')) return;
        console.error(`${tag} --- last lines of code-server log ---`);
        console.error(lines.slice(-40).join('\n'));
    } catch { /* none */ }
}
let finishing = false;
async function finish(code) {
    if (finishing) return;
    finishing = true;
    clearTimeout(overallTimer);
    await cleanup();
    say(`exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    process.exit(code);
}
const overallTimer = setTimeout(() => {
    if (finishing) return;
    console.error(`${tag} TIMEOUT: the suite did not finish within ${opts.timeoutMs} ms (raise --timeout-ms if it is just slow)`);
    dumpServerLog();
    finish(1);
}, opts.timeoutMs);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => { console.error(`${tag} ${sig}, stopping`); finish(130); });
}
process.on('exit', () => { // last resort, synchronous
    if (server) { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ } }
});

try {
    const port = await freePort();
    let devPath = opts.extension;
    if (opts.vsix) {
        say(`installing ${opts.vsix}`);
        process.stdout.write(installVsix(install, profile, opts.vsix));
        // The installed extension is the one under test; the tests still need an
        // extensionDevelopmentPath, so point it at an empty stub extension.
        devPath = path.join(tmp, 'test-host-extension');
        fs.mkdirSync(devPath);
        fs.writeFileSync(path.join(devPath, 'package.json'), JSON.stringify({
            name: 'e2e-test-host', publisher: 'e2e', version: '0.0.0', engines: { vscode: '*' },
        }));
    }
    let started;
    try {
        const language = opts.locale ? displayLanguage(profile, opts.locale) : [];
        started = await startCodeServer(install, profile, { port, folder: opts.workspace, extraArgs: ['--vscode-option', 'enable-smoke-test-driver', ...language] });
    } catch (error) {
        dumpServerLog();
        throw error;
    }
    server = started.server;
    server.on('exit', (c, s) => { if (!cleaningUp) console.error(`${tag} code-server exited early (${c ?? s})`); });
    const base = started.base;
    say(`code-server up on ${base} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const remote = p => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
    const payload = [
        ['extensionDevelopmentPath', remote(devPath)],
        ['extensionTestsPath', remote(opts.tests)],
        ['skipWelcome', 'true'],
    ];
    const url = `${base}/?${new URLSearchParams({ folder: opts.workspace, payload: JSON.stringify(payload) })}`;

    browser = await chromium.launch({
        executablePath: opts.chromium || process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        headless: true,
        handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    let resolveExit;
    const exited = new Promise(r => { resolveExit = r; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
        // The workbench forwards console calls as (type, [format, ...args]).
        const list = Array.isArray(args) ? args : [args];
        const text = util.format(...list).replace(/%c/g, '');
        const shot = opts.screenshots && /^\[screenshot\] ([\w-]+)$/.exec(text.trim());
        // "[scroll-preview] STAGE LANE": scroll the journey preview (inside its webview frames) so that
        // the stage is at the left edge beside the lane labels and the lane's current row under the stage headers.
        const scroll = /^\[scroll-preview\] ([\w-]+) ([\w-]+)$/.exec(text.trim());
        if (scroll) {
            for (const frame of page.frames()) {
                void frame.evaluate(([stage, lane]) => {
                    const scroller = document.querySelector('.jm-scroller');
                    const head = document.querySelector(`svg.jm-frozen-top g.jm-stage[data-stage="${stage}"] rect.jm-stage-box`);
                    const row = document.querySelector(`svg.jm-frozen-left [data-lane-label="${lane}"]`);
                    const labels = document.querySelector('svg.jm-frozen-left');
                    const headers = document.querySelector('svg.jm-frozen-top');
                    if (!scroller || !head || !row || !labels || !headers) return;
                    const box = scroller.getBoundingClientRect();
                    scroller.scrollTo({
                        left: head.getBoundingClientRect().left - box.left + scroller.scrollLeft - labels.getBoundingClientRect().width - 8,
                        top: row.getBoundingClientRect().top - box.top + scroller.scrollTop - headers.getBoundingClientRect().height,
                    });
                }, [scroll[1], scroll[2]]).catch(() => { /* a frame without the preview */ });
            }
        }
        // "[click-preview] LABEL": a real click on the journey preview's button of that name (inside its
        // webview frames), for what a page may do only on a user's click (the clipboard).
        const click = /^\[click-preview\] (.+)$/.exec(text.trim());
        if (click) {
            for (const frame of page.frames()) {
                void frame.getByRole('button', { name: click[1] }).click({ timeout: 3000 }).catch(() => { /* a frame without the preview */ });
            }
        }
        const read = /^\[read-page\] ([\w-]+) (.+)$/.exec(text.trim());
        if (read) {
            const file = path.join(exchange, `${read[1]}.json`);
            void page.$$eval(read[2], elements => elements.map(element => (element.textContent ?? '').trim()))
                .then(texts => { fs.writeFileSync(`${file}.tmp`, JSON.stringify(texts)); fs.renameSync(`${file}.tmp`, file); })
                .catch(e => console.error(`${tag} reading the page failed: ${e.message}`));
        }
        // "[widen-sidebar] PX": the side bar's sash dragged to PX from the left edge (VS Code has no command for its width).
        const widen = /^\[widen-sidebar\] (\d+)$/.exec(text.trim());
        if (widen) {
            void (async () => {
                const sidebar = await page.$('.part.sidebar');
                const box = sidebar && await sidebar.boundingBox();
                if (!box) return;
                const x = box.x + box.width, y = box.y + box.height / 2;
                await page.mouse.move(x + 1, y);
                await sleep(400); // the sash takes the pointer after a moment
                await page.mouse.down();
                await page.mouse.move(Number(widen[1]), y, { steps: 8 });
                await page.mouse.up();
                await page.mouse.move(Number(widen[1]) + 400, y); // off the sash, which stays lit while hovered
            })().catch(e => console.error(`${tag} widen-sidebar failed: ${e.message}`));
        }
        // "[scroll-into-view] SELECTOR": the first element that matches, in whichever frame has one, scrolled into view.
        const into = /^\[scroll-into-view\] (.+)$/.exec(text.trim());
        if (into) {
            for (const frame of page.frames()) {
                void frame.evaluate(selector => document.querySelector(selector)?.scrollIntoView({ block: 'center' }), into[1]).catch(() => { /* a frame without it */ });
            }
        }
        // "[probe] NAME SELECTOR": what the page's frames (webviews included) hold for the selector, written to
        // NAME.json beside the screenshots: the suite checks the DOM of a webview it cannot reach from the extension host.
        const probe = opts.screenshots && /^\[probe\] ([\w-]+) (.+)$/.exec(text.trim());
        if (probe) {
            const file = path.join(opts.screenshots, `${probe[1]}.json`);
            void Promise.all(page.frames().map(frame => frame.evaluate(selector => [...document.querySelectorAll(selector)]
                .map(element => ({ tag: element.tagName.toLowerCase(), text: (element.textContent ?? '').trim().slice(0, 500) })), probe[2]).catch(() => [])))
                .then(found => {
                    fs.writeFileSync(`${file}.tmp`, JSON.stringify(found.flat()));
                    fs.renameSync(`${file}.tmp`, file);
                }, e => console.error(`${tag} probe failed: ${e.message}`));
        }
        if (shot) {
            const file = path.join(opts.screenshots, `${shot[1]}.png`);
            void page.screenshot({ path: `${file}.tmp.png` }).then(() => fs.renameSync(`${file}.tmp.png`, file), e => console.error(`${tag} screenshot failed: ${e.message}`));
        }
        (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(text + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (code) => { resolveExit(Number(code) || 0); });
    if (process.env.VSCODE_SERVER_E2E_VERBOSE) {
        page.on('console', m => console.error(`${tag} [page ${m.type()}] ${m.text()}`));
    }
    page.on('pageerror', e => console.error(`${tag} [page error] ${e.message}`));
    page.on('crash', () => { console.error(`${tag} page crashed`); resolveExit(1); });
    // Stay on the loopback: abort anything else the workbench might try.
    await page.route(u => { const h = new URL(u).hostname; return h !== '127.0.0.1' && h !== 'localhost'; }, r => r.abort());

    say(`opening workbench, tests: ${opts.tests}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 0 });

    const code = await exited;
    if (finishing) await new Promise(() => {}); // timed out or interrupted meanwhile
    say(`suite exit code ${code}`);
    await finish(code);
} catch (e) {
    if (finishing) await new Promise(() => {}); // already stopping (timeout, signal)
    console.error(`${tag} ERROR: ${e && e.stack || e}`);
    await finish(1);
}
