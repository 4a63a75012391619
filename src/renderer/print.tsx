/**
 * The HTML export on paper. The drawing is one wide SVG (a comparison easily 5,000 px): printed as
 * it is, a browser shrinks it to a strip or cuts it at the page's edge. So the page also carries a
 * print rendering, shown only when printing: the map cut into page-sized chunks at stage
 * boundaries (a stage wider than a page at its touchpoint columns, never through one), rows of
 * lanes cut at lane boundaries, each chunk with the stage headers above it and the lane labels
 * beside it, scaled to fit a landscape page (A4 or Letter). The stacked view's two maps each start
 * a page. Chunks reuse the preview's drawing of a visible x-range, moved into place; each part of a
 * chunk covers what the part under it draws beyond its edge, so nothing outside the chunk shows (no
 * clip paths: the export refers to nothing by url(), not even to itself).
 */
import type { JSX } from 'preact';
import type { MapLayout, SlotLayout } from './layout.js';
import { Body, Corner, LaneLabels, Roadmaps, StageHeaders } from './map-svg.js';
import { color } from './theme.js';

/** The page's content box in CSS pixels (landscape A4 and Letter with 10 mm margins both hold it), less the chunk's caption. */
export const printPage = { width: 975, height: 670 } as const;

/**
 * Lanes are cut downwards only when a map is taller than this (grid pixels): a stage's lanes read
 * best on one page. A chunk is as wide as the page's proportions give its height, within these
 * bounds; scaled to the page, text stays at 0.55 of its size or more (7 px for the body text).
 */
const cut = { height: 1300, minWidth: 1100, maxWidth: 1900 } as const;
/** A stage is kept whole up to this width; a wider one is cut at its touchpoint columns (never through one). */
export const wholeStage = cut.maxWidth;

export interface PrintChunk {
    /** The grid's x-range of the body and y-range of the lanes shown. */
    left: number;
    right: number;
    top: number;
    bottom: number;
    /** The stages it shows (first and last, for its caption) and the map whose block it is (stacked). */
    firstStage: string;
    lastStage: string;
    block?: number;
    /** The scale that fits it to the page. */
    scale: number;
}

export interface RoadmapChunk { top: number; bottom: number; width: number; scale: number }

/** Where the body is cut sideways: at stage boundaries, inside a very wide stage at its columns. */
function columnRanges(layout: MapLayout, width: number): Array<{ left: number; right: number; slots: SlotLayout[] }> {
    const body = width - layout.labelWidth;
    const pieces: Array<{ left: number; right: number; slot: SlotLayout }> = [];
    for (const slot of layout.slots) {
        if (slot.width <= wholeStage - layout.labelWidth) {
            pieces.push({ left: slot.x, right: slot.x + slot.width, slot });
            continue;
        }
        // At its touchpoint columns (side by side: both halves' columns), as many as fit a chunk.
        const edges = [...new Set([slot.x, ...slot.columns.map(c => c.x), slot.x + slot.width])].sort((a, b) => a - b);
        let start = edges[0];
        for (let i = 1; i < edges.length; i++) {
            if (edges[i] - start > body && edges[i - 1] > start) {
                pieces.push({ left: start, right: edges[i - 1], slot });
                start = edges[i - 1];
            }
        }
        pieces.push({ left: start, right: slot.x + slot.width, slot });
    }
    const ranges: Array<{ left: number; right: number; slots: SlotLayout[] }> = [];
    for (const piece of pieces) {
        const last = ranges[ranges.length - 1];
        if (last && piece.right - last.left <= body && last.slots[last.slots.length - 1] !== piece.slot) {
            last.right = piece.right;
            last.slots.push(piece.slot);
        } else {
            ranges.push({ left: piece.left, right: piece.right, slots: [piece.slot] });
        }
    }
    return ranges;
}

