import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './wait.js';
import { previewWords } from '../../src/webview/words.js';
import { said } from './words.js';
import { renderMapSvg } from '../../src/renderer/export.js';

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
        const editor = await openMap('journey broken "Broken" {\n    persona priya\n    stage s "S" {\n        touchpoint t "T" { channel bike_site emotion 7 evidence "x" }\n    }\n}\n');
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
        assert.ok(!personas.includes('bike_site'), 'a channel is not offered after persona');
        const channels = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, positionOf(document, 'channel ', 8));
        const channelLabels = channels.items.map(i => typeof i.label === 'string' ? i.label : i.label.label);
        assert.ok(channelLabels.includes('bike_site'), channelLabels.join(', '));
        assert.ok(!channelLabels.includes('priya'));
        const empty = await openMap('journey t "T" {\n    persona priya\n    \n}\n');
        const body = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', empty.document.uri, new vscode.Position(2, 4));
        const bodyLabels = body.items.map(i => typeof i.label === 'string' ? i.label : i.label.label);
        const template = body.items.find(i => (typeof i.label === 'string' ? i.label : i.label.label).includes('Oriëntatie'));
        assert.ok(template, bodyLabels.join(', '));
        const insert = template.insertText instanceof vscode.SnippetString ? template.insertText.value : String(template.insertText);
        for (const phase of ['Oriëntatie', 'Afweging', 'Aankoop', 'Service en gebruik', 'Loyaliteit']) assert.ok(insert.includes(phase), insert);
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

