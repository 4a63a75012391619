import { GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import { isAction, isChannel, isJourney, isModel, isPersona, isStage, isTouchpoint } from '../generated/ast.js';

/**
 * The outline: personas, channels and journeys; inside a journey its stages (with their touchpoints)
 * and its actions. Pains, opportunities, emotions and metrics are lines of a touchpoint, not places
 * to navigate to, so they stay out. Each symbol's detail is its display name.
 */
export class JourneyDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const root = document.parseResult.value;
        return isModel(root) ? root.elements.flatMap(element => this.symbolOf(element)) : [];
    }

    protected symbolOf(node: AstNode): DocumentSymbol[] {
        const kind = symbolKindOf(node);
        const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
        const name = (node as { name?: string }).name;
        if (kind === undefined || !node.$cstNode || !nameNode || !name) {
            return [];
        }
        const symbol: DocumentSymbol = {
            name,
            kind,
            range: node.$cstNode.range,
            selectionRange: nameNode.range,
        };
        const detail = detailOf(node);
        if (detail) {
            symbol.detail = detail;
        }
        const children = this.childrenOf(node).flatMap(child => this.symbolOf(child));
        if (children.length > 0) {
            symbol.children = children;
        }
        return [symbol];
    }

    protected childrenOf(node: AstNode): AstNode[] {
        if (isJourney(node)) {
            // In source order: actions may stand between stages.
            return [...node.stages, ...node.actions].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        }
        if (isStage(node)) {
            return node.touchpoints;
        }
        return [];
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

export function symbolKindOf(node: AstNode): SymbolKind | undefined {
    if (isPersona(node)) return SymbolKind.Class;
    if (isChannel(node)) return SymbolKind.Interface;
    if (isJourney(node)) return SymbolKind.Namespace;
    if (isStage(node)) return SymbolKind.Module;
    if (isTouchpoint(node)) return SymbolKind.Event;
    if (isAction(node)) return SymbolKind.Function;
    return undefined;
}
