import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './wait.js';

const extensionId = 'journey-maps.journey-maps';

function codeOf(diagnostic: vscode.Diagnostic): string {
    const code = diagnostic.code;
    return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

async function openMap(content: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument({ language: 'journey', content });
    return vscode.window.showTextDocument(document);
}

function positionOf(document: vscode.TextDocument, marker: string, delta = 0): vscode.Position {
    const offset = document.getText().indexOf(marker);
    assert.ok(offset >= 0, `marker ${marker} not found`);
    return document.positionAt(offset + delta);
}

describe('Journey Maps in a real VS Code', () => {
    it('activates on a .journey file and starts the language server', async () => {
        const [file] = await vscode.workspace.findFiles('**/bike-current.journey');
        assert.ok(file, 'the example workspace is open');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
        const extension = vscode.extensions.getExtension(extensionId);
        assert.ok(extension, `${extensionId} is installed`);
        const api = await waitFor('activation', () => extension.isActive ? extension.exports as { client: { isRunning(): boolean } } : undefined);
        await waitFor('the language server', () => api.client.isRunning() || undefined);
        console.log(`    extension at ${extension.extensionPath}`);
        console.log(`    host: uiKind=${vscode.env.uiKind === vscode.UIKind.Web ? 'Web' : 'Desktop'} remoteName=${vscode.env.remoteName ?? '-'} vscode=${vscode.version}`);
    });

    it('publishes diagnostics with their codes and clears them when the text is mended', async () => {
        const editor = await openMap('journey broken "Broken" {\n    persona priya\n    stage s "S" {\n        touchpoint t "T" { channel website emotion 7 evidence "x" }\n    }\n}\n');
        const uri = editor.document.uri;
        const codes = await waitFor('emotion-range diagnostic', () => {
            const found = vscode.languages.getDiagnostics(uri).map(codeOf);
            return found.includes('emotion-range') ? found : undefined;
        });
        assert.ok(codes.includes('emotion-range'));
        const diagnostic = vscode.languages.getDiagnostics(uri).find(d => codeOf(d) === 'emotion-range')!;
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
        assert.equal(editor.document.getText(diagnostic.range), '7');
        await editor.edit(edit => edit.replace(diagnostic.range, '1'));
        await waitFor('the diagnostic to go away', () => vscode.languages.getDiagnostics(uri).some(d => codeOf(d) === 'emotion-range') ? undefined : true);
    });

    it('completes personas and channels by kind', async () => {
        const editor = await openMap('journey c "C" {\n    persona \n    stage s "S" {\n        touchpoint t "T" {\n            channel \n        }\n    }\n}\n');
        const document = editor.document;
        const personas = await waitFor('persona completion', async () => {
            const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, positionOf(document, 'persona ', 8));
            const labels = list.items.map(i => typeof i.label === 'string' ? i.label : i.label.label);
            return labels.includes('priya') ? labels : undefined;
        });
        assert.ok(personas.includes('gerrit'));
        assert.ok(!personas.includes('website'), 'a channel is not offered after persona');
        const channels = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, positionOf(document, 'channel ', 8));
        const channelLabels = channels.items.map(i => typeof i.label === 'string' ? i.label : i.label.label);
        assert.ok(channelLabels.includes('website'), channelLabels.join(', '));
        assert.ok(!channelLabels.includes('priya'));
    });

    it('answers hover, definition and document symbols', async () => {
        const [file] = await vscode.workspace.findFiles('**/bike-current.journey');
        const document = await vscode.workspace.openTextDocument(file);
        await vscode.window.showTextDocument(document);
        const at = positionOf(document, 'persona priya', 'persona '.length + 1);
        const hovers = await waitFor('hover', async () => {
            const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
            return result.length > 0 ? result : undefined;
        });
        const text = hovers.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n');
        assert.match(text, /Pendelende Priya/);
        const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, at);
        const target = definitions[0];
        const targetUri = 'targetUri' in target ? target.targetUri : target.uri;
        assert.match(targetUri.path, /people\.journey$/);
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        const journey = symbols.find(s => s.name === 'bike_today');
        assert.ok(journey, symbols.map(s => s.name).join(', '));
        assert.ok(journey.children.some(c => c.name === 'orientation'), journey.children.map(c => c.name).join(', '));
    });
});
