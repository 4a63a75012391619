/**
 * Text of a map inside the Markdown the server sends (hovers, completion documentation). A map may
 * come from anyone (a repository opened in Restricted Mode): an image in a persona's description
 * would load a remote address when a colleague hovers it, a link or HTML would show as something it
 * is not. Rendered, the escaped text reads as written and makes no element.
 *
 * White space, line breaks included, becomes single spaces: the text is one line, so no block
 * (heading, list, quote, code, table) can start inside it, and what could start one at its
 * beginning is escaped. Inline markup is escaped wherever it is: backslash, code, emphasis and
 * strikethrough, links and images, HTML, character references and autolinks. Only characters
 * that can make markup are escaped (CommonMark: a backslash before ASCII punctuation stands for the
 * character), because some editors (Neovim) show the backslashes: `don't`, `price-quality` and
 * `Note: 5.` stay as they are.
 */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/[\t\n\v\f\r ]+/g, ' ')
        .replace(/[\\`*_~[\]<|@]|&(?=#?[0-9A-Za-z]+;)|:(?=\/\/)|(?<=\bwww)\./gi, '\\$&')
        .replace(/^( ?)([-+=>]|#(?=#{0,5}(?: |$)))/, '$1\\$2')
        .replace(/^( ?\d{1,9})([.)])/, '$1\\$2');
}

/**
 * A name or file name as inline code (`thierry`): nothing in a code span is markup. A text that
 * holds a backtick or a line break, which would end or break the span, is escaped instead.
 */
export function markdownCode(text: string): string {
    return text === '' || /[`\r\n]/.test(text) ? escapeMarkdown(text) : `\`${text}\``;
}
