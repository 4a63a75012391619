/**
 * Layout: which maps are drawn, in which columns, how tall each lane is, and where every element
 * goes. Plain data, computed once per render in time linear in the size of the maps (every look-up
 * by id goes through a Map built once): first each element is measured, then placed (`place`).
 * `map-svg.tsx` only draws it: every coordinate it uses comes from here, in map coordinates
 * (fields called `left`, `top`, `...Top`, `...Y`), apart from fixed insets inside a drawn box.
 */
import type {
    ActionModel, ComparisonModel, JourneyModel, MapModel, OpportunityModel, PainModel, StageComparison, StageModel, StageStatus,
    TouchpointComparison, TouchpointModel, TouchpointStatus,
} from '../model/map-model.js';
import { scaleLinear } from 'd3-scale';
import { deltaText, emotionMeaning, emotionScale, EMOTION_MAX, EMOTION_MIN, signed } from '../model/emotion.js';
import type { ViewMode } from '../model/vocabulary.js';
import { boldFactor, fitLine, wrapText } from './text.js';

export interface ViewOptions {
    mode: ViewMode;
    /** Id of the journey the user is looking at; default the first. */
    journey?: string;
}

export interface Highlight { uri: string; line: number }

/**
 * The part of the map to draw, as x-coordinates of the map. The preview draws only the columns in
 * and near its viewport, so a map of thousands of touchpoints costs the DOM what a screenful does;
 * the exports draw everything.
 */
export interface VisibleRange { left: number; right: number }

/** Whether the editor's cursor (the highlight) is inside this touchpoint's source. */
export function isHighlighted(touchpoint: TouchpointModel, highlight: Highlight | undefined): boolean {
    return highlight !== undefined && touchpoint.uri === highlight.uri
        && touchpoint.range.start.line <= highlight.line && highlight.line <= touchpoint.range.end.line;
}

/** Where the highlighted touchpoint is drawn (its first column), in map coordinates. */
export function highlightedColumn(layout: MapLayout, highlight: Highlight): VisibleRange | undefined {
    for (const panel of layout.panels) {
        for (const slot of panel.slots) {
            for (const column of slot.columns) {
                if (column.touchpoint && !column.ghost && isHighlighted(column.touchpoint, highlight)) {
                    const left = panel.x + slot.x + column.x;
                    return { left, right: left + size.column };
                }
            }
        }
    }
    return undefined;
}

/** How many touchpoint columns the layout has, over all panels. */
export function columnCount(layout: MapLayout): number {
    return layout.panels.reduce((n, panel) => n + panel.slots.reduce((m, slot) => m + slot.columns.length, 0), 0);
}

/** Sizes in pixels; fonts in pixels. */
export const size = {
    pad: 24,
    labelWidth: 128,
    column: 220,
    cellPad: 10,
    panelGap: 64,
    emotionLane: 200,
    lanePadTop: 12,
    lanePadBottom: 12,
    boxGap: 8,
    iconSize: 30,
    font: {
        title: 20, panelTitle: 17, meta: 12.5, summary: 13.5, stage: 15, goal: 12, metric: 11.5,
        name: 13, small: 11, body: 12.5, label: 11, badge: 9.5, emotion: 11.5, delta: 12,
    },
    maxLines: { stageName: 2, goal: 3, name: 3, body: 5, pain: 4, opportunity: 4, blueprint: 3, actionTitle: 3, addresses: 3, scenario: 3 },
    roadmap: { minWidth: 960, maxWidth: 1320, status: 104, owner: 180, due: 110, rowPad: 8 },
} as const;

/** The label of a map's state, in its title and header. */
export function stateLabelOf(journey: JourneyModel): string {
    return journey.state === 'future' ? 'FUTURE STATE' : 'CURRENT STATE';
}

export function lineHeight(fontSize: number): number {
    return Math.round(fontSize * 1.38);
}

export type Side = 'single' | 'current' | 'future';

export interface PainBox {
    pain: PainModel;
    lines: string[];
    height: number;
    /** In a comparison: `resolved` on the current side, `new` on the future side. */
    mark?: 'resolved' | 'new';
    top: number;
    /** The top of its text, below the severity tag. */
    textTop: number;
}

export interface OpportunityBox {
    opportunity: OpportunityModel;
    lines: string[];
    footer: string[];
    height: number;
    top: number;
    /** The top of the impact/effort footer, below the text. */
    footerTop: number;
}

export interface BlueprintItem { lines: string[]; height: number; top: number }

export interface ColumnLayout {
    /** Left edge, relative to the slot. */
    x: number;
    /** Left edge and middle, in map coordinates. */
    left: number;
    centerX: number;
    touchpoint?: TouchpointModel;
    /** The journey the touchpoint belongs to (for a ghost column in the overlay: the current map). */
    journeyId: string;
    stageId: string;
    /** A removed touchpoint drawn in the overlay where it used to be. */
    ghost: boolean;
    status?: TouchpointStatus;
    emotionDelta?: number;
    nameLines: string[];
    subLines: string[];
    note?: string;
    cardHeight: number;
    actionLines: string[];
    thoughtLines: string[];
    /** The height of the thought bubble around `thoughtLines`. */
    thoughtHeight: number;
    emotionLabel?: string;
    /** Where the emotion's face is, and its label (below it, or above it at the bottom of the scale). */
    emotionY?: number;
    emotionLabelY?: number;
    /** The card in the touchpoints lane: its top, and the tops of the name, the channel/persona lines and the note. */
    cardTop: number;
    cardNameTop: number;
    cardSubTop: number;
    cardNoteTop: number;
    pains: PainBox[];
    opportunities: OpportunityBox[];
    backstage: BlueprintItem[];
    support: BlueprintItem[];
    painsHeight: number;
    opportunitiesHeight: number;
    backstageHeight: number;
    supportHeight: number;
}

