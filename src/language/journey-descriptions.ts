import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, DefaultReferenceDescriptionProvider, UriUtils,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type CstNode, type DocumentSegment, type LangiumCoreServices, type LangiumDocument,
    type Reference, type ReferenceDescription, type URI,
} from 'langium';

/**
 * Descriptions of named nodes (the scopes and the workspace index hold one per stage, touchpoint,
 * pain, …) and of references (the index of references holds one per reference), whose positions
 * and paths are worked out when they are read, not when they are made.
 *
 * Langium computes them all at once: a path string and two segments (offsets and ranges) per
 * description, and a path, a target path and a segment per reference, in every build, while only
 * a few are ever read (a hover, a rename, a workspace symbol, a duplicate reported). Made lazily,
 * a build allocates less and the documents keep less. Read from the syntax tree when asked, they
 * are also right for a tree whose positions were shifted in place (see the server's builder).
 */
export class JourneyAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const description = name ?? this.nameProvider.getName(node);
        if (!description) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        return new LazyNodeDescription(node, description, (document ?? AstUtils.getDocument(node)).uri, this);
    }

    pathOf(node: AstNode): string {
        return this.astNodeLocator.getAstNodePath(node);
    }

    nameNodeOf(node: AstNode): CstNode | undefined {
        return this.nameProvider.getNameNode(node) ?? node.$cstNode;
    }
}

/** As few fields as can be: a workspace holds one per named node. */
class LazyNodeDescription implements AstNodeDescription {
    private cachedPath: string | undefined;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly documentUri: URI,
        private readonly provider: JourneyAstNodeDescriptionProvider,
    ) {}

    get type(): string {
        return this.node.$type;
    }

    /** A node's path does not change while it lives: a change of structure makes new nodes. */
    get path(): string {
        return this.cachedPath ??= this.provider.pathOf(this.node);
    }

    get nameSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.provider.nameNodeOf(this.node));
    }

    get selectionSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}

/**
 * The index of references from the references the linker resolved (`document.references`), without
 * walking the syntax tree again.
 */
export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly locator: AstNodeLocator;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.locator = services.workspace.AstNodeLocator;
    }

    override async createDescriptions(document: LangiumDocument): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        for (const reference of document.references) {
            if (reference.error || !reference.$refNode) continue;
            const targets = 'items' in reference ? reference.items.map(item => item.$nodeDescription) : [(reference as Reference).$nodeDescription];
            for (const target of targets) {
                if (target) descriptions.push(new LazyReferenceDescription(document, reference as Reference, target, this.locator));
            }
        }
        return descriptions;
    }
}

class LazyReferenceDescription implements ReferenceDescription {
    constructor(
        private readonly source: LangiumDocument,
        private readonly reference: Reference,
        private readonly target: AstNodeDescription,
        private readonly locator: AstNodeLocator,
    ) {}

    get sourceUri(): URI {
        return this.source.uri;
    }

    get local(): boolean {
        return UriUtils.equals(this.target.documentUri, this.source.uri);
    }

    get sourcePath(): string {
        return this.locator.getAstNodePath(this.reference.$refNode!.astNode);
    }

    get targetUri(): URI {
        return this.target.documentUri;
    }

    get targetPath(): string {
        return this.target.path;
    }

    get segment(): DocumentSegment {
        return CstUtils.toDocumentSegment(this.reference.$refNode!);
    }
}
