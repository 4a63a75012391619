import type { Connection } from 'vscode-languageserver';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createJourneyServices, type JourneyServicesBundle } from '../language/journey-module.js';
import { registerMapModelService } from './map-model-service.js';

/**
 * Serves the journey language on a connection: the extension's IPC connection, or standard
 * input/output for `journey lsp --stdio` (Neovim, Emacs, Helix, Zed).
 */
export function startJourneyServer(connection: Connection): JourneyServicesBundle {
    const services = createJourneyServices({ connection, ...NodeFileSystem });
    const { shared, Journey } = services;
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'journey') return;
        Journey.journey.Settings.update(update.configuration?.validation ?? {});
        // Settings change what is reported, not what is parsed: validate every document again.
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        void shared.workspace.DocumentBuilder.build(documents, { validation: true });
    });
    registerMapModelService(connection, services);
    startLanguageServer(shared);
    return services;
}
