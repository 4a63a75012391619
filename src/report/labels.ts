/**
 * Every word of the review report, in one place: the HTML, Markdown and CSV outputs and the
 * review panel take their headings, column names and phrases from here, never from their own
 * code. One catalogue per language (`reportLabels`, `reportDutch`: the type makes the Dutch one
 * give everything the English one does); the report speaks the language most of its maps say
 * (`ReportModel.language`), `journey report --lang` overrides it. Dates as the drawing writes them.
 */
import type { ActionStatus, Level, MapLanguage, MapState, MapType } from '../model/vocabulary.js';
import { drawingLabels } from '../renderer/labels.js';
import type { ReviewState } from './report-model.js';

export const reportLabels = {
    /** The `lang` of the report's HTML page. */
    htmlLang: 'en',
    /** A date (`YYYY-MM-DD`) as the report shows it: as the drawing of a map in this language does. */
    date: (text: string): string => drawingLabels('en').date(text),
    title: 'Quarterly review',
    generated: (today: string, maps: number) => `${maps} map${maps === 1 ? '' : 's'} · as of ${today}`,
    reviewInterval: (months: number) => `Review interval: every ${months} month${months === 1 ? '' : 's'}, unless a map sets its own`,
    noMaps: 'No maps to review: the given files have no journey.',
    /** A total's words after its number: `one` for 1, `other` for any other count (0 included, in both languages). */
    totals: {
        reviewsDue: { one: 'review due', other: 'reviews due' },
        highPainsUnaddressed: { one: 'high pain without an action', other: 'high pains without an action' },
        openActions: { one: 'open action', other: 'open actions' },
        overdueActions: { one: 'overdue action', other: 'overdue actions' },
        opportunities: { one: 'opportunity', other: 'opportunities' },
    },
    sections: {
        maps: 'Maps',
        pains: 'Pain points by severity',
        opportunities: 'Opportunities by impact and effort',
        matrix: 'Impact × effort',
        actions: 'Actions by due date',
        comparisons: 'What the future maps change',
    },
    columns: {
        map: 'Map',
        type: 'Type',
        state: 'State',
        personas: 'Personas',
        owner: 'Owner',
        lastReview: 'Last review',
        review: 'Review',
        stage: 'Stage',
        touchpoint: 'Touchpoint',
        pain: 'Pain point',
        severity: 'Severity',
        addressedBy: 'Addressed by',
        opportunity: 'Opportunity',
        impact: 'Impact',
        effort: 'Effort',
        action: 'Action',
        due: 'Due',
        status: 'Status',
        overdue: 'Days overdue',
        addresses: 'Addresses',
        resolved: 'Resolved',
        dropped: 'Dropped',
        new: 'New',
    },
    mapType: { 'customer-journey': 'Customer journey', 'day-in-the-life': 'Day in the life', 'service-blueprint': 'Service blueprint' } satisfies Record<MapType, string>,
    mapState: { current: 'Current', future: 'Future' } satisfies Record<MapState, string>,
    level: { high: 'High', medium: 'Medium', low: 'Low' } satisfies Record<Level, string>,
    noLevel: 'Not set',
    status: { open: 'Open', doing: 'Doing', done: 'Done' } satisfies Record<ActionStatus, string>,
    review: {
        ok: (due: string) => `Next review by ${due}`,
        overdue: (days: number, due: string) => `Overdue by ${days} day${days === 1 ? '' : 's'} (due ${due})`,
        never: 'Never reviewed',
    } satisfies Record<ReviewState, unknown>,
    reviewWord: { ok: 'on time', overdue: 'overdue', never: 'never reviewed' } satisfies Record<ReviewState, string>,
    none: 'none',
    noOwner: '—',
    noDue: 'no date',
    wholeStage: 'whole stage',
    nothing: 'None.',
    /** A pain's action in a comparison ("resolved by …"). */
    resolvedBy: (titles: string) => `by ${titles}`,
    comparisonTitle: (current: string, future: string) => `${current} → ${future}`,
    matrixAxis: { impact: 'Impact', effort: 'Effort' },
    matrixQuickWins: 'Quick wins',
    matrixMore: (count: number) => `+ ${count} more`,
    matrixUnrated: (count: number) => `Not placed (no impact or no effort): ${count}`,
    csv: {
        record: 'record',
        records: { map: 'map', pain: 'pain', opportunity: 'opportunity', action: 'action', resolved: 'resolved pain', dropped: 'dropped pain', new: 'new pain' },
        mapId: 'map id',
        id: 'id',
        text: 'text',
        reviewEveryMonths: 'review every (months)',
        reviewDue: 'review due',
        comparedWith: 'compared with',
    },
};

