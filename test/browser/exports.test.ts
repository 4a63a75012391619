/**
 * The HTML and SVG exports opened in headless Chromium: what is drawn (queried by data
 * attributes), that hostile text stays text, DOM rendering of big maps, and screenshots of the
 * examples in a light and a dark theme (test-artifacts/browser/*.png, not tracked).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { modelOf } from '../unit/helpers.js';
import { bigModel, fieldChecks, fieldFiles, hostileFiles, payload, readTexts, type FieldPlace } from './fixtures.js';
import { renderMapHtml, renderMapSvg, webviewThemeCss, type ViewOptions } from '../../src/renderer/index.js';
import type { MapModel } from '../../src/model/map-model.js';
import { chromiumPath, hasChromium, launchChromium } from '../support/chromium.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const screenshots = join(root, 'test-artifacts', 'browser');

/** VS Code's Dark Modern colours, as the webview would define them. */
const vscodeDark = `body.vscode-dark {
  --vscode-editor-background: #1f1f1f; --vscode-editor-foreground: #cccccc; --vscode-descriptionForeground: #9d9d9d;
  --vscode-editorWidget-border: #454545; --vscode-charts-blue: #3794ff; --vscode-charts-green: #89d185;
  --vscode-charts-red: #f14c4c; --vscode-charts-orange: #d18616; --vscode-charts-yellow: #cca700;
  --vscode-charts-purple: #b180d7; --vscode-focusBorder: #0078d4; background: #1f1f1f;
}`;

function examples(): Record<string, string> {
    const dir = join(root, 'examples');
    return Object.fromEntries(readdirSync(dir).filter(f => f.endsWith('.journey')).map(f => [f, readFileSync(join(dir, f), 'utf8')]));
}


/** Puts the page in VS Code's Dark Modern colours, as the webview would be. */
async function applyDarkTheme(page: Page): Promise<void> {
    await page.evaluate(([theme, dark]) => {
        const style = document.createElement('style');
        style.textContent = `${theme}\n${dark}`;
        document.head.append(style);
        document.body.classList.add('vscode-dark');
    }, [webviewThemeCss, vscodeDark]);
}

