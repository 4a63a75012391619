import { AstUtils, GrammarAST, GrammarUtils, type Grammar } from 'langium';

/** The blocks of the language, by the name of their grammar rule (`Model` is the top level of a file). */
export const blockRules = ['Model', 'Persona', 'Journey', 'Stage', 'Touchpoint', 'Action'] as const;
export type BlockRule = typeof blockRules[number];

export function isBlockRule(name: string | undefined): name is BlockRule {
    return (blockRules as readonly string[]).includes(name ?? '');
}

/**
 * What the grammar says about lines, for messages: the lines each block holds, in the grammar's
 * order (`review every` for a line that starts with two keywords), and every keyword of the
 * language. Read from the grammar itself, so a new line is in the messages as soon as it is in
 * the grammar.
 */
export class GrammarLines {
    /** The lines each block holds: the keyword(s) that start each. */
    readonly linesOf: ReadonlyMap<BlockRule, readonly string[]>;
    /** Every keyword that may start a line, with the blocks that hold it. */
    readonly blocksOf: ReadonlyMap<string, readonly BlockRule[]>;
    /** Every keyword of the language. */
    readonly keywords: ReadonlySet<string>;
    /** The values of the rules that are one keyword of a fixed set (`Level`: low, medium, high). */
    readonly valuesOf: ReadonlyMap<string, readonly string[]>;

    constructor(grammar: Grammar) {
        const linesOf = new Map<BlockRule, string[]>();
        const blocksOf = new Map<string, BlockRule[]>();
        for (const name of blockRules) {
            const rule = grammar.rules.find(r => r.name === name);
            const loop = rule && GrammarAST.isParserRule(rule) ? findLineLoop(rule.definition) : undefined;
            const lines = loop ? unique(alternativesOf(loop).filter(isLine).flatMap(leadingKeywords)) : [];
            linesOf.set(name, lines);
            for (const line of lines) {
                const first = line.split(' ')[0];
                blocksOf.set(first, [...(blocksOf.get(first) ?? []), name]);
            }
        }
        this.linesOf = linesOf;
        this.blocksOf = blocksOf;
        this.keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(k => k.value).toArray());
        const valuesOf = new Map<string, string[]>();
        for (const rule of grammar.rules) {
            if (GrammarAST.isParserRule(rule) && GrammarAST.isAlternatives(rule.definition) && rule.definition.elements.every(GrammarAST.isKeyword)) {
                valuesOf.set(rule.name, rule.definition.elements.map(keyword => (keyword as GrammarAST.Keyword).value));
            }
        }
        this.valuesOf = valuesOf;
    }

    /** The first keywords of the lines a block holds. */
    lineKeywordsOf(block: BlockRule): string[] {
        return (this.linesOf.get(block) ?? []).map(line => line.split(' ')[0]);
    }
}

/** The `( ... | ... )*` of a rule: its lines. */
function findLineLoop(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement | undefined {
    if (element.cardinality === '*' && (GrammarAST.isAlternatives(element) || GrammarAST.isAssignment(element))) {
        return element;
    }
    if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element)) {
        for (const child of element.elements) {
            const found = findLineLoop(child);
            if (found) return found;
        }
    }
    return undefined;
}

/** The alternatives that catch mistakes (unknown words, misplaced lines, stray braces) are no lines of the block. */
const mistakeFeatures = new Set(['unknowns', 'misplaced', 'strayBraces']);

function isLine(element: GrammarAST.AbstractElement): boolean {
    return !(GrammarAST.isAssignment(element) && mistakeFeatures.has(element.feature));
}

function alternativesOf(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] {
    return GrammarAST.isAlternatives(element) ? element.elements : [element];
}

/**
 * The keywords a line starts with (`review every`), one entry per way it can start; none for a
 * line that starts with a name (an unknown line).
 */
function leadingKeywords(element: GrammarAST.AbstractElement): string[] {
    if (GrammarAST.isKeyword(element)) {
        return [element.value];
    }
    if (GrammarAST.isAssignment(element)) {
        return leadingKeywords(element.terminal);
    }
    if (GrammarAST.isAlternatives(element)) {
        return element.elements.flatMap(leadingKeywords);
    }
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        return GrammarAST.isParserRule(rule) && !GrammarUtils.isDataTypeRule(rule) ? leadingKeywords(rule.definition) : [];
    }
    if (GrammarAST.isGroup(element)) {
        const words: string[] = [];
        for (const child of element.elements) {
            if (!GrammarAST.isKeyword(child) || child.cardinality) break;
            words.push(child.value);
        }
        return words.length > 0 ? [words.join(' ')] : leadingKeywords(element.elements[0]);
    }
    return [];
}

function unique(values: string[]): string[] {
    return [...new Set(values)];
}
