/**
 * Text measurement without a browser: SVG text does not wrap, so lines are broken here from an
 * estimate of each character's width (in em). The figures are those of DejaVu Sans, the widest of
 * the common UI sans-serifs (what `system-ui` gives on many Linux systems); with Segoe UI, Arial or
 * Helvetica the text is a little narrower, so it always stays inside its cell.
 */

/** Bold text is about this much wider than regular text. */
export const boldFactor = 1.14;

const narrow = new Set(Array.from(`ijlI|!.,:;'\``));
const semiNarrow = new Set(Array.from('frt()[]{}/\\-"*°'));
const wideLower = new Set(Array.from('mw'));
const wideUpper = new Set(Array.from('MW@%&—'));
/** Maths symbols: wide in DejaVu Sans. */
const symbols = new Set(Array.from('<>=+~^±×÷'));

/** Estimated width of one character, in em. */
export function charWidth(ch: string): number {
    if (ch === ' ') return 0.32;
    if (narrow.has(ch)) return 0.29;
    if (semiNarrow.has(ch)) return 0.4;
    if (wideLower.has(ch)) return 0.92;
    if (wideUpper.has(ch)) return 0.98;
    if (symbols.has(ch)) return 0.86;
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x30 && code <= 0x39) return 0.63;
    if (code >= 0x41 && code <= 0x5a) return 0.71;
    if (code >= 0x61 && code <= 0x7a) return 0.6;
    if (code >= 0x1100) return 1.0; // CJK, emoji and other wide glyphs
    if (code >= 0xc0 && code <= 0x24f) return ch === ch.toUpperCase() ? 0.71 : 0.6; // accented Latin
    return 0.6;
}

/** Room kept for kerning and rendering differences: estimates are this much wider than the sum of the glyphs. */
const safety = 1.04;

/** Estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
    return textEm(text) * fontSize * safety;
}

/**
 * The width of `text` in em, remembered: a big map measures the same few labels (an emotion's
 * words, a lane's name) thousands of times. Cleared wholesale when full.
 */
function textEm(text: string): number {
    let em = measured.get(text);
    if (em === undefined) {
        em = 0;
        for (const ch of text) em += charWidth(ch);
        if (measured.size >= measuredSize) measured.clear();
        measured.set(text, em);
    }
    return em;
}

const measuredSize = 100_000;
const measured = new Map<string, number>();

const ellipsis = '…';

/**
 * Breaks `text` into lines no wider than `maxWidth` pixels at `fontSize` (words stay whole unless
 * a single word is wider than a line). With `maxLines`, the rest is cut and the last line ends
 * with an ellipsis. Newlines in the text start a new line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Number.POSITIVE_INFINITY): string[] {
    // A copy: the caller may change its lines, the memory's stay as they were.
    return wrapShared(text, maxWidth, fontSize, maxLines).slice();
}

/** The lines of {@link wrapText} as remembered: not to be changed. */
function wrapShared(text: string, maxWidth: number, fontSize: number, maxLines: number): readonly string[] {
    // A redraw after an edit lays out the whole map again, but almost every text is unchanged:
    // remembering recent results makes re-layout of a big map several times cheaper. Looked up by
    // the numbers and then the text, not by one key string: writing the numbers (a font size
    // such as 14.82) into a key on every call cost more than the wrapping it saved.
    const byText = wrapCache(fontSize, maxWidth, maxLines);
    const known = byText.get(text);
    if (known) return known;
    const lines = wrapUncached(text, maxWidth, fontSize, maxLines);
    if (wrappedCount >= wrapCacheSize) {
        wrapped.clear();
        wrappedCount = 0;
    }
    wrapCache(fontSize, maxWidth, maxLines).set(text, lines);
    wrappedCount++;
    return lines;
}

/** Enough for every text of a 5,000-touchpoint comparison; cleared wholesale when full. */
const wrapCacheSize = 100_000;
/** Font size → width → line limit → text → lines. */
const wrapped = new Map<number, Map<number, Map<number, Map<string, readonly string[]>>>>();
let wrappedCount = 0;

function wrapCache(fontSize: number, maxWidth: number, maxLines: number): Map<string, readonly string[]> {
    let byWidth = wrapped.get(fontSize);
    if (!byWidth) wrapped.set(fontSize, byWidth = new Map());
    let byLimit = byWidth.get(maxWidth);
    if (!byLimit) byWidth.set(maxWidth, byLimit = new Map());
    let byText = byLimit.get(maxLines);
    if (!byText) byLimit.set(maxLines, byText = new Map());
    return byText;
}

function wrapUncached(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
    const limit = Math.max(maxWidth, fontSize);
    const spaceWidth = charWidth(' ') * fontSize * safety;
    const lines: string[] = [];
    let truncated = false;
    outer: for (const paragraph of text.split('\n')) {
        let line = '';
        let width = 0;
        for (const word of paragraph.split(/\s+/)) {
            if (word === '') continue;
            let wordWidth = textWidth(word, fontSize);
            if (line !== '' && width + spaceWidth + wordWidth <= limit) {
                line += ` ${word}`;
                width += spaceWidth + wordWidth;
                continue;
            }
            if (line !== '') {
                lines.push(line);
                if (lines.length >= maxLines) { truncated = true; break outer; }
            }
            // A word wider than the line is cut into pieces that fit.
            let rest = word;
            while (wordWidth > limit) {
                const [piece, remainder] = splitToWidth(rest, limit, fontSize);
                lines.push(piece);
                if (lines.length >= maxLines) { truncated = true; break outer; }
                rest = remainder;
                wordWidth = textWidth(rest, fontSize);
            }
            line = rest;
            width = wordWidth;
        }
        if (line !== '') {
            lines.push(line);
            if (lines.length >= maxLines) {
                truncated = truncated || paragraphHasMore(text, lines);
                break;
            }
        }
    }
    if (lines.length > maxLines) {
        lines.length = maxLines;
        truncated = true;
    }
    if (truncated && lines.length > 0) {
        lines[lines.length - 1] = withEllipsis(lines[lines.length - 1], limit, fontSize);
    }
    return lines;
}

/** Whether words remain after the lines taken so far (used when the last allowed line ends a paragraph). */
function paragraphHasMore(text: string, lines: readonly string[]): boolean {
    const taken = lines.join(' ').replace(/\s+/g, '').length;
    return text.replace(/\s+/g, '').length > taken;
}

function splitToWidth(word: string, limit: number, fontSize: number): [string, string] {
    const chars = Array.from(word);
    let width = 0;
    let index = 0;
    while (index < chars.length && width + charWidth(chars[index]) * fontSize * safety <= limit) {
        width += charWidth(chars[index]) * fontSize * safety;
        index++;
    }
    index = Math.max(1, index);
    return [chars.slice(0, index).join(''), chars.slice(index).join('')];
}

function withEllipsis(line: string, limit: number, fontSize: number): string {
    const chars = Array.from(line);
    const room = limit - charWidth(ellipsis) * fontSize * safety;
    while (chars.length > 0 && textWidth(chars.join(''), fontSize) > room) {
        chars.pop();
    }
    return `${chars.join('').trimEnd()}${ellipsis}`;
}

/** One line, cut with an ellipsis when it is wider than `maxWidth`. */
export function fitLine(text: string, maxWidth: number, fontSize: number): string {
    return wrapShared(text, maxWidth, fontSize, 1)[0] ?? '';
}
