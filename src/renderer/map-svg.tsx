/**
 * The journey map as one SVG: stage columns, lanes (touchpoints, does, thinks, feels, pains,
 * opportunities, backstage, support), the emotion curve and the actions roadmap; in a comparison
 * both maps side by side (or overlaid) with what changed marked. All document text goes in as JSX
 * text or attribute values, so it is escaped by construction.
 */
import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useContext } from 'preact/hooks';
import { line, curveMonotoneX } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import type { ActionModel, JourneyModel, Level, PainModel, Range, StageModel, TouchpointModel } from '../model/map-model.js';
import { ChannelGlyph, round } from './icons.js';
import { deltaText, signed } from '../model/emotion.js';
import {
    isHighlighted, lineHeight, roadmapColumns, size,
    type ActionRow, type Highlight, type VisibleRange, type ColumnLayout, type LaneLayout, type MapLayout, type OpportunityBox, type PainBox, type PanelLayout, type SlotLayout,
} from './layout.js';
import { boldFactor, fitLine } from './text.js';

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

export interface MapSvgProps {
    layout: MapLayout;
    /** Style sheet to embed (standalone SVG files). */
    css?: string;
    /** The touchpoint under the editor's cursor. */
    highlight?: Highlight | undefined;
    /** Draw only the columns overlapping this x-range (the preview's viewport); everything when absent. */
    visible?: VisibleRange | undefined;
}

export function MapSvg(props: MapSvgProps): JSX.Element {
    const { layout } = props;
    const title = layout.comparison && layout.current && layout.future
        ? `${layout.current.title} → ${layout.future.title}`
        : layout.primary.title;
    return (
        <svg
            xmlns="http://www.w3.org/2000/svg"
            class="jm-svg"
            width={layout.width}
            height={round(layout.height)}
            viewBox={`0 0 ${layout.width} ${round(layout.height)}`}
            role="img"
            aria-label={title}
            data-mode={layout.mode}
            data-journey={layout.primary.id}
        >
            {props.css !== undefined ? <style>{props.css}</style> : null}
            <title>{title}</title>
            <rect class="jm-bg" x="0" y="0" width={layout.width} height={round(layout.height)} />
            <Summary layout={layout} />
            {layout.panels.map(panel => <Panel layout={layout} panel={panel} highlight={props.highlight} visible={props.visible} />)}
        </svg>
    );
}

function Summary(props: { layout: MapLayout }): JSX.Element | null {
    const { layout } = props;
    const comparison = layout.comparison;
    const nodes: JSX.Element[] = [];
    let y = layout.headerTop;
    if (comparison && layout.summaryLine !== undefined) {
        const s = comparison.summary;
        const width = layout.width - 2 * size.pad;
        nodes.push(
            <g class="jm-summary" data-summary="comparison" data-current={comparison.current} data-future={comparison.future}
                data-added={s.added} data-removed={s.removed} data-moved={s.moved} data-changed={s.changed} data-unchanged={s.unchanged}
                data-mean-emotion-delta={s.meanEmotionDelta === undefined ? undefined : round(s.meanEmotionDelta, 3)}
                data-resolved={comparison.pains.resolved.length} data-new-pains={comparison.pains.new.length}>
                <rect class="jm-summary-box" x={size.pad} y={y} width={width} height={52} rx={6} />
                <text x={size.pad + 12} y={baseline(y + 6, f.summary)} font-size={f.summary} class="jm-strong">
                    {fitLine(`What changes: ${layout.current?.title ?? comparison.current} → ${layout.future?.title ?? comparison.future}`, width - 24, f.summary * boldFactor)}
                </text>
                <text x={size.pad + 12} y={baseline(y + 6 + lineHeight(f.summary), f.summary)} font-size={f.summary} class="jm-summary-counts">
                    {fitLine(layout.summaryLine, width - 24, f.summary)}
                </text>
            </g>,
        );
        y += 64;
    }
    if (layout.legend) {
        const x = size.pad;
        const cy = y + 10;
        nodes.push(
            <g class="jm-legend">
                <path class="jm-curve" d={`M${x} ${cy}h36`} />
                <text x={x + 44} y={cy + 4} font-size={f.small}>{`Future: ${layout.future?.title ?? ''}`}</text>
                <path class="jm-curve-current" d={`M${x + 360} ${cy}h36`} />
                <text x={x + 404} y={cy + 4} font-size={f.small}>{`Current: ${layout.current?.title ?? ''}`}</text>
            </g>,
        );
    }
    return nodes.length > 0 ? <g class="jm-header">{nodes}</g> : null;
}

