/**
 * The quarterly review report as data: every map given, with its review; every pain by
 * severity with the actions that address it; every opportunity by impact and effort; every action
 * by due date; and what each future map changes. Built from the map model alone (no Langium), so
 * the CLI's `journey report` and the editor's review panel draw the same report.
 */
import type { ActionModel, ActionStatus, JourneyModel, Level, MapLanguage, MapModel, MapState, MapType, PainModel, Range } from '../model/map-model.js';
import { addMonths, compareDates, daysBetween, formatIsoDate, parseIsoDate, type CalendarDate } from '../model/dates.js';

export type ReviewState = 'ok' | 'overdue' | 'never';

export interface ReportOptions {
    /** Today, `YYYY-MM-DD`: what overdue reviews and actions count from. */
    today: string;
    /** The review interval of a map that sets none (`review every N months` wins). */
    reviewMonths: number;
    /** The report's language (`journey report --lang`); without it, the language most maps say. */
    language?: MapLanguage;
}

/** Where an item is written: its document and range, for click-to-source. */
export interface Source { uri: string; range?: Range }

export interface ReportMap extends Source {
    id: string;
    title: string;
    type: MapType;
    state: MapState;
    personas: string[];
    owner?: string;
    reviewed?: string;
    reviewEveryMonths: number;
    review: ReviewState;
    /** The date the next review is due (absent for a map never reviewed). */
    reviewDue?: string;
    /** Days past `reviewDue`, when the review is overdue. */
    reviewDaysOverdue?: number;
    /** The title of the map this one improves. */
    improves?: string;
}

export interface ActionRef { id: string; title: string; status: ActionStatus }

/** A pain or opportunity: where it is written and the actions that address it. */
export interface Finding extends Source {
    journeyId: string;
    journeyTitle: string;
    stage: string;
    /** Absent for a stage-wide finding. */
    touchpoint?: string;
    id?: string;
    text: string;
    addressedBy: ActionRef[];
}

export interface ReportPain extends Finding {
    severity?: Level;
}

export interface ReportOpportunity extends Finding {
    impact?: Level;
    effort?: Level;
}

export interface ReportAction extends Source {
    journeyId: string;
    journeyTitle: string;
    id: string;
    title: string;
    owner?: string;
    due?: string;
    status: ActionStatus;
    /** Days past `due` while not done. */
    daysOverdue?: number;
    /** What it addresses, as the map writes it (the pain's or opportunity's text; the name when none has it). */
    addresses: string[];
}

export interface ComparedPain extends Source {
    id: string;
    text: string;
    severity?: Level;
    /** Resolved pains: the actions (of either map) that address it. */
    by: ActionRef[];
}

export interface ReportComparison {
    current: { id: string; title: string };
    future: { id: string; title: string };
    resolved: ComparedPain[];
    dropped: ComparedPain[];
    new: ComparedPain[];
}

export interface ReportTotals {
    maps: number;
    reviewsDue: number;
    pains: number;
    highPainsUnaddressed: number;
    opportunities: number;
    openActions: number;
    overdueActions: number;
}

export interface ReportModel {
    today: string;
    /** The language of the report's own words: `ReportOptions.language`, else the one most maps say (English on a tie). */
    language: MapLanguage;
    reviewMonths: number;
    maps: ReportMap[];
    pains: ReportPain[];
    opportunities: ReportOpportunity[];
    actions: ReportAction[];
    comparisons: ReportComparison[];
    totals: ReportTotals;
}

/** High first; a pain or opportunity without a level last. */
const levelRank: Record<Level, number> = { high: 0, medium: 1, low: 2 };
const rank = (level: Level | undefined) => level === undefined ? 3 : levelRank[level];