export interface SlotLayout {
    id: string;
    /** Left edge, relative to the panel. */
    x: number;
    /** Left edge, in map coordinates. */
    left: number;
    width: number;
    stage?: StageModel;
    status?: StageStatus;
    /** Text of the empty header of a stage that exists only on the other side. */
    placeholder?: string;
    placeholderLines: string[];
    nameLines: string[];
    goalLines: string[];
    metricLines: string[];
    emotionLine?: string;
    emotionDelta?: number;
    headerHeight: number;
    /** The tops of the header's parts (those it has). */
    header: { nameTop: number; goalTop: number; metricsTop: number; emotionTop: number; placeholderTop: number; badgeTop: number };
    columns: ColumnLayout[];
    stagePains: PainBox[];
    stageOpportunities: OpportunityBox[];
    stagePainsHeight: number;
    stageOpportunitiesHeight: number;
    /** The tops of the "Whole stage" labels above the stage's own pains and opportunities, below its touchpoints'. */
    stagePainsTop: number;
    stageOpportunitiesTop: number;
}

export interface ActionRow { action: ActionModel; titleLines: string[]; addressLines: string[]; ownerLine: string; height: number; top: number }

export type RoadmapColumn = 'status' | 'title' | 'owner' | 'due' | 'addresses';

export interface PanelLayout {
    journey: JourneyModel;
    side: Side;
    /** Left edge, in map coordinates. */
    x: number;
    /** Width of the lanes (label column and stages). */
    width: number;
    /** Where the stages start (after the lane labels) and the lanes end, in map coordinates. */
    stagesLeft: number;
    right: number;
    /** Width taken, the roadmap included. */
    blockWidth: number;
    slots: SlotLayout[];
    titleLines: string[];
    metaLine: string;
    scenarioLines: string[];
    /** The title row: the state pill and its width, the title, and (in an export) the meta line and scenario below. */
    title: { top: number; stateLabel: string; pillWidth: number; metaTop: number; scenarioTop: number };
    actions: ActionRow[];
    roadmapWidth: number;
    roadmapHeight: number;
    /** The roadmap's widths of its columns, the left edge of each, and the tops of its heading and column heads. */
    roadmapColumns: Record<RoadmapColumn, number>;
    roadmapLefts: Record<RoadmapColumn, number>;
    roadmapHeadingTop: number;
    roadmapHeadTop: number;
    /** Overlay: the current map's emotions, at the x of the matching future column. */
    currentCurve?: { journeyId: string; points: Array<{ x: number; y: number; emotion: number; touchpoint: TouchpointModel }> };
}

export type LaneKey = 'touchpoints' | 'does' | 'thinks' | 'feels' | 'pains' | 'opportunities' | 'backstage' | 'support';

export interface LaneLayout {
    key: LaneKey;
    label: string;
    y: number;
    height: number;
    /** Where what the lane holds starts, below its top padding, and how tall it may be. */
    contentTop: number;
    contentHeight: number;
}

/** The comparison's summary box at the top: its lines fitted to its width. */
export interface SummaryLayout { top: number; width: number; titleLine: string; titleTop: number; countsLine: string; countsTop: number }

export interface MapLayout {
    mode: ViewOptions['mode'];
    comparison?: ComparisonModel;
    current?: JourneyModel;
    future?: JourneyModel;
    primary: JourneyModel;
    panels: PanelLayout[];
    standalone: boolean;
    summaryLine?: string;
    summary?: SummaryLayout;
    legend: boolean;
    headerTop: number;
    legendTop: number;
    panelTitleTop: number;
    panelTitleHeight: number;
    stageTop: number;
    stageHeight: number;
    lanes: LaneLayout[];
    /** From the top of the first lane to the bottom of the last. */
    lanesTop: number;
    lanesBottom: number;
    /** The line of visibility above the backstage lane, when there is one. */
    visibilityY?: number;
    /** The emotion scale's levels on the feels lane, with their labels. */
    emotionAxis: Array<{ value: number; y: number; label: string }>;
    roadmapTop: number;
    width: number;
    height: number;
}

/** What to draw for a model and a view: the chosen journey and, when it takes part in one, its comparison. */
export function chooseJourneys(model: MapModel, view: ViewOptions): { primary?: JourneyModel; comparison?: ComparisonModel; current?: JourneyModel; future?: JourneyModel } {
    const byId = new Map(model.journeys.map(j => [j.id, j]));
    const primary = (view.journey !== undefined ? byId.get(view.journey) : undefined) ?? model.journeys[0];
    if (!primary || view.mode === 'single') {
        return { primary };
    }
    const comparison = model.comparisons.find(c => c.future === primary.id && byId.has(c.current))
        ?? model.comparisons.find(c => c.current === primary.id && byId.has(c.future));
    if (!comparison) {
        return { primary };
    }
    return { primary, comparison, current: byId.get(comparison.current), future: byId.get(comparison.future) };
}

