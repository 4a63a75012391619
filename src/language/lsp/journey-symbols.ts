import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { isJourney, isModel, isStage, isTouchpoint } from '../generated/ast.js';

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
        const detail = detailOf(node);
        if (detail) symbol.detail = detail;
        return symbol;
    }

    protected override getChildSymbols(document: LangiumDocument, node: AstNode): DocumentSymbol[] | undefined {
        const children = childrenOf(node).flatMap(child => this.getSymbol(document, child));
        return children.length > 0 ? children : undefined;
    }
}

/** The display name; with the map type when it is not a customer journey, with the time of a stage or moment (version 2). */
function detailOf(node: AstNode): string | undefined {
    const title = (node as { title?: string }).title;
    const extra = isJourney(node) && node.types[0] && node.types[0] !== 'customer-journey' ? node.types[0]
        : (isStage(node) || isTouchpoint(node)) ? node.times[0]
            : undefined;
    return [title, extra].filter(Boolean).join(' · ') || undefined;
}

function childrenOf(node: AstNode): readonly AstNode[] {
    if (isModel(node)) return node.elements;
    // In source order: actions may stand between stages.
    if (isJourney(node)) return [...node.stages, ...node.actions].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
    if (isStage(node)) return node.touchpoints;
    return [];
}