function overlaps(left: number, width: number, visible: VisibleRange | undefined): boolean {
    return visible === undefined || (left + width >= visible.left && left <= visible.right);
}

function Panel(props: { layout: MapLayout; panel: PanelLayout; highlight: Highlight | undefined; visible: VisibleRange | undefined }): JSX.Element {
    const { layout, panel, highlight, visible } = props;
    const journey = panel.journey;
    const lanesBottom = layout.lanes.length > 0 ? layout.lanes[layout.lanes.length - 1].y + layout.lanes[layout.lanes.length - 1].height : layout.stageTop;
    const slots = panel.slots.filter(slot => overlaps(panel.x + slot.x, slot.width, visible));
    // Keys let Preact move the drawn columns along when the visible range slides, instead of redrawing each.
    return (
        <g class={`jm-panel jm-side-${panel.side}`} data-journey={journey.id} data-side={panel.side}>
            {layout.panelTitleHeight > 0 ? <PanelTitle layout={layout} panel={panel} /> : null}
            {layout.lanes.map((lane, i) => <LaneBand panel={panel} lane={lane} index={i} />)}
            <EmotionAxis layout={layout} panel={panel} />
            {slots.map(slot => (
                <line key={slot.id} class="jm-divider" x1={panel.x + slot.x} x2={panel.x + slot.x} y1={layout.stageTop} y2={lanesBottom} />
            ))}
            <line class="jm-divider" x1={panel.x + panel.width} x2={panel.x + panel.width} y1={layout.stageTop} y2={lanesBottom} />
            <VisibilityLine layout={layout} panel={panel} />
            {slots.map(slot => <StageHeader key={slot.id} layout={layout} panel={panel} slot={slot} />)}
            {slots.map(slot => <StageWide key={slot.id} layout={layout} panel={panel} slot={slot} />)}
            <Curves layout={layout} panel={panel} visible={visible} />
            {slots.map(slot => slot.columns
                .filter(column => overlaps(panel.x + slot.x + column.x, size.column, visible))
                .map(column => (
                    <Column key={`${slot.id}/${column.touchpoint?.id ?? ''}/${column.x}`} layout={layout} panel={panel} slot={slot} column={column}
                        highlighted={column.touchpoint !== undefined && !column.ghost && isHighlighted(column.touchpoint, highlight)} />
                )))}
            {panel.actions.length > 0 ? <Roadmap layout={layout} panel={panel} /> : null}
        </g>
    );
}

function PanelTitle(props: { layout: MapLayout; panel: PanelLayout }): JSX.Element {
    const source = useSource();
    const { layout, panel } = props;
    const journey = panel.journey;
    const x = panel.x;
    let y = layout.panelTitleTop;
    const state = journey.state === 'future' ? 'FUTURE STATE' : 'CURRENT STATE';
    const pillWidth = state.length * f.badge * 0.78 + 18;
    const titleTop = y;
    y += panel.titleLines.length * lineHeight(f.panelTitle) + 6;
    return (
        <g class="jm-journey-title" data-journey={journey.id} {...source(journey.uri, journey.range)}>
            <rect class={`jm-state-${journey.state}`} x={x} y={titleTop + 3} width={round(pillWidth)} height={18} rx={9} />
            <text class="jm-badge-text" x={round(x + pillWidth / 2)} y={titleTop + 15.5} font-size={f.badge} text-anchor="middle">{state}</text>
            <Lines x={x + pillWidth + 10} top={titleTop} lines={panel.titleLines} font={f.panelTitle} class="jm-title" />
            {layout.standalone && panel.metaLine ? <Lines x={x} top={y} lines={[panel.metaLine]} font={f.meta} class="jm-muted" /> : null}
            {layout.standalone ? <Lines x={x} top={y + lineHeight(f.meta)} lines={panel.scenarioLines} font={f.meta} class="jm-scenario" /> : null}
        </g>
    );
}

function LaneBand(props: { panel: PanelLayout; lane: LaneLayout; index: number }): JSX.Element {
    const { panel, lane, index } = props;
    return (
        <g class="jm-lane" data-lane={lane.key}>
            {index % 2 === 0 ? <rect class="jm-lane-band" x={panel.x} y={lane.y} width={panel.width} height={lane.height} /> : null}
            <line class="jm-grid" x1={panel.x} x2={panel.x + panel.width} y1={lane.y} y2={lane.y} />
            <text class="jm-lane-label" x={panel.x + 10} y={baseline(lane.y + size.lanePadTop, f.label)} font-size={f.label}>{lane.label}</text>
        </g>
    );
}

