import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ModelsChangedNotification } from '../../protocol/lsp-protocol.js';
import { onNotification } from '../journey-client.js';
import type { ExportFormat, FromWebviewMessage, PreviewState, ViewMode } from '../../protocol/preview-protocol.js';
import { exportPreview } from './export-map.js';
import { copyPreviewImage, exportPreviewPng } from './png-export.js';
import { JourneyPreview, previewViewType } from './journey-preview.js';
import { isOneOf, viewModes } from '../../model/vocabulary.js';

/** How a preview first shows a comparison when the setting says nothing valid: before above after in every lane, readable in a half-width panel. */
const defaultView: ViewMode = 'paired';

export type RenderedReport = Extract<FromWebviewMessage, { type: 'rendered' }>;

/**
 * All preview panels: the commands that open them, following the active editor, forwarding
 * "models changed" from the server, cursor highlights, and restoring panels after a reload.
 */
export class PreviewManager implements vscode.Disposable {
    private readonly previews = new Set<JourneyPreview>();
    private readonly disposables: vscode.Disposable[] = [];
    private readonly renderedEmitter = new vscode.EventEmitter<{ preview: JourneyPreview; report: RenderedReport }>();
    private readonly copiedEmitter = new vscode.EventEmitter<{ copied: boolean }>();
    /** Fires when the preview's Copy button put the map on the clipboard, or failed to (tests use it). */
    readonly onDidCopyImage = this.copiedEmitter.event;
    /** Fires when a webview reports that it drew a map (tests and status use it). */
    readonly onDidRender = this.renderedEmitter.event;

    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly client: LanguageClient,
        private readonly output: vscode.LogOutputChannel,
        /** The map being worked on when no document is given (the active editor may be the walkthrough). */
        private readonly journeyDocument: () => vscode.TextDocument | undefined = () => vscode.window.activeTextEditor?.document,
    ) {
        this.disposables.push(
            // Arguments: a document URI (editor title, explorer, the server's code lens) and a journey id (code lens).
            vscode.commands.registerCommand('journey.showPreview', (uri?: vscode.Uri | string, journey?: string) => this.open(uri, false, journey)),
            vscode.commands.registerCommand('journey.showPreviewToSide', (uri?: vscode.Uri | string, journey?: string) => this.open(uri, true, journey)),
            vscode.commands.registerCommand('journey.togglePreviewLock', () => this.toggleLock()),
            vscode.commands.registerCommand('journey.exportSvg', () => this.export('svg')),
            vscode.commands.registerCommand('journey.exportHtml', () => this.export('html')),
            // An optional target file: for automation and the end-to-end suite (the command palette asks where to save).
            vscode.commands.registerCommand('journey.exportPng', (target?: vscode.Uri) => this.export('png', target instanceof vscode.Uri ? target : undefined)),
            vscode.window.registerWebviewPanelSerializer(previewViewType, {
                deserializeWebviewPanel: async (panel, state: unknown) => { this.restore(panel, state); },
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (editor?.document.languageId !== 'journey') return;
                const uri = editor.document.uri.toString();
                // A preview already drawing that file (the other map of its comparison, opened by a
                // click on one of its cards) stays where it is: it follows only its own document.
                for (const preview of this.previews) if (!preview.locked && !preview.draws(uri)) preview.show(uri);
            }),
            vscode.window.onDidChangeTextEditorSelection(event => {
                const uri = event.textEditor.document.uri.toString();
                for (const preview of this.previews) preview.highlight(uri, event.selections[0].active.line);
            }),
            onNotification(client, ModelsChangedNotification, params => {
                for (const preview of this.previews) preview.changed(params.uris);
            }),
            this.renderedEmitter,
            this.copiedEmitter,
        );
    }

    all(): readonly JourneyPreview[] {
        return [...this.previews];
    }

    private open(target: vscode.Uri | string | undefined, toSide: boolean, journey?: string): JourneyPreview | undefined {
        const uri = target ? target.toString() : this.journeyDocument()?.uri.toString();
        if (!uri) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .journey file to preview its map.'));
            return undefined;
        }
        // Beside the map's editor when it is on screen (the active page may be the walkthrough or the Journeys view).
        const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri);
        const column = toSide
            ? (editor?.viewColumn ? editor.viewColumn + 1 : vscode.ViewColumn.Beside)
            : editor?.viewColumn ?? vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
        const existing = [...this.previews].find(p => !p.locked);
        if (existing) {
            existing.show(uri, journey);
            existing.panel.reveal(column, toSide);
            return existing;
        }
        const panel = vscode.window.createWebviewPanel(previewViewType, vscode.l10n.t('Journey preview'), { viewColumn: column, preserveFocus: toSide }, { retainContextWhenHidden: false });
        return this.adopt(panel, { uri, mode: this.defaultMode(uri), zoom: 1, locked: false, ...(typeof journey === 'string' ? { journey } : {}) });
    }

    private restore(panel: vscode.WebviewPanel, state: unknown): void {
        const saved = state as Partial<PreviewState> | undefined;
        if (!saved || typeof saved.uri !== 'string') {
            panel.dispose();
            return;
        }
        this.adopt(panel, {
            uri: saved.uri,
            mode: isOneOf(viewModes, saved.mode) ? saved.mode : defaultView,
            zoom: typeof saved.zoom === 'number' ? saved.zoom : 1,
            locked: saved.locked === true,
            ...(typeof saved.journey === 'string' ? { journey: saved.journey } : {}),
            ...(typeof saved.persona === 'string' && saved.persona !== '' ? { persona: saved.persona } : {}),
        });
    }

    private adopt(panel: vscode.WebviewPanel, state: PreviewState): JourneyPreview {
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'icon.png');
        const preview = new JourneyPreview(panel, this.context.extensionUri, this.client, state, {
            onRendered: (p, report) => this.renderedEmitter.fire({ preview: p, report }),
            onExport: (p, format) => {
                (format === 'png' ? exportPreviewPng(p) : exportPreview(p, format)).catch(error => this.output.error(`export: ${String(error)}`));
            },
            onCopyImage: p => {
                copyPreviewImage(p).then(copied => this.copiedEmitter.fire({ copied }), error => this.output.error(`copy: ${String(error)}`));
            },
            onDispose: p => this.previews.delete(p),
        }, this.output);
        this.previews.add(preview);
        return preview;
    }

    private toggleLock(): void {
        const active = [...this.previews].find(p => p.panel.active) ?? [...this.previews][0];
        active?.setLocked(!active.locked);
    }

    private async export(format: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
        const active = [...this.previews].find(p => p.panel.active) ?? [...this.previews][0];
        if (!active) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a journey preview first, then export it.'));
            return undefined;
        }
        if (format === 'png') return exportPreviewPng(active, target);
        await exportPreview(active, format);
        return undefined;
    }

    private defaultMode(uri: string): ViewMode {
        const mode = vscode.workspace.getConfiguration('journey.preview', vscode.Uri.parse(uri)).get<string>('defaultView');
        return isOneOf(viewModes, mode) ? mode : defaultView;
    }

    dispose(): void {
        for (const preview of [...this.previews]) preview.panel.dispose();
        this.disposables.splice(0).forEach(d => d.dispose());
    }
}