export function buildReport(model: MapModel, options: ReportOptions): ReportModel {
    const today = parseIsoDate(options.today);
    if (!today) throw new Error(`not a date in YYYY-MM-DD form: ${options.today}`);
    const titles = new Map(model.journeys.map(j => [j.id, j.title]));
    const maps = model.journeys.map(j => reportMap(j, today, options.reviewMonths, titles));
    const pains: ReportPain[] = [];
    const opportunities: ReportOpportunity[] = [];
    const actions: ReportAction[] = [];
    for (const journey of model.journeys) {
        const byItem = addressing(journey.actions);
        const texts = new Map<string, string>();
        for (const stage of journey.stages) {
            const where = { journeyId: journey.id, journeyTitle: journey.title, stage: stage.name };
            for (const p of stage.pains) pains.push(pain(p, where, stage.uri, byItem));
            for (const o of stage.opportunities) opportunities.push({ ...where, ...item(o, stage.uri), ...levels(o), addressedBy: byItem.get(o.id ?? '') ?? [] });
            for (const t of stage.touchpoints) {
                const at = { ...where, touchpoint: t.name };
                for (const p of t.pains) pains.push(pain(p, at, t.uri, byItem));
                for (const o of t.opportunities) opportunities.push({ ...at, ...item(o, t.uri), ...levels(o), addressedBy: byItem.get(o.id ?? '') ?? [] });
            }
            for (const p of [...stage.pains, ...stage.touchpoints.flatMap(t => t.pains)]) if (p.id) texts.set(p.id, p.text);
            for (const o of [...stage.opportunities, ...stage.touchpoints.flatMap(t => t.opportunities)]) if (o.id && !texts.has(o.id)) texts.set(o.id, o.text);
        }
        for (const a of journey.actions) actions.push(reportAction(a, journey, today, texts));
    }
    // Stable sorts: within a level or a date, the maps' own order.
    pains.sort((a, b) => rank(a.severity) - rank(b.severity));
    opportunities.sort((a, b) => rank(a.impact) - rank(b.impact) || effortRank(a.effort) - effortRank(b.effort));
    actions.sort((a, b) => compareDue(a.due, b.due));
    const comparisons = model.comparisons.flatMap(c => {
        const current = model.journeys.find(j => j.id === c.current);
        const future = model.journeys.find(j => j.id === c.future);
        return current && future ? [reportComparison(c, current, future)] : [];
    });
    return {
        today: formatIsoDate(today),
        language: options.language ?? mostSaid(model.journeys.map(j => j.language)),
        reviewMonths: options.reviewMonths,
        maps, pains, opportunities, actions, comparisons,
        totals: {
            maps: maps.length,
            reviewsDue: maps.filter(m => m.review !== 'ok').length,
            pains: pains.length,
            highPainsUnaddressed: pains.filter(p => p.severity === 'high' && p.addressedBy.length === 0).length,
            opportunities: opportunities.length,
            openActions: actions.filter(a => a.status !== 'done').length,
            overdueActions: actions.filter(a => a.daysOverdue !== undefined).length,
        },
    };
}

/** The language most maps say; English when as many say English, or none is given. */
function mostSaid(languages: ReadonlyArray<MapLanguage | undefined>): MapLanguage {
    const dutch = languages.filter(language => language === 'nl').length;
    return dutch > languages.length - dutch ? 'nl' : 'en';
}

/** Low effort first (the quick wins of a level of impact); none last. */
function effortRank(level: Level | undefined): number {
    return level === undefined ? 3 : 2 - levelRank[level];
}

/** Earliest first; an action without a date last. */
function compareDue(a: string | undefined, b: string | undefined): number {
    if (a === b) return 0;
    if (a === undefined) return 1;
    if (b === undefined) return -1;
    return a < b ? -1 : 1;
}

function reportMap(journey: JourneyModel, today: CalendarDate, defaultMonths: number, titles: Map<string, string>): ReportMap {
    const reviewEveryMonths = journey.reviewEveryMonths ?? defaultMonths;
    const map: ReportMap = {
        id: journey.id, title: journey.title, type: journey.type, state: journey.state,
        personas: journey.personas.map(p => p.name), reviewEveryMonths, review: 'never', uri: journey.uri, range: journey.range,
    };
    if (journey.owner !== undefined) map.owner = journey.owner;
    if (journey.improves !== undefined) map.improves = titles.get(journey.improves) ?? journey.improves;
    const reviewed = journey.reviewed !== undefined ? parseIsoDate(journey.reviewed) : undefined;
    if (journey.reviewed !== undefined) map.reviewed = journey.reviewed;
    if (reviewed) {
        // As the stale-review check counts: overdue once the interval has passed.
        const due = addMonths(reviewed, reviewEveryMonths);
        map.reviewDue = formatIsoDate(due);
        map.review = compareDates(due, today) < 0 ? 'overdue' : 'ok';
        if (map.review === 'overdue') map.reviewDaysOverdue = daysBetween(due, today);
    }
    return map;
}

