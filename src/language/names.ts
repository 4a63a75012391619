import { AstUtils, GrammarAST, GrammarUtils, type Grammar } from 'langium';

/** The grammar's rule for the names of personas, channels, journeys, stages... and the references to them. */
export const nameRule = 'Name';

/** Whether a text can be written as a name: `keyword` for a word of the language that the `Name` rule does not take. */
export type NameCheck = 'name' | 'keyword' | 'not-a-name';

/**
 * What the grammar takes as a name, read from its `Name` rule: the terminals it calls (`ID`) and
 * the keywords it allows (`web`, `high`, `current`...). Any other keyword of the grammar is lexed
 * as that keyword, never as a name. So this follows the grammar when the `ID` terminal or the
 * `Name` rule changes.
 */
export class NameSyntax {
    private readonly terminals: RegExp[] = [];
    private readonly allowedKeywords = new Set<string>();
    private readonly keywords: Set<string>;

    constructor(grammar: Grammar) {
        this.keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
        const rule = grammar.rules.find(candidate => GrammarAST.isParserRule(candidate) && candidate.name === nameRule);
        if (!rule) {
            throw new Error(`the grammar has no '${nameRule}' rule`);
        }
        this.collect(rule, new Set());
    }

    check(text: string): NameCheck {
        if (this.allowedKeywords.has(text)) return 'name';
        if (this.keywords.has(text)) return 'keyword';
        return this.terminals.some(terminal => terminal.test(text)) ? 'name' : 'not-a-name';
    }

    /** The keywords and terminals a rule accepts, following the data type rules it calls (`Level`, `IconKind`...). */
    private collect(rule: GrammarAST.AbstractRule, seen: Set<GrammarAST.AbstractRule>): void {
        if (seen.has(rule)) return;
        seen.add(rule);
        if (GrammarAST.isTerminalRule(rule)) {
            const regex = GrammarUtils.terminalRegex(rule);
            this.terminals.push(new RegExp(`^(?:${regex.source})$`, regex.flags.replace(/[gy]/g, '')));
            return;
        }
        for (const element of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isKeyword(element)) {
                this.allowedKeywords.add(element.value);
            } else if (GrammarAST.isRuleCall(element) && element.rule.ref) {
                this.collect(element.rule.ref, seen);
            }
        }
    }
}
