import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { catalogues } from '../../language/i18n/localization.js';
import { localeOf } from '../../language/i18n/locale.js';
import { stageTemplates, type StageTemplate } from '../../language/lsp/stage-templates.js';
import type { WorkspaceOutline } from '../../model/workspace-outline.js';
import { MapModelRequest } from '../../protocol/lsp-protocol.js';
import { sendRequest } from '../journey-client.js';
import type { WorkspaceOutlineSource } from '../journeys/outline-source.js';
import { futureMapText, newMapText, personaName, type NewPersona, type WrittenMap } from './map-text.js';

/** What `journey.newMap` may be given instead of asking (the walkthrough asks; tests and other extensions may not). */
export interface NewMapArguments {
    template?: string;
    title?: string;
    /** An existing persona's id, or the name of a new persona. */
    persona?: string;
}

/**
 * `Journey: New Journey Map…`: a first map from a set of phases (the templates completion offers),
 * saved in the workspace (or untitled without one) and opened; and `Journey: New Future Map…`,
 * a future map that improves the current map in the editor, starting as its copy.
 */
export function registerNewMapCommands(client: LanguageClient, outlines: WorkspaceOutlineSource, journeyDocument: () => vscode.TextDocument | undefined): vscode.Disposable {
    return vscode.Disposable.from(
        vscode.commands.registerCommand('journey.newMap', (args?: NewMapArguments) => newMap(outlines, isArguments(args) ? args : {})),
        vscode.commands.registerCommand('journey.newFutureMap', (target?: vscode.Uri) => newFutureMap(client, outlines, target instanceof vscode.Uri ? target : journeyDocument()?.uri)),
    );
}

async function newMap(outlines: WorkspaceOutlineSource, args: NewMapArguments): Promise<vscode.Uri | undefined> {
    const template = args.template !== undefined ? stageTemplates.find(t => t.id === args.template) : await pickTemplate();
    if (!template) return undefined;
    const title = args.title ?? await vscode.window.showInputBox({
        title: vscode.l10n.t('New journey map'),
        prompt: vscode.l10n.t('The title of the map, as it is drawn above it'),
        value: template.language === 'nl' ? 'Klantreis — nu' : 'Customer journey — today',
        validateInput: value => value.trim() === '' ? vscode.l10n.t('A map needs a title.') : undefined,
    });
    if (title === undefined) return undefined;
    const outline = await outlines.current();
    const taken = new Set([...(outline?.maps.map(m => m.id) ?? []), ...(outline?.personas.map(p => p.id) ?? [])]);
    const persona = args.persona !== undefined ? personaFor(args.persona, outline, taken) : await pickPersona(outline, taken);
    if (!persona) return undefined;
    const written = newMapText({ template, title: title.trim(), persona, taken });
    return save(written, vscode.l10n.t('journey-map'), title);
}

async function pickTemplate(): Promise<StageTemplate | undefined> {
    const picked = await vscode.window.showQuickPick(
        stageTemplates.map(template => ({ label: template.label, description: templateDescription(template), detail: template.stages.join(' → '), template })),
        { title: vscode.l10n.t('New journey map: the phases of the journey'), placeHolder: vscode.l10n.t('Pick the phases your map starts with; you can rename, add and remove them later') },
    );
    return picked?.template;
}

/** What a set of phases is, in VS Code's display language: the words completion shows for it. */
function templateDescription(template: StageTemplate): string {
    return catalogues[localeOf(vscode.env.language)].completion.stageTemplateDescription[template.id] ?? '';
}

