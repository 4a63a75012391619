import { URI, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';

/**
 * Langium publishes diagnostics without the document version they were computed for. With it
 * (`PublishDiagnosticsParams.version`), a client can tell them from the diagnostics of an older
 * text, and our tests can check that a build of a newer edit superseded an older one.
 *
 * The version is given only when the text that was parsed is the open document's current text:
 * the editor may have sent changes the diagnostics do not reflect yet, and the document is
 * updated in place, so its version alone says nothing about what was validated.
 */
export function publishDiagnosticsWithVersions(connection: Connection, shared: LangiumSharedCoreServices): void {
    const { LangiumDocuments, TextDocuments } = shared.workspace;
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => {
        const open = TextDocuments?.get(params.uri);
        if (params.version !== undefined || !open) return send(params);
        const parsed = LangiumDocuments.getDocument(URI.parse(params.uri))?.parseResult.value.$cstNode?.root.fullText;
        return send(parsed === open.getText() ? { ...params, version: open.version } : params);
    };
}
