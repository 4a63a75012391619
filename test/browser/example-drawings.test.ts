/**
 * Every example map drawn as the HTML export draws it, in Chromium, 1600 pixels wide, in a light
 * and a dark theme: screenshots in test-artifacts/browser/examples/ (to look at), and the checks
 * that need a browser's own text measures: no text overlaps another in the lane-label column, on
 * the cards or between the faces of a column; the blueprint lanes top to bottom with their lines
 * between them; every legend entry and every stage header line inside its box.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { modelOf, sharedFolder } from '../unit/helpers.js';
import { renderMapHtml, webviewThemeCss, type ViewOptions } from '../../src/renderer/index.js';
import type { MapModel } from '../../src/model/map-model.js';
import { chromiumPath, hasChromium, launchChromium } from '../support/chromium.js';
import { themeCss, vscodeThemes } from './vscode-themes.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const screenshots = join(root, 'test-artifacts', 'browser', 'examples');

function readMaps(dir: string): Record<string, string> {
    return Object.fromEntries(readdirSync(dir).filter(f => f.endsWith('.journey')).map(f => [f, readFileSync(join(dir, f), 'utf8')]));
}

interface Drawing { name: string; dir: string; view: ViewOptions }

const views = ['stacked', 'side-by-side', 'overlay'] as const;

/** The example maps: each comparison in every view, each other map alone, one persona alone. */
const drawings: Drawing[] = ([
    ...views.map((mode): Drawing => ({ name: `reiskompas-${mode}`, dir: join(root, 'examples', 'reiskompas'), view: { mode, journey: 'reis_straks' } })),
    { name: 'reiskompas-now', dir: join(root, 'examples', 'reiskompas'), view: { mode: 'single', journey: 'reis_nu' } },
    { name: 'reiskompas-thierry-alone', dir: join(root, 'examples', 'reiskompas'), view: { mode: 'stacked', journey: 'reis_straks', persona: 'thierry' } },
    { name: 'dominique-day', dir: join(root, 'examples', 'reiskompas'), view: { mode: 'single', journey: 'dominique_dag' } },
    { name: 'keukenhuis-blueprint', dir: join(root, 'examples', 'keukenhuis'), view: { mode: 'single', journey: 'klacht_vaatwasser' } },
    ...views.map((mode): Drawing => ({ name: `bike-${mode}`, dir: join(root, 'examples'), view: { mode, journey: 'bike_target' } })),
    { name: 'car-claim', dir: join(root, 'examples'), view: { mode: 'single', journey: 'car_claim' } },
    { name: 'shared-laptop-stacked', dir: fileURLToPath(sharedFolder('examples')), view: { mode: 'stacked', journey: 'laptop_target' } },
    { name: 'shared-energy-blueprint', dir: fileURLToPath(sharedFolder('examples')), view: { mode: 'single', journey: 'energy_switch' } },
    { name: 'shared-v2-reiskompas-stacked', dir: fileURLToPath(sharedFolder('examples-v2')), view: { mode: 'stacked', journey: 'reis_straks' } },
] satisfies Drawing[]).filter(d => existsSync(d.dir));

