/**
 * Every word the drawing adds around the author's text (lane names, badges, captions, the
 * comparison summary, the legend, tooltips' field names), and how it writes numbers, emotions and
 * dates: in one place, so that a map's `language` (spec, version 2) chooses them. The layout
 * and the components take them from `layout.labels`; nothing in the renderer spells a word itself.
 *
 * One catalogue per language, `english` and `dutch`, each a whole `DrawingLabels` (the type makes
 * the Dutch one give every word the English one does). The Dutch words are the ones Dutch
 * practitioners use; docs/dutch.md lists them. Numbers and dates go through `Intl` (nl-NL, en-US),
 * which Node and the webview's Chromium both carry.
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

/**
 * Numbers as the language writes them: `120,000` and `1.5` (en-US), `120.000` and `1,5` (nl-NL).
 * Up to six decimals, so that a metric keeps what its author wrote; a minus sign is the language's.
 */
function numberFormat(locale: string): (value: number) => string {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
    // A map writes few distinct numbers (emotions, means, metrics) many times over: every face and
    // axis label of a big map is one. Intl's format costs about a microsecond a call; a lookup less.
    // One memory per language, so a Dutch and an English map drawn in turn each keep their own.
    const written = new Map<number, string>();
    return value => {
        // A Map holds −0 and 0 as one key, and Intl writes them apart ("-0", "0").
        if (Object.is(value, -0)) return format.format(value);
        let text = written.get(value);
        if (text === undefined) {
            if (written.size >= 10_000) written.clear();
            text = format.format(value);
            written.set(value, text);
        }
        return text;
    };
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A map's `YYYY-MM-DD` as the language writes a date (`15 okt 2026`); any other text (a date the
 * validator reports, a hostile string) is shown as written. The day is the calendar day written:
 * formatted in UTC, whatever the machine's time zone.
 */
function dateFormat(locale: string): (text: string) => string {
    const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    return text => {
        const match = isoDate.exec(text);
        if (!match) return text;
        const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
        const date = new Date(Date.UTC(year, month - 1, day));
        // 2026-02-30 is no day: written as is rather than as 2 March.
        if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return text;
        return format.format(date);
    };
}

// What both languages write alike, each through its own `number`: "+1.5" / "+1,5", "−2", "±0".
function signed(this: DrawingLabels, value: number): string {
    const rounded = roundTo2(value);
    if (rounded === 0) return '±0';
    return `${rounded > 0 ? '+' : '−'}${this.number(Math.abs(rounded))}`;
}

/** "▲ +2", "▼ −1", or the language's word for no change. */
function changeOr(unchanged: string): (this: DrawingLabels, delta: number) => string {
    return function (this: DrawingLabels, delta: number) {
        const rounded = roundTo2(delta);
        return rounded === 0 ? unchanged : `${rounded > 0 ? '▲' : '▼'} ${this.signed(rounded)}`;
    };
}

function emotion(this: DrawingLabels, value: number, label: string | undefined): string {
    return `${this.signed(value)}${label ? ` ${label}` : ''}`;
}

/** "was −1": the same word in Dutch. */
function was(this: DrawingLabels, value: number): string {
    return `was ${this.signed(value)}`;
}

function metric(this: DrawingLabels, name: string, value: number, percent: boolean): string {
    return `${name}: ${this.number(value)}${percent ? '%' : ''}`;
}

const time = (text: string) => text.replace('-', '–');

const emotionWords: Readonly<Record<string, string>> = { '-2': 'very negative', '0': 'neutral', '2': 'very positive' };

