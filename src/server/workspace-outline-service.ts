import { Cancellation, DocumentState, type DocumentBuilder } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { buildDocumentMapModel } from '../language/build-model.js';
import { buildDetachedDocument } from '../language/detached-document.js';
import type { JourneyServicesBundle } from '../language/journey-module.js';
import { buildWorkspaceOutline } from '../language/workspace-outline.js';
import { BlockModelRequest, ModelsChangedNotification, WorkspaceOutlineRequest } from '../protocol/lsp-protocol.js';
import { handleRequest, sendNotification } from './journey-connection.js';

/**
 * Serves what the editor shows of the workspace as a whole: the outline of every map (the
 * Journeys view) and the model of a map written in another document (a Markdown block), both
 * from the validated workspace and the same model code as the preview.
 */
export function registerWorkspaceServices(connection: Connection, { shared, Journey }: JourneyServicesBundle): void {
    const { DocumentBuilder, LangiumDocuments, WorkspaceLock } = shared.workspace;
    // A deleted file is validated no more, so `modelsChanged` would not name it and the outline would
    // keep its maps: it is announced once the build that follows its deletion is done.
    DocumentBuilder.onUpdate((_changed, deleted) => {
        if (deleted.length === 0) return;
        const uris = deleted.map(uri => uri.toString());
        void DocumentBuilder.waitUntil(DocumentState.Validated).then(() => sendNotification(connection, ModelsChangedNotification, { uris }));
    });
    handleRequest(connection, WorkspaceOutlineRequest, async (_params, cancel) => {
        await whenLinked(DocumentBuilder, cancel);
        return buildWorkspaceOutline(LangiumDocuments.all, Journey.journey.Settings);
    });
    handleRequest(connection, BlockModelRequest, async ({ text }, cancel) => {
        await whenLinked(DocumentBuilder, cancel);
        // Under the read lock: no build changes the index while the block's names are looked up in it.
        return WorkspaceLock.read(async () => {
            const document = await buildDetachedDocument(shared, text);
            return buildDocumentMapModel(document, LangiumDocuments.all);
        });
    });
}

/**
 * Resolves when the workspace's documents are linked (the index complete, references resolved).
 * Langium's `waitUntil` hears of a phase only from a build that had documents in it: a request
 * that comes before the first build of an empty workspace, or of one whose files are not checked
 * until opened, would wait for the next edit. So the builder's state is looked at again now and then.
 */
async function whenLinked(builder: DocumentBuilder, cancel: Cancellation.CancellationToken): Promise<void> {
    for (;;) {
        const attempt = new Cancellation.CancellationTokenSource();
        const timer = setTimeout(() => attempt.cancel(), 200);
        const forward = cancel.onCancellationRequested(() => attempt.cancel());
        try {
            await builder.waitUntil(DocumentState.IndexedReferences, attempt.token);
            return;
        } catch (error) {
            if (cancel.isCancellationRequested) throw error;
        } finally {
            clearTimeout(timer);
            forward.dispose();
            attempt.dispose();
        }
    }
}
