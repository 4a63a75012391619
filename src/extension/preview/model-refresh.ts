import type { DocumentMapModel, MapModelResult } from '../../protocol/lsp-protocol.js';

/** What a preview panel gives its {@link ModelRefresh}: no VS Code types, so it is unit-tested with fakes. */
export interface RefreshHost {
    /** The document to draw, or undefined while the webview cannot take a model (not loaded yet). */
    wanted(): string | undefined;
    /** Asks the language server for the model of a document. */
    request(uri: string): Promise<MapModelResult>;
    /** Posts a model to the webview. */
    draw(model: DocumentMapModel): void;
    warn(message: string): void;
}

/**
 * Asks for the map model of the document a preview shows and draws the answer.
 *
 * Answers can come out of order (a request waits for the build of its document, and builds are
 * cancelled and restarted), and after the panel is gone. As VS Code's Markdown preview does, what
 * is wanted is checked again after the await: the panel still open, the answer for the document it
 * shows now, no answer to a later request drawn yet, and not an older version of the document than
 * the one drawn. A later answer is not waited for: an answer that passes these checks is drawn, so a
 * preview keeps up while requests overlap.
 */
export class ModelRefresh {
    /** Set when a map this preview draws changed in another file (the document's version does not say so). */
    private otherFileChanged = false;
    private lastPosted: { uri: string; version: number } | undefined;
    private requests = 0;
    /** The request whose answer was drawn last. */
    private drawnRequest = 0;
    private disposed = false;

    constructor(private readonly host: RefreshHost) {}

    /** A drawn map changed in another file: the next answer is drawn even at the same version. */
    otherFileChangedSince(): void {
        this.otherFileChanged = true;
    }

    /** The webview was (re)loaded or shows another document: the next answer is drawn. */
    forget(): void {
        this.lastPosted = undefined;
    }

    async refresh(): Promise<void> {
        const uri = this.host.wanted();
        if (uri === undefined || this.disposed) return;
        const request = ++this.requests;
        let model: MapModelResult;
        try {
            model = await this.host.request(uri);
        } catch (error) {
            if (!this.disposed) this.host.warn(`preview: no model for ${uri}: ${String(error)}`);
            return;
        }
        if (!model || this.disposed || this.host.wanted() !== uri) return;
        const last = this.lastPosted?.uri === uri ? this.lastPosted : undefined;
        if (request < this.drawnRequest || (last && model.documentVersion < last.version)) return;
        // A render is skipped when the document version did not change and no other drawn file did.
        if (!this.otherFileChanged && last?.version === model.documentVersion) return;
        this.otherFileChanged = false;
        this.lastPosted = { uri, version: model.documentVersion };
        this.drawnRequest = request;
        this.host.draw(model);
    }

    dispose(): void {
        this.disposed = true;
    }
}