export function layoutMap(model: MapModel, view: ViewOptions, options: { standalone: boolean }): MapLayout | undefined {
    const chosen = chooseJourneys(model, view);
    const primary = chosen.primary;
    if (!primary) return undefined;
    const { comparison, current, future } = chosen;
    const measure = new Measurer();
    let panels: PanelLayout[];
    let mode = view.mode;
    if (comparison && current && future && mode === 'side-by-side') {
        panels = sideBySidePanels(comparison, current, future, measure);
    } else if (comparison && current && future && mode === 'overlay') {
        panels = [overlayPanel(comparison, current, future, measure)];
    } else {
        mode = 'single';
        panels = [singlePanel(primary, measure)];
    }
    const compared = mode !== 'single' ? comparison : undefined;

    // Horizontal placement of the panels.
    let x = size.pad;
    for (const panel of panels) {
        panel.x = x;
        x += panel.blockWidth + size.panelGap;
    }
    const width = x - size.panelGap + size.pad;

    // Vertical placement: header, panel titles, stage headers, lanes, roadmap.
    const f = size.font;
    let y = size.pad;
    const headerTop = y;
    const summaryLine = compared ? summaryText(compared) : undefined;
    if (summaryLine !== undefined) y += 64;
    const legendTop = y;
    const legend = mode === 'overlay';
    if (legend) y += 26;
    const panelTitleTop = y;
    const showTitles = options.standalone || mode !== 'single';
    let panelTitleHeight = 0;
    if (showTitles) {
        for (const panel of panels) {
            let h = panel.titleLines.length * lineHeight(f.panelTitle) + 6;
            if (options.standalone) {
                h += lineHeight(f.meta) + panel.scenarioLines.length * lineHeight(f.meta) + 6;
            }
            panelTitleHeight = Math.max(panelTitleHeight, h);
        }
        panelTitleHeight += 10;
    }
    y += panelTitleHeight;
    const stageTop = y;
    const stageHeight = Math.max(...panels.flatMap(p => p.slots.map(s => s.headerHeight)), 48);
    y += stageHeight + 6;

    const columns = panels.flatMap(p => p.slots.flatMap(s => s.columns));
    const slots = panels.flatMap(p => p.slots);
    const maxOf = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);
    const pad = size.lanePadTop + size.lanePadBottom;
    const lanes: LaneLayout[] = [];
    const lane = (key: LaneKey, label: string, height: number) => {
        lanes.push({ key, label, y, height, contentTop: y + size.lanePadTop, contentHeight: height - size.lanePadTop - size.lanePadBottom });
        y += height;
    };
    lane('touchpoints', 'TOUCHPOINTS', maxOf(columns.map(c => c.cardHeight)) + pad);
    lane('does', 'DOES', Math.max(lineHeight(f.body) * 2, maxOf(columns.map(c => c.actionLines.length * lineHeight(f.body)))) + pad);
    lane('thinks', 'THINKS', Math.max(lineHeight(f.body) * 2, maxOf(columns.map(c => c.thoughtLines.length * lineHeight(f.body)))) + 16 + pad);
    lane('feels', 'FEELS', size.emotionLane);
    const slotHeight = (slot: SlotLayout, column: (c: ColumnLayout) => number, stageWide: number) =>
        maxOf(slot.columns.map(column)) + (stageWide > 0 ? stageWide + (slot.columns.some(c => column(c) > 0) ? size.boxGap : 0) : 0);
    lane('pains', 'PAIN POINTS', Math.max(36, maxOf(slots.map(s => slotHeight(s, c => c.painsHeight, s.stagePainsHeight)))) + pad);
    lane('opportunities', 'OPPORTUNITIES', Math.max(36, maxOf(slots.map(s => slotHeight(s, c => c.opportunitiesHeight, s.stageOpportunitiesHeight)))) + pad);
    let visibilityY: number | undefined;
    if (columns.some(c => c.backstage.length > 0)) {
        y += 18; // room for the line of visibility
        visibilityY = y - 9;
        lane('backstage', 'BACKSTAGE', maxOf(columns.map(c => c.backstageHeight)) + pad);
    }
    if (columns.some(c => c.support.length > 0)) {
        lane('support', 'SUPPORT', maxOf(columns.map(c => c.supportHeight)) + pad);
    }
    y += 24;
    const roadmapTop = y;
    const roadmap = maxOf(panels.map(p => p.roadmapHeight));
    y += roadmap > 0 ? roadmap + size.pad : 0;
    const last = lanes[lanes.length - 1];
    const layout: MapLayout = {
        mode, primary, panels, standalone: options.standalone, legend, headerTop, legendTop, panelTitleTop, panelTitleHeight,
        stageTop, stageHeight, lanes, lanesTop: lanes[0]?.y ?? stageTop, lanesBottom: last ? last.y + last.height : stageTop,
        emotionAxis: [], roadmapTop, width: Math.max(width, 640), height: y + size.pad / 2,
    };
    if (visibilityY !== undefined) layout.visibilityY = visibilityY;
    if (compared && current && future) {
        layout.comparison = compared;
        layout.current = current;
        layout.future = future;
    }
    if (summaryLine !== undefined) layout.summaryLine = summaryLine;
    place(layout);
    return layout;
}

