import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient } from './language-client.js';
import { PreviewManager } from './preview/preview-manager.js';
import { ReviewPanels } from './review/review-panel.js';

let client: LanguageClient | undefined;

/** What the extension hands to other extensions and to its end-to-end tests. */
export interface JourneyMapsApi {
    client: LanguageClient;
    previews: PreviewManager;
    reviews: ReviewPanels;
}

export async function activate(context: vscode.ExtensionContext): Promise<JourneyMapsApi> {
    const output = vscode.window.createOutputChannel('Journey Maps', { log: true });
    context.subscriptions.push(output);
    client = await startLanguageClient(context);
    const previews = new PreviewManager(context, client, output);
    context.subscriptions.push(previews);
    const reviews = new ReviewPanels(context, client, output);
    context.subscriptions.push(reviews);
    return { client, previews, reviews };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
