import { DefaultDocumentBuilder, DocumentState, OperationCancelled, URI, UriUtils, type FileSystemProvider, type LangiumDocument, type Module } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices, type PartialLangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { patchStringEdit } from './string-edit.js';

/** A build this handler started. */
interface Build {
    uris: ReadonlySet<string>;
    /** Started because changes had waited `maxDelayMs`: newer changes do not cancel it. */
    kept: boolean;
    /** Set when one of its documents was validated (a re-check of other files may cancel the rest of it). */
    completed: boolean;
    done: Promise<void>;
}

/**
 * Langium starts a build for every change; a build notices that a newer one cancelled it only
 * between phases, after it has parsed the whole document. A burst of 50 keystrokes then parsed
 * an 8,000-line map 50 times (3.7 s measured). Changes that come within `delayMs` of each other
 * are built once, and a running build is cancelled at once.
 *
 * Both have a bound, or a stream of edits that never pauses for `delayMs` (a script, a paste
 * storm, key repeat) would keep diagnostics and the preview from ever following: once changes
 * have waited `maxDelayMs` without a completed build, a build starts at once, and newer changes
 * do not cancel that build (they are built next).
 *
 * Requests wait for a build of the text they were sent for, not for a document state alone:
 * see {@link PendingChangesDocumentBuilder}.
 */
