import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';
import { namePattern, nameStartUnits } from './name-pattern.js';

/**
 * Names may use letters of any script (`oriëntatie`, `café`), so the grammar's ID terminal is a
 * Unicode regular expression (`[_\p{L}][_\p{L}\p{M}\p{Nd}]*` with the `u` flag). Chevrotain cannot
 * take the `u` flag (it drops it when it makes a pattern sticky), so Langium would hand the
 * terminal over as a pattern function, which costs the lexer its first-character optimisation and
 * slows every token, and keywords would no longer yield to a longer name (`review` in
 * `review_vraag`). This builder gives the lexer the same terminal as a plain regular expression
 * (name-pattern.ts: the classes as ranges of UTF-16 code units, written by scripts/name-pattern.mjs
 * and checked against the grammar by a test), which Chevrotain analyses like any other.
 */
export class JourneyTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'ID') {
            token.PATTERN = namePattern;
            // Given, so that the lexer need not analyse the long pattern: where a name may start, and
            // that it never spans lines.
            token.START_CHARS_HINT = startHint(nameStartUnits);
            token.LINE_BREAKS = false;
        }
        return token;
    }

    /**
     * A keyword made of name characters (`review`) must yield to a longer name (`review_vraag`): the
     * ID is its longer alternative. Langium finds that out by rewriting each terminal's regular
     * expression for partial matches, which is slow on the long name pattern; a keyword that is a
     * name itself is exactly such a prefix.
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const others = terminalTokens.filter(token => token.PATTERN !== namePattern);
        const alternatives = super.findLongerAlt(keyword, others);
        const id = terminalTokens.find(token => token.PATTERN === namePattern);
        return id && wholeName.test(keyword.value) ? [...alternatives, id] : alternatives;
    }
}

/**
 * Code units that stand for the ranges a name may start with. The lexer puts every code unit of
 * 256 and above into buckets (of 255 units in Chevrotain 11 to 13) and needs one code unit of each
 * bucket a range touches: below 256 every unit, above it each range's ends and a unit every 128,
 * which hits every bucket of 128 units or more, whatever its bounds.
 */
function startHint(ranges: ReadonlyArray<readonly [number, number]>): number[] {
    const hint: number[] = [];
    for (const [start, end] of ranges) {
        for (let unit = start; unit <= end; unit += unit < 256 ? 1 : 128) hint.push(unit);
        if (end >= 256) hint.push(end);
    }
    return hint;
}

const wholeName = new RegExp(`^(?:${namePattern.source})$`);
