/**
 * Layout: which maps are drawn, in which columns and lanes, and where every text, box, point and
 * curve goes. Plain data, computed once per render in time linear in the size of the maps (every
 * look-up by id goes through a Map built once), then drawn by `map-svg.tsx`.
 *
 * Coordinates are those of the map's grid: x = 0 is the left edge of the lane-label column,
 * y = 0 the top of the stage-header row. The preview freezes that column and that row (they stay
 * in view while the map scrolls); the SVG export draws its title block above the grid. Elements are
 * measured first, then placed (`place`): `map-svg.tsx` takes every position from here and adds
 * only fixed insets inside a drawn box.
 *
 * The views of a comparison (see docs/preview.md):
 * - `side-by-side`: each stage column split into before | after;
 * - `stacked`: the whole current map (its lanes) above the whole future map, matched stages in the same columns;
 * - `paired`: one column per touchpoint, the current map's row above the future map's row in every lane;
 * - `overlay`: the future map, with the current map's emotions, removed touchpoints and vanished pains laid over it;
 * - `single`: one map.
 */
import type {
    ActionModel, ComparisonModel, EvidenceModel, JourneyModel, Level, MapModel, OpportunityModel, PainModel, StageModel, StageStatus,
    TouchpointComparison, TouchpointModel, TouchpointStatus,
} from '../model/map-model.js';
import { clampEmotion, emotionScale, EMOTION_MAX, EMOTION_MIN } from '../model/emotion.js';
import { isValidLink } from '../model/links.js';
import { hasPersona, modelForPersona, ownValue } from '../model/persona-view.js';
import { viewModes, type MapLanguage, type MapState, type ViewMode } from '../model/vocabulary.js';
import { drawingLabels, english, type BlueprintLine, type DrawingLabels, type LaneName } from './labels.js';
import { boldFactor, fitLine, textWidth, wrapText } from './text.js';

export interface ViewOptions {
    mode: ViewMode;
    /** Id of the journey the user is looking at; default the first. */
    journey?: string;
    /**
     * One persona alone (the preview's persona filter, `export --persona`): only its touchpoints,
     * its emotions and its means. A persona no drawn map names is ignored.
     */
    persona?: string;
    /**
     * The language of the drawing's own words, overriding the maps' (`export --lang`). Without it,
     * a drawing speaks its map's `language`; a comparison its future map's.
     */
    language?: MapLanguage;
}

export interface Highlight { uri: string; line: number }

/**
 * The part of the map to draw, as x-coordinates of the grid. The preview draws only the columns in
 * and near its viewport, so a map of thousands of touchpoints costs the DOM what a screenful does;
 * the exports draw everything.
 */
export interface VisibleRange { left: number; right: number }

/** Sizes in pixels; fonts in pixels. */
export const size = {
    pad: 24,
    labelWidth: 136,
    column: 220,
    cellPad: 10,
    emotionLane: 200,
    /** A feels row of the paired view, where two rows share the screen. */
    emotionRow: 172,
    lanePadTop: 12,
    lanePadBottom: 12,
    /** Height of a lane that has nothing in it. */
    emptyLane: 30,
    /** Least height of a row of one map (paired and stacked views) that has something in it. */
    sideRow: 50,
    /** The stacked view: the room between the current map's lanes and the future map's heading. */
    blockGap: 24,
    boxGap: 8,
    iconSize: 28,
    font: {
        title: 20, panelTitle: 17, meta: 12.5, summary: 13.5, stage: 15, goal: 12, metric: 11.5,
        name: 13, small: 11.5, body: 12.5, label: 12.5, sideTag: 11.5, badge: 10, emotion: 11.5, delta: 12, axis: 11.5,
    },
    maxLines: { stageName: 2, goal: 3, name: 3, channel: 2, body: 5, pain: 4, opportunity: 4, blueprint: 3, actionTitle: 3, addresses: 3, scenario: 3, resolvedBy: 3 },
    roadmap: { minWidth: 960, maxWidth: 1320, status: 104, owner: 180, due: 110, rowPad: 8 },
} as const;

/** The badge of a map, in its title and header: its state and, for a day in the life or a blueprint, its type. */
export function stateLabelOf(journey: JourneyModel, labels: DrawingLabels = english): string {
    return labels.mapBadge(journey.type ?? 'customer-journey', journey.state);
}

export function lineHeight(fontSize: number): number {
    return Math.round(fontSize * 1.38);
}

/** Which map a part of the drawing shows: the one map, or a side of a comparison (a map state). */
export type Side = 'single' | MapState;

/**
 * What a pain became in a comparison. On the current side: `resolved` (an action addresses it and
 * the future map no longer has it) or `dropped` (it vanished without an action); on the future
 * side: `new`, or `severity` when a kept pain's severity changed.
 */
export type PainMark = 'resolved' | 'dropped' | 'new' | 'severity';

export interface PainBox {
    pain: PainModel;
    lines: string[];
    height: number;
    mark?: PainMark;
    /** The result line(s) of a resolved or dropped pain ("Resolved by …", "Dropped: no action addresses it"). */
    resultLines: string[];
    /** A kept pain whose severity changed: the severity it had. */
    previousSeverity?: Level | 'none';
    /** The journey and document the pain is written in (an overlay shows the current map's pains on future columns). */
    journeyId: string;
    uri: string;
    /** Placed: the box's top, its text's (below the severity tag) and its result lines'. */
    top: number;
    textTop: number;
    resultTop: number;
}

export interface OpportunityBox {
    opportunity: OpportunityModel;
    lines: string[];
    footer: string[];
    height: number;
    /** Placed: the box's top and its impact/effort footer's. */
    top: number;
    footerTop: number;
}

export interface BlueprintItem { lines: string[]; height: number; top: number }

/**
 * A card in the touchpoints lane: its top and height, and the tops of its time, name, channel/persona
 * lines, details (metrics, owner, source numbers) and note.
 */
export interface CardPlace { top: number; height: number; timeTop: number; nameTop: number; subTop: number; detailTop: number; noteTop: number }

/** Where a touchpoint's face, label and change are drawn in its feels lane. */
export interface EmotionPlace { cx: number; cy: number; labelY: number; deltaX: number; deltaY: number }

/**
 * A persona with its own curve (spec, version 2: one curve per persona when a journey has two or
 * more personas and any touchpoint differs between them). `index` picks its colour, its line's dash
 * and its marks' shape, so that the curves are told apart in print too.
 */
export interface PersonaStyle { id: string; name: string; index: number }

/** How many persona styles there are (colour, dash and shape); more personas reuse them in turn. */
export const personaStyles = 4;

/** One persona's emotion at a touchpoint, when the map draws a curve per persona. */
export interface PersonaFace {
    persona: PersonaStyle;
    emotion: number;
    /** The text under (or over) the face, and its middle (kept inside the column). */
    label: string;
    labelX: number;
    /** Its change from the current map (future side of a comparison). */
    delta?: number;
    place: EmotionPlace;
}

/**
 * A persona's mean emotion in a stage header: its name, the mean (or before → after) and the change,
 * on one line, or (`wrapped`, a narrow stage) the name on its own line and the rest under it.
 */
export interface PersonaMean { persona: PersonaStyle; name: string; values: string; delta?: number; wrapped: boolean }

/** A numbered source (an evidence line) of the drawing, listed under the map. */
export interface SourceEntry {
    number: number;
    text: string;
    /** The link as written, when there is one. */
    link?: string;
    /** The link when it is one a drawing may follow (`https:`, `http:`, or a path relative to the map's file). */
    href?: string;
    journeyId: string;
    uri: string;
}

/** The sources under the standalone SVG: the heading's top and each entry's lines and top. */
export interface SourcesBlock { y: number; height: number; entries: Array<{ source: SourceEntry; lines: string[]; linkLines: string[]; top: number; linkTop: number }> }

/** A line between blueprint lanes (interaction, visibility, internal interaction), with its name in the label column. */
export interface LaneLine { kind: BlueprintLine; y: number; labelLines: string[]; labelTop: number }

/** One touchpoint of one map in a column. */
export interface CellLayout {
    side: Side;
    touchpoint: TouchpointModel;
    journeyId: string;
    /** A removed touchpoint drawn in the overlay where it used to be. */
    ghost: boolean;
    status?: TouchpointStatus;
    emotionDelta?: number;
    /** The touchpoint's time (a moment of the day), as drawn. */
    timeLine?: string;
    nameLines: string[];
    subLines: string[];
    /** Metrics, owner and source numbers, drawn on the card (not only in its tooltip). */
    detailLines: string[];
    /** The numbers of the touchpoint's evidence in the sources under the map. */
    sourceNumbers: number[];
    note?: string;
    cardHeight: number;
    actionLines: string[];
    thoughtLines: string[];
    /** The thought bubble's height around `thoughtLines`. */
    thoughtHeight: number;
    emotionLabel?: string;
    emotion?: EmotionPlace;
    /** Per persona, when the map draws a curve per persona (then `emotion` is unused). */
    faces?: PersonaFace[];
    /** Per persona, the change of its emotion from the current map. */
    emotionDeltas?: Record<string, number>;
    /** Placed: its card in the touchpoints lane of its side. */
    card: CardPlace;
    pains: PainBox[];
    opportunities: OpportunityBox[];
    props: BlueprintItem[];
    frontstage: BlueprintItem[];
    backstage: BlueprintItem[];
    support: BlueprintItem[];
    painsHeight: number;
    opportunitiesHeight: number;
    propsHeight: number;
    frontstageHeight: number;
    backstageHeight: number;
    supportHeight: number;
}

export interface ColumnLayout {
    /** Left edge in the grid. */
    x: number;
    stageId: string;
    /** The slot's index in `layout.slots`. */
    slot: number;
    /** At most one cell per side: one in single, side-by-side and overlay; a current and a future one in paired and stacked. */
    cells: CellLayout[];
}

/** A stage of one map within a slot: its goal, metrics and stage-wide pains and opportunities. */
export interface StagePart {
    side: Side;
    stage?: StageModel;
    journeyId: string;
    x: number;
    width: number;
    goalLines: string[];
    metricLines: string[];
    /** An empty half or row: the stage is not in this map. */
    placeholderLines: string[];
    pains: PainBox[];
    opportunities: OpportunityBox[];
    painsHeight: number;
    opportunitiesHeight: number;
    goalHeight: number;
    /** Placed: the tops of the goal and the metrics in the stage lane. */
    goalTop: number;
    metricsTop: number;
    /** Placed: the tops of the "Whole stage" captions, below the touchpoints' boxes of this map (absent: no such lane). */
    painsTop?: number;
    opportunitiesTop?: number;
    /** Placed, for a stage this map does not have: the empty rows and the top of their text. */
    placeholder?: { rows: Array<{ y: number; height: number }>; textTop: number };
}

