/**
 * The journey map drawn from its layout: stage headers, lane labels with the emotion axis, the
 * lanes (touchpoints, does, thinks, feels, pains, opportunities, backstage, support), the curves
 * and the actions roadmaps; in a comparison what changed is marked. Every coordinate comes from
 * `layout.ts`; these components only draw. All document text goes in as JSX text or attribute
 * values, so it is escaped by construction.
 *
 * The parts are drawn into one SVG (`MapSvg`, the SVG export) or, in the preview and the HTML
 * export, into four (`MapGrid`): a frozen corner, a frozen row of stage headers, a frozen column
 * of lane labels, and the body, so that labels and stage names stay in view while the map scrolls.
 */
import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useContext } from 'preact/hooks';
import { line, curveMonotoneX } from 'd3-shape';
import type { ActionModel, Range, StageModel, TouchpointModel } from '../model/map-model.js';
import { ChannelGlyph, ClockGlyph, round } from './icons.js';
import {
    emotionLevels, isHighlighted, lineHeight, personaStyles, size,
    type ActionRow, type BlueprintItem, type CellLayout, type MapBlock, type ColumnLayout, type CurveLayout, type Highlight, type LaneLayout, type MapLayout, type OpportunityBox,
    type PainBox, type PersonaFace, type PersonaStyle, type RoadmapColumn, type RoadmapLayout, type SlotLayout, type SourcesBlock, type StagePart, type VisibleRange,
} from './layout.js';
import type { DrawingLabels } from './labels.js';
import { textWidth as measure } from './text.js';

const f = size.font;

/** Baseline of the first line of text whose line box starts at `top`. */
function baseline(top: number, fontSize: number): number {
    return round(top + lineHeight(fontSize) / 2 + fontSize * 0.35);
}

/** Lines of text as <tspan>s (from `wrapText`), the first line's box starting at `top`. */
export function Lines(props: { x: number; top: number; lines: readonly string[]; font: number; class?: string; anchor?: 'start' | 'middle' | 'end' }): JSX.Element | null {
    const { x, top, lines, font } = props;
    if (lines.length === 0) return null;
    const lh = lineHeight(font);
    return (
        <text x={round(x)} y={baseline(top, font)} font-size={font} class={props.class} text-anchor={props.anchor}>
            {lines.map((text, i) => <tspan x={round(x)} dy={i === 0 ? 0 : lh}>{text}</tspan>)}
        </text>
    );
}

/**
 * Whether drawn elements name their document (`data-uri`) for click-to-source. Only the preview
 * sets it: an exported file must not carry the absolute paths of the files it was drawn from.
 */
export const SourceLinks = createContext(false);

/**
 * Where a click maps back to: the zero-based line where the element starts, and its document when
 * source links are on. A hook: call it once at the top of a component.
 */
export function useSource(): (uri: string, range: Range | undefined) => Record<string, string | number> {
    const links = useContext(SourceLinks);
    return (uri, range) => ({ ...(links ? { 'data-uri': uri } : {}), ...(range ? { 'data-line': range.start.line } : {}) });
}

function mapTitle(layout: MapLayout): string {
    return layout.comparison && layout.current && layout.future
        ? `${layout.current.title} → ${layout.future.title}`
        : layout.primary.title;
}

export interface MapSvgProps {
    layout: MapLayout;
    /** Style sheet to embed (standalone SVG files). */
    css?: string;
    /** The touchpoint under the editor's cursor. */
    highlight?: Highlight | undefined;
    /** Draw only the columns overlapping this x-range of the grid (the preview's viewport); everything when absent. */
    visible?: VisibleRange | undefined;
}

/** The whole map as one SVG document: the title block above the grid (the SVG export). */
export function MapSvg(props: MapSvgProps): JSX.Element {
    const { layout } = props;
    const title = mapTitle(layout);
    const top = layout.title.height;
    const width = layout.width + 2 * size.pad;
    const height = round(top + layout.height);
    return (
        <svg xmlns="http://www.w3.org/2000/svg" class="jm-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`}
            role="img" aria-label={title} data-mode={layout.mode} data-journey={layout.primary.id} data-persona={layout.persona}>
            {props.css !== undefined ? <style>{props.css}</style> : null}
            <title>{title}</title>
            <rect class="jm-bg" x="0" y="0" width={width} height={height} />
            <TitleBlockView layout={layout} />
            <g transform={`translate(${size.pad} ${top})`}>
                <Body layout={layout} highlight={props.highlight} visible={props.visible} />
                <LaneLabels layout={layout} />
                <StageHeaders layout={layout} visible={props.visible} />
                <Roadmaps layout={layout} />
                {layout.sourcesBlock ? <SourcesList block={layout.sourcesBlock} labels={layout.labels} /> : null}
            </g>
        </svg>
    );
}

/**
 * The map as four SVGs in a grid: corner, stage headers (frozen at the top), lane labels (frozen
 * at the left), body; the roadmaps below. Each SVG shows its region of the same grid coordinates.
 */
export function MapGrid(props: MapSvgProps): JSX.Element {
    const { layout } = props;
    const lw = layout.labelWidth;
    const hh = layout.headerHeight;
    const bodyWidth = layout.width - lw;
    const bodyHeight = round(layout.lanesBottom - hh + 8);
    const roadmapTop = layout.roadmaps[0]?.y ?? layout.lanesBottom;
    const roadmapHeight = round(layout.height - roadmapTop);
    const view = (x: number, y: number, w: number, h: number) => ({ width: round(w), height: round(h), viewBox: `${x} ${y} ${round(w)} ${round(h)}` });
    return (
        <div class="jm-grid" style={{ gridTemplateColumns: `${lw}px ${bodyWidth}px` }} data-mode={layout.mode}>
            <svg class="jm-svg jm-frozen jm-frozen-corner" {...view(0, 0, lw, hh)} aria-hidden="true">
                <rect class="jm-bg" x="0" y="0" width={lw} height={hh} />
                <Corner layout={layout} />
            </svg>
            <svg class="jm-svg jm-frozen jm-frozen-top" {...view(lw, 0, bodyWidth, hh)} role="group" aria-label={layout.labels.stagesRegion}>
                <rect class="jm-bg" x={lw} y="0" width={bodyWidth} height={hh} />
                <StageHeaders layout={layout} visible={props.visible} />
            </svg>
            <svg class="jm-svg jm-frozen jm-frozen-left" {...view(0, hh, lw, bodyHeight)} role="group" aria-label={layout.labels.lanesRegion}>
                <rect class="jm-bg" x="0" y={hh} width={lw} height={bodyHeight} />
                <LaneLabels layout={layout} />
            </svg>
            <svg class="jm-svg jm-body" {...view(lw, hh, bodyWidth, bodyHeight)} role="img" aria-label={mapTitle(layout)}
                data-mode={layout.mode} data-journey={layout.primary.id}>
                <rect class="jm-bg" x={lw} y={hh} width={bodyWidth} height={bodyHeight} />
                <Body layout={layout} highlight={props.highlight} visible={props.visible} />
            </svg>
            {layout.roadmaps.length > 0 ? (
                <svg class="jm-svg jm-roadmaps" {...view(0, roadmapTop, Math.max(...layout.roadmaps.map(r => r.width)), roadmapHeight)}>
                    <Roadmaps layout={layout} />
                </svg>
            ) : null}
        </div>
    );
}

