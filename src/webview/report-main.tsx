// The review panel's page script: draws the report the extension posts with the report's own
// components (the CLI's `journey report` draws the same), and turns clicks into source selections.
import { render } from 'preact';
import { SourceLinks } from '../renderer/map-svg.js';
import { withPlainText } from '../renderer/xml-text.js';
import { ReportView } from '../report/report-view.js';
import type { ReportModel } from '../report/report-model.js';
import type { FromReviewMessage, ToReviewMessage } from '../protocol/review-protocol.js';
import { previewWords } from './words.js';

interface VsCodeApi {
    postMessage(message: FromReviewMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
/** The page's own words: VS Code's display language (`<html lang>`); the report inside speaks its maps'. */
const words = previewWords(document.documentElement.lang);

function draw(report: ReportModel | undefined): void {
    if (!report) {
        render(<p class="jr-empty">{words.waitingReport}</p>, root);
        return;
    }
    // Click-to-source needs each row's document; the CLI's page leaves it out.
    render(<SourceLinks.Provider value={true}><ReportView report={report} /></SourceLinks.Provider>, root);
    vscode.postMessage({ type: 'rendered', maps: report.maps.length, pains: report.pains.length, opportunities: report.opportunities.length, actions: report.actions.length });
}

window.addEventListener('message', (event: MessageEvent<ToReviewMessage>) => {
    const message = event.data;
    if (message?.type === 'report') draw(withPlainText(message.report));
});

root.addEventListener('click', event => {
    const target = (event.target as Element | null)?.closest?.('[data-line][data-uri]');
    if (!target) return;
    const character = target.getAttribute('data-character');
    vscode.postMessage({ type: 'select', uri: target.getAttribute('data-uri')!, line: Number(target.getAttribute('data-line')), ...(character !== null ? { character: Number(character) } : {}) });
});

draw(undefined);
vscode.postMessage({ type: 'ready' });