export class CoalescingDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    static delayMs = 30;
    static maxDelayMs = 300;
    private readonly pending = new Set<string>();
    /** When the first change in `pending` came. */
    private pendingSince: number | undefined;
    /** When the oldest change that no completed build has taken in came. */
    private waitingSince: number | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private running: Build | undefined;
    /** A build is due, and waits for the running one to end. */
    private queued = false;

    private readonly files: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.files = services.workspace.FileSystemProvider;
        this.documentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            if (this.running?.uris.has(document.uri.toString())) this.running.completed = true;
        });
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        const now = performance.now();
        this.pending.add(change.document.uri);
        this.pendingSince ??= now;
        this.waitingSince ??= now;
        if (this.running && !this.running.kept) this.workspaceLock.cancelWrite();
        if (this.timer !== undefined) clearTimeout(this.timer);
        const { delayMs, maxDelayMs } = CoalescingDocumentUpdateHandler;
        const due = Math.min(now + delayMs, this.waitingSince + maxDelayMs);
        this.timer = setTimeout(() => this.startBuild(), Math.max(0, due - now));
    }

    private startBuild(): void {
        this.timer = undefined;
        if (this.pending.size === 0) return;
        if (this.running?.kept) {
            // The pending changes are built when it ends.
            this.queued = true;
            return;
        }
        const uris = new Set(this.pending);
        this.pending.clear();
        this.pendingSince = undefined;
        const kept = this.waitingSince !== undefined && performance.now() - this.waitingSince >= CoalescingDocumentUpdateHandler.maxDelayMs;
        const build: Build = { uris, kept, completed: false, done: Promise.resolve() };
        this.running = build;
        build.done = this.workspaceManager.ready
            .then(() => this.workspaceLock.write(token => this.documentBuilder.update([...uris].map(uri => URI.parse(uri)), [], token)))
            .catch(error => console.error('journey server: a build failed:', error))
            .finally(() => {
                if (this.running === build) this.running = undefined;
                // Changes that came during the build wait from their own time on.
                if (build.completed) this.waitingSince = this.pendingSince;
                if (this.queued) {
                    this.queued = false;
                    this.startBuild();
                }
            });
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

/**
 * A document builder whose requests wait for a build of the text they were sent for.
 *
 * The editor's text document is updated in place as changes come, while the syntax tree is that
 * of the text last parsed. Langium's requests wait for a document state only (completion and
 * hover: `Linked`), so a completion right after typing `persona ` read the old tree at an offset
 * of the new text (no proposals, an exception logged), and a request sent before a document's
 * first build failed with "No document found" (its build waits for more edits first).
 *
 * Here each parsed document keeps a copy of the text it was parsed from (`textDocument`, with
 * its version), so its tree, its positions and its version always agree; and a request for an
 * open document waits until its state is reached by a build of the version the request was sent
 * for, or a newer one. During a stream of edits it is answered from the newest completed build.
 */
export class PendingChangesDocumentBuilder extends DefaultDocumentBuilder {
    /** The version of the open text each document was last parsed from. */
    private readonly parsedVersions = new WeakMap<LangiumDocument, number>();

    /**
     * Edits inside a quoted text of an open document are applied to its syntax tree in place (see
     * {@link patchStringEdit}): its names, scopes, links and index stay as they are, and it is only
     * validated again. Every other change is built from a new parse, as Langium does.
     *
     * The files that refer to an edited one are validated again too, as after Langium's own update
     * (which links them again as well; their links are the same nodes here): their maps show its
     * texts (a persona's name from the people file, the current map beside its future one), and a
     * file validated is what tells the previews to draw it again.
     */
    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        const patched: URI[] = [];
        const rest: URI[] = [];
        for (const uri of changed) {
            const document = this.langiumDocuments.getDocument(uri);
            const live = this.textDocuments?.get(uri.toString());
            if (document && live && this.serviceRegistry.hasServices(uri) && patchStringEdit(document, live.getText(), this.serviceRegistry.getServices(uri))) {
                this.keepParsedText(document);
                this.resetToState(document, DocumentState.IndexedReferences);
                patched.push(uri);
            } else {
                rest.push(uri);
            }
        }
        if (patched.length > 0) {
            const edited = new Set(patched.map(uri => uri.toString()));
            for (const document of this.langiumDocuments.all) {
                if (!edited.has(document.uri.toString()) && this.indexManager.isAffected(document, edited)) {
                    this.resetToState(document, DocumentState.IndexedReferences);
                }
            }
            await this.emitUpdate(patched, []);
        }
        return super.update(rest, deleted, cancelToken);
    }

    protected override async runCancelable(documents: LangiumDocument[], targetState: DocumentState, cancelToken: CancellationToken, callback: (document: LangiumDocument) => unknown): Promise<void> {
        if (targetState !== DocumentState.Parsed) return super.runCancelable(documents, targetState, cancelToken, callback);
        return super.runCancelable(documents, targetState, cancelToken, async document => {
            await callback(document);
            this.keepParsedText(document);
        });
    }

    /** Replaces the live text document by a copy of the text just parsed (the parse is synchronous: they are equal). */
    private keepParsedText(document: LangiumDocument): void {
        const live = this.textDocuments?.get(document.uri.toString());
        if (!live) return;
        const parsed = TextDocument.create(live.uri, live.languageId, live.version, live.getText());
        Object.defineProperty(document, 'textDocument', { value: parsed, configurable: true, enumerable: true });
        this.parsedVersions.set(document, live.version);
    }

    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        // The version of the open text when the request came; undefined when the document is not open.
        const wanted = this.textDocuments?.get(uri.toString())?.version;
        const document = this.langiumDocuments.getDocument(uri);
        const built = (doc: LangiumDocument) => wanted === undefined || (this.parsedVersions.get(doc) ?? -Infinity) >= wanted;
        const ready = (doc: LangiumDocument) => doc.state >= state && built(doc);
        // Not open, or built from its current text: Langium's rules.
        if (wanted === undefined || !this.serviceRegistry.hasServices(uri) || (document && built(document))) return super.awaitDocumentState(state, uri, cancelToken);
        if (document && ready(document)) return Promise.resolve(uri);
        if (cancelToken.isCancellationRequested) return Promise.reject(OperationCancelled);
        // Not parsed yet, or only an older text: the build of the open text is coming. It may start
        // past `state` (a text edited in place is only validated again), so every later phase counts.
        return new Promise<URI>((resolve, reject) => {
            const phases: Array<{ dispose(): void }> = [];
            const done = () => {
                phases.forEach(phase => phase.dispose());
                cancel.dispose();
            };
            for (let phase = state; phase <= DocumentState.Validated; phase++) {
                phases.push(this.onDocumentPhase(phase, doc => {
                    if (!UriUtils.equals(doc.uri, uri) || !ready(doc)) return;
                    done();
                    resolve(doc.uri);
                }));
            }
            const cancel = cancelToken.onCancellationRequested(() => {
                done();
                reject(OperationCancelled);
            });
        });
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
