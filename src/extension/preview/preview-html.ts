import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';
import { previewWords } from '../../webview/words.js';

/**
 * The one place the preview's page and its Content-Security-Policy are written: the policy is
 * the first element of <head>; scripts run only with this page's nonce; styles, images and
 * fonts come only from the extension's own files; nothing remote, no eval. `lang` is VS Code's
 * display language (`nl`, `en`): the page's own words follow it (src/webview/words.ts).
 */
export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, joinPath: (base: vscode.Uri, ...parts: string[]) => vscode.Uri, lang: 'en' | 'nl' = 'en'): string {
    const words = previewWords(lang);
    const nonce = randomBytes(18).toString('base64');
    const script = webview.asWebviewUri(joinPath(extensionUri, 'dist', 'webview.js'));
    const style = webview.asWebviewUri(joinPath(extensionUri, 'dist', 'preview.css'));
    const csp = [
        `default-src 'none'`,
        `script-src 'nonce-${nonce}'`,
        `style-src ${webview.cspSource}`,
        `img-src ${webview.cspSource} data:`,
        `font-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${words.pageTitle}</title>
</head>
<body>
<div id="root" role="main" aria-label="${words.pageRegion}"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
