import type * as vscode from 'vscode';
import type { Translate } from '../journeys/journeys-tree.js';
import { webviewHtml } from '../webview-html.js';

/**
 * The preview's page: its script and stylesheet, and `data:` images (the PNG export draws the
 * map into a canvas through an `<img>` from a `data:` URL). Its title and name are said through
 * `t` (vscode.l10n.t; the tests, without VS Code, hand in their own). `lang` is VS Code's display
 * language, the page's `<html lang>`: the page's own words follow it (src/webview/words.ts).
 */
export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, joinPath: (base: vscode.Uri, ...parts: string[]) => vscode.Uri, t: Translate,
    lang: 'en' | 'nl' = 'en'): string {
    return webviewHtml(webview, extensionUri, joinPath, { script: 'webview.js', style: 'preview.css', title: t('Journey Map Preview'), label: t('Journey map'), dataImages: true, lang });
}