/** Where the lanes are cut downwards: at lane boundaries; the stacked view's maps apart. */
function rowRanges(layout: MapLayout): Array<{ top: number; bottom: number; block?: number }> {
    const groups = layout.blocks.length > 0
        ? layout.blocks.map((block, i) => ({ top: block.y, bottom: block.bottom, block: i }))
        : [{ top: layout.lanesTop, bottom: layout.lanesBottom }];
    const room = cut.height - layout.headerHeight;
    const ranges: Array<{ top: number; bottom: number; block?: number }> = [];
    for (const group of groups) {
        const edges = [group.top, ...layout.lanes.filter(l => l.y > group.top && l.y < group.bottom).map(l => l.y), group.bottom];
        let start = group.top;
        for (let i = 1; i < edges.length; i++) {
            if (edges[i] - start > room && edges[i - 1] > start) {
                ranges.push({ top: start, bottom: edges[i - 1], ...('block' in group ? { block: group.block } : {}) });
                start = edges[i - 1];
            }
        }
        ranges.push({ top: start, bottom: group.bottom, ...('block' in group ? { block: group.block } : {}) });
    }
    return ranges;
}

export function fitScale(width: number, height: number): number {
    return Math.min(1, printPage.width / width, printPage.height / height);
}

/** The chunks of the drawing, in reading order: row by row (stacked: the current map's first), left to right. */
export function printChunks(layout: MapLayout): PrintChunk[] {
    return rowRanges(layout).flatMap(row => {
        const height = layout.headerHeight + row.bottom - row.top;
        const width = Math.min(cut.maxWidth, Math.max(cut.minWidth, height * printPage.width / printPage.height));
        return columnRanges(layout, width).map(col => chunkOf(layout, row, col));
    });
}

function chunkOf(layout: MapLayout, row: { top: number; bottom: number; block?: number }, col: { left: number; right: number; slots: SlotLayout[] }): PrintChunk {
    const chunk: PrintChunk = {
        left: col.left, right: col.right, top: row.top, bottom: row.bottom,
        firstStage: col.slots[0].stage.name, lastStage: col.slots[col.slots.length - 1].stage.name,
        scale: fitScale(layout.labelWidth + col.right - col.left, layout.headerHeight + row.bottom - row.top),
    };
    if (row.block !== undefined) chunk.block = row.block;
    return chunk;
}

/** The actions roadmaps, cut between rows into page-sized pieces. */
export function roadmapChunks(layout: MapLayout): RoadmapChunk[] {
    if (layout.roadmaps.length === 0) return [];
    const width = Math.max(...layout.roadmaps.map(r => r.width));
    const room = width * printPage.height / printPage.width;
    const edges = [layout.roadmaps[0].y, ...layout.roadmaps.flatMap(r => [r.y, ...r.rows.map(row => row.top + row.height)]), layout.height];
    const sorted = [...new Set(edges)].sort((a, b) => a - b);
    const chunks: RoadmapChunk[] = [];
    let start = sorted[0];
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i] - start > room && sorted[i - 1] > start) {
            chunks.push({ top: start, bottom: sorted[i - 1], width, scale: fitScale(width, sorted[i - 1] - start) });
            start = sorted[i - 1];
        }
    }
    chunks.push({ top: start, bottom: layout.height, width, scale: fitScale(width, layout.height - start) });
    return chunks;
}

const px = (value: number) => Math.round(value * 10) / 10;

