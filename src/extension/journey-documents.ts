import * as vscode from 'vscode';

/**
 * The map the user is working on, also while another page has the focus (the walkthrough, the
 * preview, the Journeys view): the active `.journey` editor, else a visible one, else the last
 * one that was active and is still open.
 */
export class JourneyDocuments implements vscode.Disposable {
    private last: vscode.TextDocument | undefined;
    private readonly subscription = vscode.window.onDidChangeActiveTextEditor(editor => {
        if (editor?.document.languageId === 'journey') this.last = editor.document;
    });

    constructor() {
        const active = vscode.window.activeTextEditor?.document;
        if (active?.languageId === 'journey') this.last = active;
    }

    current(): vscode.TextDocument | undefined {
        const active = vscode.window.activeTextEditor?.document;
        if (active?.languageId === 'journey') return active;
        const visible = vscode.window.visibleTextEditors.find(e => e.document.languageId === 'journey')?.document;
        if (visible) return visible;
        return this.last && !this.last.isClosed ? this.last : undefined;
    }

    dispose(): void {
        this.subscription.dispose();
    }
}
