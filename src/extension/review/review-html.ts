import type * as vscode from 'vscode';
import { webviewHtml } from '../webview-html.js';

/** The review panel's page: its script and stylesheet, no images of its own. */
export function reviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, joinPath: (base: vscode.Uri, ...parts: string[]) => vscode.Uri): string {
    return webviewHtml(webview, extensionUri, joinPath, { script: 'report.js', style: 'report.css', title: 'Quarterly review', label: 'Quarterly review', dataImages: false });
}
