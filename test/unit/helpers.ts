import { pathToFileURL } from 'node:url';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { buildDocumentSet, sourcesFromTexts, type DocumentSetOptions } from '../../src/workspace/document-set.js';
import { buildMapModel } from '../../src/language/build-model.js';
import type { MapModel } from '../../src/model/map-model.js';

export const today = '2026-11-23';

/**
 * A folder of the shared examples beside the checkout (`../shared/examples`, `../shared/examples-v2`),
 * or where JOURNEY_SHARED_DIR says the shared folder is (a worktree elsewhere).
 */
export function sharedFolder(name: string): URL {
    const shared = process.env.JOURNEY_SHARED_DIR;
    return shared ? new URL(`${name}/`, pathToFileURL(`${shared.replace(/\/$/, '')}/`)) : new URL(`../../../../shared/${name}/`, import.meta.url);
}

/** Personas and channels most test maps use, kept in their own file as in real workspaces. */
export const people = `
persona thierry "Twijfelende Thierry" { goal "Best value" }
persona dominique "Drukke Dominique"
channel web "Website" icon web
channel mail "E-mail" icon mail
channel phone "Phone" icon phone
`;

export async function buildFiles(files: Record<string, string>, options: DocumentSetOptions = {}): Promise<LangiumDocument[]> {
    const { documents } = await buildDocumentSet(sourcesFromTexts(files), { today, ...options });
    return documents;
}

export async function modelOf(files: Record<string, string>, options: DocumentSetOptions = {}): Promise<MapModel> {
    return buildMapModel(await buildFiles(files, options));
}

export interface Marked {
    text: string;
    ranges: Array<{ start: { line: number; character: number }; end: { line: number; character: number } }>;
}

/** Text with `«...»` around the spans a report must point at: the markers are removed, their ranges kept. */
export function marked(source: string): Marked {
    const ranges: Marked['ranges'] = [];
    let text = '';
    let line = 0;
    let character = 0;
    let start: { line: number; character: number } | undefined;
    for (const ch of source) {
        if (ch === '«') { start = { line, character }; continue; }
        if (ch === '»') { ranges.push({ start: start!, end: { line, character } }); continue; }
        text += ch;
        if (ch === '\n') { line++; character = 0; } else { character++; }
    }
    return { text, ranges };
}

export function codesOf(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code)).sort();
}

export function diagnosticsOf(document: LangiumDocument): Diagnostic[] {
    return document.diagnostics ?? [];
}

/** Mermaid's documented `journey` example. */
export const mermaidWorkingDay = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
`;