describe('documents the language server cannot read itself', () => {
    it('closing an untitled map forgets its names and keeps the language server running', async () => {
        const api = (await vscode.extensions.getExtension(extensionId)!.activate()) as { client: { isRunning(): boolean; onDidChangeState(listener: (e: { oldState: number; newState: number }) => void): vscode.Disposable } };
        const states: number[] = [];
        const listening = api.client.onDidChangeState(e => states.push(e.newState));
        const untitled = await openMap('persona only_untitled "Declared in an untitled map"\n');
        const user = await openMap('journey uses_untitled "U" {\n    persona only_untitled\n    stage s "S" { touchpoint t "T" { channel bike_site emotion 0 evidence "x" } }\n}\n');
        const userUri = user.document.uri;
        await waitFor('the persona of the untitled map found', () => vscode.languages.getDiagnostics(userUri).some(d => codeOf(d) === 'unresolved-reference') ? undefined : true);
        await vscode.window.showTextDocument(untitled.document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        const again = await vscode.window.showTextDocument(user.document);
        await again.edit(edit => edit.insert(new vscode.Position(4, 0), '// edited after the close\n'));
        await waitFor('the persona gone with the closed map', () => vscode.languages.getDiagnostics(userUri).some(d => codeOf(d) === 'unresolved-reference') || undefined);
        listening.dispose();
        assert.ok(api.client.isRunning());
        assert.deepEqual(states, [], 'the server was not restarted');
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'); // no unsaved map left to ask about later
    });
});

describe('the map preview in a real VS Code', () => {
    interface Api {
        previews: {
            onDidRender: vscode.Event<{ report: { uri: string; touchpoints: number; journeys: number; stale: boolean } }>;
            all(): ReadonlyArray<{ documentUri: string; handleMessage(raw: unknown): void; model?: { journeys: Array<{ id: string; uri: string; stages: Array<{ touchpoints: Array<{ id: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }> }> }> } }>;
        };
    }
    let api: Api;
    const reports: Array<{ uri: string; touchpoints: number; journeys: number; stale: boolean }> = [];

    before(async () => {
        api = (await vscode.extensions.getExtension(extensionId)!.activate()) as Api;
        api.previews.onDidRender(({ report }) => reports.push(report));
    });

    it('opens a webview tab beside the editor and draws the current and future map', async () => {
        const [file] = await vscode.workspace.findFiles('**/bike-future.journey');
        const document = await vscode.workspace.openTextDocument(file);
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('journey.showPreviewToSide');
        await waitFor('a preview tab', () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
            .find(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('journey.preview')));
        const report = await waitFor('the webview to report a drawn map', () => reports.find(r => r.uri === file.toString() && r.journeys >= 2));
        assert.ok(report.touchpoints > 10, `touchpoints drawn: ${report.touchpoints}`);
        assert.equal(report.stale, false);
    });

    it('redraws after an edit', async () => {
        const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.path.endsWith('bike-future.journey'))!;
        const before = reports.filter(r => r.uri === editor.document.uri.toString()).at(-1)!.touchpoints;
        const stage = positionOf(editor.document, 'stage orientation');
        const line = editor.document.lineAt(stage.line);
        await editor.edit(edit => edit.insert(line.range.end, '\n        touchpoint e2e_added "Added by the test" { channel bike_site emotion 1 }'));
        await waitFor('a redraw with one touchpoint more', () => reports.find(r => r.uri === editor.document.uri.toString() && r.touchpoints === before + 1));
    });

    it('selects the source range of a clicked touchpoint', async () => {
        const preview = api.previews.all()[0];
        const uri = preview.documentUri;
        const journey = preview.model!.journeys.find(j => j.uri === uri)!;
        const touchpoint = journey.stages[0].touchpoints[0];
        preview.handleMessage({ type: 'select', uri, line: touchpoint.range.start.line, character: touchpoint.range.start.character });
        const editor = await waitFor('the editor to select the touchpoint', () => {
            const active = vscode.window.activeTextEditor;
            return active?.document.uri.toString() === uri && active.selection.start.line === touchpoint.range.start.line ? active : undefined;
        });
        assert.equal(editor.selection.end.line, touchpoint.range.end.line);
        assert.match(editor.document.getText(editor.selection), new RegExp(`^touchpoint ${touchpoint.id}\\b`));
    });

    it('a click on a card of the other map opens its file and leaves the preview on its own document', async () => {
        const preview = api.previews.all()[0];
        const own = preview.documentUri;
        const other = preview.model!.journeys.find(j => j.uri !== own)!;
        const touchpoint = other.stages[0].touchpoints[0];
        preview.handleMessage({ type: 'select', uri: other.uri, line: touchpoint.range.start.line });
        await waitFor('the other map\'s file in the editor', () => vscode.window.activeTextEditor?.document.uri.toString() === other.uri || undefined);
        await new Promise(resolve => setTimeout(resolve, 500));
        assert.equal(preview.documentUri, own, 'the preview still shows its own document');
        const tab = vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => t.input instanceof vscode.TabInputWebview)!;
        assert.match(tab.label, new RegExp(own.split('/').pop()!.replace('.', '\\.')));
        // Back to the preview's own file, as the tests after this one expect.
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.parse(own)), vscode.ViewColumn.One);
    });

    it('ignores a click message of the wrong shape, out of range, or for a document it does not show', async () => {
        const preview = api.previews.all()[0];
        const uri = preview.documentUri;
        const [notDrawn] = await vscode.workspace.findFiles('**/insurance-claim-blueprint.journey');
        const isOpen = (path: string) => vscode.workspace.textDocuments.some(d => d.uri.path.endsWith(path));
        assert.ok(!isOpen('insurance-claim-blueprint.journey'), 'not open before');
        const editor = vscode.window.activeTextEditor!;
        const before = editor.selection;
        for (const raw of [
            { type: 'select', uri: 'file:///etc/passwd', line: 0 },
            { type: 'select', uri: notDrawn.toString(), line: 1 },
            { type: 'select', uri: uri.toUpperCase(), line: 1 },
            { type: 'select', uri, line: 9_999_999 },
            { type: 'select', uri, line: -1 },
            { type: 'select', uri, line: Number.NaN },
            { type: 'select', uri, line: 2.5 },
            { type: 'select', uri, line: 1, character: -4 },
            { type: 'select', line: 'x' },
            { type: 'runCommand', command: 'workbench.action.closeAllEditors' },
            '<script>',
        ]) {
            preview.handleMessage(raw);
        }
        await new Promise(resolve => setTimeout(resolve, 500));
        assert.equal(vscode.window.activeTextEditor, editor, 'the same editor stays active');
        assert.ok(editor.selection.isEqual(before), 'its selection did not move');
        assert.ok(!vscode.window.visibleTextEditors.some(e => e.document.uri.path === '/etc/passwd'));
        assert.ok(!isOpen('insurance-claim-blueprint.journey'), 'a document the preview does not draw is never opened');
    });
});

