import * as vscode from 'vscode';
import type { MapType } from '../../model/vocabulary.js';
import { buildJourneysTree, type JourneysNode } from './journeys-tree.js';
import type { WorkspaceOutlineSource } from './outline-source.js';

export const journeysViewId = 'journey.journeys';

const mapIcons: Record<MapType, string> = { 'customer-journey': 'map', 'day-in-the-life': 'calendar', 'service-blueprint': 'layers' };
const warning = new vscode.ThemeColor('list.warningForeground');

/**
 * The Journeys view in the Explorer: every map of the workspace by persona, from the language
 * server's outline. A click opens the source; a map's inline button opens its preview.
 */
export class JourneysView implements vscode.TreeDataProvider<JourneysNode>, vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<JourneysNode | undefined>();
    readonly onDidChangeTreeData = this.changed.event;
    private readonly refreshed = new vscode.EventEmitter<readonly JourneysNode[]>();
    /** Fires after the tree took a new outline (tests and the status use it). */
    readonly onDidRefresh = this.refreshed.event;
    readonly treeView: vscode.TreeView<JourneysNode>;
    private roots: JourneysNode[] | undefined;
    private readonly parents = new Map<string, JourneysNode | undefined>();
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly source: WorkspaceOutlineSource) {
        this.treeView = vscode.window.createTreeView(journeysViewId, { treeDataProvider: this, showCollapseAll: true });
        this.disposables.push(
            this.treeView, this.changed, this.refreshed,
            source.onDidChange(outline => this.take(buildJourneysTree(outline, vscode.l10n.t))),
            vscode.commands.registerCommand('journey.previewFromView', (node?: JourneysNode) => this.preview(node)),
        );
    }

    async getChildren(node?: JourneysNode): Promise<JourneysNode[]> {
        if (node) return node.children;
        if (!this.roots) {
            // The first outline: the view shows its progress bar until it is here.
            const outline = await this.source.current();
            if (!this.roots) this.take(outline ? buildJourneysTree(outline, vscode.l10n.t) : [], false);
        }
        return this.roots ?? [];
    }

    getParent(node: JourneysNode): JourneysNode | undefined {
        return this.parents.get(node.id);
    }

    getTreeItem(node: JourneysNode): vscode.TreeItem {
        const collapsed = node.children.length === 0
            ? vscode.TreeItemCollapsibleState.None
            : node.kind === 'attention' ? vscode.TreeItemCollapsibleState.Expanded
                : node.kind === 'persona' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
        const item = new vscode.TreeItem(node.label, collapsed);
        item.id = node.id;
        item.description = node.description;
        item.tooltip = node.tooltip;
        item.contextValue = `journey.${node.kind}`;
        item.iconPath = iconOf(node);
        if ('source' in node && node.source) {
            const { uri, range } = node.source;
            const start = new vscode.Position(range.start.line, range.start.character);
            item.command = {
                command: 'vscode.open',
                title: vscode.l10n.t('Open the source'),
                arguments: [vscode.Uri.parse(uri), { selection: new vscode.Range(start, start), preserveFocus: false } satisfies vscode.TextDocumentShowOptions],
            };
        }
        return item;
    }

    /** The nodes shown now (undefined before the first outline). */
    get nodes(): readonly JourneysNode[] | undefined {
        return this.roots;
    }

    private take(roots: JourneysNode[], notify = true): void {
        this.roots = roots;
        this.parents.clear();
        const walk = (nodes: JourneysNode[], parent: JourneysNode | undefined) => {
            for (const node of nodes) {
                this.parents.set(node.id, parent);
                walk(node.children, node);
            }
        };
        walk(roots, undefined);
        void vscode.commands.executeCommand('setContext', 'journey.journeysLoaded', true);
        if (notify) this.changed.fire(undefined);
        this.refreshed.fire(roots);
    }

    private async preview(node: JourneysNode | undefined): Promise<void> {
        const map = node?.kind === 'map' ? node : undefined;
        if (!map) return;
        await vscode.commands.executeCommand('journey.showPreviewToSide', map.source.uri, map.journeyId);
    }

    dispose(): void {
        this.disposables.splice(0).forEach(d => d.dispose());
    }
}

function iconOf(node: JourneysNode): vscode.ThemeIcon {
    switch (node.kind) {
        case 'attention': return new vscode.ThemeIcon(node.which === 'reviews' ? 'history' : 'warning', warning);
        case 'persona': return new vscode.ThemeIcon('person');
        case 'map': return new vscode.ThemeIcon(mapIcons[node.mapType], node.needsAttention ? warning : undefined);
        case 'stage': return new vscode.ThemeIcon('milestone');
        case 'actions': return new vscode.ThemeIcon('checklist');
        case 'action':
            if (node.overdue) return new vscode.ThemeIcon('warning', warning);
            return new vscode.ThemeIcon(node.status === 'done' ? 'pass' : node.status === 'doing' ? 'sync' : 'circle-large-outline');
        case 'review': return new vscode.ThemeIcon(node.due ? 'history' : 'calendar', node.due ? warning : undefined);
    }
}
