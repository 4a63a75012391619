/**
 * Well-formedness checks of the exports. saxes is a conforming XML 1.0 parser: unlike the DOM and
 * validator libraries we tried, it refuses every character XML forbids and `]]>` in text, which
 * is what a browser's XML parser refuses in an SVG file.
 */
import { SaxesParser } from 'saxes';

/** The first well-formedness error of `markup` (`line:col: message`), or undefined when it is well-formed XML with namespaces. */
export function xmlError(markup: string): string | undefined {
    // Without positions the parse is about three times faster; an error is parsed again for its line and column.
    return firstError(markup, false) === undefined ? undefined : firstError(markup, true);
}

function firstError(markup: string, position: boolean): string | undefined {
    const parser = new SaxesParser({ xmlns: true, position });
    let first: string | undefined;
    parser.on('error', error => { first ??= error.message; });
    parser.write(markup).close();
    return first;
}

/** The text content of an XML document, for checking what a reader of the file sees. */
export function xmlTextContent(markup: string): string {
    const parser = new SaxesParser({ xmlns: true });
    const parts: string[] = [];
    parser.on('text', text => parts.push(text));
    parser.on('error', error => { throw error; });
    parser.write(markup).close();
    return parts.join('');
}

/** Characters XML forbids, and those HTML counts as errors (controls, noncharacters): none may be in an export. */
const forbidden = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;
/** A quicker first look without the `u` flag: any of those, or any surrogate (an astral character may be a noncharacter). */
const suspect = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]/;

/** The first character of `markup` no export may hold, with its offset, or undefined. */
export function forbiddenCharacter(markup: string): string | undefined {
    const match = suspect.test(markup) ? forbidden.exec(markup) : null;
    if (!match) return undefined;
    const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `U+${code} at offset ${match.index}: …${JSON.stringify(markup.slice(Math.max(0, match.index - 40), match.index + 10))}…`;
}
