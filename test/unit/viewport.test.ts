import assert from 'node:assert/strict';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { bigModel } from '../browser/fixtures.js';
import { columnCount, highlightedColumn, layoutMap, MapView, wrapText } from '../../src/renderer/index.js';
import { covers, drawnByViewport, fitZoom, intersects, rangeInView, rangeToDraw, scrollKey, windowAboveColumns } from '../../src/webview/viewport.js';
import { LayoutCache } from '../../src/webview/layout-cache.js';

/** `data-touchpoint` of every drawn touchpoint group, with the side it is on. */
function drawnTouchpoints(markup: string): string[] {
    const result: string[] = [];
    let side = '';
    for (const [tag] of markup.matchAll(/<g [^>]*>/g)) {
        const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
        side = attr('data-side') ?? side;
        const touchpoint = attr('data-touchpoint');
        if (attr('class')?.split(' ').includes('jm-touchpoint') && touchpoint) result.push(`${side}:${touchpoint}`);
    }
    return result;
}

describe('preview of big maps: drawing by viewport', () => {
    const model = bigModel(600);
    const view = { mode: 'side-by-side', journey: 'big_next' } as const;

    it('converts the SVG position on screen into the map range in view, zoom included', () => {
        // The map is 10,000 wide, drawn at half size, its left edge 300 px left of the viewport.
        assert.deepEqual(rangeInView({ left: -300, width: 5000 }, 10000, { left: 0, right: 800 }), { left: 600, right: 2200 });
        assert.deepEqual(rangeToDraw({ left: 600, right: 2200 }), { left: -1000, right: 3800 });
        assert.equal(covers({ left: -1000, right: 3800 }, { left: 600, right: 2200 }), true);
        assert.equal(covers({ left: -1000, right: 3800 }, { left: 3000, right: 4600 }), false);
        assert.equal(covers(undefined, { left: 0, right: 1 }), false);
    });

    it('draws only the columns that overlap the visible range, and all of them without one', () => {
        const layout = layoutMap(model, view, { standalone: false })!;
        assert.ok(columnCount(layout) > windowAboveColumns && drawnByViewport(layout), 'a map big enough to be drawn by viewport');
        assert.equal(drawnByViewport(layoutMap(bigModel(50), view, { standalone: false })), false, 'a small map is drawn whole');
        const all = drawnTouchpoints(renderToString(h(MapView, { model, view, layout })));
        assert.equal(all.length, 1200);
        const part = drawnTouchpoints(renderToString(h(MapView, { model, view, layout, visible: { left: 0, right: 1000 } })));
        // A 136 px label column, then 220 px columns, the stage's current half first: x = 1,000 falls in the 4th column.
        assert.deepEqual(part, ['current:t0', 'current:t1', 'current:t2', 'current:t3']);
        const mid = layout.slots[10].halves[1].x;
        const there = drawnTouchpoints(renderToString(h(MapView, { model, view, layout, visible: { left: mid + 1, right: mid + 439 } })));
        assert.deepEqual(there, ['future:t100', 'future:t101']);
    });

    it('keeps the curve shape near the edges of the range: neighbours outside it shape the ends', () => {
        // Paired: one curve per map through every stage (side by side draws a piece per stage half).
        const stacked = { mode: 'paired', journey: 'big_next' } as const;
        const layout = layoutMap(model, stacked, { standalone: false })!;
        const curve = (markup: string) => /<path class="jm-curve" [^>]*d="([^"]*)"/.exec(markup)?.[1] ?? '';
        const whole = curve(renderToString(h(MapView, { model, view: stacked, layout })));
        const part = curve(renderToString(h(MapView, { model, view: stacked, layout, visible: { left: 2000, right: 3000 } })));
        assert.ok(part.length > 0 && part.length < whole.length / 20, `part ${part.length}, whole ${whole.length}`);
        // Each segment inside the range is the same as in the whole curve.
        const segments = (d: string) => d.split('C').slice(1).map(s => `C${s}`);
        const inner = segments(part).slice(2, -2);
        assert.ok(inner.length >= 2);
        for (const segment of inner) assert.ok(segments(whole).includes(segment), segment);
    });

    it('finds where the touchpoint under the cursor is drawn, so the preview can scroll it into view', () => {
        const layout = layoutMap(model, view, { standalone: false })!;
        const t = model.journeys[0].stages[20].touchpoints[3];
        const column = highlightedColumn(layout, { uri: t.uri, line: t.range.start.line + 1 })!;
        const markup = renderToString(h(MapView, { model, view, layout, visible: column, highlight: { uri: t.uri, line: t.range.start.line } }));
        // The column and the edges of its neighbours.
        assert.deepEqual(drawnTouchpoints(markup), ['current:t202', 'current:t203', 'current:t204']);
        assert.ok(new RegExp(`class="jm-touchpoint[^"]* jm-highlight"[^>]*data-touchpoint="${t.id}"`).test(markup), 'the column is marked');
        assert.equal(highlightedColumn(layout, { uri: t.uri, line: 1e9 }), undefined);
    });

    it('lays a map out once per model and view', () => {
        const cache = new LayoutCache();
        const first = cache.get(model, view);
        assert.equal(cache.get(model, view), first);
        assert.notEqual(cache.get(model, { ...view, mode: 'overlay' }), first);
        assert.notEqual(cache.get(structuredClone(model), { ...view, mode: 'overlay' }), first);
    });

    it('remembers wrapped text without sharing the arrays it returns', () => {
        const a = wrapText('A rather long sentence that needs to be wrapped over lines', 120, 13);
        a.push('changed by a caller');
        const b = wrapText('A rather long sentence that needs to be wrapped over lines', 120, 13);
        assert.ok(b.length > 1 && !b.includes('changed by a caller'));
    });

    it('fits a map to the panel\'s width (never above 100 %), judges overlap, and turns keys into scrolling', () => {
        assert.equal(fitZoom(780, 3000), 0.25);
        assert.equal(fitZoom(1600, 800), 1);
        assert.equal(fitZoom(0, 800), 1);
        assert.equal(intersects({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 9, top: 9, right: 20, bottom: 20 }), true);
        assert.equal(intersects({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 10, top: 0, right: 20, bottom: 10 }), false);
        const view = { width: 800, height: 600 };
        assert.deepEqual(scrollKey('ArrowRight', false, view), { left: 48, top: 0 });
        assert.deepEqual(scrollKey('PageDown', false, view), { left: 0, top: 540 });
        assert.deepEqual(scrollKey('PageDown', true, view), { left: 720, top: 0 });
        assert.equal(scrollKey('a', false, view), undefined);
    });
});