// ---------------------------------------------------------------------------------------------
// Placing: every measured element at its place, in map coordinates

function place(layout: MapLayout): void {
    const f = size.font;
    const laneOf = (key: LaneKey) => layout.lanes.find(lane => lane.key === key);
    if (layout.comparison && layout.summaryLine !== undefined) {
        const width = layout.width - 2 * size.pad;
        layout.summary = {
            top: layout.headerTop,
            width,
            titleLine: fitLine(`What changes: ${layout.current?.title ?? layout.comparison.current} → ${layout.future?.title ?? layout.comparison.future}`, width - 24, f.summary * boldFactor),
            titleTop: layout.headerTop + 6,
            countsLine: fitLine(layout.summaryLine, width - 24, f.summary),
            countsTop: layout.headerTop + 6 + lineHeight(f.summary),
        };
    }
    const feels = laneOf('feels');
    const emotionY = feels ? scaleLinear().domain([EMOTION_MIN, EMOTION_MAX]).range([feels.y + feels.height - 34, feels.y + 30]) : undefined;
    if (emotionY) {
        const named = new Set([EMOTION_MIN, 0, EMOTION_MAX]);
        layout.emotionAxis = emotionScale.map(value => ({
            value,
            y: emotionY(value),
            label: named.has(value) ? `${emotionMeaning[value]} ${signed(value)}` : signed(value),
        }));
    }
    const lanes = { touchpoints: laneOf('touchpoints'), pains: laneOf('pains'), opportunities: laneOf('opportunities'), backstage: laneOf('backstage'), support: laneOf('support') };
    for (const panel of layout.panels) {
        panel.stagesLeft = panel.x + size.labelWidth;
        panel.right = panel.x + panel.width;
        placeTitle(panel, layout.panelTitleTop);
        for (const slot of panel.slots) {
            slot.left = panel.x + slot.x;
            placeStageHeader(slot, layout.stageTop, layout.stageHeight);
            for (const column of slot.columns) {
                column.left = panel.x + slot.x + column.x;
                column.centerX = column.left + size.column / 2;
                const emotion = column.touchpoint?.emotion;
                if (emotionY && !column.ghost && emotion !== undefined) {
                    column.emotionY = emotionY(emotion);
                    column.emotionLabelY = emotion > EMOTION_MIN ? column.emotionY + 26 : column.emotionY - 16;
                }
                if (lanes.touchpoints) {
                    column.cardTop = lanes.touchpoints.contentTop;
                    column.cardNameTop = column.cardTop + 8;
                    column.cardSubTop = column.cardNameTop + column.nameLines.length * lineHeight(f.name);
                    column.cardNoteTop = column.cardTop + lanes.touchpoints.contentHeight - lineHeight(f.small) - 6;
                }
                if (lanes.pains) stackPains(column.pains, lanes.pains.contentTop);
                if (lanes.opportunities) stackOpportunities(column.opportunities, lanes.opportunities.contentTop);
                if (lanes.backstage) stackItems(column.backstage, lanes.backstage.contentTop);
                if (lanes.support) stackItems(column.support, lanes.support.contentTop);
            }
            // A stage's own pains and opportunities go below those of its touchpoints, under a label.
            const below = (lane: LaneLayout | undefined, used: number) => lane ? lane.contentTop + (used > 0 ? used + size.boxGap : 0) : 0;
            slot.stagePainsTop = below(lanes.pains, slot.columns.reduce((m, c) => Math.max(m, c.painsHeight), 0));
            slot.stageOpportunitiesTop = below(lanes.opportunities, slot.columns.reduce((m, c) => Math.max(m, c.opportunitiesHeight), 0));
            stackPains(slot.stagePains, slot.stagePainsTop + lineHeight(f.small));
            stackOpportunities(slot.stageOpportunities, slot.stageOpportunitiesTop + lineHeight(f.small));
        }
        placeRoadmap(panel, layout.roadmapTop);
        if (panel.currentCurve && layout.current && emotionY) placeCurrentCurve(panel, layout.current, emotionY);
    }
}

function placeTitle(panel: PanelLayout, top: number): void {
    panel.title.top = top;
    panel.title.metaTop = top + panel.titleLines.length * lineHeight(size.font.panelTitle) + 6;
    panel.title.scenarioTop = panel.title.metaTop + lineHeight(size.font.meta);
}

function placeStageHeader(slot: SlotLayout, top: number, height: number): void {
    const f = size.font;
    const header = slot.header;
    header.nameTop = top + 10;
    header.placeholderTop = top + 14 + slot.nameLines.length * lineHeight(f.stage);
    header.badgeTop = top + height - 26;
    let y = header.nameTop + slot.nameLines.length * lineHeight(f.stage);
    if (slot.goalLines.length > 0) {
        y += 4;
        header.goalTop = y;
        y += slot.goalLines.length * lineHeight(f.goal);
    }
    if (slot.metricLines.length > 0) {
        y += 6;
        header.metricsTop = y;
        y += slot.metricLines.length * lineHeight(f.metric);
    }
    if (slot.emotionLine !== undefined) {
        y += 6;
        header.emotionTop = y;
    }
}

