import type { Connection } from 'vscode-languageserver';
import { startLanguageServer } from 'langium/lsp';
import { createJourneyServices, type JourneyServicesBundle } from '../language/journey-module.js';
import { localeOf, type Locale } from '../language/i18n/locale.js';
import { CoalescingUpdatesModule } from './coalescing-update-handler.js';
import { LocalFileSystem } from './local-file-system.js';
import { registerMapModelService } from './map-model-service.js';
import { registerReviewReportService } from './review-report-service.js';
import { publishDiagnosticsWithVersions } from './versioned-diagnostics.js';
import { registerWorkspaceServices } from './workspace-outline-service.js';

/**
 * Serves the journey language on a connection: the extension's IPC connection, or standard
 * input/output for `journey lsp --stdio` (Neovim, Emacs, Helix, Zed). It speaks the language the
 * client's `initialize` names (VS Code sends its display language: `nl`, `nl-BE` are Dutch, anything
 * else English); `chooseLocale` lets `journey lsp --lang` decide otherwise.
 */
export function startJourneyServer(connection: Connection, chooseLocale: (clientLocale: string | undefined) => Locale = localeOf): JourneyServicesBundle {
    // A failed build or request must not end the process: an editor restarts a crashed server only
    // a few times, then the language is gone until the window reloads.
    process.on('unhandledRejection', reason => connection.console.error(`journey server: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`));
    // The server's own parts: the local disk (only), and edit bursts coalesced into one build.
    const services = createJourneyServices({ connection, ...LocalFileSystem }, { shared: CoalescingUpdatesModule });
    const { shared } = services;
    fixToday(services, connection);
    const { ConfigurationProvider } = shared.workspace;
    ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === 'journey') applySettings(services, update.configuration?.validation);
    });
    // The first configuration is fetched at `initialized` without an update event.
    void ConfigurationProvider.ready.then(async () => {
        applySettings(services, await ConfigurationProvider.getConfiguration('journey', 'validation'));
    });
    // Reports are worded when a document is checked: the locale is known before the first build,
    // which starts when the client has sent `initialized`.
    shared.lsp.LanguageServer.onInitialize(params => {
        services.Journey.journey.Localization.locale = chooseLocale(params.locale);
    });
    registerMapModelService(connection, services);
    registerReviewReportService(connection, services);
    registerWorkspaceServices(connection, services);
    publishDiagnosticsWithVersions(connection, shared);
    startLanguageServer(shared);
    return services;
}

/** Settings change what is reported, not what is parsed: when they change, validate every document again. */
function applySettings({ shared, Journey }: JourneyServicesBundle, validation: unknown): void {
    if (typeof validation !== 'object' || validation === null) return;
    const settings = Journey.journey.Settings;
    const before = JSON.stringify([settings.reviewIntervalMonths, settings.missingEvidence]);
    settings.update(validation);
    if (JSON.stringify([settings.reviewIntervalMonths, settings.missingEvidence]) === before) return;
    const { DocumentBuilder, LangiumDocuments, WorkspaceLock } = shared.workspace;
    void WorkspaceLock.write(token => DocumentBuilder.build(LangiumDocuments.all.toArray(), { validation: true }, token));
}

/**
 * `JOURNEY_TODAY=YYYY-MM-DD` fixes the date overdue actions and due reviews count from, as the
 * CLI's `--today` does: for tests and demonstrations whose maps must not age.
 */
function fixToday({ Journey }: JourneyServicesBundle, connection: Connection): void {
    const today = process.env.JOURNEY_TODAY;
    if (!today) return;
    try {
        Journey.journey.Settings.setToday(today);
    } catch (error) {
        connection.console.warn(`journey server: JOURNEY_TODAY ignored: ${error instanceof Error ? error.message : String(error)}`);
    }
}