function laneOf(layout: MapLayout, key: LaneLayout['key']): LaneLayout | undefined {
    return layout.lanes.find(lane => lane.key === key);
}

function emotionScale(lane: LaneLayout) {
    return scaleLinear().domain([-2, 2]).range([lane.y + lane.height - 34, lane.y + 30]);
}

function EmotionAxis(props: { layout: MapLayout; panel: PanelLayout }): JSX.Element | null {
    const { layout, panel } = props;
    const lane = laneOf(layout, 'feels');
    if (!lane) return null;
    const y = emotionScale(lane);
    const x0 = panel.x + size.labelWidth;
    const x1 = panel.x + panel.width;
    const words: Record<number, string> = { 2: 'very positive', 0: 'neutral', [-2]: 'very negative' };
    return (
        <g class="jm-emotion-axis">
            {[-2, -1, 0, 1, 2].map(level => (
                <g>
                    <line class={level === 0 ? 'jm-baseline' : 'jm-grid'} x1={x0} x2={x1} y1={round(y(level))} y2={round(y(level))} />
                    <text class="jm-muted" x={x0 - 8} y={round(y(level) + 4)} font-size={f.small} text-anchor="end">
                        {words[level] ? `${words[level]} ${signed(level)}` : signed(level)}
                    </text>
                </g>
            ))}
        </g>
    );
}

function VisibilityLine(props: { layout: MapLayout; panel: PanelLayout }): JSX.Element | null {
    const lane = laneOf(props.layout, 'backstage');
    if (!lane) return null;
    const { panel } = props;
    const y = lane.y - 9;
    return (
        <g class="jm-visibility-line">
            <line class="jm-visibility" x1={panel.x} x2={panel.x + panel.width} y1={y} y2={y} />
            <text class="jm-visibility-label" x={panel.x + panel.width - 8} y={y - 4} font-size={f.small} text-anchor="end">line of visibility</text>
        </g>
    );
}

function StageHeader(props: { layout: MapLayout; panel: PanelLayout; slot: SlotLayout }): JSX.Element {
    const source = useSource();
    const { layout, panel, slot } = props;
    const x = panel.x + slot.x + 4;
    const width = slot.width - 8;
    const top = layout.stageTop;
    const journeyId = panel.journey.id;
    const status = layout.comparison ? slot.status : undefined;
    if (!slot.stage) {
        return (
            <g class="jm-stage jm-stage-placeholder" data-journey={journeyId} data-stage={slot.id} data-status={status}>
                <rect class="jm-placeholder" x={x} y={top} width={width} height={layout.stageHeight} rx={8} />
                <Lines x={x + 12} top={top + 10} lines={slot.nameLines} font={f.stage} class="jm-placeholder-text jm-bold" />
                <Lines x={x + 12} top={top + 14 + slot.nameLines.length * lineHeight(f.stage)} lines={slot.placeholderLines} font={f.goal} class="jm-placeholder-text" />
            </g>
        );
    }
    const stage = slot.stage;
    let y = top + 10;
    const parts: ComponentChildren[] = [];
    parts.push(<Lines x={x + 12} top={y} lines={slot.nameLines} font={f.stage} class="jm-stage-name" />);
    y += slot.nameLines.length * lineHeight(f.stage);
    if (slot.goalLines.length > 0) {
        y += 4;
        parts.push(<Lines x={x + 12} top={y} lines={slot.goalLines} font={f.goal} class="jm-stage-goal" />);
        y += slot.goalLines.length * lineHeight(f.goal);
    }
    if (slot.metricLines.length > 0) {
        y += 6;
        parts.push(<Lines x={x + 12} top={y} lines={slot.metricLines} font={f.metric} class="jm-stage-metric" />);
        y += slot.metricLines.length * lineHeight(f.metric);
    }
    if (slot.emotionLine !== undefined) {
        y += 6;
        const delta = layout.comparison && panel.side === 'future' ? slot.emotionDelta : undefined;
        parts.push(
            <text x={x + 12} y={baseline(y, f.metric)} font-size={f.metric} class="jm-stage-metric">
                <tspan class="jm-strong">{slot.emotionLine}</tspan>
                {delta !== undefined ? <tspan class={deltaClass(delta)} data-delta={round(delta, 3)}>{`  ${deltaText(delta)}`}</tspan> : null}
            </text>,
        );
    }
    if (status === 'added' || status === 'removed') {
        const label = status === 'added' ? 'NEW STAGE' : 'REMOVED STAGE';
        parts.push(<Badge x={x + 12} y={top + layout.stageHeight - 26} label={label} kind={status} />);
    }
    return (
        <g class={`jm-stage${status ? ` jm-status-${status}` : ''}`} data-journey={journeyId} data-stage={stage.id} data-status={status} {...source(stage.uri, stage.range)}>
            <title>{stageTooltip(stage)}</title>
            <rect class="jm-stage-box" x={x} y={top} width={width} height={layout.stageHeight} rx={8} />
            {parts}
        </g>
    );
}

