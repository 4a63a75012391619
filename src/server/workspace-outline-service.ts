import { DocumentState } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { buildDocumentMapModel } from '../language/build-model.js';
import { buildDetachedDocument } from '../language/detached-document.js';
import type { JourneyServicesBundle } from '../language/journey-module.js';
import { buildWorkspaceOutline } from '../language/workspace-outline.js';
import { BlockModelRequest, WorkspaceOutlineRequest } from '../protocol/lsp-protocol.js';
import { handleRequest } from './journey-connection.js';

/**
 * Serves what the editor shows of the workspace as a whole: the outline of every map (the
 * Journeys view) and the model of a map written in another document (a Markdown block), both
 * from the validated workspace and the same model code as the preview.
 */
export function registerWorkspaceServices(connection: Connection, { shared, Journey }: JourneyServicesBundle): void {
    const { DocumentBuilder, LangiumDocuments, WorkspaceLock } = shared.workspace;
    handleRequest(connection, WorkspaceOutlineRequest, async (_params, cancel) => {
        await DocumentBuilder.waitUntil(DocumentState.Validated, cancel);
        return buildWorkspaceOutline(LangiumDocuments.all, Journey.journey.Settings);
    });
    handleRequest(connection, BlockModelRequest, async ({ text }, cancel) => {
        await DocumentBuilder.waitUntil(DocumentState.Validated, cancel);
        // Under the read lock: no build changes the index while the block's names are looked up in it.
        return WorkspaceLock.read(async () => {
            const document = await buildDetachedDocument(shared, text);
            return buildDocumentMapModel(document, LangiumDocuments.all);
        });
    });
}
