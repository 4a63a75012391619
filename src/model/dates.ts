/** Calendar dates as the language writes them: `"YYYY-MM-DD"` strings, no time zone. Shared by the language (checks, hovers, quick fixes) and the review report. */
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

/** The number of days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
    const day = (date: CalendarDate) => Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
    return Math.round(day(to) - day(from));
}

const monthNames: Record<string, number> = {
    jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mrt: 3, maart: 3, mar: 3, march: 3,
    apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, augustus: 8, august: 8,
    sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/**
 * The ISO form of a date written another way, when it is a real date: `15-01-2027`,
 * `15/1/2027`, `15.01.2027` (day first, as in Dutch; month first only when the day cannot be a
 * month), `2027-1-5`, `15 januari 2027`, `15 jan. 2027`, `January 15, 2027`.
 */
export function suggestIsoDate(text: string): string | undefined {
    const trimmed = text.trim().toLowerCase();
    const tryDate = (year: number, month: number, day: number) => {
        const iso = formatIsoDate({ year, month, day });
        return parseIsoDate(iso) ? iso : undefined;
    };
    let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(trimmed);
    if (match) return tryDate(Number(match[1]), Number(match[2]), Number(match[3]));
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
    if (match) {
        const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
        return second > 12 && first <= 12 ? tryDate(year, first, second) : tryDate(year, second, first);
    }
    match = /^(\d{1,2})\.?\s+([a-z]+)\.?,?\s+(\d{4})$/.exec(trimmed);
    if (match && monthNames[match[2]]) return tryDate(Number(match[3]), monthNames[match[2]], Number(match[1]));
    match = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(trimmed);
    if (match && monthNames[match[1]]) return tryDate(Number(match[3]), monthNames[match[1]], Number(match[2]));
    return undefined;
}