export function Corner(props: { layout: MapLayout }): JSX.Element {
    const { layout } = props;
    const view = layout.labels.cornerView(layout.mode);
    return (
        <g class="jm-corner">
            <text class="jm-lane-label" x={10} y={baseline(10, f.label)} font-size={f.label}>{layout.labels.cornerTitle}</text>
            {view ? <text class="jm-muted" x={10} y={baseline(12 + lineHeight(f.label), f.small)} font-size={f.small}>{view}</text> : null}
        </g>
    );
}

function TitleBlockView(props: { layout: MapLayout }): JSX.Element | null {
    const source = useSource();
    const { layout } = props;
    const block = layout.title;
    if (block.height === 0) return null;
    const x = size.pad;
    const nodes: JSX.Element[] = [];
    for (const entry of block.titles) {
        const journey = entry.journey;
        const { stateLabel: state, pillWidth } = entry;
        nodes.push(
            <g class="jm-journey-title" data-journey={journey.id} {...source(journey.uri, journey.range)}>
                <rect class={`jm-state-${journey.state}`} x={x} y={entry.y + 3} width={pillWidth} height={18} rx={9} />
                <text class="jm-state-text" x={round(x + pillWidth / 2)} y={entry.y + 15.5} font-size={f.badge} text-anchor="middle">{state}</text>
                <Lines x={x + pillWidth + 10} top={entry.y} lines={entry.lines} font={f.panelTitle} class="jm-title" />
                {entry.metaLine ? <Lines x={x} top={entry.metaTop} lines={[entry.metaLine]} font={f.meta} class="jm-muted" /> : null}
                <Lines x={x} top={entry.scenarioTop} lines={entry.scenarioLines} font={f.meta} class="jm-scenario" />
            </g>,
        );
    }
    const comparison = layout.comparison;
    if (comparison && block.summaryTitle !== undefined) {
        const s = comparison.summary;
        nodes.push(
            <g class="jm-summary" data-summary="comparison" data-current={comparison.current} data-future={comparison.future}
                data-added={s.added} data-removed={s.removed} data-moved={s.moved} data-changed={s.changed} data-unchanged={s.unchanged}
                data-mean-emotion-delta={s.meanEmotionDelta === undefined ? undefined : round(s.meanEmotionDelta, 3)}
                data-resolved={comparison.pains.resolved.length} data-dropped={comparison.pains.dropped?.length ?? 0} data-new-pains={comparison.pains.new.length}>
                <rect class="jm-summary-box" x={x} y={block.summaryY} width={layout.width} height={block.summaryHeight} rx={6} />
                <Lines x={x + 12} top={block.summaryTitleTop} lines={[block.summaryTitle]} font={f.summary} class="jm-strong" />
                <Lines x={x + 12} top={block.summaryLinesTop} lines={block.summaryLines} font={f.summary} class="jm-summary-counts" />
            </g>,
        );
    }
    if (block.legendY !== undefined) nodes.push(<Legend layout={layout} x={x} y={block.legendY} />);
    return <g class="jm-header">{nodes}</g>;
}

/** The curves' key: which line is which persona, and (overlay) which map. */
export function Legend(props: { layout: MapLayout; x: number; y: number }): JSX.Element {
    const { layout, x } = props;
    const labels = layout.labels;
    let cy = props.y + 10;
    const rows: JSX.Element[] = [];
    if (layout.personas.length > 0) {
        const caption = labels.legendPersonasCaption;
        let at = x + textWidth(caption) + 12;
        const entries = layout.personas.map(persona => {
            const entry = (
                <g class="jm-legend-persona" data-persona={persona.id}>
                    <PersonaKey persona={persona} x={at} cy={cy} />
                    <text x={at + 46} y={cy + 4} font-size={f.small}>{persona.name}</text>
                </g>
            );
            at += 46 + textWidth(persona.name) + 28;
            return entry;
        });
        rows.push(<g class="jm-legend-personas"><text class="jm-strong" x={x} y={cy + 4} font-size={f.small}>{caption}</text>{entries}</g>);
        cy += 26;
    }
    if (layout.mode === 'overlay') {
        rows.push(
            <g class="jm-legend-maps">
                <path class={layout.personas.length > 0 ? 'jm-curve jm-curve-neutral' : 'jm-curve'} d={`M${x} ${cy}h36`} />
                <text x={x + 44} y={cy + 4} font-size={f.small}>{labels.legendFuture(layout.future?.title ?? '')}</text>
                <path class="jm-curve-current" d={`M${x + 360} ${cy}h36`} />
                <text x={x + 404} y={cy + 4} font-size={f.small}>{labels.legendCurrent(layout.current?.title ?? '')}</text>
            </g>,
        );
    }
    return <g class="jm-legend">{rows}</g>;
}

function textWidth(text: string): number {
    return measure(text, f.small);
}

/** A persona's key: a piece of its line with its mark, as its curve is drawn. */
export function PersonaKey(props: { persona: PersonaStyle; x: number; cy: number }): JSX.Element {
    const { persona, x, cy } = props;
    return (
        <g class={`jm-persona-key ${personaClass(persona)}`}>
            <path class={`jm-curve ${personaClass(persona)}`} d={`M${x} ${cy}h38`} />
            <PersonaMark persona={persona} cx={x + 19} cy={cy} r={5.5} />
        </g>
    );
}

/** The class that gives a persona's curve, faces and marks their colour, dash and shape. */
export function personaClass(persona: PersonaStyle): string {
    return `jm-persona-${persona.index % personaStyles}`;
}

type MarkShape = 'circle' | 'square' | 'diamond' | 'triangle';
const markShapes: readonly MarkShape[] = ['circle', 'square', 'diamond', 'triangle'];

function markShape(persona: PersonaStyle): MarkShape {
    return markShapes[persona.index % markShapes.length];
}