function placeRoadmap(panel: PanelLayout, top: number): void {
    const c = panel.roadmapColumns;
    const x = panel.x;
    panel.roadmapLefts = {
        status: x,
        title: x + c.status,
        owner: x + c.status + c.title,
        due: x + c.status + c.title + c.owner,
        addresses: x + c.status + c.title + c.owner + c.due,
    };
    panel.roadmapHeadingTop = top;
    panel.roadmapHeadTop = top + 30;
    let y = panel.roadmapHeadTop + 26;
    for (const row of panel.actions) {
        row.top = y;
        y += row.height;
    }
}

/** The overlay's current curve: each current touchpoint at the column of its future self (or its ghost). */
function placeCurrentCurve(panel: PanelLayout, current: JourneyModel, emotionY: (emotion: number) => number): void {
    const xOf = new Map<string, number>();
    for (const slot of panel.slots) {
        for (const column of slot.columns) {
            if (column.touchpoint) xOf.set(column.touchpoint.id, column.centerX);
        }
    }
    const points: NonNullable<PanelLayout['currentCurve']>['points'] = [];
    for (const stage of current.stages) {
        for (const t of stage.touchpoints) {
            const x = xOf.get(t.id);
            if (x !== undefined && t.emotion !== undefined) points.push({ x, y: emotionY(t.emotion), emotion: t.emotion, touchpoint: t });
        }
    }
    points.sort((a, b) => a.x - b.x);
    panel.currentCurve!.points = points;
}

function stackPains(boxes: PainBox[], top: number): void {
    let y = top;
    for (const box of boxes) {
        box.top = y;
        box.textTop = y + 8 + lineHeight(size.font.small);
        y += box.height + size.boxGap;
    }
}

function stackOpportunities(boxes: OpportunityBox[], top: number): void {
    let y = top;
    for (const box of boxes) {
        box.top = y;
        box.footerTop = y + 6 + box.lines.length * lineHeight(size.font.body) + 2;
        y += box.height + size.boxGap;
    }
}

function stackItems(items: BlueprintItem[], top: number): void {
    let y = top;
    for (const item of items) {
        item.top = y;
        y += item.height + 6;
    }
}


export function summaryText(comparison: ComparisonModel): string {
    const s = comparison.summary;
    const parts = [
        `${s.added} added`, `${s.removed} removed`, `${s.moved} moved`, `${s.changed} changed`, `${s.unchanged} unchanged`,
    ];
    if (s.meanEmotionDelta !== undefined) parts.push(`mean emotion ${deltaText(s.meanEmotionDelta)}`);
    parts.push(`${comparison.pains.resolved.length} pain${comparison.pains.resolved.length === 1 ? '' : 's'} resolved`);
    parts.push(`${comparison.pains.new.length} new pain${comparison.pains.new.length === 1 ? '' : 's'}`);
    const stagesAdded = comparison.stages.filter(st => st.status === 'added').length;
    const stagesRemoved = comparison.stages.filter(st => st.status === 'removed').length;
    if (stagesAdded + stagesRemoved > 0) parts.push(`stages: ${stagesAdded} added, ${stagesRemoved} removed`);
    return `Touchpoints: ${parts.join(' · ')}`;
}

// ---------------------------------------------------------------------------------------------
// Panels

function singlePanel(journey: JourneyModel, measure: Measurer): PanelLayout {
    const slots = journey.stages.map(stage => {
        const columns = stage.touchpoints.map(t => measure.column(t, journey, stage.id, {}));
        return measure.slot(stage.id, stage, columns, Math.max(1, columns.length), {});
    });
    return measure.panel(journey, 'single', slots);
}

interface Comparing {
    touchpoints: Map<string, TouchpointComparison>;
    resolved: Set<string>;
    added: Set<string>;
    currentStages: Map<string, StageModel>;
    futureStages: Map<string, StageModel>;
}

function indexComparison(comparison: ComparisonModel, current: JourneyModel, future: JourneyModel): Comparing {
    return {
        touchpoints: new Map(comparison.touchpoints.map(t => [t.id, t])),
        resolved: new Set(comparison.pains.resolved),
        added: new Set(comparison.pains.new),
        currentStages: new Map(current.stages.map(s => [s.id, s])),
        futureStages: new Map(future.stages.map(s => [s.id, s])),
    };
}

/** A future touchpoint's column, side by side and in the overlay alike. */
function futureColumn(t: TouchpointModel, future: JourneyModel, stageId: string, index: Comparing, measure: Measurer): ColumnLayout {
    const c = index.touchpoints.get(t.id);
    return measure.column(t, future, stageId, {
        status: c?.status,
        emotionDelta: c?.emotionDelta,
        note: c?.status === 'moved' && c.currentStage ? `moved from ${stageName(index.currentStages, c.currentStage)}` : undefined,
        added: index.added,
    });
}

/** A future stage's slot, side by side and in the overlay alike. */
function futureSlot(entry: StageComparison, columns: ColumnLayout[], count: number, index: Comparing, measure: Measurer): SlotLayout {
    const after = index.futureStages.get(entry.id);
    return measure.slot(entry.id, after, columns, count, {
        status: entry.status,
        emotionDelta: entry.emotionDelta,
        placeholder: after ? undefined : 'Stage removed in the future map',
        otherName: index.currentStages.get(entry.id)?.name,
        added: index.added,
    });
}

