import { addMonths, compareDates, daysBetween, type CalendarDate } from './dates.js';

/**
 * When a map's follow-up is late, in one place: the checks (`overdue-action`, `stale-review`) and
 * the workspace outline (the Journeys view) count the same way.
 */

/** Days an action is late on `today`: its due date has passed and it is not done; undefined otherwise. */
export function daysLate(due: CalendarDate | undefined, done: boolean, today: CalendarDate): number | undefined {
    if (!due || done) return undefined;
    const late = daysBetween(due, today);
    return late > 0 ? late : undefined;
}

/** The last day a map reviewed on `reviewed` is still current: `reviewed` plus its interval. */
export function reviewValidUntil(reviewed: CalendarDate, intervalMonths: number): CalendarDate {
    return addMonths(reviewed, intervalMonths);
}

/** Whether a map reviewed on `reviewed` is due for review on `today` (its interval has run out). */
export function isReviewDue(reviewed: CalendarDate, intervalMonths: number, today: CalendarDate): boolean {
    return compareDates(reviewValidUntil(reviewed, intervalMonths), today) < 0;
}
