import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { JourneyMapsServices } from '../journey-module.js';
import { JourneyCompletionProvider } from './journey-completion.js';
import { JourneyCodeActionProvider } from './journey-code-actions.js';
import { JourneyCodeLensProvider } from './journey-code-lens.js';
import { JourneyDocumentLinkProvider } from './journey-document-links.js';
import { JourneyDocumentationProvider } from './journey-documentation.js';
import { JourneyFormatter } from './journey-formatter.js';
import { JourneyHoverProvider } from './journey-hover.js';
import { JourneyRenameProvider } from './journey-rename.js';
import { JourneySemanticTokenProvider } from './journey-semantic-tokens.js';
import { JourneyDocumentSymbolProvider } from './journey-symbols.js';

/** The editor features of the language server that go beyond Langium's defaults. */
export const JourneyLspModule: Module<JourneyMapsServices, PartialLangiumServices> = {
    documentation: {
        DocumentationProvider: (services) => new JourneyDocumentationProvider(services),
    },
    lsp: {
        CompletionProvider: (services) => new JourneyCompletionProvider(services),
        HoverProvider: (services) => new JourneyHoverProvider(services),
        RenameProvider: (services) => new JourneyRenameProvider(services),
        Formatter: () => new JourneyFormatter(),
        CodeActionProvider: (services) => new JourneyCodeActionProvider(services),
        DocumentSymbolProvider: (services) => new JourneyDocumentSymbolProvider(services),
        SemanticTokenProvider: (services) => new JourneySemanticTokenProvider(services),
        CodeLensProvider: (services) => new JourneyCodeLensProvider(services.journey.Localization),
        DocumentLinkProvider: () => new JourneyDocumentLinkProvider(),
    },
};
