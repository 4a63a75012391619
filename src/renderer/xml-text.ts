/**
 * What makes the exports well-formed XML whatever the map says: its text without the characters
 * XML forbids (`withPlainText`), and Preact's markup as XML (`wellFormed`).
 */
import { plainText } from '../model/plain-text.js';

/**
 * `value` (a map model, or any part of one) with every string made plain. Nothing is copied when
 * nothing changes, so a map of ordinary text costs one pass and is the same object after.
 */
export function withPlainText<T>(value: T): T {
    if (typeof value === 'string') {
        return plainText(value) as T;
    }
    if (typeof value !== 'object' || value === null) {
        return value;
    }
    if (Array.isArray(value)) {
        let copy: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
            const item: unknown = value[i];
            const plain = withPlainText(item);
            if (plain !== item) (copy ??= value.slice())[i] = plain;
        }
        return (copy ?? value) as T;
    }
    const record = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const key in record) {
        const item = record[key];
        const plain = withPlainText(item);
        if (plain !== item) (copy ??= { ...record })[key] = plain;
    }
    return (copy ?? value) as T;
}

/**
 * Preact's string rendering as well-formed XML. It escapes `<`, `&` and `"` (in text too), and
 * leaves two things an XML parser refuses: `]]>` in text (it ends a CDATA section), written here
 * `]]&gt;`; and an attribute whose value is empty, which it writes bare as HTML allows
 * (`aria-label` for a map without a title), written here `aria-label=""`.
 */
export function wellFormed(markup: string): string {
    return withAttributeValues(markup.includes(']]>') ? markup.replaceAll(']]>', ']]&gt;') : markup);
}

/**
 * Gives every bare attribute an empty value. A scan of the start tags rather than a regular
 * expression: the values are skipped whole, so no word of a value is taken for a name, and a map
 * of thousands of touchpoints (tens of MB) takes a fraction of its render time. Preact's markup
 * has a raw `<` only where a tag starts, and a raw `"` only around a value.
 */
function withAttributeValues(markup: string): string {
    const parts: string[] = [];
    let copied = 0;
    const end = markup.length;
    for (let at = markup.indexOf('<'); at >= 0; at = markup.indexOf('<', at + 1)) {
        if (!isLetter(markup.charCodeAt(at + 1))) continue; // an end tag, `<?xml`, `<!DOCTYPE`
        let i = at + 1;
        while (i < end && !endsName(markup.charCodeAt(i))) i++;
        for (;;) {
            while (isSpace(markup.charCodeAt(i))) i++;
            const c = markup.charCodeAt(i);
            if (i >= end || c === gt || c === slash) break;
            while (i < end && !endsName(markup.charCodeAt(i))) i++;
            if (markup.charCodeAt(i) === equals && markup.charCodeAt(i + 1) === quote) {
                const close = markup.indexOf('"', i + 2);
                if (close < 0) return markup; // not Preact's markup: leave it as it is
                i = close + 1;
            } else {
                parts.push(markup.slice(copied, i), '=""');
                copied = i;
            }
        }
        at = i;
    }
    return copied === 0 ? markup : parts.join('') + markup.slice(copied);
}

const [gt, slash, equals, quote] = ['>', '/', '=', '"'].map(c => c.charCodeAt(0));

function isLetter(code: number): boolean {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpace(code: number): boolean {
    return code === 32 || code === 9 || code === 10 || code === 13;
}

function endsName(code: number): boolean {
    return isSpace(code) || code === equals || code === gt || code === slash;
}