describe('exports in a browser', function () {
    this.timeout(120000);
    let browser: Browser | undefined;
    let dir: string;
    let model: MapModel;

    before(async function () {
        if (!hasChromium()) {
            console.log(`    (skipped: no Chromium at ${chromiumPath})`);
            this.skip();
        }
        browser = await launchChromium();
        dir = mkdtempSync(join(tmpdir(), 'journey-exports-'));
        mkdirSync(screenshots, { recursive: true });
        model = await modelOf(examples());
    });

    after(async () => {
        await browser?.close();
    });

    function write(name: string, text: string): string {
        const path = join(dir, name);
        writeFileSync(path, text);
        return pathToFileURL(path).href;
    }

    interface Opened { page: Page; errors: string[]; requests: string[]; violations: () => Promise<string[]> }

    async function open(url: string, viewport = { width: 1600, height: 1000 }): Promise<Opened> {
        const page = await browser!.newPage({ viewport });
        const errors: string[] = [];
        const requests: string[] = [];
        page.on('pageerror', e => errors.push(String(e)));
        page.on('dialog', d => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
        page.on('request', r => { if (r.url() !== url) requests.push(r.url()); });
        await page.addInitScript(() => {
            const w = window as unknown as { __violations: string[] };
            w.__violations = [];
            document.addEventListener('securitypolicyviolation', e => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        await page.goto(url);
        return { page, errors, requests, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
    }

    async function shoot(page: Page, name: string): Promise<void> {
        const size = await page.evaluate(() => {
            const el = document.querySelector('.jm-map') ?? document.documentElement;
            const svg = document.querySelector('svg')!;
            return { width: Math.ceil(Math.max(el.scrollWidth, svg.getBoundingClientRect().width + 48)), height: Math.ceil(el.scrollHeight) };
        });
        await page.setViewportSize({ width: Math.min(size.width, 8000), height: Math.min(size.height + 8, 8000) });
        await page.screenshot({ path: join(screenshots, name) });
    }

    /** Texts of a touchpoint that overflow its column (cards, does, thinks, pains, opportunities, blueprint). */
    async function overflowing(page: Page): Promise<string[]> {
        return page.evaluate(() => {
            const problems: string[] = [];
            for (const group of Array.from(document.querySelectorAll<SVGGElement>('g.jm-touchpoint'))) {
                const card = group.querySelector<SVGRectElement>('rect.jm-card');
                if (!card) continue;
                const box = card.getBBox();
                for (const text of Array.from(group.querySelectorAll<SVGTextElement>('text'))) {
                    if (text.closest('.jm-badge, .jm-emotion')) continue;
                    const b = text.getBBox();
                    if (b.x < box.x - 1 || b.x + b.width > box.x + box.width + 1) {
                        problems.push(`${group.dataset.touchpoint}: "${text.textContent}" ${Math.round(b.x + b.width - box.x - box.width)}px too wide`);
                    }
                }
            }
            return problems;
        });
    }

    it('HTML side by side (bike_target): stages, touchpoints, curve, marks and summary', async () => {
        const { page, errors, requests, violations } = await open(write('bike.html', renderMapHtml(model, { mode: 'side-by-side', journey: 'bike_target' })));
        // The page also carries the drawing cut into pages for print (hidden on screen; test/browser/print.test.ts
        // checks it): these checks are of the drawing on screen.
        await page.evaluate(() => document.querySelector('.jm-print')?.remove());
        const future = model.journeys.find(j => j.id === 'bike_target')!;
        const current = model.journeys.find(j => j.id === 'bike_today')!;
        const comparison = model.comparisons.find(c => c.future === 'bike_target')!;

        const stages = await page.$$eval('g.jm-stage[data-journey="bike_target"]', els => els.map(e => `${e.getAttribute('data-stage')}:${e.getAttribute('data-status')}`));
        assert.deepEqual(stages, comparison.stages.map(s => `${s.id}:${s.status}`));
        const touchpoints = await page.$$eval('g.jm-touchpoint[data-journey="bike_target"]', els => els.map(e => e.getAttribute('data-touchpoint')));
        assert.deepEqual(touchpoints, future.stages.flatMap(s => s.touchpoints.map(t => t.id)));
        assert.equal(await page.locator('g.jm-touchpoint[data-journey="bike_today"]').count(), current.stages.flatMap(s => s.touchpoints).length);

        // Each touchpoint's status is the comparison's.
        for (const t of comparison.touchpoints) {
            const journey = t.status === 'removed' ? 'bike_today' : 'bike_target';
            assert.equal(await page.getAttribute(`g.jm-touchpoint[data-journey="${journey}"][data-touchpoint="${t.id}"]`, 'data-status'), t.status, t.id);
        }
        // Each stage's after half has its own piece of each persona's future curve (a half of one touchpoint of a persona has just its face):
        // Priya and Gerrit feel differently, so each has a curve (spec, version 2).
        const pieces = await page.$$eval('path.jm-curve[data-journey="bike_target"]', ps => ps.map(p => Math.round((p as SVGPathElement).getTotalLength())));
        const halves = future.personas.reduce((n, persona) => n + future.stages.filter(st => st.touchpoints.filter(t => t.emotions?.[persona.id] !== undefined).length >= 2).length, 0);
        assert.equal(pieces.length, halves, JSON.stringify(pieces));
        assert.ok(pieces.every(length => length >= 200), JSON.stringify(pieces));
        // A face per persona that feels something at a touchpoint.
        const faces = future.personas.reduce((n, persona) => n + future.stages.flatMap(s => s.touchpoints).filter(t => t.emotions?.[persona.id] !== undefined).length, 0);
        assert.ok(faces > 11, `more faces than touchpoints: ${faces}`);
        assert.equal(await page.locator('g.jm-touchpoint[data-journey="bike_target"] .jm-face').count(), faces);
        // Marks: delta on test_ride (-2 → +2), resolved pains as results naming their action, new pain, summary.
        assert.equal(await page.textContent('g[data-journey="bike_target"][data-touchpoint="test_ride"] .jm-delta'), '▲ +4');
        const resolved = await page.$eval('g.jm-pain[data-pain="few_test_rides"]', e => ({
            status: e.getAttribute('data-status'), decoration: getComputedStyle(e.querySelector('.jm-pain-text')!).textDecorationLine,
            result: Array.from(e.querySelectorAll('.jm-pain-result tspan')).map(t => t.textContent).join(' '),
        }));
        assert.deepEqual({ ...resolved, result: resolved.result.startsWith('✓ Resolved by: ') }, { status: 'resolved', decoration: 'none', result: true }, JSON.stringify(resolved));
        assert.equal(await page.getAttribute('g.jm-pain[data-journey="bike_target"][data-pain="evening_slots_full"]', 'data-status'), 'new');
        const summary = await page.textContent('.jm-summary-text');
        // Priya and Gerrit each have a curve, so the summary gives each persona's change (spec, version 2).
        assert.match(summary ?? '', /3 added · 1 removed · 1 moved · 5 changed · 2 unchanged · mean emotion Pendelende Priya ▲ \+1\.8, Gepensioneerde Gerrit ▲ \+1\.99/);
        assert.equal(await page.getAttribute('g.jm-stage[data-journey="bike_target"][data-stage="delivery"]', 'data-status'), 'added');
        // Source mapping.
        const signup = future.stages[2].touchpoints[0];
        assert.equal(await page.getAttribute('g.jm-touchpoint[data-journey="bike_target"][data-touchpoint="signup"]', 'data-line'), String(signup.range.start.line));
        // Headers with personas.
        assert.equal(await page.locator('.jm-persona').count(), 2);
        assert.deepEqual(await overflowing(page), []);
        assert.deepEqual(errors, []);
        assert.deepEqual(requests, []);
        assert.deepEqual(await violations(), []);
        await shoot(page, 'bike-side-by-side-light.png');
        await applyDarkTheme(page);
        const background = await page.$eval('.jm-svg .jm-bg', e => getComputedStyle(e).fill);
        assert.equal(background, 'rgb(31, 31, 31)', 'the dark theme reaches the drawing');
        await shoot(page, 'bike-side-by-side-dark.png');
        await page.close();
    });

    it('HTML single map with blueprint lanes (car_claim), light and dark', async () => {
        const { page, errors, violations } = await open(write('car.html', renderMapHtml(model, { mode: 'single', journey: 'car_claim' })));
        // The page also carries the drawing cut into pages for print (hidden on screen; test/browser/print.test.ts
        // checks it): these checks are of the drawing on screen.
        await page.evaluate(() => document.querySelector('.jm-print')?.remove());
        assert.equal(await page.locator('g.jm-stage[data-journey="car_claim"]').count(), 5);
        assert.equal(await page.locator('g.jm-touchpoint[data-journey="car_claim"]').count(), 8);
        assert.equal(await page.locator('[data-lane="backstage"]').count(), 1);
        assert.equal(await page.locator('.jm-visibility-line').count(), 1);
        assert.equal(await page.locator('g.jm-action-item').count(), 4);
        assert.equal(await page.locator('[data-status]').count(), 0);
        assert.deepEqual(await overflowing(page), []);
        assert.deepEqual(errors, []);
        assert.deepEqual(await violations(), []);
        await shoot(page, 'car-claim-light.png');
        await applyDarkTheme(page);
        await shoot(page, 'car-claim-dark.png');
        await page.close();
    });

    it('HTML overlay (bike_target): both curves on one axis, the current one dashed', async () => {
        const { page, errors } = await open(write('overlay.html', renderMapHtml(model, { mode: 'overlay', journey: 'bike_target' })));
        // The page also carries the drawing cut into pages for print (hidden on screen; test/browser/print.test.ts
        // checks it): these checks are of the drawing on screen.
        await page.evaluate(() => document.querySelector('.jm-print')?.remove());
        const current = model.journeys.find(j => j.id === 'bike_today')!;
        assert.deepEqual(await page.$$eval('g.jm-touchpoint:not(.jm-ghost)', els => [...new Set(els.map(e => e.getAttribute('data-side')))]), ['future'], 'one map drawn');
        const dashed = await page.$eval('path.jm-curve-current[data-journey="bike_today"]', p => getComputedStyle(p).strokeDasharray);
        assert.notEqual(dashed, 'none');
        // A point per persona that feels something at a touchpoint of the current map (every one is drawn: on its future self's column or its ghost).
        const points = current.personas.reduce((n, persona) => n + current.stages.flatMap(s => s.touchpoints).filter(t => t.emotions?.[persona.id] !== undefined).length, 0);
        assert.equal(await page.locator('.jm-dot-current').count(), points);
        assert.ok(await page.locator('text.jm-current-label').count() > 0, 'the current curve\'s points say what they were');
        assert.deepEqual(errors, []);
        await shoot(page, 'bike-overlay-light.png');
        await page.close();
    });

    it('SVG export: a valid standalone image with title, personas and scenario', async () => {
        const svg = renderMapSvg(model, { mode: 'side-by-side', journey: 'bike_target' });
        const { page, errors, requests } = await open(write('bike.svg', svg));
        assert.equal(await page.locator('parsererror').count(), 0);
        assert.equal(await page.evaluate(() => document.documentElement.namespaceURI), 'http://www.w3.org/2000/svg');
        const text = await page.evaluate(() => document.documentElement.textContent ?? '');
        assert.match(text, /Fietsabonnement — e-bike subscription 2027/);
        assert.match(text, /Pendelende Priya/);
        assert.match(text, /Same commute, same deadline/);
        assert.equal(await page.locator('g.jm-touchpoint[data-journey="bike_target"]').count(), 11);
        const fill = await page.$eval('.jm-stage-box', e => getComputedStyle(e).fill);
        assert.equal(fill, 'rgb(231, 238, 248)', 'the embedded style applies');
        assert.deepEqual(errors, []);
        assert.deepEqual(requests, []);
        await page.close();
        const single = await open(write('car.svg', renderMapSvg(model, { mode: 'single', journey: 'car_claim' })));
        assert.equal(await single.page.locator('parsererror').count(), 0);
        await shoot(single.page, 'car-claim-svg.png');
        await single.page.close();
    });

    it('text XML forbids (`]]>`, \\0, \\b, a terminal colour code, U+FFFF): the SVG opens without a parser error and draws as an <img>', async () => {
        const hostile = await modelOf(hostileFiles('A ]]> B \\0\\b\\f\\v \u001b[31mred\u001b[0m \ufffe\uffff end'));
        const svg = write('controls.svg', renderMapSvg(hostile, { mode: 'side-by-side', journey: 'bad_future' }));
        const opened = await open(svg);
        assert.equal(await opened.page.locator('parsererror').count(), 0, 'the browser shows the drawing, not a parser error');
        assert.match(await opened.page.evaluate(() => document.documentElement.textContent ?? ''), /A \]\]> B/);
        await opened.page.close();
        const page = await open(write('controls-img.html', `<!DOCTYPE html><img src="${svg}">`));
        const size = await page.page.$eval('img', async image => {
            const img = image as HTMLImageElement;
            if (!img.complete) await new Promise(resolve => { img.onload = img.onerror = resolve; });
            return { width: img.naturalWidth, height: img.naturalHeight };
        });
        assert.ok(size.width > 300 && size.height > 300, `the image draws: ${JSON.stringify(size)}`);
        await page.page.close();
    });

    it('hostile text shows as text and runs nothing (HTML and SVG, with and without the CSP)', async () => {
        const hostile = await modelOf(hostileFiles());
        const view: ViewOptions = { mode: 'side-by-side', journey: 'bad_future' };
        const html = renderMapHtml(hostile, view);
        const files = [
            write('hostile.html', html),
            write('hostile-no-csp.html', html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')),
            write('hostile.svg', renderMapSvg(hostile, view)),
            write('hostile-single.svg', renderMapSvg(hostile, { mode: 'single', journey: 'bad' })),
        ];
        for (const url of files) {
            const { page, errors, requests, violations } = await open(url);
            await page.waitForTimeout(200);
            assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, url);
            assert.equal(await page.locator('img, script, foreignObject, [onerror], [onload]').count(), 0, url);
            assert.equal(await page.locator('svg svg').count(), 0, url);
            assert.deepEqual(await violations(), [], url);
            assert.deepEqual(errors, [], url);
            assert.deepEqual(requests, [], url);
            const text = await page.evaluate(() => document.documentElement.textContent ?? '');
            assert.ok(text.includes('<script>window.__pwned=1</script>'), `${url}: the payload is shown as text`);
            // Where a field is shown whole, it reads exactly as typed.
            const tooltip = await page.$eval('g.jm-touchpoint[data-journey="bad"][data-touchpoint="t1"] > title', e => e.textContent);
            assert.equal(tooltip, [payload, `Channel: ${payload}`, `Emotion: −1 ${payload}`, `Owner: ${payload}`, `${payload}: 5`, `Evidence: ${payload}`].join('\n'), url);
            if (url.endsWith('.html')) {
                assert.equal(await page.textContent('.jm-journey-head h1 span') !== null, true);
                const title = await page.$eval('.jm-journey-head[data-journey="bad"] h1', e => e.firstChild?.textContent);
                assert.equal(title, payload);
                const persona = await page.$eval('.jm-persona', e => Array.from(e.querySelectorAll('h2, p, li')).map(x => x.textContent));
                assert.deepEqual(persona, [payload, payload, `“${payload}”`, payload, payload, payload]);
                assert.equal(await page.textContent('.jm-scenario[data-journey="bad"]'), payload);
                assert.equal(await page.textContent('.jm-journey-head[data-journey="bad"] .jm-meta'), `Owner: ${payload}  ·  Reviewed: ${payload}`);
                if (url.endsWith('hostile.html')) {
                    assert.deepEqual(await overflowing(page), []);
                    await shoot(page, 'hostile-light.png');
                }
            }
            await page.close();
        }
    });

    it('every text field reads exactly as typed (HTML and SVG, both maps of a comparison)', async () => {
        const fields = await modelOf(fieldFiles());
        const view: ViewOptions = { mode: 'side-by-side', journey: 'fields_next' };
        const exports: Array<[string, string, FieldPlace[]]> = [
            ['fields.html', renderMapHtml(fields, view), ['header', 'drawing']],
            ['fields.svg', renderMapSvg(fields, view), ['drawing', 'standalone']],
        ];
        for (const [name, text, places] of exports) {
            const { page, errors, requests, violations } = await open(write(name, text));
            const missing: string[] = [];
            const checks = fieldChecks().filter(c => places.includes(c.place));
            for (const check of checks) {
                const texts = await page.evaluate(readTexts, check.selector);
                if (!texts.some(t => t.includes(check.shown))) missing.push(`${check.what} (${check.selector}): ${JSON.stringify(check.shown)} not in ${JSON.stringify(texts.slice(0, 8))}`);
            }
            assert.deepEqual(missing, [], name);
            assert.equal(await page.locator('i, img, script').count(), 0, `${name}: no markup from the text`);
            assert.deepEqual(errors, [], name);
            assert.deepEqual(requests, [], name);
            assert.deepEqual(await violations(), [], name);
            console.log(`      (${name}: ${checks.length} field checks)`);
            await page.close();
        }
    });

    it('DOM rendering as the preview does it: a 5,000-touchpoint comparison drawn by viewport', async () => {
        const { build } = await import('esbuild');
        const bundle = await build({
            entryPoints: [join(root, 'test', 'browser', 'dom-entry.ts')], bundle: true, write: false, format: 'iife', platform: 'browser',
            target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'silent',
        });
        const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', e => errors.push(String(e)));
        await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>${webviewThemeCss}</style></head><body><div id="root"></div></body></html>`);
        await page.addScriptTag({ content: bundle.outputFiles[0].text });
        // The examples first: same drawing as the string renderer.
        const small = await page.evaluate(m => {
            window.renderJourneyMap!(m, { mode: 'side-by-side', journey: 'bike_target' }, document.getElementById('root')!);
            return document.querySelectorAll('g.jm-touchpoint').length;
        }, model);
        assert.equal(small, 11 + 9);
        // A big map as the preview draws it: only the columns near the viewport are in the DOM.
        const big = bigModel(5000);
        // Handed to the page once (as the webview receives it); each draw then passes only the range.
        // (as JSON text: Playwright's own serialization of a big object takes seconds)
        await page.evaluate(json => { (window as unknown as { big: MapModel }).big = JSON.parse(json) as MapModel; }, JSON.stringify(big));
        const draw = (visible: { left: number; right: number }, highlight?: { uri: string; line: number }) => page.evaluate(([v, h]) =>
            window.renderJourneyMap!((window as unknown as { big: MapModel }).big, { mode: 'side-by-side', journey: 'big_next' }, document.getElementById('root')!,
                (h ?? undefined) as { uri: string; line: number } | undefined, v as { left: number; right: number }), [visible, highlight ?? null] as const);
        const drawn = () => page.$$eval('g.jm-touchpoint', els => els.map(e => `${e.closest('[data-side]')!.getAttribute('data-side')}:${e.getAttribute('data-touchpoint')}`));
        const ms = await draw({ left: 0, right: 4200 });
        const first = await drawn();
        // Columns are 220 wide after a 136-wide label column, each stage's 10 current columns before its 10 future ones: 19 columns reach x = 4,200.
        assert.deepEqual(first, [...Array.from({ length: 10 }, (_, i) => `current:t${i}`), ...Array.from({ length: 9 }, (_, i) => `future:t${i}`)]);
        assert.equal(await page.locator('path.jm-curve').count(), 2, 'the emotion curve of the drawn part: a piece per stage half');
        assert.ok(ms < 5000, `windowed DOM render took ${Math.round(ms)} ms`);
        // Scrolled to the middle of the map, inside stage 250's future half: those columns replace the others.
        const middle = 136 + 250 * 20 * 220 + 10 * 220 + 10;
        const scrolled = await draw({ left: middle, right: middle + 1000 });
        const moved = await drawn();
        assert.ok(moved.length >= 4 && moved.length <= 7 && moved.every(id => id.startsWith('future:')), moved.join(' '));
        assert.ok(scrolled < 2000, `redraw after scrolling took ${Math.round(scrolled)} ms`);
        console.log(`      (5,000 touchpoints side by side, by viewport: first draw ${Math.round(ms)} ms, redraw after a scroll ${Math.round(scrolled)} ms)`);
        // A highlight in the drawn part is marked, in place.
        const target = moved[2].split(':')[1];
        const line = big.journeys[1].stages.flatMap(s => s.touchpoints).find(t => t.id === target)!.range.start.line;
        await draw({ left: middle, right: middle + 1000 }, { uri: 'file:///big.journey', line });
        assert.deepEqual(await page.$$eval('g.jm-highlight', els => els.map(e => e.getAttribute('data-touchpoint'))), [target]);
        assert.deepEqual(errors, []);
        await page.close();
    });
});