/** What in the page overlaps what should not, as readable lines (empty: nothing). */
async function overlaps(page: Page): Promise<string[]> {
    return page.evaluate(() => {
        const problems: string[] = [];
        type Box = { left: number; top: number; right: number; bottom: number; text: string };
        const box = (e: Element): Box => { const r = e.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: (e.textContent ?? '').slice(0, 40) }; };
        const meet = (a: Box, b: Box, slack = 1) => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
        const pairwise = (what: string, boxes: Box[]) => {
            for (let i = 0; i < boxes.length; i++) {
                for (let j = i + 1; j < boxes.length; j++) {
                    if (meet(boxes[i], boxes[j])) problems.push(`${what}: "${boxes[i].text}" overlaps "${boxes[j].text}"`);
                }
            }
        };
        // The lane-label column: lane names, side tags, axis labels and the blueprint lines' names.
        pairwise('label column', Array.from(document.querySelectorAll('svg.jm-frozen-left text')).map(box));
        const column = document.querySelector('svg.jm-frozen-left')!.getBoundingClientRect();
        for (const text of Array.from(document.querySelectorAll('svg.jm-frozen-left text')).map(box)) {
            if (text.right > column.right + 1) problems.push(`label column: "${text.text}" runs ${Math.round(text.right - column.right)} px past the column`);
        }
        // A card's texts stay inside it and apart from each other.
        for (const card of Array.from(document.querySelectorAll('g.jm-card-group'))) {
            const outline = card.querySelector('rect.jm-card')!.getBoundingClientRect();
            const texts = Array.from(card.querySelectorAll(':scope > text')).map(box);
            pairwise(`card ${card.closest('[data-touchpoint]')?.getAttribute('data-touchpoint')}`, texts);
            for (const t of texts) {
                if (t.right > outline.right + 1 || t.bottom > outline.bottom + 1) problems.push(`card: "${t.text}" outside its card`);
            }
        }
        // The faces of one column, their labels and their changes.
        for (const touchpoint of Array.from(document.querySelectorAll('g.jm-touchpoint'))) {
            const emotions = Array.from(touchpoint.querySelectorAll('g.jm-emotion'));
            if (emotions.length < 2) continue;
            pairwise(`faces of ${touchpoint.getAttribute('data-touchpoint')}`, emotions.flatMap(e => Array.from(e.querySelectorAll('text, .jm-face')).map(box)));
        }
        // A stage header's lines stay inside its box.
        for (const stage of Array.from(document.querySelectorAll('svg.jm-frozen-top g.jm-stage'))) {
            const outline = stage.querySelector('rect.jm-stage-box')!.getBoundingClientRect();
            for (const t of Array.from(stage.querySelectorAll('text')).map(box)) {
                if (t.right > outline.right + 1 || t.bottom > outline.bottom + 1) problems.push(`stage ${stage.getAttribute('data-stage')}: "${t.text}" outside its header`);
            }
        }
        // The legend's entries apart from each other.
        pairwise('legend', Array.from(document.querySelectorAll('.jm-legend-persona')).map(box));
        return problems;
    });
}

