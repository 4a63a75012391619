import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient } from './language-client.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
    client = await startLanguageClient(context);
    return { client };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