async function pickPersona(outline: WorkspaceOutline | undefined, taken: ReadonlySet<string>): Promise<NewPersona | undefined> {
    const existing = [...(outline?.personas ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    if (existing.length > 0) {
        const newOne = { label: vscode.l10n.t('A new persona…'), persona: undefined };
        const picked = await vscode.window.showQuickPick(
            [...existing.map(p => ({ label: p.name, description: p.id, persona: p.id as string | undefined })), newOne],
            { title: vscode.l10n.t('New journey map: whose journey is it?'), placeHolder: vscode.l10n.t('A persona of this workspace, or a new one') },
        );
        if (!picked) return undefined;
        if (picked.persona !== undefined) return { id: picked.persona };
    }
    const name = await vscode.window.showInputBox({
        title: vscode.l10n.t('New journey map: a new persona'),
        prompt: vscode.l10n.t('The persona whose journey the map shows, by the name your team uses'),
        value: vscode.l10n.t('Customer'),
        validateInput: value => value.trim() === '' ? vscode.l10n.t('A persona needs a name.') : undefined,
    });
    return name === undefined ? undefined : { id: personaName(name, taken), name: name.trim() };
}

function personaFor(given: string, outline: WorkspaceOutline | undefined, taken: ReadonlySet<string>): NewPersona {
    return outline?.personas.some(p => p.id === given) ? { id: given } : { id: personaName(given, taken), name: given };
}

async function newFutureMap(client: LanguageClient, outlines: WorkspaceOutlineSource, target: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    if (!target) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open the current map first: the future map starts as its copy.'));
        return undefined;
    }
    const model = await sendRequest(client, MapModelRequest, { uri: target.toString() });
    const currents = (model?.journeys ?? []).filter(j => j.uri === target.toString() && j.state === 'current');
    let current = currents[0];
    if (currents.length > 1) {
        const picked = await vscode.window.showQuickPick(currents.map(j => ({ label: j.title || j.id, description: j.id, journey: j })), { title: vscode.l10n.t('New future map: which map does it improve?') });
        if (!picked) return undefined;
        current = picked.journey;
    }
    if (!current) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This file has no current-state map to improve. Open a map with state current (the default) and try again.'));
        return undefined;
    }
    const outline = await outlines.current();
    const taken = new Set(outline?.maps.map(m => m.id) ?? []);
    const written = futureMapText(current, taken);
    const base = target.path.split('/').pop()?.replace(/\.journey$/, '') || 'journey-map';
    const uri = await save(written, `${base}-${current.language === 'nl' ? 'straks' : 'future'}`, undefined, target);
    if (uri) await vscode.commands.executeCommand('journey.showPreviewToSide', uri.toString(), written.journeyId);
    return uri;
}

/**
 * Saves the map in a new file beside `near` (or in the first workspace folder) and opens it; with
 * no folder to save in, opens it as an untitled map.
 */
async function save(written: WrittenMap, baseName: string, title?: string, near?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = near && near.scheme !== 'untitled'
        ? vscode.Uri.joinPath(near, '..')
        : vscode.window.activeTextEditor?.document.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri)
            ? vscode.Uri.joinPath(vscode.window.activeTextEditor.document.uri, '..')
            : vscode.workspace.workspaceFolders?.[0]?.uri;
    // Beside the walkthrough (or another page that is not a text editor), not over it.
    const column = vscode.window.activeTextEditor ? vscode.window.activeTextEditor.viewColumn ?? vscode.ViewColumn.One : vscode.ViewColumn.Beside;
    if (!folder) {
        const document = await vscode.workspace.openTextDocument({ language: 'journey', content: written.text });
        await vscode.window.showTextDocument(document, { viewColumn: column });
        return document.uri;
    }
    const stem = (title ? fileStem(title) : baseName) || baseName;
    const uri = await freeName(folder, stem);
    try {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(written.text));
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not write the new map to {0}: {1}', vscode.workspace.asRelativePath(uri), error instanceof Error ? error.message : String(error)));
        return undefined;
    }
    await vscode.window.showTextDocument(uri, { viewColumn: column });
    return uri;
}

/** A file name for a title: `Customer journey — today` → `customer-journey-today`. */
export function fileStem(title: string): string {
    return title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

async function freeName(folder: vscode.Uri, stem: string): Promise<vscode.Uri> {
    for (let n = 1; ; n++) {
        const uri = vscode.Uri.joinPath(folder, `${stem}${n === 1 ? '' : `-${n}`}.journey`);
        try {
            await vscode.workspace.fs.stat(uri);
        } catch {
            return uri;
        }
    }
}

function isArguments(value: unknown): value is NewMapArguments {
    return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri);
}