/** Everything the stage header may cut short, in full. */
function stageTooltip(stage: StageModel): string {
    const lines = [stage.name];
    if (stage.goal) lines.push(`Goal: ${stage.goal}`);
    for (const m of stage.metrics) lines.push(`${m.name}: ${m.value}${m.percent ? '%' : ''}`);
    return lines.join('\n');
}

function Badge(props: { x: number; y: number; label: string; kind: string; anchor?: 'start' | 'end' }): JSX.Element {
    const width = round(props.label.length * f.badge * 0.74 + 14);
    const x = props.anchor === 'end' ? props.x - width : props.x;
    return (
        <g class="jm-badge" data-badge={props.kind}>
            <rect class={`jm-badge-${props.kind}`} x={round(x)} y={round(props.y)} width={width} height={16} rx={8} />
            <text class="jm-badge-text" x={round(x + width / 2)} y={round(props.y + 11.5)} font-size={f.badge} text-anchor="middle">{props.label}</text>
        </g>
    );
}

function deltaClass(delta: number): string {
    const rounded = Math.round(delta * 100) / 100;
    return rounded > 0 ? 'jm-delta-up' : rounded < 0 ? 'jm-delta-down' : 'jm-delta-same';
}

const statusLabel = { added: 'ADDED', removed: 'REMOVED', moved: 'MOVED', changed: 'CHANGED' } as const;

function Column(props: { layout: MapLayout; panel: PanelLayout; slot: SlotLayout; column: ColumnLayout; highlighted: boolean }): JSX.Element | null {
    const source = useSource();
    const { layout, panel, slot, column, highlighted } = props;
    const touchpoint = column.touchpoint;
    if (!touchpoint) return null;
    const left = panel.x + slot.x + column.x;
    const inner = size.column - 2 * size.cellPad;
    const x = left + size.cellPad;
    const status = layout.comparison ? column.status : undefined;
    const classes = ['jm-touchpoint'];
    if (status) classes.push(`jm-status-${status}`);
    if (column.ghost) classes.push('jm-ghost');
    if (highlighted) classes.push('jm-highlight');
    const lanes = layout.lanes;
    const parts: ComponentChildren[] = [];
    if (highlighted && lanes.length > 0) {
        const last = lanes[lanes.length - 1];
        parts.push(<rect class="jm-highlight-band" x={left + 2} y={lanes[0].y} width={size.column - 4} height={last.y + last.height - lanes[0].y} />);
    }
    for (const lane of lanes) {
        const top = lane.y + size.lanePadTop;
        switch (lane.key) {
            case 'touchpoints':
                parts.push(<Card x={x} top={top} width={inner} height={lane.height - size.lanePadTop - size.lanePadBottom} column={column} touchpoint={touchpoint} status={status} />);
                break;
            case 'does':
                parts.push(<Lines x={x} top={top} lines={column.actionLines} font={f.body} class="jm-action" />);
                break;
            case 'thinks':
                if (column.thoughtLines.length > 0) {
                    parts.push(
                        <g class="jm-thinks">
                            <rect class="jm-thought" x={x} y={top} width={inner} height={column.thoughtLines.length * lineHeight(f.body) + 14} rx={10} />
                            <Lines x={x + 8} top={top + 7} lines={column.thoughtLines} font={f.body} class="jm-italic" />
                        </g>,
                    );
                }
                break;
            case 'feels':
                if (!column.ghost && touchpoint.emotion !== undefined) {
                    parts.push(<EmotionDot lane={lane} cx={left + size.column / 2} column={column} emotion={touchpoint.emotion} delta={layout.comparison && panel.side === 'future' ? column.emotionDelta : undefined} />);
                }
                break;
            case 'pains':
                parts.push(<PainStack x={x} top={top} width={inner} boxes={column.pains} journeyId={column.journeyId} uri={touchpoint.uri} side={panel.side} />);
                break;
            case 'opportunities':
                parts.push(<OpportunityStack x={x} top={top} width={inner} boxes={column.opportunities} journeyId={column.journeyId} uri={touchpoint.uri} />);
                break;
            case 'backstage':
                parts.push(<Blueprint x={x} top={top} items={column.backstage} kind="backstage" />);
                break;
            case 'support':
                parts.push(<Blueprint x={x} top={top} items={column.support} kind="support" />);
                break;
        }
    }
    return (
        <g class={classes.join(' ')} data-journey={column.journeyId} data-stage={column.stageId} data-touchpoint={touchpoint.id}
            data-status={status} {...source(touchpoint.uri, touchpoint.range)}>
            <title>{tooltip(touchpoint)}</title>
            {parts}
        </g>
    );
}

