import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { waitFor } from './wait.js';

const extensionId = 'journey-maps.journey-maps';

/**
 * The texts of the workbench's elements that match `selector`, as the user sees them: the runner
 * (scripts/vscode-server/run-tests.mjs) reads its page when asked. Asked again until `accept`
 * takes what it read.
 */
async function readPage(name: string, selector: string, accept: (texts: string[]) => boolean): Promise<string[]> {
    const exchange = process.env.JOURNEY_E2E_EXCHANGE;
    assert.ok(exchange, 'the runner reads the page');
    const file = `${exchange}/${name}.json`;
    let last: string[] = [];
    return waitFor(`${name}: ${selector}`, async () => {
        fs.rmSync(file, { force: true });
        console.log(`[read-page] ${name} ${selector}`);
        last = await waitFor(`the page read as ${name}`, () => fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) as string[] : undefined, 10_000);
        if (accept(last)) return last;
        await new Promise(resolve => setTimeout(resolve, 300));
        return undefined;
    }, 20_000).catch(error => { throw new Error(`${String(error)}; last read: ${JSON.stringify(last)}`); });
}

function title(value: unknown): string {
    return typeof value === 'string' ? value : String((value as { value?: unknown }).value);
}

/**
 * Run with VS Code's display language Dutch (`--locale nl` of the runner, `npm run test:e2e:nl`):
 * the editor's words are Dutch (a command title in the palette, a notification) and so are the
 * language server's (a diagnostic, a hover), while codes stay the same.
 */
describe('Journey Maps in a Dutch VS Code', function () {
    before(function () {
        if (process.env.JOURNEY_E2E_LOCALE !== 'nl') this.skip();
    });

    it('runs in Dutch: VS Code\'s display language is nl', () => {
        assert.equal(vscode.env.language, 'nl');
    });

    it('shows Dutch command titles: in the manifest VS Code read, and in the command palette', async () => {
        const extension = vscode.extensions.getExtension(extensionId)!;
        const commands = (extension.packageJSON as { contributes: { commands: Array<{ command: string; title: unknown; category: unknown }> } }).contributes.commands;
        const preview = commands.find(c => c.command === 'journey.showPreview')!;
        assert.equal(title(preview.title), 'Voorbeeld openen');
        assert.equal(title(preview.category), 'Klantreis');
        assert.equal(title(commands.find(c => c.command === 'journey.openReviewReport')!.title), 'Herzieningsrapport openen');
        assert.equal(title(commands.find(c => c.command === 'journey.exportPng')!.title), 'Kaart exporteren als PNG…');
        const [file] = await vscode.workspace.findFiles('**/bike-current.journey');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
        await vscode.commands.executeCommand('workbench.action.quickOpen', '>Klantreis: Voorbeeld');
        try {
            const rows = await readPage('palette', '.quick-input-list .monaco-list-row .label-name', texts => texts.some(t => t.includes('Voorbeeld aan de zijkant openen')));
            assert.ok(rows.some(t => /Klantreis: Voorbeeld openen/.test(t)), JSON.stringify(rows));
        } finally {
            await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        }
    });

    it('reads the Journeys view\'s name and the walkthrough, its pages included, in Dutch', () => {
        const contributes = (vscode.extensions.getExtension(extensionId)!.packageJSON as { contributes: {
            views: { explorer: Array<{ id: string; name: unknown }> };
            walkthroughs: Array<{ title: unknown; steps: Array<{ id: string; title: unknown; media: { markdown?: string } }> }>;
        } }).contributes;
        assert.equal(title(contributes.views.explorer.find(v => v.id === 'journey.journeys')!.name), 'Klantreizen');
        const [walkthrough] = contributes.walkthroughs;
        assert.equal(title(walkthrough.title), 'Aan de slag met klantreizen');
        const create = walkthrough.steps.find(step => step.id === 'create')!;
        assert.equal(title(create.title), 'Maak je eerste kaart');
        assert.equal(create.media.markdown, 'media/walkthrough/nl/create.md');
    });

    it('shows a Dutch notification', async () => {
        const api = await vscode.extensions.getExtension(extensionId)!.activate() as { previews: { all(): readonly unknown[] } };
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await waitFor('no preview open', () => api.previews.all().length === 0 || undefined);
        await vscode.commands.executeCommand('notifications.clearAll');
        // No preview to export: the command says what to open first.
        await vscode.commands.executeCommand('journey.exportSvg');
        // In the notification center, where every notification is listed (the headless workbench draws no toasts).
        await vscode.commands.executeCommand('notifications.showList');
        const shown = await readPage('notification', '.notification-list-item-message', texts => texts.length > 0);
        assert.ok(shown.includes('Open eerst een voorbeeld van een klantreis en exporteer het dan.'), JSON.stringify(shown));
        await vscode.commands.executeCommand('notifications.clearAll');
        await vscode.commands.executeCommand('notifications.hideList');
    });

    it('publishes Dutch diagnostics and hovers, with the same codes', async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'journey', content: 'journey nl_check "Controle" {\n    persona priya\n    stage s "S" {\n        touchpoint t "T" { channel bike_site emotion 7 evidence "x" }\n    }\n}\n' });
        await vscode.window.showTextDocument(document);
        const diagnostic = await waitFor('the emotion-range diagnostic', () => vscode.languages.getDiagnostics(document.uri)
            .find(d => (typeof d.code === 'object' ? d.code.value : d.code) === 'emotion-range'));
        assert.equal(diagnostic.message, 'Emotie moet een geheel getal van -2 tot +2 zijn, niet 7.');
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, diagnostic.range.start);
        const text = hovers.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n');
        assert.match(text, /\*\*Emotie\*\* \+7 — buiten de schaal/);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
});

