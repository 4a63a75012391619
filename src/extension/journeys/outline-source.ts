import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { WorkspaceOutline } from '../../model/workspace-outline.js';
import { ModelsChangedNotification, WorkspaceOutlineRequest } from '../../protocol/lsp-protocol.js';
import { onNotification, sendRequest } from '../journey-client.js';
import { UpdateThrottle } from '../preview/update-throttle.js';

/**
 * The outline of the workspace's maps from the language server: asked for once at start, then
 * again after the server says maps changed, on the preview's schedule (the first change at once,
 * a burst of edits when typing pauses). An answer older than one already taken is dropped.
 */
export class WorkspaceOutlineSource implements vscode.Disposable {
    private readonly emitter = new vscode.EventEmitter<WorkspaceOutline>();
    /** Fires with each new outline. */
    readonly onDidChange = this.emitter.event;
    private readonly throttle = new UpdateThrottle(() => void this.fetch());
    private readonly disposables: vscode.Disposable[] = [];
    private latest: WorkspaceOutline | undefined;
    private asked = 0;
    private answered = 0;
    private readonly first: Promise<WorkspaceOutline | undefined>;

    constructor(private readonly client: LanguageClient, private readonly output: vscode.LogOutputChannel) {
        this.disposables.push(this.emitter, onNotification(client, ModelsChangedNotification, () => this.throttle.trigger()));
        this.first = this.fetch();
    }

    /** The latest outline, once the first has come (undefined if the server could not give one). */
    async current(): Promise<WorkspaceOutline | undefined> {
        return this.latest ?? this.first;
    }

    private async fetch(): Promise<WorkspaceOutline | undefined> {
        const ticket = ++this.asked;
        let outline: WorkspaceOutline;
        try {
            outline = await sendRequest(this.client, WorkspaceOutlineRequest, {});
        } catch (error) {
            this.output.warn(`journeys view: no outline of the workspace: ${String(error)}`);
            return this.latest;
        }
        if (ticket < this.answered) return this.latest;
        this.answered = ticket;
        this.latest = outline;
        this.emitter.fire(outline);
        return outline;
    }

    dispose(): void {
        this.throttle.dispose();
        this.disposables.splice(0).forEach(d => d.dispose());
    }
}
