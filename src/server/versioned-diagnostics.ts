import { URI, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';

/**
 * Langium publishes diagnostics without the document version they were computed for. With it
 * (`PublishDiagnosticsParams.version`), a client can tell them from the diagnostics of an older
 * text, and our tests can check that a build of a newer edit superseded an older one.
 *
 * An open document keeps the text it was parsed from, with its version (see
 * `PendingChangesDocumentBuilder`): that is the version the diagnostics are for, also when the
 * editor has sent newer changes since (during a stream of edits, a build is published before the
 * next one starts).
 */
export function publishDiagnosticsWithVersions(connection: Connection, shared: LangiumSharedCoreServices): void {
    const { LangiumDocuments, TextDocuments } = shared.workspace;
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => {
        if (params.version !== undefined || !TextDocuments?.get(params.uri)) return send(params);
        const parsed = LangiumDocuments.getDocument(URI.parse(params.uri))?.textDocument;
        return send(parsed && parsed !== TextDocuments.get(params.uri) ? { ...params, version: parsed.version } : params);
    };
}
