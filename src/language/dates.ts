/** Calendar dates as the language writes them: `"YYYY-MM-DD"` strings, no time zone. */
export interface CalendarDate {
    readonly year: number;
    readonly month: number;
    readonly day: number;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a real date in `YYYY-MM-DD` form (2026-02-30 is not one); undefined otherwise. */
export function parseIsoDate(text: string): CalendarDate | undefined {
    const match = isoDate.exec(text);
    if (!match) {
        return undefined;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return undefined;
    }
    return { year, month, day };
}

export function formatIsoDate(date: CalendarDate): string {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function todayLocal(now = new Date()): CalendarDate {
    return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
    return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The date `months` calendar months after `date`, clamped to the end of a shorter month. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
    const index = date.year * 12 + (date.month - 1) + months;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Whole calendar months from `from` to `to` (0 when `to` is less than a month later). */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
    let months = (to.year - from.year) * 12 + (to.month - from.month);
    if (months > 0 && compareDates(addMonths(from, months), to) > 0) {
        months--;
    }
    return Math.max(0, months);
}
