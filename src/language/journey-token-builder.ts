import { DefaultTokenBuilder, GrammarAST, GrammarUtils } from 'langium';
import type { TokenType } from 'chevrotain';

/**
 * Names may use letters of any script (`oriëntatie`, `café`), so the ID terminal is a Unicode
 * regular expression. Langium hands such a terminal to Chevrotain as a pattern function, which
 * costs two things this builder gives back:
 * - the lexer's first-character optimisation, which needs to know every character a token may
 *   start with (`START_CHARS_HINT`: every letter, `_`, and the first halves of letters outside
 *   the Basic Multilingual Plane); without it every position tries every token;
 * - the keywords' "longer alternative": `review` in `review_vraag` or `reviews` must stay part of
 *   the name, which Langium only arranges for terminals given as plain regular expressions.
 */
export class JourneyTokenBuilder extends DefaultTokenBuilder {
    private readonly unicodeTerminals = new Map<TokenType, RegExp>();

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        const regex = GrammarUtils.terminalRegex(terminal);
        if (typeof token.PATTERN === 'function' && regex.flags.includes('u')) {
            this.unicodeTerminals.set(token, regex);
            token.START_CHARS_HINT = startCharacters(regex);
            // A name never spans lines: no need to look for line breaks inside it.
            token.LINE_BREAKS = regex.test('\n');
        }
        return token;
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const alternatives = super.findLongerAlt(keyword, terminalTokens);
        for (const [token, regex] of this.unicodeTerminals) {
            if (!alternatives.includes(token) && new RegExp(`^(?:${regex.source})$`, regex.flags).test(keyword.value)) {
                alternatives.push(token);
            }
        }
        return alternatives;
    }
}

/** Every UTF-16 code unit a match of `regex` may start with (the high surrogates stand for all characters beyond U+FFFF). */
function startCharacters(regex: RegExp): number[] {
    const single = new RegExp(`^(?:${regex.source})`, regex.flags);
    const codes: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        if (single.test(String.fromCharCode(code))) codes.push(code);
    }
    for (let code = 0xd800; code <= 0xdbff; code++) codes.push(code);
    return codes;
}