/** A shape of radius about `r` around (cx, cy): a persona is told apart by its marks' shape as well as its colour. */
function ShapeOf(props: { shape: MarkShape; cx: number; cy: number; r: number; class: string; extra?: Record<string, string | number> }): JSX.Element {
    const { shape, cx, cy, r } = props;
    const common = { class: props.class, ...props.extra };
    switch (shape) {
        case 'circle': return <circle {...common} cx={round(cx)} cy={round(cy)} r={r} />;
        case 'square': return <rect {...common} x={round(cx - r * 0.9)} y={round(cy - r * 0.9)} width={round(r * 1.8)} height={round(r * 1.8)} rx={round(r * 0.3)} />;
        case 'diamond': return <path {...common} d={`M${round(cx)} ${round(cy - r * 1.2)}L${round(cx + r * 1.2)} ${round(cy)}L${round(cx)} ${round(cy + r * 1.2)}L${round(cx - r * 1.2)} ${round(cy)}Z`} />;
        case 'triangle': return <path {...common} d={`M${round(cx)} ${round(cy - r * 1.25)}L${round(cx + r * 1.2)} ${round(cy + r * 0.85)}H${round(cx - r * 1.2)}Z`} />;
    }
}

/** A persona's mark (legend, stage header, the current map's points in the overlay). */
export function PersonaMark(props: { persona: PersonaStyle; cx: number; cy: number; r: number; hollow?: boolean }): JSX.Element {
    return <ShapeOf shape={markShape(props.persona)} cx={props.cx} cy={props.cy} r={props.r} class={`${props.hollow ? 'jm-persona-mark-hollow' : 'jm-persona-mark'} ${personaClass(props.persona)}`} />;
}

function overlaps(left: number, width: number, visible: VisibleRange | undefined): boolean {
    return visible === undefined || (left + width >= visible.left && left <= visible.right);
}

function visibleSlots(layout: MapLayout, visible: VisibleRange | undefined): SlotLayout[] {
    return layout.slots.filter(slot => overlaps(slot.x, slot.width, visible));
}

// ---------------------------------------------------------------------------------------------
// Frozen parts: stage headers and lane labels

export function StageHeaders(props: { layout: MapLayout; visible: VisibleRange | undefined }): JSX.Element {
    const { layout } = props;
    // Keys let Preact move the drawn headers along when the visible range slides, instead of redrawing each.
    return <g class="jm-stage-headers">{visibleSlots(layout, props.visible).map(slot => <StageHeader key={slot.id} layout={layout} slot={slot} />)}</g>;
}

function StageHeader(props: { layout: MapLayout; slot: SlotLayout }): JSX.Element {
    const source = useSource();
    const { layout, slot } = props;
    const x = slot.x + 4;
    const width = slot.width - 8;
    const height = layout.headerHeight - 4;
    const status = layout.comparison ? slot.status : undefined;
    const stage = slot.stage;
    const header = slot.header;
    const labels = layout.labels;
    const parts: ComponentChildren[] = [];
    parts.push(<Lines x={x + 12} top={header.nameTop} lines={slot.nameLines} font={f.stage} class="jm-stage-name" />);
    if (slot.timeLine !== undefined) {
        parts.push(<Lines x={x + 12} top={header.timeTop} lines={[slot.timeLine]} font={f.metric} class="jm-stage-metric jm-strong jm-stage-time" />);
    }
    if (slot.renamedLine !== undefined) {
        parts.push(<Lines x={x + 12} top={header.renamedTop} lines={[slot.renamedLine]} font={f.metric} class="jm-stage-metric jm-italic jm-stage-renamed" />);
    }
    if (slot.emotionLine !== undefined) {
        const delta = layout.comparison ? slot.emotionDelta : undefined;
        parts.push(
            <text x={x + 12} y={baseline(header.emotionTop, f.metric)} font-size={f.metric} class="jm-stage-metric">
                <tspan class="jm-strong">{slot.emotionLine}</tspan>
                {delta !== undefined ? <tspan class={deltaClass(delta)} data-delta={round(delta, 3)}>{`  ${labels.change(delta)}`}</tspan> : null}
            </text>,
        );
    }
    let meanTop = header.emotionTop;
    for (const mean of slot.personaMeans) {
        const top = meanTop;
        const valuesTop = mean.wrapped ? top + lineHeight(f.metric) : top;
        meanTop = valuesTop + lineHeight(f.metric);
        const delta = layout.comparison ? mean.delta : undefined;
        const values = [
            <tspan>{mean.wrapped ? mean.values : ` ${mean.values}`}</tspan>,
            delta !== undefined ? <tspan class={deltaClass(delta)} data-delta={round(delta, 3)}>{`  ${labels.change(delta)}`}</tspan> : null,
        ];
        parts.push(
            <g class="jm-persona-mean" data-persona={mean.persona.id}>
                <PersonaMark persona={mean.persona} cx={x + 17} cy={top + lineHeight(f.metric) / 2} r={4.5} />
                <text x={x + 28} y={baseline(top, f.metric)} font-size={f.metric} class="jm-stage-metric">
                    <tspan class="jm-strong">{mean.name}</tspan>
                    {mean.wrapped ? null : values}
                </text>
                {mean.wrapped ? <text x={x + 28} y={baseline(valuesTop, f.metric)} font-size={f.metric} class="jm-stage-metric">{values}</text> : null}
            </g>,
        );
    }
    if (status === 'added' || status === 'removed') {
        parts.push(<Badge x={x + 12} y={header.badgeTop} label={labels.stageBadge(status)} kind={status} />);
    }
    for (const half of slot.halves) {
        parts.push(
            <g class="jm-half" data-side={half.side}>
                <text class="jm-side-tag" x={half.x + 14} y={round(height - 6)} font-size={f.sideTag}>{half.label.toUpperCase()}</text>
                {half.x > slot.x ? <line class="jm-divider" x1={half.x} x2={half.x} y1={round(height - lineHeight(f.sideTag) - 4)} y2={height} /> : null}
            </g>,
        );
    }
    return (
        <g class={`jm-stage${status ? ` jm-status-${status}` : ''}`} data-journey={slot.journeyId} data-stage={slot.id} data-status={status} {...source(stage.uri, stage.range)}>
            <title>{stageTooltip(stage, labels)}</title>
            <rect class={status === 'added' || status === 'removed' ? 'jm-stage-box jm-stage-box-changed' : 'jm-stage-box'} x={x} y={4} width={width} height={height - 4} rx={8} />
            {parts}
        </g>
    );
}

/** Everything the stage header leaves to the lanes, in full. */
function stageTooltip(stage: StageModel, labels: DrawingLabels): string {
    const lines = [stage.name];
    if (stage.goal) lines.push(labels.field('goal', stage.goal));
    for (const m of stage.metrics) lines.push(labels.metric(m.name, m.value, m.percent));
    return lines.join('\n');
}

