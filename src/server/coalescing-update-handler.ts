import { DefaultDocumentBuilder, DocumentState, URI, type FileSystemProvider, type LangiumDocument, type LangiumDocuments, type Module } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices, type PartialLangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Langium starts a build for every change; a build notices that a newer one cancelled it only
 * between phases, after it has parsed the whole document. A burst of 50 keystrokes then parsed
 * an 8,000-line map 50 times (3.7 s measured). Changes that come within `delayMs` of each other
 * are built once, and a running build is cancelled at once.
 *
 * Until that build parses the new text, the document's syntax tree is the old text's while its
 * text document (updated in place) already holds the new text. Requests wait only for a document
 * state (completion and hover: `Linked`), so a completion right after typing `persona ` read the
 * old tree at an offset of the new text: no proposals, and an exception logged. The changed
 * document is therefore marked changed at once (see {@link PendingChangesDocumentBuilder});
 * requests then wait for the build of the new text.
 */
export class CoalescingDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    static delayMs = 30;
    private readonly pending = new Set<string>();
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly langiumDocuments: LangiumDocuments;

    private readonly files: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.files = services.workspace.FileSystemProvider;
        this.langiumDocuments = services.workspace.LangiumDocuments;
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        this.pending.add(change.document.uri);
        this.workspaceLock.cancelWrite();
        const document = this.langiumDocuments.getDocument(URI.parse(change.document.uri));
        if (document && this.documentBuilder instanceof PendingChangesDocumentBuilder) this.documentBuilder.markChanged(document);
        if (this.timer !== undefined) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            const uris = [...this.pending].map(uri => URI.parse(uri));
            this.pending.clear();
            this.fireDocumentUpdate(uris, []);
        }, CoalescingDocumentUpdateHandler.delayMs);
    }

    /**
     * A closed document is known from then on only as far as the server can read it itself. A
     * `.journey` file on the local disk is read again (closing without saving drops the unsaved
     * text); anything else (an untitled map, a file of another extension set to the journey
     * language, a file of a virtual workspace) is forgotten: the server cannot read it, and
     * keeping it would keep its names in the workspace and, for a name without the `.journey`
     * extension, break every later build (Langium finds its services by that extension).
     */
    didCloseDocument(change: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(change.document.uri);
        this.pending.delete(change.document.uri);
        if (uri.scheme !== 'file' || !this.serviceRegistry.hasServices(uri)) {
            this.fireDocumentUpdate([], [uri]);
            return;
        }
        void this.files.exists(uri).then(
            exists => exists ? this.fireDocumentUpdate([uri], []) : this.fireDocumentUpdate([], [uri]),
            () => this.fireDocumentUpdate([], [uri]),
        );
    }
}

/** A document builder that can be told, ahead of the build, that a document's text changed. */
export class PendingChangesDocumentBuilder extends DefaultDocumentBuilder {
    /**
     * Lowers the document's state (and the workspace's, as `update` does: a document below the
     * workspace's state fails requests instead of making them wait), so that requests wait for the
     * coming build. Only the states: that build's `update` resets the document's index entries,
     * links and diagnostics.
     */
    markChanged(document: LangiumDocument): void {
        if (document.state > DocumentState.Changed) document.state = DocumentState.Changed;
        this.currentState = DocumentState.Changed;
    }
}

/** What the language server puts into the language's shared services (see `createJourneyServices`). */
export const CoalescingUpdatesModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        DocumentUpdateHandler: (services) => new CoalescingDocumentUpdateHandler(services),
    },
    workspace: {
        DocumentBuilder: (services) => new PendingChangesDocumentBuilder(services),
    },
};
