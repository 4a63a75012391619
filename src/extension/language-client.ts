import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * Starts the journey language server (our bundled `dist/server.cjs`) as a Node child process,
 * through `dist/server-launch.cjs`, which runs it with a V8 code cache kept in the extension's
 * storage (a start compiles less).
 */
export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    const launcher = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-launch.cjs').fsPath;
    const cacheDir = vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath;
    const serverOptions: ServerOptions = {
        run: { module: launcher, transport: TransportKind.ipc, options: { env: { ...process.env, JOURNEY_CACHE_DIR: cacheDir } } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'journey' }],
        synchronize: {
            // Maps on disk that are not open still define personas, channels and journeys.
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.journey'),
            configurationSection: 'journey',
        },
    };
    const client = new LanguageClient('journey', vscode.l10n.t('Journey Maps Language Server'), serverOptions, clientOptions);
    await client.start();
    return client;
}
