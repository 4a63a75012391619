import { CstUtils, GrammarAST, GrammarUtils, type AstNode, type CstNode, type LangiumCoreServices, type LangiumDocument, type LeafCstNode } from 'langium';

/**
 * Most typing in a map is inside a quoted text: an action, a thought, a title. Such an edit
 * changes one string value and moves the positions after it on the same line, and nothing else:
 * no name, no reference, no line break. Parsing the whole document again for it takes about half
 * of a rebuild (55 ms of CPU for 1,000 touchpoints).
 *
 * {@link patchStringEdit} applies such an edit to the parsed document in place: the text of the
 * string's token and the value of its property, and the offsets (and, on its line, the columns)
 * of the tokens after it. It does so only when the new text lexes to the same tokens (the edit is
 * strictly inside the quotes and the token still matches the STRING terminal), the document has
 * no syntax errors, and the token is a plain property value (not a name, not a reference);
 * otherwise it leaves the document alone and returns false, and the document is parsed again.
 * It keeps the document's scopes, links and index: it relies on no name depending on a quoted text.
 * The files that refer to the document are validated again (see the server's builder). Anything
 * that keeps what it found in a parsed tree, keyed by the tree's nodes, must check the text too:
 * the nodes outlive such an edit (the validator's syntax-error offsets do). A test compares the result with a
 * fresh parse of the new text (tree, positions, values, index, diagnostics, models, the files
 * validated) for random edits of every example and of the files beside it.
 *
 * It writes the position fields of Langium's syntax-tree nodes (Langium 4.4's `LeafCstNodeImpl`
 * and `CompositeCstNodeImpl`); it checks that they are there and does nothing if they are not.
 */
export function patchStringEdit(document: LangiumDocument, text: string, services: LangiumCoreServices): boolean {
    const { parseResult } = document;
    const root = parseResult.value.$cstNode?.root as unknown as MutableComposite & { fullText: string; _text?: string } | undefined;
    if (!root || !('_text' in root) || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0
        || (parseResult.lexerReport?.diagnostics.length ?? 0) > 0) return false;
    const old = root.fullText;
    if (old === text) return false;

    // The one changed region: [start, oldEnd) of the old text became [start, start + oldEnd - start + delta) of the new.
    const shortest = Math.min(old.length, text.length);
    let start = 0;
    while (start < shortest && old.charCodeAt(start) === text.charCodeAt(start)) start++;
    let same = 0;
    while (same < shortest - start && old.charCodeAt(old.length - 1 - same) === text.charCodeAt(text.length - 1 - same)) same++;
    const oldEnd = old.length - same;
    const delta = text.length - old.length;

    const leaf = CstUtils.findLeafNodeAtOffset(root as unknown as CstNode, start) as (LeafCstNode & MutableLeaf) | undefined;
    if (!leaf || leaf.hidden || leaf.tokenType.name !== 'STRING' || !('_offset' in leaf)) return false;
    // Strictly between the quotes: the quotes themselves stay where they are.
    if (start < leaf.offset + 1 || oldEnd > leaf.end - 1) return false;
    const token = text.slice(leaf.offset, leaf.end + delta);
    if (!isWholeToken(leaf, token)) return false;

    const assignment = GrammarUtils.findAssignment(leaf);
    if (!assignment || !GrammarAST.isRuleCall(leaf.grammarSource) || (leaf.grammarSource.$container as unknown) !== assignment) return false;
    const node = leaf.astNode as AstNode & Record<string, unknown>;
    // A text that names its node would change the scopes and links, which are kept.
    if (services.references.NameProvider.getNameNode(node) === leaf) return false;
    const value = services.parser.ValueConverter.convert(token, leaf);
    const current = node[assignment.feature];
    let index = -1;
    if (assignment.operator === '+=') {
        const tokens = GrammarUtils.findNodesForProperty(node.$cstNode, assignment.feature);
        index = tokens.indexOf(leaf);
        if (index < 0 || !Array.isArray(current) || current.length !== tokens.length) return false;
    } else if (assignment.operator !== '=' || typeof current !== 'string') {
        return false;
    }

    shiftPositions(root, leaf, delta);
    root._text = text;
    if (index >= 0) (current as unknown[])[index] = value;
    else node[assignment.feature] = value;
    return true;
}

/** The position fields of Langium's CST nodes. */
interface MutableLeaf {
    _offset: number;
    _length: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

interface MutableComposite {
    content: Array<MutableComposite | MutableLeaf>;
    _rangeCache?: unknown;
}

const wholeTokenPatterns = new WeakMap<object, RegExp | undefined>();

/** Whether `token` is one whole token of the leaf's terminal (its pattern matches all of it). */
function isWholeToken(leaf: LeafCstNode, token: string): boolean {
    const tokenType = leaf.tokenType;
    if (!wholeTokenPatterns.has(tokenType)) {
        const pattern = tokenType.PATTERN;
        wholeTokenPatterns.set(tokenType, pattern instanceof RegExp ? new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace(/[gy]/g, '')) : undefined);
    }
    return wholeTokenPatterns.get(tokenType)?.test(token) ?? false;
}

/** The edited token grows by `delta`; every token after it moves by `delta`, and on the same line so do their columns. */
function shiftPositions(root: MutableComposite, edited: MutableLeaf, delta: number): void {
    const line = edited._startLine;
    const after = edited._offset + edited._length;
    edited._length += delta;
    edited._endColumn += delta;
    const visit = (node: MutableComposite): void => {
        node._rangeCache = undefined;
        for (const child of node.content) {
            if ('content' in child) {
                visit(child);
            } else if (child._offset >= after) {
                child._offset += delta;
                if (child._startLine === line) child._startColumn += delta;
                if (child._endLine === line) child._endColumn += delta;
            }
        }
    };
    visit(root);
}
