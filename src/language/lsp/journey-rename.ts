import {
    AstUtils, CstUtils, GrammarAST, GrammarUtils,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type IndexManager, type LangiumDocument, type LeafCstNode, type MaybePromise,
} from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type Position, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver';
import { NameSyntax } from '../names.js';
import type { Messages } from '../i18n/en.js';
import { kindOf } from '../i18n/kinds.js';
import type { Localization } from '../i18n/localization.js';
import type { JourneyMapsServices } from '../journey-module.js';

/**
 * Langium's rename, which refuses a new name that would break the map, with a message a map writer
 * understands (the editor shows it where the new name was typed): a text the grammar does not read
 * as a name, a word of the language that cannot be a name, or a name another element of the same
 * kind already has where names must differ (personas, channels and journeys in the workspace;
 * stages, touchpoints, pains, opportunities and actions in their journey).
 */
export class JourneyRenameProvider extends DefaultRenameProvider {
    protected readonly names: NameSyntax;
    protected readonly indexManager: IndexManager;
    protected readonly locator: AstNodeLocator;
    protected readonly localization: Localization;

    constructor(services: JourneyMapsServices) {
        super(services);
        this.names = new NameSyntax(services.Grammar);
        this.indexManager = services.shared.workspace.IndexManager;
        this.locator = services.workspace.AstNodeLocator;
        this.localization = services.journey.Localization;
    }

    /** The refusals in the language the server speaks now. */
    protected get text(): Messages['rename'] {
        return this.localization.messages.rename;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (target) {
            const refusal = this.refusal(target, params.newName);
            if (refusal) throw new ResponseError(LSPErrorCodes.RequestFailed, refusal);
        }
        return super.rename(document, params, cancelToken);
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams, cancelToken?: CancellationToken): MaybePromise<Range | undefined> {
        const range = super.prepareRename(document, params, cancelToken);
        if (range) return range;
        const leaf = this.leafAt(document, params.position);
        const message = leaf && this.isReferenceText(leaf) ? this.text.namesNothing(leaf.text) : this.text.notAName();
        throw new ResponseError(LSPErrorCodes.RequestFailed, message);
    }

    /** Why `newName` cannot replace the name of `target`, or undefined when it can. */
    protected refusal(target: AstNode, newName: string): string | undefined {
        switch (this.names.check(newName)) {
            case 'keyword':
                return this.text.keyword(newName);
            case 'not-a-name':
                return newName.trim() === '' ? this.text.empty() : this.text.invalid(newName);
        }
        if (newName === this.nameProvider.getName(target)) {
            return undefined;
        }
        const taken = this.sameNameInScope(target, newName);
        if (!taken) {
            return undefined;
        }
        const kind = kindOf(target.$type);
        const file = taken.other.documentUri.path.split('/').pop();
        const where = `${file}:${(taken.other.nameSegment?.range.start.line ?? 0) + 1}`;
        return taken.local ? this.text.takenInJourney(kind, newName, where) : this.text.taken(kind, newName, where);
    }

    /**
     * Another element of the target's kind with that name where the two would clash: in the
     * workspace for the elements the index exports (personas, channels, journeys), else among the
     * local symbols of the container that holds the target's (a journey, for its stages...).
     */
    protected sameNameInScope(target: AstNode, name: string): { other: AstNodeDescription; local: boolean } | undefined {
        const document = AstUtils.getDocument(target);
        const path = this.locator.getAstNodePath(target);
        const isTarget = (description: AstNodeDescription) =>
            description.documentUri.toString() === document.uri.toString() && description.path === path;
        const exported = this.indexManager.allElements(target.$type).filter(description => isTarget(description)).head();
        if (exported) {
            const other = this.indexManager.allElements(target.$type).find(description => description.name === name && !isTarget(description));
            return other && { other, local: false };
        }
        const symbols = document.localSymbols;
        for (let container = target.$container; container && symbols; container = container.$container) {
            const own = symbols.getStream(container).filter(description => description.type === target.$type);
            if (!own.some(isTarget)) continue;
            const other = own.find(description => description.name === name && !isTarget(description));
            return other && { other, local: true };
        }
        return undefined;
    }

    /** The declaration whose name is at `position` (on its declaration or on a reference to it). */
    protected targetAt(document: LangiumDocument, position: Position): AstNode | undefined {
        const leaf = this.leafAt(document, position);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    protected leafAt(document: LangiumDocument, position: Position): LeafCstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(position);
        return root ? CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp) : undefined;
    }

    /** Whether a token is the text of a reference (`persona ghost` in a journey). */
    protected isReferenceText(leaf: LeafCstNode): boolean {
        return GrammarAST.isCrossReference(GrammarUtils.findAssignment(leaf)?.terminal);
    }
}
