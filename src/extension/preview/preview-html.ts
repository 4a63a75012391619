import type * as vscode from 'vscode';
import { webviewHtml } from '../webview-html.js';

/**
 * The preview's page: its script and stylesheet, and `data:` images (the PNG export draws the
 * map into a canvas through an `<img>` from a `data:` URL).
 */
export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, joinPath: (base: vscode.Uri, ...parts: string[]) => vscode.Uri): string {
    return webviewHtml(webview, extensionUri, joinPath, { script: 'webview.js', style: 'preview.css', title: 'Journey Map Preview', label: 'Journey map', dataImages: true });
}