export const english: DrawingLabels = {
    htmlLang: 'en',
    number: numberFormat('en-US'),
    signed,
    change: changeOr('unchanged'),
    // English keeps the date as the map writes it (ISO 8601), as the editor's messages do.
    date: text => text,
    time,
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
    metric,
    movedTo: stage => `moved to ${stage}`,
    movedFrom: stage => `moved from ${stage}`,
    owner: owner => `Owner: ${owner}`,
    sourceNumbers: numbers => `${numbers.length === 1 ? 'Source' : 'Sources'} ${numbers.join(', ')}`,
    emotion,
    was,
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

const dutchEmotionWords: Readonly<Record<string, string>> = { '-2': 'heel negatief', '0': 'neutraal', '2': 'heel positief' };
const dutchLevels: Readonly<Record<Level, string>> = { low: 'laag', medium: 'middel', high: 'hoog' };
const dutchState = (side: MapState) => side === 'current' ? 'huidig' : 'gewenst';

/** The drawing's words in Dutch (docs/dutch.md, "The drawing"): plain words for marketers and researchers. */
export const dutch: DrawingLabels = {
    htmlLang: 'nl',
    number: numberFormat('nl-NL'),
    signed,
    change: changeOr('ongewijzigd'),
    date: dateFormat('nl-NL'),
    time,
    mapBadge(type, state) {
        const stateWord = state === 'future' ? 'GEWENSTE SITUATIE' : 'HUIDIGE SITUATIE';
        switch (type) {
            case 'day-in-the-life': return state === 'future' ? 'DAG UIT HET LEVEN · GEWENST' : 'DAG UIT HET LEVEN';
            case 'service-blueprint': return `SERVICEBLAUWDRUK · ${stateWord}`;
            default: return stateWord;
        }
    },
    lane: name => ({
        stage: 'Doel van de fase', touchpoints: 'Contactmomenten', does: 'Doet', customerActions: 'Klantacties', thinks: 'Denkt', feels: 'Voelt',
        pains: 'Knelpunten', opportunities: 'Kansen', props: 'Fysiek bewijs', frontstage: 'Frontstage', backstage: 'Backstage', support: 'Ondersteunende processen',
    })[name],
    line: line => ({ interaction: 'interactielijn', visibility: 'zichtbaarheidslijn', internal: 'lijn van interne interactie' })[line],
    cornerTitle: 'Fasen',
    cornerView: mode => ({ 'side-by-side': 'Huidig | gewenst', stacked: 'Huidig, dan gewenst', overlay: 'Huidig eroverheen', single: '', paired: 'Rijen voor / na' })[mode],
    stagesRegion: 'Fasen',
    lanesRegion: 'Lagen',
    side: dutchState,
    half: side => side === 'current' ? 'Huidig' : 'Gewenst',
    notInMap: side => side === 'current' ? 'Niet in de huidige kaart' : 'Niet in de gewenste kaart',
    stageBadge: status => status === 'added' ? 'NIEUWE FASE' : status === 'removed' ? 'VERVALLEN FASE' : '',
    touchpointBadge: status => ({ added: 'NIEUW', removed: 'VERVALLEN', moved: 'VERPLAATST', changed: 'GEWIJZIGD' })[status],
    renamedFrom: name => `Huidige kaart: ${name}`,
    meanEmotion(value) { return `Gemiddelde emotie ${this.signed(value)}`; },
    meanEmotionChange(before, after) {
        const values = `${this.signed(before)} → ${this.signed(after)}`;
        return [`Gemiddelde emotie ${values}`, `Gem. ${values}`, values];
    },
    metric,
    movedTo: stage => `verplaatst naar ${stage}`,
    movedFrom: stage => `verplaatst uit ${stage}`,
    owner: owner => `Eigenaar: ${owner}`,
    sourceNumbers: numbers => `${numbers.length === 1 ? 'Bron' : 'Bronnen'} ${numbers.join(', ')}`,
    emotion,
    was,
    axis(level) {
        const word = dutchEmotionWords[String(level)];
        return word ? `${word} ${this.signed(level)}` : this.signed(level);
    },
    wholeStage: 'Hele fase',
    severityTag(severity, beside) {
        if (!severity) return 'KNELPUNT';
        const word = dutchLevels[severity].toUpperCase();
        return beside === 'badge' ? word : `KNELPUNT ${word}`;
    },
    previousSeverity: previous => `was ${previous === 'none' ? 'zonder ernst' : dutchLevels[previous]}`,
    painBadge: mark => ({ resolved: '✓ OPGELOST', dropped: 'VERDWENEN', new: 'NIEUW' })[mark],
    resolvedBy: action => action !== undefined ? `✓ Opgelost door: ${action}` : '✓ Opgelost',
    droppedResult: 'Niet meer in de gewenste kaart; geen actie pakt het aan',
    impact: level => `Impact ${dutchLevels[level]}`,
    effort: level => `Inspanning ${dutchLevels[level]}`,
    roadmapHeading: 'Actieplan',
    roadmapHeadingOf: side => `Actieplan — ${side === 'future' ? 'gewenste kaart' : 'huidige kaart'}`,
    roadmapColumn: column => ({ status: 'Status', action: 'Actie', owner: 'Eigenaar', due: 'Deadline', addresses: 'Pakt aan' })[column],
    actionStatus: status => ({ open: 'OPEN', doing: 'BEZIG', done: 'KLAAR' })[status],
    none: '—',
    field: (name, value) => `${{
        channel: 'Kanaal', emotion: 'Emotie', owner: 'Eigenaar', evidence: 'Bron', goal: 'Doel', reviewed: 'Herzien',
        improves: 'Verbetert', due: 'Deadline', addresses: 'Pakt aan',
    }[name]}: ${value}`,
    personas: names => `${names.length > 1 ? 'Persona\'s' : 'Persona'}: ${names.join(', ')}`,
    personaAlone: name => `Persona: alleen ${name} (alleen de contactmomenten waar ${name} aan meedoet)`,
    personasTitle: count => count === 1 ? 'Persona' : 'Persona\'s',
    scenarioTitle: 'Scenario',
    personaList: list => ({ goals: 'Doelen', needs: 'Behoeften', frustrations: 'Frustraties' })[list],
    whatChanges: (current, future) => `Wat verandert er: ${current} → ${future}`,
    whatChangesCaption: 'Wat verandert er: ',
    summary(s) {
        const parts = [`${s.added} nieuw`, `${s.removed} vervallen`, `${s.moved} verplaatst`, `${s.changed} gewijzigd`, `${s.unchanged} ongewijzigd`];
        if (s.meanEmotionPerPersona && s.meanEmotionPerPersona.length > 0) {
            parts.push(`gemiddelde emotie ${s.meanEmotionPerPersona.map(p => `${p.name} ${this.change(p.delta)}`).join(', ')}`);
        } else if (s.meanEmotion !== undefined) {
            parts.push(`gemiddelde emotie ${this.change(s.meanEmotion)}`);
        }
        parts.push(`${plural(s.resolved, 'knelpunt', 'knelpunten')} opgelost door een actie`);
        if (s.dropped > 0) parts.push(`${plural(s.dropped, 'knelpunt', 'knelpunten')} verdwenen zonder actie`);
        parts.push(plural(s.newPains, 'nieuw knelpunt', 'nieuwe knelpunten'));
        if (s.stagesAdded + s.stagesRemoved > 0) parts.push(`fasen: ${s.stagesAdded} nieuw, ${s.stagesRemoved} vervallen`);
        return `Contactmomenten: ${parts.join(' · ')}`;
    },
    legendFuture: title => `Gewenst: ${title}`,
    legendCurrent: title => `Huidig: ${title}`,
    legendCurrentDashed: title => `Huidig (gestreept, “was …”): ${title}`,
    legendPersonasCaption: 'Emotie per persona:',
    legendCurrentPersonas: 'huidige kaart: dunne, grijze, open tekens',
    sourcesHeading: 'Bronnen',
    noJourney: 'Geen klantreis om te tekenen.',
    pageTitle: 'Klantreis',
};

const catalogues: Readonly<Record<MapLanguage, DrawingLabels>> = { en: english, nl: dutch };

/** The words a drawing in `language` uses; English when the map names none. */
export function drawingLabels(language: MapLanguage | undefined): DrawingLabels {
    return catalogues[language ?? 'en'] ?? english;
}
