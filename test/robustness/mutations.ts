// Random edits of a text, as a fast-check arbitrary: what a person typing (or a broken tool)
// does to a `.journey` file. Positions are fractions 0..1 of the text (or of its lines), so any
// edit applies to any text, and edits shrink towards the start of the text.
import fc from 'fast-check';

/** A position in a text or in its lines, as a fraction 0..1 (1 is clamped to the last place). */
export type Fraction = number;

export type Edit =
    | { kind: 'deleteLines'; at: Fraction; count: number }
    | { kind: 'duplicateLine'; at: Fraction }
    | { kind: 'swapLines'; a: Fraction; b: Fraction }
    | { kind: 'truncate'; at: Fraction }
    | { kind: 'deleteChars'; at: Fraction; count: number }
    | { kind: 'duplicateChars'; at: Fraction; count: number; times: number }
    | { kind: 'swapChars'; a: Fraction; b: Fraction }
    | { kind: 'insertChars'; at: Fraction; text: string }
    | { kind: 'insertUnicode'; at: Fraction; text: string }
    | { kind: 'insertUnbalanced'; at: Fraction; text: string }
    | { kind: 'insertKeyword'; at: Fraction; keyword: string }
    | { kind: 'insertReference'; at: Fraction; prefix: string; pick: Fraction }
    | { kind: 'insertLayout'; at: Fraction; text: string };

/** Every keyword of the grammar (src/language/journey.langium), and the punctuation it uses. */
export const keywords: readonly string[] = [
    'persona', 'channel', 'journey', 'stage', 'touchpoint', 'action', 'improves', 'state', 'scenario', 'owner',
    'reviewed', 'description', 'goal', 'need', 'frustration', 'quote', 'icon', 'thought', 'emotion', 'pain',
    'opportunity', 'backstage', 'support', 'evidence', 'metric', 'severity', 'impact', 'effort', 'due', 'addresses',
    'status', 'current', 'future', 'low', 'medium', 'high', 'open', 'doing', 'done', 'web', 'app', 'mail', 'phone',
    'chat', 'social', 'search', 'ad', 'video', 'store', 'print', 'person', 'other', '%', ',',
    // Version 2
    'type', 'language', 'review', 'every', 'months', 'month', 'time', 'frontstage', 'prop', 'link',
    'customer-journey', 'day-in-the-life', 'service-blueprint', 'nl', 'en',
];

/** Keywords before a reference, so an inserted name is sometimes a (dangling, cyclic, duplicate) link. */
const referencePrefixes: readonly string[] = [
    '', 'persona ', 'channel ', 'improves ', 'addresses ', 'journey ', 'stage ', 'touchpoint ', 'pain ', 'action ',
];

/** Text that unbalances braces, quotes and comments, or gives odd numbers. */
const unbalanced: readonly string[] = [
    '{', '}', '"', '{{', '}}', '"{', '}"', '""', '"unterminated', '\\', '\\"', '/*', '*/', '//', '/* {', '} */',
    '-', '+', '.', '0', '-3', '+7', '999999999999999999999999', '1.5', '-0.0000001', '1e9', 'NaN', '%%', '1,5', '2,', ',5',
    'persona', 'journey x "', 'stage s "S" {', 'touchpoint t "T" {', '{ }', '" "',
];

/** Characters that break naive text handling: controls, BOM, RTL marks, combining marks, astral, line separators. */
const specialUnicode: readonly string[] = [
    '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\t', '\r', '\r\n', '\n\n', '\f', '\v', '\u0085', '\u00a0',
    '\u2028', '\u2029', '\ufeff', '\u200b', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069',
    '\u0301', '\u0301\u0301\u0301', 'e\u0301', 'Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334', '\u20dd',
    'שלום', 'مرحبا', '\u0627\u0644\u0639\u0631\u0628\u064a\u0629 abc', 'ﷺ', '日本語', '한국어', 'ẞ', 'İ', 'ŉ', 'ﬃ',
    '\u{1F600}', '\u{1F469}\u200d\u{1F469}\u200d\u{1F467}', '\u{1F1F3}\u{1F1F1}', '\u{1F44D}\u{1F3FD}', '\u{10FFFF}',
    '\u{1D54F}', '\u{20000}', '\ufffd', '\ufffe', '\uffff',
    // Lone surrogates: not valid UTF-16, but a string can hold them (JSON over LSP can deliver them).
    '\ud800', '\udfff', '\ud83d', '\ude00x', 'a\udc00b',
    '<', '>', '&', "'", '`', '${x}', '<script>', ']]>', '&amp;', '-->', '\\u0000',
    // The language's escapes of control characters (NUL, backspace, form feed, vertical tab), and
    // a colour code as a terminal prints it: inside a string they reach the exports.
    '\\0', '\\b', '\\f', '\\v', '\u001b[31m', 'x ]]> y',
];