export interface SlotLayout {
    id: string;
    x: number;
    width: number;
    /** The stage whose name heads the slot (the future map's, else the current map's) and where a click leads. */
    stage: StageModel;
    journeyId: string;
    status?: StageStatus;
    nameLines: string[];
    /** The stage's time (a part of the day), as drawn. */
    timeLine?: string;
    /** A stage the future map renamed: "Current map: <its current name>". */
    renamedLine?: string;
    /** "Mean emotion +1.5", or in a comparison "Mean emotion −1 → +0.5" (one curve). */
    emotionLine?: string;
    emotionDelta?: number;
    /** The mean per persona instead, when the map draws a curve per persona. */
    personaMeans: PersonaMean[];
    /** Side-by-side: the before and after halves' captions, at these x. */
    halves: Array<{ side: Side; x: number; width: number; label: string }>;
    /** The tops of the header's lines (those it has), from the top of the header row. */
    header: HeaderPlace;
    columns: ColumnLayout[];
    parts: StagePart[];
}

/** Where a stage header's lines go; `height` is what the header needs. */
export interface HeaderPlace { nameTop: number; timeTop: number; renamedTop: number; emotionTop: number; badgeTop: number; height: number }

export type LaneKey = 'stage' | 'touchpoints' | 'does' | 'thinks' | 'feels' | 'pains' | 'opportunities' | 'props' | 'frontstage' | 'backstage' | 'support';

export interface LaneLayout {
    key: LaneKey;
    label: string;
    /** The label as drawn in the label column (wrapped when it is long), its top, and where its side's tag goes. */
    labelLines: string[];
    labelTop: number;
    /** Stacked: the side's tag ("current") at the right of the label's line (an empty row), else below the label. */
    tagInline: boolean;
    tagTop: number;
    /** Stacked: whose row this is; otherwise every cell of a column is drawn in it. */
    side?: MapState;
    y: number;
    height: number;
    /** The first row of a lane (paired draws two rows per lane; the label goes on the first). */
    first: boolean;
    empty: boolean;
    /** Where what the lane holds starts (below its top padding) and how tall it may be. */
    contentTop: number;
    contentHeight: number;
}

export interface CurveLayout {
    side: Side;
    journeyId: string;
    /** `current`: the current map's curve laid over the future map's (overlay), dashed, its points labelled. */
    kind: 'main' | 'current';
    /** The persona whose curve this is, when the map draws a curve per persona. */
    persona?: PersonaStyle;
    lane: LaneKey;
    laneSide?: MapState;
    /** Each segment is drawn as one smooth line; a stage without touchpoints of this map breaks the curve. */
    segments: Array<Array<{ x: number; y: number }>>;
    points: Array<{ x: number; y: number; emotion: number; touchpoint: TouchpointModel; label?: string; labelX: number; labelY: number; slot: number }>;
}

export interface ActionRow { action: ActionModel; titleLines: string[]; addressLines: string[]; ownerLine: string; height: number; top: number }

export type RoadmapColumn = 'status' | 'title' | 'owner' | 'due' | 'addresses';

export interface RoadmapLayout {
    journey: JourneyModel;
    heading: string;
    x: number;
    y: number;
    width: number;
    height: number;
    rows: ActionRow[];
    /** The left edge of each column, and the tops of the column heads and of the first row. */
    lefts: Record<RoadmapColumn, number>;
    headTop: number;
}

/**
 * The stacked view: each map's lanes form a block under a heading of its own (its state, title,
 * personas, owner and review; the future map's also repeats the stage names above its columns).
 */
export interface MapBlock {
    side: MapState;
    journey: JourneyModel;
    /** The heading's top and height; the block's lanes follow it, down to `bottom`. */
    y: number;
    height: number;
    bottom: number;
    stateLabel: string;
    pillWidth: number;
    titleLines: string[];
    metaLine: string;
    titleTop: number;
    metaTop: number;
    /** Where the stage names are repeated (the future map's block), one line per slot (by its id). */
    stageNames?: { top: number; lines: Map<string, string> };
}

/** The title block the standalone SVG draws above the grid (the HTML header says the same). */
export interface TitleBlock {
    height: number;
    titles: Array<{ journey: JourneyModel; lines: string[]; metaLine: string; scenarioLines: string[]; y: number; stateLabel: string; pillWidth: number; metaTop: number; scenarioTop: number }>;
    summaryTitle?: string;
    summaryLines: string[];
    summaryY: number;
    /** The summary box's height and the tops of its title and of its lines. */
    summaryHeight: number;
    summaryTitleTop: number;
    summaryLinesTop: number;
    /** The legend's top and how many rows it has (the overlay's maps, the personas' curves). */
    legendY?: number;
    legendRows: number;
}

export interface MapLayout {
    mode: ViewMode;
    /** The words of the drawing, in the language of the map drawn. */
    labels: DrawingLabels;
    /** The persona drawn alone (the filter), when one is. */
    persona?: string;
    /** The personas with their own curves; empty when the map draws one curve. */
    personas: PersonaStyle[];
    comparison?: ComparisonModel;
    current?: JourneyModel;
    future?: JourneyModel;
    primary: JourneyModel;
    /** The maps drawn, current first. */
    journeys: JourneyModel[];
    slots: SlotLayout[];
    lanes: LaneLayout[];
    curves: CurveLayout[];
    roadmaps: RoadmapLayout[];
    /** Width of the frozen lane-label column. */
    labelWidth: number;
    /** Height of the frozen stage-header row. */
    headerHeight: number;
    lanesTop: number;
    lanesBottom: number;
    /** The line of visibility above the backstage lane, when there is one. */
    visibilityY?: number;
    /** The lines between blueprint lanes (interaction, visibility, internal interaction). */
    laneLines: LaneLine[];
    /** The evidence of the drawn maps, numbered in the order the touchpoints are drawn. */
    sources: SourceEntry[];
    /** The standalone SVG's list of the sources, below the roadmaps. */
    sourcesBlock?: SourcesBlock;
    summaryLine?: string;
    /** Whether a legend of the curves is drawn (the overlay's two maps, the personas' curves). */
    legend: boolean;
    /** The stacked view: the current map's block, then the future map's. */
    blocks: MapBlock[];
    title: TitleBlock;
    /** The grid's size. */
    width: number;
    height: number;
}

/** Whether the editor's cursor (the highlight) is inside this touchpoint's source. */
export function isHighlighted(touchpoint: TouchpointModel, highlight: Highlight | undefined): boolean {
    return highlight !== undefined && touchpoint.uri === highlight.uri
        && touchpoint.range.start.line <= highlight.line && highlight.line <= touchpoint.range.end.line;
}

/** Where the highlighted touchpoint is drawn (its first column), in grid coordinates. */
export function highlightedColumn(layout: MapLayout, highlight: Highlight): VisibleRange | undefined {
    for (const slot of layout.slots) {
        for (const column of slot.columns) {
            if (column.cells.some(cell => !cell.ghost && isHighlighted(cell.touchpoint, highlight))) {
                return { left: column.x, right: column.x + size.column };
            }
        }
    }
    return undefined;
}

/** How many touchpoint columns the layout has. */
export function columnCount(layout: MapLayout): number {
    return layout.slots.reduce((n, slot) => n + slot.columns.length, 0);
}

/** A change of emotion in words: "▲ +2", "▼ −1", or "unchanged". */
export function changeText(delta: number, labels: DrawingLabels = english): string {
    return labels.change(delta);
}

export interface ChosenJourneys { primary?: JourneyModel; comparison?: ComparisonModel; current?: JourneyModel; future?: JourneyModel }

