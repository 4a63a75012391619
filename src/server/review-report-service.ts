import { DocumentState } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { buildMapModel } from '../language/build-model.js';
import { formatIsoDate, parseIsoDate } from '../model/dates.js';
import { ReviewReportRequest } from '../protocol/lsp-protocol.js';
import { buildReport } from '../report/report-model.js';
import { handleRequest } from './journey-connection.js';
import type { JourneyServicesBundle } from '../language/journey-module.js';

/**
 * Serves the review panel: the quarterly review report of every map the server has (the
 * workspace's files and the open editors), built when asked, after the documents are validated.
 * The panel refreshes on the same `journey/modelsChanged` notification as the previews. The review
 * interval is the validation setting's (a map's own `review every` wins).
 */
export function registerReviewReportService(connection: Connection, { shared, Journey }: JourneyServicesBundle): void {
    const { DocumentBuilder, LangiumDocuments } = shared.workspace;
    const settings = Journey.journey.Settings;
    handleRequest(connection, ReviewReportRequest, async ({ today }, cancel) => {
        await DocumentBuilder.waitUntil(DocumentState.Validated, cancel);
        const date = today !== undefined && parseIsoDate(today) ? today : formatIsoDate(settings.today());
        const documents = LangiumDocuments.all.toArray().filter(doc => doc.uri.path.endsWith('.journey') || doc.textDocument.languageId === 'journey');
        return buildReport(buildMapModel(documents), { today: date, reviewMonths: settings.reviewIntervalMonths });
    });
}
