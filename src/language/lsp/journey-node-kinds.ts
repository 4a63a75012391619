import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver-types';

const symbolKinds: Record<string, SymbolKind> = {
    Persona: SymbolKind.Class,
    Channel: SymbolKind.Interface,
    Journey: SymbolKind.Namespace,
    Stage: SymbolKind.Module,
    Touchpoint: SymbolKind.Event,
    Action: SymbolKind.Function,
    Pain: SymbolKind.Variable,
    Opportunity: SymbolKind.Variable,
};

const completionKinds: Record<string, CompletionItemKind> = {
    Persona: CompletionItemKind.Class,
    Channel: CompletionItemKind.Interface,
    Journey: CompletionItemKind.Module,
    Stage: CompletionItemKind.Struct,
    Touchpoint: CompletionItemKind.Event,
    Action: CompletionItemKind.Function,
    Pain: CompletionItemKind.Variable,
    Opportunity: CompletionItemKind.Variable,
};

/** Kinds by what a name declares, for workspace symbols and reference completions alike (the default says Field for all). */
export class JourneyNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return symbolKinds[typeOf(node)] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return completionKinds[typeOf(node)] ?? super.getCompletionItemKind(node);
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
