import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/** Numbers with a decimal comma (`1,1`, as Dutch writers write it) are the same numbers as with a point. */
export class JourneyValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') {
            return parseNumber(input);
        }
        return super.runConverter(rule, input, cstNode);
    }
}

/** `-2`, `+1`, `2.5`, `1,1`: the number a NUMBER token writes. */
export function parseNumber(text: string): number {
    return Number(text.replace(',', '.'));
}
