import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { isJourney, isModel, isStage } from '../generated/ast.js';

/**
 * The outline: Langium's, with the symbol kinds of `JourneyNodeKindProvider`, narrowed to the
 * places to navigate to: personas, channels and journeys; inside a journey its stages (with their
 * touchpoints) and its actions, in source order. Pains, opportunities, emotions and metrics are
 * lines of a touchpoint, so they stay out. Each symbol's detail is its display name.
 */
export class JourneyDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override getSymbol(document: LangiumDocument, node: AstNode): DocumentSymbol[] {
        if (isModel(node)) return this.getChildSymbols(document, node) ?? [];
        // A declaration whose name is not written yet is left out, with what it holds.
        return this.nameProvider.getName(node) ? super.getSymbol(document, node) : [];
    }

    protected override createSymbol(document: LangiumDocument, node: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, node, cstNode, nameNode, computedName);
        const title = (node as { title?: string }).title;
        if (title) symbol.detail = title;
        return symbol;
    }

    protected override getChildSymbols(document: LangiumDocument, node: AstNode): DocumentSymbol[] | undefined {
        const children = childrenOf(node).flatMap(child => this.getSymbol(document, child));
        return children.length > 0 ? children : undefined;
    }
}

function childrenOf(node: AstNode): readonly AstNode[] {
    if (isModel(node)) return node.elements;
    // In source order: actions may stand between stages.
    if (isJourney(node)) return [...node.stages, ...node.actions].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
    if (isStage(node)) return node.touchpoints;
    return [];
}
