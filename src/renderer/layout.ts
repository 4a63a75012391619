/**
 * Layout: which maps are drawn, in which columns, and how tall each lane is. Plain data, computed
 * once per render in time linear in the size of the maps (every look-up by id goes through a Map
 * built once), then drawn by `map-svg.tsx`.
 */
import type {
    ActionModel, ComparisonModel, JourneyModel, MapModel, OpportunityModel, PainModel, StageModel, StageStatus,
    TouchpointComparison, TouchpointModel, TouchpointStatus,
} from '../model/map-model.js';
import { deltaText, signed } from '../model/emotion.js';
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
}

export interface OpportunityBox { opportunity: OpportunityModel; lines: string[]; footer: string[]; height: number }

export interface BlueprintItem { lines: string[]; height: number }

export interface ColumnLayout {
    /** Left edge, relative to the panel. */
    x: number;
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
    emotionLabel?: string;
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
    x: number;
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
    columns: ColumnLayout[];
    stagePains: PainBox[];
    stageOpportunities: OpportunityBox[];
    stagePainsHeight: number;
    stageOpportunitiesHeight: number;
}

export interface ActionRow { action: ActionModel; titleLines: string[]; addressLines: string[]; ownerLine: string; height: number }

export interface PanelLayout {
    journey: JourneyModel;
    side: Side;
    x: number;
    /** Width of the lanes (label column and stages). */
    width: number;
    /** Width taken, the roadmap included. */
    blockWidth: number;
    slots: SlotLayout[];
    titleLines: string[];
    metaLine: string;
    scenarioLines: string[];
    actions: ActionRow[];
    roadmapWidth: number;
    roadmapHeight: number;
    /** Overlay: the current map's emotions, at the x of the matching future column. */
    currentCurve?: { journeyId: string; points: Array<{ x: number; emotion: number; touchpoint: TouchpointModel }> };
}

export type LaneKey = 'touchpoints' | 'does' | 'thinks' | 'feels' | 'pains' | 'opportunities' | 'backstage' | 'support';

export interface LaneLayout { key: LaneKey; label: string; y: number; height: number }

export interface MapLayout {
    mode: ViewOptions['mode'];
    comparison?: ComparisonModel;
    current?: JourneyModel;
    future?: JourneyModel;
    primary: JourneyModel;
    panels: PanelLayout[];
    standalone: boolean;
    summaryLine?: string;
    legend: boolean;
    headerTop: number;
    panelTitleTop: number;
    panelTitleHeight: number;
    stageTop: number;
    stageHeight: number;
    lanes: LaneLayout[];
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
        lanes.push({ key, label, y, height });
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
    if (columns.some(c => c.backstage.length > 0)) {
        y += 18; // room for the line of visibility
        lane('backstage', 'BACKSTAGE', maxOf(columns.map(c => c.backstageHeight)) + pad);
    }
    if (columns.some(c => c.support.length > 0)) {
        lane('support', 'SUPPORT', maxOf(columns.map(c => c.supportHeight)) + pad);
    }
    y += 24;
    const roadmapTop = y;
    const roadmap = maxOf(panels.map(p => p.roadmapHeight));
    y += roadmap > 0 ? roadmap + size.pad : 0;
    const layout: MapLayout = {
        mode, primary, panels, standalone: options.standalone, legend, headerTop, panelTitleTop, panelTitleHeight,
        stageTop, stageHeight, lanes, roadmapTop, width: Math.max(width, 640), height: y + size.pad / 2,
    };
    if (compared) {
        layout.comparison = compared;
        layout.current = current;
        layout.future = future;
    }
    if (summaryLine !== undefined) layout.summaryLine = summaryLine;
    return layout;
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
}

function indexComparison(comparison: ComparisonModel): Comparing {
    return {
        touchpoints: new Map(comparison.touchpoints.map(t => [t.id, t])),
        resolved: new Set(comparison.pains.resolved),
        added: new Set(comparison.pains.new),
    };
}

