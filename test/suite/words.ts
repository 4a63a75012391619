import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

let bundle: Record<string, string> | undefined;

/**
 * What the extension says for `english` (with `{0}`… filled in) in the display language the suite
 * runs in: the English itself, or its translation from the extension's l10n bundle. Tests that look
 * for the extension's words use it, so that they hold in the Dutch run too.
 */
export function said(english: string, ...args: Array<string | number>): string {
    if (vscode.env.language !== 'en') {
        const extension = vscode.extensions.getExtension('journey-maps.journey-maps')!;
        bundle ??= JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'l10n', `bundle.l10n.${vscode.env.language}.json`), 'utf8')) as Record<string, string>;
    }
    const text = bundle?.[english] ?? english;
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole));
}

/** A regular expression that matches `text` literally. */
export function literally(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
