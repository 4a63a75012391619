import { parseIsoDate, todayLocal, type CalendarDate } from './dates.js';

export type MissingEvidenceLevel = 'off' | 'hint' | 'warning';

/**
 * What people set differently: the review interval, how loudly to ask for evidence, and the
 * date "today" (fixed by the CLI's `--today` and by tests, so reports do not age).
 */
export class JourneySettings {
    reviewIntervalMonths = 6;
    missingEvidence: MissingEvidenceLevel = 'hint';
    private fixedToday: CalendarDate | undefined;

    today(): CalendarDate {
        return this.fixedToday ?? todayLocal();
    }

    /** Fixes today's date; `undefined` goes back to the clock. Throws on a malformed date. */
    setToday(iso: string | undefined): void {
        if (iso === undefined) {
            this.fixedToday = undefined;
            return;
        }
        const date = parseIsoDate(iso);
        if (!date) {
            throw new Error(`not a date in YYYY-MM-DD form: ${iso}`);
        }
        this.fixedToday = date;
    }

    update(values: { reviewIntervalMonths?: unknown; missingEvidence?: unknown }): void {
        const months = Number(values.reviewIntervalMonths);
        if (Number.isFinite(months) && months >= 1) {
            this.reviewIntervalMonths = Math.floor(months);
        }
        if (values.missingEvidence === 'off' || values.missingEvidence === 'hint' || values.missingEvidence === 'warning') {
            this.missingEvidence = values.missingEvidence;
        }
    }
}
