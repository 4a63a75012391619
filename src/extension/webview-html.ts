import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

/**
 * The one place a webview page of the extension and its Content-Security-Policy are written (the
 * preview, the review panel): the policy is the first element of <head>; scripts run only with
 * this page's nonce; styles, images and fonts come only from the extension's own files (images
 * also from `data:` URLs where a page draws them); nothing remote, no eval. `lang` (VS Code's
 * display language) is the page's `<html lang>`, which its script reads to choose its own words.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, joinPath: (base: vscode.Uri, ...parts: string[]) => vscode.Uri,
    page: { script: string; style: string; title: string; label: string; dataImages: boolean; lang?: 'en' | 'nl' }): string {
    const nonce = randomBytes(18).toString('base64');
    const script = webview.asWebviewUri(joinPath(extensionUri, 'dist', page.script));
    const style = webview.asWebviewUri(joinPath(extensionUri, 'dist', page.style));
    const csp = [
        `default-src 'none'`,
        `script-src 'nonce-${nonce}'`,
        `style-src ${webview.cspSource}`,
        `img-src ${webview.cspSource}${page.dataImages ? ' data:' : ''}`,
        `font-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="${page.lang ?? 'en'}">
<head>
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<div id="root" role="main" aria-label="${escapeHtml(page.label)}"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

/** The page's title and name come from the translations: written as text, never as markup. */
function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