describe('Export Map as PNG in a real VS Code', () => {
    it('writes a real PNG of the map the preview shows, drawn by its webview', async () => {
        const api = (await vscode.extensions.getExtension(extensionId)!.activate()) as {
            previews: { all(): ReadonlyArray<{ model?: Parameters<typeof renderMapSvg>[0]; viewState: { mode: Parameters<typeof renderMapSvg>[1]['mode']; journey?: string } }> };
        };
        const preview = api.previews.all()[0];
        assert.ok(preview?.model, 'a preview with a map (opened by the tests above)');
        const fs = await import('node:fs');
        const os = await import('node:os');
        const path = await import('node:path');
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-png-'));
        const target = vscode.Uri.file(path.join(folder, 'map.png'));
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('journey.exportPng', target);
        assert.equal(written?.toString(), target.toString());
        const bytes = fs.readFileSync(target.fsPath);
        assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
        assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
        const width = bytes.readUInt32BE(16);
        const height = bytes.readUInt32BE(20);
        // The export's drawing of the preview's map and view, at twice its size.
        const { mode, journey } = preview.viewState;
        const svg = renderMapSvg(preview.model!, { mode, ...(journey ? { journey } : {}) });
        const svgWidth = Number(/<svg [^>]*width="([\d.]+)"/.exec(svg)![1]);
        const svgHeight = Number(/<svg [^>]*height="([\d.]+)"/.exec(svg)![1]);
        assert.deepEqual({ width, height }, { width: Math.ceil(svgWidth * 2), height: Math.ceil(svgHeight * 2) });
        assert.ok(bytes.length > 50_000, `a drawing, not an empty canvas (${bytes.length} bytes)`);
        fs.rmSync(folder, { recursive: true, force: true });
    });

    it('the preview\'s Copy button puts the map on the clipboard as an image', async function () {
        // Only the offline runner can click inside the webview (the clipboard wants a real click).
        if (!process.env.JOURNEY_E2E_SCREENSHOTS) this.skip();
        const api = (await vscode.extensions.getExtension(extensionId)!.activate()) as { previews: { onDidCopyImage: vscode.Event<{ copied: boolean }> } };
        const result = new Promise<{ copied: boolean }>(resolve => { const once = api.previews.onDidCopyImage(r => { once.dispose(); resolve(r); }); });
        // The button's name in VS Code's display language, as the preview page says it.
        console.log(`[click-preview] ${previewWords(vscode.env.language).copyLabel}`);
        const copied = await Promise.race([result, new Promise<undefined>(resolve => setTimeout(resolve, 30_000))]);
        assert.deepEqual(copied, { copied: true });
    });
});

describe('the review panel in a real VS Code', () => {
    interface ReviewApi {
        reviews: {
            onDidRender: vscode.Event<{ maps: number; pains: number; opportunities: number; actions: number }>;
            current?: {
                report?: { maps: Array<{ id: string; uri: string }>; pains: Array<{ id?: string; text: string; uri: string; range?: vscode.Range }>; actions: Array<{ id: string; uri: string; range?: vscode.Range }> };
                handleMessage(raw: unknown): void;
                panel: { dispose(): void };
            };
        };
    }
    let api: ReviewApi;
    const rendered: Array<{ maps: number; pains: number; opportunities: number; actions: number }> = [];

    before(async () => {
        api = (await vscode.extensions.getExtension(extensionId)!.activate()) as ReviewApi;
        api.reviews.onDidRender(report => rendered.push(report));
    });

    // The preview's screenshots come later: the panel must not stand in front of it.
    after(() => api.reviews.current?.panel.dispose());

    it('Journey: Open Review Report opens the quarterly review of the workspace beside the editor', async () => {
        const [file] = await vscode.workspace.findFiles('**/bike-current.journey');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), vscode.ViewColumn.One);
        await vscode.commands.executeCommand('journey.openReviewReport');
        const tab = await waitFor('a review tab', () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
            .find(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('journey.reviewReport')));
        assert.equal(tab.label, said('Quarterly review'));
        assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'beside the editor');
        // Every map of the examples folder, opened or not.
        const report = await waitFor('the panel to draw the report', () => rendered.find(r => r.maps >= 7));
        assert.ok(report.pains > 20 && report.actions > 10, JSON.stringify(report));
        const ids = api.reviews.current!.report!.maps.map(m => m.id);
        for (const id of ['bike_today', 'bike_target', 'car_claim']) assert.ok(ids.includes(id), ids.join(', '));
    });

    it('redraws when a map changes', async () => {
        const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.path.endsWith('bike-current.journey'))!;
        const before = rendered.at(-1)!;
        const at = positionOf(editor.document, 'touchpoint social_ad');
        const line = editor.document.lineAt(at.line);
        await editor.edit(edit => edit.insert(line.range.end, '\n            pain e2e_pain "Added by the review test" severity high'));
        await waitFor('a redraw with one pain more', () => rendered.find(r => r.pains === before.pains + 1));
        assert.ok(api.reviews.current!.report!.pains.some(p => p.text === 'Added by the review test'));
        await vscode.window.showTextDocument(editor.document, editor.viewColumn);
        await vscode.commands.executeCommand('workbench.action.files.revert');
        await waitFor('the redraw after the revert', () => rendered.at(-1)!.pains === before.pains || undefined);
    });

    it('a click on a pain or an action selects its source; a message of the wrong shape or for another document is ignored', async () => {
        const panel = api.reviews.current!;
        const report = panel.report!;
        const pain = report.pains.find(p => p.uri.endsWith('bike-current.journey') && p.range)!;
        panel.handleMessage({ type: 'select', uri: pain.uri, line: pain.range!.start.line, character: pain.range!.start.character });
        const editor = await waitFor('the editor to select the pain', () => {
            const active = vscode.window.activeTextEditor;
            return active?.document.uri.toString() === pain.uri && active.selection.start.line === pain.range!.start.line ? active : undefined;
        });
        assert.match(editor.document.getText(editor.selection), new RegExp(`pain ${pain.id}\\b`));
        // An action in a file that is not open yet (the insurance claim's blueprint).
        const action = report.actions.find(a => a.uri.endsWith('insurance-claim-blueprint.journey') && a.range)!;
        panel.handleMessage({ type: 'select', uri: action.uri, line: action.range!.start.line });
        const other = await waitFor('the action in its own file', () => {
            const active = vscode.window.activeTextEditor;
            return active?.document.uri.toString() === action.uri && active.selection.start.line === action.range!.start.line ? active : undefined;
        });
        assert.match(other.document.getText(other.selection), new RegExp(`^action ${action.id}\\b`));
        const before = other.selection;
        for (const raw of [{ type: 'select', uri: 'file:///etc/passwd', line: 0 }, { type: 'select', uri: action.uri, line: 9_999_999 }, { type: 'select', uri: action.uri, line: -1 }, { type: 'runCommand', command: 'workbench.action.closeAllEditors' }, '<script>']) {
            panel.handleMessage(raw);
        }
        await new Promise(resolve => setTimeout(resolve, 500));
        assert.equal(vscode.window.activeTextEditor, other);
        assert.ok(other.selection.isEqual(before));
        assert.ok(!vscode.window.visibleTextEditors.some(e => e.document.uri.path === '/etc/passwd'));
    });
});

