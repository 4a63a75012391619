import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelOf } from './helpers.js';
import { layoutMap, renderMapHtml } from '../../src/renderer/index.js';
import { printChunks, roadmapChunks, wholeStage } from '../../src/renderer/print.js';
import type { MapModel } from '../../src/model/map-model.js';
import type { ViewMode } from '../../src/model/vocabulary.js';
import { bigModel } from '../browser/fixtures.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function filesOf(dir: string): Record<string, string> {
    return Object.fromEntries(readdirSync(dir).filter(f => f.endsWith('.journey')).map(f => [f, readFileSync(join(dir, f), 'utf8')]));
}

const modes: ViewMode[] = ['side-by-side', 'stacked', 'overlay', 'single', 'paired'];

describe('printing the HTML export: the map cut into pages', () => {
    const sets: Array<[string, MapModel]> = [];
    before(async () => {
        sets.push(['examples', await modelOf(filesOf(join(root, 'examples')))]);
        sets.push(['reiskompas', await modelOf(filesOf(join(root, 'examples', 'reiskompas')))]);
        sets.push(['1,000 touchpoints', bigModel(1000)]);
    });

    it('every touchpoint column is on exactly one page of each row of pages, whole; pages are cut at stage boundaries', () => {
        for (const [name, model] of sets) {
            const future = model.comparisons[0]?.future ?? model.journeys[0].id;
            for (const mode of modes) {
                const layout = layoutMap(model, { mode, journey: future }, { standalone: false })!;
                const chunks = printChunks(layout);
                const rows = [...new Set(chunks.map(c => `${c.top}:${c.bottom}`))];
                // A stage too wide for two pages is cut at its touchpoint columns.
                const stageEdges = new Set(layout.slots.flatMap(s => [s.x, s.x + s.width, ...(s.width > wholeStage - layout.labelWidth ? s.columns.map(c => c.x) : [])]));
                for (const row of rows) {
                    const inRow = chunks.filter(c => `${c.top}:${c.bottom}` === row);
                    for (const column of layout.slots.flatMap(s => s.columns)) {
                        const holding = inRow.filter(c => column.x >= c.left && column.x + 220 <= c.right);
                        assert.equal(holding.length, 1, `${name} ${mode}: the column at ${column.x} is on ${holding.length} pages of a row`);
                    }
                    // Side by side, the pages of a row cover the whole width, one after the other.
                    assert.equal(inRow[0].left, layout.slots[0].x);
                    assert.equal(inRow.at(-1)!.right, layout.width);
                    for (let i = 1; i < inRow.length; i++) assert.equal(inRow[i].left, inRow[i - 1].right);
                    for (const chunk of inRow) assert.ok(stageEdges.has(chunk.left) && stageEdges.has(chunk.right), `${name} ${mode}: cut inside a stage at ${chunk.left}-${chunk.right}`);
                }
                // Rows of pages are cut only at lane boundaries, and cover every lane.
                const laneEdges = new Set(layout.lanes.flatMap(l => [l.y, l.y + l.height]).concat(layout.blocks.flatMap(b => [b.y, b.bottom]), [layout.lanesTop, layout.lanesBottom]));
                for (const chunk of chunks) assert.ok(laneEdges.has(chunk.top) && laneEdges.has(chunk.bottom), `${name} ${mode}: a page cut inside a lane`);
                for (const lane of layout.lanes) assert.ok(chunks.some(c => c.top <= lane.y && lane.y + lane.height <= c.bottom), `${name} ${mode}: lane ${lane.key} whole on a page`);
                for (const chunk of chunks) assert.ok(chunk.scale >= 0.5 && chunk.scale <= 1, `${name} ${mode}: scale ${chunk.scale}`);
            }
        }
    });

    it('stacked: each map\'s block on pages of its own, the current map first', () => {
        const [, model] = sets[0];
        const layout = layoutMap(model, { mode: 'stacked', journey: model.comparisons[0].future }, { standalone: false })!;
        const chunks = printChunks(layout);
        const blocks = chunks.map(c => c.block);
        assert.deepEqual(blocks, [...blocks].sort(), 'the current block\'s pages first');
        assert.deepEqual([...new Set(blocks)], [0, 1]);
        for (const chunk of chunks) {
            const block = layout.blocks[chunk.block!];
            assert.ok(chunk.top >= block.y && chunk.bottom <= block.bottom);
        }
    });

    it('the roadmaps are cut between action rows', () => {
        const model = bigModel(200);
        const layout = layoutMap(model, { mode: 'side-by-side', journey: model.comparisons[0].future }, { standalone: false })!;
        const rowEdges = new Set(layout.roadmaps.flatMap(r => [r.y, ...r.rows.map(row => row.top + row.height)]).concat([layout.height]));
        for (const chunk of roadmapChunks(layout)) assert.ok(rowEdges.has(chunk.top) && rowEdges.has(chunk.bottom), `${chunk.top}-${chunk.bottom}`);
    });

    it('the HTML export carries the pages, hidden on screen, and asks for landscape paper with its colours', () => {
        const [, model] = sets[0];
        const html = renderMapHtml(model, { mode: 'side-by-side', journey: model.comparisons[0].future });
        const layout = layoutMap(model, { mode: 'side-by-side', journey: model.comparisons[0].future }, { standalone: false })!;
        const pages = html.match(/<section class="jm-print-page"/g) ?? [];
        assert.equal(pages.length, printChunks(layout).length + roadmapChunks(layout).length);
        assert.match(html, /\.jm-print \{ display: none; \}/);
        assert.match(html, /@page \{ size: landscape/);
        assert.match(html, /print-color-adjust: exact/);
        assert.match(html, /\.jm-print-page \{ break-before: page; break-inside: avoid;/);
    });
});
