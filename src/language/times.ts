/** Times of day as the language writes them (version 2): `"07:30"` or a range `"07:30-09:00"`, 24 hours. */

const time = '([01]\\d|2[0-3]):([0-5]\\d)';
const timeOrRange = new RegExp(`^${time}(?:-${time})?$`);

/** Whether `text` is `HH:MM` or `HH:MM-HH:MM` on a 24-hour clock. A range may run past midnight (`22:30-01:00`). */
export function isTimeOfDay(text: string): boolean {
    return timeOrRange.test(text);
}

const loose = /^\s*(\d{1,2})(?:[:.hu](\d{2}))?\s*(?:(?:-|–|tot|to)\s*(\d{1,2})(?:[:.hu](\d{2}))?\s*)?$/i;

/** The written form of a time written another way (`7:30`, `7.30`, `7u30`, `07:30 - 09:00`), when it is one. */
export function suggestTimeOfDay(text: string): string | undefined {
    const match = loose.exec(text);
    if (!match) return undefined;
    const part = (hours: string, minutes: string | undefined) => {
        const h = Number(hours);
        const m = Number(minutes ?? '0');
        return h <= 23 && m <= 59 ? `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` : undefined;
    };
    const start = part(match[1], match[2]);
    const end = match[3] === undefined ? '' : part(match[3], match[4]);
    if (!start || end === undefined) return undefined;
    const suggestion = end ? `${start}-${end}` : start;
    return suggestion !== text && isTimeOfDay(suggestion) ? suggestion : undefined;
}
