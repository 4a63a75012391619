import * as vscode from 'vscode';
import type { default as MarkdownIt } from 'markdown-it';
import type { LanguageClient } from 'vscode-languageclient/node';
import { JourneysView } from './journeys/journeys-view.js';
import { WorkspaceOutlineSource } from './journeys/outline-source.js';
import { startLanguageClient } from './language-client.js';
import { JourneyBlocks } from './markdown/journey-blocks.js';
import { journeyFencePlugin } from './markdown/journey-fence.js';
import { registerNewMapCommands } from './new-map/new-map-command.js';
import { JourneyDocuments } from './journey-documents.js';
import { PreviewManager } from './preview/preview-manager.js';
import { ReviewPanels } from './review/review-panel.js';

let client: LanguageClient | undefined;

/** What the extension hands to other extensions, to VS Code's Markdown preview and to its end-to-end tests. */
export interface JourneyMapsApi {
    client: LanguageClient;
    previews: PreviewManager;
    reviews: ReviewPanels;
    journeys: JourneysView;
    blocks: JourneyBlocks;
    /** VS Code's Markdown preview calls this (`markdown.markdownItPlugins`): ```journey blocks are drawn. */
    extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export async function activate(context: vscode.ExtensionContext): Promise<JourneyMapsApi> {
    const output = vscode.window.createOutputChannel('Journey Maps', { log: true });
    context.subscriptions.push(output);
    // The Journeys view is shown once the extension runs: a workspace with maps, or a map opened or made.
    void vscode.commands.executeCommand('setContext', 'journey.active', true);
    client = await startLanguageClient(context);
    const documents = new JourneyDocuments();
    const previews = new PreviewManager(context, client, output, () => documents.current());
    const outlines = new WorkspaceOutlineSource(client, output);
    const journeys = new JourneysView(outlines);
    const blocks = new JourneyBlocks(client, output);
    const reviews = new ReviewPanels(context, client, output);
    context.subscriptions.push(documents, previews, outlines, journeys, blocks, reviews, registerNewMapCommands(client, outlines, () => documents.current()));
    return {
        client, previews, reviews, journeys, blocks,
        extendMarkdownIt: md => journeyFencePlugin(md, blocks, vscode.l10n.t),
    };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
