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

/** Asks for the map model of the document a preview shows and draws the answer. */
export class ModelRefresh {
    /** Set when a map this preview draws changed in another file (the document's version does not say so). */
    private otherFileChanged = false;
    private lastPosted: { uri: string; version: number } | undefined;

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
        if (uri === undefined) return;
        let model: MapModelResult;
        try {
            model = await this.host.request(uri);
        } catch (error) {
            this.host.warn(`preview: no model for ${uri}: ${String(error)}`);
            return;
        }
        if (!model) return;
        // A render is skipped when the document version did not change and no other drawn file did.
        if (!this.otherFileChanged && this.lastPosted?.uri === model.uri && this.lastPosted.version === model.version) return;
        this.otherFileChanged = false;
        this.lastPosted = { uri: model.uri, version: model.version };
        this.host.draw(model);
    }

    dispose(): void {
        // nothing to release yet
    }
}
