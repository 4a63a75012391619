/**
 * Text contrast (WCAG 2 AA: 4.5:1, 3:1 for large text) of a page in Chromium, checked with
 * axe-core. axe's `color-contrast` rule checks the HTML text (toolbar, header, personas) but
 * leaves SVG text out (dequelabs/axe-core#1819), so the map's SVG text is measured with axe's own
 * colour maths (`axe.commons.color`): its fill against what is drawn under its middle, blended
 * through whatever translucent shapes lie between.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface ContrastReport { problems: string[]; htmlChecked: number; svgChecked: number }

/** The texts on screen whose contrast is below AA. Runs in the page as it is (no script tag: the preview's policy forbids them). */
export async function contrastReport(page: Page): Promise<ContrastReport> {
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
        interface AxeColor { red: number; green: number; blue: number; alpha: number; parseString(s: string): AxeColor; toJSON(): unknown }
        interface Axe {
            run(context: unknown, options: unknown): Promise<{ violations: Array<{ nodes: Array<{ target: string[]; any: Array<{ message: string }> }> }>; passes: Array<{ nodes: unknown[] }> }>;
            commons: { color: { Color: new (r?: number, g?: number, b?: number, a?: number) => AxeColor; getContrast(bg: AxeColor, fg: AxeColor): number; flattenColors(fg: AxeColor, bg: AxeColor): AxeColor } };
        }
        const axe = (window as unknown as { axe: Axe }).axe;
        const problems: string[] = [];
        const result = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations', 'passes'] });
        for (const violation of result.violations) {
            for (const node of violation.nodes) problems.push(`HTML ${node.target.join(' ')}: ${node.any[0]?.message ?? ''}`);
        }
        const htmlChecked = result.passes.reduce((n, p) => n + p.nodes.length, 0) + problems.length;

        const { Color, getContrast, flattenColors } = axe.commons.color;
        const parse = (value: string) => new Color().parseString(value);
        const shapes = new Set(['rect', 'circle', 'path', 'ellipse', 'polygon']);
        let svgChecked = 0;
        for (const text of Array.from(document.querySelectorAll<SVGTextElement>('svg text'))) {
            const content = (text.textContent ?? '').trim();
            if (content === '' || !/[\p{L}\p{N}]/u.test(content)) continue;
            for (const box of Array.from(text.getClientRects())) {
                if (box.width === 0 || box.height === 0) continue;
                const x = box.left + box.width / 2;
                const y = box.top + box.height / 2;
                if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
                const stack = document.elementsFromPoint(x, y);
                // Covered by something else (a frozen header over a scrolled body): not on screen.
                const own = stack.findIndex(e => e === text || text.contains(e));
                if (own !== 0) continue;
                const style = getComputedStyle(text);
                let fg = parse(style.fill);
                fg.alpha *= Number(style.fillOpacity) * Number(style.opacity);
                // What lies under the text, top first: shapes with a fill (translucent ones blended), down to an opaque one.
                const layers: AxeColor[] = [];
                for (const element of stack.slice(own + 1)) {
                    if (!(element instanceof SVGElement) || !shapes.has(element.localName)) {
                        const bg = getComputedStyle(element).backgroundColor;
                        if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') { layers.push(parse(bg)); if (layers[layers.length - 1].alpha >= 1) break; }
                        continue;
                    }
                    const s = getComputedStyle(element);
                    if (s.fill === 'none' || s.visibility === 'hidden') continue;
                    const c = parse(s.fill);
                    c.alpha *= Number(s.fillOpacity) * Number(s.opacity);
                    if (c.alpha === 0) continue;
                    layers.push(c);
                    if (c.alpha >= 1) break;
                }
                let bg = new Color(255, 255, 255, 1);
                for (const layer of layers.reverse()) bg = flattenColors(layer, bg);
                fg = flattenColors(fg, bg);
                const ratio = getContrast(bg, fg);
                const size = parseFloat(style.fontSize);
                const bold = Number(style.fontWeight) >= 700;
                const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
                svgChecked++;
                if (ratio < needed - 0.005) {
                    const where = text.closest('[data-touchpoint], [data-stage], [data-lane], [class]');
                    problems.push(`SVG "${content.slice(0, 40)}" (${text.getAttribute('class') ?? ''} in ${where?.getAttribute('class') ?? ''}): ${ratio.toFixed(2)}:1, needs ${needed}:1 (${style.fill} on ${JSON.stringify(bg.toJSON())})`);
                }
                break;
            }
        }
        return { problems, htmlChecked, svgChecked };
    });
}