/**
 * Millionths, spread evenly over 0..1 (fast-check's `double` spreads over the binary exponents, so
 * nearly every position would be within 1e-10 of the start). Every place of a text of up to a
 * million characters is reachable; shrinking moves towards the start.
 */
const fraction: fc.Arbitrary<Fraction> = fc.integer({ min: 0, max: 1_000_000 }).map(n => n / 1_000_000);

const unicodeText: fc.Arbitrary<string> = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...specialUnicode) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...specialUnicode), minLength: 2, maxLength: 5 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map(c => String.fromCharCode(c)), minLength: 1, maxLength: 3 }) },
);

/** Plain typing: letters, digits, spaces and the language's punctuation. */
const typedText: fc.Arbitrary<string> = fc.string({
    unit: fc.constantFrom(...'abcxyz_ABZ019 {}",%\n\t-+./*\\'.split('')),
    minLength: 1,
    maxLength: 12,
});

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({ kind: fc.constant('deleteLines' as const), at: fraction, count: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ kind: fc.constant('duplicateLine' as const), at: fraction }),
    fc.record({ kind: fc.constant('swapLines' as const), a: fraction, b: fraction }),
    fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
    fc.record({ kind: fc.constant('deleteChars' as const), at: fraction, count: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ kind: fc.constant('duplicateChars' as const), at: fraction, count: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ kind: fc.constant('swapChars' as const), a: fraction, b: fraction }),
    fc.record({ kind: fc.constant('insertChars' as const), at: fraction, text: typedText }),
    fc.record({ kind: fc.constant('insertUnicode' as const), at: fraction, text: unicodeText }),
    fc.record({ kind: fc.constant('insertUnbalanced' as const), at: fraction, text: fc.constantFrom(...unbalanced) }),
    fc.record({ kind: fc.constant('insertKeyword' as const), at: fraction, keyword: fc.constantFrom(...keywords) }),
    fc.record({ kind: fc.constant('insertReference' as const), at: fraction, prefix: fc.constantFrom(...referencePrefixes), pick: fraction }),
);

export const editsArb: fc.Arbitrary<Edit[]> = fc.array(editArb, { minLength: 1, maxLength: 8 });

/**
 * What only moves tokens apart or together: white space and comments with every kind of line break
 * (LF, CR, CRLF, and the separators a lexer's `\s` takes), put into white space between tokens,
 * so the text still parses as before and a formatter has work to do.
 */
const layoutPieces: readonly string[] = [
    ' ', '\t', '\n', '\r', '\r\n', '\n\n', '\r\r', '\r\n\r\n', '\n \n', '\u2028', '\u00a0', '\ufeff', '\f', '\v',
    '// note\n', '// note\r', '// note\r\n', '//\r', '// a "quote" {\n', '/* c */', '/*\r*/', '/* a\n b */', '/* a\r b */', '/** doc */',
];

export const layoutEditArb: fc.Arbitrary<Edit> = fc.record({
    kind: fc.constant('insertLayout' as const),
    at: fraction,
    text: fc.array(fc.constantFrom(...layoutPieces), { minLength: 1, maxLength: 4 }).map(pieces => pieces.join('')),
});

/** The index a fraction points at among `length` places (0 when there are none). */
function indexOf(at: Fraction, length: number): number {
    if (length <= 0 || !Number.isFinite(at)) { return 0; }
    return Math.min(length - 1, Math.max(0, Math.floor(at * length)));
}

/** A gap between characters: 0..length inclusive. */
function gapOf(at: Fraction, length: number): number {
    if (!Number.isFinite(at)) { return 0; }
    return Math.min(length, Math.max(0, Math.round(at * length)));
}

function insertAt(text: string, at: Fraction, insertion: string): string {
    const gap = gapOf(at, text.length);
    return text.slice(0, gap) + insertion + text.slice(gap);
}

/** The names in a text (identifier-like words outside strings), in order of appearance, without repeats. */
export function namesIn(text: string): string[] {
    const names = new Set<string>();
    for (const match of text.matchAll(/"(?:\\[^\r\n]|[^"\\\r\n])*"|[_a-zA-Z][_a-zA-Z0-9]*/g)) {
        if (!match[0].startsWith('"') && !keywords.includes(match[0])) { names.add(match[0]); }
    }
    return [...names];
}

