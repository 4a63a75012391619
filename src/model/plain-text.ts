/**
 * A map's strings can hold characters no output should carry: control characters from the
 * language's escapes (`\0`, `\b`, `\f`, `\v`), a colour code pasted from a terminal, a Mermaid
 * entity such as `#8;`, a lone surrogate from an editor, the noncharacters U+FFFE and U+FFFF.
 * XML forbids them (a browser shows a parser error instead of an SVG file that holds one), HTML
 * counts them as errors, and the CLI refuses a file with a NUL byte as binary. `plainText` is the
 * text as every output writes it: the SVG and HTML exports, the Mermaid export, and the `.journey`
 * file the Mermaid import writes.
 */

/** Control characters (but tab, line feed and carriage return), lone surrogates and noncharacters. */
const unwanted = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;
const unwantedAll = new RegExp(unwanted.source, 'gu');
/** The same without the `u` flag, and any surrogate: a quicker first look (most text has none of these). */
const maybeUnwanted = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]/;
/** A terminal's control sequence (ESC [ … final byte), such as the colour code `ESC[31m`: dropped whole. */
const terminalSequence = /\u001b\[[0-?]*[ -/]*[@-~]/g;
/** Controls that separate words: a space keeps the words apart. */
const spacing = new Set(['\v', '\f', '\u0085']);

export function plainText(text: string): string {
    if (!hasUnplainCharacters(text)) return text;
    return text.replace(terminalSequence, '').replace(unwantedAll, ch => {
        if (spacing.has(ch)) return ' ';
        // A lone surrogate is what a UTF-8 encoder writes as U+FFFD anyway: say so in the text.
        return ch.length === 1 && ch >= '\ud800' && ch <= '\udfff' ? '\ufffd' : '';
    });
}

/** Whether `text` holds a character `plainText` removes or replaces. */
export function hasUnplainCharacters(text: string): boolean {
    return maybeUnwanted.test(text) && unwanted.test(text);
}
