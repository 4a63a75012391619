import { AstUtils, DefaultScopeComputation, type AstNode, type AstNodeDescription, type LangiumDocument, type MultiMap } from 'langium';
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
