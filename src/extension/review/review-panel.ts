import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ModelsChangedNotification, ReviewReportRequest } from '../../protocol/lsp-protocol.js';
import type { FromReviewMessage, ToReviewMessage } from '../../protocol/review-protocol.js';
import type { ReportModel } from '../../report/report-model.js';
import { onNotification, sendRequest } from '../journey-client.js';
import { UpdateThrottle } from '../preview/update-throttle.js';
import { reviewHtml } from './review-html.js';
import { localeOf } from '../../language/i18n/locale.js';
import { decideReviewSelection, parseFromReviewMessage } from './review-messages.js';

export const reviewViewType = 'journey.reviewReport';

export type ReviewRendered = Extract<FromReviewMessage, { type: 'rendered' }>;

/**
 * `Journey: Open Review Report`: the quarterly review of every map in the workspace (the CLI's
 * `journey report`, drawn by the same components) in a panel beside the editor. It redraws when
 * maps change, on the previews' schedule, and a click on a map, pain, opportunity or action
 * selects its source.
 */
export class ReviewPanels implements vscode.Disposable {
    private panel: ReviewPanel | undefined;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly renderedEmitter = new vscode.EventEmitter<ReviewRendered>();
    /** Fires when the panel reports that it drew a report (tests use it). */
    readonly onDidRender = this.renderedEmitter.event;

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient, private readonly output: vscode.LogOutputChannel) {
        this.disposables.push(
            vscode.commands.registerCommand('journey.openReviewReport', () => this.open()),
            onNotification(client, ModelsChangedNotification, () => this.panel?.changed()),
            this.renderedEmitter,
        );
    }

    /** The open panel, if any (the end-to-end suite plays its webview's part through it). */
    get current(): ReviewPanel | undefined {
        return this.panel;
    }

    open(): ReviewPanel {
        if (this.panel) {
            this.panel.panel.reveal(vscode.ViewColumn.Beside, false);
            return this.panel;
        }
        const panel = vscode.window.createWebviewPanel(reviewViewType, vscode.l10n.t('Quarterly review'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { retainContextWhenHidden: false });
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'icon.png');
        this.panel = new ReviewPanel(panel, this.context.extensionUri, this.client, this.output, {
            onRendered: message => this.renderedEmitter.fire(message),
            onDispose: () => { this.panel = undefined; },
        });
        return this.panel;
    }

    dispose(): void {
        this.panel?.panel.dispose();
        this.disposables.splice(0).forEach(d => d.dispose());
    }
}

export class ReviewPanel implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private readonly throttle: UpdateThrottle;
    private ready = false;
    private lastReport: ReportModel | undefined;
    /** Answers can come out of order: only the newest request's answer is drawn. */
    private requests = 0;

    constructor(
        readonly panel: vscode.WebviewPanel,
        extensionUri: vscode.Uri,
        private readonly client: LanguageClient,
        private readonly output: vscode.LogOutputChannel,
        private readonly events: { onRendered(message: ReviewRendered): void; onDispose(): void },
    ) {
        panel.webview.options = {
            enableScripts: true,
            enableForms: false,
            enableCommandUris: false,
            localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')],
        };
        panel.webview.html = reviewHtml(panel.webview, extensionUri, vscode.Uri.joinPath, vscode.l10n.t, localeOf(vscode.env.language));
        this.throttle = new UpdateThrottle(() => void this.refresh());
        this.disposables.push(
            panel.webview.onDidReceiveMessage(raw => this.handleMessage(raw)),
            panel.onDidDispose(() => this.dispose()),
        );
    }

    get report(): ReportModel | undefined { return this.lastReport; }

    /** Maps changed: redraw on the throttle's schedule (the first change at once, then when edits pause). */
    changed(): void {
        this.throttle.trigger();
    }

    async refresh(): Promise<void> {
        if (!this.ready) return;
        const request = ++this.requests;
        let report: ReportModel;
        try {
            report = await sendRequest(this.client, ReviewReportRequest, {});
        } catch (error) {
            this.output.warn(`review: no report: ${String(error)}`);
            return;
        }
        if (request !== this.requests) return;
        this.lastReport = report;
        this.post({ type: 'report', report });
    }

    /** A message from the webview (public so the end-to-end suite can play the webview's part in a click). */
    handleMessage(raw: unknown): void {
        const message = parseFromReviewMessage(raw);
        if (!message) {
            this.output.warn(`review: ignored a message of unknown shape: ${describeRaw(raw)}`);
            return;
        }
        switch (message.type) {
            case 'ready':
                this.ready = true;
                void this.refresh();
                return;
            case 'rendered':
                this.events.onRendered(message);
                return;
            case 'select':
                this.select(message).catch(error => this.output.warn(`review: a selection failed: ${String(error)}`));
                return;
        }
    }

    private post(message: ToReviewMessage): void {
        if (this.ready) void this.panel.webview.postMessage(message);
    }

    /** Click-to-source: only documents the report shows may be opened, and only at lines they have. */
    private async select(request: { uri: string; line: number; character?: number }): Promise<void> {
        const shown = decideReviewSelection(this.lastReport, request);
        if (!shown.accepted) {
            this.output.warn(`review: ignored ${shown.reason}`);
            return;
        }
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(shown.uri, true));
        const decision = decideReviewSelection(this.lastReport, request, document.lineCount);
        if (!decision.accepted) {
            this.output.warn(`review: ignored ${decision.reason}`);
            return;
        }
        const found = decision.range;
        const range = found
            ? new vscode.Range(found.start.line, found.start.character, found.end.line, found.end.character)
            : document.lineAt(decision.line).range;
        // The editor beside the panel (the panel opened beside it), or the first column.
        const column = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === decision.uri)?.viewColumn
            ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    dispose(): void {
        this.throttle.dispose();
        this.disposables.splice(0).forEach(d => d.dispose());
        this.events.onDispose();
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
