import { AstUtils, CstUtils, GrammarAST, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';
import type { Range } from 'vscode-languageserver-types';
import type { MisplacedLine, UnknownLine } from '../generated/ast.js';
import { isBlockRule, type BlockRule, type GrammarLines } from './grammar-lines.js';
import type { Messages } from '../i18n/en.js';
import type { Localization } from '../i18n/localization.js';
import type { SyntaxExpectations } from './parser-messages.js';

/** What to say about a word that is no keyword, and how a quick fix may mend it. */
export interface UnknownWordReport {
    message: string;
    /** The keyword meant (a typo, a capital, a Dutch word), or a comma missing before the word. */
    fix?: UnknownWordFix;
}

export type UnknownWordFix = { keyword: string } | { comma: true };

export interface SyntaxReport {
    range: Range;
    message: string;
}

/** Keywords people write in Dutch, and the keyword they mean. */
const dutchKeywords: Record<string, string> = {
    fase: 'stage', stap: 'stage', klantreis: 'journey', reis: 'journey', persoon: 'persona', kanaal: 'channel',
    doel: 'goal', behoefte: 'need', frustratie: 'frustration', citaat: 'quote', beschrijving: 'description',
    toestand: 'state', eigenaar: 'owner', beoordeeld: 'reviewed', herzien: 'review', contactmoment: 'touchpoint',
    raakpunt: 'touchpoint', moment: 'touchpoint', actie: 'action', handeling: 'action', gedachte: 'thought',
    gevoel: 'emotion', emotie: 'emotion', pijnpunt: 'pain', pijn: 'pain', knelpunt: 'pain', kans: 'opportunity',
    bewijs: 'evidence', bron: 'evidence', meting: 'metric', metriek: 'metric', tijd: 'time', taal: 'language',
    soort: 'type', deadline: 'due', einddatum: 'due', adresseert: 'addresses', ondersteuning: 'support',
};

/** Keywords that open a block of their own: met inside another block, the `}` before them is likely missing. */
const blockKeywords = new Set(['journey', 'stage', 'touchpoint']);
/** Rules whose value is one keyword of a fixed set. */
const valueRules = new Set(['MapState', 'MapType', 'MapLanguage', 'Level', 'ActionStatus', 'IconKind']);
const declaringKeywords = new Set(['persona', 'channel', 'journey', 'stage', 'touchpoint', 'action']);

/**
 * Turns the parser's and the lexer's findings into messages for the people who write maps (see
 * the `syntax` part of the catalogues in ../i18n/), and leaves out what merely follows from an earlier mistake: a parser error
 * on a line whose characters the lexer already reported, a second error on one line, and the
 * errors at the end of a file that an earlier mistake caused.
 */
export class SyntaxErrorDescriber {
    constructor(
        private readonly lines: GrammarLines,
        private readonly expectations: SyntaxExpectations,
        private readonly tokenize: (text: string) => IToken[],
        private readonly localization: Localization,
    ) {}

    /** The messages in the language the server speaks now. */
    private get text(): Messages['syntax'] {
        return this.localization.messages.syntax;
    }

    private holds(block: BlockRule): string {
        return this.text.holds(block, this.lines.linesOf.get(block) ?? []);
    }

    private belongsIn(keyword: string): string {
        return this.text.belongsIn(keyword, this.lines.blocksOf.get(keyword) ?? []);
    }

    describeParserErrors(document: LangiumDocument): SyntaxReport[] {
        const { parseResult } = document;
        if (parseResult.parserErrors.length === 0) return [];
        const text = document.textDocument.getText();
        const tokens = this.tokenize(text);
        const context = new TokenContext(tokens, text.length);
        const lexerLines = new Set(parseResult.lexerErrors.map(error => (error.line ?? 1) - 1));
        const reports: SyntaxReport[] = [];
        let lastLine = -1;
        // Whether a mistake came before: then an error at the end of the file follows from it.
        let earlier = parseResult.lexerErrors.length > 0;
        const errors = parseResult.parserErrors
            .map(error => ({ error, offset: context.offsetOf(error) }))
            .sort((a, b) => a.offset - b.offset);
        for (const { error, offset } of errors) {
            const range = this.rangeOf(document, error, offset);
            const line = range.start.line;
            const atEnd = isEndOfFile(error.token);
            const consequence = lexerLines.has(line) || line === lastLine || (earlier && (atEnd || error.name === 'NotAllInputParsedException'));
            earlier = true;
            if (consequence) continue;
            reports.push({ range, message: this.describe(document, error, offset, context) });
            lastLine = line;
        }
        return reports;
    }

    /** The message for a line that starts with a word that is not a keyword. */
    describeUnknownLine(line: UnknownLine): UnknownWordReport {
        const word = line.word;
        const block = blockOf(line.$container);
        const holdsText = this.holds(block);
        const lower = word.toLowerCase();
        const list = this.listBefore(line);
        if (list) return { message: this.text.missingComma(list.keyword, list.previous, word), fix: { comma: true } };
        if (lower !== word && this.lines.keywords.has(lower)) return { message: this.text.lowerCase(word, lower), fix: { keyword: lower } };
        const dutch = dutchKeywords[lower];
        const own = this.lines.lineKeywordsOf(block);
        if (dutch) return { message: this.text.dutchKeyword(word, dutch), fix: own.includes(dutch) ? { keyword: dutch } : undefined };
        const near = closest(lower, own);
        if (near) return { message: this.text.didYouMean(word, near, holdsText), fix: { keyword: near } };
        const elsewhere = closest(lower, [...this.lines.blocksOf.keys()]);
        if (elsewhere) return { message: this.text.didYouMeanElsewhere(word, elsewhere, this.belongsIn(elsewhere)) };
        return { message: this.text.notAKeyword(word, holdsText) };
    }

    /** The message for a line of the language in a block where it does not belong. */
    describeMisplacedLine(line: MisplacedLine): string {
        const keyword = line.keyword;
        const block = blockOf(line.$container);
        const places = this.lines.blocksOf.get(keyword) ?? [];
        const message = this.text.lineNotHere(keyword, block, this.holds(block), this.belongsIn(keyword));
        // `action write_guide "…"` in a stage looks like a journey's line: the stage's `}` may be missing.
        const declaration = line.words.length >= 2 && isWordLike(line.words[0]) && line.words[1].startsWith('"');
        const ancestors = ancestorBlocks(line.$container);
        if (declaration && places.some(place => ancestors.includes(place)) && block !== 'Model') {
            return `${message} ${this.text.orBraceMissing(this.ownerName(line.$container, block))}`;
        }
        return message;
    }

    describeStrayBrace(): string {
        return this.text.braceTooMany();
    }

    /** `persona thierry dominique`: the keyword of the reference list the unknown word continues without a comma. */
    private listBefore(line: UnknownLine): { keyword: string; previous: string } | undefined {
        const start = line.$cstNode;
        const root = AstUtils.findRootNode(line).$cstNode;
        if (!start || !root || start.offset === 0) return undefined;
        const before = CstUtils.findLeafNodeBeforeOffset(root, start.offset - 1);
        if (!before || before.hidden || before.range.end.line !== start.range.start.line) return undefined;
        // The name's leaf sits in the composite nodes of the Name and Word rules: the assignment is above them.
        let feature: string | undefined;
        for (let node: CstNode | undefined = before; node && node.astNode === before.astNode && !feature; node = node.container) {
            feature = node.grammarSource && AstUtils.getContainerOfType(node.grammarSource, GrammarAST.isAssignment)?.feature;
        }
        const keyword = feature === 'personas' ? 'persona' : feature === 'addresses' ? 'addresses' : undefined;
        return keyword ? { keyword, previous: before.text } : undefined;
    }

    private rangeOf(document: LangiumDocument, error: IRecognitionException, offset: number): Range {
        const token = error.token;
        if (!isEndOfFile(token) && Number.isFinite(token.startOffset) && Number.isFinite(token.endOffset)) {
            return { start: document.textDocument.positionAt(token.startOffset), end: document.textDocument.positionAt(token.endOffset! + 1) };
        }
        const position = document.textDocument.positionAt(offset);
        return { start: position, end: position };
    }

    private describe(document: LangiumDocument, error: IRecognitionException, offset: number, context: TokenContext): string {
        const stack = (error.context?.ruleStack ?? []).map(name => name.replace(/\u200B/g, ''));
        const token = error.token;
        const block = [...stack].reverse().find(isBlockRule) ?? 'Model';
        const holdsText = this.holds(block);
        const previous = context.before(offset);
        const keyword = previous?.image ?? '';
        if (isEndOfFile(token)) {
            const owner = this.ownerAt(document, block, offset);
            return owner ? this.text.closingBraceMissingAtEnd(owner) : this.text.endOfFile();
        }
        if (error.name === 'NotAllInputParsedException') {
            return token.image === '}' ? this.text.braceTooMany() : this.misfit(document, token, 'Model', context);
        }
        const rule = stack[stack.length - 1] ?? 'Model';
        const parent = [...stack].reverse().find(name => name !== 'Name' && name !== 'Word') ?? 'Model';
        const expected = this.expectations.get(token);
        if (expected.includes('}') && isBlockRule(rule)) {
            return this.misfit(document, token, rule, context);
        }
        if (rule === 'Name' || rule === 'Word' || (expected.length > 0 && expected.includes('ID') && !expected.includes('STRING'))) {
            return this.nameExpected(parent, token, keyword, stack);
        }
        if (valueRules.has(rule)) {
            const values = this.valuesOf(rule);
            return isWordLike(token.image) ? this.text.valueNotKnown(keyword, token.image, values) : this.text.valueExpected(keyword, values);
        }
        if (rule === 'ReviewInterval') return this.text.reviewInterval();
        if (expected.length === 1 && expected[0] === 'NUMBER') {
            if (rule === 'Emotion') return this.text.emotionNumber();
            if (rule === 'Metric') return this.text.metricNumber();
        }
        if (expected.length === 1 && expected[0] === 'STRING') {
            return this.textExpected(rule, token, context.before(offset), context.before(offset, 2));
        }
        if (expected.length === 1 && expected[0] === '{') {
            const name = context.before(offset, 2)?.image ?? '';
            return this.text.openingBraceMissing(rule.toLowerCase(), name);
        }
        return this.text.unexpected(shown(token), holdsText);
    }

    /** A token where the block's lines end: a line of another block, a missing `}`, a stray text or number. */
    private misfit(document: LangiumDocument, token: IToken, block: BlockRule, context: TokenContext): string {
        const holdsText = this.holds(block);
        const word = token.image;
        const next = context.after(token.startOffset);
        const places = this.lines.blocksOf.get(word);
        if (token.tokenType.name === 'STRING') return this.text.textWithoutKeyword(holdsText);
        if (token.tokenType.name === 'NUMBER') return this.text.numberWithoutKeyword(holdsText);
        if (places) {
            const opensBlock = blockKeywords.has(word) || (word === 'action' && next?.tokenType.name !== 'STRING');
            const owner = block === 'Model' ? undefined : this.ownerAt(document, block, token.startOffset);
            if (opensBlock && owner && !places.includes(block)) return this.text.blockNotClosed(word, owner);
            return this.text.lineNotHere(word, block, holdsText, this.belongsIn(word));
        }
        if (isWordLike(word)) return this.text.valueWithoutKeyword(word, holdsText);
        return this.text.unexpected(shown(token), holdsText);
    }

    private nameExpected(parent: string, token: IToken, keyword: string, stack: readonly string[]): string {
        if (token.tokenType.name === 'STRING') {
            if (parent === 'Action' && keyword === 'action' && stack.includes('Journey')) return this.text.customerActionInJourney();
            if (declaringKeywords.has(keyword) && parent.toLowerCase() === keyword) return this.text.missingName(keyword, nameFor(token.image), token.image);
            return this.text.referenceNotText(keyword);
        }
        if (token.tokenType.name === 'NUMBER') return this.text.nameStartsWithDigit();
        if (token.image === '{' && declaringKeywords.has(keyword)) return this.text.missingNameAndTitle(keyword);
        return this.text.nameExpected(keyword);
    }

    private textExpected(rule: string, token: IToken, previous: IToken | undefined, beforePrevious: IToken | undefined): string {
        const keyword = previous?.image ?? '';
        const declaring = beforePrevious?.image ?? '';
        if (declaringKeywords.has(declaring) && isBlockRule(rule)) {
            return isWordLike(token.image) && token.tokenType.name !== 'STRING'
                ? this.text.nameWithSpace(declaring, keyword, token.image)
                : this.text.missingTitle(declaring, keyword);
        }
        if (rule === 'Metric') return this.text.metricName();
        if (rule === 'Pain' || rule === 'Opportunity') return this.text.painText(rule.toLowerCase());
        if ((keyword === 'due' || keyword === 'reviewed') && token.tokenType.name === 'NUMBER') return this.text.dateWithoutQuotes(keyword);
        if (keyword === 'time' && token.tokenType.name === 'NUMBER') return this.text.timeWithoutQuotes();
        if (keyword === 'link') return this.text.linkWithoutQuotes();
        return this.text.textExpected(keyword);
    }

    private valuesOf(rule: string): string[] {
        return [...this.lines.valuesOf.get(rule) ?? []];
    }

    /** "stage 'orientation'": the block the parser was in just before `offset`, as the reader knows it. */
    private ownerAt(document: LangiumDocument, block: BlockRule, offset: number): string | undefined {
        if (block === 'Model') return undefined;
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findLeafNodeBeforeOffset(root, Math.max(0, offset - 1)) : undefined;
        let node: AstNode | undefined = leaf?.astNode;
        while (node && node.$type !== block) node = node.$container;
        return this.ownerName(node, block);
    }

    /** "stage 'orientation'", or "this stage" when the block has no name (yet). */
    private ownerName(node: AstNode | undefined, block: BlockRule): string {
        const name = (node as { name?: unknown } | undefined)?.name;
        return this.text.owner(block, typeof name === 'string' && name.length > 0 ? name : undefined);
    }
}

/** The tokens of the text around a position (the parser's own are not kept). */
class TokenContext {
    private readonly starts: number[];

    constructor(private readonly tokens: IToken[], private readonly textLength: number) {
        this.starts = tokens.map(token => token.startOffset);
    }

    /** Where an error is: its token, or just after the token before an inserted or end-of-file token. */
    offsetOf(error: IRecognitionException): number {
        const token = error.token;
        if (!isEndOfFile(token) && Number.isFinite(token.startOffset)) return token.startOffset;
        const previous = (error as { previousToken?: IToken }).previousToken;
        if (previous && Number.isFinite(previous.endOffset)) return previous.endOffset! + 1;
        return this.textLength;
    }

    /** The `count`-th token before `offset`. */
    before(offset: number, count = 1): IToken | undefined {
        const index = this.indexAtOrAfter(offset) - count;
        return index >= 0 ? this.tokens[index] : undefined;
    }

    after(offset: number): IToken | undefined {
        const index = this.indexAtOrAfter(offset);
        return this.tokens[this.tokens[index]?.startOffset === offset ? index + 1 : index];
    }

    private indexAtOrAfter(offset: number): number {
        let low = 0;
        let high = this.starts.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (this.starts[middle] < offset) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}

/** A name to suggest for a display text: `"Service en gebruik"` → `service_en_gebruik`. */
function nameFor(quotedText: string): string {
    const name = quotedText.slice(1, -1).toLowerCase().replace(/[^\p{L}\p{M}\p{Nd}]+/gu, '_').replace(/^_+|_+$/g, '').slice(0, 40);
    return name === '' ? 'name' : /^\p{Nd}/u.test(name) ? `_${name}` : name;
}

function isEndOfFile(token: IToken): boolean {
    return token.tokenType?.name === 'EOF';
}

function isWordLike(text: string): boolean {
    return /^[_\p{L}][_\p{L}\p{M}\p{Nd}-]*$/u.test(text);
}

function shown(token: IToken): string {
    return `\`${token.image}\``;
}

/** The blocks that enclose a node, the top level of the file included. */
function ancestorBlocks(node: AstNode | undefined): BlockRule[] {
    const blocks: BlockRule[] = [];
    for (let current = node?.$container; current; current = current.$container) {
        if (isBlockRule(current.$type)) blocks.push(current.$type);
    }
    return blocks;
}

function blockOf(node: AstNode | undefined): BlockRule {
    return node && isBlockRule(node.$type) ? node.$type : 'Model';
}

/** The word nearest to `word` within a small edit distance (a typo), if any. */
function closest(word: string, candidates: readonly string[]): string | undefined {
    const allowed = word.length <= 4 ? 1 : 2;
    let best: string | undefined;
    let bestDistance = allowed + 1;
    for (const candidate of candidates) {
        const distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

/** Edit distance with transpositions (`stgae` is one step from `stage`). */
export function editDistance(a: string, b: string): number {
    const rows = a.length + 1;
    const columns = b.length + 1;
    const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < columns; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[rows - 1][columns - 1];
}