/** What to draw for a model and a view: the chosen journey and, when it takes part in one, its comparison. */
export function chooseJourneys(model: MapModel, view: ViewOptions): ChosenJourneys {
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

/**
 * The language a drawing speaks: `view.language` when given (`export --lang`); else the map's own,
 * and for a comparison the future map's, whichever of the two the view was asked for (spec, "The
 * map's language": a Dutch future map improving an English one is drawn in Dutch).
 */
export function drawingLanguage(chosen: ChosenJourneys, view: ViewOptions): MapLanguage | undefined {
    // chooseJourneys gives a future map only when the view draws a comparison.
    return view.language ?? (chosen.future ?? chosen.primary)?.language;
}

const laneNames: readonly LaneName[] = ['stage', 'touchpoints', 'does', 'customerActions', 'thinks', 'feels', 'pains', 'opportunities', 'props', 'frontstage', 'backstage', 'support'];
const labelColumns = new WeakMap<DrawingLabels, number>();

/**
 * The width of the lane-label column in a language: `size.labelWidth`, or wider when a word of a
 * lane's name or the corner's words would not fit it ("Contactmomenten", "Ondersteunende"): a
 * word is never cut. The same for every map in the language, so that its drawings line up.
 */
export function labelColumnWidth(labels: DrawingLabels): number {
    const known = labelColumns.get(labels);
    if (known !== undefined) return known;
    const words = laneNames.flatMap(name => labels.lane(name).split(' '));
    const widest = Math.max(...words.map(word => textWidth(word, size.font.label * boldFactor) + 18),
        ...viewModes.map(mode => textWidth(labels.cornerView(mode), size.font.small) + 10), textWidth(labels.cornerTitle, size.font.label) + 10);
    const width = Math.max(size.labelWidth, Math.ceil(widest));
    labelColumns.set(labels, width);
    return width;
}

export function layoutMap(model: MapModel, view: ViewOptions, options: { standalone: boolean }): MapLayout | undefined {
    // One persona alone: the model as if the maps had only that persona (a persona no map names is ignored).
    const persona = view.persona !== undefined && hasPersona(model, view.persona) ? view.persona : undefined;
    const shown = persona !== undefined ? modelForPersona(model, persona) : model;
    const chosen = chooseJourneys(shown, view);
    const primary = chosen.primary;
    if (!primary) return undefined;
    const { comparison, current, future } = chosen;
    const labels = drawingLabels(drawingLanguage(chosen, view));
    const labelWidth = labelColumnWidth(labels);
    const compared = comparison && current && future ? new Compared(comparison, current, future, labels) : undefined;
    let mode: ViewMode = compared ? view.mode : 'single';
    if (mode !== 'side-by-side' && mode !== 'stacked' && mode !== 'overlay' && mode !== 'paired') mode = 'single';
    const inComparison = mode !== 'single' ? compared : undefined;
    const journeys = inComparison ? [inComparison.current, inComparison.future] : [primary];
    const personas = curvePersonas(journeys);
    const measure = new Measurer(labels, personas);
    let slots: SlotLayout[];
    if (inComparison && mode === 'side-by-side') slots = splitSlots(inComparison, measure);
    else if (inComparison && mode === 'paired') slots = pairedSlots(inComparison, measure);
    else if (inComparison && mode === 'stacked') slots = stackedSlots(inComparison, measure);
    else if (inComparison && mode === 'overlay') slots = overlaySlots(inComparison, measure);
    else slots = singleSlots(primary, measure);

    // Horizontal placement: the label column, then the slots; the columns and parts inside each slot were placed relative to it.
    let x = labelWidth;
    slots.forEach((slot, index) => {
        slot.x = x;
        for (const column of slot.columns) { column.x += x; column.slot = index; }
        for (const part of slot.parts) part.x += x;
        for (const half of slot.halves) half.x += x;
        x += slot.width;
    });
    const gridWidth = x;

    // The frozen row: stage headers.
    for (const slot of slots) slot.header = headerPlace(slot);
    const headerHeight = Math.max(48, ...slots.map(slot => slot.header.height));

    // The lanes: one row each; paired, a row per map in every lane; stacked, a block of lanes per map.
    const paired = mode === 'paired';
    const mapSides: MapState[] = ['current', 'future'];
    /** The rows of each lane, and the maps whose content decides whether a lane only some maps have is drawn. */
    let rowSides: Array<MapState | undefined> = paired ? mapSides : [undefined];
    let drawnSides: Array<MapState | undefined> = rowSides;
    const columns = slots.flatMap(s => s.columns);
    // Asked for by every lane (and twice by some): the cells of a side are collected once, not once per lane.
    const cellsBySide = new Map<MapState | undefined, CellLayout[]>();
    const cellsOf = (side: MapState | undefined) => {
        let cells = cellsBySide.get(side);
        if (!cells) {
            cells = side === undefined ? columns.flatMap(c => c.cells) : columns.flatMap(c => c.cells.filter(cell => cell.side === side));
            cellsBySide.set(side, cells);
        }
        return cells;
    };
    const partsOf = (side: MapState | undefined) => slots.flatMap(s => s.parts.filter(p => side === undefined || p.side === side));
    const maxOf = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);
    const pad = size.lanePadTop + size.lanePadBottom;
    const f = size.font;
    const lanes: LaneLayout[] = [];
    const laneLines: LaneLine[] = [];
    // A service blueprint draws every blueprint lane, empty or not; other maps only those they use.
    const blueprint = journeys.some(j => j.type === 'service-blueprint');
    const optional = new Set<LaneKey>(blueprint ? ['stage'] : ['stage', 'props', 'frontstage', 'backstage', 'support']);
    let y = headerHeight + 6;
    const lanesTop = y;
    let pendingLine: BlueprintLine | undefined;
    const lane = (key: LaneKey, name: LaneName, contentHeight: (side: MapState | undefined) => number, fixed?: number) => {
        const heights = rowSides.map(side => contentHeight(side));
        if (optional.has(key) && (drawnSides === rowSides ? heights : drawnSides.map(side => contentHeight(side))).every(h => h === 0)) return;
        if (pendingLine !== undefined) {
            // A blueprint line goes between this lane and the one above it, its name in the label column.
            const labelLines = wrapText(labels.line(pendingLine), labelWidth - 16, f.small, 2);
            const gap = Math.max(18, labelLines.length * lineHeight(f.small) + 6);
            const lineY = round(y + gap / 2);
            laneLines.push({ kind: pendingLine, y: lineY, labelLines, labelTop: round(lineY - labelLines.length * lineHeight(f.small) / 2) });
            y += gap;
            pendingLine = undefined;
        }
        const label = labels.lane(name);
        const labelLines = wrapText(label, labelWidth - 18, f.label * boldFactor, 2);
        const labelLinesHeight = labelLines.length * lineHeight(f.label);
        rowSides.forEach((side, i) => {
            const empty = heights[i] === 0;
            const tag = side !== undefined ? labels.side(side) : undefined;
            const tagInline = empty && tag !== undefined && labelLines.length === 1
                && textWidth(labelLines[0], f.label * boldFactor) + textWidth(tag, f.sideTag * boldFactor) + 28 <= labelWidth;
            const labelTop = y + (empty ? 2 : size.lanePadTop - 4);
            const tagTop = tagInline ? labelTop : labelTop + labelLinesHeight;
            // The label (and the side's tag) always fit: an empty row grows for a long label rather than draw it over the next.
            const labelRoom = labelTop - y + labelLinesHeight + (tag !== undefined && !tagInline ? lineHeight(f.sideTag) : 0) + 4;
            // A row of one map is at least tall enough for its label and side ("Stage goal" / "future").
            const height = empty ? Math.max(size.emptyLane, labelRoom) : Math.max(fixed ?? heights[i] + pad, side ? size.sideRow : 0, labelRoom);
            const entry: LaneLayout = {
                key, label, labelLines, labelTop, tagInline, tagTop, y, height, first: i === 0, empty,
                contentTop: y + size.lanePadTop, contentHeight: height - size.lanePadTop - size.lanePadBottom,
            };
            if (side) entry.side = side;
            lanes.push(entry);
            y += height;
        });
    };
    const tallest = (height: (c: CellLayout) => number) => (side: MapState | undefined) => maxOf(cellsOf(side).map(height));
    /** Every lane of the map, top to bottom. */
    const addLanes = () => {
        pendingLine = undefined;
        lane('stage', 'stage', side => maxOf(partsOf(side).map(p => p.goalHeight)));
        lane('touchpoints', 'touchpoints', tallest(c => c.cardHeight));
        const does = tallest(c => c.actionLines.length * lineHeight(f.body));
        if (!blueprint) lane('does', 'does', does);
        lane('thinks', 'thinks', side => { const h = maxOf(cellsOf(side).map(c => c.thoughtLines.length * lineHeight(f.body))); return h > 0 ? h + 14 : 0; });
        lane('feels', 'feels', side => cellsOf(side).some(c => c.touchpoint.emotion !== undefined && !c.ghost) ? 1 : 0, paired ? size.emotionRow : size.emotionLane);
        const stageWide = (parts: StagePart[], height: (p: StagePart) => number) => maxOf(parts.map(height));
        lane('pains', 'pains', side => {
            return maxOf(slots.map(slot => {
                const cells = slot.columns.flatMap(c => c.cells.filter(cell => side === undefined || cell.side === side));
                const parts = slot.parts.filter(p => side === undefined || p.side === side);
                return stackedHeight(maxOf(cells.map(c => c.painsHeight)), stageWide(parts, p => p.painsHeight));
            }));
        });
        lane('opportunities', 'opportunities', side => {
            return maxOf(slots.map(slot => {
                const cells = slot.columns.flatMap(c => c.cells.filter(cell => side === undefined || cell.side === side));
                const parts = slot.parts.filter(p => side === undefined || p.side === side);
                return stackedHeight(maxOf(cells.map(c => c.opportunitiesHeight)), stageWide(parts, p => p.opportunitiesHeight));
            }));
        });
        // The blueprint's lanes, top to bottom: what the customer sees and does, then what happens out of sight.
        lane('props', 'props', tallest(c => c.propsHeight));
        if (blueprint) {
            lane('does', 'customerActions', does);
            pendingLine = 'interaction';
        }
        lane('frontstage', 'frontstage', tallest(c => c.frontstageHeight));
        pendingLine = 'visibility';
        lane('backstage', 'backstage', tallest(c => c.backstageHeight));
        if (blueprint) pendingLine = 'internal';
        lane('support', 'support', tallest(c => c.supportHeight));
    };
    const blocks: MapBlock[] = [];
    if (mode === 'stacked' && inComparison) {
        // Each map's lanes under its own heading; a lane is in both blocks when either map has it.
        drawnSides = mapSides;
        for (const side of mapSides) {
            if (side === 'future') y += size.blockGap;
            const block = mapBlock(side === 'current' ? inComparison.current : inComparison.future, side, y, slots, gridWidth, labels, labelWidth, persona !== undefined);
            blocks.push(block);
            y += block.height;
            rowSides = [side];
            addLanes();
            block.bottom = y;
        }
    } else {
        addLanes();
    }
    const lanesBottom = y;

    // Faces, labels and curves in the feels lanes.
    const curves = placeEmotions(slots, lanes, inComparison, mode, personas, labels);

    // The actions roadmaps, one per drawn map that has actions, below the lanes.
    y += 28;
    const roadmaps: RoadmapLayout[] = [];
    for (const journey of journeys) {
        if (journey.actions.length === 0) continue;
        const roadmap = measure.roadmap(journey, Math.min(Math.max(gridWidth, size.roadmap.minWidth), size.roadmap.maxWidth), y,
            inComparison ? labels.roadmapHeadingOf(journey.state) : labels.roadmapHeading, model.journeys.find(j => j.id === journey.id));
        roadmaps.push(roadmap);
        y += roadmap.height + size.pad;
    }
    const width = Math.max(gridWidth, ...roadmaps.map(r => r.width), 640);
    const sources = measure.sources;
    let sourcesBlock: SourcesBlock | undefined;
    if (options.standalone && sources.length > 0) {
        sourcesBlock = measureSources(sources, Math.min(width, size.roadmap.maxWidth), y);
        y += sourcesBlock.height + size.pad;
    }
    const height = y + size.pad / 2;

    const summaryLine = inComparison ? summaryText(inComparison.comparison, new Set(inComparison.resolvedBy.keys()), labels, personas) : undefined;
    const legend = mode === 'overlay' || personas.length > 0;
    const layout: MapLayout = {
        mode, labels, personas, primary, journeys, slots, lanes, curves, roadmaps, labelWidth, headerHeight, lanesTop, lanesBottom,
        laneLines, sources, legend, blocks, width, height,
        // Stacked, each map's title heads its own block: the title block keeps what changes and the legend.
        title: titleBlock(blocks.length > 0 ? [] : journeys, summaryLine, inComparison, { overlay: mode === 'overlay', personas: personas.length > 0 }, width, options.standalone, labels, persona !== undefined),
    };
    if (persona !== undefined) layout.persona = persona;
    if (sourcesBlock) layout.sourcesBlock = sourcesBlock;
    if (inComparison) {
        layout.comparison = inComparison.comparison;
        layout.current = inComparison.current;
        layout.future = inComparison.future;
    }
    if (summaryLine !== undefined) layout.summaryLine = summaryLine;
    const visibility = laneLines.find(l => l.kind === 'visibility');
    if (visibility) layout.visibilityY = visibility.y;
    place(layout);
    return layout;
}