/**
 * A Dutch map (`language nl`) in the real preview, in either display language: the drawing speaks
 * the map's language, the preview's own buttons VS Code's. Needs the offline runner's screenshots
 * folder (its probes of the webview's DOM are written there).
 */
describe('the preview of a Dutch map in a real VS Code', function () {
    const dir = process.env.JOURNEY_E2E_SCREENSHOTS;

    async function probe(name: string, selector: string): Promise<string[]> {
        const file = `${dir}/${name}.json`;
        fs.rmSync(file, { force: true });
        console.log(`[probe] ${name} ${selector}`);
        const found = await waitFor(`probe ${name}`, () => fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) as Array<{ text: string }> : undefined, 15_000);
        return found.map(f => f.text);
    }

    async function screenshot(name: string): Promise<void> {
        const file = `${dir}/${name}.png`;
        fs.rmSync(file, { force: true });
        console.log(`[screenshot] ${name}`);
        await waitFor(`screenshot ${name}`, () => fs.existsSync(file) || undefined, 15_000);
    }

    before(function () {
        if (!dir) this.skip();
    });

    it('draws reiskompas in Dutch, with the toolbar in VS Code\'s display language (screenshots)', async () => {
        const api = await vscode.extensions.getExtension(extensionId)!.activate() as {
            previews: { onDidRender: vscode.Event<{ report: { uri: string; journeys: number; stale: boolean } }> };
        };
        const rendered: Array<{ uri: string; journeys: number; stale: boolean }> = [];
        const listening = api.previews.onDidRender(({ report }) => rendered.push(report));
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        const [uri] = await vscode.workspace.findFiles('**/reiskompas-straks.journey');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), vscode.ViewColumn.One);
        await vscode.commands.executeCommand('journey.showPreviewToSide', uri);
        await waitFor('the preview to draw reiskompas-straks.journey', () => rendered.find(r => r.uri === uri.toString() && r.journeys >= 2 && !r.stale));
        listening.dispose();
        const lanes = (await probe('nl-map-lanes', 'svg.jm-frozen-left text.jm-lane-label')).join(' | ');
        for (const word of ['Contactmomenten', 'Doet', 'Denkt', 'Voelt', 'Knelpunten', 'Kansen']) assert.ok(lanes.includes(word), `${word} in ${lanes}`);
        for (const word of ['Touchpoints', 'Pain points', 'Opportunities']) assert.ok(!lanes.includes(word), `${word} in ${lanes}`);
        const badges = (await probe('nl-map-badges', '.jm-state')).join(' | ');
        assert.match(badges, /HUIDIGE SITUATIE/);
        const buttons = (await probe('nl-map-toolbar', '.jm-toolbar button')).join(' | ');
        assert.match(buttons, vscode.env.language === 'nl' ? /Passend/ : /Fit/, buttons);
        await new Promise(resolve => setTimeout(resolve, 1000));
        await screenshot(`preview-nl-map-${vscode.env.language}`);
        console.log('[scroll-preview] afweging feels');
        await new Promise(resolve => setTimeout(resolve, 800));
        await screenshot(`preview-nl-map-${vscode.env.language}-scrolled`);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
});
