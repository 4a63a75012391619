import * as vscode from 'vscode';
import { renderMapHtml, renderMapSvg } from '../../renderer/index.js';
import type { JourneyPreview } from './journey-preview.js';

/**
 * Writes the map the preview shows as SVG or HTML, drawn by the same renderer as the CLI's export.
 * The file is written through `vscode.workspace.fs`, so a virtual workspace (GitHub Repositories,
 * a remote) works as a local one; a write that fails is reported, never dropped.
 */
export async function exportPreview(preview: JourneyPreview, format: 'svg' | 'html'): Promise<void> {
    const model = preview.model;
    if (!model) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The preview has not drawn a map yet.'));
        return;
    }
    const { mode, journey, persona } = preview.viewState;
    const view = { mode, ...(journey ? { journey } : {}), ...(persona ? { persona } : {}) };
    const target = await vscode.window.showSaveDialog({
        defaultUri: defaultTarget(vscode.Uri.parse(model.uri), format),
        filters: format === 'svg' ? { [vscode.l10n.t('SVG image')]: ['svg'] } : { [vscode.l10n.t('HTML page')]: ['html'] },
        saveLabel: vscode.l10n.t('Export {0}', format.toUpperCase()),
    });
    if (!target) return;
    const text = format === 'svg' ? renderMapSvg(model, view) : renderMapHtml(model, view);
    try {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the map to {0}: {1}', vscode.workspace.asRelativePath(target), error instanceof Error ? error.message : String(error)));
        return;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported the map to {0}.', vscode.workspace.asRelativePath(target)));
}

/** Beside the map's file; for an untitled map, in the first workspace folder (or wherever the dialog opens). */
function defaultTarget(source: vscode.Uri, format: 'svg' | 'html'): vscode.Uri | undefined {
    if (source.scheme === 'untitled') {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const name = source.path.split('/').pop()?.replace(/\.journey$/, '') || 'journey-map';
        return folder ? vscode.Uri.joinPath(folder, `${name}.${format}`) : undefined;
    }
    return source.with({ path: `${source.path.replace(/\.journey$/, '')}.${format}`, query: '', fragment: '' });
}
