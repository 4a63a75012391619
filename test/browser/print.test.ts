/**
 * Printing, as a person would from a browser: the HTML export and the review report printed to PDF
 * by Chromium. Landscape pages; the map cut into the pages the layout plans (counted in the PDF);
 * no text cut off at a page's edge or a chunk's edge (every text's box measured in print media).
 * Also the screenshots of the stacked view and the report (test-artifacts/browser/, and the
 * README's pictures through `npm run pictures`).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { modelOf } from '../unit/helpers.js';
import { layoutMap, renderMapHtml, renderMapSvg, type ViewOptions } from '../../src/renderer/index.js';
import { printChunks, roadmapChunks } from '../../src/renderer/print.js';
import { buildReport, renderReportHtml } from '../../src/report/index.js';
import type { MapModel } from '../../src/model/map-model.js';
import { chromiumPath, hasChromium, launchChromium } from '../support/chromium.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const screenshots = join(root, 'test-artifacts', 'browser');

/** A4 landscape less the 10 mm margins of the export's @page, in CSS pixels (96 per inch). */
const a4 = { width: (297 - 20) / 25.4 * 96, height: (210 - 20) / 25.4 * 96 };
const letter = { width: (279.4 - 20) / 25.4 * 96, height: (215.9 - 20) / 25.4 * 96 };

