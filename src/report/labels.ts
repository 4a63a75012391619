/**
 * Every word of the review report, in one place: the HTML, Markdown and CSV outputs and the
 * review panel take their headings, column names and phrases from here, never from their own
 * code. English for now; a map language's words go beside these.
 */
import type { ActionStatus, Level, MapState, MapType } from '../model/vocabulary.js';
import type { ReviewState } from './report-model.js';

export const reportLabels = {
    title: 'Quarterly review',
    generated: (today: string, maps: number) => `${maps} map${maps === 1 ? '' : 's'} · as of ${today}`,
    reviewInterval: (months: number) => `Review interval: every ${months} month${months === 1 ? '' : 's'}, unless a map sets its own`,
    noMaps: 'No maps to review: the given files have no journey.',
    totals: {
        reviewsDue: 'reviews due',
        highPainsUnaddressed: 'high pains without an action',
        openActions: 'open actions',
        overdueActions: 'overdue actions',
        opportunities: 'opportunities',
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