function sideBySidePanels(comparison: ComparisonModel, current: JourneyModel, future: JourneyModel, measure: Measurer): PanelLayout[] {
    const index = indexComparison(comparison);
    const currentStages = new Map(current.stages.map(s => [s.id, s]));
    const futureStages = new Map(future.stages.map(s => [s.id, s]));
    const currentSlots: SlotLayout[] = [];
    const futureSlots: SlotLayout[] = [];
    for (const entry of comparison.stages) {
        const before = currentStages.get(entry.id);
        const after = futureStages.get(entry.id);
        const count = Math.max(1, before?.touchpoints.length ?? 0, after?.touchpoints.length ?? 0);
        const statusOf = (t: TouchpointModel) => index.touchpoints.get(t.id);
        const beforeColumns = (before?.touchpoints ?? []).map(t => {
            const c = statusOf(t);
            return measure.column(t, current, entry.id, {
                status: c?.status,
                note: c?.status === 'moved' && c.futureStage ? `moved to ${stageName(futureStages, c.futureStage)}` : undefined,
                resolved: index.resolved,
            });
        });
        const afterColumns = (after?.touchpoints ?? []).map(t => {
            const c = statusOf(t);
            return measure.column(t, future, entry.id, {
                status: c?.status,
                emotionDelta: c?.emotionDelta,
                note: c?.status === 'moved' && c.currentStage ? `moved from ${stageName(currentStages, c.currentStage)}` : undefined,
                added: index.added,
            });
        });
        currentSlots.push(measure.slot(entry.id, before, beforeColumns, count, {
            status: entry.status,
            placeholder: before ? undefined : 'New stage in the future map',
            otherName: after?.name,
            resolved: index.resolved,
        }));
        futureSlots.push(measure.slot(entry.id, after, afterColumns, count, {
            status: entry.status,
            emotionDelta: entry.emotionDelta,
            placeholder: after ? undefined : 'Stage removed in the future map',
            otherName: before?.name,
            added: index.added,
        }));
    }
    const left = measure.panel(current, 'current', currentSlots);
    const right = measure.panel(future, 'future', futureSlots);
    // Both sides equally wide, so that the maps line up.
    const blockWidth = Math.max(left.blockWidth, right.blockWidth);
    left.blockWidth = right.blockWidth = blockWidth;
    return [left, right];
}

