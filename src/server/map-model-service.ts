import { DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { buildDocumentMapModel } from '../language/build-model.js';
import { MapModelRequest, ModelsChangedNotification } from '../protocol/lsp-protocol.js';
import { handleRequest, sendNotification } from './journey-connection.js';
import type { JourneyServicesBundle } from '../language/journey-module.js';

/**
 * Serves the map model to the extension's previews: a light notification after every build,
 * and the model itself on request, built from the validated documents.
 */
export function registerMapModelService(connection: Connection, { shared }: JourneyServicesBundle): void {
    const { DocumentBuilder, LangiumDocuments } = shared.workspace;
    // Per document, not per build: a build-phase listener is skipped when an earlier listener
    // cancels the build (the cross-file re-check starts a new build from that very phase), and the
    // preview of a renamed map then never heard of its change. Documents validated together are
    // announced together.
    const validated = new Set<string>();
    DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        if (validated.size === 0) {
            setTimeout(() => {
                const uris = [...validated];
                validated.clear();
                void sendNotification(connection, ModelsChangedNotification, { uris });
            }, 0);
        }
        validated.add(document.uri.toString());
    });
    handleRequest(connection, MapModelRequest, async ({ uri }, cancel) => {
        const parsed = URI.parse(uri);
        const document = LangiumDocuments.getDocument(parsed);
        if (!document) return null;
        await DocumentBuilder.waitUntil(DocumentState.Validated, parsed, cancel);
        const model = buildDocumentMapModel(document, LangiumDocuments.all);
        return { ...model, uri: document.uri.toString(), documentVersion: document.textDocument.version };
    });
}
