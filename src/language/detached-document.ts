import { DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';

/**
 * A text read as a `.journey` file of the workspace would be (parsed, its names looked up among
 * the workspace's personas, channels and journeys, checked) without becoming part of the
 * workspace: it is in neither the documents nor the index, so no file sees its names, and no
 * build publishes reports for it. For a map written inside another document, such as a
 * ```` ```journey ```` block in Markdown.
 *
 * Call it when the workspace is built (its index complete), under the workspace's read lock.
 */
export async function buildDetachedDocument(shared: LangiumSharedCoreServices, text: string, uri: URI = detachedUri): Promise<LangiumDocument> {
    const services = shared.ServiceRegistry.getServices(uri);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    document.localSymbols = await services.references.ScopeComputation.collectLocalSymbols(document);
    document.state = DocumentState.ComputedScopes;
    await services.references.Linker.link(document);
    document.state = DocumentState.Linked;
    document.diagnostics = await services.validation.DocumentValidator.validateDocument(document);
    document.state = DocumentState.Validated;
    return document;
}

/** A URI no file of a workspace has; the extension names the language, which finds the services. */
export const detachedUri = URI.parse('journey-detached:/block.journey');
