/**
 * Editor benchmark in a real VS Code (code-server, the end-to-end host of scripts/vscode-server/, driven by Debian's
 * Chromium through playwright-core): a 1,000-touchpoint map open in the editor with its preview beside it.
 *
 * - keystroke to preview redrawn: one character typed into a touchpoint's title, from the keydown in the workbench to
 *   the first frame in the preview's webview whose drawing shows it (`performance.timeOrigin + now()` in both frames);
 * - echo: six characters typed 120 ms apart, each from its keydown to the first frame after the editor's lines changed,
 *   without and with the preview open (the webview's work shares the workbench's main thread);
 * - the same keystroke measure for VS Code's own Markdown preview, on a Markdown file of the same size.
 *
 * `--baseline DIR` runs everything again with the extension of DIR (built), after this build's.
 * Run with `node out/bench/run.js --only vscode [--quick] [--baseline DIR]`; VSCODE_TEST_DIR picks the code-server
 * install (scripts/vscode-server/install.sh). Prints figures and PASS/MISS; never fails the process.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { projectRoot, sleep } from '../test/support/lsp-session.js';
import { chromiumPath, hasChromium } from '../test/support/chromium.js';
import { generateSingleDocument } from './generate-map.js';
import type { SuiteOptions } from './language-bench.js';
import { fmt, median, p95 } from './statistics.js';

interface CodeServerHelpers {
    findInstall(say?: (message: string) => void): { node: string; entry: string; nodeDir: string };
    freePort(): Promise<number>;
    createProfile(install: unknown, dir: string, settings?: Record<string, unknown>): { env: NodeJS.ProcessEnv };
    startCodeServer(install: unknown, profile: unknown, options: { port: number; folder: string; extraArgs?: string[] }): Promise<{ server: { pid: number }; base: string }>;
    stopCodeServer(server: unknown): Promise<void>;
}

const load = () => loadavg()[0]!.toFixed(1);

/** JOURNEY_BENCH_SCREENSHOTS=DIR: a screenshot after each step, to see what the workbench showed. */
let shots = 0;
async function shot(page: Page, name: string): Promise<void> {
    const dir = process.env.JOURNEY_BENCH_SCREENSHOTS;
    if (dir) await page.screenshot({ path: join(dir, `${String(++shots).padStart(2, '0')}-${name}.png`) }).catch(() => undefined);
}

/** The markers typed: letters that appear nowhere in the generated texts' titles, so the preview's text says when it arrived. */
const KEY = 'Q';

interface Figures {
    name: string;
    keystrokeToPreview: number[];
    missedPreview: number;
    echoWithout: number[];
    echoWith: number[];
    /** A small map (100 touchpoints, drawn whole): echo with its preview open, and keystroke to preview. */
    smallEchoWith: number[];
    smallKeystroke: number[];
    markdownKeystroke?: number[];
    load: string[];
}

/** The Markdown file of about the same size: headings and paragraphs. */
function markdownOfSize(bytes: number): string {
    const parts = ['# Notes', '', 'First paragraph of the notes, where the bench types.', ''];
    let size = parts.join('\n').length;
    for (let i = 1; size < bytes; i++) {
        const chunk = `## Section ${i}\n\nThe customer compares the offers, reads the conditions and asks a question about delivery ${i}. `
            + 'Then the order is placed, paid for and tracked until it arrives; a survey follows a week later.\n\n'
            + `- step one of ${i}\n- step two of ${i}\n\n`;
        parts.push(chunk);
        size += chunk.length;
    }
    return parts.join('\n');
}

/** In the workbench page: keydown times and the frames after the active editor's lines changed. */
function installEchoProbe(): void {
    type Probe = { keys: number[]; paints: number[]; observer?: MutationObserver };
    const w = window as unknown as { __echo?: Probe };
    if (!w.__echo) {
        const probe: Probe = { keys: [], paints: [] };
        w.__echo = probe;
        document.addEventListener('keydown', e => probe.keys.push(performance.timeOrigin + e.timeStamp), true);
    }
    const probe = w.__echo;
    probe.observer?.disconnect();
    const lines = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
    if (!lines) throw new Error('no active editor');
    probe.observer = new MutationObserver(() => requestAnimationFrame(() => probe.paints.push(performance.timeOrigin + performance.now())));
    probe.observer.observe(lines, { subtree: true, childList: true, characterData: true });
}