export function LaneLabels(props: { layout: MapLayout }): JSX.Element {
    const { layout } = props;
    return (
        <g class="jm-lane-labels">
            {layout.lanes.map((lane, i) => (
                <g class="jm-lane-label-cell" data-lane-label={lane.key} data-side={lane.side}>
                    {laneBanded(layout, i) ? <rect class="jm-lane-band" x={0} y={lane.y} width={layout.labelWidth} height={lane.height} /> : null}
                    <line class={lane.first ? 'jm-grid-strong' : 'jm-grid'} x1={0} x2={layout.labelWidth} y1={lane.y} y2={lane.y} />
                    {/* Every row is labelled (both rows of a paired lane), so none is left unnamed when the other has scrolled away. */}
                    <Lines x={10} top={lane.labelTop} lines={lane.labelLines} font={f.label} class="jm-lane-label" />
                    {lane.side ? (
                        <text class={`jm-side-tag jm-side-tag-${lane.side}`} x={lane.tagInline ? layout.labelWidth - 10 : 10} y={baseline(lane.tagTop, f.label)}
                            font-size={f.sideTag} text-anchor={lane.tagInline ? 'end' : undefined}>{layout.labels.side(lane.side)}</text>
                    ) : null}
                    {lane.key === 'feels' && !lane.empty ? <EmotionAxisLabels lane={lane} right={layout.labelWidth - 8} labels={layout.labels} /> : null}
                </g>
            ))}
            {layout.laneLines.map(line => (
                <Lines x={10} top={line.labelTop} lines={line.labelLines} font={f.small} class={`jm-visibility-label jm-line-label-${line.kind}`} />
            ))}
            {layout.blocks.map(block => <BlockLabel block={block} labelWidth={layout.labelWidth} />)}
            <line class="jm-divider" x1={layout.labelWidth - 0.5} x2={layout.labelWidth - 0.5} y1={layout.lanesTop} y2={layout.lanesBottom} />
        </g>
    );
}

/** The stacked view: the map's state in the lane-label column, beside its heading. */
function BlockLabel(props: { block: MapBlock; labelWidth: number }): JSX.Element {
    const { block } = props;
    return (
        <g class="jm-block-label" data-side={block.side}>
            <rect class="jm-block-head" x={0} y={block.y} width={props.labelWidth} height={block.height} />
            <rect class={`jm-state-${block.journey.state}`} x={10} y={block.titleTop + 3} width={block.pillWidth} height={18} rx={9} />
            <text class="jm-state-text" x={round(10 + block.pillWidth / 2)} y={block.titleTop + 15.5} font-size={f.badge} text-anchor="middle">{block.stateLabel}</text>
        </g>
    );
}

/** The stacked view: each map's heading across its block (title, personas, owner, review; the future map's repeats the stage names). */
function BlockHeading(props: { layout: MapLayout; block: MapBlock; left: number; right: number; slots: readonly SlotLayout[] }): JSX.Element {
    const source = useSource();
    const { layout, block, left, right } = props;
    const x = layout.labelWidth + 12;
    const names = block.stageNames;
    return (
        <g class="jm-block-heading" data-side={block.side} data-journey={block.journey.id} {...source(block.journey.uri, block.journey.range)}>
            <rect class="jm-block-head" x={left} y={block.y} width={right - left} height={block.height} />
            <line class="jm-grid-strong" x1={left} x2={right} y1={block.y} y2={block.y} />
            <Lines x={x} top={block.titleTop} lines={block.titleLines} font={f.panelTitle} class="jm-title" />
            {block.metaLine ? <Lines x={x} top={block.metaTop} lines={[block.metaLine]} font={f.meta} class="jm-muted" /> : null}
            {names ? props.slots.map(slot => (
                <Lines x={slot.x + 16} top={names.top} lines={[names.lines.get(slot.id) ?? '']} font={f.stage} class="jm-stage-name jm-block-stage" />
            )) : null}
        </g>
    );
}

/** Every other lane is banded; the two rows of a paired lane share their band. */
function laneBanded(layout: MapLayout, index: number): boolean {
    let lane = 0;
    for (let i = 1; i <= index; i++) if (layout.lanes[i].first) lane++;
    return lane % 2 === 0;
}

function EmotionAxisLabels(props: { lane: LaneLayout; right: number; labels: DrawingLabels }): JSX.Element {
    return (
        <g class="jm-emotion-axis">
            {emotionLevels(props.lane).map(({ level, y }) => (
                <text class="jm-axis-label" x={props.right} y={round(y + 4)} font-size={f.axis} text-anchor="end">{props.labels.axis(level)}</text>
            ))}
        </g>
    );
}

// ---------------------------------------------------------------------------------------------
// The body

export function Body(props: { layout: MapLayout; highlight: Highlight | undefined; visible: VisibleRange | undefined }): JSX.Element {
    const { layout, highlight, visible } = props;
    const slots = visibleSlots(layout, visible);
    const left = visible ? Math.max(layout.labelWidth, visible.left - size.column) : layout.labelWidth;
    const right = visible ? Math.min(layout.width, visible.right + size.column) : layout.width;
    return (
        <g class="jm-lanes-body">
            {layout.lanes.map((lane, i) => (
                <g class="jm-lane" data-lane={lane.key} data-side={lane.side}>
                    {laneBanded(layout, i) ? <rect class="jm-lane-band" x={left} y={lane.y} width={right - left} height={lane.height} /> : null}
                    <line class={lane.first ? 'jm-grid-strong' : 'jm-grid'} x1={left} x2={right} y1={lane.y} y2={lane.y} />
                    {lane.key === 'feels' && !lane.empty ? emotionLevels(lane).map(({ level, y }) => (
                        <line class={level === 0 ? 'jm-baseline' : 'jm-grid'} x1={left} x2={right} y1={y} y2={y} />
                    )) : null}
                </g>
            ))}
            {slots.map(slot => (
                <line key={slot.id} class="jm-divider" x1={slot.x} x2={slot.x} y1={layout.lanesTop} y2={layout.lanesBottom} />
            ))}
            {slots.flatMap(slot => slot.halves.filter(h => h.x > slot.x).map(h => (
                <line key={`${slot.id}/half`} class="jm-divider jm-divider-half" x1={h.x} x2={h.x} y1={layout.lanesTop} y2={layout.lanesBottom} />
            )))}
            <line class="jm-divider" x1={layout.width} x2={layout.width} y1={layout.lanesTop} y2={layout.lanesBottom} />
            {layout.blocks.map(block => <BlockHeading layout={layout} block={block} left={left} right={right} slots={slots} />)}
            <LaneLines layout={layout} left={left} right={right} />
            {slots.map(slot => <StageParts key={slot.id} layout={layout} slot={slot} />)}
            <Curves layout={layout} visible={visible} />
            {slots.map(slot => slot.columns
                .filter(column => overlaps(column.x, size.column, visible))
                .map(column => (
                    <Column key={`${slot.id}/${column.cells.map(c => `${c.side}:${c.touchpoint.id}`).join('+')}/${column.x}`} layout={layout} column={column} highlight={highlight} />
                )))}
        </g>
    );
}

function laneOf(layout: MapLayout, key: LaneLayout['key'], side?: Side): LaneLayout | undefined {
    return layout.lanes.find(lane => lane.key === key && (side === undefined || lane.side === undefined || lane.side === side));
}

type Side = CellLayout['side'];

