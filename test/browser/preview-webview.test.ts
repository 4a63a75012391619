/**
 * The preview's webview page as the extension serves it, in headless Chromium: the HTML from
 * `previewHtml` (Content-Security-Policy and nonce), the built dist/webview.js and
 * dist/preview.css, served by a local HTTP server whose origin stands in for
 * `webview.cspSource`. `acquireVsCodeApi` is a stub that records what the page posts; the test
 * plays the extension's part by posting `update` messages with models built as the language
 * server builds them. Hostile text must show as text, run nothing and break no policy.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import type { Browser, Page } from 'playwright-core';
import { previewHtml } from '../../src/extension/preview/preview-html.js';
import { buildDocumentMapModel } from '../../src/language/build-model.js';
import type { FromWebviewMessage, PreviewState, ToWebviewMessage } from '../../src/protocol/preview-protocol.js';
import { parseFromWebviewMessage } from '../../src/extension/preview/webview-messages.js';
import type { DocumentMapModel } from '../../src/protocol/lsp-protocol.js';
import { buildDocumentSet } from '../../src/workspace/document-set.js';
import { sharedFolder, today } from '../unit/helpers.js';
import { bigModel, fieldChecks, fieldFiles, hostileFiles, payload, payloadSource, readTexts } from './fixtures.js';
import { chromiumPath, hasChromium, launchChromium } from '../support/chromium.js';
import { contrastReport } from './contrast.js';
import { themeCss, vscodeThemes, type VsCodeTheme } from './vscode-themes.js';
import { forbiddenCharacter } from '../support/xml.js';
import { renderMapHtml } from '../../src/renderer/index.js';
import { dutch, english, type DrawingLabels } from '../../src/renderer/labels.js';
import { previewDutch, previewEnglish, type PreviewWords } from '../../src/webview/words.js';
import { viewModes } from '../../src/model/vocabulary.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = join(root, 'dist');
const screenshots = join(root, 'test-artifacts', 'browser');
const dutchBundle = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.nl.json'), 'utf8')) as Record<string, string>;

/**
 * The example folders with a comparison, and the future map of each: the project's own (version 1,
 * and version 2 in examples/reiskompas, a copy of ../shared/examples-v2) and the shared version 1
 * ones beside the checkout or in JOURNEY_SHARED_DIR (left out when absent).
 */
const comparisonSets: Array<{ name: string; dir: string; future: string }> = [
    { name: 'bike', dir: join(root, 'examples'), future: 'bike-future.journey' },
    { name: 'laptop', dir: fileURLToPath(sharedFolder('examples')), future: 'laptop-future.journey' },
    { name: 'reiskompas', dir: join(root, 'examples', 'reiskompas'), future: 'reiskompas-straks.journey' },
].filter(set => existsSync(set.dir));

/** The version 2 maps that are drawn alone: a curve per persona, a day in the life, a service blueprint. */
const singleSets: Array<{ name: string; dir: string; file: string }> = [
    { name: 'reiskompas-now', dir: join(root, 'examples', 'reiskompas'), file: 'reiskompas-nu.journey' },
    { name: 'dominique-day', dir: join(root, 'examples', 'reiskompas'), file: 'dominique-dag.journey' },
    { name: 'keukenhuis-blueprint', dir: join(root, 'examples', 'keukenhuis'), file: 'keukenhuis-blauwdruk.journey' },
].filter(set => existsSync(set.dir));

