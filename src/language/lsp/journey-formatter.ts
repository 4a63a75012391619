import { AstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode, type MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams,
    Range, TextEdit,
} from 'vscode-languageserver-protocol';
import { isChannel, isMisplacedLine, isModel, isPersona, isUnknownLine } from '../generated/ast.js';

const INDENT = '    ';

/**
 * Formats a `.journey` file into one canonical layout:
 * - one line per property, 4 spaces of indentation per block level, `{` on the declaration line,
 *   `}` on its own line, single spaces between the tokens of a line, no space before `,` and `%`;
 * - one blank line between top-level elements, except that one-line declarations of the same kind
 *   (a list of channels, block-less personas) stay together;
 * - inside a block, a blank line the author left between two lines is kept (at most one), none after
 *   `{` or before `}`;
 * - comments stay where they are: a comment at the end of a line stays there, a comment on its own
 *   line is indented like the line after it and stays attached to it.
 *
 * Why not Langium's `AbstractFormatter`: it only re-indents comments and formats the gap *after* them
 * as the next token wants, so a blank line required before a declaration lands between the
 * declaration and its leading comment, and the gap before a comment is never normalised. Deciding
 * each gap between two tokens here, from the grammar, keeps comments attached and the result
 * idempotent; edits are produced only for gaps that change, so formatted text gives no edits.
 */
export class JourneyFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return formatEdits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        return formatEdits(document).filter(edit => within(edit.range, params.range));
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

function within(inner: Range, outer: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** `tight`: no space before it (`,` and the `%` of a metric). */
type Role = 'open' | 'close' | 'tight' | 'line' | 'comment' | 'token';

/**
 * Text with syntax errors is left alone: where lines begin is not known. That includes the
 * mistakes the grammar parses only to report them: a word that is no keyword, a line of another
 * block, a stray `}`.
 */
export function formatEdits(document: LangiumDocument): TextEdit[] {
    const { parseResult } = document;
    const root = parseResult.value;
    if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0 || !isModel(root) || !root.$cstNode
        || root.strayBraces.length > 0 || AstUtils.streamAst(root).some(node => isUnknownLine(node) || isMisplacedLine(node))) {
        return [];
    }
    const text = document.textDocument.getText();
    // One pass over the tokens, without a string per gap: a 5 MB map has 300,000 of them.
    const { leaves, starts } = tokensOf(root.$cstNode);
    if (leaves.length === 0) {
        return [];
    }
    const edits: TextEdit[] = [];
    const replaceGap = (from: number, to: number, wanted: string) => {
        if (to - from !== wanted.length || !text.startsWith(wanted, from)) {
            edits.push({ range: { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(to) }, newText: wanted });
        }
    };
    if (!isBlank(text, 0, leaves[0].offset)) {
        return [];
    }
    replaceGap(0, leaves[0].offset, '');

    let depth = 0;
    let previous = leaves[0];
    let previousRole = roleOf(previous, starts[0]!);
    if (previousRole === 'open') depth++;
    let lastTopLevel: AstNode | undefined = topLevelOf(previous);
    /** A comment on its own line: the line after it stays attached to it. */
    let previousOwnLineComment = previousRole === 'comment';
    for (let index = 1; index < leaves.length; index++) {
        const leaf = leaves[index];
        if (!isBlank(text, previous.end, leaf.offset)) {
            return []; // something other than white space between tokens: do not touch the file
        }
        const role = roleOf(leaf, starts[index]!);
        if (role === 'close') depth = Math.max(0, depth - 1);
        const newlines = countNewlines(text, previous.end, leaf.offset);
        const afterLineComment = previousRole === 'comment' && text.startsWith('//', previous.offset);
        let wanted: string;
        if (role === 'comment' && newlines === 0) {
            wanted = ' '; // a comment at the end of a line stays there
        } else if (role === 'comment' || role === 'line' || role === 'close') {
            let blank: boolean;
            if (role === 'close' || previousRole === 'open') {
                blank = false;
            } else if (depth === 0) {
                const next = role === 'comment' ? nextNonHidden(leaves, index + 1) : leaf;
                const element = next ? topLevelOf(next) : undefined;
                const grouped = !!element && !!lastTopLevel && sameOneLineKind(lastTopLevel, element);
                if (previousOwnLineComment) {
                    blank = newlines > 1; // a comment stays attached to the declaration below it
                } else if (grouped) {
                    blank = role === 'comment' && newlines > 1;
                } else {
                    blank = true;
                }
            } else {
                blank = newlines > 1;
            }
            wanted = (blank ? '\n\n' : '\n') + indent(depth);
        } else if (afterLineComment) {
            wanted = '\n' + indent(depth + 1); // a token after a `//` comment must go to the next line
        } else if (role === 'tight') {
            wanted = '';
        } else {
            wanted = ' ';
        }
        replaceGap(previous.end, leaf.offset, wanted);
        if (role === 'open') depth++;
        if (role !== 'comment') {
            lastTopLevel = topLevelOf(leaf) ?? lastTopLevel;
        }
        previousOwnLineComment = role === 'comment' && newlines > 0;
        previous = leaf;
        previousRole = role;
    }
    replaceGap(previous.end, text.length, '\n');
    return edits;
}