export type ReportLabels = typeof reportLabels;

/** The report in Dutch (docs/dutch.md, "The review report"). */
export const reportDutch: ReportLabels = {
    htmlLang: 'nl',
    date: text => drawingLabels('nl').date(text),
    title: 'Kwartaalherziening',
    generated: (today: string, maps: number) => `${maps} ${maps === 1 ? 'kaart' : 'kaarten'} · stand van ${today}`,
    reviewInterval: (months: number) => `Herzieningstermijn: elke ${months === 1 ? 'maand' : `${months} maanden`}, tenzij een kaart een eigen termijn heeft`,
    noMaps: 'Geen kaarten om te herzien: de opgegeven bestanden bevatten geen klantreis.',
    totals: {
        reviewsDue: { one: 'herziening te doen', other: 'herzieningen te doen' },
        highPainsUnaddressed: { one: 'zwaar knelpunt zonder actie', other: 'zware knelpunten zonder actie' },
        openActions: { one: 'open actie', other: 'open acties' },
        overdueActions: { one: 'actie over de deadline', other: 'acties over de deadline' },
        opportunities: { one: 'kans', other: 'kansen' },
    },
    sections: {
        maps: 'Kaarten',
        pains: 'Knelpunten naar ernst',
        opportunities: 'Kansen naar impact en inspanning',
        matrix: 'Impact × inspanning',
        actions: 'Acties naar deadline',
        comparisons: 'Wat de gewenste situatie verandert',
    },
    columns: {
        map: 'Kaart',
        type: 'Soort',
        state: 'Situatie',
        personas: 'Persona\'s',
        owner: 'Eigenaar',
        lastReview: 'Laatst herzien',
        review: 'Herziening',
        stage: 'Fase',
        touchpoint: 'Contactmoment',
        pain: 'Knelpunt',
        severity: 'Ernst',
        addressedBy: 'Aangepakt door',
        opportunity: 'Kans',
        impact: 'Impact',
        effort: 'Inspanning',
        action: 'Actie',
        due: 'Deadline',
        status: 'Status',
        overdue: 'Dagen te laat',
        addresses: 'Pakt aan',
        resolved: 'Opgelost',
        dropped: 'Verdwenen',
        new: 'Nieuw',
    },
    mapType: { 'customer-journey': 'Klantreis', 'day-in-the-life': 'Dag uit het leven', 'service-blueprint': 'Serviceblauwdruk' },
    mapState: { current: 'Huidig', future: 'Gewenst' },
    level: { high: 'Hoog', medium: 'Middel', low: 'Laag' },
    noLevel: 'Niet opgegeven',
    status: { open: 'Open', doing: 'Bezig', done: 'Klaar' },
    review: {
        ok: (due: string) => `Volgende herziening uiterlijk ${due}`,
        overdue: (days: number, due: string) => `${days} ${days === 1 ? 'dag' : 'dagen'} te laat (uiterlijk ${due})`,
        never: 'Nooit herzien',
    },
    reviewWord: { ok: 'op tijd', overdue: 'te laat', never: 'nooit herzien' },
    none: 'geen',
    noOwner: '—',
    noDue: 'geen datum',
    wholeStage: 'hele fase',
    nothing: 'Geen.',
    resolvedBy: (titles: string) => `door ${titles}`,
    comparisonTitle: (current: string, future: string) => `${current} → ${future}`,
    matrixAxis: { impact: 'Impact', effort: 'Inspanning' },
    matrixQuickWins: 'Snelle winst',
    matrixMore: (count: number) => `+ nog ${count}`,
    matrixUnrated: (count: number) => `Niet geplaatst (geen impact of geen inspanning): ${count}`,
    csv: {
        record: 'soort',
        records: { map: 'kaart', pain: 'knelpunt', opportunity: 'kans', action: 'actie', resolved: 'opgelost knelpunt', dropped: 'verdwenen knelpunt', new: 'nieuw knelpunt' },
        mapId: 'kaart-id',
        id: 'id',
        text: 'tekst',
        reviewEveryMonths: 'herzien elke (maanden)',
        reviewDue: 'herziening uiterlijk',
        comparedWith: 'vergeleken met',
    },
};

const catalogues: Readonly<Record<MapLanguage, ReportLabels>> = { en: reportLabels, nl: reportDutch };

/** The report's words in `language`; English without one. */
export function reportLabelsFor(language: MapLanguage | undefined): ReportLabels {
    return catalogues[language ?? 'en'] ?? reportLabels;
}

/** The words after a total's number: "1 overdue action", "3 overdue actions", "0 kansen". */
export function countedWords(count: number, words: { one: string; other: string }): string {
    return count === 1 ? words.one : words.other;
}