/** The lines between blueprint lanes: interaction, visibility (`jm-visibility-line`), internal interaction. */
function LaneLines(props: { layout: MapLayout; left: number; right: number }): JSX.Element | null {
    if (props.layout.laneLines.length === 0) return null;
    return (
        <g class="jm-lane-lines">
            {props.layout.laneLines.map(line => (
                <g class={line.kind === 'visibility' ? 'jm-visibility-line' : `jm-${line.kind}-line`} data-line-kind={line.kind}>
                    <line class={`jm-visibility jm-line-${line.kind}`} x1={props.left} x2={props.right} y1={line.y} y2={line.y} />
                </g>
            ))}
        </g>
    );
}

/** Per stage and map: the goal and metrics, the stage-wide pains and opportunities, or an empty half or row. */
function StageParts(props: { layout: MapLayout; slot: SlotLayout }): JSX.Element {
    const { layout, slot } = props;
    return (
        <g class="jm-stage-parts" data-stage={slot.id}>
            {slot.parts.map(part => <StagePartView layout={layout} slot={slot} part={part} />)}
        </g>
    );
}

function StagePartView(props: { layout: MapLayout; slot: SlotLayout; part: StagePart }): JSX.Element {
    const source = useSource();
    const { layout, slot, part } = props;
    const x = part.x + size.cellPad;
    const width = part.width - 2 * size.cellPad;
    const parts: ComponentChildren[] = [];
    const stage = part.stage;
    if (!stage) {
        // The stage is not in this map: its half (side-by-side), its rows (paired) or its block's column (stacked) say so.
        const placeholder = part.placeholder;
        if (placeholder) {
            parts.push(
                <g class="jm-stage-placeholder" data-journey={part.journeyId} data-stage={slot.id} data-side={part.side}>
                    {placeholder.rows.map(r => <rect class="jm-placeholder" x={part.x + 4} y={r.y + 4} width={part.width - 8} height={Math.max(0, r.height - 8)} rx={6} />)}
                    <Lines x={x} top={placeholder.textTop} lines={part.placeholderLines} font={f.goal} class="jm-placeholder-text" />
                </g>,
            );
        }
        return <g class="jm-stage-part" data-side={part.side}>{parts}</g>;
    }
    if (laneOf(layout, 'stage', part.side) && (part.goalLines.length > 0 || part.metricLines.length > 0)) {
        parts.push(<Lines x={x} top={part.goalTop} lines={part.goalLines} font={f.goal} class="jm-stage-goal" />);
        parts.push(<Lines x={x} top={part.metricsTop} lines={part.metricLines} font={f.metric} class="jm-stage-metric-line" />);
    }
    if (part.painsTop !== undefined && part.pains.length > 0) {
        parts.push(<Lines x={x} top={part.painsTop} lines={[layout.labels.wholeStage]} font={f.small} class="jm-caption" />);
        parts.push(<PainStack x={x} width={width} boxes={part.pains} labels={layout.labels} />);
    }
    if (part.opportunitiesTop !== undefined && part.opportunities.length > 0) {
        parts.push(<Lines x={x} top={part.opportunitiesTop} lines={[layout.labels.wholeStage]} font={f.small} class="jm-caption" />);
        parts.push(<OpportunityStack x={x} width={width} boxes={part.opportunities} journeyId={part.journeyId} uri={stage.uri} />);
    }
    return (
        <g class="jm-stage-part jm-stage-wide" data-journey={part.journeyId} data-stage={stage.id} data-side={part.side} {...source(stage.uri, stage.range)}>
            {parts}
        </g>
    );
}

function Badge(props: { x: number; y: number; label: string; kind: string; anchor?: 'start' | 'end' }): JSX.Element {
    const width = round(props.label.length * f.badge * 0.74 + 14);
    const x = props.anchor === 'end' ? props.x - width : props.x;
    return (
        <g class="jm-badge" data-badge={props.kind}>
            <rect class={`jm-badge-${props.kind}`} x={round(x)} y={round(props.y)} width={width} height={17} rx={8.5} />
            <text class="jm-badge-text" x={round(x + width / 2)} y={round(props.y + 12.3)} font-size={f.badge} text-anchor="middle">{props.label}</text>
        </g>
    );
}

function deltaClass(delta: number): string {
    const rounded = Math.round(delta * 100) / 100;
    return rounded > 0 ? 'jm-delta-up' : rounded < 0 ? 'jm-delta-down' : 'jm-delta-same';
}

function Column(props: { layout: MapLayout; column: ColumnLayout; highlight: Highlight | undefined }): JSX.Element {
    const { layout, column, highlight } = props;
    return (
        <g class="jm-column" data-stage={column.stageId}>
            {column.cells.map(cell => <Cell layout={layout} column={column} cell={cell} highlighted={!cell.ghost && isHighlighted(cell.touchpoint, highlight)} />)}
        </g>
    );
}

function Cell(props: { layout: MapLayout; column: ColumnLayout; cell: CellLayout; highlighted: boolean }): JSX.Element {
    const source = useSource();
    const { layout, column, cell, highlighted } = props;
    const touchpoint = cell.touchpoint;
    const left = column.x;
    const inner = size.column - 2 * size.cellPad;
    const x = left + size.cellPad;
    const status = layout.comparison ? cell.status : undefined;
    const classes = ['jm-touchpoint'];
    if (status) classes.push(`jm-status-${status}`);
    if (cell.ghost) classes.push('jm-ghost');
    if (highlighted) classes.push('jm-highlight');
    const lanes = layout.lanes.filter(lane => lane.side === undefined || lane.side === cell.side);
    const parts: ComponentChildren[] = [];
    if (highlighted && lanes.length > 0) {
        for (const lane of lanes) parts.push(<rect class="jm-highlight-band" x={left + 2} y={lane.y} width={size.column - 4} height={lane.height} />);
    }
    for (const lane of lanes) {
        const top = lane.contentTop;
        switch (lane.key) {
            case 'touchpoints':
                parts.push(<Card x={x} width={inner} cell={cell} status={status} labels={layout.labels} />);
                break;
            case 'does':
                parts.push(<Lines x={x} top={top} lines={cell.actionLines} font={f.body} class="jm-action" />);
                break;
            case 'thinks':
                if (cell.thoughtLines.length > 0) {
                    parts.push(
                        <g class="jm-thinks">
                            <rect class="jm-thought" x={x} y={top} width={inner} height={cell.thoughtHeight} rx={10} />
                            <Lines x={x + 8} top={top + 7} lines={cell.thoughtLines} font={f.body} class="jm-italic" />
                        </g>,
                    );
                }
                break;
            case 'feels':
                if (cell.faces) {
                    for (const face of cell.faces) parts.push(<PersonaEmotion face={face} showDelta={layout.comparison !== undefined && cell.side === 'future'} labels={layout.labels} />);
                } else if (cell.emotion && touchpoint.emotion !== undefined) {
                    parts.push(<EmotionDot cell={cell} emotion={touchpoint.emotion} delta={layout.comparison && cell.side === 'future' ? cell.emotionDelta : undefined} labels={layout.labels} />);
                }
                break;
            case 'pains':
                parts.push(<PainStack x={x} width={inner} boxes={cell.pains} labels={layout.labels} />);
                break;
            case 'opportunities':
                parts.push(<OpportunityStack x={x} width={inner} boxes={cell.opportunities} journeyId={cell.journeyId} uri={touchpoint.uri} />);
                break;
            case 'props':
            case 'frontstage':
            case 'backstage':
            case 'support':
                parts.push(<Blueprint x={x} items={cell[lane.key]} kind={lane.key} />);
                break;
        }
    }
    return (
        <g class={classes.join(' ')} data-journey={cell.journeyId} data-stage={column.stageId} data-touchpoint={touchpoint.id}
            data-side={cell.side} data-status={status} {...source(touchpoint.uri, touchpoint.range)}>
            <title>{tooltip(touchpoint, layout.labels)}</title>
            {parts}
        </g>
    );
}