const indents: string[] = [];
function indent(level: number): string {
    return indents[level] ??= INDENT.repeat(level);
}

/** Only white space in `text` from `from` to `to` (what `text.slice(from, to).trim() === ''` says, without the slice). */
function isBlank(text: string, from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
        if (!/\s/.test(text[i]!)) return false;
    }
    return true;
}

/** CR, LF and CRLF each end a line, as they end a `//` comment in the lexer. */
function countNewlines(text: string, from: number, to: number): number {
    let count = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
    }
    return count;
}

function nextNonHidden(leaves: readonly LeafCstNode[], from: number): LeafCstNode | undefined {
    for (let i = from; i < leaves.length; i++) if (!leaves[i]!.hidden) return leaves[i];
    return undefined;
}

/** The top-level element (persona, channel, journey) a token belongs to. */
function topLevelOf(leaf: LeafCstNode): AstNode | undefined {
    let node: AstNode | undefined = leaf.hidden ? undefined : leaf.astNode;
    while (node && node.$container && !isModel(node.$container)) {
        node = node.$container;
    }
    return node && node.$container ? node : undefined;
}

/** A channel after a channel, a block-less persona after a block-less persona: no blank line between them. */
function sameOneLineKind(a: AstNode, b: AstNode): boolean {
    const oneLine = (node: AstNode) => isChannel(node) || (isPersona(node) && !node.$cstNode?.text.includes('{'));
    return a !== b && a.$type === b.$type && oneLine(a) && oneLine(b);
}

/**
 * The tokens in order, and whether each begins a line: the first token of every element (top-level
 * declarations, stages, touchpoints, emotions, pains, metrics...) and, inside a block, each keyword
 * of the block's own rule (`goal`, `channel`, `persona`...). Keywords used as names (`channel web`)
 * belong to the `Name` rule and so do not count.
 */
function tokensOf(root: CstNode): { leaves: LeafCstNode[]; starts: boolean[] } {
    const leaves: LeafCstNode[] = [];
    const starts: boolean[] = [];
    /** The next token that is not a comment begins an element. */
    let elementStarts = false;
    const visit = (node: CstNode, owner: AstNode, inBlock: { open: boolean }) => {
        if (isCompositeCstNode(node)) {
            const own = node.astNode;
            const element = own !== owner;
            if (element) elementStarts = true;
            const block = element ? { open: false } : inBlock;
            for (const child of node.content) visit(child, own, block);
        } else if (isLeafCstNode(node)) {
            let start = false;
            if (!node.hidden) {
                start = elementStarts;
                elementStarts = false;
                if (GrammarAST.isKeyword(node.grammarSource)) {
                    const keyword = node.grammarSource.value;
                    if (keyword === '{') {
                        inBlock.open = true;
                    } else if (inBlock.open && ruleOf(node.grammarSource) === owner.$type && keyword !== '}' && keyword !== ',' && keyword !== '%') {
                        start = true;
                    }
                }
            }
            leaves.push(node);
            starts.push(start);
        }
    };
    // The root itself (the whole file) is no element.
    const model = root.astNode;
    if (isCompositeCstNode(root)) for (const child of root.content) visit(child, model, { open: false });
    return { leaves, starts };
}

const rules = new WeakMap<GrammarAST.Keyword, string | undefined>();
/** The name of the grammar rule a keyword is written in. */
function ruleOf(keyword: GrammarAST.Keyword): string | undefined {
    if (!rules.has(keyword)) rules.set(keyword, AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name);
    return rules.get(keyword);
}

function roleOf(leaf: LeafCstNode, start: boolean): Role {
    if (leaf.hidden) return 'comment';
    if (GrammarAST.isKeyword(leaf.grammarSource) && ruleOf(leaf.grammarSource) !== 'Name') {
        const keyword = leaf.grammarSource.value;
        if (keyword === '{') return 'open';
        if (keyword === '}') return 'close';
        if (keyword === ',' || keyword === '%') return 'tight';
    }
    return start ? 'line' : 'token';
}