describe('how the preview looks in the real editor', () => {
    const dir = process.env.JOURNEY_E2E_SCREENSHOTS;

    async function screenshot(name: string): Promise<void> {
        const fs = await import('node:fs');
        const file = `${dir}/${name}.png`;
        fs.rmSync(file, { force: true });
        console.log(`[screenshot] ${name}`);
        await waitFor(`screenshot ${name}`, () => fs.existsSync(file) || undefined, 15_000);
    }

    it('is captured in light and dark themes', async function () {
        if (!dir) this.skip(); // only the offline runner can take screenshots of the workbench
        const config = vscode.workspace.getConfiguration();
        // The map as written, beside the preview, with nothing else on screen.
        const [file] = await vscode.workspace.findFiles('**/bike-future.journey');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), vscode.ViewColumn.One);
        await vscode.commands.executeCommand('workbench.action.files.revert');
        // The map as the examples have it: without the earlier test's touchpoint, the cursor at the start.
        const editor = vscode.window.activeTextEditor!;
        const added = editor.document.getText().indexOf('\n        touchpoint e2e_added');
        if (added >= 0) {
            const start = editor.document.positionAt(added);
            await editor.edit(edit => edit.delete(new vscode.Range(start, editor.document.lineAt(start.line + 1).range.end)));
        }
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        editor.revealRange(new vscode.Range(0, 0, 0, 0));
        await vscode.commands.executeCommand('workbench.action.closeOtherEditors');
        await vscode.commands.executeCommand('workbench.action.closeSidebar');
        await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
        await vscode.commands.executeCommand('workbench.action.closePanel');
        await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
        await waitFor('the preview of bike-future.journey', () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
            .find(t => t.input instanceof vscode.TabInputWebview && t.label.endsWith('bike-future.journey')));
        for (const [name, theme] of [['preview-light', 'Default Light Modern'], ['preview-dark', 'Default Dark Modern'], ['preview-high-contrast', 'Default High Contrast']] as const) {
            await config.update('workbench.colorTheme', theme, vscode.ConfigurationTarget.Global);
            await new Promise(resolve => setTimeout(resolve, 1500)); // let the webview repaint in the new theme
            await screenshot(name);
            // The comparison scrolled right to a later stage and down to the emotions: lane labels and
            // stage names stay in view, the stage's current and future rows one above the other.
            console.log('[scroll-preview] purchase feels');
            await new Promise(resolve => setTimeout(resolve, 800));
            await screenshot(`${name}-scrolled`);
            console.log('[scroll-preview] orientation touchpoints');
            await new Promise(resolve => setTimeout(resolve, 500));
        }
        await config.update('workbench.colorTheme', undefined, vscode.ConfigurationTarget.Global);
    });

    it('captures the review panel beside a map, light and dark', async function () {
        if (!dir) this.skip();
        const config = vscode.workspace.getConfiguration();
        const [file] = await vscode.workspace.findFiles('**/bike-current.journey');
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), vscode.ViewColumn.One);
        await vscode.commands.executeCommand('journey.openReviewReport');
        await waitFor('the review tab', () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
            .find(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('journey.reviewReport')));
        for (const [name, theme] of [['review-light', 'Default Light Modern'], ['review-dark', 'Default Dark Modern']] as const) {
            await config.update('workbench.colorTheme', theme, vscode.ConfigurationTarget.Global);
            await new Promise(resolve => setTimeout(resolve, 2000));
            await screenshot(name);
        }
        await config.update('workbench.colorTheme', undefined, vscode.ConfigurationTarget.Global);
        const api = (await vscode.extensions.getExtension(extensionId)!.activate()) as { reviews: { current?: { panel: { dispose(): void } } } };
        api.reviews.current?.panel.dispose();
    });

    it('draws the version 2 examples (a curve per persona, a day in the life, a service blueprint) and keeps a persona filter, in light and dark', async function () {
        if (!dir) this.skip();
        interface Preview { documentUri: string; viewState: { persona?: string }; handleMessage(raw: unknown): void }
        const api = (await vscode.extensions.getExtension(extensionId)!.activate()) as {
            previews: { all(): readonly Preview[]; onDidRender: vscode.Event<{ report: { uri: string; journeys: number; touchpoints: number; stale: boolean } }> };
        };
        const rendered: Array<{ uri: string; journeys: number; touchpoints: number; stale: boolean }> = [];
        const listening = api.previews.onDidRender(({ report }) => rendered.push(report));
        const config = vscode.workspace.getConfiguration();
        // Each map, then scrolled to a stage and lane (ASCII names: the runner's scroll command reads \w only).
        const maps: Array<[string, string, string]> = [
            ['reiskompas-straks.journey', 'preview-v2-reiskompas-comparison', 'afweging feels'],
            ['reiskompas-nu.journey', 'preview-v2-reiskompas-personas', 'afweging feels'],
            ['dominique-dag.journey', 'preview-v2-day-in-the-life', 'lunch feels'],
            ['keukenhuis-blauwdruk.journey', 'preview-v2-blueprint', 'melden props'],
        ];
        for (const [file, name, scrollTo] of maps) {
            const [uri] = await vscode.workspace.findFiles(`**/${file}`);
            assert.ok(uri, `${file} is in the example workspace`);
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), vscode.ViewColumn.One);
            // The preview stays on a comparison it draws when the other map's file is opened: ask for this map.
            await vscode.commands.executeCommand('journey.showPreviewToSide', uri);
            const report = await waitFor(`the preview to draw ${file}`, () => rendered.find(r => r.uri === uri.toString() && !r.stale));
            assert.ok(report.touchpoints >= 5, `${file}: ${report.touchpoints} touchpoints drawn`);
            for (const [theme, suffix] of [['Default Light Modern', 'light'], ['Default Dark Modern', 'dark']] as const) {
                await config.update('workbench.colorTheme', theme, vscode.ConfigurationTarget.Global);
                await new Promise(resolve => setTimeout(resolve, 1500));
                await screenshot(`${name}-${suffix}`);
                console.log(`[scroll-preview] ${scrollTo}`);
                await new Promise(resolve => setTimeout(resolve, 800));
                await screenshot(`${name}-scrolled-${suffix}`);
            }
        }
        // The persona filter is part of the preview's state, in the extension too (its exports draw what the preview shows).
        const preview = api.previews.all().find(p => p.documentUri.endsWith('keukenhuis-blauwdruk.journey')) ?? api.previews.all()[0];
        preview.handleMessage({ type: 'setState', persona: 'karin' });
        assert.equal(preview.viewState.persona, 'karin');
        for (const bad of [{ type: 'setState', persona: 42 }, { type: 'setState', persona: '<img src=x>' }, { type: 'setState', persona: ['karin'] }]) preview.handleMessage(bad);
        assert.equal(preview.viewState.persona, 'karin', 'a message of the wrong shape changes nothing');
        preview.handleMessage({ type: 'setState', persona: '' });
        assert.equal(preview.viewState.persona, undefined, '\'\' shows every persona again');
        listening.dispose();
        await config.update('workbench.colorTheme', undefined, vscode.ConfigurationTarget.Global);
    });
});
