/**
 * The preview's webview page as the extension serves it, in headless Chromium: the HTML from
 * `previewHtml` (Content-Security-Policy and nonce), the built dist/webview.js and
 * dist/preview.css, served by a local HTTP server whose origin stands in for
 * `webview.cspSource`. `acquireVsCodeApi` is a stub that records what the page posts; the test
 * plays the extension's part by posting `update` messages with models built as the language
 * server builds them. Hostile text must show as text, run nothing and break no policy.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import type { Browser, Page } from 'playwright-core';
import { previewHtml } from '../../src/extension/preview/preview-html.js';
import { buildDocumentMapModel } from '../../src/language/build-model.js';
import { parseFromWebviewMessage, type FromWebviewMessage, type PreviewState, type ToWebviewMessage } from '../../src/protocol/preview-protocol.js';
import type { DocumentMapModel } from '../../src/protocol/lsp-protocol.js';
import { buildDocumentSet } from '../../src/workspace/document-set.js';
import { today } from '../unit/helpers.js';
import { bigModel, fieldChecks, fieldFiles, hostileFiles, payload, payloadSource, readTexts } from './fixtures.js';
import { chromiumPath, hasChromium, launchChromium } from '../support/chromium.js';
import { forbiddenCharacter } from '../support/xml.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = join(root, 'dist');

/** The map model the language server answers `journey/mapModel` with, for the file `name` of `files`. */
async function serverModel(files: Record<string, string>, name: string, version = 1): Promise<DocumentMapModel> {
    const sources = Object.entries(files).map(([file, text]) => ({ uri: URI.parse(`file:///workspace/${file}`), text }));
    const { documents } = await buildDocumentSet(sources, { today });
    const document = documents.find(d => d.uri.path.endsWith(`/${name}`))!;
    // Through JSON, as the language server's answer and postMessage carry it.
    return JSON.parse(JSON.stringify({ ...buildDocumentMapModel(document, documents), uri: document.uri.toString(), version })) as DocumentMapModel;
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
            if (request.url === '/') {
                response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
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
        html = previewHtml(webview as never, { path: '/ext' } as never, joinPath as never);
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
    async function open(): Promise<Opened> {
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
        await page.goto(`${origin}/`);
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
        await opened.post({ type: 'update', model, state: state(model, mode) });
        return await opened.waitForPosted(`rendered ${model.uri}@${model.version}`, m => m.type === 'rendered' && m.uri === model.uri && m.version === model.version, before) as Extract<FromWebviewMessage, { type: 'rendered' }>;
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
        assert.equal(await page.locator('g.jm-panel').count(), 2, 'current and future side by side');
        // Where a field is shown whole, it reads exactly as typed.
        assert.equal(await page.$eval('.jm-journey-head[data-journey="bad"] h1', e => e.firstChild?.textContent), payload);
        assert.deepEqual(await page.$eval('.jm-persona', e => Array.from(e.querySelectorAll('h2, p, li')).map(x => x.textContent)),
            [payload, payload, `“${payload}”`, payload, payload, payload]);
        assert.equal(await page.textContent('.jm-journey-head[data-journey="bad"] .jm-scenario'), payload);
        assert.equal(await page.textContent('.jm-journey-head[data-journey="bad"] .jm-meta'), `Owner: ${payload}  ·  Reviewed: ${payload}`);
        assert.equal(await page.$eval('g.jm-touchpoint[data-journey="bad"][data-touchpoint="t1"] > title', e => e.textContent),
            [payload, `Channel: ${payload}`, `Emotion: −1 ${payload}`, `Owner: ${payload}`, `${payload}: 5`, `Evidence: ${payload}`].join('\n'));
        assert.deepEqual(await page.$$eval('.jm-toolbar option', os => os.map(o => o.textContent)), [`${payload} (current)`, `${payload} (future)`]);
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
        const options = await opened.page.$$eval('.jm-toolbar option', os => os.map(o => o.textContent));
        assert.deepEqual(options, [`<i>jt</i>&lt;"' (current)`, `<i>fj</i>&lt;"' (future)`]);
        console.log(`      (${checks.length} field checks)`);
        await opened.page.close();
    });

    it('overlay and single views of the hostile map, switched from the toolbar, stay clean', async () => {
        const opened = await open();
        const page = opened.page;
        await show(opened, hostile);
        for (const [label, mode, panels] of [['Overlay curves', 'overlay', 1], ['Single map', 'single', 1], ['Side by side', 'side-by-side', 2]] as const) {
            const before = (await opened.recorded()).posted.length;
            await page.getByRole('button', { name: label }).click();
            await opened.waitForPosted(`setState ${mode}`, m => m.type === 'setState' && m.mode === mode);
            const after = (await opened.recorded()).posted.slice(before);
            assert.ok(after.some(m => m.type === 'rendered'), `${mode}: redrawn`);
            assert.equal((await opened.recorded()).state?.mode, mode, `${mode}: kept in the webview state`);
            assert.equal(await page.locator('g.jm-panel').count(), panels, mode);
            assert.equal(await page.getAttribute('#root .jm-map', 'data-mode'), mode);
            const text = await page.evaluate(() => document.getElementById('root')!.textContent ?? '');
            assert.ok(text.includes(payload), `${mode}: the payload is shown as text`);
            await assertClean(opened, mode);
        }
        await page.close();
    });

    it('a text with syntax errors keeps the last good map and shows the errors, payload included, as text', async () => {
        const opened = await open();
        await show(opened, hostile);
        const brokenText = hostileFiles()['hostile.journey'].replace('    stage s1', `    stage "${payloadSource}" {\n    }\n    stage s1`);
        const broken = await serverModel({ 'hostile.journey': brokenText }, 'hostile.journey', 2);
        const errors = broken.diagnostics.filter(d => d.severity === 'error');
        assert.ok(errors.some(d => d.code === 'syntax-error' && d.message.includes(payloadSource)), 'the parser quotes the payload in its message');
        const rendered = await show(opened, broken);
        assert.equal(rendered.stale, true, 'the webview says it shows an older map');
        await assertClean(opened, 'syntax error');
        const items = await opened.page.$$eval('.jm-banner li', lis => lis.map(li => li.textContent));
        assert.deepEqual(items, errors.slice(0, 5).map(d => `Line ${d.range.start.line + 1}: ${d.message}`), 'each error reads exactly as the server wrote it');
        assert.ok(items.some(i => i?.includes(payload)), 'the payload itself is in a message');
        assert.equal(await opened.page.locator('.jm-banner li *').count(), 0, 'no markup inside the messages');
        assert.equal(await opened.page.locator('g.jm-touchpoint[data-journey="bad"]').count(), 1, 'the last good map stays');
        // Mended: the banner goes.
        await show(opened, { ...hostile, version: 3 });
        assert.equal(await opened.page.locator('.jm-banner').count(), 0);
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
            ['stage', 'g.jm-stage[data-journey="bad"][data-stage="s1"] rect.jm-stage-box', journey.stages[0].range.start.line],
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
        const big: DocumentMapModel = { ...bigModel(5000), uri: 'file:///big.journey', version: 1, diagnostics: [] } as DocumentMapModel;
        const started = Date.now();
        const rendered = await show(opened, big);
        const firstDraw = Date.now() - started;
        assert.equal(rendered.touchpoints, 10000);
        const drawn = () => page.$$eval('g.jm-touchpoint', els => els.map(e => Number(e.getAttribute('data-touchpoint')!.slice(1))));
        const first = await drawn();
        assert.ok(first.length > 0 && first.length < 60, `only columns near the viewport are in the DOM: ${first.length}`);
        assert.ok(Math.max(...first) < 30, `the start of the map: ${first.join(' ')}`);
        // Scroll whatever element scrolls the map to the current map's 2,500th column (x = 152 + 2,500 × 220 in the map).
        await page.evaluate(() => {
            const svg = document.querySelector('svg.jm-svg')!;
            let scroller: Element | null = svg.parentElement;
            while (scroller && !(scroller.scrollWidth > scroller.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(scroller).overflowX))) scroller = scroller.parentElement;
            const target = scroller ?? document.scrollingElement!;
            const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
            target.scrollLeft += svg.getBoundingClientRect().left + (152 + 2500 * 220) * scale;
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
