import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import { buildDocumentSet, sourcesFromTexts, type DocumentSetOptions } from '../../src/workspace/document-set.js';
import type { JourneyServicesBundle } from '../../src/language/journey-module.js';
import { today } from './helpers.js';

export interface Workspace {
    services: JourneyServicesBundle;
    documents: LangiumDocument[];
    /** The document of a file name given to `workspace`. */
    doc(name: string): LangiumDocument;
}

/** Files keyed by name, built together as the language server builds an open folder. */
export async function workspace(files: Record<string, string>, options: DocumentSetOptions = {}): Promise<Workspace> {
    const { services, documents } = await buildDocumentSet(sourcesFromTexts(files), { today, ...options });
    return {
        services,
        documents,
        doc(name: string) {
            const found = documents.find(d => d.uri.path.endsWith(`/${name}`));
            if (!found) throw new Error(`no document ${name}`);
            return found;
        },
    };
}

/** The position of the `occurrence`-th (0-based) `needle` in the document, moved `delta` characters on. */
export function positionOf(document: LangiumDocument, needle: string, occurrence = 0, delta = 0): Position {
    const text = document.textDocument.getText();
    let at = -1;
    for (let i = 0; i <= occurrence; i++) {
        at = text.indexOf(needle, at + 1);
        if (at < 0) throw new Error(`'${needle}' #${occurrence} not in document`);
    }
    return document.textDocument.positionAt(at + delta);
}

export function textDocument(document: LangiumDocument): { uri: string } {
    return { uri: document.uri.toString() };
}
