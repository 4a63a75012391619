import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createJourneyServices, type JourneyServicesBundle } from '../language/journey-module.js';
import type { MissingEvidenceLevel } from '../language/journey-settings.js';
import type { Locale } from '../language/i18n/locale.js';

export interface SourceText {
    uri: URI;
    text: string;
}

export interface DocumentSetOptions {
    /** `YYYY-MM-DD`: the date `stale-review` counts from; the clock when absent. */
    today?: string;
    reviewIntervalMonths?: number;
    missingEvidence?: MissingEvidenceLevel;
    /** The language of the reports; English when absent. */
    locale?: Locale;
}

/**
 * A set of `.journey` texts parsed, linked and validated together, as the language server does for
 * a workspace: the CLI and the tests use this, so they see exactly what the editor sees.
 */
export async function buildDocumentSet(sources: readonly SourceText[], options: DocumentSetOptions = {}, reuse?: JourneyServicesBundle): Promise<{ services: JourneyServicesBundle; documents: LangiumDocument[] }> {
    // Reusing a container skips building the parser again (what a running language server has).
    const services = reuse ?? createJourneyServices(EmptyFileSystem);
    if (reuse) {
        // Deleted through the builder, so that the index forgets their names too (otherwise the new
        // set's references could still resolve to a journey or persona of the previous set).
        const previous = reuse.shared.workspace.LangiumDocuments.all.map(document => document.uri).toArray();
        await reuse.shared.workspace.DocumentBuilder.update([], previous);
    }
    const settings = services.Journey.journey.Settings;
    settings.setToday(options.today);
    settings.update(options);
    services.Journey.journey.Localization.locale = options.locale ?? 'en';
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents = sources.map(source => {
        const document = LangiumDocumentFactory.fromString(source.text, source.uri);
        LangiumDocuments.addDocument(document);
        return document;
    });
    await DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}

/** Convenience for tests and examples: texts keyed by file name, placed in an in-memory folder. */
export function sourcesFromTexts(files: Record<string, string>): SourceText[] {
    return Object.entries(files).map(([name, text]) => ({ uri: URI.parse(`memory:///workspace/${name}`), text }));
}
