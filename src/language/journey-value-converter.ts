import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

const escapes: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', 0: '\0' };

/**
 * Numbers with a decimal comma (`1,1`, as Dutch writers write it) are the same numbers as with a point.
 *
 * A quoted text's value is the text between the quotes, with its escapes resolved, as Langium's
 * converter gives it. Langium builds it one character at a time: in V8 that leaves a chain of
 * string pieces per text (one per character past the 13th), which the document keeps (62,000 such
 * pieces, 1.9 MiB, for a map of 1,000 touchpoints). Here it is one slice of the document's text.
 */
export class JourneyValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') return parseNumber(input);
        if (rule.name === 'STRING') return unquote(input);
        return super.runConverter(rule, input, cstNode);
    }
}

/** `-2`, `+1`, `2.5`, `1,1`: the number a NUMBER token writes. */
export function parseNumber(text: string): number {
    return Number(text.replace(',', '.'));
}

/** The value of a STRING token: between the quotes, escapes resolved as Langium resolves them. */
export function unquote(input: string): string {
    const inner = input.slice(1, -1);
    return inner.includes('\\') ? inner.replace(/\\([\s\S])/g, (_, c: string) => escapes[c] ?? c) : inner;
}
