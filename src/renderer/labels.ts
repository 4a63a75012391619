/**
 * Every word the drawing adds around the author's text (lane names, badges, captions, the
 * comparison summary, the legend, tooltips' field names), and how it writes numbers, emotions and
 * dates: in one place, so that a map's `language` (spec, version 2) can choose them. The layout
 * and the components take them from `layout.labels`; nothing in the renderer spells a word itself.
 *
 * Only English is here so far: `drawingLabels` gives it for every language until the Dutch words
 * are added beside it.
 */
import type { ActionStatus, Level, MapLanguage, MapState, MapType, StageStatus, TouchpointStatus } from '../model/map-model.js';
import type { ViewMode } from '../model/vocabulary.js';

export type LaneName = 'stage' | 'touchpoints' | 'does' | 'customerActions' | 'thinks' | 'feels' | 'pains' | 'opportunities'
    | 'props' | 'frontstage' | 'backstage' | 'support';

export type BlueprintLine = 'interaction' | 'visibility' | 'internal';

export interface DrawingLabels {
    /** The `lang` of an HTML page drawn in these words. */
    readonly htmlLang: string;
    /** A number as the drawing writes it (metrics, means): `120,000`, `1.5`. */
    number(value: number): string;
    /** "+1.5", "−2", "±0": signed, at most two decimals, with a real minus sign. */
    signed(value: number): string;
    /** "▲ +2", "▼ −1", or "unchanged". */
    change(delta: number): string;
    /** A date as written in the map (`YYYY-MM-DD`), as the drawing shows it. */
    date(text: string): string;
    /** A time or a time range as written (`07:30`, `07:30-09:00`), as the drawing shows it. */
    time(text: string): string;
    /** The badge beside a map's title: its state and, for the other map types, its type. */
    mapBadge(type: MapType, state: MapState): string;
    lane(name: LaneName): string;
    /** A blueprint line's name, in the lane-label column. */
    line(line: BlueprintLine): string;
    /** The words in the frozen corner, per view. */
    readonly cornerTitle: string;
    cornerView(mode: ViewMode): string;
    readonly stagesRegion: string;
    readonly lanesRegion: string;
    side(side: MapState): string;
    /** Side-by-side: the captions of a stage's halves. */
    half(side: MapState): string;
    /** The empty half or row of a stage that one map does not have. */
    notInMap(side: MapState): string;
    stageBadge(status: StageStatus): string;
    touchpointBadge(status: Exclude<TouchpointStatus, 'unchanged'>): string;
    /** A stage the future map renamed. */
    renamedFrom(name: string): string;
    /** The stage header's mean emotion, longest wording first: the layout takes the first that fits. */
    meanEmotion(value: number): string;
    meanEmotionChange(before: number, after: number): string[];
    metric(name: string, value: number, percent: boolean): string;
    movedTo(stage: string): string;
    movedFrom(stage: string): string;
    /** A touchpoint's owner and its evidence's numbers, on its card. */
    owner(owner: string): string;
    sourceNumbers(numbers: readonly number[]): string;
    /** The emotion a face shows: "+1 curious". */
    emotion(value: number, label: string | undefined): string;
    /** Overlay: what the current map's point was. */
    was(value: number): string;
    /** The emotion axis: the ends and the middle of the scale are named. */
    axis(level: number): string;
    readonly wholeStage: string;
    severityTag(severity: Level | undefined, beside: 'badge' | 'alone'): string;
    previousSeverity(previous: Level | 'none'): string;
    painBadge(mark: 'resolved' | 'dropped' | 'new'): string;
    resolvedBy(action: string | undefined): string;
    readonly droppedResult: string;
    impact(level: Level): string;
    effort(level: Level): string;
    readonly roadmapHeading: string;
    roadmapHeadingOf(side: MapState): string;
    roadmapColumn(column: 'status' | 'action' | 'owner' | 'due' | 'addresses'): string;
    actionStatus(status: ActionStatus): string;
    readonly none: string;
    /** Fields named in tooltips and meta lines. */
    field(name: 'channel' | 'emotion' | 'owner' | 'evidence' | 'goal' | 'reviewed' | 'improves' | 'due' | 'addresses', value: string): string;
    personas(names: readonly string[]): string;
    /** The drawing shows one persona alone (the persona filter). */
    personaAlone(name: string): string;
    personasTitle(count: number): string;
    readonly scenarioTitle: string;
    personaList(list: 'goals' | 'needs' | 'frustrations'): string;
    /** "What changes: Today → 2027". */
    whatChanges(current: string, future: string): string;
    readonly whatChangesCaption: string;
    summary(parts: SummaryParts): string;
    /** The legend of the curves. */
    legendFuture(title: string): string;
    legendCurrent(title: string): string;
    legendCurrentDashed(title: string): string;
    readonly legendPersonasCaption: string;
    readonly legendCurrentPersonas: string;
    readonly sourcesHeading: string;
    readonly noJourney: string;
    readonly pageTitle: string;
}