function tooltip(t: TouchpointModel, labels: DrawingLabels): string {
    const lines = [t.name];
    if (t.channel) lines.push(labels.field('channel', t.channel.name));
    if (t.emotion !== undefined) lines.push(labels.field('emotion', labels.emotion(t.emotion, t.emotionLabel)));
    if (t.owner) lines.push(labels.field('owner', t.owner));
    for (const m of t.metrics) lines.push(labels.metric(m.name, m.value, m.percent));
    for (const e of t.evidence) lines.push(labels.field('evidence', `${e.text}${e.link ? ` (${e.link})` : ''}`));
    return lines.join('\n');
}

function Card(props: { x: number; width: number; cell: CellLayout; status: CellLayout['status']; labels: DrawingLabels }): JSX.Element {
    const { x, width, cell, status } = props;
    const { top, height, timeTop, nameTop, subTop, detailTop, noteTop } = cell.card;
    const icon = size.iconSize;
    const textX = x + 10 + icon + 8;
    const channel = cell.touchpoint.channel;
    return (
        <g class="jm-card-group">
            <rect class="jm-card" x={x} y={top} width={width} height={height} rx={8} />
            <circle class="jm-icon-bg" cx={x + 10 + icon / 2} cy={top + 9 + icon / 2} r={icon / 2} />
            {/* A moment of the day without a channel shows a clock. */}
            {!channel && cell.timeLine !== undefined
                ? <ClockGlyph x={x + 10 + 5} y={top + 9 + 5} size={icon - 10} />
                : <ChannelGlyph kind={channel?.icon} x={x + 10 + 5} y={top + 9 + 5} size={icon - 10} />}
            {cell.timeLine !== undefined ? <Lines x={textX} top={timeTop} lines={[cell.timeLine]} font={f.small} class="jm-strong jm-time" /> : null}
            <Lines x={textX} top={nameTop} lines={cell.nameLines} font={f.name} class="jm-strong jm-touchpoint-name" />
            <Lines x={textX} top={subTop} lines={cell.subLines} font={f.small} class="jm-muted" />
            <Lines x={x + 10} top={detailTop} lines={cell.detailLines} font={f.small} class="jm-card-details" />
            {cell.note !== undefined ? <Lines x={x + 10} top={noteTop} lines={[cell.note]} font={f.small} class="jm-muted jm-italic jm-note" /> : null}
            {status && status !== 'unchanged' ? <Badge x={x + width - 6} y={top - 9} label={props.labels.touchpointBadge(status)} kind={status} anchor="end" /> : null}
        </g>
    );
}

function emotionClass(emotion: number): 'positive' | 'neutral' | 'negative' {
    return emotion > 0 ? 'positive' : emotion < 0 ? 'negative' : 'neutral';
}

/** A face: its mouth (not only its colour) says how the customer feels; a persona's face has its shape and its colour's ring. */
function Face(props: { cx: number; cy: number; emotion: number; r: number; persona?: PersonaStyle }): JSX.Element {
    const { cx, cy, emotion, r, persona } = props;
    const kind = emotionClass(emotion);
    const bend = emotion * 1.6; // smile up, frown down
    const mouth = `M${round(cx - r * 0.45)} ${round(cy + r * 0.3 - bend / 2)} Q${round(cx)} ${round(cy + r * 0.3 + bend)} ${round(cx + r * 0.45)} ${round(cy + r * 0.3 - bend / 2)}`;
    return (
        <g class="jm-face" data-emotion={emotion}>
            {persona
                ? <ShapeOf shape={markShape(persona)} cx={cx} cy={cy} r={r} class={`jm-dot jm-dot-${kind} jm-dot-persona ${personaClass(persona)}`} />
                : <circle class={`jm-dot jm-dot-${kind}`} cx={round(cx)} cy={round(cy)} r={r} />}
            <circle class="jm-bg" cx={round(cx - r * 0.35)} cy={round(cy - r * 0.25)} r={1.6} />
            <circle class="jm-bg" cx={round(cx + r * 0.35)} cy={round(cy - r * 0.25)} r={1.6} />
            <path d={mouth} fill="none" class="jm-face-mouth" stroke-width={1.8} stroke-linecap="round" />
        </g>
    );
}

function EmotionDot(props: { cell: CellLayout; emotion: number; delta: number | undefined; labels: DrawingLabels }): JSX.Element {
    const { cell, emotion, delta } = props;
    const place = cell.emotion!;
    return (
        <g class="jm-emotion" data-emotion={emotion}>
            <Face cx={place.cx} cy={place.cy} emotion={emotion} r={10} />
            {cell.emotionLabel !== undefined
                ? <text class={`jm-emotion-label jm-emotion-${emotionClass(emotion)}`} x={round(place.cx)} y={round(place.labelY)} font-size={f.emotion} text-anchor="middle">{cell.emotionLabel}</text>
                : null}
            {delta !== undefined && Math.round(delta * 100) !== 0
                ? <text class={`jm-delta ${deltaClass(delta)}`} data-delta={round(delta, 3)} x={round(place.deltaX)} y={round(place.deltaY)} font-size={f.delta}>{props.labels.change(delta)}</text>
                : null}
        </g>
    );
}

/** One persona's face at a touchpoint, with its label and (future map) its change. */
function PersonaEmotion(props: { face: PersonaFace; showDelta: boolean; labels: DrawingLabels }): JSX.Element {
    const { face, labels } = props;
    const place = face.place;
    const delta = props.showDelta ? face.delta : undefined;
    return (
        <g class="jm-emotion" data-emotion={face.emotion} data-persona={face.persona.id}>
            <Face cx={place.cx} cy={place.cy} emotion={face.emotion} r={10} persona={face.persona} />
            <text class={`jm-emotion-label jm-emotion-${emotionClass(face.emotion)}`} x={face.labelX} y={round(place.labelY)} font-size={f.emotion} text-anchor="middle">{face.label}</text>
            {delta !== undefined && Math.round(delta * 100) !== 0
                ? <text class={`jm-delta ${deltaClass(delta)}`} data-delta={round(delta, 3)} x={round(place.deltaX)} y={round(place.deltaY)} font-size={f.delta}>{labels.change(delta)}</text>
                : null}
        </g>
    );
}