/**
 * The personas that get a curve of their own (spec, version 2): those of the drawn maps, when a map
 * has two or more personas and a touchpoint gives them different emotions (or one an emotion and
 * another none); otherwise none, and the map draws one curve as before.
 */
export function curvePersonas(journeys: readonly JourneyModel[]): PersonaStyle[] {
    const split = journeys.some(journey => journey.personas.length >= 2
        && journey.stages.some(stage => stage.touchpoints.some(t => differsBetweenPersonas(t, journey))));
    if (!split) return [];
    const styles = new Map<string, PersonaStyle>();
    for (const journey of journeys) {
        for (const p of journey.personas) if (!styles.has(p.id)) styles.set(p.id, { id: p.id, name: p.name, index: styles.size });
    }
    return [...styles.values()];
}

function differsBetweenPersonas(touchpoint: TouchpointModel, journey: JourneyModel): boolean {
    if (touchpoint.emotions === undefined) return false;
    const values = journey.personas.map(p => ownValue(touchpoint.emotions, p.id));
    return values.some(v => v === undefined) || new Set(values).size > 1;
}

/** A link a drawing may make clickable: the spec's (`https:`, `http:`, a relative path), never anything else. */
export function drawableLink(link: string | undefined): string | undefined {
    return link !== undefined && isValidLink(link) ? link : undefined;
}

function measureSources(sources: readonly SourceEntry[], width: number, top: number): SourcesBlock {
    const f = size.font;
    let y = top + lineHeight(f.label + 2) + 8;
    const entries = sources.map(source => {
        const lines = wrapText(source.text, width - 40, f.small, 4);
        const linkLines = source.link !== undefined ? wrapText(source.link, width - 40, f.small, 2) : [];
        const entry = { source, lines, linkLines, top: y, linkTop: y + lines.length * lineHeight(f.small) };
        y += (lines.length + linkLines.length) * lineHeight(f.small) + 6;
        return entry;
    });
    return { y: top, height: y - top, entries };
}

// ---------------------------------------------------------------------------------------------
// Placing: the boxes and texts of each cell and stage part, once the lanes are known

/** The lane of `key` a cell or part of `side` is drawn in (paired and stacked: its own row). */
function laneFor(layout: MapLayout, key: LaneKey, side: Side): LaneLayout | undefined {
    return layout.lanes.find(lane => lane.key === key && (lane.side === undefined || lane.side === side));
}

function place(layout: MapLayout): void {
    for (const slot of layout.slots) {
        for (const col of slot.columns) {
            for (const cell of col.cells) placeCell(layout, cell);
        }
        for (const part of slot.parts) placePart(layout, slot, part);
    }
}

function placeCell(layout: MapLayout, cell: CellLayout): void {
    const f = size.font;
    for (const lane of layout.lanes) {
        if (lane.side !== undefined && lane.side !== cell.side) continue;
        const top = lane.contentTop;
        switch (lane.key) {
            case 'touchpoints': {
                const timeTop = top + 9;
                const nameTop = timeTop + (cell.timeLine !== undefined ? lineHeight(f.small) : 0);
                const subTop = nameTop + cell.nameLines.length * lineHeight(f.name);
                cell.card = {
                    top, height: lane.contentHeight, timeTop, nameTop, subTop,
                    detailTop: top + 9 + Math.max(size.iconSize, subTop - timeTop + cell.subLines.length * lineHeight(f.small)) + 4,
                    noteTop: top + lane.contentHeight - lineHeight(f.small) - 6,
                };
                break;
            }
            case 'pains': stackPains(cell.pains, top); break;
            case 'opportunities': stackOpportunities(cell.opportunities, top); break;
            case 'props': stackItems(cell.props, top); break;
            case 'frontstage': stackItems(cell.frontstage, top); break;
            case 'backstage': stackItems(cell.backstage, top); break;
            case 'support': stackItems(cell.support, top); break;
        }
    }
}

function placePart(layout: MapLayout, slot: SlotLayout, part: StagePart): void {
    const f = size.font;
    if (!part.stage) {
        // The stage is not in this map: its half (side-by-side), its rows (paired) or its block's column (stacked) say so.
        const lanes = layout.lanes.filter(l => l.side === undefined || l.side === part.side);
        if (lanes.length === 0) return;
        const top = lanes[0].y;
        const last = lanes[lanes.length - 1];
        const rows = part.side === 'single' || layout.mode !== 'paired' ? [{ y: top, height: last.y + last.height - top }] : lanes.map(l => ({ y: l.y, height: l.height }));
        const textTop = (layout.mode === 'paired' ? lanes.find(l => l.key === 'touchpoints')?.y ?? top : top) + 10;
        part.placeholder = { rows, textTop };
        return;
    }
    const stageLane = laneFor(layout, 'stage', part.side);
    if (stageLane) {
        part.goalTop = stageLane.contentTop;
        part.metricsTop = part.goalTop + part.goalLines.length * lineHeight(f.goal) + 4;
    }
    // Below the boxes of this map's touchpoints in the slot (in the overlay, all of them).
    const cells = slot.columns.flatMap(c => c.cells.filter(cell => cell.side === part.side || part.side === 'single' || layout.mode === 'overlay'));
    const below = (key: 'pains' | 'opportunities', used: (c: CellLayout) => number) => {
        const lane = laneFor(layout, key, part.side);
        if (!lane) return undefined;
        const height = cells.reduce((m, c) => Math.max(m, used(c)), 0);
        return lane.contentTop + (height > 0 ? height + size.boxGap : 0);
    };
    const painsTop = below('pains', c => c.painsHeight);
    if (painsTop !== undefined) {
        part.painsTop = painsTop;
        stackPains(part.pains, painsTop + lineHeight(f.small));
    }
    const opportunitiesTop = below('opportunities', c => c.opportunitiesHeight);
    if (opportunitiesTop !== undefined) {
        part.opportunitiesTop = opportunitiesTop;
        stackOpportunities(part.opportunities, opportunitiesTop + lineHeight(f.small));
    }
}