function sideBySidePanels(comparison: ComparisonModel, current: JourneyModel, future: JourneyModel, measure: Measurer): PanelLayout[] {
    const index = indexComparison(comparison, current, future);
    const currentSlots: SlotLayout[] = [];
    const futureSlots: SlotLayout[] = [];
    for (const entry of comparison.stages) {
        const before = index.currentStages.get(entry.id);
        const after = index.futureStages.get(entry.id);
        const count = Math.max(1, before?.touchpoints.length ?? 0, after?.touchpoints.length ?? 0);
        const beforeColumns = (before?.touchpoints ?? []).map(t => {
            const c = index.touchpoints.get(t.id);
            return measure.column(t, current, entry.id, {
                status: c?.status,
                note: c?.status === 'moved' && c.futureStage ? `moved to ${stageName(index.futureStages, c.futureStage)}` : undefined,
                resolved: index.resolved,
            });
        });
        const afterColumns = (after?.touchpoints ?? []).map(t => futureColumn(t, future, entry.id, index, measure));
        currentSlots.push(measure.slot(entry.id, before, beforeColumns, count, {
            status: entry.status,
            placeholder: before ? undefined : 'New stage in the future map',
            otherName: after?.name,
            resolved: index.resolved,
        }));
        futureSlots.push(futureSlot(entry, afterColumns, count, index, measure));
    }
    const left = measure.panel(current, 'current', currentSlots);
    const right = measure.panel(future, 'future', futureSlots);
    // Both sides equally wide, so that the maps line up.
    const blockWidth = Math.max(left.blockWidth, right.blockWidth);
    left.blockWidth = right.blockWidth = blockWidth;
    return [left, right];
}

function overlayPanel(comparison: ComparisonModel, current: JourneyModel, future: JourneyModel, measure: Measurer): PanelLayout {
    const index = indexComparison(comparison, current, future);
    // Removed touchpoints, by the stage they were in, drawn as ghost columns there.
    const removedByStage = new Map<string, TouchpointModel[]>();
    for (const stage of current.stages) {
        for (const t of stage.touchpoints) {
            if (index.touchpoints.get(t.id)?.status === 'removed') {
                const list = removedByStage.get(stage.id) ?? [];
                list.push(t);
                removedByStage.set(stage.id, list);
            }
        }
    }
    const slots = comparison.stages.map(entry => {
        const after = index.futureStages.get(entry.id);
        const columns = (after?.touchpoints ?? []).map(t => futureColumn(t, future, entry.id, index, measure));
        for (const t of removedByStage.get(entry.id) ?? []) {
            columns.push(measure.column(t, current, entry.id, { status: 'removed', ghost: true }));
        }
        return futureSlot(entry, columns, Math.max(1, columns.length), index, measure);
    });
    const panel = measure.panel(future, 'future', slots);
    // Its points are placed with the columns (`place`).
    panel.currentCurve = { journeyId: current.id, points: [] };
    return panel;
}

