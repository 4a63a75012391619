import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MapModelRequest, type DocumentMapModel } from '../../protocol/lsp-protocol.js';
import { sendRequest } from '../journey-client.js';
import { ModelRefresh } from './model-refresh.js';
import type { ExportFormat, FromWebviewMessage, PreviewState, ToWebviewMessage } from '../../protocol/preview-protocol.js';
import { PngRequests } from './png-export.js';
import { parseFromWebviewMessage } from './webview-messages.js';
import { previewHtml } from './preview-html.js';
import { localeOf } from '../../language/i18n/locale.js';
import { decideSelection } from './selection.js';
import { decideLink } from './evidence-links.js';
import { UpdateThrottle } from './update-throttle.js';

export const previewViewType = 'journey.preview';

export interface PreviewEvents {
    onRendered(preview: JourneyPreview, message: Extract<FromWebviewMessage, { type: 'rendered' }>): void;
    onExport(preview: JourneyPreview, format: ExportFormat): void;
    onCopyImage(preview: JourneyPreview): void;
    onDispose(preview: JourneyPreview): void;
}

/**
 * One preview panel: it asks the language server for the map model of its document, posts it to
 * the webview (never reassigning the page, so scroll and zoom survive), and turns the webview's
 * clicks into selections in the editor.
 */
