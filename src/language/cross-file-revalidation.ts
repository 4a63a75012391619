import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { isJourney, isModel } from './generated/ast.js';

/**
 * Some reports depend on other files without any reference to them: `duplicate-name` (the same
 * persona, channel or journey name elsewhere, unless that file has syntax errors) and
 * `unused-persona` (no journey anywhere names it).
 * Langium re-validates only the changed documents and those that reference them, so when the
 * workspace-wide names of a document change, the other documents are validated again.
 */
export function registerCrossFileRevalidation(shared: LangiumSharedCoreServices): void {
    const { DocumentBuilder, LangiumDocuments, WorkspaceLock } = shared.workspace;
    const signatures = new Map<string, string>();
    DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        const changed = documents.filter(document => {
            const key = document.uri.toString();
            const signature = globalNamesSignature(document);
            const before = signatures.get(key);
            signatures.set(key, signature);
            return before !== undefined && before !== signature;
        });
        if (changed.length === 0) return;
        const built = new Set(documents.map(d => d.uri.toString()));
        const others = LangiumDocuments.all.filter(d => !built.has(d.uri.toString()) && globalNamesSignature(d) !== '').toArray();
        if (others.length === 0) return;
        // Queued behind the current build; a newer edit cancels it and its build picks these up.
        void WorkspaceLock.write(token => DocumentBuilder.build(others, { validation: true }, token));
    });
    // A document that is gone (deleted, or closed and not readable by the server) takes its names
    // with it: a duplicate it caused elsewhere, or the use that kept a persona from being unused.
    DocumentBuilder.onUpdate((_changed, deleted) => {
        const gone = new Set(deleted.map(uri => uri.toString()));
        let named = false;
        for (const key of gone) {
            if (signatures.get(key)) named = true;
            signatures.delete(key);
        }
        if (!named) return;
        const others = LangiumDocuments.all.filter(d => !gone.has(d.uri.toString()) && globalNamesSignature(d) !== '').toArray();
        if (others.length === 0) return;
        void WorkspaceLock.write(token => DocumentBuilder.build(others, { validation: true }, token));
    });
}

/** The names a document declares for the whole workspace and the personas its journeys name. */
export function globalNamesSignature(document: LangiumDocument): string {
    const root = document.parseResult.value;
    if (!isModel(root)) return '';
    const parts: string[] = [];
    // Whether the parser could follow the file: a broken file's names count only for itself.
    if (document.parseResult.parserErrors.length > 0 || document.parseResult.lexerErrors.length > 0) parts.push('broken');
    for (const element of root.elements) {
        parts.push(`${element.$type}:${element.name}`);
        if (isJourney(element)) parts.push(...element.personas.map(ref => `uses:${ref.$refText}`));
    }
    return parts.join('\n');
}