describe('the example maps drawn (screenshots at 1600 px, light and dark)', function () {
    this.timeout(300000);
    let browser: Browser | undefined;
    let dir: string;
    const models = new Map<string, MapModel>();

    before(async function () {
        if (!hasChromium()) {
            console.log(`    (skipped: no Chromium at ${chromiumPath})`);
            this.skip();
        }
        browser = await launchChromium();
        dir = mkdtempSync(join(tmpdir(), 'journey-drawings-'));
        mkdirSync(screenshots, { recursive: true });
    });

    after(async () => {
        await browser?.close();
    });

    async function modelFor(folder: string): Promise<MapModel> {
        let model = models.get(folder);
        if (!model) {
            model = await modelOf(readMaps(folder));
            models.set(folder, model);
        }
        return model;
    }

    /** The page at 1600 px wide and as tall as the map, in VS Code's theme of that name (the webview's colours). */
    async function open(html: string, name: string, theme: string): Promise<Page> {
        const file = join(dir, `${name}.html`);
        writeFileSync(file, html);
        const page = await browser!.newPage({ viewport: { width: 1600, height: 1000 } });
        const errors: string[] = [];
        page.on('pageerror', e => errors.push(String(e)));
        await page.goto(pathToFileURL(file).href);
        if (theme !== 'export') {
            const vscode = vscodeThemes.find(t => t.name === theme)!;
            await page.evaluate(([css, bodyClass]) => {
                const style = document.createElement('style');
                style.textContent = css;
                document.head.append(style);
                document.body.className = bodyClass;
            }, [`${themeCss(vscode)}\n${webviewThemeCss}\nbody { background: var(--vscode-editor-background); }`, vscode.bodyClass] as const);
        }
        const height = await page.evaluate(() => Math.ceil(document.querySelector('.jm-map')!.scrollHeight));
        await page.setViewportSize({ width: 1600, height: Math.min(height + 8, 8000) });
        assert.deepEqual(errors, [], name);
        return page;
    }

    for (const drawing of drawings) {
        it(`${drawing.name}: nothing overlaps, light and dark`, async () => {
            const model = await modelFor(drawing.dir);
            const html = renderMapHtml(model, drawing.view);
            for (const theme of ['export', 'dark'] as const) {
                const page = await open(html, drawing.name, theme);
                assert.deepEqual(await overlaps(page), [], `${drawing.name} (${theme})`);
                await page.screenshot({ path: join(screenshots, `${drawing.name}-${theme === 'export' ? 'light' : 'dark'}.png`) });
                await page.close();
            }
        });
    }

    it('the blueprint: its lanes top to bottom on screen, each line between its two lanes, all of them with nothing in some', async function () {
        const folder = join(root, 'examples', 'keukenhuis');
        if (!existsSync(folder)) this.skip();
        const page = await open(renderMapHtml(await modelFor(folder), { mode: 'single', journey: 'klacht_vaatwasser' }), 'blueprint-lanes', 'export');
        const found = await page.evaluate(() => {
            const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
            const lanes = ['props', 'does', 'frontstage', 'backstage', 'support'].map(key => {
                const r = top(`svg.jm-body [data-lane="${key}"] line`);
                const label = Array.from(document.querySelectorAll(`svg.jm-frozen-left [data-lane-label="${key}"] text.jm-lane-label tspan`)).map(t => t.textContent).join(' ');
                return { key, y: r?.top ?? -1, label };
            });
            const lines = ['interaction', 'visibility', 'internal'].map(kind => ({ kind, y: top(`svg.jm-body [data-line-kind="${kind}"] line`)?.top ?? -1 }));
            return { lanes, lines };
        });
        const y = Object.fromEntries(found.lanes.map(l => [l.key, l.y]));
        const line = Object.fromEntries(found.lines.map(l => [l.kind, l.y]));
        // The map says `language nl`: its lanes have their Dutch names.
        assert.deepEqual(found.lanes.map(l => l.label), ['Fysiek bewijs', 'Klantacties', 'Frontstage', 'Backstage', 'Ondersteunende processen']);
        assert.ok(found.lanes.every((l, i) => l.y > 0 && (i === 0 || l.y > found.lanes[i - 1].y)), JSON.stringify(found.lanes));
        assert.ok(y.does < line.interaction && line.interaction < y.frontstage, JSON.stringify(found));
        assert.ok(y.frontstage < line.visibility && line.visibility < y.backstage, JSON.stringify(found));
        assert.ok(y.backstage < line.internal && line.internal < y.support, JSON.stringify(found));
        await page.close();
    });

    it('negative control: the overlap check sees a label moved onto another, and a card text pushed out of its card', async function () {
        const folder = join(root, 'examples', 'reiskompas');
        if (!existsSync(folder)) this.skip();
        const page = await open(renderMapHtml(await modelFor(folder), { mode: 'single', journey: 'reis_nu' }), 'negative', 'export');
        assert.deepEqual(await overlaps(page), []);
        await page.evaluate(() => {
            const [first, second] = Array.from(document.querySelectorAll('svg.jm-frozen-left text.jm-lane-label'));
            second.setAttribute('y', first.getAttribute('y')!);
            second.querySelectorAll('tspan').forEach(t => t.removeAttribute('dy'));
            document.querySelectorAll('g.jm-card-group .jm-touchpoint-name tspan').forEach(t => t.setAttribute('x', '100000'));
        });
        const found = await overlaps(page);
        assert.ok(found.some(p => p.startsWith('label column:')), found.join('\n'));
        assert.ok(found.some(p => p.startsWith('card:')), found.join('\n'));
        await page.close();
    });

    it('two personas: a curve each, drawn in its own colour and dash, with a legend that says which is which', async function () {
        const folder = join(root, 'examples', 'reiskompas');
        if (!existsSync(folder)) this.skip();
        const page = await open(renderMapHtml(await modelFor(folder), { mode: 'single', journey: 'reis_nu' }), 'personas', 'export');
        const curves = await page.$$eval('svg.jm-body path.jm-curve[data-persona]', paths => paths.map(p => {
            const style = getComputedStyle(p);
            return { persona: p.getAttribute('data-persona'), stroke: style.stroke, dash: style.strokeDasharray };
        }));
        const byPersona = new Map(curves.map(c => [c.persona, c]));
        assert.deepEqual([...byPersona.keys()], ['thierry', 'dominique']);
        const [thierry, dominique] = [byPersona.get('thierry')!, byPersona.get('dominique')!];
        assert.notEqual(thierry.stroke, dominique.stroke, 'told apart by colour');
        assert.notEqual(thierry.dash, dominique.dash, 'and without colour, by the dash');
        const legend = await page.$$eval('.jm-legend-persona', entries => entries.map(e => ({ text: e.textContent, stroke: getComputedStyle(e.querySelector('path.jm-curve')!).stroke })));
        assert.deepEqual(legend, [{ text: 'Twijfelende Thierry', stroke: thierry.stroke }, { text: 'Drukke Dominique', stroke: dominique.stroke }]);
        await page.close();
    });
});