function tooltip(t: TouchpointModel): string {
    const lines = [t.name];
    if (t.channel) lines.push(`Channel: ${t.channel.name}`);
    if (t.emotion !== undefined) lines.push(`Emotion: ${signed(t.emotion)}${t.emotionLabel ? ` ${t.emotionLabel}` : ''}`);
    if (t.owner) lines.push(`Owner: ${t.owner}`);
    for (const m of t.metrics) lines.push(`${m.name}: ${m.value}${m.percent ? '%' : ''}`);
    for (const e of t.evidence) lines.push(`Evidence: ${e}`);
    return lines.join('\n');
}

function Card(props: { x: number; top: number; width: number; height: number; column: ColumnLayout; touchpoint: TouchpointModel; status: ColumnLayout['status'] }): JSX.Element {
    const { x, top, width, height, column, touchpoint, status } = props;
    const icon = size.iconSize;
    const textX = x + 10 + icon + 10;
    const nameTop = top + 8;
    const subTop = nameTop + column.nameLines.length * lineHeight(f.name);
    return (
        <g class="jm-card-group">
            <rect class="jm-card" x={x} y={top} width={width} height={height} rx={8} />
            <circle class="jm-icon-bg" cx={x + 10 + icon / 2} cy={top + 8 + icon / 2} r={icon / 2} />
            <ChannelGlyph kind={touchpoint.channel?.icon} x={x + 10 + 5} y={top + 8 + 5} size={icon - 10} />
            <Lines x={textX} top={nameTop} lines={column.nameLines} font={f.name} class="jm-strong jm-touchpoint-name" />
            <Lines x={textX} top={subTop} lines={column.subLines} font={f.small} class="jm-muted" />
            {column.note !== undefined ? <Lines x={x + 10} top={top + height - lineHeight(f.small) - 6} lines={[column.note]} font={f.small} class="jm-muted jm-italic jm-note" /> : null}
            {status && status !== 'unchanged' ? <Badge x={x + width - 6} y={top - 8} label={statusLabel[status]} kind={status} anchor="end" /> : null}
        </g>
    );
}

function emotionClass(emotion: number): 'positive' | 'neutral' | 'negative' {
    return emotion > 0 ? 'positive' : emotion < 0 ? 'negative' : 'neutral';
}

/** A face: its mouth (not only its colour) says how the customer feels. */
function Face(props: { cx: number; cy: number; emotion: number; r: number }): JSX.Element {
    const { cx, cy, emotion, r } = props;
    const kind = emotionClass(emotion);
    const bend = emotion * 1.6; // smile up, frown down
    const mouth = `M${round(cx - r * 0.45)} ${round(cy + r * 0.3 - bend / 2)} Q${round(cx)} ${round(cy + r * 0.3 + bend)} ${round(cx + r * 0.45)} ${round(cy + r * 0.3 - bend / 2)}`;
    return (
        <g class="jm-face" data-emotion={emotion}>
            <circle class={`jm-dot jm-dot-${kind}`} cx={round(cx)} cy={round(cy)} r={r} />
            <circle class="jm-bg" cx={round(cx - r * 0.35)} cy={round(cy - r * 0.25)} r={1.6} />
            <circle class="jm-bg" cx={round(cx + r * 0.35)} cy={round(cy - r * 0.25)} r={1.6} />
            <path d={mouth} fill="none" class="jm-face-mouth" stroke-width={1.8} stroke-linecap="round" />
        </g>
    );
}

