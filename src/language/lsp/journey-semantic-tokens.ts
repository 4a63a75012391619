import { AstUtils, interruptAndCheck, type AstNode, type LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, SemanticTokensBuilder, type SemanticTokenAcceptor } from 'langium/lsp';
import {
    CancellationToken, SemanticTokenModifiers, SemanticTokenTypes, type Range, type SemanticTokens, type SemanticTokensDeltaParams,
    type SemanticTokensParams, type SemanticTokensRangeParams,
} from 'vscode-languageserver';
import {
    isAction, isChannel, isEmotion, isJourney, isMetric, isOpportunity, isPain, isPersona, isReviewInterval, isStage, isTouchpoint,
} from '../generated/ast.js';

/** What each kind of name is drawn as, wherever it appears (declaration or reference). */
export const NameTokenType = {
    persona: SemanticTokenTypes.class,
    channel: SemanticTokenTypes.interface,
    journey: SemanticTokenTypes.namespace,
    stage: SemanticTokenTypes.struct,
    touchpoint: SemanticTokenTypes.event,
    action: SemanticTokenTypes.function,
    finding: SemanticTokenTypes.variable,
} as const;

/**
 * Semantic highlighting on top of the TextMate grammar: it knows what a name *is* (a persona, a
 * channel, a journey...) even when the name is a word that is a keyword elsewhere (`channel web`,
 * `touchpoint search`), colours enumeration values (`state current`, `severity high`, `icon web`)
 * as enum members, and emotion and metric values as numbers.
 */
export class JourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    override async semanticHighlight(document: LangiumDocument, _params: SemanticTokensParams, cancelToken = CancellationToken.None): Promise<SemanticTokens> {
        return this.highlightRequest(document, undefined, cancelToken);
    }

    override async semanticHighlightRange(document: LangiumDocument, params: SemanticTokensRangeParams, cancelToken = CancellationToken.None): Promise<SemanticTokens> {
        return this.highlightRequest(document, params.range, cancelToken);
    }

    /** Deltas are off (`semanticTokensOptions`); a whole answer is a valid answer to a delta request. */
    override async semanticHighlightDelta(document: LangiumDocument, _params: SemanticTokensDeltaParams, cancelToken = CancellationToken.None): Promise<SemanticTokens> {
        return this.highlightRequest(document, undefined, cancelToken);
    }

    /**
     * Langium's own walk keeps the request's document, range and token builder in fields, shares
     * one builder per document, and pauses between nodes. VS Code asks for the visible range and
     * the whole file at once and cancels requests while the user types, so tokens of one request
     * (or of a cancelled one, left in the shared builder) ended up in another answer, where VS Code
     * found them twice ("Overlapping semantic tokens"). Here each request has a builder of its own
     * and puts its state back in those fields after every pause.
     */
    private async highlightRequest(document: LangiumDocument, range: Range | undefined, cancelToken: CancellationToken): Promise<SemanticTokens> {
        const builder = new SemanticTokensBuilder();
        const acceptor = this.createAcceptor();
        for (const node of AstUtils.streamAst(document.parseResult.value, { range })) {
            await interruptAndCheck(cancelToken);
            this.currentDocument = document;
            this.currentRange = range;
            this.currentTokensBuilder = builder;
            this.highlightElement(node, acceptor);
        }
        return builder.build();
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declaration = SemanticTokenModifiers.declaration;
        if (isPersona(node)) {
            acceptor({ node, property: 'name', type: NameTokenType.persona, modifier: declaration });
        } else if (isChannel(node)) {
            acceptor({ node, property: 'name', type: NameTokenType.channel, modifier: declaration });
            acceptor({ node, property: 'icon', type: SemanticTokenTypes.enumMember });
        } else if (isJourney(node)) {
            acceptor({ node, property: 'name', type: NameTokenType.journey, modifier: declaration });
            acceptor({ node, property: 'improves', type: NameTokenType.journey });
            acceptor({ node, property: 'personas', type: NameTokenType.persona });
            acceptor({ node, property: 'states', type: SemanticTokenTypes.enumMember });
            acceptor({ node, property: 'types', type: SemanticTokenTypes.enumMember });
            acceptor({ node, property: 'languages', type: SemanticTokenTypes.enumMember });
        } else if (isStage(node)) {
            acceptor({ node, property: 'name', type: NameTokenType.stage, modifier: declaration });
        } else if (isTouchpoint(node)) {
            acceptor({ node, property: 'name', type: NameTokenType.touchpoint, modifier: declaration });
            acceptor({ node, property: 'personas', type: NameTokenType.persona });
            acceptor({ node, property: 'channels', type: NameTokenType.channel });
        } else if (isAction(node)) {
            acceptor({ node, property: 'name', type: NameTokenType.action, modifier: declaration });
            acceptor({ node, property: 'addresses', type: NameTokenType.finding });
            acceptor({ node, property: 'statuses', type: SemanticTokenTypes.enumMember });
        } else if (isPain(node)) {
            if (node.name) acceptor({ node, property: 'name', type: NameTokenType.finding, modifier: declaration });
            acceptor({ node, property: 'severity', type: SemanticTokenTypes.enumMember });
        } else if (isOpportunity(node)) {
            if (node.name) acceptor({ node, property: 'name', type: NameTokenType.finding, modifier: declaration });
            acceptor({ node, property: 'impact', type: SemanticTokenTypes.enumMember });
            acceptor({ node, property: 'effort', type: SemanticTokenTypes.enumMember });
        } else if (isEmotion(node)) {
            if (node.persona) acceptor({ node, property: 'persona', type: NameTokenType.persona });
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number });
        } else if (isReviewInterval(node)) {
            acceptor({ node, property: 'months', type: SemanticTokenTypes.number });
        } else if (isMetric(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number });
        }
    }
}