/** Points this far outside the visible range still shape the curve's ends inside it. */
const curveMargin = 2 * size.column;

function Curves(props: { layout: MapLayout; visible: VisibleRange | undefined }): JSX.Element {
    const source = useSource();
    const { layout, visible } = props;
    const near = (x: number) => visible === undefined || (x >= visible.left - curveMargin && x <= visible.right + curveMargin);
    // One decimal is plenty and keeps big maps small.
    const path = line().curve(curveMonotoneX).digits(1);
    const draw = (curve: CurveLayout) => curve.segments
        .map(segment => segment.filter(p => near(p.x)))
        .filter(segment => segment.length > 1)
        .map(segment => path(segment.map(p => [p.x, p.y] as [number, number])) ?? '');
    return (
        <g class="jm-curves">
            {layout.curves.filter(c => c.kind === 'current').map(curve => (
                <g class="jm-current-curve" data-journey={curve.journeyId} data-persona={curve.persona?.id}>
                    {draw(curve).map(d => <path class={curve.persona ? `jm-curve-current jm-curve-current-persona ${personaClass(curve.persona)}` : 'jm-curve-current'} data-journey={curve.journeyId} d={d} />)}
                    {curve.points.filter(p => near(p.x)).map(p => (
                        <g key={p.touchpoint.id} class="jm-current-point" data-touchpoint={p.touchpoint.id}>
                            {curve.persona
                                ? <ShapeOf shape={markShape(curve.persona)} cx={p.x} cy={p.y} r={4.5} class={`jm-dot-current ${personaClass(curve.persona)}`}
                                    extra={{ 'data-journey': curve.journeyId, 'data-touchpoint': p.touchpoint.id, 'data-emotion': p.emotion, ...source(p.touchpoint.uri, p.touchpoint.range) }} />
                                : <circle class="jm-dot-current" cx={round(p.x)} cy={round(p.y)} r={4.5}
                                    data-journey={curve.journeyId} data-touchpoint={p.touchpoint.id} data-emotion={p.emotion}
                                    {...source(p.touchpoint.uri, p.touchpoint.range)} />}
                            {p.label !== undefined ? <text class="jm-current-label" x={round(p.labelX)} y={round(p.labelY)} font-size={f.small} text-anchor="end">{p.label}</text> : null}
                        </g>
                    ))}
                </g>
            ))}
            {layout.curves.filter(c => c.kind === 'main').flatMap(curve => draw(curve).map(d => (
                <path class={curveClass(curve, layout)} data-journey={curve.journeyId} data-side={curve.side} data-persona={curve.persona?.id} d={d} />
            )))}
        </g>
    );
}

function curveClass(curve: CurveLayout, layout: MapLayout): string {
    const classes = ['jm-curve'];
    if (curve.side === 'current' && layout.comparison) classes.push('jm-curve-before');
    if (curve.persona) classes.push(personaClass(curve.persona));
    return classes.join(' ');
}

/** Severity by shape too: triangle (high), diamond (medium), circle (low), ring (none). */
function SeverityMark(props: { x: number; y: number; severity: PainBox['pain']['severity'] }): JSX.Element {
    const { x, y, severity } = props;
    const cls = `jm-severity-mark-${severity ?? 'none'}`;
    switch (severity) {
        case 'high': return <path class={cls} d={`M${x} ${y - 5.5}L${x + 5.5} ${y + 4.5}H${x - 5.5}Z`} />;
        case 'medium': return <path class={cls} d={`M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`} />;
        case 'low': return <circle class={cls} cx={x} cy={y} r={3.5} />;
        default: return <circle class={cls} cx={x} cy={y} r={3} />;
    }
}

function PainStack(props: { x: number; width: number; boxes: readonly PainBox[]; labels: DrawingLabels }): JSX.Element | null {
    const { x, width, boxes } = props;
    if (boxes.length === 0) return null;
    return <g class="jm-pains">{boxes.map(box => <Pain x={x} width={width} box={box} labels={props.labels} />)}</g>;
}

function Pain(props: { x: number; width: number; box: PainBox; labels: DrawingLabels }): JSX.Element {
    const source = useSource();
    const { x, width, box, labels } = props;
    const top = box.top;
    const pain = box.pain;
    const severity = pain.severity;
    const mark = box.mark;
    const tagY = baseline(top + 6, f.small);
    const result = mark === 'resolved' || mark === 'dropped';
    return (
        <g class={`jm-pain${mark ? ` jm-${mark}` : ''}`} data-journey={box.journeyId} data-pain={pain.id} data-severity={severity ?? 'none'}
            data-status={mark} {...source(box.uri, pain.range)}>
            <rect class={`jm-pain-box jm-severity-${severity ?? 'none'}${result ? ` jm-pain-box-${mark}` : ''}`} x={x} y={top} width={width} height={box.height} rx={6} />
            <SeverityMark x={x + 12} y={tagY - 4} severity={severity} />
            <text class={`${result ? 'jm-severity-text-result' : `jm-severity-text-${severity ?? 'none'}`} jm-severity-tag`} x={x + 22} y={tagY} font-size={f.small}>
                {labels.severityTag(severity, mark === 'resolved' || mark === 'dropped' || mark === 'new' ? 'badge' : 'alone')}
            </text>
            {mark === 'resolved' || mark === 'dropped' || mark === 'new' ? <Badge x={x + width - 6} y={top + 5} label={labels.painBadge(mark)} kind={mark} anchor="end" /> : null}
            {mark === 'severity' && box.previousSeverity !== undefined
                ? <text class="jm-severity-change" x={x + width - 8} y={tagY} font-size={f.small} text-anchor="end">{labels.previousSeverity(box.previousSeverity)}</text>
                : null}
            <Lines x={x + 10} top={box.textTop} lines={box.lines} font={f.body} class="jm-pain-text" />
            <Lines x={x + 10} top={box.resultTop} lines={box.resultLines} font={f.small} class="jm-pain-result" />
        </g>
    );
}