function EmotionDot(props: { lane: LaneLayout; cx: number; column: ColumnLayout; emotion: number; delta: number | undefined }): JSX.Element {
    const { lane, cx, column, emotion, delta } = props;
    const y = emotionScale(lane)(emotion);
    const below = emotion > -2;
    const labelY = below ? y + 26 : y - 16;
    return (
        <g class="jm-emotion" data-emotion={emotion}>
            <Face cx={cx} cy={y} emotion={emotion} r={10} />
            {column.emotionLabel !== undefined
                ? <text class={`jm-emotion-label jm-emotion-${emotionClass(emotion)}`} x={round(cx)} y={round(labelY)} font-size={f.emotion} text-anchor="middle">{column.emotionLabel}</text>
                : null}
            {delta !== undefined && Math.round(delta * 100) !== 0
                ? <text class={`jm-delta ${deltaClass(delta)}`} data-delta={round(delta, 3)} x={round(cx + 16)} y={round(y - 8)} font-size={f.delta}>{deltaText(delta)}</text>
                : null}
        </g>
    );
}

/** Points this far outside the visible range still shape the curve's ends inside it. */
const curveMargin = 2 * size.column;

function Curves(props: { layout: MapLayout; panel: PanelLayout; visible: VisibleRange | undefined }): JSX.Element | null {
    const source = useSource();
    const { layout, panel } = props;
    const near = (x: number) => props.visible === undefined || (x >= props.visible.left - curveMargin && x <= props.visible.right + curveMargin);
    const lane = laneOf(layout, 'feels');
    if (!lane) return null;
    const y = emotionScale(lane);
    const points: Array<[number, number]> = [];
    for (const slot of panel.slots) {
        for (const column of slot.columns) {
            const emotion = column.touchpoint?.emotion;
            const x = panel.x + slot.x + column.x + size.column / 2;
            if (!column.ghost && emotion !== undefined && near(x)) points.push([x, y(emotion)]);
        }
    }
    const path = line().curve(curveMonotoneX);
    const current = panel.currentCurve;
    const currentShown = current ? current.points.filter(p => near(panel.x + p.x)) : [];
    const currentPoints: Array<[number, number]> = currentShown.map(p => [panel.x + p.x, y(p.emotion)]);
    return (
        <g class="jm-curves">
            {current && currentPoints.length > 0 ? (
                <g class="jm-current-curve" data-journey={current.journeyId}>
                    <path class="jm-curve-current" data-journey={current.journeyId} d={roundPath(path(currentPoints) ?? '')} />
                    {currentShown.map((p, i) => (
                        <circle key={p.touchpoint.id} class="jm-dot-current" cx={round(currentPoints[i][0])} cy={round(currentPoints[i][1])} r={4.5}
                            data-journey={current.journeyId} data-touchpoint={p.touchpoint.id} data-emotion={p.emotion}
                            {...source(p.touchpoint.uri, p.touchpoint.range)} />
                    ))}
                </g>
            ) : null}
            {points.length > 0 ? <path class="jm-curve" data-journey={panel.journey.id} d={roundPath(path(points) ?? '')} /> : null}
        </g>
    );
}

/** d3 writes full-precision numbers; one decimal is plenty and keeps big maps small. */
function roundPath(d: string): string {
    return d.replace(/-?\d+\.\d+(e-?\d+)?/g, n => String(round(Number(n))));
}

const severityLabel: Record<Level, string> = { high: 'HIGH', medium: 'MEDIUM', low: 'LOW' };

/** Severity by shape too: triangle (high), diamond (medium), circle (low), ring (none). */
function SeverityMark(props: { x: number; y: number; severity: Level | undefined }): JSX.Element {
    const { x, y, severity } = props;
    const cls = `jm-severity-mark-${severity ?? 'none'}`;
    switch (severity) {
        case 'high': return <path class={cls} d={`M${x} ${y - 5.5}L${x + 5.5} ${y + 4.5}H${x - 5.5}Z`} />;
        case 'medium': return <path class={cls} d={`M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`} />;
        case 'low': return <circle class={cls} cx={x} cy={y} r={3.5} />;
        default: return <circle class={cls} cx={x} cy={y} r={3} />;
    }
}

function PainStack(props: { x: number; top: number; width: number; boxes: readonly PainBox[]; journeyId: string; uri: string; side: PanelLayout['side'] }): JSX.Element | null {
    const { x, width, boxes } = props;
    if (boxes.length === 0) return null;
    let y = props.top;
    return (
        <g class="jm-pains">
            {boxes.map(box => {
                const top = y;
                y += box.height + size.boxGap;
                return <Pain x={x} top={top} width={width} box={box} journeyId={props.journeyId} uri={props.uri} side={props.side} />;
            })}
        </g>
    );
}

