import '../platform/polyfills.js';
import { createCompletionParser, DefaultLexer, inject, type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { JourneyMapsGeneratedModule, JourneyMapsGeneratedSharedModule } from './generated/module.js';
import { JourneyAstNodeDescriptionProvider, JourneyReferenceDescriptionProvider } from './journey-descriptions.js';
import { JourneyDocumentValidator } from './journey-document-validator.js';
import { createJourneyParser, lazily } from './journey-parser.js';
import { registerCrossFileRevalidation } from './cross-file-revalidation.js';
import { JourneyScopeComputation, JourneyScopeProvider } from './journey-scope.js';
import { JourneySettings } from './journey-settings.js';
import { Localization } from './i18n/localization.js';
import { JourneyTokenBuilder } from './journey-token-builder.js';
import { SyntaxErrorDescriber } from './syntax/describe-syntax-error.js';
import { GrammarLines } from './syntax/grammar-lines.js';
import { JourneyLexerErrorMessageProvider, JourneyParserErrorMessageProvider, SyntaxExpectations } from './syntax/parser-messages.js';
import { JourneyValueConverter } from './journey-value-converter.js';
import { JourneyValidator, registerValidationChecks } from './journey-validator.js';
import { JourneyLspModule } from './lsp/journey-lsp-module.js';
import { JourneyNodeKindProvider } from './lsp/journey-node-kinds.js';

/** Services of our own, next to Langium's. */
export interface JourneyAddedServices {
    journey: {
        Settings: JourneySettings;
        Localization: Localization;
        SyntaxExpectations: SyntaxExpectations;
        SyntaxErrors: SyntaxErrorDescriber;
    };
    validation: {
        JourneyValidator: JourneyValidator;
    };
}

export type JourneyMapsServices = LangiumServices & JourneyAddedServices;

export const JourneyCoreModule: Module<JourneyMapsServices, PartialLangiumCoreServices & JourneyAddedServices> = {
    journey: {
        Settings: () => new JourneySettings(),
        Localization: () => new Localization(),
        SyntaxExpectations: () => new SyntaxExpectations(),
        SyntaxErrors: (services) => new SyntaxErrorDescriber(
            new GrammarLines(services.Grammar), services.journey.SyntaxExpectations, text => services.parser.Lexer.tokenize(text).tokens,
            services.journey.Localization),
    },
    parser: {
        // Built at their first use (see `lazily`): not before the language server answers `initialize`.
        LangiumParser: (services) => lazily(() => createJourneyParser(services)),
        CompletionParser: (services) => lazily(() => createCompletionParser(services)),
        Lexer: (services) => lazily(() => new DefaultLexer(services)),
        ParserErrorMessageProvider: (services) => new JourneyParserErrorMessageProvider(services.journey.SyntaxExpectations),
        LexerErrorMessageProvider: (services) => new JourneyLexerErrorMessageProvider(services.journey.Localization),
        ValueConverter: () => new JourneyValueConverter(),
        TokenBuilder: () => new JourneyTokenBuilder(),
    },
    references: {
        ScopeComputation: (services) => new JourneyScopeComputation(services),
        ScopeProvider: (services) => new JourneyScopeProvider(services),
    },
    validation: {
        DocumentValidator: (services) => new JourneyDocumentValidator(services),
        JourneyValidator: (services) => new JourneyValidator(services),
    },
    workspace: {
        AstNodeDescriptionProvider: (services) => new JourneyAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: (services) => new JourneyReferenceDescriptionProvider(services),
    },
};

export const JourneySharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new JourneyNodeKindProvider(),
    },
};

export interface JourneyServicesBundle {
    shared: LangiumSharedServices;
    Journey: JourneyMapsServices;
}

/**
 * What a host puts on top of the language's services: the language server its update handler
 * and document builder (src/server/), a test its doubles. The language knows no host.
 */
export interface JourneyHostModules {
    shared?: Module<LangiumSharedServices, PartialLangiumSharedServices>;
    language?: Module<JourneyMapsServices, PartialLangiumServices>;
}

/** The language's services; the file system comes with `context`, anything else a host adds with `host`. */
export function createJourneyServices(context: DefaultSharedModuleContext, host: JourneyHostModules = {}): JourneyServicesBundle {
    const shared = inject(createDefaultSharedModule(context), JourneyMapsGeneratedSharedModule, JourneySharedModule, host.shared ?? {});
    const Journey = inject(
        createDefaultModule({ shared }),
        JourneyMapsGeneratedModule,
        JourneyCoreModule,
        JourneyLspModule,
        host.language ?? {},
    );
    shared.ServiceRegistry.register(Journey);
    registerValidationChecks(Journey);
    registerCrossFileRevalidation(shared);
    if (!context.connection) {
        // Without a client there is no configuration to wait for (CLI, tests).
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Journey };
}

export type { LangiumCoreServices, LangiumSharedCoreServices };