function OpportunityStack(props: { x: number; width: number; boxes: readonly OpportunityBox[]; journeyId: string; uri: string }): JSX.Element | null {
    const source = useSource();
    const { x, width, boxes } = props;
    if (boxes.length === 0) return null;
    return (
        <g class="jm-opportunities">
            {boxes.map(box => {
                const top = box.top;
                const o = box.opportunity;
                return (
                    <g class="jm-opportunity" data-journey={props.journeyId} data-opportunity={o.id} data-impact={o.impact} data-effort={o.effort}
                        {...source(props.uri, o.range)}>
                        <rect class="jm-opportunity-box" x={x} y={top} width={width} height={box.height} rx={6} />
                        <Lines x={x + 10} top={top + 6} lines={box.lines} font={f.body} />
                        <Lines x={x + 10} top={box.footerTop} lines={box.footer} font={f.small} class="jm-muted jm-strong" />
                    </g>
                );
            })}
        </g>
    );
}

/** Bullets by shape too: physical evidence a square outline, frontstage and backstage a dot (frontstage hollow), support a square. */
function Blueprint(props: { x: number; items: readonly BlueprintItem[]; kind: 'props' | 'frontstage' | 'backstage' | 'support' }): JSX.Element | null {
    if (props.items.length === 0) return null;
    return (
        <g class={`jm-${props.kind}`}>
            {props.items.map(item => {
                const top = item.top;
                return (
                    <g class={`jm-${props.kind}-item`}>
                        <rect class={props.kind === 'props' || props.kind === 'frontstage' ? 'jm-bullet-hollow' : 'jm-bullet'} x={props.x} y={round(top + lineHeight(f.body) / 2 - 3)}
                            width={6} height={6} rx={props.kind === 'support' || props.kind === 'props' ? 0 : 3} />
                        <Lines x={props.x + 14} top={top} lines={item.lines} font={f.body} />
                    </g>
                );
            })}
        </g>
    );
}

// ---------------------------------------------------------------------------------------------
// The actions roadmaps

export function Roadmaps(props: { layout: MapLayout }): JSX.Element {
    return <g class="jm-roadmaps-group">{props.layout.roadmaps.map(r => <Roadmap roadmap={r} labels={props.layout.labels} />)}</g>;
}

function Roadmap(props: { roadmap: RoadmapLayout; labels: DrawingLabels }): JSX.Element {
    const { roadmap, labels } = props;
    const x = roadmap.x;
    const cx = roadmap.lefts;
    return (
        <g class="jm-roadmap" data-journey={roadmap.journey.id}>
            <text class="jm-lane-label" x={x} y={baseline(roadmap.y, f.label + 2)} font-size={f.label + 2}>{roadmap.heading}</text>
            <g class="jm-roadmap-head">
                {(['status', 'action', 'owner', 'due', 'addresses'] as const).map((column, i) => (
                    <text class="jm-lane-label" x={[cx.status, cx.title, cx.owner, cx.due, cx.addresses][i] + 8} y={baseline(roadmap.headTop + 4, f.label)} font-size={f.label}>{labels.roadmapColumn(column)}</text>
                ))}
            </g>
            {roadmap.rows.map(row => <ActionRowView row={row} x={x} width={roadmap.width} cx={cx} journeyId={roadmap.journey.id} labels={labels} />)}
        </g>
    );
}

function ActionRowView(props: { row: ActionRow; x: number; width: number; cx: Record<RoadmapColumn, number>; journeyId: string; labels: DrawingLabels }): JSX.Element {
    const source = useSource();
    const { row, x, width, cx, labels } = props;
    const top = row.top;
    const action: ActionModel = row.action;
    const textTop = top + size.roadmap.rowPad + 2;
    const markY = baseline(textTop, f.body) - 4;
    return (
        <g class="jm-action-item" data-journey={props.journeyId} data-action={action.id} data-action-status={action.status} {...source(action.uri, action.range)}>
            <title>{[action.title, action.owner ? labels.field('owner', action.owner) : undefined, action.due ? labels.field('due', labels.date(action.due)) : undefined,
                action.addresses.length > 0 ? labels.field('addresses', action.addresses.join(', ')) : undefined].filter(Boolean).join('\n')}</title>
            <rect class="jm-action-row" x={x} y={top + 2} width={width} height={row.height - 4} rx={6} />
            <ActionStatusMark x={cx.status + 16} y={markY} status={action.status} />
            <text x={cx.status + 28} y={baseline(textTop, f.small)} font-size={f.small} class="jm-strong">{labels.actionStatus(action.status)}</text>
            <Lines x={cx.title + 8} top={textTop} lines={row.titleLines} font={f.body} class="jm-strong" />
            <Lines x={cx.owner + 8} top={textTop} lines={[row.ownerLine]} font={f.small} />
            <Lines x={cx.due + 8} top={textTop} lines={[action.due !== undefined ? labels.date(action.due) : labels.none]} font={f.small} />
            <Lines x={cx.addresses + 8} top={textTop} lines={row.addressLines} font={f.small} class="jm-muted" />
        </g>
    );
}

/** Status by shape too: ring (open), half-filled (doing), check (done). */
function ActionStatusMark(props: { x: number; y: number; status: ActionModel['status'] }): JSX.Element {
    const { x, y, status } = props;
    switch (status) {
        case 'open':
            return <circle cx={x} cy={y} r={5.5} fill="none" class="jm-action-mark jm-icon" />;
        case 'doing':
            return <g class="jm-action-mark"><circle cx={x} cy={y} r={5.5} fill="none" class="jm-icon" /><path class="jm-action-doing" d={`M${x} ${y - 5.5}A5.5 5.5 0 0 1 ${x} ${y + 5.5}Z`} /></g>;
        case 'done':
            return <g class="jm-action-mark"><circle class="jm-action-done" cx={x} cy={y} r={6.5} /><path class="jm-bg-stroke" d={`M${x - 3} ${y}l2 2.2 4-4.4`} fill="none" stroke-width={1.8} /></g>;
    }
}

// ---------------------------------------------------------------------------------------------
// The sources (standalone SVG; the HTML page lists them in HTML)

/** The numbered evidence under the map, each link a real link (only a link the spec allows is one). */
function SourcesList(props: { block: SourcesBlock; labels: DrawingLabels }): JSX.Element {
    const { block, labels } = props;
    return (
        <g class="jm-sources">
            <text class="jm-lane-label" x={0} y={baseline(block.y, f.label + 2)} font-size={f.label + 2}>{labels.sourcesHeading}</text>
            {block.entries.map(entry => (
                <g class="jm-source" data-source={entry.source.number} data-journey={entry.source.journeyId}>
                    <text class="jm-strong" x={0} y={baseline(entry.top, f.small)} font-size={f.small}>{`${entry.source.number}.`}</text>
                    <Lines x={28} top={entry.top} lines={entry.lines} font={f.small} />
                    {entry.linkLines.length > 0 ? (
                        entry.source.href !== undefined
                            ? <a href={entry.source.href} class="jm-source-link"><Lines x={28} top={entry.linkTop} lines={entry.linkLines} font={f.small} class="jm-link" /></a>
                            : <Lines x={28} top={entry.linkTop} lines={entry.linkLines} font={f.small} class="jm-muted" />
                    ) : null}
                </g>
            ))}
        </g>
    );
}
