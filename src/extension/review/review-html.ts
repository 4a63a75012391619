import type * as vscode from 'vscode';
import type { Translate } from '../journeys/journeys-tree.js';
import { webviewHtml } from '../webview-html.js';

/**
 * The review panel's page: its script and stylesheet, no images of its own; its title and name said through `t` (vscode.l10n.t),
 * its `<html lang>` VS Code's display language (the page's own words follow it; the report inside speaks its maps' language).
 */
export function reviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, joinPath: (base: vscode.Uri, ...parts: string[]) => vscode.Uri, t: Translate,
    lang: 'en' | 'nl' = 'en'): string {
    return webviewHtml(webview, extensionUri, joinPath, { script: 'report.js', style: 'report.css', title: t('Quarterly review'), label: t('Quarterly review'), dataImages: false, lang });
}
