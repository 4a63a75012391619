/**
 * The emotion scale (-2..+2), its words and how emotions and their changes are written, for every
 * part that shows one: hover, completion, the drawing, the Mermaid export.
 */

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

export const emotionMeaning: Readonly<Record<string, string>> = {
    '-2': 'very negative',
    '-1': 'negative',
    '0': 'neutral',
    '1': 'positive',
    '2': 'very positive',
};

/** Every value of the scale, from the most negative up. */
export const emotionScale: readonly number[] = Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, i) => EMOTION_MIN + i);

export function isEmotionOnScale(value: number): boolean {
    return Number.isInteger(value) && value >= EMOTION_MIN && value <= EMOTION_MAX;
}

export function clampEmotion(value: number): number {
    return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, value));
}

/** The mean of the emotions that are there (a stage's emotion, spec), undefined when none is. */
export function meanEmotion(items: readonly { emotion?: number }[]): number | undefined {
    const values = items.flatMap(item => item.emotion === undefined ? [] : [item.emotion]);
    return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/** "+1.5", "−2", "±0": signed, at most two decimals, with a real minus sign. */
export function signed(value: number): string {
    const rounded = Math.round(value * 100) / 100;
    if (rounded === 0) return '±0';
    const text = String(Math.abs(rounded));
    return rounded > 0 ? `+${text}` : `−${text}`;
}

/** "+1", "-2", "0": an emotion as a `.journey` file writes it. */
export function emotionSource(value: number): string {
    return value > 0 ? `+${value}` : String(value);
}

/** "▲ +2", "▼ −1", "= ±0": a change, with its direction. */
export function deltaText(delta: number): string {
    const rounded = Math.round(delta * 100) / 100;
    return `${rounded > 0 ? '▲' : rounded < 0 ? '▼' : '='} ${signed(rounded)}`;
}

/** Per persona, the mean of the emotions the items give it; undefined when no item gives any. */
export function meanEmotionPerPersona(items: readonly { emotions?: Readonly<Record<string, number>> }[]): Record<string, number> | undefined {
    const sums = new Map<string, { sum: number; count: number }>();
    for (const item of items) {
        for (const [persona, value] of Object.entries(item.emotions ?? {})) {
            const entry = sums.get(persona) ?? { sum: 0, count: 0 };
            entry.sum += value;
            entry.count++;
            sums.set(persona, entry);
        }
    }
    if (sums.size === 0) return undefined;
    return Object.fromEntries([...sums].map(([persona, { sum, count }]) => [persona, sum / count]));
}

/** Per persona that has a value on both sides: after minus before; undefined when there is none. */
export function emotionDeltasPerPersona(
    before: Readonly<Record<string, number>> | undefined, after: Readonly<Record<string, number>> | undefined,
): Record<string, number> | undefined {
    if (!before || !after) return undefined;
    const deltas = Object.entries(after).flatMap(([persona, value]) =>
        Object.hasOwn(before, persona) ? [[persona, value - before[persona]] as const] : []);
    return deltas.length === 0 ? undefined : Object.fromEntries(deltas);
}