/** The print rendering: hidden on screen (`printCss`), the pages of the map on paper. */
export function PrintMap(props: { layout: MapLayout; title: string }): JSX.Element {
    const { layout } = props;
    const chunks = printChunks(layout);
    const roadmaps = roadmapChunks(layout);
    const total = chunks.length + roadmaps.length;
    const lw = layout.labelWidth;
    const hh = layout.headerHeight;
    return (
        <div class="jm-print" aria-hidden="true">
            {chunks.map((chunk, i) => {
                const bw = chunk.right - chunk.left;
                const bh = chunk.bottom - chunk.top;
                const w = lw + bw;
                const h = hh + bh;
                const block = chunk.block !== undefined ? layout.blocks[chunk.block] : undefined;
                const visible = { left: chunk.left, right: chunk.right };
                const stages = chunk.firstStage === chunk.lastStage ? chunk.firstStage : `${chunk.firstStage} – ${chunk.lastStage}`;
                return (
                    <section class="jm-print-page" data-chunk={i} data-block={block?.side} style={{ width: `${px(w * chunk.scale)}px` }}>
                        <p class="jm-print-caption">{`${block ? block.journey.title : props.title} · ${stages} · ${i + 1}/${total}`}</p>
                        <svg class="jm-svg jm-print-chunk" width={px(w * chunk.scale)} height={px(h * chunk.scale)} viewBox={`0 0 ${w} ${h}`}>
                            <rect class="jm-bg" x={0} y={0} width={w} height={h} />
                            {/* Layered, each part covering what the one below draws beyond its edge: the body, the
                                lane labels, the stage headers, the corner (the SVG's own edges cut the rest). */}
                            <g class="jm-print-part" data-print-area={`${lw} ${hh} ${bw} ${bh}`}>
                                <g transform={`translate(${lw - chunk.left} ${hh - chunk.top})`}><Body layout={layout} highlight={undefined} visible={visible} /></g>
                            </g>
                            <g class="jm-print-part" data-print-area={`0 ${hh} ${lw} ${bh}`}>
                                <rect class="jm-bg" x={0} y={hh} width={lw} height={bh} />
                                <g transform={`translate(0 ${hh - chunk.top})`}><LaneLabels layout={layout} /></g>
                            </g>
                            <g class="jm-print-part" data-print-area={`${lw} 0 ${bw} ${hh}`}>
                                <rect class="jm-bg" x={0} y={0} width={w} height={hh} />
                                <g transform={`translate(${lw - chunk.left} 0)`}><StageHeaders layout={layout} visible={visible} /></g>
                            </g>
                            <g class="jm-print-part" data-print-area={`0 0 ${lw} ${hh}`}>
                                <rect class="jm-bg" x={0} y={0} width={lw} height={hh} />
                                <Corner layout={layout} />
                            </g>
                        </svg>
                    </section>
                );
            })}
            {roadmaps.map((chunk, i) => (
                <section class="jm-print-page" data-chunk={chunks.length + i} style={{ width: `${px(chunk.width * chunk.scale)}px` }}>
                    <p class="jm-print-caption">{`${props.title} · ${chunks.length + i + 1}/${total}`}</p>
                    <svg class="jm-svg jm-print-chunk" width={px(chunk.width * chunk.scale)} height={px((chunk.bottom - chunk.top) * chunk.scale)}
                        viewBox={`0 ${chunk.top} ${chunk.width} ${chunk.bottom - chunk.top}`}>
                        <Roadmaps layout={layout} />
                    </svg>
                </section>
            ))}
        </div>
    );
}

/**
 * On screen the print rendering is hidden; on paper the scrolling drawing is, the page is
 * landscape, colours are kept, and every chunk starts a page and is never split.
 */
export const printCss = `
.jm-print { display: none; }
@page { size: landscape; margin: 10mm; }
@media print {
    html, body { print-color-adjust: exact; -webkit-print-color-adjust: exact; background: ${color('bg')}; }
    .jm-map { width: auto; min-width: 0; padding: 0; }
    .jm-header { position: static; width: auto; }
    .jm-drawing { display: none; }
    .jm-print { display: block; }
    .jm-print-page { break-before: page; break-inside: avoid; margin: 0; }
    .jm-print-caption { font-size: 11px; line-height: 16px; height: 16px; overflow: hidden; white-space: nowrap; margin: 0 0 4px 0; color: ${color('muted')}; }
    .jm-print-chunk { display: block; }
}
`;