function Pain(props: { x: number; top: number; width: number; box: PainBox; journeyId: string; uri: string; side: PanelLayout['side'] }): JSX.Element {
    const source = useSource();
    const { x, top, width, box } = props;
    const pain: PainModel = box.pain;
    const severity = pain.severity;
    const mark = props.side === 'current' && box.mark === 'resolved' ? 'resolved' : props.side !== 'current' && box.mark === 'new' ? 'new' : undefined;
    const tagY = baseline(top + 6, f.small);
    return (
        <g class={`jm-pain${mark ? ` jm-${mark}` : ''}`} data-journey={props.journeyId} data-pain={pain.id} data-severity={severity ?? 'none'}
            data-status={mark} {...source(props.uri, pain.range)}>
            <rect class={`jm-pain-box jm-severity-${severity ?? 'none'}`} x={x} y={top} width={width} height={box.height} rx={6} />
            <SeverityMark x={x + 12} y={tagY - 4} severity={severity} />
            <text class={`jm-severity-text-${severity ?? 'none'} jm-severity-tag`} x={x + 22} y={tagY} font-size={f.small}>
                {severity ? `${severityLabel[severity]} PAIN` : 'PAIN'}
            </text>
            {mark === 'resolved' ? <text class="jm-resolved-tag" x={x + width - 8} y={tagY} font-size={f.small} text-anchor="end">✓ RESOLVED</text> : null}
            {mark === 'new' ? <Badge x={x + width - 6} y={top + 5} label="NEW" kind="new" anchor="end" /> : null}
            <Lines x={x + 10} top={top + 8 + lineHeight(f.small)} lines={box.lines} font={f.body} class="jm-pain-text" />
        </g>
    );
}

function OpportunityStack(props: { x: number; top: number; width: number; boxes: readonly OpportunityBox[]; journeyId: string; uri: string }): JSX.Element | null {
    const source = useSource();
    const { x, width, boxes } = props;
    if (boxes.length === 0) return null;
    let y = props.top;
    return (
        <g class="jm-opportunities">
            {boxes.map(box => {
                const top = y;
                y += box.height + size.boxGap;
                const o = box.opportunity;
                return (
                    <g class="jm-opportunity" data-journey={props.journeyId} data-opportunity={o.id} data-impact={o.impact} data-effort={o.effort}
                        {...source(props.uri, o.range)}>
                        <rect class="jm-opportunity-box" x={x} y={top} width={width} height={box.height} rx={6} />
                        <Lines x={x + 10} top={top + 6} lines={box.lines} font={f.body} />
                        <Lines x={x + 10} top={top + 6 + box.lines.length * lineHeight(f.body) + 2} lines={box.footer} font={f.small} class="jm-muted jm-strong" />
                    </g>
                );
            })}
        </g>
    );
}

function Blueprint(props: { x: number; top: number; items: ReadonlyArray<{ lines: string[]; height: number }>; kind: 'backstage' | 'support' }): JSX.Element | null {
    if (props.items.length === 0) return null;
    let y = props.top;
    return (
        <g class={`jm-${props.kind}`}>
            {props.items.map(item => {
                const top = y;
                y += item.height + 6;
                return (
                    <g class={`jm-${props.kind}-item`}>
                        <rect class="jm-bullet" x={props.x} y={round(top + lineHeight(f.body) / 2 - 3)} width={6} height={6} rx={props.kind === 'support' ? 0 : 3} />
                        <Lines x={props.x + 14} top={top} lines={item.lines} font={f.body} />
                    </g>
                );
            })}
        </g>
    );
}

