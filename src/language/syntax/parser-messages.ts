import { LangiumParserErrorMessageProvider } from 'langium';
import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { Messages } from '../i18n/en.js';
import type { Localization } from '../i18n/localization.js';

/**
 * What the parser expected where it met a token it could not use, kept per token: Chevrotain
 * puts its expectations only into an English message, which the document validator replaces by
 * one written for the reader (see describe-syntax-error.ts).
 */
export class SyntaxExpectations {
    private readonly expected = new WeakMap<IToken, readonly string[]>();

    set(token: IToken, names: readonly string[]): void {
        this.expected.set(token, names);
    }

    /** Token type names: keywords by their text (`}`, `stage`), terminals by name (`STRING`, `ID`). */
    get(token: IToken): readonly string[] {
        return this.expected.get(token) ?? [];
    }
}

/** Records each expectation, and words the fallback message plainly (the document validator words it better). */
export class JourneyParserErrorMessageProvider extends LangiumParserErrorMessageProvider implements IParserErrorMessageProvider {
    constructor(private readonly expectations: SyntaxExpectations) {
        super();
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        this.expectations.set(options.actual, [options.expected.name]);
        return super.buildMismatchTokenMessage(options);
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        this.record(options.actual[0], options.expectedPathsPerAlt);
        return super.buildNoViableAltMessage(options);
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        this.record(options.actual[0], [options.expectedIterationPaths]);
        return super.buildEarlyExitMessage(options);
    }

    private record(token: IToken | undefined, paths: TokenType[][][]): void {
        if (token) {
            this.expectations.set(token, [...new Set(paths.flatMap(alternative => alternative.flatMap(path => path[0] ? [path[0].name] : [])))]);
        }
    }
}

/** Says which character cannot stand in the text and why, instead of "unexpected character: ->ë<-". */
export class JourneyLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    constructor(private readonly localization: Localization) {}

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, _length: number, _line?: number, _column?: number): string {
        return describeUnexpectedCharacter(fullText, startOffset, this.localization.messages.syntax);
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return this.localization.messages.syntax.characterInName(token.image);
    }
}

function lineEnd(text: string, offset: number): number {
    const end = text.indexOf('\n', offset);
    return end < 0 ? text.length : end;
}

export function describeUnexpectedCharacter(text: string, offset: number, syntaxMessages: Messages['syntax']): string {
    const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
    const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
    if (char === '"') {
        // A quote that ends its line after a word is the closing one: the opening one is missing.
        const after = text.slice(offset + 1, lineEnd(text, offset));
        return /[\p{L}\p{N}.!?)]\s*$/u.test(before) && /^\s*(\}\s*)*(\/\/.*)?$/.test(after)
            ? syntaxMessages.openingQuoteMissing()
            : syntaxMessages.unclosedString();
    }
    if ('“”„‟″«»'.includes(char)) return syntaxMessages.typographicQuote();
    if ('\'‘’‚‛`'.includes(char)) return syntaxMessages.singleQuote();
    if (char === ':' && /\btime\s+\d+$/.test(before)) return syntaxMessages.timeWithoutQuotes();
    if (char === ':' && /\blink\s+\w+$/.test(before)) return syntaxMessages.linkWithoutQuotes();
    if ((char === '-' || char === '–') && /[\p{L}\p{N}_]$/u.test(before)) return syntaxMessages.hyphenInName();
    if (/[\p{Cc}\p{Cf}\p{Z}]/u.test(char)) return syntaxMessages.invisibleCharacter(char);
    return syntaxMessages.characterInName(char);
}

