import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isOneOf, viewModes, type ViewMode } from '../../model/vocabulary.js';
import { BlockModelRequest, ModelsChangedNotification } from '../../protocol/lsp-protocol.js';
import { onNotification, sendRequest } from '../journey-client.js';
import { UpdateThrottle } from '../preview/update-throttle.js';
import { drawingOfModel, type BlockDrawing, type BlockSource } from './journey-fence.js';

/** Drawings kept, the most recently used; a report with more blocks than this draws the rest again. */
const kept = 64;

/**
 * The drawings of ```` ```journey ```` blocks, by the block's text. A block not drawn yet is
 * `pending`: its model is asked of the language server, and when it comes the Markdown previews
 * are rendered again (`markdown.preview.refresh`), this time from here. When the workspace's maps
 * change (a persona renamed), the drawings are marked stale: they are shown until their new
 * drawing comes, and the previews are rendered again only if it differs.
 */
export class JourneyBlocks implements BlockSource, vscode.Disposable {
    private readonly drawings = new Map<string, { drawing: BlockDrawing; stale: boolean }>();
    private readonly asking = new Set<string>();
    private refreshTimer: ReturnType<typeof setTimeout> | undefined;
    private readonly staleAfterChanges = new UpdateThrottle(() => this.markStale(), 500, 1500);
    private readonly disposables: vscode.Disposable[] = [];
    /** Answers received (tests wait on it). */
    private readonly drawnEmitter = new vscode.EventEmitter<string>();
    readonly onDidDraw = this.drawnEmitter.event;

    constructor(private readonly client: LanguageClient, private readonly output: vscode.LogOutputChannel) {
        this.disposables.push(
            this.drawnEmitter,
            onNotification(client, ModelsChangedNotification, () => { if (this.drawings.size > 0) this.staleAfterChanges.trigger(); }),
        );
    }

    drawingOf(text: string): BlockDrawing {
        const entry = this.drawings.get(text);
        if (!entry) {
            this.ask(text);
            return { kind: 'pending' };
        }
        // Most recently used last: the oldest are dropped first.
        this.drawings.delete(text);
        this.drawings.set(text, entry);
        if (entry.stale) this.ask(text);
        return entry.drawing;
    }

    private ask(text: string): void {
        if (this.asking.has(text)) return;
        this.asking.add(text);
        void sendRequest(this.client, BlockModelRequest, { text }).then(
            model => drawingOfModel(model, this.viewMode()),
            (error: unknown): BlockDrawing => {
                this.output.warn(`markdown: a journey block could not be drawn: ${String(error)}`);
                return { kind: 'failed', reason: vscode.l10n.t('The language server did not answer: {0}', error instanceof Error ? error.message : String(error)) };
            },
        ).then(drawing => {
            this.asking.delete(text);
            const before = this.drawings.get(text)?.drawing;
            this.drawings.delete(text);
            this.drawings.set(text, { drawing, stale: false });
            for (const old of this.drawings.keys()) {
                if (this.drawings.size <= kept) break;
                this.drawings.delete(old);
            }
            if (!before || JSON.stringify(before) !== JSON.stringify(drawing)) this.refreshPreviews();
            this.drawnEmitter.fire(text);
        });
    }

    private markStale(): void {
        for (const entry of this.drawings.values()) entry.stale = true;
        // Rendering again asks for the blocks that are on screen; the others are asked for when shown.
        this.refreshPreviews();
    }

    private refreshPreviews(): void {
        if (this.refreshTimer !== undefined) return;
        this.refreshTimer = setTimeout(() => {
            this.refreshTimer = undefined;
            void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
        }, 30);
    }

    private viewMode(): ViewMode {
        const mode = vscode.workspace.getConfiguration('journey.preview').get<string>('defaultView');
        return isOneOf(viewModes, mode) ? mode : 'stacked';
    }

    dispose(): void {
        if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
        this.staleAfterChanges.dispose();
        this.disposables.splice(0).forEach(d => d.dispose());
    }
}