function filesOf(dir: string): Record<string, string> {
    return Object.fromEntries(readdirSync(dir).filter(f => f.endsWith('.journey')).map(f => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** The pages of a PDF as Chromium writes it: one `/Type /Page` object each, and their media boxes. */
function pdfPages(pdf: Buffer): { count: number; landscape: boolean } {
    const text = pdf.toString('latin1');
    const count = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(m => ({ w: Number(m[3]) - Number(m[1]), h: Number(m[4]) - Number(m[2]) }));
    return { count, landscape: boxes.length > 0 && boxes.every(b => b.w > b.h) };
}

/**
 * In print media: every printed page (chunk) within the page's content box, and every text either
 * wholly inside the part of the chunk that shows it (a nested SVG clips at its edges) or wholly
 * outside it (not printed there: it is on another page). A text across an edge is cut.
 */
async function printProblems(page: Page): Promise<{ problems: string[]; texts: number; pages: number }> {
    await page.emulateMedia({ media: 'print' });
    const result = await page.evaluate(({ width, height }) => {
        const problems: string[] = [];
        let texts = 0;
        const pages = Array.from(document.querySelectorAll('.jm-print-page'));
        for (const [i, section] of pages.entries()) {
            const box = section.getBoundingClientRect();
            if (box.width > width + 1 || box.height > height + 1) problems.push(`page ${i + 1} is ${Math.round(box.width)}×${Math.round(box.height)}, the paper ${Math.round(width)}×${Math.round(height)}`);
            const chunk = section.querySelector<SVGSVGElement>('svg.jm-print-chunk');
            if (!chunk) continue;
            const m = chunk.getScreenCTM()!;
            // The parts of a chunk (body, lane labels, stage headers, corner) each show their area (each covers
            // what the one under it draws beyond its edge); a roadmap page is its SVG.
            const parts = Array.from(chunk.querySelectorAll<SVGGElement>('g.jm-print-part'));
            const areas = parts.length > 0
                ? parts.map(part => {
                    const [x, y, width, height] = part.getAttribute('data-print-area')!.split(' ').map(Number);
                    return { part: part as Element, edge: { left: m.e + m.a * x, top: m.f + m.d * y, right: m.e + m.a * (x + width), bottom: m.f + m.d * (y + height) } };
                })
                : [{ part: chunk as Element, edge: chunk.getBoundingClientRect() }];
            for (const { part, edge } of areas) {
                for (const text of Array.from(part.querySelectorAll('text'))) {
                    const r = text.getBoundingClientRect();
                    if (r.width === 0 && r.height === 0) continue;
                    const inside = r.left >= edge.left - 0.5 && r.right <= edge.right + 0.5 && r.top >= edge.top - 0.5 && r.bottom <= edge.bottom + 0.5;
                    const outside = r.right <= edge.left + 0.5 || r.left >= edge.right - 0.5 || r.bottom <= edge.top + 0.5 || r.top >= edge.bottom - 0.5;
                    if (inside) texts++;
                    else if (!outside) problems.push(`page ${i + 1}: "${(text.textContent ?? '').slice(0, 40)}" crosses the edge of its chunk`);
                }
            }
        }
        const hidden = getComputedStyle(document.querySelector('.jm-drawing') ?? document.body).display;
        if (document.querySelector('.jm-drawing') && hidden !== 'none') problems.push('the scrolling drawing is printed too');
        return { problems, texts, pages: pages.length };
    }, a4);
    await page.emulateMedia({ media: null });
    return result;
}

describe('printing the HTML export and the review report', function () {
    this.timeout(180000);
    let browser: Browser | undefined;
    let dir: string;
    const sets: Array<{ name: string; model: MapModel }> = [];

    before(async function () {
        if (!hasChromium()) {
            console.log(`    (skipped: no Chromium at ${chromiumPath})`);
            this.skip();
        }
        browser = await launchChromium();
        dir = mkdtempSync(join(tmpdir(), 'journey-print-'));
        mkdirSync(screenshots, { recursive: true });
        sets.push({ name: 'bike', model: await modelOf(filesOf(join(root, 'examples'))) });
        sets.push({ name: 'reiskompas', model: await modelOf(filesOf(join(root, 'examples', 'reiskompas'))) });
    });

    after(async () => {
        await browser?.close();
    });

    async function open(html: string, name: string, viewport = { width: 1400, height: 900 }): Promise<Page> {
        const path = join(dir, name);
        writeFileSync(path, html);
        const page = await browser!.newPage({ viewport });
        await page.goto(pathToFileURL(path).href);
        return page;
    }

    for (const mode of ['side-by-side', 'stacked', 'paired'] as const) {
        it(`the ${mode} view prints in landscape on the pages the layout plans, nothing cut off`, async () => {
            for (const set of sets) {
                const view: ViewOptions = { mode, journey: set.model.comparisons[0].future };
                const layout = layoutMap(set.model, view, { standalone: false })!;
                const planned = printChunks(layout).length + roadmapChunks(layout).length;
                const page = await open(renderMapHtml(set.model, view), `${set.name}-${mode}.html`);
                // The header (titles, what changes, personas, sources) on the first pages, then one page per chunk.
                await page.emulateMedia({ media: 'print' });
                const header = await page.evaluate(() => document.querySelector('.jm-map')!.getBoundingClientRect().height);
                // Back to the page's own media: a PDF of a page emulating the screen would print the screen's layout.
                await page.emulateMedia({ media: null });
                for (const [paper, content] of [['A4', a4.height], ['Letter', letter.height]] as const) {
                    const pdf = await page.pdf({ format: paper, preferCSSPageSize: true, printBackground: true });
                    const pages = pdfPages(pdf);
                    assert.ok(pages.landscape, `${set.name} ${mode} ${paper}: landscape`);
                    const headerPages = Math.max(1, Math.ceil(header / content));
                    assert.equal(pages.count, headerPages + planned, `${set.name} ${mode} ${paper}: ${pages.count} pages, ${headerPages} of header and ${planned} chunks planned`);
                }
                const { problems, texts, pages } = await printProblems(page);
                assert.equal(pages, planned);
                assert.ok(texts > 200, `${set.name} ${mode}: texts measured (${texts})`);
                assert.deepEqual(problems.slice(0, 10), [], `${set.name} ${mode}: ${problems.length} problems`);
                await page.close();
            }
        });
    }

    it('the review report prints in landscape, every table within the page', async () => {
        const report = buildReport(sets[0].model, { today: '2026-11-23', reviewMonths: 6 });
        const page = await open(renderReportHtml(report), 'report.html', { width: Math.floor(a4.width), height: 900 });
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
        const pages = pdfPages(pdf);
        assert.ok(pages.landscape);
        assert.ok(pages.count >= 2 && pages.count <= 12, `${pages.count} pages`);
        await page.emulateMedia({ media: 'print' });
        const overflow = await page.evaluate(width => Array.from(document.querySelectorAll('.jr-report td, .jr-report th, .jr-report text, .jr-report li'))
            .filter(e => e.getBoundingClientRect().right > width + 1).map(e => (e.textContent ?? '').slice(0, 40)), a4.width);
        assert.deepEqual(overflow, []);
        await page.close();
    });

    it('pictures: the stacked view of the bike and Reiskompas comparisons, the report in light and dark', async () => {
        for (const set of sets) {
            // The slide: the SVG export, its top left (what changes, the current map's block, the top of the future map's).
            const view: ViewOptions = { mode: 'stacked', journey: set.model.comparisons[0].future };
            const page = await open(renderMapSvg(set.model, view), `${set.name}-stacked.svg`, { width: 1600, height: 1500 });
            await page.screenshot({ path: join(screenshots, `stacked-${set.name}.png`) });
            await page.close();
        }
        const report = buildReport(sets[0].model, { today: '2026-11-23', reviewMonths: 6 });
        for (const scheme of ['light', 'dark'] as const) {
            const page = await browser!.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme: scheme });
            const path = join(dir, `report-${scheme}.html`);
            writeFileSync(path, renderReportHtml(report));
            await page.goto(pathToFileURL(path).href);
            await page.screenshot({ path: join(screenshots, `report-${scheme}.png`) });
            // The matrix and the actions, further down.
            await page.evaluate(() => document.getElementById('jr-opportunities')?.scrollIntoView());
            await page.screenshot({ path: join(screenshots, `report-${scheme}-matrix.png`) });
            await page.close();
        }
        // The review of the Reiskompas maps, which say `language nl`: in Dutch.
        const dutch = sets.find(set => set.name === 'reiskompas');
        if (dutch) {
            const page = await browser!.newPage({ viewport: { width: 1280, height: 1000 } });
            const path = join(dir, 'report-nl.html');
            writeFileSync(path, renderReportHtml(buildReport(dutch.model, { today: '2027-02-01', reviewMonths: 6 })));
            await page.goto(pathToFileURL(path).href);
            assert.equal(await page.textContent('h1'), 'Kwartaalherziening');
            await page.screenshot({ path: join(screenshots, 'report-nl.png') });
            await page.evaluate(() => document.getElementById('jr-opportunities')?.scrollIntoView());
            await page.screenshot({ path: join(screenshots, 'report-nl-matrix.png') });
            await page.close();
        }
    });
});