export class JourneyPreview implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private readonly throttle: UpdateThrottle;
    private readonly refreshes: ModelRefresh;
    private lastModel: DocumentMapModel | undefined;
    private ready = false;
    /** PNGs the webview draws for `Journey: Export Map as PNG…`. */
    readonly pngs = new PngRequests(message => this.post(message));

    constructor(
        readonly panel: vscode.WebviewPanel,
        extensionUri: vscode.Uri,
        private readonly client: LanguageClient,
        private state: PreviewState,
        private readonly events: PreviewEvents,
        private readonly output: vscode.LogOutputChannel,
    ) {
        panel.webview.options = {
            enableScripts: true,
            enableForms: false,
            enableCommandUris: false,
            localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
        };
        panel.webview.html = previewHtml(panel.webview, extensionUri, vscode.Uri.joinPath, vscode.l10n.t, localeOf(vscode.env.language));
        this.refreshes = new ModelRefresh({
            wanted: () => this.ready ? this.state.uri : undefined,
            request: uri => sendRequest(this.client, MapModelRequest, { uri }),
            draw: model => {
                this.lastModel = model;
                this.post({ type: 'update', modelJson: JSON.stringify(model), state: this.state });
            },
            warn: message => this.output.warn(message),
        });
        this.throttle = new UpdateThrottle(() => void this.refresh());
        this.disposables.push(
            panel.webview.onDidReceiveMessage(raw => this.handleMessage(raw)),
            panel.onDidDispose(() => this.dispose()),
        );
        this.updateTitle();
    }

    get documentUri(): string { return this.state.uri; }
    get locked(): boolean { return this.state.locked; }
    get model(): DocumentMapModel | undefined { return this.lastModel; }
    get viewState(): PreviewState { return this.state; }

    /** Shows another document (the preview follows the active editor unless locked). */
    show(uri: string, journey?: string): void {
        if (uri === this.state.uri && (journey === undefined || journey === this.state.journey)) return;
        this.state = { ...this.state, uri, journey };
        this.post({ type: 'state', state: this.state });
        this.refreshes.forget();
        this.updateTitle();
        void this.refresh();
    }

    /** Whether this preview draws a journey of `uri` (its own document, or the other map of a comparison it shows). */
    draws(uri: string): boolean {
        if (uri === this.state.uri) return true;
        // Only the model of the document shown now counts: right after a switch the last model is still the old document's.
        const model = this.lastModel;
        return model !== undefined && model.uri === this.state.uri && model.journeys.some(j => j.uri === uri);
    }

    setLocked(locked: boolean): void {
        this.state = { ...this.state, locked };
        this.updateTitle();
        this.post({ type: 'state', state: this.state });
    }

    /** Documents were rebuilt: redraw on the throttle's schedule when one of them is drawn here. */
    changed(uris: readonly string[]): void {
        const drawn = new Set([this.state.uri, ...(this.lastModel?.journeys.map(j => j.uri) ?? [])]);
        const relevant = uris.filter(uri => drawn.has(uri));
        if (relevant.length === 0) return;
        if (relevant.some(uri => uri !== this.state.uri)) this.refreshes.otherFileChangedSince();
        this.throttle.trigger();
    }

    highlight(uri: string, line: number): void {
        this.post({ type: 'highlight', uri, line });
    }

    refresh(): Promise<void> {
        return this.refreshes.refresh();
    }

    dispose(): void {
        this.throttle.dispose();
        this.refreshes.dispose();
        this.pngs.dispose();
        this.disposables.splice(0).forEach(d => d.dispose());
        this.events.onDispose(this);
    }

    private post(message: ToWebviewMessage): void {
        if (this.ready) void this.panel.webview.postMessage(message);
    }

    /** A message from the webview (public so the end-to-end suite can play the webview's part in a click). */
    handleMessage(raw: unknown): void {
        const message = parseFromWebviewMessage(raw);
        if (!message) {
            this.output.warn(`preview: ignored a message of unknown shape: ${describeRaw(raw)}`);
            return;
        }
        switch (message.type) {
            case 'ready':
                this.ready = true;
                this.refreshes.forget();
                this.post({ type: 'state', state: this.state });
                void this.refresh();
                return;
            case 'rendered':
                this.events.onRendered(this, message);
                return;
            case 'select':
                this.select(message.uri, message.line, message.character).catch(error => this.output.warn(`preview: a selection failed: ${String(error)}`));
                return;
            case 'setState': {
                const { persona, ...rest } = message;
                this.state = { ...this.state, ...definedOnly(rest) };
                // '' shows every persona again.
                if (persona === '') delete this.state.persona;
                else if (persona !== undefined) this.state.persona = persona;
                return;
            }
            case 'export':
                this.events.onExport(this, message.format);
                return;
            case 'png':
            case 'pngFailed':
            case 'copied':
                this.pngs.settle(message);
                return;
            case 'copyImage':
                this.events.onCopyImage(this);
                return;
            case 'openLink':
                this.openLink(message.uri, message.link).catch(error => this.output.warn(`preview: a link could not be opened: ${String(error)}`));
                return;
        }
    }

    /** An evidence link clicked in the preview: a web address in the browser, a file beside the map in the editor. */
    private async openLink(uri: string, link: string): Promise<void> {
        const decision = decideLink(this.lastModel, { uri, link });
        if (!decision.accepted) {
            this.output.warn(`preview: ignored ${decision.reason}`);
            return;
        }
        if (decision.kind === 'web') {
            await vscode.env.openExternal(vscode.Uri.parse(decision.target, true));
            return;
        }
        const folder = vscode.Uri.joinPath(vscode.Uri.parse(decision.mapUri, true), '..');
        await vscode.commands.executeCommand('vscode.open', vscode.Uri.joinPath(folder, ...decision.segments));
    }

    /** Click-to-source: only documents this preview shows may be opened, and only at lines they have. */
    private async select(uri: string, line: number, character?: number): Promise<void> {
        const request = { uri, line, character };
        const shown = decideSelection(this.lastModel, request);
        if (!shown.accepted) {
            this.output.warn(`preview: ignored ${shown.reason}`);
            return;
        }
        let document: vscode.TextDocument;
        try {
            document = await vscode.workspace.openTextDocument(vscode.Uri.parse(shown.uri, true));
        } catch (error) {
            this.output.warn(`preview: ignored a selection in ${shown.uri}, which cannot be opened: ${String(error)}`);
            return;
        }
        const decision = decideSelection(this.lastModel, request, document.lineCount);
        if (!decision.accepted) {
            this.output.warn(`preview: ignored ${decision.reason}`);
            return;
        }
        const found = decision.range;
        const range = found
            ? new vscode.Range(found.start.line, found.start.character, found.end.line, found.end.character)
            : document.lineAt(decision.line).range;
        const column = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === decision.uri)?.viewColumn ?? vscode.ViewColumn.One;
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    private updateTitle(): void {
        const name = this.state.uri.split('/').pop() ?? 'map';
        const file = decodeURIComponent(name);
        this.panel.title = this.state.locked ? vscode.l10n.t('[Locked] Preview {0}', file) : vscode.l10n.t('Preview {0}', file);
    }
}

/** A short, safe description of an untrusted value for the log. */
function describeRaw(raw: unknown): string {
    try {
        return (JSON.stringify(raw) ?? String(raw)).slice(0, 200);
    } catch {
        return typeof raw;
    }
}

function definedOnly<T extends object>(value: T): Partial<T> {
    return Object.fromEntries(Object.entries(value).filter(([key, v]) => key !== 'type' && v !== undefined)) as Partial<T>;
}
