import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument, type LeafCstNode, type MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams,
    Range, TextEdit,
} from 'vscode-languageserver-protocol';
import { isChannel, isMisplacedLine, isModel, isPersona, isUnknownLine, type Model } from '../generated/ast.js';

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
    const leaves = CstUtils.flattenCst(root.$cstNode).toArray();
    if (leaves.length === 0) {
        return [];
    }
    const starts = lineStarts(root);
    const edits: TextEdit[] = [];
    const replaceGap = (from: number, to: number, wanted: string) => {
        const gap = text.slice(from, to);
        if (gap !== wanted) {
            edits.push({ range: { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(to) }, newText: wanted });
        }
    };
    if (text.slice(0, leaves[0].offset).trim() !== '') {
        return [];
    }
    replaceGap(0, leaves[0].offset, '');

    let depth = 0;
    let previous = leaves[0];
    let previousRole = roleOf(previous, starts);
    if (previousRole === 'open') depth++;
    let lastTopLevel: AstNode | undefined = topLevelOf(previous);
    /** A comment on its own line: the line after it stays attached to it. */
    let previousOwnLineComment = previousRole === 'comment';
    for (let index = 1; index < leaves.length; index++) {
        const leaf = leaves[index];
        const gap = text.slice(previous.end, leaf.offset);
        if (gap.trim() !== '') {
            return []; // something other than white space between tokens: do not touch the file
        }
        const role = roleOf(leaf, starts);
        if (role === 'close') depth = Math.max(0, depth - 1);
        // CR, LF and CRLF each end a line, as they end a `//` comment in the lexer.
        const newlines = (gap.match(/\r\n|\r|\n/g) ?? []).length;
        const indent = (level: number) => INDENT.repeat(level);
        const afterLineComment = previousRole === 'comment' && previous.text.startsWith('//');
        let wanted: string;
        if (role === 'comment' && newlines === 0) {
            wanted = ' '; // a comment at the end of a line stays there
        } else if (role === 'comment' || role === 'line' || role === 'close') {
            let blank: boolean;
            if (role === 'close' || previousRole === 'open') {
                blank = false;
            } else if (depth === 0) {
                const next = role === 'comment' ? leaves.slice(index + 1).find(l => !l.hidden) : leaf;
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
 * The tokens that begin a line: the first token of every element (top-level declarations, stages,
 * touchpoints, emotions, pains, metrics...) and, inside a block, each keyword of the block's own rule
 * (`goal`, `channel`, `persona`...). Keywords used as names (`channel web`) belong to the `Name`
 * rule and so do not count.
 */
function lineStarts(root: Model): Set<LeafCstNode> {
    const starts = new Set<LeafCstNode>();
    for (const node of AstUtils.streamAst(root)) {
        if (node === root || !node.$cstNode) continue;
        const leaves = CstUtils.flattenCst(node.$cstNode).filter(leaf => !leaf.hidden).toArray();
        if (leaves.length > 0) starts.add(leaves[0]);
        let inBlock = false;
        for (const leaf of leaves) {
            if (leaf.astNode !== node || !GrammarAST.isKeyword(leaf.grammarSource)) continue;
            if (leaf.text === '{') {
                inBlock = true;
                continue;
            }
            const rule = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule);
            if (inBlock && rule?.name === node.$type && leaf.text !== '}' && leaf.text !== ',' && leaf.text !== '%') {
                starts.add(leaf);
            }
        }
    }
    return starts;
}

function roleOf(leaf: LeafCstNode, starts: ReadonlySet<LeafCstNode>): Role {
    if (leaf.hidden) return 'comment';
    if (GrammarAST.isKeyword(leaf.grammarSource)) {
        const rule = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule);
        if (rule?.name !== 'Name') {
            if (leaf.text === '{') return 'open';
            if (leaf.text === '}') return 'close';
            if (leaf.text === ',' || leaf.text === '%') return 'tight';
        }
    }
    return starts.has(leaf) ? 'line' : 'token';
}