function stageName(stages: Map<string, StageModel>, id: string): string {
    return stages.get(id)?.name ?? id;
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface ColumnOptions {
    status?: TouchpointStatus;
    emotionDelta?: number;
    note?: string;
    ghost?: boolean;
    resolved?: Set<string>;
    added?: Set<string>;
}

interface SlotOptions {
    status?: StageStatus;
    emotionDelta?: number;
    placeholder?: string;
    /** The stage's name on the other side, for a placeholder. */
    otherName?: string;
    resolved?: Set<string>;
    added?: Set<string>;
}

export function painMark(pain: PainModel, options: { resolved?: Set<string>; added?: Set<string> }): PainBox['mark'] {
    if (pain.id === undefined) return undefined;
    if (options.resolved?.has(pain.id)) return 'resolved';
    if (options.added?.has(pain.id)) return 'new';
    return undefined;
}

class Measurer {
    private readonly personaNames = new Map<JourneyModel, Map<string, string>>();

    column(touchpoint: TouchpointModel, journey: JourneyModel, stageId: string, options: ColumnOptions): ColumnLayout {
        const f = size.font;
        const inner = size.column - 2 * size.cellPad;
        const textWidth = inner - size.iconSize - 14;
        const nameLines = wrapText(touchpoint.name, textWidth, f.name * boldFactor, size.maxLines.name);
        const subLines: string[] = [];
        const subWidth = textWidth - 6;
        if (touchpoint.channel) subLines.push(fitLine(touchpoint.channel.name, subWidth, f.small));
        if (touchpoint.personas && touchpoint.personas.length > 0) {
            const names = this.personaNamesOf(journey);
            subLines.push(fitLine(touchpoint.personas.map(p => names.get(p) ?? p).join(', '), subWidth, f.small));
        }
        const note = options.note !== undefined ? fitLine(options.note, inner - 8, f.small) : undefined;
        const cardHeight = 16 + Math.max(size.iconSize, nameLines.length * lineHeight(f.name) + subLines.length * lineHeight(f.small))
            + (note !== undefined ? lineHeight(f.small) + 2 : 0);
        const pains = touchpoint.pains.map(p => this.painBox(p, inner, painMark(p, options)));
        const opportunities = touchpoint.opportunities.map(o => this.opportunityBox(o, inner));
        const backstage = touchpoint.backstage.map(text => this.blueprintItem(text, inner));
        const support = touchpoint.support.map(text => this.blueprintItem(text, inner));
        const thoughtLines = options.ghost || touchpoint.thought === undefined ? [] : wrapText(`“${touchpoint.thought}”`, inner - 16, f.body, size.maxLines.body);
        const column: ColumnLayout = {
            x: 0,
            left: 0,
            centerX: 0,
            cardTop: 0,
            cardNameTop: 0,
            cardSubTop: 0,
            cardNoteTop: 0,
            touchpoint,
            journeyId: journey.id,
            stageId,
            ghost: options.ghost ?? false,
            nameLines,
            subLines,
            cardHeight,
            actionLines: options.ghost || touchpoint.action === undefined ? [] : wrapText(touchpoint.action, inner, f.body, size.maxLines.body),
            thoughtLines,
            thoughtHeight: thoughtLines.length * lineHeight(f.body) + 14,
            pains: options.ghost ? [] : pains,
            opportunities: options.ghost ? [] : opportunities,
            backstage: options.ghost ? [] : backstage,
            support: options.ghost ? [] : support,
            painsHeight: options.ghost ? 0 : stackHeight(pains),
            opportunitiesHeight: options.ghost ? 0 : stackHeight(opportunities),
            backstageHeight: options.ghost ? 0 : stackHeight(backstage, 6),
            supportHeight: options.ghost ? 0 : stackHeight(support, 6),
        };
        if (note !== undefined) column.note = note;
        if (options.status !== undefined) column.status = options.status;
        if (options.emotionDelta !== undefined) column.emotionDelta = options.emotionDelta;
        if (touchpoint.emotion !== undefined && !options.ghost) {
            const label = `${signed(touchpoint.emotion)}${touchpoint.emotionLabel ? ` ${touchpoint.emotionLabel}` : ''}`;
            column.emotionLabel = fitLine(label, size.column - 12, f.emotion);
        }
        return column;
    }

    slot(id: string, stage: StageModel | undefined, columns: ColumnLayout[], count: number, options: SlotOptions): SlotLayout {
        const f = size.font;
        const width = count * size.column;
        const inner = width - 24;
        columns.forEach((column, i) => { column.x = i * size.column; });
        const nameLines = wrapText(stage?.name ?? options.otherName ?? id, inner, f.stage * boldFactor, size.maxLines.stageName);
        const placeholderLines = options.placeholder !== undefined ? wrapText(options.placeholder, inner, f.goal, 3) : [];
        const goalLines = stage?.goal ? wrapText(stage.goal, inner, f.goal, size.maxLines.goal) : [];
        const metricLines = (stage?.metrics ?? []).map(m => fitLine(`${m.name}: ${formatNumber(m.value)}${m.percent ? '%' : ''}`, inner, f.metric));
        let emotionLine: string | undefined;
        if (stage?.emotion !== undefined) {
            emotionLine = `Mean emotion ${signed(stage.emotion)}`;
        }
        const headerHeight = 14
            + nameLines.length * lineHeight(f.stage)
            + (goalLines.length > 0 ? 4 + goalLines.length * lineHeight(f.goal) : 0)
            + (metricLines.length > 0 ? 6 + metricLines.length * lineHeight(f.metric) : 0)
            + (emotionLine !== undefined ? 6 + lineHeight(f.metric) : 0)
            + (placeholderLines.length > 0 ? 4 + placeholderLines.length * lineHeight(f.goal) : 0)
            + 12
            + (options.status === 'added' || options.status === 'removed' ? 20 : 0);
        const stagePains = (stage?.pains ?? []).map(p => this.painBox(p, inner, painMark(p, options)));
        const stageOpportunities = (stage?.opportunities ?? []).map(o => this.opportunityBox(o, inner));
        const slot: SlotLayout = {
            id, x: 0, left: 0, width, columns, nameLines, goalLines, metricLines, headerHeight, placeholderLines,
            header: { nameTop: 0, goalTop: 0, metricsTop: 0, emotionTop: 0, placeholderTop: 0, badgeTop: 0 },
            stagePains, stageOpportunities, stagePainsTop: 0, stageOpportunitiesTop: 0,
            stagePainsHeight: stagePains.length > 0 ? stackHeight(stagePains) + lineHeight(f.small) : 0,
            stageOpportunitiesHeight: stageOpportunities.length > 0 ? stackHeight(stageOpportunities) + lineHeight(f.small) : 0,
        };
        if (stage) slot.stage = stage;
        if (options.status !== undefined) slot.status = options.status;
        if (options.placeholder !== undefined) slot.placeholder = options.placeholder;
        if (emotionLine !== undefined) slot.emotionLine = emotionLine;
        if (options.emotionDelta !== undefined) slot.emotionDelta = options.emotionDelta;
        return slot;
    }

    panel(journey: JourneyModel, side: Side, slots: SlotLayout[]): PanelLayout {
        const f = size.font;
        let x = size.labelWidth;
        for (const slot of slots) {
            slot.x = x;
            x += slot.width;
        }
        const width = x;
        const actions = journey.actions.length;
        const roadmapWidth = actions > 0 ? Math.min(Math.max(width, size.roadmap.minWidth), size.roadmap.maxWidth) : 0;
        const blockWidth = Math.max(width, roadmapWidth);
        const textWidth = Math.min(blockWidth, 1100);
        const personas = journey.personas.map(p => p.name).join(', ');
        const meta = [
            personas ? `Persona${journey.personas.length > 1 ? 's' : ''}: ${personas}` : undefined,
            journey.owner ? `Owner: ${journey.owner}` : undefined,
            journey.reviewed ? `Reviewed: ${journey.reviewed}` : undefined,
        ].filter((part): part is string => part !== undefined).join('   ·   ');
        const stateLabel = stateLabelOf(journey);
        const columns = roadmapColumns(roadmapWidth);
        const panel: PanelLayout = {
            journey, side, x: 0, width, blockWidth, slots, stagesLeft: 0, right: 0,
            titleLines: wrapText(journey.title, textWidth - 140, f.panelTitle * boldFactor, 2),
            metaLine: fitLine(meta, textWidth, f.meta),
            scenarioLines: journey.scenario ? wrapText(journey.scenario, textWidth, f.meta, size.maxLines.scenario) : [],
            title: { top: 0, stateLabel, pillWidth: stateLabel.length * f.badge * 0.78 + 18, metaTop: 0, scenarioTop: 0 },
            actions: [],
            roadmapWidth,
            roadmapHeight: 0,
            roadmapColumns: columns,
            roadmapLefts: { status: 0, title: 0, owner: 0, due: 0, addresses: 0 },
            roadmapHeadingTop: 0,
            roadmapHeadTop: 0,
        };
        if (actions > 0) {
            const pains = new Map<string, PainModel>();
            for (const stage of journey.stages) {
                for (const p of stage.pains) if (p.id) pains.set(p.id, p);
                for (const t of stage.touchpoints) for (const p of t.pains) if (p.id) pains.set(p.id, p);
            }
            panel.actions = journey.actions.map(action => {
                const titleLines = wrapText(action.title, columns.title - 16, f.body * boldFactor, size.maxLines.actionTitle);
                const addressed = action.addresses.map(id => pains.get(id)?.text ?? id).join('; ');
                const addressLines = addressed ? wrapText(addressed, columns.addresses - 16, f.small, size.maxLines.addresses) : ['—'];
                const lines = Math.max(titleLines.length, addressLines.length * lineHeight(f.small) / lineHeight(f.body), 1);
                return {
                    action, titleLines, addressLines,
                    ownerLine: fitLine(action.owner ?? '—', columns.owner - 16, f.small),
                    height: Math.ceil(lines * lineHeight(f.body)) + 2 * size.roadmap.rowPad + 4,
                    top: 0,
                };
            });
            panel.roadmapHeight = 30 + 26 + panel.actions.reduce((sum, row) => sum + row.height, 0);
        }
        return panel;
    }

    private painBox(pain: PainModel, width: number, mark: PainBox['mark']): PainBox {
        const f = size.font;
        const lines = wrapText(pain.text, width - 20, f.body, size.maxLines.pain);
        const box: PainBox = { pain, lines, height: 10 + lineHeight(f.small) + 2 + lines.length * lineHeight(f.body) + 8, top: 0, textTop: 0 };
        if (mark) box.mark = mark;
        return box;
    }

    private opportunityBox(opportunity: OpportunityModel, width: number): OpportunityBox {
        const f = size.font;
        const lines = wrapText(opportunity.text, width - 20, f.body, size.maxLines.opportunity);
        const parts = [
            opportunity.impact ? `Impact ${opportunity.impact}` : undefined,
            opportunity.effort ? `Effort ${opportunity.effort}` : undefined,
        ].filter((p): p is string => p !== undefined);
        const footer = parts.length > 0 ? wrapText(parts.join(' · '), width - 20, f.small * boldFactor, 2) : [];
        return { opportunity, lines, footer, height: 10 + lines.length * lineHeight(f.body) + (footer.length > 0 ? footer.length * lineHeight(f.small) + 2 : 0) + 8, top: 0, footerTop: 0 };
    }

    private blueprintItem(text: string, width: number): BlueprintItem {
        const lines = wrapText(text, width - 14, size.font.body, size.maxLines.blueprint);
        return { lines, height: lines.length * lineHeight(size.font.body), top: 0 };
    }

    private personaNamesOf(journey: JourneyModel): Map<string, string> {
        let names = this.personaNames.get(journey);
        if (!names) {
            names = new Map(journey.personas.map(p => [p.id, p.name]));
            this.personaNames.set(journey, names);
        }
        return names;
    }
}

export function roadmapColumns(width: number): Record<RoadmapColumn, number> {
    const r = size.roadmap;
    const rest = width - r.status - r.owner - r.due;
    const title = Math.round(rest * 0.55);
    return { status: r.status, title, owner: r.owner, due: r.due, addresses: rest - title };
}

function stackHeight(items: ReadonlyArray<{ height: number }>, gap: number = size.boxGap): number {
    if (items.length === 0) return 0;
    return items.reduce((sum, item) => sum + item.height, 0) + gap * (items.length - 1);
}

export function formatNumber(value: number): string {
    return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
}