/** Pain and opportunity id → the actions of the journey that address it. */
function addressing(actions: readonly ActionModel[]): Map<string, ActionRef[]> {
    const result = new Map<string, ActionRef[]>();
    for (const a of actions) {
        for (const id of a.addresses) {
            const list = result.get(id) ?? [];
            list.push({ id: a.id, title: a.title, status: a.status });
            result.set(id, list);
        }
    }
    return result;
}

function item(value: { id?: string; text: string; range?: Range }, uri: string): { id?: string; text: string; uri: string; range?: Range } {
    const result: { id?: string; text: string; uri: string; range?: Range } = { text: value.text, uri };
    if (value.id !== undefined) result.id = value.id;
    if (value.range !== undefined) result.range = value.range;
    return result;
}

function levels(o: { impact?: Level; effort?: Level }): { impact?: Level; effort?: Level } {
    return { ...(o.impact ? { impact: o.impact } : {}), ...(o.effort ? { effort: o.effort } : {}) };
}

function pain(p: PainModel, where: { journeyId: string; journeyTitle: string; stage: string; touchpoint?: string }, uri: string, byItem: Map<string, ActionRef[]>): ReportPain {
    const result: ReportPain = { ...where, ...item(p, uri), addressedBy: p.id !== undefined ? byItem.get(p.id) ?? [] : [] };
    if (p.severity) result.severity = p.severity;
    return result;
}

function reportAction(a: ActionModel, journey: JourneyModel, today: CalendarDate, texts: Map<string, string>): ReportAction {
    const result: ReportAction = {
        journeyId: journey.id, journeyTitle: journey.title, id: a.id, title: a.title, status: a.status,
        addresses: a.addresses.map(id => texts.get(id) ?? id), uri: a.uri, range: a.range,
    };
    if (a.owner !== undefined) result.owner = a.owner;
    if (a.due !== undefined) {
        result.due = a.due;
        const due = parseIsoDate(a.due);
        const late = due ? daysBetween(due, today) : 0;
        if (a.status !== 'done' && late > 0) result.daysOverdue = late;
    }
    return result;
}

function reportComparison(c: MapModel['comparisons'][number], current: JourneyModel, future: JourneyModel): ReportComparison {
    const painsOf = (journey: JourneyModel) => {
        const found = new Map<string, { pain: PainModel; uri: string }>();
        for (const stage of journey.stages) {
            for (const p of stage.pains) if (p.id) found.set(p.id, { pain: p, uri: stage.uri });
            for (const t of stage.touchpoints) for (const p of t.pains) if (p.id) found.set(p.id, { pain: p, uri: t.uri });
        }
        return found;
    };
    const before = painsOf(current);
    const after = painsOf(future);
    const by = addressing([...future.actions, ...current.actions]);
    const entry = (id: string, from: Map<string, { pain: PainModel; uri: string }>, withActions: boolean): ComparedPain => {
        const found = from.get(id);
        const result: ComparedPain = { id, text: found?.pain.text ?? id, by: withActions ? by.get(id) ?? [] : [], uri: found?.uri ?? '' };
        if (found?.pain.severity) result.severity = found.pain.severity;
        if (found?.pain.range) result.range = found.pain.range;
        return result;
    };
    // A model without `dropped` (version 1) called every vanished pain resolved: the actions decide.
    const dropped = (c.pains as { dropped?: string[] }).dropped;
    const resolved = dropped !== undefined ? c.pains.resolved : c.pains.resolved.filter(id => by.has(id));
    return {
        current: { id: current.id, title: current.title },
        future: { id: future.id, title: future.title },
        resolved: resolved.map(id => entry(id, before, true)),
        dropped: (dropped ?? c.pains.resolved.filter(id => !by.has(id))).map(id => entry(id, before, false)),
        new: c.pains.new.map(id => entry(id, after, false)),
    };
}
