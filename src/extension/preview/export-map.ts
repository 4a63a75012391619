import * as vscode from 'vscode';
import { renderMapHtml, renderMapSvg } from '../../renderer/index.js';
import type { JourneyPreview } from './journey-preview.js';

/** Writes the map the preview shows as SVG or HTML, drawn by the same renderer as the CLI's export. */
export async function exportPreview(preview: JourneyPreview, format: 'svg' | 'html'): Promise<void> {
    const model = preview.model;
    if (!model) {
        void vscode.window.showWarningMessage('The preview has not drawn a map yet.');
        return;
    }
    const { mode, journey } = preview.viewState;
    const view = { mode, ...(journey ? { journey } : {}) };
    const source = vscode.Uri.parse(model.uri);
    const base = source.path.replace(/\.journey$/, '');
    const target = await vscode.window.showSaveDialog({
        defaultUri: source.with({ path: `${base}.${format}` }),
        filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'HTML page': ['html'] },
        saveLabel: `Export ${format.toUpperCase()}`,
    });
    if (!target) return;
    const text = format === 'svg' ? renderMapSvg(model, view) : renderMapHtml(model, view);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(`Exported the map to ${vscode.workspace.asRelativePath(target)}.`);
}