function stackPains(boxes: PainBox[], top: number): void {
    const f = size.font;
    let y = top;
    for (const box of boxes) {
        box.top = y;
        box.textTop = y + 8 + lineHeight(f.small);
        box.resultTop = box.textTop + box.lines.length * lineHeight(f.body) + 4;
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

/** Boxes of the touchpoints above the stage-wide boxes (with their "Whole stage" caption). */
function stackedHeight(cells: number, stage: number): number {
    return cells + (stage > 0 ? stage + (cells > 0 ? size.boxGap : 0) : 0);
}

/** The tops of a stage header's lines, one below the other, and the height they need. */
function headerPlace(slot: SlotLayout): HeaderPlace {
    const f = size.font;
    let y = 12;
    const nameTop = y;
    y += slot.nameLines.length * lineHeight(f.stage);
    const timeTop = y;
    if (slot.timeLine !== undefined) y += lineHeight(f.metric);
    const renamedTop = y;
    if (slot.renamedLine !== undefined) y += lineHeight(f.metric);
    const means = (slot.emotionLine !== undefined ? 1 : 0) + slot.personaMeans.reduce((n, mean) => n + (mean.wrapped ? 2 : 1), 0);
    if (means > 0) y += 4;
    const emotionTop = y;
    y += means * lineHeight(f.metric);
    const badgeTop = y + 4;
    if (slot.status === 'added' || slot.status === 'removed') y += 22;
    if (slot.halves.length > 0) y += 6 + lineHeight(f.sideTag);
    return { nameTop, timeTop, renamedTop, emotionTop, badgeTop, height: y + 10 };
}

export function slotHeaderHeight(slot: SlotLayout): number {
    return headerPlace(slot).height;
}

export function summaryText(comparison: ComparisonModel, addressed?: ReadonlySet<string>, labels: DrawingLabels = english, personas: readonly PersonaStyle[] = []): string {
    const s = comparison.summary;
    const vanished = vanishedPains(comparison, addressed);
    const perPersona = personas.flatMap(p => {
        const delta = ownValue(s.meanEmotionDeltas, p.id);
        return delta === undefined ? [] : [{ name: p.name, delta }];
    });
    return labels.summary({
        added: s.added, removed: s.removed, moved: s.moved, changed: s.changed, unchanged: s.unchanged,
        ...(s.meanEmotionDelta !== undefined ? { meanEmotion: s.meanEmotionDelta } : {}),
        ...(perPersona.length > 0 ? { meanEmotionPerPersona: perPersona } : {}),
        resolved: vanished.resolved.length,
        dropped: vanished.dropped.length,
        newPains: comparison.pains.new.length,
        stagesAdded: comparison.stages.filter(st => st.status === 'added').length,
        stagesRemoved: comparison.stages.filter(st => st.status === 'removed').length,
    });
}

/**
 * The pains of the current map that the future map no longer has, split as the spec's version 2
 * does: `resolved` when an action addresses them, `dropped` otherwise. A model with `dropped` says
 * so itself; an older model lists every vanished pain as resolved, and the actions decide.
 */
export function vanishedPains(comparison: ComparisonModel, addressed?: ReadonlySet<string>): { resolved: string[]; dropped: string[] } {
    const pains = comparison.pains as ComparisonModel['pains'] & { dropped?: string[] };
    if (pains.dropped !== undefined || addressed === undefined) return { resolved: pains.resolved, dropped: pains.dropped ?? [] };
    return { resolved: pains.resolved.filter(id => addressed.has(id)), dropped: pains.resolved.filter(id => !addressed.has(id)) };
}

// ---------------------------------------------------------------------------------------------
// The comparison, indexed once

class Compared {
    readonly touchpoints: Map<string, TouchpointComparison>;
    readonly currentStages: Map<string, StageModel>;
    readonly futureStages: Map<string, StageModel>;
    readonly resolved: Set<string>;
    readonly dropped: Set<string>;
    readonly added: Set<string>;
    /** Pain id → the title of the action that addresses it (the future map's first, else the current map's). */
    readonly resolvedBy = new Map<string, string>();
    /** Pain id → its severity in the current map. */
    readonly currentSeverity = new Map<string, Level | undefined>();

    constructor(readonly comparison: ComparisonModel, readonly current: JourneyModel, readonly future: JourneyModel, readonly labels: DrawingLabels) {
        this.touchpoints = new Map(comparison.touchpoints.map(t => [t.id, t]));
        this.currentStages = new Map(current.stages.map(s => [s.id, s]));
        this.futureStages = new Map(future.stages.map(s => [s.id, s]));
        for (const journey of [future, current]) {
            for (const action of journey.actions) {
                for (const id of action.addresses) if (!this.resolvedBy.has(id)) this.resolvedBy.set(id, action.title);
            }
        }
        for (const stage of current.stages) {
            for (const p of stage.pains) if (p.id) this.currentSeverity.set(p.id, p.severity);
            for (const t of stage.touchpoints) for (const p of t.pains) if (p.id) this.currentSeverity.set(p.id, p.severity);
        }
        const vanished = vanishedPains(comparison, new Set(this.resolvedBy.keys()));
        this.resolved = new Set(vanished.resolved);
        this.dropped = new Set(vanished.dropped);
        this.added = new Set(comparison.pains.new);
    }

    /** How a pain of a map is marked in the comparison, and the result it reads as. */
    painMarks(side: Side): PainMarker {
        return pain => {
            if (pain.id === undefined) return {};
            if (side === 'current') {
                if (this.resolved.has(pain.id)) return { mark: 'resolved', result: this.labels.resolvedBy(this.resolvedBy.get(pain.id)) };
                if (this.dropped.has(pain.id)) return { mark: 'dropped', result: this.labels.droppedResult };
                return {};
            }
            if (side === 'future') {
                if (this.added.has(pain.id)) return { mark: 'new' };
                if (this.currentSeverity.has(pain.id)) {
                    const before = this.currentSeverity.get(pain.id);
                    if (before !== pain.severity) return { mark: 'severity', previous: before ?? 'none' };
                }
            }
            return {};
        };
    }

    stageName(stages: Map<string, StageModel>, id: string): string {
        return stages.get(id)?.name ?? id;
    }
}

type PainMarker = (pain: PainModel) => { mark?: PainMark; result?: string; previous?: Level | 'none' };

const noMarks: PainMarker = () => ({});

// ---------------------------------------------------------------------------------------------
// Slots, per view

function singleSlots(journey: JourneyModel, measure: Measurer): SlotLayout[] {
    return journey.stages.map(stage => {
        const columns = stage.touchpoints.map((t, i) => column(i * size.column, stage.id, [measure.cell(t, journey, 'single', {})]));
        const width = Math.max(1, columns.length) * size.column;
        const slot = measure.slot(stage, journey, width, {});
        slot.columns = columns;
        slot.parts = [measure.part(stage, journey, 'single', 0, width, noMarks)];
        return slot;
    });
}

function column(x: number, stageId: string, cells: CellLayout[]): ColumnLayout {
    return { x, stageId, slot: 0, cells };
}

function currentCell(c: Compared, t: TouchpointModel, measure: Measurer, ghost = false): CellLayout {
    const entry = c.touchpoints.get(t.id);
    return measure.cell(t, c.current, 'current', {
        status: entry?.status,
        note: entry?.status === 'moved' && entry.futureStage ? c.labels.movedTo(c.stageName(c.futureStages, entry.futureStage)) : undefined,
        marks: c.painMarks('current'),
        ghost,
    });
}

function futureCell(c: Compared, t: TouchpointModel, measure: Measurer, extraPains: PainModel[] = []): CellLayout {
    const entry = c.touchpoints.get(t.id);
    return measure.cell(t, c.future, 'future', {
        status: entry?.status,
        emotionDelta: entry?.emotionDelta,
        emotionDeltas: entry?.emotionDeltas,
        note: entry?.status === 'moved' && entry.currentStage ? c.labels.movedFrom(c.stageName(c.currentStages, entry.currentStage)) : undefined,
        marks: c.painMarks('future'),
        vanished: extraPains.length > 0 ? { pains: extraPains, journey: c.current, marks: c.painMarks('current') } : undefined,
    });
}

function comparedSlot(c: Compared, entry: ComparisonModel['stages'][number], width: number, measure: Measurer): SlotLayout {
    const before = c.currentStages.get(entry.id);
    const after = c.futureStages.get(entry.id);
    const shown = (after ?? before)!;
    const slot = measure.slot(shown, after ? c.future : c.current, width, { status: entry.status, emotionDelta: entry.emotionDelta, emotionDeltas: entry.emotionDeltas, before, after });
    return slot;
}

/** Side-by-side: each stage column split into the current map's touchpoints | the future map's. */
function splitSlots(c: Compared, measure: Measurer): SlotLayout[] {
    return c.comparison.stages.map(entry => {
        const before = c.currentStages.get(entry.id);
        const after = c.futureStages.get(entry.id);
        const beforeCells = (before?.touchpoints ?? []).map(t => currentCell(c, t, measure));
        const afterCells = (after?.touchpoints ?? []).map(t => futureCell(c, t, measure));
        const beforeWidth = Math.max(1, beforeCells.length) * size.column;
        const afterWidth = Math.max(1, afterCells.length) * size.column;
        const slot = comparedSlot(c, entry, beforeWidth + afterWidth, measure);
        slot.columns = [
            ...beforeCells.map((cell, i) => column(i * size.column, entry.id, [cell])),
            ...afterCells.map((cell, i) => column(beforeWidth + i * size.column, entry.id, [cell])),
        ];
        slot.parts = [
            measure.part(before, c.current, 'current', 0, beforeWidth, c.painMarks('current'), c.labels.notInMap('current')),
            measure.part(after, c.future, 'future', beforeWidth, afterWidth, c.painMarks('future'), c.labels.notInMap('future')),
        ];
        slot.halves = [
            { side: 'current', x: 0, width: beforeWidth, label: c.labels.half('current') },
            { side: 'future', x: beforeWidth, width: afterWidth, label: c.labels.half('future') },
        ];
        return slot;
    });
}

/**
 * Paired: the touchpoints of a stage in one row of columns, a touchpoint of both maps in one
 * column (current row above future row); one only in the current stage keeps its column where it
 * stood, between its neighbours.
 */
function pairedSlots(c: Compared, measure: Measurer): SlotLayout[] {
    return comparedColumnSlots(c, measure, alignTouchpoints);
}

/**
 * Stacked: the same columns for the current map's block and the future map's below it. A
 * touchpoint of both maps keeps one column (its after right below its before); between two such,
 * the current map's other touchpoints share columns with the future map's, so a stage is as wide
 * as the larger of its two maps needs.
 */
function stackedSlots(c: Compared, measure: Measurer): SlotLayout[] {
    return comparedColumnSlots(c, measure, (before, after) => packPairs(alignTouchpoints(before, after)));
}

function comparedColumnSlots(c: Compared, measure: Measurer, align: typeof alignTouchpoints): SlotLayout[] {
    return c.comparison.stages.map(entry => {
        const before = c.currentStages.get(entry.id)?.touchpoints ?? [];
        const after = c.futureStages.get(entry.id)?.touchpoints ?? [];
        const order = align(before, after);
        const columns = order.map(([b, a], i) => {
            const cells: CellLayout[] = [];
            if (b) cells.push(currentCell(c, b, measure));
            if (a) cells.push(futureCell(c, a, measure));
            return column(i * size.column, entry.id, cells);
        });
        const width = Math.max(1, columns.length) * size.column;
        const slot = comparedSlot(c, entry, width, measure);
        slot.columns = columns;
        slot.parts = [
            measure.part(c.currentStages.get(entry.id), c.current, 'current', 0, width, c.painMarks('current'), c.labels.notInMap('current')),
            measure.part(c.futureStages.get(entry.id), c.future, 'future', 0, width, c.painMarks('future'), c.labels.notInMap('future')),
        ];
        return slot;
    });
}

/** Pairs of (current, future) touchpoints of one stage, matched by name, in the future map's order. */
export function alignTouchpoints(before: readonly TouchpointModel[], after: readonly TouchpointModel[]): Array<[TouchpointModel | undefined, TouchpointModel | undefined]> {
    const beforeById = new Map(before.map(t => [t.id, t]));
    const afterIds = new Set(after.map(t => t.id));
    const pairs: Array<[TouchpointModel | undefined, TouchpointModel | undefined]> = after.map(t => [beforeById.get(t.id), t]);
    // A current-only touchpoint goes right after the column of the current touchpoint before it.
    let insertAt = 0;
    for (const t of before) {
        if (afterIds.has(t.id)) {
            insertAt = pairs.findIndex(([, a]) => a?.id === t.id) + 1;
        } else {
            pairs.splice(insertAt, 0, [t, undefined]);
            insertAt++;
        }
    }
    return pairs;
}

/** Pairs whose touchpoints are in one map only share columns between two touchpoints of both maps: the i-th current-only one with the i-th future-only one. */
export function packPairs(pairs: ReadonlyArray<[TouchpointModel | undefined, TouchpointModel | undefined]>): Array<[TouchpointModel | undefined, TouchpointModel | undefined]> {
    const packed: Array<[TouchpointModel | undefined, TouchpointModel | undefined]> = [];
    let onlyBefore: TouchpointModel[] = [];
    let onlyAfter: TouchpointModel[] = [];
    const flush = () => {
        for (let i = 0; i < Math.max(onlyBefore.length, onlyAfter.length); i++) packed.push([onlyBefore[i], onlyAfter[i]]);
        onlyBefore = [];
        onlyAfter = [];
    };
    for (const [b, a] of pairs) {
        if (b && a) {
            flush();
            packed.push([b, a]);
        } else if (b) onlyBefore.push(b);
        else if (a) onlyAfter.push(a);
    }
    flush();
    return packed;
}

/** Overlay: the future map's columns, removed touchpoints as ghosts where they stood, and the current map's vanished pains on the columns of their touchpoints. */
function overlaySlots(c: Compared, measure: Measurer): SlotLayout[] {
    const vanishedOf = (t: TouchpointModel | undefined) => (t?.pains ?? []).filter(p => p.id !== undefined && (c.resolved.has(p.id) || c.dropped.has(p.id)));
    const currentTouchpoints = new Map(c.current.stages.flatMap(s => s.touchpoints.map(t => [t.id, t] as const)));
    return c.comparison.stages.map(entry => {
        const beforeStage = c.currentStages.get(entry.id);
        const order = alignTouchpoints(beforeStage?.touchpoints ?? [], c.futureStages.get(entry.id)?.touchpoints ?? []);
        const columns = order.map(([b, a], i) => {
            const cell = a
                ? futureCell(c, a, measure, vanishedOf(currentTouchpoints.get(a.id)))
                : b && c.touchpoints.get(b.id)?.status === 'removed' ? currentCell(c, b, measure, true) : undefined;
            return cell ? column(i * size.column, entry.id, [cell]) : undefined;
        }).filter((col): col is ColumnLayout => col !== undefined);
        columns.forEach((col, i) => { col.x = i * size.column; });
        const width = Math.max(1, columns.length) * size.column;
        const slot = comparedSlot(c, entry, width, measure);
        slot.columns = columns;
        const after = c.futureStages.get(entry.id);
        const part = measure.part(after, c.future, 'future', 0, width, c.painMarks('future'), c.labels.notInMap('future'),
            beforeStage ? beforeStage.pains.filter(p => p.id !== undefined && (c.resolved.has(p.id) || c.dropped.has(p.id))) : [],
            { journey: c.current, marks: c.painMarks('current') });
        slot.parts = [part];
        return slot;
    });
}

// ---------------------------------------------------------------------------------------------
// Emotions: faces, labels, curves

function emotionY(lane: LaneLayout, emotion: number): number {
    // Room above the axis for the lane's label (and its side in paired and stacked), below it for a face's label.
    const top = lane.y + 54;
    const bottom = lane.y + lane.height - 28;
    return round(bottom - (clampEmotion(emotion) - EMOTION_MIN) / (EMOTION_MAX - EMOTION_MIN) * (bottom - top));
}

/** The y of each level of the axis in a feels lane, from the top. */
export function emotionLevels(lane: LaneLayout): Array<{ level: number; y: number }> {
    return [...emotionScale].reverse().map(level => ({ level, y: emotionY(lane, level) }));
}

function placeEmotions(slots: SlotLayout[], lanes: LaneLayout[], compared: Compared | undefined, mode: ViewMode,
    personas: readonly PersonaStyle[], labels: DrawingLabels): CurveLayout[] {
    const feels = lanes.filter(l => l.key === 'feels' && !l.empty);
    const curves: CurveLayout[] = [];
    const spread = personaSpread(personas.length);
    for (const lane of feels) {
        // A curve per side and persona, in the order they are met; looked up by side and persona's id
        // without writing a key string for each of a big map's points.
        const made: CurveLayout[] = [];
        const bySide = new Map<Side, Map<string, CurveLayout>>();
        const curveOf = (cell: CellLayout, persona: PersonaStyle | undefined) => {
            let byPersona = bySide.get(cell.side);
            if (!byPersona) bySide.set(cell.side, byPersona = new Map());
            const id = persona?.id ?? '';
            let curve = byPersona.get(id);
            if (!curve) {
                curve = { side: cell.side, journeyId: cell.journeyId, kind: 'main', lane: 'feels', segments: [], points: [] };
                if (persona) curve.persona = persona;
                if (lane.side) curve.laneSide = lane.side;
                byPersona.set(id, curve);
                made.push(curve);
            }
            return curve;
        };
        for (const slot of slots) {
            for (const col of slot.columns) {
                for (const cell of col.cells) {
                    if (lane.side !== undefined && cell.side !== lane.side) continue;
                    const touchpoint = cell.touchpoint;
                    if (touchpoint.emotion === undefined || cell.ghost) continue;
                    const center = col.x + size.column / 2;
                    if (personas.length === 0) {
                        const emotion = touchpoint.emotion;
                        const cy = emotionY(lane, emotion);
                        cell.emotion = emotionPlace(center, cy, emotion);
                        curveOf(cell, undefined).points.push({ x: center, y: cy, emotion, touchpoint, labelX: center, labelY: cy, slot: col.slot });
                        continue;
                    }
                    // A curve per persona: each persona's faces keep their own place in the column, left to right.
                    const present: Array<{ persona: PersonaStyle; emotion: number }> = [];
                    for (const persona of personas) {
                        const emotion = personaEmotion(touchpoint, persona.id);
                        if (emotion !== undefined) present.push({ persona, emotion });
                    }
                    const labelWidth = present.length === 1 ? size.column - 12 : spread - 6;
                    cell.faces = present.map(({ persona, emotion }) => {
                        const cx = center + spread * (persona.index - (personas.length - 1) / 2);
                        const cy = emotionY(lane, emotion);
                        const written = ownValue(touchpoint.emotionLabels, persona.id) ?? (touchpoint.emotions === undefined ? touchpoint.emotionLabel : undefined);
                        // Several faces in a column: each says its label (the axis gives the number); one alone says both.
                        const text = present.length === 1 || written === undefined ? labels.emotion(emotion, written) : written;
                        const label = fitLine(text, labelWidth, size.font.emotion);
                        const half = textWidth(label, size.font.emotion) / 2;
                        const labelX = round(Math.min(Math.max(cx, col.x + 6 + half), col.x + size.column - 6 - half));
                        const face: PersonaFace = { persona, emotion, label, labelX, place: emotionPlace(cx, cy, emotion) };
                        const delta = ownValue(cell.emotionDeltas, persona.id);
                        if (delta !== undefined) face.delta = delta;
                        // Curves of personas that feel the same run side by side (a few pixels apart), not one over the other.
                        const lineY = round(cy + 2.5 * (persona.index - (personas.length - 1) / 2));
                        curveOf(cell, persona).points.push({ x: cx, y: lineY, emotion, touchpoint, labelX: cx, labelY: cy, slot: col.slot });
                        return face;
                    });
                }
            }
        }
        for (const curve of made) {
            curve.segments = segmentsOf(curve.points, mode === 'side-by-side');
            curves.push(curve);
        }
        if (mode === 'overlay' && compared) {
            const laid: CurveLayout[] = [];
            if (personas.length === 0) laid.push(currentCurve(compared, slots, lane, undefined, 0, labels, true));
            // "was −1" goes left of a point: with more personas than leave room for it, the future faces' changes say it alone.
            else for (const persona of personas) laid.push(currentCurve(compared, slots, lane, persona, spread * (persona.index - (personas.length - 1) / 2), labels, spread >= 70));
            curves.push(...laid);
            clearWasLabels(slots, laid);
        }
    }
    return curves.filter(curve => curve.points.length > 0);
}

/**
 * Overlay: a current point one level under its future face would put its "was" label on the face's
 * own label; that face's label goes above it instead, and its change below it, to its right.
 */
function clearWasLabels(slots: SlotLayout[], laid: readonly CurveLayout[]): void {
    const labelled = new Map<string, number>();
    for (const curve of laid) {
        for (const p of curve.points) if (p.label !== undefined) labelled.set(`${p.touchpoint.id}/${curve.persona?.id ?? ''}`, p.y);
    }
    const clear = (place: EmotionPlace | undefined, key: string) => {
        const y = labelled.get(key);
        if (!place || y === undefined || y - place.cy <= 0 || y - place.cy > 40 || place.labelY < place.cy) return;
        place.labelY = place.cy - 16;
        place.deltaY = place.cy + 20;
    };
    for (const slot of slots) {
        for (const cell of slot.columns.flatMap(c => c.cells)) {
            if (cell.side !== 'future') continue;
            clear(cell.emotion, `${cell.touchpoint.id}/`);
            for (const face of cell.faces ?? []) clear(face.place, `${cell.touchpoint.id}/${face.persona.id}`);
        }
    }
}

/** How far apart the personas' faces stand in a column. */
function personaSpread(count: number): number {
    return count <= 1 ? 0 : Math.min(90, (size.column - 40) / count);
}

/** A persona's emotion at a touchpoint: its own, or (a model without per-persona emotions) the touchpoint's. */
function personaEmotion(touchpoint: TouchpointModel, persona: string): number | undefined {
    if (touchpoint.emotions === undefined) return touchpoint.emotion;
    return ownValue(touchpoint.emotions, persona);
}

/** The label goes below the face, or above it at the bottom of the scale; the change goes on the other side, to the right. */
function emotionPlace(cx: number, cy: number, emotion: number): EmotionPlace {
    const below = emotion > EMOTION_MIN;
    return { cx, cy, labelY: below ? cy + 26 : cy - 16, deltaX: cx + 15, deltaY: below ? cy - 8 : cy + 20 };
}

/** Consecutive points, broken where a stage between them has none of this map's touchpoints (and, split, at every stage). */
function segmentsOf(points: CurveLayout['points'], perStage: boolean): CurveLayout['segments'] {
    const segments: CurveLayout['segments'] = [];
    let previous = -1;
    for (const p of points) {
        const index = p.slot;
        const last = segments[segments.length - 1];
        if (!last || index - previous > 1 || (perStage && index !== previous)) segments.push([{ x: p.x, y: p.y }]);
        else last.push({ x: p.x, y: p.y });
        previous = index;
    }
    return segments;
}

/**
 * Overlay: the current map's emotions (of one persona, when each has a curve) on the columns of
 * their future selves (or ghosts), each point that differs from the future one saying what it was
 * (when `labelled`).
 */
function currentCurve(c: Compared, slots: SlotLayout[], lane: LaneLayout, persona: PersonaStyle | undefined, offset: number, labels: DrawingLabels,
    labelled: boolean): CurveLayout {
    const xOf = new Map<string, { x: number; slot: number }>();
    const futureEmotion = new Map<string, number | undefined>();
    for (const slot of slots) {
        for (const col of slot.columns) {
            for (const cell of col.cells) {
                xOf.set(cell.touchpoint.id, { x: col.x + size.column / 2 + offset, slot: col.slot });
                if (cell.side === 'future') futureEmotion.set(cell.touchpoint.id, persona ? personaEmotion(cell.touchpoint, persona.id) : cell.touchpoint.emotion);
            }
        }
    }
    const points: CurveLayout['points'] = [];
    for (const stage of c.current.stages) {
        for (const t of stage.touchpoints) {
            const at = xOf.get(t.id);
            const emotion = persona ? personaEmotion(t, persona.id) : t.emotion;
            if (at === undefined || emotion === undefined) continue;
            const { x, slot } = at;
            const y = emotionY(lane, emotion);
            const point: CurveLayout['points'][number] = { x, y, emotion, touchpoint: t, labelX: x - 13, labelY: y + 4, slot };
            // "was −1" left of the point: the future face's change is on its right, so the two never meet.
            if (labelled && futureEmotion.get(t.id) !== emotion) point.label = labels.was(emotion);
            points.push(point);
        }
    }
    points.sort((a, b) => a.x - b.x);
    const curve: CurveLayout = { side: 'current', journeyId: c.current.id, kind: 'current', lane: 'feels', segments: segmentsOf(points, false), points };
    if (persona) curve.persona = persona;
    return curve;
}

// ---------------------------------------------------------------------------------------------
// The stacked view's map headings

function mapBlock(journey: JourneyModel, side: MapState, y: number, slots: SlotLayout[], gridWidth: number, labels: DrawingLabels, labelWidth: number, alone: boolean): MapBlock {
    const f = size.font;
    const stateLabel = stateLabelOf(journey, labels);
    const pillWidth = round(stateLabel.length * f.badge * 0.78 + 18);
    const room = Math.max(gridWidth - labelWidth, 320) - 24;
    const titleTop = y + 10;
    const titleLines = wrapText(journey.title, room, f.panelTitle * boldFactor, 2);
    const metaTop = titleTop + titleLines.length * lineHeight(f.panelTitle) + 2;
    const metaLine = fitLine(journeyMeta(journey, labels, alone), room, f.meta);
    let bottom = metaTop + (metaLine ? lineHeight(f.meta) : 0) + 8;
    const block: MapBlock = { side, journey, y, height: 0, bottom: 0, stateLabel, pillWidth, titleLines, metaLine, titleTop, metaTop };
    if (side === 'future') {
        // The future map's columns are a screen below the stage headers: its block names them again.
        block.stageNames = { top: bottom + 2, lines: new Map(slots.map(slot => [slot.id, fitLine(slot.stage.name, slot.width - 32, f.stage * boldFactor)])) };
        bottom += lineHeight(f.stage) + 10;
    }
    block.height = bottom - y;
    return block;
}

/** "Personas: …   ·   Owner: …   ·   Reviewed: …", in the map's language. */
function journeyMeta(journey: JourneyModel, labels: DrawingLabels, alone: boolean): string {
    return [
        journey.personas.length > 0 ? (alone ? labels.personaAlone(journey.personas[0].name) : labels.personas(journey.personas.map(p => p.name))) : undefined,
        journey.owner ? labels.field('owner', journey.owner) : undefined,
        journey.reviewed ? labels.field('reviewed', labels.date(journey.reviewed)) : undefined,
    ].filter((part): part is string => part !== undefined).join('   ·   ');
}

// ---------------------------------------------------------------------------------------------
// The title block of the standalone SVG

function titleBlock(journeys: JourneyModel[], summaryLine: string | undefined, compared: Compared | undefined, legend: { overlay: boolean; personas: boolean },
    width: number, standalone: boolean, labels: DrawingLabels, alone: boolean): TitleBlock {
    const f = size.font;
    const block: TitleBlock = { height: 0, titles: [], summaryLines: [], summaryY: 0, summaryHeight: 0, summaryTitleTop: 0, summaryLinesTop: 0, legendRows: 0 };
    if (!standalone) return block;
    const textWidth = Math.min(width, 1400) - 20;
    let y = size.pad;
    for (const journey of journeys) {
        const meta = journeyMeta(journey, labels, alone);
        const stateLabel = stateLabelOf(journey, labels);
        const pillWidth = round(stateLabel.length * f.badge * 0.78 + 18);
        const lines = wrapText(journey.title, textWidth - pillWidth - 10, f.panelTitle * boldFactor, 2);
        const metaLine = fitLine(meta, textWidth, f.meta);
        const metaTop = y + lines.length * lineHeight(f.panelTitle) + 6;
        const entry = {
            journey, lines, metaLine, scenarioLines: journey.scenario ? wrapText(journey.scenario, textWidth, f.meta, size.maxLines.scenario) : [], y,
            stateLabel, pillWidth, metaTop, scenarioTop: metaTop + (metaLine ? lineHeight(f.meta) : 0),
        };
        block.titles.push(entry);
        y += lines.length * lineHeight(f.panelTitle) + 6 + (entry.metaLine ? lineHeight(f.meta) : 0) + entry.scenarioLines.length * lineHeight(f.meta) + 12;
    }
    if (compared && summaryLine !== undefined) {
        block.summaryTitle = labels.whatChanges(compared.current.title, compared.future.title);
        block.summaryLines = wrapText(summaryLine, textWidth, f.summary, 4);
        block.summaryY = y;
        block.summaryHeight = 12 + (1 + block.summaryLines.length) * lineHeight(f.summary);
        block.summaryTitleTop = y + 6;
        block.summaryLinesTop = y + 6 + lineHeight(f.summary);
        y += block.summaryHeight + 12;
    }
    block.legendRows = (legend.overlay ? 1 : 0) + (legend.personas ? 1 : 0);
    if (block.legendRows > 0) {
        block.legendY = y;
        y += 26 * block.legendRows;
    }
    block.height = y + 8;
    return block;
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface CellOptions {
    status?: TouchpointStatus;
    emotionDelta?: number;
    emotionDeltas?: Record<string, number> | undefined;
    note?: string | undefined;
    ghost?: boolean;
    marks?: PainMarker;
    /** Overlay: the current map's pains of this touchpoint that the future map no longer has. */
    vanished?: { pains: PainModel[]; journey: JourneyModel; marks: PainMarker } | undefined;
}

interface SlotOptions {
    status?: StageStatus;
    emotionDelta?: number | undefined;
    emotionDeltas?: Record<string, number> | undefined;
    before?: StageModel | undefined;
    after?: StageModel | undefined;
}

class Measurer {
    private readonly personaNames = new Map<JourneyModel, Map<string, string>>();
    private readonly sourceNumbers = new Map<string, number>();
    /** The evidence of the cells measured so far, numbered in the order they are drawn. */
    readonly sources: SourceEntry[] = [];

    constructor(readonly labels: DrawingLabels, readonly personas: readonly PersonaStyle[]) {}

    cell(touchpoint: TouchpointModel, journey: JourneyModel, side: Side, options: CellOptions): CellLayout {
        const f = size.font;
        const labels = this.labels;
        const inner = size.column - 2 * size.cellPad;
        const textWidth = inner - size.iconSize - 18;
        const ghost = options.ghost ?? false;
        const nameLines = wrapText(touchpoint.name, textWidth, f.name * boldFactor, size.maxLines.name);
        const timeLine = touchpoint.time !== undefined ? fitLine(labels.time(touchpoint.time), textWidth, f.small * boldFactor) : undefined;
        const subLines: string[] = [];
        if (touchpoint.channel) subLines.push(...wrapText(touchpoint.channel.name, textWidth, f.small, size.maxLines.channel));
        if (touchpoint.personas && touchpoint.personas.length > 0) {
            const names = this.personaNamesOf(journey);
            subLines.push(fitLine(touchpoint.personas.map(p => names.get(p) ?? p).join(', '), textWidth, f.small));
        }
        // What a tooltip alone used to say: the touchpoint's metrics, its owner and its sources' numbers.
        const sourceNumbers = ghost ? [] : touchpoint.evidence.map(e => this.sourceNumber(e, journey, touchpoint.uri));
        const details = ghost ? [] : [
            ...touchpoint.metrics.map(m => labels.metric(m.name, m.value, m.percent)),
            ...(touchpoint.owner !== undefined ? [labels.owner(touchpoint.owner)] : []),
            ...(sourceNumbers.length > 0 ? [labels.sourceNumbers([...new Set(sourceNumbers)])] : []),
        ];
        const detailLines = details.flatMap(text => wrapText(text, inner - 20, f.small, 2));
        const note = options.note !== undefined ? fitLine(options.note, inner - 20, f.small) : undefined;
        const head = (timeLine !== undefined ? lineHeight(f.small) : 0) + nameLines.length * lineHeight(f.name) + subLines.length * lineHeight(f.small);
        const cardHeight = 18 + Math.max(size.iconSize, head)
            + (detailLines.length > 0 ? 4 + detailLines.length * lineHeight(f.small) : 0)
            + (note !== undefined ? lineHeight(f.small) + 2 : 0);
        const marks = options.marks ?? noMarks;
        // A ghost (a removed touchpoint in the overlay) keeps its pains: they read as what became of them.
        const vanished = options.vanished;
        const pains = [
            ...touchpoint.pains.map(p => this.painBox(p, inner, marks(p), journey.id, touchpoint.uri)),
            ...(vanished?.pains ?? []).map(p => this.painBox(p, inner, vanished!.marks(p), vanished!.journey.id, vanished!.journey.uri)),
        ];
        const items = (lines: readonly string[]) => ghost ? [] : lines.map(text => this.blueprintItem(text, inner));
        const opportunities = ghost ? [] : touchpoint.opportunities.map(o => this.opportunityBox(o, inner));
        const props = items(touchpoint.props ?? []);
        const frontstage = items(touchpoint.frontstage ?? []);
        const backstage = items(touchpoint.backstage);
        const support = items(touchpoint.support);
        const thoughtLines = ghost || touchpoint.thought === undefined ? [] : wrapText(`“${touchpoint.thought}”`, inner - 16, f.body, size.maxLines.body);
        const cell: CellLayout = {
            side, touchpoint, journeyId: journey.id, ghost, nameLines, subLines, detailLines, sourceNumbers, cardHeight,
            actionLines: ghost || touchpoint.action === undefined ? [] : wrapText(touchpoint.action, inner, f.body, size.maxLines.body),
            thoughtLines,
            thoughtHeight: thoughtLines.length * lineHeight(f.body) + 14,
            card: { top: 0, height: 0, timeTop: 0, nameTop: 0, subTop: 0, detailTop: 0, noteTop: 0 },
            pains, opportunities, props, frontstage, backstage, support,
            painsHeight: stackHeight(pains),
            opportunitiesHeight: stackHeight(opportunities),
            propsHeight: stackHeight(props, 6),
            frontstageHeight: stackHeight(frontstage, 6),
            backstageHeight: stackHeight(backstage, 6),
            supportHeight: stackHeight(support, 6),
        };
        if (timeLine !== undefined) cell.timeLine = timeLine;
        if (note !== undefined) cell.note = note;
        if (options.status !== undefined) cell.status = options.status;
        if (options.emotionDelta !== undefined) cell.emotionDelta = options.emotionDelta;
        if (options.emotionDeltas !== undefined) cell.emotionDeltas = options.emotionDeltas;
        if (touchpoint.emotion !== undefined && !ghost) {
            cell.emotionLabel = fitLine(labels.emotion(touchpoint.emotion, touchpoint.emotionLabel), size.column - 12, f.emotion);
        }
        return cell;
    }

    /** The number of a source: the same text and link keep the number they first got. */
    private sourceNumber(evidence: EvidenceModel, journey: JourneyModel, uri: string): number {
        const key = `${evidence.text}\u0000${evidence.link ?? ''}`;
        let number = this.sourceNumbers.get(key);
        if (number === undefined) {
            number = this.sources.length + 1;
            this.sourceNumbers.set(key, number);
            const entry: SourceEntry = { number, text: evidence.text, journeyId: journey.id, uri };
            if (evidence.link !== undefined) entry.link = evidence.link;
            const href = drawableLink(evidence.link);
            if (href !== undefined) entry.href = href;
            this.sources.push(entry);
        }
        return number;
    }

    slot(stage: StageModel, journey: JourneyModel, width: number, options: SlotOptions): SlotLayout {
        const f = size.font;
        const labels = this.labels;
        const inner = width - 32;
        const slot: SlotLayout = {
            id: stage.id, x: 0, width, stage, journeyId: journey.id, columns: [], parts: [], halves: [], personaMeans: [],
            header: { nameTop: 0, timeTop: 0, renamedTop: 0, emotionTop: 0, badgeTop: 0, height: 0 },
            nameLines: wrapText(stage.name, inner, f.stage * boldFactor, size.maxLines.stageName),
        };
        if (stage.time !== undefined) slot.timeLine = fitLine(labels.time(stage.time), inner, f.metric * boldFactor);
        const compared = options.before !== undefined || options.after !== undefined;
        if (options.before && options.after && options.before.name !== options.after.name) {
            slot.renamedLine = fitLine(labels.renamedFrom(options.before.name), inner, f.metric);
        }
        if (options.status !== undefined) slot.status = options.status;
        if (this.personas.length > 0) {
            // A curve per persona: a mean per persona, never one mean of them all.
            slot.personaMeans = this.personas.flatMap(persona => {
                const before = compared ? ownValue(options.before?.emotions, persona.id) : undefined;
                const after = ownValue((compared ? options.after : stage)?.emotions, persona.id);
                if (before === undefined && after === undefined) return [];
                const values = before !== undefined && after !== undefined ? `${labels.signed(before)} → ${labels.signed(after)}` : labels.signed((after ?? before)!);
                const delta = before !== undefined && after !== undefined ? ownValue(options.emotionDeltas, persona.id) ?? after - before : undefined;
                // The name takes what the marker, the values and the change leave; in a narrow stage it gets a line of its own.
                const room = inner - 16 - textWidth(` ${values}`, f.metric) - (delta !== undefined ? 64 : 0);
                const wrapped = room < Math.min(90, textWidth(persona.name, f.metric * boldFactor));
                const mean: PersonaMean = { persona, name: fitLine(persona.name, wrapped ? inner - 16 : room, f.metric * boldFactor), values, wrapped };
                if (delta !== undefined) mean.delta = delta;
                return [mean];
            });
            return slot;
        }
        if (compared) {
            const b = options.before?.emotion;
            const a = options.after?.emotion;
            if (b !== undefined && a !== undefined) {
                // The longest wording that fits beside the change ("▲ +1.5").
                const room = inner - 64;
                const wordings = labels.meanEmotionChange(b, a);
                slot.emotionLine = wordings.find(text => textWidth(text, f.metric * boldFactor) <= room) ?? wordings[wordings.length - 1];
            }
            else if (a !== undefined) slot.emotionLine = labels.meanEmotion(a);
            else if (b !== undefined) slot.emotionLine = labels.meanEmotion(b);
        } else if (stage.emotion !== undefined) {
            slot.emotionLine = labels.meanEmotion(stage.emotion);
        }
        if (options.emotionDelta !== undefined) slot.emotionDelta = options.emotionDelta;
        return slot;
    }

    part(stage: StageModel | undefined, journey: JourneyModel, side: Side, x: number, width: number, marks: PainMarker, placeholder?: string,
        vanished: PainModel[] = [], vanishedFrom?: { journey: JourneyModel; marks: PainMarker }): StagePart {
        const f = size.font;
        const inner = width - 2 * size.cellPad;
        const goalLines = stage?.goal ? wrapText(stage.goal, inner, f.goal, size.maxLines.goal) : [];
        const metricLines = (stage?.metrics ?? []).flatMap(m => wrapText(this.labels.metric(m.name, m.value, m.percent), inner, f.metric, 2));
        const placeholderLines = !stage && placeholder !== undefined ? wrapText(placeholder, inner, f.goal, 2) : [];
        const pains = [
            ...(stage?.pains ?? []).map(p => this.painBox(p, inner, marks(p), journey.id, stage!.uri)),
            ...vanished.map(p => this.painBox(p, inner, vanishedFrom!.marks(p), vanishedFrom!.journey.id, vanishedFrom!.journey.uri)),
        ];
        const opportunities = (stage?.opportunities ?? []).map(o => this.opportunityBox(o, inner));
        const textLines = goalLines.length * lineHeight(f.goal) + (metricLines.length > 0 ? 4 + metricLines.length * lineHeight(f.metric) : 0);
        const part: StagePart = {
            side, journeyId: journey.id, x, width, goalLines, metricLines, placeholderLines, pains, opportunities,
            painsHeight: pains.length > 0 ? stackHeight(pains) + lineHeight(f.small) : 0,
            opportunitiesHeight: opportunities.length > 0 ? stackHeight(opportunities) + lineHeight(f.small) : 0,
            goalHeight: textLines,
            goalTop: 0,
            metricsTop: 0,
        };
        if (stage) part.stage = stage;
        return part;
    }

    /** `written` is the journey as written, when a persona alone is drawn: an action's pains and opportunities keep their text. */
    roadmap(journey: JourneyModel, width: number, y: number, heading: string, written: JourneyModel = journey): RoadmapLayout {
        const f = size.font;
        // What an action addresses, by id: pains and (version 2) opportunities; a pain wins over an opportunity of its name.
        const pains = new Map<string, { text: string }>();
        for (const stage of written.stages) {
            for (const o of stage.opportunities) if (o.id) pains.set(o.id, o);
            for (const t of stage.touchpoints) for (const o of t.opportunities) if (o.id) pains.set(o.id, o);
        }
        for (const stage of written.stages) {
            for (const p of stage.pains) if (p.id) pains.set(p.id, p);
            for (const t of stage.touchpoints) for (const p of t.pains) if (p.id) pains.set(p.id, p);
        }
        const columns = roadmapColumns(width);
        const x = 0;
        const lefts = {
            status: x,
            title: x + columns.status,
            owner: x + columns.status + columns.title,
            due: x + columns.status + columns.title + columns.owner,
            addresses: x + columns.status + columns.title + columns.owner + columns.due,
        };
        const headTop = y + 30;
        let top = headTop + 26;
        const rows = journey.actions.map(action => {
            const titleLines = wrapText(action.title, columns.title - 16, f.body * boldFactor, size.maxLines.actionTitle);
            const addressed = action.addresses.map(id => pains.get(id)?.text ?? id).join('; ');
            const addressLines = addressed ? wrapText(addressed, columns.addresses - 16, f.small, size.maxLines.addresses) : [this.labels.none];
            const lines = Math.max(titleLines.length, addressLines.length * lineHeight(f.small) / lineHeight(f.body), 1);
            const height = Math.ceil(lines * lineHeight(f.body)) + 2 * size.roadmap.rowPad + 4;
            const row = { action, titleLines, addressLines, ownerLine: fitLine(action.owner ?? this.labels.none, columns.owner - 16, f.small), height, top };
            top += height;
            return row;
        });
        return { journey, heading, x, y, width, rows, lefts, headTop, height: 30 + 26 + rows.reduce((sum, row) => sum + row.height, 0) };
    }

    private painBox(pain: PainModel, width: number, marked: ReturnType<PainMarker>, journeyId: string, uri: string): PainBox {
        const f = size.font;
        const lines = wrapText(pain.text, width - 20, f.body, size.maxLines.pain);
        const resultLines = marked.result !== undefined ? wrapText(marked.result, width - 20, f.small * boldFactor, size.maxLines.resolvedBy) : [];
        const box: PainBox = {
            pain, lines, resultLines, journeyId, uri, top: 0, textTop: 0, resultTop: 0,
            height: 10 + lineHeight(f.small) + 2 + lines.length * lineHeight(f.body) + (resultLines.length > 0 ? 4 + resultLines.length * lineHeight(f.small) : 0) + 8,
        };
        if (marked.mark) box.mark = marked.mark;
        if (marked.previous !== undefined) box.previousSeverity = marked.previous;
        return box;
    }

    private opportunityBox(opportunity: OpportunityModel, width: number): OpportunityBox {
        const f = size.font;
        const lines = wrapText(opportunity.text, width - 20, f.body, size.maxLines.opportunity);
        const parts = [
            opportunity.impact ? this.labels.impact(opportunity.impact) : undefined,
            opportunity.effort ? this.labels.effort(opportunity.effort) : undefined,
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

/** A severity change in words: "was high". */
export function previousSeverityText(previous: Level | 'none', labels: DrawingLabels = english): string {
    return labels.previousSeverity(previous);
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

/** A number as the drawing writes it (in English; `layout.labels.number` in the map's language). */
export function formatNumber(value: number, labels: DrawingLabels = english): string {
    return labels.number(value);
}

function round(value: number): number {
    return Math.round(value * 10) / 10;
}