/** What the comparison summary counts. */
export interface SummaryParts {
    added: number; removed: number; moved: number; changed: number; unchanged: number;
    /** The change of the mean emotion: one for the whole map, or one per persona (with its name). */
    meanEmotion?: number;
    meanEmotionPerPersona?: Array<{ name: string; delta: number }>;
    resolved: number;
    dropped: number;
    newPains: number;
    stagesAdded: number;
    stagesRemoved: number;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function roundTo2(value: number): number {
    return Math.round(value * 100) / 100;
}

const emotionWords: Readonly<Record<string, string>> = { '-2': 'very negative', '0': 'neutral', '2': 'very positive' };

export const english: DrawingLabels = {
    htmlLang: 'en',
    number: value => Number.isInteger(value) ? value.toLocaleString('en-US') : String(value),
    signed(value) {
        const rounded = roundTo2(value);
        if (rounded === 0) return '±0';
        return `${rounded > 0 ? '+' : '−'}${this.number(Math.abs(rounded))}`;
    },
    change(delta) {
        const rounded = roundTo2(delta);
        return rounded === 0 ? 'unchanged' : `${rounded > 0 ? '▲' : '▼'} ${this.signed(rounded)}`;
    },
    date: text => text,
    time: text => text.replace('-', '–'),
    mapBadge(type, state) {
        const stateWord = state === 'future' ? 'FUTURE STATE' : 'CURRENT STATE';
        switch (type) {
            // A day in the life is the persona's day as it is: "current" is said only of a future one.
            case 'day-in-the-life': return state === 'future' ? 'DAY IN THE LIFE · FUTURE' : 'DAY IN THE LIFE';
            case 'service-blueprint': return `SERVICE BLUEPRINT · ${stateWord}`;
            default: return stateWord;
        }
    },
    lane: name => ({
        stage: 'Stage goal', touchpoints: 'Touchpoints', does: 'Does', customerActions: 'Customer actions', thinks: 'Thinks', feels: 'Feels',
        pains: 'Pain points', opportunities: 'Opportunities', props: 'Physical evidence', frontstage: 'Frontstage', backstage: 'Backstage', support: 'Support',
    })[name],
    line: line => ({ interaction: 'line of interaction', visibility: 'line of visibility', internal: 'line of internal interaction' })[line],
    cornerTitle: 'Stages',
    cornerView: mode => ({ 'side-by-side': 'Current | future', stacked: 'Current, then future', overlay: 'Current laid over', single: '', paired: 'Before / after rows' })[mode],
    stagesRegion: 'Stages',
    lanesRegion: 'Lanes',
    side: side => side,
    half: side => side === 'current' ? 'Current' : 'Future',
    notInMap: side => side === 'current' ? 'Not in the current map' : 'Not in the future map',
    stageBadge: status => status === 'added' ? 'NEW STAGE' : status === 'removed' ? 'REMOVED STAGE' : '',
    touchpointBadge: status => ({ added: 'ADDED', removed: 'REMOVED', moved: 'MOVED', changed: 'CHANGED' })[status],
    renamedFrom: name => `Current map: ${name}`,
    meanEmotion(value) { return `Mean emotion ${this.signed(value)}`; },
    meanEmotionChange(before, after) {
        const values = `${this.signed(before)} → ${this.signed(after)}`;
        return [`Mean emotion ${values}`, `Mean ${values}`, values];
    },
    metric(name, value, percent) { return `${name}: ${this.number(value)}${percent ? '%' : ''}`; },
    movedTo: stage => `moved to ${stage}`,
    movedFrom: stage => `moved from ${stage}`,
    owner: owner => `Owner: ${owner}`,
    sourceNumbers: numbers => `${numbers.length === 1 ? 'Source' : 'Sources'} ${numbers.join(', ')}`,
    emotion(value, label) { return `${this.signed(value)}${label ? ` ${label}` : ''}`; },
    was(value) { return `was ${this.signed(value)}`; },
    axis(level) {
        const word = emotionWords[String(level)];
        return word ? `${word} ${this.signed(level)}` : this.signed(level);
    },
    wholeStage: 'Whole stage',
    severityTag(severity, beside) {
        if (!severity) return 'PAIN';
        const word = severity.toUpperCase();
        // Beside a badge the lane's name says "pain" already: the level alone leaves the badge room.
        return beside === 'badge' ? word : `${word} PAIN`;
    },
    previousSeverity: previous => `was ${previous === 'none' ? 'no severity' : previous}`,
    painBadge: mark => ({ resolved: '✓ RESOLVED', dropped: 'DROPPED', new: 'NEW' })[mark],
    resolvedBy: action => action !== undefined ? `✓ Resolved by: ${action}` : '✓ Resolved',
    droppedResult: 'Gone from the future map; no action addresses it',
    impact: level => `Impact ${level}`,
    effort: level => `Effort ${level}`,
    roadmapHeading: 'Actions roadmap',
    roadmapHeadingOf: side => `Actions roadmap — ${side === 'future' ? 'future map' : 'current map'}`,
    roadmapColumn: column => ({ status: 'Status', action: 'Action', owner: 'Owner', due: 'Due', addresses: 'Addresses' })[column],
    actionStatus: status => status.toUpperCase(),
    none: '—',
    field: (name, value) => `${{
        channel: 'Channel', emotion: 'Emotion', owner: 'Owner', evidence: 'Evidence', goal: 'Goal', reviewed: 'Reviewed',
        improves: 'Improves', due: 'Due', addresses: 'Addresses',
    }[name]}: ${value}`,
    personas: names => `Persona${names.length > 1 ? 's' : ''}: ${names.join(', ')}`,
    personaAlone: name => `Persona: ${name} alone (only the touchpoints ${name} takes part in)`,
    personasTitle: count => count === 1 ? 'Persona' : 'Personas',
    scenarioTitle: 'Scenario',
    personaList: list => ({ goals: 'Goals', needs: 'Needs', frustrations: 'Frustrations' })[list],
    whatChanges: (current, future) => `What changes: ${current} → ${future}`,
    whatChangesCaption: 'What changes: ',
    summary(s) {
        const parts = [`${s.added} added`, `${s.removed} removed`, `${s.moved} moved`, `${s.changed} changed`, `${s.unchanged} unchanged`];
        if (s.meanEmotionPerPersona && s.meanEmotionPerPersona.length > 0) {
            parts.push(`mean emotion ${s.meanEmotionPerPersona.map(p => `${p.name} ${this.change(p.delta)}`).join(', ')}`);
        } else if (s.meanEmotion !== undefined) {
            parts.push(`mean emotion ${this.change(s.meanEmotion)}`);
        }
        // Resolved and dropped apart (spec, version 2): a pain nobody copied into the future map is not solved.
        parts.push(`${plural(s.resolved, 'pain', 'pains')} resolved by an action`);
        if (s.dropped > 0) parts.push(`${plural(s.dropped, 'pain', 'pains')} dropped without an action`);
        parts.push(plural(s.newPains, 'new pain', 'new pains'));
        if (s.stagesAdded + s.stagesRemoved > 0) parts.push(`stages: ${s.stagesAdded} added, ${s.stagesRemoved} removed`);
        return `Touchpoints: ${parts.join(' · ')}`;
    },
    legendFuture: title => `Future: ${title}`,
    legendCurrent: title => `Current: ${title}`,
    legendCurrentDashed: title => `Current (dashed, “was …”): ${title}`,
    legendPersonasCaption: 'Emotion per persona:',
    legendCurrentPersonas: 'current map: thin, grey, hollow marks',
    sourcesHeading: 'Sources',
    noJourney: 'No journey to draw.',
    pageTitle: 'Journey map',
};

/** The words a drawing of a map in `language` uses (English until the other languages are added). */
export function drawingLabels(_language: MapLanguage | undefined): DrawingLabels {
    return english;
}