function StageWide(props: { layout: MapLayout; panel: PanelLayout; slot: SlotLayout }): JSX.Element | null {
    const { layout, panel, slot } = props;
    if (slot.stagePains.length === 0 && slot.stageOpportunities.length === 0) return null;
    const stage = slot.stage as StageModel;
    const x = panel.x + slot.x + size.cellPad;
    const width = slot.width - 2 * size.cellPad;
    const parts: ComponentChildren[] = [];
    const place = (key: 'pains' | 'opportunities', columnHeight: (c: ColumnLayout) => number) => {
        const lane = laneOf(layout, key);
        if (!lane) return undefined;
        const used = slot.columns.reduce((m, c) => Math.max(m, columnHeight(c)), 0);
        return lane.y + size.lanePadTop + (used > 0 ? used + size.boxGap : 0);
    };
    const painTop = place('pains', c => c.painsHeight);
    if (painTop !== undefined && slot.stagePains.length > 0) {
        parts.push(<Lines x={x} top={painTop} lines={['Whole stage']} font={f.small} class="jm-muted jm-italic" />);
        parts.push(<PainStack x={x} top={painTop + lineHeight(f.small)} width={width} boxes={slot.stagePains} journeyId={panel.journey.id} uri={stage.uri} side={panel.side} />);
    }
    const opportunityTop = place('opportunities', c => c.opportunitiesHeight);
    if (opportunityTop !== undefined && slot.stageOpportunities.length > 0) {
        parts.push(<Lines x={x} top={opportunityTop} lines={['Whole stage']} font={f.small} class="jm-muted jm-italic" />);
        parts.push(<OpportunityStack x={x} top={opportunityTop + lineHeight(f.small)} width={width} boxes={slot.stageOpportunities} journeyId={panel.journey.id} uri={stage.uri} />);
    }
    return <g class="jm-stage-wide" data-journey={panel.journey.id} data-stage={stage.id}>{parts}</g>;
}

const actionStatusLabel = { open: 'OPEN', doing: 'DOING', done: 'DONE' } as const;

function Roadmap(props: { layout: MapLayout; panel: PanelLayout }): JSX.Element {
    const { layout, panel } = props;
    const x = panel.x;
    const width = panel.roadmapWidth;
    const columns = roadmapColumns(width);
    let y = layout.roadmapTop;
    const headingTop = y;
    y += 30;
    const headerTop = y;
    y += 26;
    const cx = {
        status: x,
        title: x + columns.status,
        owner: x + columns.status + columns.title,
        due: x + columns.status + columns.title + columns.owner,
        addresses: x + columns.status + columns.title + columns.owner + columns.due,
    };
    return (
        <g class="jm-roadmap" data-journey={panel.journey.id}>
            <text class="jm-lane-label" x={x} y={baseline(headingTop, f.label + 2)} font-size={f.label + 2}>ACTIONS ROADMAP</text>
            <g class="jm-roadmap-head">
                {(['STATUS', 'ACTION', 'OWNER', 'DUE', 'ADDRESSES'] as const).map((label, i) => (
                    <text class="jm-lane-label" x={[cx.status, cx.title, cx.owner, cx.due, cx.addresses][i] + 8} y={baseline(headerTop + 4, f.label)} font-size={f.label}>{label}</text>
                ))}
            </g>
            {panel.actions.map(row => {
                const top = y;
                y += row.height;
                return <ActionRowView row={row} top={top} x={x} width={width} cx={cx} journey={panel.journey} />;
            })}
        </g>
    );
}

function ActionRowView(props: { row: ActionRow; top: number; x: number; width: number; cx: Record<'status' | 'title' | 'owner' | 'due' | 'addresses', number>; journey: JourneyModel }): JSX.Element {
    const source = useSource();
    const { row, top, x, width, cx } = props;
    const action: ActionModel = row.action;
    const textTop = top + size.roadmap.rowPad + 2;
    const markY = baseline(textTop, f.body) - 4;
    return (
        <g class="jm-action-item" data-journey={props.journey.id} data-action={action.id} data-action-status={action.status} {...source(action.uri, action.range)}>
            <title>{[action.title, action.owner ? `Owner: ${action.owner}` : undefined, action.due ? `Due: ${action.due}` : undefined,
                action.addresses.length > 0 ? `Addresses: ${action.addresses.join(', ')}` : undefined].filter(Boolean).join('\n')}</title>
            <rect class="jm-action-row" x={x} y={top + 2} width={width} height={row.height - 4} rx={6} />
            <ActionStatusMark x={cx.status + 16} y={markY} status={action.status} />
            <text x={cx.status + 28} y={baseline(textTop, f.small)} font-size={f.small} class="jm-strong jm-muted">{actionStatusLabel[action.status]}</text>
            <Lines x={cx.title + 8} top={textTop} lines={row.titleLines} font={f.body} class="jm-strong" />
            <Lines x={cx.owner + 8} top={textTop} lines={[row.ownerLine]} font={f.small} />
            <Lines x={cx.due + 8} top={textTop} lines={[action.due ?? '—']} font={f.small} />
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