function readMaps(dir: string): Record<string, string> {
    return Object.fromEntries(readdirSync(dir).filter(f => f.endsWith('.journey')).map(f => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** The map model the language server answers `journey/mapModel` with, for the file `name` of `files`. */
async function serverModel(files: Record<string, string>, name: string, version = 1): Promise<DocumentMapModel> {
    const sources = Object.entries(files).map(([file, text]) => ({ uri: URI.parse(`file:///workspace/${file}`), text }));
    const { documents } = await buildDocumentSet(sources, { today });
    const document = documents.find(d => d.uri.path.endsWith(`/${name}`))!;
    // Through JSON, as the language server's answer and postMessage carry it.
    return JSON.parse(JSON.stringify({ ...buildDocumentMapModel(document, documents), uri: document.uri.toString(), documentVersion: version })) as DocumentMapModel;
}

interface Recorded {
    posted: FromWebviewMessage[];
    violations: string[];
    state: PreviewState | undefined;
    pwned: unknown;
}

describe('the preview webview in a browser (the page the extension serves)', function () {
    this.timeout(120000);
    let browser: Browser | undefined;
    let server: Server;
    let origin: string;
    let html: string;
    /** The same page as the extension serves it when VS Code's display language is Dutch. */
    let htmlDutch: string;
    const served: string[] = [];
    let hostile: DocumentMapModel;
    let fields: DocumentMapModel;

    before(async function () {
        if (!hasChromium()) {
            console.log(`    (skipped: no Chromium at ${chromiumPath})`);
            this.skip();
        }
        for (const file of ['webview.js', 'preview.css']) {
            assert.ok(existsSync(join(dist, file)), `dist/${file} is missing: run npm run build first`);
        }
        server = createServer((request, response) => {
            served.push(request.url ?? '');
            const files: Record<string, [string, string]> = {
                '/ext/dist/webview.js': [join(dist, 'webview.js'), 'text/javascript'],
                '/ext/dist/preview.css': [join(dist, 'preview.css'), 'text/css'],
            };
            if (request.url === '/' || request.url === '/nl') {
                response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(request.url === '/nl' ? htmlDutch : html);
            } else if (request.url && files[request.url]) {
                const [path, type] = files[request.url];
                response.writeHead(200, { 'content-type': type }).end(readFileSync(path));
            } else {
                response.writeHead(404).end();
            }
        });
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        // The extension's own page builder, with this server's origin as the webview's resource origin.
        const webview = { cspSource: origin, asWebviewUri: (uri: { path: string }) => ({ toString: () => `${origin}${uri.path}` }) };
        const joinPath = (base: { path: string }, ...parts: string[]) => ({ path: [base.path, ...parts].join('/') });
        html = previewHtml(webview as never, { path: '/ext' } as never, joinPath as never, (text: string) => text);
        // VS Code in Dutch: vscode.l10n.t answers from the Dutch bundle, and the page is `<html lang="nl">`.
        htmlDutch = previewHtml(webview as never, { path: '/ext' } as never, joinPath as never, (text: string) => dutchBundle[text] ?? text, 'nl');
        browser = await launchChromium();
        hostile = await serverModel(hostileFiles(), 'hostile.journey');
        fields = await serverModel(fieldFiles(), 'fields.journey');
    });

    after(async () => {
        await browser?.close();
        await new Promise(resolve => server?.close(resolve));
    });

    interface Opened {
        page: Page;
        errors: string[];
        /** Requests the page tried outside the server's origin (all refused). */
        outside: string[];
        recorded(): Promise<Recorded>;
        post(message: ToWebviewMessage): Promise<void>;
        /** The first message from index `from` on that matches. */
        waitForPosted(what: string, match: (m: FromWebviewMessage) => boolean, from?: number): Promise<FromWebviewMessage>;
    }

    /** Opens the served page with VS Code's webview API stubbed and a CSP violation listener, both before any page script. */
    async function open(path = '/'): Promise<Opened> {
        const page = await browser!.newPage({ viewport: { width: 1600, height: 1000 } });
        const errors: string[] = [];
        const outside: string[] = [];
        page.on('pageerror', e => errors.push(String(e)));
        page.on('console', m => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
        page.on('dialog', d => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
        await page.route('**/*', route => {
            const url = route.request().url();
            if (url.startsWith(`${origin}/`)) return route.continue();
            outside.push(url);
            return route.abort();
        });
        await page.addInitScript(() => {
            const w = window as unknown as { __posted: unknown[]; __violations: string[]; __state: unknown; acquireVsCodeApi: () => unknown };
            w.__posted = [];
            w.__violations = [];
            document.addEventListener('securitypolicyviolation', e => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
            let acquired = false;
            w.acquireVsCodeApi = () => {
                if (acquired) throw new Error('acquireVsCodeApi may be called only once');
                acquired = true;
                return {
                    postMessage: (message: unknown) => { w.__posted.push(JSON.parse(JSON.stringify(message))); },
                    getState: () => w.__state,
                    setState: (state: unknown) => { w.__state = JSON.parse(JSON.stringify(state)); },
                };
            };
        });
        await page.goto(`${origin}${path}`);
        const recorded = () => page.evaluate(() => {
            const w = window as unknown as { __posted: FromWebviewMessage[]; __violations: string[]; __state: PreviewState | undefined; __pwned: unknown };
            return { posted: w.__posted, violations: w.__violations, state: w.__state, pwned: w.__pwned };
        });
        const waitForPosted = async (what: string, match: (m: FromWebviewMessage) => boolean, from = 0) => {
            const deadline = Date.now() + 15000;
            for (;;) {
                const found = (await recorded()).posted.slice(from).find(match);
                if (found) return found;
                if (Date.now() > deadline) throw new Error(`the webview did not post ${what}: ${JSON.stringify((await recorded()).posted)}`);
                await page.waitForTimeout(25);
            }
        };
        await waitForPosted('ready', m => m.type === 'ready');
        // In VS Code the host posts into the page; here the test does, with the same message shapes.
        // Sent as JSON text: Playwright's own serialization of a big model takes seconds.
        const post = (message: ToWebviewMessage) => page.evaluate(json => window.postMessage(JSON.parse(json), '*'), JSON.stringify(message));
        return { page, errors, outside, recorded, post, waitForPosted };
    }

    const state = (model: DocumentMapModel, mode: PreviewState['mode'] = 'side-by-side'): PreviewState => ({ uri: model.uri, mode, zoom: 1, locked: false });

    /** Posts an update and waits until the page reports it drew that version. */
    async function show(opened: Opened, model: DocumentMapModel, mode: PreviewState['mode'] = 'side-by-side'): Promise<Extract<FromWebviewMessage, { type: 'rendered' }>> {
        const before = (await opened.recorded()).posted.length;
        await opened.post({ type: 'update', modelJson: JSON.stringify(model), state: state(model, mode) });
        return await opened.waitForPosted(`rendered ${model.uri}@${model.documentVersion}`, m => m.type === 'rendered' && m.uri === model.uri && m.version === model.documentVersion, before) as Extract<FromWebviewMessage, { type: 'rendered' }>;
    }

    /** Nothing ran, nothing broke the policy, nothing left the origin, and every posted message is one the extension accepts. */
    async function assertClean(opened: Opened, context: string): Promise<void> {
        await opened.page.waitForTimeout(150); // an image error handler would fire by now
        const { posted, violations, pwned } = await opened.recorded();
        assert.equal(pwned, undefined, `${context}: a payload ran`);
        assert.deepEqual(violations, [], `${context}: Content-Security-Policy violations`);
        assert.deepEqual(opened.errors, [], `${context}: page errors`);
        assert.deepEqual(opened.outside, [], `${context}: requests outside the webview's origin`);
        assert.equal(await opened.page.locator('#root script, #root img, #root iframe, #root object, #root embed, #root foreignObject, #root i, #root [onerror], #root [onload], #root [onclick]').count(), 0, `${context}: markup from the text`);
        for (const message of posted) assert.deepEqual(parseFromWebviewMessage(message), message, `${context}: the extension accepts ${JSON.stringify(message)}`);
    }

    it('is served with the Content-Security-Policy first in <head>, no unsafe values, and the nonce on every script', async () => {
        // The HTML as served.
        const head = html.slice(html.indexOf('<head>') + '<head>'.length).trimStart();
        const meta = /^<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(head);
        assert.ok(meta, `the policy is the first element of <head>: ${head.slice(0, 80)}`);
        const directives = new Map(meta[1].split(';').map(d => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
        const nonce = /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(directives.get('script-src')?.[0] ?? '')?.[1];
        assert.ok(nonce && nonce.length >= 16, `script-src is a nonce: ${meta[1]}`);
        assert.deepEqual(directives.get('default-src'), [`'none'`]);
        assert.deepEqual(directives.get('script-src'), [`'nonce-${nonce}'`], 'scripts: only with the nonce');
        assert.deepEqual(directives.get('style-src'), [origin], 'styles: only the extension\'s files');
        assert.deepEqual(directives.get('img-src'), [origin, 'data:']);
        assert.deepEqual(directives.get('font-src'), [origin]);
        assert.deepEqual([...directives.keys()].sort(), ['default-src', 'font-src', 'img-src', 'script-src', 'style-src']);
        assert.doesNotMatch(meta[1], /unsafe-|strict-dynamic|\*|https?:\/\/(?!127\.0\.0\.1:)|blob:|filesystem:/, 'no unsafe value or remote source');
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        assert.equal(scripts.length, 1);
        for (const script of scripts) assert.ok(script.includes(`nonce="${nonce}"`), script);
        assert.doesNotMatch(html, /\son[a-z]+=|javascript:/i, 'no inline handlers');

        // The same page as the browser parsed it.
        const opened = await open();
        const parsed = await opened.page.evaluate(() => ({
            first: document.head.firstElementChild?.outerHTML,
            scripts: Array.from(document.scripts).map(s => ({ nonce: s.nonce, src: s.src, inline: s.textContent ?? '' })),
            styled: getComputedStyle(document.body).marginTop,
        }));
        assert.match(parsed.first ?? '', /^<meta http-equiv="Content-Security-Policy"/);
        assert.deepEqual(parsed.scripts, [{ nonce, src: `${origin}/ext/dist/webview.js`, inline: '' }]);
        assert.equal(parsed.styled, '0px', 'dist/preview.css is allowed and applies');
        assert.deepEqual(served.filter(u => u !== '/').sort(), ['/ext/dist/preview.css', '/ext/dist/webview.js']);
        await assertClean(opened, 'empty page');
        await opened.page.close();
    });

    it('draws a hostile map side by side as text: it reports rendered, nothing runs, no policy is broken', async () => {
        const opened = await open();
        const rendered = await show(opened, hostile);
        assert.deepEqual({ journeys: rendered.journeys, touchpoints: rendered.touchpoints, stale: rendered.stale }, { journeys: 2, touchpoints: 3, stale: false });
        await assertClean(opened, 'hostile side by side');
        const page = opened.page;
        assert.deepEqual(await page.$$eval('g.jm-touchpoint', els => [...new Set(els.map(e => e.getAttribute('data-side')))]), ['current', 'future'], 'current and future side by side');
        // Where a field is shown whole, it reads exactly as typed.
        assert.equal(await page.$eval('.jm-journey-head[data-journey="bad"] h1', e => e.firstChild?.textContent), payload);
        assert.deepEqual(await page.$eval('.jm-persona', e => Array.from(e.querySelectorAll('h2, p, li')).map(x => x.textContent)),
            [payload, payload, `“${payload}”`, payload, payload, payload]);
        assert.equal(await page.textContent('.jm-scenario[data-journey="bad"]'), payload);
        assert.equal(await page.textContent('.jm-journey-head[data-journey="bad"] .jm-meta'), `Owner: ${payload}  ·  Reviewed: ${payload}`);
        assert.equal(await page.$eval('g.jm-touchpoint[data-journey="bad"][data-touchpoint="t1"] > title', e => e.textContent),
            [payload, `Channel: ${payload}`, `Emotion: −1 ${payload}`, `Owner: ${payload}`, `${payload}: 5`, `Evidence: ${payload}`].join('\n'));
        assert.deepEqual(await page.$$eval('.jm-toolbar .jm-picker option', os => os.map(o => o.textContent)), [`${payload} (current)`, `${payload} (future)`]);
        await page.close();
    });

    it('text with control characters (\\0, \\b, a terminal colour code, U+FFFF) shows as the exports write it, without them', async () => {
        const opened = await open();
        const model = await serverModel(hostileFiles('A ]]> B \\0\\b\\f\\v \u001b[31mred\u001b[0m \ufffe\uffff\ud800 end'), 'hostile.journey');
        assert.ok(model.journeys[0].title.includes('\u001b'), 'the model sent holds them');
        await show(opened, model);
        await assertClean(opened, 'control characters');
        const shown = await opened.page.evaluate(() => {
            const root = document.getElementById('root')!;
            const labels = Array.from(root.querySelectorAll('[aria-label]')).map(e => e.getAttribute('aria-label'));
            return [root.textContent ?? '', ...labels].join('\n');
        });
        assert.equal(forbiddenCharacter(shown), undefined);
        assert.match(shown, /A \]\]> B +red \uFFFD end/, 'the text around them is kept');
        await opened.page.close();
    });

    it('every text field reads exactly as typed in the header, the drawing and the toolbar', async () => {
        const opened = await open();
        await show(opened, fields);
        await assertClean(opened, 'fields');
        const missing: string[] = [];
        const checks = fieldChecks().filter(c => c.place !== 'standalone');
        for (const check of checks) {
            const texts = await opened.page.evaluate(readTexts, `#root ${check.selector}`);
            if (!texts.some(t => t.includes(check.shown))) missing.push(`${check.what} (${check.selector}): ${JSON.stringify(check.shown)} not in ${JSON.stringify(texts.slice(0, 8))}`);
        }
        assert.deepEqual(missing, []);
        const options = await opened.page.$$eval('.jm-toolbar .jm-picker option', os => os.map(o => o.textContent));
        assert.deepEqual(options, [`<i>jt</i>&lt;"' (current)`, `<i>fj</i>&lt;"' (future)`]);
        console.log(`      (${checks.length} field checks)`);
        await opened.page.close();
    });

    it('overlay and single views of the hostile map, switched from the toolbar, stay clean', async () => {
        const opened = await open();
        const page = opened.page;
        await show(opened, hostile);
        for (const [mode, sides] of [['overlay', 'future'], ['stacked', 'current future'], ['paired', 'current future'], ['single', 'single'], ['side-by-side', 'current future']] as const) {
            const before = (await opened.recorded()).posted.length;
            await page.getByRole('combobox', { name: 'View' }).selectOption(mode);
            await opened.waitForPosted(`setState ${mode}`, m => m.type === 'setState' && m.mode === mode);
            const after = (await opened.recorded()).posted.slice(before);
            assert.ok(after.some(m => m.type === 'rendered'), `${mode}: redrawn`);
            assert.equal((await opened.recorded()).state?.mode, mode, `${mode}: kept in the webview state`);
            assert.equal((await page.$$eval('g.jm-touchpoint:not(.jm-ghost)', els => [...new Set(els.map(e => e.getAttribute('data-side')))])).join(' '), sides, mode);
            assert.equal(await page.getAttribute('#root .jm-map', 'data-mode'), mode);
            const text = await page.evaluate(() => document.getElementById('root')!.textContent ?? '');
            assert.ok(text.includes(payload), `${mode}: the payload is shown as text`);
            await assertClean(opened, mode);
        }
        await page.close();
    });

    it('a text with syntax errors keeps the last good map and says so in the toolbar, the errors (payload included) as text', async () => {
        const opened = await open();
        await show(opened, hostile);
        const brokenText = hostileFiles()['hostile.journey'].replace('    stage s1', `    stage "${payloadSource}" {\n    }\n    stage s1`);
        const broken = await serverModel({ 'hostile.journey': brokenText }, 'hostile.journey', 2);
        const errors = broken.diagnostics.filter(d => d.severity === 'error');
        assert.ok(errors.some(d => d.code === 'syntax-error' && d.message.includes(payloadSource)), 'the parser quotes the payload in its message');
        const rendered = await show(opened, broken);
        assert.equal(rendered.stale, true, 'the webview says it shows an older map');
        await assertClean(opened, 'syntax error');
        const first = errors[0];
        assert.equal(await opened.page.textContent('.jm-toolbar .jm-stale summary'),
            `Not updated: Line ${first.range.start.line + 1}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`, 'the toolbar names the first error');
        // Scrolled away from the top, the notice is still in view: it is part of the toolbar, above the map's scrolling area.
        await opened.page.evaluate(() => document.querySelector('.jm-scroller')!.scrollTo({ top: 10_000, left: 10_000 }));
        const box = await opened.page.locator('.jm-stale summary').boundingBox();
        assert.ok(box && box.y >= 0 && box.y < 200, `the notice stays in view: ${JSON.stringify(box)}`);
        const items = await opened.page.$$eval('.jm-stale li', lis => lis.map(li => li.textContent));
        assert.deepEqual(items, errors.slice(0, 5).map(d => `Line ${d.range.start.line + 1}: ${d.message}`), 'each error reads exactly as the server wrote it');
        assert.ok(items.some(i => i?.includes(payload)), 'the payload itself is in a message');
        assert.equal(await opened.page.locator('.jm-stale li *').count(), 0, 'no markup inside the messages');
        assert.equal(await opened.page.locator('g.jm-touchpoint[data-journey="bad"]').count(), 1, 'the last good map stays');
        // Mended: the notice goes.
        await show(opened, { ...hostile, documentVersion: 3 });
        assert.equal(await opened.page.locator('.jm-stale').count(), 0);
        await assertClean(opened, 'mended');
        await opened.page.close();
    });

    it('a click on a drawn element posts a select with its document and a number line', async () => {
        const opened = await open();
        const page = opened.page;
        await show(opened, hostile);
        const journey = hostile.journeys.find(j => j.id === 'bad')!;
        const touchpoint = journey.stages[0].touchpoints[0];
        const targets: Array<[string, string, number]> = [
            ['touchpoint card', 'g.jm-touchpoint[data-journey="bad"][data-touchpoint="t1"] rect.jm-card', touchpoint.range.start.line],
            ['stage goal', 'g.jm-stage-wide[data-journey="bad"][data-stage="s1"] .jm-stage-goal', journey.stages[0].range.start.line],
            ['action', 'g.jm-action-item[data-journey="bad"] rect', journey.actions[0].range.start.line],
            ['journey header', '.jm-journey-head[data-journey="bad"] h1', journey.range.start.line],
        ];
        for (const [what, selector, line] of targets) {
            const before = (await opened.recorded()).posted.length;
            await page.locator(selector).first().click({ force: true });
            const select = await opened.waitForPosted(`select on ${what}`, m => m.type === 'select', before);
            const all = (await opened.recorded()).posted.slice(before).filter(m => m.type === 'select');
            assert.equal(all.length, 1, `${what}: one select`);
            assert.equal(select.type, 'select');
            if (select.type !== 'select') continue;
            assert.equal(select.uri, hostile.uri, what);
            assert.equal(typeof select.line, 'number', what);
            assert.equal(select.line, line, `${what}: the line where it is written`);
            assert.ok(Number.isInteger(select.line) && select.line >= 0, what);
            assert.deepEqual(parseFromWebviewMessage(select), select, `${what}: the extension accepts the message`);
        }
        await assertClean(opened, 'clicks');
        await page.close();
    });

    it('a 5,000-touchpoint comparison: drawn by viewport, follows the scroll, and brings the cursor\'s touchpoint into view', async () => {
        const opened = await open();
        const { page } = opened;
        const big: DocumentMapModel = { ...bigModel(5000), uri: 'file:///big.journey', documentVersion: 1, diagnostics: [] };
        const started = Date.now();
        const rendered = await show(opened, big);
        const firstDraw = Date.now() - started;
        assert.equal(rendered.touchpoints, 10000);
        const drawn = () => page.$$eval('g.jm-touchpoint', els => els.map(e => Number(e.getAttribute('data-touchpoint')!.slice(1))));
        const first = await drawn();
        assert.ok(first.length > 0 && first.length < 60, `only columns near the viewport are in the DOM: ${first.length}`);
        assert.ok(Math.max(...first) < 30, `the start of the map: ${first.join(' ')}`);
        // Scroll the map to the current map's 2,500th touchpoint: in stage 250, after that stage's 10 current and 10 future columns before it (side by side).
        await page.evaluate(() => {
            const body = document.querySelector('svg.jm-body')!;
            const scroller = document.querySelector('.jm-scroller')!;
            const scale = body.getBoundingClientRect().width / Number(body.getAttribute('width'));
            scroller.scrollLeft += body.getBoundingClientRect().left - scroller.getBoundingClientRect().left + 250 * 20 * 220 * scale;
        });
        const deadline = Date.now() + 5000;
        let scrolled = await drawn();
        while (!scrolled.includes(2500) && Date.now() < deadline) {
            await page.waitForTimeout(50);
            scrolled = await drawn();
        }
        assert.ok(scrolled.includes(2500) && scrolled.length < 60, `after scrolling, the columns there: ${scrolled.join(' ')}`);
        assert.deepEqual(await page.evaluate(() => ['.jm-toolbar', '.jm-journey-head h1'].map(s => document.querySelector(s)!.getBoundingClientRect().left >= 0)), [true, true],
            'the toolbar and the header stay in view while the drawing scrolls sideways');
        // The editor's cursor in a touchpoint far away: it is drawn and scrolled into view.
        const far = big.journeys[0].stages[480].touchpoints[5];
        await opened.post({ type: 'highlight', uri: big.uri, line: far.range.start.line });
        const seen = await page.waitForFunction(id => {
            const el = document.querySelector(`g.jm-touchpoint.jm-highlight[data-touchpoint="${id}"] rect.jm-card`);
            if (!el) return false;
            const r = el.getBoundingClientRect();
            return r.right > 0 && r.left < window.innerWidth;
        }, far.id, { timeout: 5000 }).then(() => true, () => false);
        assert.ok(seen, `${far.id} is highlighted inside the viewport`);
        await assertClean(opened, 'big map');
        console.log(`      (5,000 + 5,000 touchpoints: update to rendered ${firstDraw} ms, ${first.length} touchpoints in the DOM)`);
        await page.close();
    });

    /** Gives the page a VS Code theme's variables and body class, as the webview host does. */
    async function applyTheme(page: Page, theme: VsCodeTheme): Promise<void> {
        // Through the CSSOM: the page's policy allows no inline <style>.
        await page.evaluate(([css, bodyClass]) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(css);
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
            document.body.className = bodyClass;
        }, [themeCss(theme), theme.bodyClass] as const);
    }

    /** The map's scrolling element, scrolled to (x, y); resolves after the page drew what is there. */
    async function scrollMap(page: Page, x: number, y: number): Promise<void> {
        await page.evaluate(([left, top]) => document.querySelector('.jm-scroller')!.scrollTo({ left, top }), [x, y] as const);
        await page.waitForTimeout(120);
    }

    /** Screen rectangles of what the frozen parts and one stage's cards occupy, relative to the scroller. */
    async function onScreen(page: Page, stage: string) {
        return page.evaluate(id => {
            const scroller = document.querySelector('.jm-scroller')!.getBoundingClientRect();
            const visible = (r: DOMRect) => r.right > scroller.left + 1 && r.left < scroller.right - 1 && r.bottom > scroller.top + 1 && r.top < scroller.bottom - 1;
            const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
            const cards = (side: string) => Array.from(document.querySelectorAll(`g.jm-touchpoint[data-stage="${id}"][data-side="${side}"] rect.jm-card`))
                .map(e => e.getBoundingClientRect()).filter(visible).length;
            const labels = rect('svg.jm-frozen-left')!;
            const headers = rect('svg.jm-frozen-top')!;
            const name = document.querySelector(`svg.jm-frozen-top g.jm-stage[data-stage="${id}"] .jm-stage-name`)?.getBoundingClientRect();
            return {
                labelsAtLeft: Math.abs(labels.left - scroller.left) < 1, headersAtTop: Math.abs(headers.top - scroller.top) < 1,
                stageNameVisible: name !== undefined && visible(name), current: cards('current'), future: cards('future'),
                scrollbar: (document.querySelector('.jm-scroller') as HTMLElement).scrollWidth > (document.querySelector('.jm-scroller') as HTMLElement).clientWidth
                    && scroller.bottom <= innerHeight + 1,
            };
        }, stage);
    }

    it('a comparison in a half-width panel: a stage\'s before and after on one screen, labels and stage names frozen while it scrolls (screenshots in three themes)', async () => {
        mkdirSync(screenshots, { recursive: true });
        for (const set of comparisonSets) {
            const model = await serverModel(readMaps(set.dir), set.future);
            const comparison = model.comparisons[0];
            assert.ok(comparison, `${set.name}: a comparison`);
            const opened = await open();
            await opened.page.setViewportSize({ width: 780, height: 900 });
            await show(opened, model, 'paired');
            const stages = comparison.stages.filter(s => s.status === 'matched');
            // A matched stage near the middle of the map: scrolled to sideways and down to its pains.
            const target = stages[Math.floor(stages.length / 2)];
            const x = await opened.page.evaluate(id => {
                const slot = document.querySelector(`svg.jm-frozen-top g.jm-stage[data-stage="${id}"] rect.jm-stage-box`)!;
                const scroller = document.querySelector('.jm-scroller')!;
                return slot.getBoundingClientRect().left - scroller.getBoundingClientRect().left + scroller.scrollLeft - 140;
            }, target.id);
            const y = await opened.page.evaluate(() => {
                const lane = document.querySelector('svg.jm-frozen-left [data-lane-label="feels"][data-side="current"]')!;
                const scroller = document.querySelector('.jm-scroller')!;
                return lane.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - 300;
            });
            for (const theme of vscodeThemes) {
                await applyTheme(opened.page, theme);
                await scrollMap(opened.page, 0, 0);
                const first = await onScreen(opened.page, stages[0].id);
                assert.ok(first.scrollbar, `${set.name}: the sideways scrollbar is at the bottom of the first screen`);
                await opened.page.screenshot({ path: join(screenshots, `preview-${set.name}-half-${theme.name}.png`) });
                await scrollMap(opened.page, x, y);
                const seen = await onScreen(opened.page, target.id);
                assert.deepEqual({ labels: seen.labelsAtLeft, headers: seen.headersAtTop, name: seen.stageNameVisible }, { labels: true, headers: true, name: true },
                    `${set.name} ${theme.name}: lane labels and stage names stay in view after scrolling right and down`);
                await scrollMap(opened.page, x, 0);
                const top = await onScreen(opened.page, target.id);
                assert.ok(top.current > 0 && top.future > 0, `${set.name} ${theme.name}: ${target.id}'s current and future touchpoints on one screen (${JSON.stringify(top)})`);
                await scrollMap(opened.page, x, y);
                await opened.page.screenshot({ path: join(screenshots, `preview-${set.name}-half-scrolled-${theme.name}.png`) });
            }
            await assertClean(opened, set.name);
            await opened.page.close();
        }
    });

    it('a click on a card selects its source without moving the preview; the cursor in a touchpoint out of view brings it in', async () => {
        const set = comparisonSets[0];
        const model = await serverModel(readMaps(set.dir), set.future);
        const opened = await open();
        const { page } = opened;
        await page.setViewportSize({ width: 780, height: 900 });
        await show(opened, model, 'paired');
        await scrollMap(page, 300, 150);
        const position = () => page.evaluate(() => { const s = document.querySelector('.jm-scroller')!; return { left: s.scrollLeft, top: s.scrollTop }; });
        const before = await position();
        // A card in view, clicked: the page asks to select it; the editor's cursor then lands in it (the extension posts that back).
        const point = await page.evaluate(() => {
            const s = document.querySelector('.jm-scroller')!.getBoundingClientRect();
            const cards = Array.from(document.querySelectorAll('g.jm-touchpoint[data-side="future"] rect.jm-card')).map(e => e.getBoundingClientRect());
            const r = cards.find(c => c.left > s.left + 150 && c.right < s.right && c.top > s.top + 120 && c.bottom < s.bottom)!;
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        });
        const from = (await opened.recorded()).posted.length;
        assert.deepEqual(await position(), before);
        await page.mouse.click(point.x, point.y);
        const select = await opened.waitForPosted('select', m => m.type === 'select', from);
        assert.equal(select.type, 'select');
        if (select.type !== 'select') return;
        await opened.post({ type: 'highlight', uri: select.uri, line: select.line });
        await page.waitForSelector('g.jm-touchpoint.jm-highlight');
        await page.waitForTimeout(200);
        assert.deepEqual(await position(), before, 'the preview stays where it was');
        // The cursor in the last touchpoint of the future map, out of view: the preview scrolls to it.
        const far = model.journeys.find(j => j.uri === model.uri)!.stages.at(-1)!.touchpoints.at(-1)!;
        await opened.post({ type: 'highlight', uri: model.uri, line: far.range.start.line });
        await page.waitForFunction(() => {
            const el = document.querySelector('g.jm-touchpoint.jm-highlight[data-side="future"] rect.jm-card');
            const s = document.querySelector('.jm-scroller')!.getBoundingClientRect();
            const r = el?.getBoundingClientRect();
            return r !== undefined && r.left >= s.left + 100 && r.right <= s.right + 1;
        }, undefined, { timeout: 5000 });
        assert.notDeepEqual(await position(), before);
        // Keys scroll the map even before it has the focus.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const at = await position();
        await page.keyboard.press('ArrowLeft');
        await page.waitForTimeout(100);
        assert.equal((await position()).left, Math.max(0, at.left - 48), 'ArrowLeft scrolls sideways');
        await assertClean(opened, 'clicks and highlights');
        await page.close();
    });

    it('"Fit" zooms the map to the panel\'s width', async () => {
        const set = comparisonSets[0];
        const model = await serverModel(readMaps(set.dir), set.future);
        const opened = await open();
        await opened.page.setViewportSize({ width: 780, height: 900 });
        await show(opened, model, 'paired');
        await opened.page.getByRole('button', { name: 'Fit to width' }).click();
        await opened.waitForPosted('setState zoom', m => m.type === 'setState' && m.zoom !== undefined && m.zoom < 1);
        const fits = await opened.page.evaluate(() => {
            const s = document.querySelector('.jm-scroller') as HTMLElement;
            return { scrollWidth: s.scrollWidth, clientWidth: s.clientWidth };
        });
        assert.ok(fits.scrollWidth <= fits.clientWidth + 1, `no sideways scrolling left: ${JSON.stringify(fits)}`);
        await opened.page.close();
    });

    it('every text meets WCAG AA contrast in light, dark and high contrast (axe-core), in every view of the examples\' comparisons', async () => {
        const failures: string[] = [];
        let checked = 0;
        // Each map in each theme and view, on a page big enough for the whole map: every text is on screen and measured.
        const measure = async (name: string, model: DocumentMapModel, modes: readonly PreviewState['mode'][], least: { svg: number; html: number }) => {
            const opened = await open();
            await opened.page.setViewportSize({ width: 7000, height: 3200 });
            for (const theme of vscodeThemes) {
                await applyTheme(opened.page, theme);
                for (const mode of modes) {
                    await show(opened, { ...model, documentVersion: model.documentVersion + checked + 1 }, mode);
                    await opened.page.evaluate(() => document.querySelectorAll('details').forEach(d => { d.open = true; }));
                    const report = await contrastReport(opened.page);
                    checked++;
                    assert.ok(report.svgChecked > least.svg && report.htmlChecked > least.html, `${name} ${theme.name} ${mode}: texts measured (${report.svgChecked} SVG, ${report.htmlChecked} HTML)`);
                    failures.push(...report.problems.map(p => `${name} ${theme.name} ${mode}: ${p}`));
                }
            }
            await opened.page.close();
        };
        for (const set of comparisonSets) {
            await measure(set.name, await serverModel(readMaps(set.dir), set.future), ['side-by-side', 'stacked', 'overlay', 'single', 'paired'], { svg: 100, html: 5 });
        }
        // The version 2 maps drawn alone: a curve per persona with its legend and sources, a day, a blueprint's lanes and lines.
        for (const set of singleSets) await measure(set.name, await serverModel(readMaps(set.dir), set.file), ['single'], { svg: 50, html: 5 });
        if (process.env.JOURNEY_CONTRAST_LOG) (await import('node:fs')).writeFileSync(process.env.JOURNEY_CONTRAST_LOG, failures.join('\n'));
        assert.deepEqual(failures.slice(0, 40), [], `${failures.length} texts below AA`);
        console.log(`      (${checked} pages: three comparisons × three themes × five views, and ${singleSets.length} version 2 maps alone × three themes)`);
    });

    it('the persona filter: the toolbar offers the drawn maps\' personas, shows one alone, keeps it across updates, and all again', async function () {
        const set = comparisonSets.find(s => s.name === 'reiskompas');
        if (!set) this.skip();
        const model = await serverModel(readMaps(set.dir), set.future);
        const opened = await open();
        const { page } = opened;
        await show(opened, model, 'paired');
        const picker = page.getByRole('combobox', { name: 'Persona' });
        assert.deepEqual(await picker.locator('option').allTextContents(), ['All personas', 'Twijfelende Thierry', 'Drukke Dominique']);
        const curves = () => page.$$eval('svg.jm-body path.jm-curve', ps => [...new Set(ps.map(p => p.getAttribute('data-persona') ?? 'one'))]);
        const drawn = () => page.$$eval('g.jm-touchpoint[data-side="future"]', els => els.map(e => e.getAttribute('data-touchpoint')));
        assert.deepEqual(await curves(), ['thierry', 'dominique'], 'a curve per persona');
        assert.equal(await page.locator('.jm-legend-persona').count(), 2);
        const everyone = await drawn();
        let from = (await opened.recorded()).posted.length;
        await picker.selectOption('dominique');
        await opened.waitForPosted('setState persona', m => m.type === 'setState' && m.persona === 'dominique', from);
        await page.waitForSelector('.jm-map[data-persona="dominique"]');
        assert.deepEqual(await curves(), ['one'], 'one persona alone: one curve');
        const future = model.journeys.find(j => j.id === 'reis_straks')!;
        assert.deepEqual(await drawn(), future.stages.flatMap(st => st.touchpoints).filter(t => !t.personas || t.personas.includes('dominique')).map(t => t.id));
        assert.ok((await drawn()).length < everyone.length);
        assert.equal((await opened.recorded()).state?.persona, 'dominique', 'kept in the webview state');
        // An edit (a new version of the same document) keeps the filter.
        await show(opened, { ...model, documentVersion: model.documentVersion + 1 }, 'paired');
        assert.equal(await page.getAttribute('.jm-map', 'data-persona'), 'dominique');
        from = (await opened.recorded()).posted.length;
        await picker.selectOption('');
        await opened.waitForPosted('setState every persona', m => m.type === 'setState' && m.persona === '', from);
        await page.waitForSelector('.jm-map:not([data-persona])');
        assert.deepEqual(await drawn(), everyone);
        await assertClean(opened, 'persona filter');
        await page.close();
    });

    it('an evidence link: a click posts openLink for the extension to check, and the page does not navigate', async function () {
        const set = singleSets.find(s => s.name === 'reiskompas-now');
        if (!set) this.skip();
        const model = await serverModel(readMaps(set.dir), set.file);
        const opened = await open();
        const { page } = opened;
        await show(opened, model, 'single');
        const links = await page.$$eval('.jm-sources a', as => as.map(a => ({ href: a.getAttribute('href'), link: a.getAttribute('data-link'), uri: a.getAttribute('data-uri') })));
        const written = model.journeys[0].stages.flatMap(st => st.touchpoints.flatMap(t => t.evidence.flatMap(e => e.link ? [e.link] : [])));
        assert.deepEqual(links.map(l => l.href), [...new Set(written)]);
        assert.ok(links.every(l => l.uri === model.uri), 'each link names the document it is written in');
        const before = page.url();
        for (const link of links) {
            const from = (await opened.recorded()).posted.length;
            await page.locator(`.jm-sources a[data-link="${link.link}"]`).click();
            const posted = await opened.waitForPosted(`openLink ${link.link}`, m => m.type === 'openLink', from);
            assert.deepEqual(posted, { type: 'openLink', uri: model.uri, link: link.link });
            assert.equal(page.url(), before, 'the webview stays on its page');
        }
        // A card shows the numbers of its sources.
        const first = model.journeys[0].stages[0].touchpoints[0];
        // The map says `language nl`: its drawing speaks Dutch.
        assert.match(await page.textContent(`g.jm-touchpoint[data-touchpoint="${first.id}"] .jm-card-details`) ?? '', /^Bron 1$/);
        await assertClean(opened, 'evidence links');
        await page.close();
    });

    it('the version 2 maps as the preview draws them: screenshots in light and dark (a curve per persona, a day, a blueprint, a comparison)', async () => {
        mkdirSync(screenshots, { recursive: true });
        const pages: Array<{ name: string; model: DocumentMapModel; mode: PreviewState['mode'] }> = [];
        for (const set of singleSets) pages.push({ name: set.name, model: await serverModel(readMaps(set.dir), set.file), mode: 'single' });
        const reiskompas = comparisonSets.find(s => s.name === 'reiskompas');
        if (reiskompas) pages.push({ name: 'reiskompas-comparison', model: await serverModel(readMaps(reiskompas.dir), reiskompas.future), mode: 'paired' });
        for (const entry of pages) {
            const opened = await open();
            await opened.page.setViewportSize({ width: 1600, height: 1000 });
            await show(opened, entry.model, entry.mode);
            for (const theme of vscodeThemes.filter(t => t.name !== 'high-contrast')) {
                await applyTheme(opened.page, theme);
                await scrollMap(opened.page, 0, 0);
                await opened.page.screenshot({ path: join(screenshots, `preview-v2-${entry.name}-${theme.name}.png`) });
                // Scrolled down to the feels lane: the frozen labels and stage heads, the curves and their legend's colours.
                const y = await opened.page.evaluate(() => {
                    const lane = document.querySelector('svg.jm-frozen-left [data-lane-label="feels"]')!;
                    const scroller = document.querySelector('.jm-scroller')!;
                    return lane.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - 200;
                });
                await scrollMap(opened.page, 0, y);
                await opened.page.screenshot({ path: join(screenshots, `preview-v2-${entry.name}-scrolled-${theme.name}.png`) });
            }
            await assertClean(opened, entry.name);
            await opened.page.close();
        }
    });

    it('a Dutch map in a Dutch VS Code: the toolbar in Dutch, the drawing in Dutch, numbers and dates as Node writes them (screenshots)', async () => {
        mkdirSync(screenshots, { recursive: true });
        const dutchMaps: Array<{ name: string; model: DocumentMapModel; mode: PreviewState['mode']; width: number }> = [];
        const reiskompas = comparisonSets.find(s => s.name === 'reiskompas');
        if (reiskompas) {
            const model = await serverModel(readMaps(reiskompas.dir), reiskompas.future);
            dutchMaps.push({ name: 'reiskompas-stacked-half', model, mode: 'stacked', width: 780 }, { name: 'reiskompas-side-by-side', model, mode: 'side-by-side', width: 1600 },
                { name: 'reiskompas-overlay', model, mode: 'overlay', width: 1600 });
        }
        for (const set of singleSets) dutchMaps.push({ name: set.name, model: await serverModel(readMaps(set.dir), set.file), mode: 'single', width: 1600 });
        assert.ok(dutchMaps.length > 0, 'the project\'s Dutch examples');
        // Our English words, taken from the English catalogues (the drawing's and the page's), less those Dutch shares.
        const ownWords = (texts: string[]) => new Set(texts.flatMap(text => text.split(/[^\p{L}' ]+/u).map(part => part.trim()).filter(part => (part.match(/\p{L}/gu) ?? []).length >= 3)));
        const catalogueTexts = (labels: DrawingLabels, words: PreviewWords) => [
            ...viewModes.flatMap(mode => [labels.cornerView(mode), ...words.view(mode)]),
            ...(['stage', 'touchpoints', 'does', 'customerActions', 'thinks', 'feels', 'pains', 'opportunities', 'props', 'frontstage', 'backstage', 'support'] as const).map(lane => labels.lane(lane)),
            labels.mapBadge('customer-journey', 'current'), labels.mapBadge('service-blueprint', 'future'), labels.mapBadge('day-in-the-life', 'current'),
            labels.summary({ added: 1, removed: 1, moved: 1, changed: 1, unchanged: 1, meanEmotion: 1, resolved: 1, dropped: 1, newPains: 1, stagesAdded: 1, stagesRemoved: 1 }),
            labels.meanEmotion(1), labels.sourcesHeading, labels.roadmapHeading, labels.cornerTitle, labels.wholeStage, labels.legendPersonasCaption,
            ...(['status', 'action', 'owner', 'due', 'addresses'] as const).map(column => labels.roadmapColumn(column)),
            ...Object.values(words).filter((value): value is string => typeof value === 'string'),
        ];
        const dutchWords = ownWords(catalogueTexts(dutch, previewDutch));
        const englishOnly = [...ownWords(catalogueTexts(english, previewEnglish))].filter(word => !dutchWords.has(word));
        for (const entry of dutchMaps) {
            const opened = await open('/nl');
            const { page } = opened;
            await page.setViewportSize({ width: entry.width, height: 1000 });
            await show(opened, entry.model, entry.mode);
            const shown = await page.evaluate(() => [document.title, document.body.innerText,
                ...Array.from(document.querySelectorAll('[aria-label], [title]')).flatMap(e => [e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? '']),
                ...Array.from(document.querySelectorAll('title, option')).map(e => e.textContent ?? '')].join('\n'));
            const english = englishOnly.filter(word => new RegExp(`(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(shown));
            assert.deepEqual(english, [], `${entry.name}: English words of ours in the Dutch preview`);
            assert.equal(await page.getAttribute('html', 'lang'), 'nl');
            assert.equal(await page.getAttribute('[role="toolbar"]', 'aria-label'), previewDutch.toolbar);
            // Chromium's Intl writes what Node's does: every drawn text with a number or a date, against the export drawn by Node.
            const view = { mode: entry.mode, journey: entry.model.journeys.find(j => j.uri === entry.model.uri)?.id };
            const node = new Set([...renderMapHtml(entry.model, view).matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
                // Compared without white space: lines of a wrapped text are tspans in both.
                .map(match => match[1].replace(/<[^>]+>/g, '').replace(/&#39;/g, '\'').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ''))
                .filter(text => /\d/.test(text)));
            const browserTexts = new Set((await page.$$eval('.jm-map text', texts => texts.map(t => (t.textContent ?? '').replace(/\s+/g, ''))))
                .filter(text => /\d/.test(text)));
            assert.ok(node.size > 5, `${entry.name}: texts with numbers`);
            assert.deepEqual([...browserTexts].filter(text => !node.has(text)), [], `${entry.name}: drawn in the webview but not by Node`);
            assert.deepEqual([...node].filter(text => !browserTexts.has(text)), [], `${entry.name}: drawn by Node but not in the webview`);
            for (const theme of vscodeThemes.filter(t => t.name !== 'high-contrast')) {
                await applyTheme(page, theme);
                await scrollMap(page, 0, 0);
                await page.screenshot({ path: join(screenshots, `preview-nl-${entry.name}-${theme.name}.png`) });
            }
            // Down to the lowest lanes: the longest Dutch lane names ("Ondersteunende processen") in the frozen column.
            await scrollMap(page, 0, 100000);
            await page.screenshot({ path: join(screenshots, `preview-nl-${entry.name}-bottom.png`) });
            await assertClean(opened, entry.name);
            await page.close();
        }
    });

    it('the page of a Dutch VS Code waits and says a file has no journey in Dutch', async () => {
        const opened = await open('/nl');
        assert.equal(await opened.page.textContent('#root'), previewDutch.waiting);
        assert.equal(await opened.page.title(), dutchBundle['Journey Map Preview']);
        const empty = await serverModel({ 'leeg.journey': '// nog leeg\n' }, 'leeg.journey');
        await show(opened, empty);
        assert.equal(await opened.page.textContent('.jm-scroller .jm-empty'), `${previewDutch.noJourneyBefore}${previewDutch.noJourneyExample}${previewDutch.noJourneyAfter}`);
        await assertClean(opened, 'empty Dutch page');
        await opened.page.close();
    });

    it('negative control: the contrast check finds grey text on grey', async () => {
        const opened = await open();
        await show(opened, hostile);
        await opened.page.evaluate(() => {
            const text = document.querySelector('svg.jm-body text')! as SVGTextElement;
            text.style.fill = '#bbbbbb';
            (document.querySelector('.jm-meta') as HTMLElement).style.color = '#c8c8c8';
        });
        const report = await contrastReport(opened.page);
        assert.ok(report.problems.some(p => p.startsWith('SVG ')), `grey SVG text reported: ${report.problems.join('\n')}`);
        assert.ok(report.problems.some(p => p.startsWith('HTML ')), `grey HTML text reported: ${report.problems.join('\n')}`);
        await opened.page.close();
    });

    it('negative control: the harness does see a script without the nonce, an inline handler and a remote image', async () => {
        const opened = await open();
        const page = opened.page;
        await show(opened, hostile);
        await page.evaluate(() => {
            const inline = document.createElement('script');
            inline.textContent = 'window.__pwned = "inline script";';
            document.body.append(inline);
            const wrongNonce = document.createElement('script');
            wrongNonce.setAttribute('nonce', 'not-the-nonce');
            wrongNonce.textContent = 'window.__pwned = "wrong nonce";';
            document.body.append(wrongNonce);
            document.body.insertAdjacentHTML('beforeend', '<img src="/missing.png" onerror="window.__pwned = \'handler\'"><img src="https://example.invalid/x.png">');
        });
        await page.waitForTimeout(300);
        const { violations, pwned } = await opened.recorded();
        assert.equal(pwned, undefined, 'the policy stopped every one');
        assert.ok(violations.filter(v => v.startsWith('script-src-elem')).length >= 2, `inline scripts reported: ${JSON.stringify(violations)}`);
        assert.ok(violations.some(v => v.startsWith('script-src-attr')), `the inline handler reported: ${JSON.stringify(violations)}`);
        assert.ok(violations.some(v => v.startsWith('img-src') && v.includes('example.invalid')), `the remote image reported: ${JSON.stringify(violations)}`);
        assert.deepEqual(opened.outside, [], 'the policy stopped the remote image before any request');
        await page.close();
    });
});
