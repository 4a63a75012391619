import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

/**
 * The review panel's page and its Content-Security-Policy, first in <head>: scripts only with this
 * page's nonce, styles only from the extension's files, nothing remote, no eval.
 */
export function reviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, joinPath: (base: vscode.Uri, ...parts: string[]) => vscode.Uri): string {
    const nonce = randomBytes(18).toString('base64');
    const script = webview.asWebviewUri(joinPath(extensionUri, 'dist', 'report.js'));
    const style = webview.asWebviewUri(joinPath(extensionUri, 'dist', 'report.css'));
    const csp = [
        `default-src 'none'`,
        `script-src 'nonce-${nonce}'`,
        `style-src ${webview.cspSource}`,
        `img-src ${webview.cspSource}`,
        `font-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Quarterly review</title>
</head>
<body>
<div id="root" role="main" aria-label="Quarterly review"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