function overlayPanel(comparison: ComparisonModel, current: JourneyModel, future: JourneyModel, measure: Measurer): PanelLayout {
    const index = indexComparison(comparison);
    const currentStages = new Map(current.stages.map(s => [s.id, s]));
    const futureStages = new Map(future.stages.map(s => [s.id, s]));
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
        const after = futureStages.get(entry.id);
        const before = currentStages.get(entry.id);
        const columns = (after?.touchpoints ?? []).map(t => {
            const c = index.touchpoints.get(t.id);
            return measure.column(t, future, entry.id, {
                status: c?.status,
                emotionDelta: c?.emotionDelta,
                note: c?.status === 'moved' && c.currentStage ? `moved from ${stageName(currentStages, c.currentStage)}` : undefined,
                added: index.added,
            });
        });
        for (const t of removedByStage.get(entry.id) ?? []) {
            columns.push(measure.column(t, current, entry.id, { status: 'removed', ghost: true }));
        }
        return measure.slot(entry.id, after, columns, Math.max(1, columns.length), {
            status: entry.status,
            emotionDelta: entry.emotionDelta,
            placeholder: after ? undefined : 'Stage removed in the future map',
            otherName: before?.name,
            added: index.added,
        });
    });
    const panel = measure.panel(future, 'future', slots);
    // The current curve: each current touchpoint at the column of its future self (or its ghost).
    const xOf = new Map<string, number>();
    for (const slot of slots) {
        for (const column of slot.columns) {
            if (column.touchpoint) xOf.set(column.touchpoint.id, slot.x + column.x + size.column / 2);
        }
    }
    const points: NonNullable<PanelLayout['currentCurve']>['points'] = [];
    for (const stage of current.stages) {
        for (const t of stage.touchpoints) {
            const x = xOf.get(t.id);
            if (x !== undefined && t.emotion !== undefined) points.push({ x, emotion: t.emotion, touchpoint: t });
        }
    }
    points.sort((a, b) => a.x - b.x);
    panel.currentCurve = { journeyId: current.id, points };
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
        const column: ColumnLayout = {
            x: 0,
            touchpoint,
            journeyId: journey.id,
            stageId,
            ghost: options.ghost ?? false,
            nameLines,
            subLines,
            cardHeight,
            actionLines: options.ghost || touchpoint.action === undefined ? [] : wrapText(touchpoint.action, inner, f.body, size.maxLines.body),
            thoughtLines: options.ghost || touchpoint.thought === undefined ? [] : wrapText(`“${touchpoint.thought}”`, inner - 16, f.body, size.maxLines.body),
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
            id, x: 0, width, columns, nameLines, goalLines, metricLines, headerHeight, placeholderLines,
            stagePains, stageOpportunities,
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
        const panel: PanelLayout = {
            journey, side, x: 0, width, blockWidth, slots,
            titleLines: wrapText(journey.title, textWidth - 140, f.panelTitle * boldFactor, 2),
            metaLine: fitLine(meta, textWidth, f.meta),
            scenarioLines: journey.scenario ? wrapText(journey.scenario, textWidth, f.meta, size.maxLines.scenario) : [],
            actions: [],
            roadmapWidth,
            roadmapHeight: 0,
        };
        if (actions > 0) {
            const pains = new Map<string, PainModel>();
            for (const stage of journey.stages) {
                for (const p of stage.pains) if (p.id) pains.set(p.id, p);
                for (const t of stage.touchpoints) for (const p of t.pains) if (p.id) pains.set(p.id, p);
            }
            const columns = roadmapColumns(roadmapWidth);
            panel.actions = journey.actions.map(action => {
                const titleLines = wrapText(action.title, columns.title - 16, f.body * boldFactor, size.maxLines.actionTitle);
                const addressed = action.addresses.map(id => pains.get(id)?.text ?? id).join('; ');
                const addressLines = addressed ? wrapText(addressed, columns.addresses - 16, f.small, size.maxLines.addresses) : ['—'];
                const lines = Math.max(titleLines.length, addressLines.length * lineHeight(f.small) / lineHeight(f.body), 1);
                return {
                    action, titleLines, addressLines,
                    ownerLine: fitLine(action.owner ?? '—', columns.owner - 16, f.small),
                    height: Math.ceil(lines * lineHeight(f.body)) + 2 * size.roadmap.rowPad + 4,
                };
            });
            panel.roadmapHeight = 30 + 26 + panel.actions.reduce((sum, row) => sum + row.height, 0);
        }
        return panel;
    }

    private painBox(pain: PainModel, width: number, mark: PainBox['mark']): PainBox {
        const f = size.font;
        const lines = wrapText(pain.text, width - 20, f.body, size.maxLines.pain);
        const box: PainBox = { pain, lines, height: 10 + lineHeight(f.small) + 2 + lines.length * lineHeight(f.body) + 8 };
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
        return { opportunity, lines, footer, height: 10 + lines.length * lineHeight(f.body) + (footer.length > 0 ? footer.length * lineHeight(f.small) + 2 : 0) + 8 };
    }

    private blueprintItem(text: string, width: number): BlueprintItem {
        const lines = wrapText(text, width - 14, size.font.body, size.maxLines.blueprint);
        return { lines, height: lines.length * lineHeight(size.font.body) };
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

export function roadmapColumns(width: number): { status: number; title: number; owner: number; due: number; addresses: number } {
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
