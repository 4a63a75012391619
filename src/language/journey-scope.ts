import {
    AstUtils, DefaultScopeComputation, DefaultScopeProvider, MultiMapScope, WorkspaceCache,
    type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument, type LocalSymbols, type MultiMap, type ReferenceInfo, type Scope,
} from 'langium';
import { isAction, isJourney, isOpportunity, isPain, isStage, isTouchpoint } from './generated/ast.js';

/**
 * Stage, touchpoint, pain, opportunity and action names are local to their journey, wherever
 * they are nested: an action's `addresses` must see a pain three levels down. So these nodes
 * are registered on their journey rather than on their direct container.
 */
export class JourneyScopeComputation extends DefaultScopeComputation {
    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (isStage(node) || isTouchpoint(node) || isPain(node) || isOpportunity(node) || isAction(node)) {
            const journey = AstUtils.getContainerOfType(node, isJourney);
            const name = this.nameProvider.getName(node);
            if (journey && name) {
                symbols.add(journey, this.descriptions.createDescription(node, name, document));
            }
            return;
        }
        super.addLocalSymbol(node, document, symbols);
    }
}

/**
 * Langium's default scope provider wraps each container's local symbols in a StreamScope, which finds a
 * name by a linear scan (after filtering by type): every `channel` or `persona` reference in a touchpoint
 * scans all of its journey's stages, touchpoints, pains, opportunities and actions before reaching the
 * global scope, so linking is quadratic in the size of a journey. Here each container's symbols of one
 * reference type are put in a name-indexed MultiMapScope (first declaration wins, as before), built once
 * per workspace state and shared by every reference below that container.
 */
export class JourneyScopeProvider extends DefaultScopeProvider {
    private readonly localScopes: WorkspaceCache<AstNode, Map<string, Scope>>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.localScopes = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        if (!localSymbols) {
            return this.getGlobalScope(referenceType, context);
        }
        return this.scopeFor(context.container, referenceType, localSymbols, context);
    }

    private scopeFor(start: AstNode | undefined, referenceType: string, localSymbols: LocalSymbols, context: ReferenceInfo): Scope {
        let node = start;
        while (node && !localSymbols.has(node)) {
            node = node.$container;
        }
        if (!node) {
            return this.getGlobalScope(referenceType, context);
        }
        const byType = this.localScopes.get(node, () => new Map<string, Scope>());
        let scope = byType.get(referenceType);
        if (!scope) {
            const outer = this.scopeFor(node.$container, referenceType, localSymbols, context);
            const elements = localSymbols.getStream(node).filter(d => this.reflection.isSubtype(d.type, referenceType)).toArray();
            scope = elements.length > 0 ? new MultiMapScope(elements, outer) : outer;
            byType.set(referenceType, scope);
        }
        return scope;
    }
}