export function applyEdit(text: string, edit: Edit): string {
    switch (edit.kind) {
        case 'deleteLines': {
            const lines = text.split('\n');
            const start = indexOf(edit.at, lines.length);
            lines.splice(start, edit.count);
            return lines.join('\n');
        }
        case 'duplicateLine': {
            const lines = text.split('\n');
            const index = indexOf(edit.at, lines.length);
            lines.splice(index, 0, lines[index] ?? '');
            return lines.join('\n');
        }
        case 'swapLines': {
            const lines = text.split('\n');
            const a = indexOf(edit.a, lines.length);
            const b = indexOf(edit.b, lines.length);
            [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
            return lines.join('\n');
        }
        case 'truncate':
            return text.slice(0, gapOf(edit.at, text.length));
        case 'deleteChars': {
            const start = indexOf(edit.at, text.length);
            return text.slice(0, start) + text.slice(start + edit.count);
        }
        case 'duplicateChars': {
            const start = indexOf(edit.at, text.length);
            const piece = text.slice(start, start + edit.count);
            return text.slice(0, start) + piece.repeat(edit.times + 1) + text.slice(start + edit.count);
        }
        case 'swapChars': {
            if (text.length === 0) { return text; }
            const [a, b] = [indexOf(edit.a, text.length), indexOf(edit.b, text.length)].sort((x, y) => x - y) as [number, number];
            if (a === b) { return text; }
            return text.slice(0, a) + text[b] + text.slice(a + 1, b) + text[a] + text.slice(b + 1);
        }
        case 'insertChars':
        case 'insertUnicode':
        case 'insertUnbalanced':
            return insertAt(text, edit.at, edit.text);
        case 'insertKeyword':
            return insertAt(text, edit.at, ` ${edit.keyword} `);
        case 'insertReference': {
            const names = namesIn(text);
            const name = names.length === 0 ? 'missing_name' : names[indexOf(edit.pick, names.length)]!;
            return insertAt(text, edit.at, ` ${edit.prefix}${name} `);
        }
        case 'insertLayout': {
            // Into white space between tokens (not in a string or comment): the gap after the chosen white space character.
            const spaces = [...text.matchAll(/"(?:\\[^\r\n]|[^"\\\r\n])*"|\/\/[^\r\n]*|\/\*[\s\S]*?\*\/|(\s)/g)]
                .filter(match => match[1] !== undefined).map(match => match.index + 1);
            const gap = spaces.length === 0 ? text.length : spaces[indexOf(edit.at, spaces.length)]!;
            return text.slice(0, gap) + edit.text + text.slice(gap);
        }
    }
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
    return edits.reduce(applyEdit, text);
}

/** One line a person can read, with every value needed to redo the edit. */
export function describeEdit(edit: Edit): string {
    switch (edit.kind) {
        case 'deleteLines': return `delete ${edit.count} line(s) at ${edit.at}`;
        case 'duplicateLine': return `duplicate line at ${edit.at}`;
        case 'swapLines': return `swap lines at ${edit.a} and ${edit.b}`;
        case 'truncate': return `truncate at ${edit.at}`;
        case 'deleteChars': return `delete ${edit.count} char(s) at ${edit.at}`;
        case 'duplicateChars': return `repeat ${edit.count} char(s) at ${edit.at} ${edit.times} more time(s)`;
        case 'swapChars': return `swap chars at ${edit.a} and ${edit.b}`;
        case 'insertChars': return `insert ${JSON.stringify(edit.text)} at ${edit.at}`;
        case 'insertUnicode': return `insert unicode ${escapeAll(edit.text)} at ${edit.at}`;
        case 'insertUnbalanced': return `insert unbalanced ${JSON.stringify(edit.text)} at ${edit.at}`;
        case 'insertKeyword': return `insert keyword ${JSON.stringify(edit.keyword)} at ${edit.at}`;
        case 'insertReference': return `insert reference ${JSON.stringify(edit.prefix + '<name ' + edit.pick + '>')} at ${edit.at}`;
        case 'insertLayout': return `insert layout ${escapeAll(edit.text)} into white space at ${edit.at}`;
    }
}

/** A string with every non-ASCII or control code unit as `\uXXXX`, so lone surrogates and marks are visible. */
export function escapeAll(text: string): string {
    let out = '"';
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const ch = text[i]!;
        out += code < 0x20 || code > 0x7e || ch === '"' || ch === '\\' ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
    }
    return out + '"';
}

/**
 * A text as it can be shown in a test report: line breaks and tabs kept, and every character a
 * terminal would hide or reorder (controls, lone surrogates, combining and bidirectional marks,
 * zero-width characters, line separators) written as `\u{...}`. Backslashes are left as they
 * are, so a literal `\u{` in the text would read the same as an escape.
 */
export function visibleText(text: string): string {
    let out = '';
    for (const ch of text) {
        const code = ch.codePointAt(0)!;
        const hidden = (code < 0x20 && ch !== '\n' && ch !== '\t') || (code >= 0x7f && code <= 0x9f)
            || (code >= 0xd800 && code <= 0xdfff) || /\p{M}|\p{Cf}|\p{Zl}|\p{Zp}|\p{Co}|\p{Cn}/u.test(ch);
        out += hidden ? `\\u{${code.toString(16)}}` : ch;
    }
    return out;
}