/** In a webview's content frame: the frames after its drawing changed, with whether the marker text is in it. */
function installPreviewProbe(args: { selector: string; marker: string }): void {
    type Probe = { paints: Array<{ t: number; count: number }>; marker: string; selector: string; observer?: MutationObserver };
    const w = window as unknown as { __preview?: Probe };
    w.__preview?.observer?.disconnect();
    const probe: Probe = { paints: [], marker: args.marker, selector: args.selector };
    w.__preview = probe;
    const count = () => {
        const text = document.querySelector(args.selector)?.textContent ?? '';
        return text.split(probe.marker).length - 1;
    };
    probe.observer = new MutationObserver(() => requestAnimationFrame(() => probe.paints.push({ t: performance.timeOrigin + performance.now(), count: count() })));
    probe.observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

async function findFrame(page: Page, has: string, timeoutMs: number): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        for (const frame of page.frames()) {
            try {
                if (await frame.$(has)) return frame;
            } catch {
                // detached meanwhile
            }
        }
        if (Date.now() > deadline) {
            await shot(page, 'no-frame');
            throw new Error(`no frame with ${has} within ${timeoutMs} ms; frames: ${page.frames().map(f => f.url().slice(0, 120)).join(' | ')}`);
        }
        await sleep(250);
    }
}

async function runCommand(page: Page, title: string): Promise<void> {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(title);
    await sleep(400);
    await page.keyboard.press('Enter');
}

async function openFile(page: Page, name: string, text: string): Promise<void> {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(name);
    await sleep(1_500);
    await shot(page, `quick-open-${name}`);
    await page.keyboard.press('Enter');
    const firstLine = text.split('\n').find(l => l.trim() !== '')!.trim().slice(0, 20);
    await page.waitForFunction(line => document.querySelector('.editor-group-container.active .monaco-editor .view-lines')?.textContent?.replace(/\s+/g, ' ').includes(line), firstLine.replace(/\s+/g, ' '), { timeout: 60_000 });
}

/** Puts the cursor at 1-based line and column with Go to Line (Ctrl+G `line:column`). */
async function goTo(page: Page, line: number, column: number): Promise<void> {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(`${line}:${column}`);
    await sleep(200);
    await page.keyboard.press('Enter');
    await sleep(300);
}

/** Echo of each key typed since `from` (indexes into the probe's key list). */
async function echoes(page: Page, from: number): Promise<number[]> {
    return page.evaluate(start => {
        const probe = (window as unknown as { __echo: { keys: number[]; paints: number[] } }).__echo;
        return probe.keys.slice(start).map(key => {
            const paint = probe.paints.find(p => p >= key);
            return paint === undefined ? NaN : paint - key;
        });
    }, from);
}

const keyCount = (page: Page) => page.evaluate(() => (window as unknown as { __echo: { keys: number[] } }).__echo.keys.length);

/** Six keys 120 ms apart, `bursts` times; returns each key's echo. */
async function typeBursts(page: Page, bursts: number): Promise<number[]> {
    await page.evaluate(installEchoProbe);
    const all: number[] = [];
    for (let b = 0; b < bursts; b++) {
        const from = await keyCount(page);
        for (let k = 0; k < 6; k++) {
            await page.keyboard.press(`Shift+${KEY}`);
            await sleep(120);
        }
        await sleep(1_500);
        all.push(...await echoes(page, from));
    }
    return all;
}

/** How many markers the preview shows now (its probe's selector). */
const markersShown = (frame: Frame) => frame.evaluate(() => {
    const probe = (window as unknown as { __preview: { marker: string; selector: string } }).__preview;
    return (document.querySelector(probe.selector)?.textContent ?? '').split(probe.marker).length - 1;
});

/** Single keys, `count` times, 1.5 s apart; each from its keydown to the first preview frame that shows one more marker. */
async function keystrokesToPreview(page: Page, frame: Frame, count: number): Promise<{ ms: number[]; missed: number }> {
    await page.evaluate(installEchoProbe);
    const ms: number[] = [];
    let missed = 0;
    for (let i = 0; i < count; i++) {
        const shownBefore = await markersShown(frame);
        const from = await keyCount(page);
        await page.keyboard.press(`Shift+${KEY}`);
        const deadline = Date.now() + 10_000;
        let shown: number | undefined;
        while (Date.now() < deadline && shown === undefined) {
            await sleep(100);
            shown = await frame.evaluate(n => (window as unknown as { __preview: { paints: Array<{ t: number; count: number }> } }).__preview.paints.find(p => p.count > n)?.t, shownBefore);
        }
        const key = await page.evaluate(at => (window as unknown as { __echo: { keys: number[] } }).__echo.keys[at], from);
        if (shown === undefined || key === undefined) missed++;
        else ms.push(shown - key);
        await sleep(1_500);
    }
    return { ms, missed };
}

async function measureBuild(name: string, extension: string, helpers: CodeServerHelpers, options: SuiteOptions): Promise<Figures> {
    const figures: Figures = { name, keystrokeToPreview: [], missedPreview: 0, echoWithout: [], echoWith: [], smallEchoWith: [], smallKeystroke: [], load: [] };
    const install = helpers.findInstall(() => undefined);
    const dir = mkdtempSync(join(tmpdir(), 'journey-vscode-bench-'));
    const workspace = join(dir, 'workspace');
    const map = generateSingleDocument(1_000);
    const small = generateSingleDocument(100);
    const markdown = markdownOfSize(Buffer.byteLength(map));
    let server: { pid: number } | undefined;
    let browser: Browser | undefined;
    try {
        // Settings of a plain install, but no minimap (the same for every run) and no auto-save.
        const profile = helpers.createProfile(install, join(dir, 'profile'), { 'editor.minimap.enabled': false, 'files.autoSave': 'off' });
        mkdirSync(workspace, { recursive: true });
        writeFileSync(join(workspace, 'map.journey'), map);
        writeFileSync(join(workspace, 'small.journey'), small);
        writeFileSync(join(workspace, 'notes.md'), markdown);
        const port = await helpers.freePort();
        const started = await helpers.startCodeServer(install, profile, { port, folder: workspace, extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
        server = started.server;
        const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p.split(sep).map(encodeURIComponent).join('/')}`;
        const url = `${started.base}/?${new URLSearchParams({ folder: workspace, payload: JSON.stringify([['extensionDevelopmentPath', remote(extension)], ['skipWelcome', 'true']]) })}`;
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({
            executablePath: chromiumPath, headless: true,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
        });
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        await page.route(u => !['127.0.0.1', 'localhost'].includes(new URL(u).hostname), r => r.abort());
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 0 });
        await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
        await sleep(5_000);
        await shot(page, 'workbench');

        // The map, the cursor just inside the first touchpoint's title.
        await openFile(page, 'map.journey', map);
        const lines = map.split('\n');
        const lineIndex = lines.findIndex(l => /^\s*touchpoint \w+ "/.test(l));
        const touchpoint = /touchpoint (\w+) "/.exec(lines[lineIndex]!)![1]!;
        await goTo(page, lineIndex + 1, lines[lineIndex]!.indexOf('"') + 2);
        await sleep(2_000);

        // Echo without the preview.
        const bursts = options.quick ? 3 : 6;
        figures.echoWithout = await typeBursts(page, bursts);
        figures.load.push(load());

        // The preview beside it.
        await shot(page, 'cursor');
        await runCommand(page, 'Journey: Open Preview to the Side');
        await sleep(3_000);
        await shot(page, 'preview');
        const frame = await findFrame(page, `[data-touchpoint="${touchpoint}"]`, 120_000);
        await sleep(3_000);
        await page.keyboard.press('Control+1'); // back to the editor
        await sleep(500);
        await frame.evaluate(installPreviewProbe, { selector: `[data-touchpoint="${touchpoint}"]`, marker: KEY });
        // JOURNEY_BENCH_TRACE=FILE: a Chromium trace of the bursts with the preview open (where the main thread goes).
        if (process.env.JOURNEY_BENCH_TRACE && browser) await browser.startTracing(page, { path: process.env.JOURNEY_BENCH_TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'] });
        figures.echoWith = await typeBursts(page, bursts);
        if (process.env.JOURNEY_BENCH_TRACE && browser) await browser.stopTracing();
        const single = await keystrokesToPreview(page, frame, options.quick ? 5 : 10);
        figures.keystrokeToPreview = single.ms;
        figures.missedPreview = single.missed;
        figures.load.push(load());

        // The small map: the preview follows the active editor to it, and draws it whole.
        await openFile(page, 'small.journey', small);
        const smallLines = small.split('\n');
        const smallLine = smallLines.findIndex(l => /^\s*touchpoint \w+ "/.test(l));
        const smallTouchpoint = /touchpoint (\w+) "/.exec(smallLines[smallLine]!)![1]!;
        await goTo(page, smallLine + 1, smallLines[smallLine]!.indexOf('"') + 2);
        await sleep(2_000);
        const smallFrame = await findFrame(page, `[data-touchpoint="${smallTouchpoint}"]`, 60_000);
        await shot(page, 'small');
        await smallFrame.evaluate(installPreviewProbe, { selector: `[data-touchpoint="${smallTouchpoint}"]`, marker: KEY });
        figures.smallEchoWith = await typeBursts(page, bursts);
        figures.smallKeystroke = (await keystrokesToPreview(page, smallFrame, options.quick ? 5 : 10)).ms;
        figures.load.push(load());

        // VS Code's own Markdown preview on a file of the same size (the first paragraph).
        try {
            await openFile(page, 'notes.md', markdown);
            await goTo(page, 3, 1);
            await runCommand(page, 'Markdown: Open Preview to the Side');
            const mdFrame = await findFrame(page, '[data-line="2"]', 120_000);
            await sleep(3_000);
            await page.keyboard.press('Control+1');
            await sleep(500);
            await mdFrame.evaluate(installPreviewProbe, { selector: '[data-line="2"]', marker: KEY });
            const md = await keystrokesToPreview(page, mdFrame, options.quick ? 3 : 6);
            figures.markdownKeystroke = md.ms;
        } catch (error) {
            console.log(`vscode: the Markdown preview was not measured: ${(error as Error).message}`);
        }
        figures.load.push(load());
    } finally {
        await browser?.close().catch(() => undefined);
        if (server) await helpers.stopCodeServer(server);
        rmSync(dir, { recursive: true, force: true });
    }
    return figures;
}

export async function runVscodeBench(options: SuiteOptions): Promise<void> {
    console.log('\n== vscode: a 1,000-touchpoint map in a real VS Code (code-server + headless Chromium), typing with the preview open ==');
    if (!hasChromium()) {
        console.log(`vscode: skipped, no Chromium at ${chromiumPath}`);
        return;
    }
    const helpers = await import(pathToFileURL(join(projectRoot, 'scripts', 'vscode-server', 'code-server.mjs')).href) as CodeServerHelpers;
    try {
        helpers.findInstall(() => undefined);
    } catch (error) {
        console.log(`vscode: skipped, no code-server install (${(error as Error).message}); set VSCODE_TEST_DIR or run scripts/vscode-server/install.sh`);
        return;
    }
    console.log(`load average at start: ${load()}`);
    const builds = [{ name: 'this build', dir: resolve(projectRoot) }, ...(options.baseline ? [{ name: 'baseline', dir: resolve(options.baseline) }] : [])];
    const results: Figures[] = [];
    for (const build of builds) {
        try {
            results.push(await measureBuild(build.name, build.dir, helpers, options));
        } catch (error) {
            console.log(`vscode: ${build.name} could not be measured: ${(error as Error).stack ?? error}`);
        }
    }
    if (results.length === 0) return;
    const row = (label: string, f: (r: Figures) => string) => `| ${label} | ${results.map(f).join(' | ')} |`;
    console.log(`\n| measure | ${results.map(r => r.name).join(' | ')} |`);
    console.log(`| --- | ${results.map(() => '---').join(' | ')} |`);
    console.log(row('keystroke → preview redrawn (one key, 1.5 s apart)', r => `median ${fmt(median(r.keystrokeToPreview), 0)} ms, p95 ${fmt(p95(r.keystrokeToPreview), 0)} ms (${r.keystrokeToPreview.length} keys${r.missedPreview ? `, ${r.missedPreview} never shown` : ''})`));
    console.log(row('echo, 6 keys 120 ms apart, preview closed', r => `median ${fmt(median(r.echoWithout), 1)} ms, p95 ${fmt(p95(r.echoWithout), 1)} ms (${r.echoWithout.length} keys)`));
    console.log(row('echo, 6 keys 120 ms apart, preview open', r => `median ${fmt(median(r.echoWith), 1)} ms, p95 ${fmt(p95(r.echoWith), 1)} ms (${r.echoWith.length} keys)`));
    console.log(row('small map (100 touchpoints, drawn whole): echo with the preview open', r => `median ${fmt(median(r.smallEchoWith), 1)} ms, p95 ${fmt(p95(r.smallEchoWith), 1)} ms (${r.smallEchoWith.length} keys)`));
    console.log(row('small map: keystroke → preview redrawn', r => `median ${fmt(median(r.smallKeystroke), 0)} ms, p95 ${fmt(p95(r.smallKeystroke), 0)} ms`));
    console.log(row("VS Code's Markdown preview, same size: keystroke → preview redrawn", r => r.markdownKeystroke ? `median ${fmt(median(r.markdownKeystroke), 0)} ms (${r.markdownKeystroke.length} keys)` : 'not measured'));
    console.log(row('load average during the parts (1,000 without and with preview, small map, Markdown)', r => r.load.join(', ')));
    const ours = results[0]!;
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
    console.log('\ntargets (this build):');
    console.log(`  ${verdict(median(ours.keystrokeToPreview) < 300)}  keystroke → preview redrawn < 300 ms (median): ${fmt(median(ours.keystrokeToPreview), 0)} ms`);
    if (ours.markdownKeystroke) console.log(`  ${verdict(median(ours.keystrokeToPreview) < median(ours.markdownKeystroke))}  ahead of VS Code's Markdown preview on a file of the same size: ${fmt(median(ours.markdownKeystroke), 0)} ms`);
    console.log(`  ${verdict(p95(ours.echoWith) < 50 && p95(ours.smallEchoWith) < 50)}  echo p95 < 50 ms with the preview open: ${fmt(p95(ours.echoWith), 1)} ms (1,000 touchpoints), ${fmt(p95(ours.smallEchoWith), 1)} ms (small map); preview closed: ${fmt(p95(ours.echoWithout), 1)} ms`);
    console.log(`load average at end: ${load()}`);
}
