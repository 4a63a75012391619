/**
 * `journey report --format html`: a self-contained page (no scripts, nothing loaded, the exports'
 * restrictive CSP) with the report drawn by the same components as the editor's review panel. It
 * follows the reader's light or dark system colours on screen and prints in landscape on light paper.
 */
import { renderToString } from 'preact-render-to-string';
import { htmlPage } from '../renderer/export.js';
import { wellFormed, withPlainText } from '../renderer/xml-text.js';
import { reportLabelsFor, type ReportLabels } from './labels.js';
import { reportCss, reportPageThemeCss, reportPrintCss } from './report-css.js';
import type { ReportModel } from './report-model.js';
import { ReportView } from './report-view.js';

export function renderReportHtml(report: ReportModel, labels: ReportLabels = reportLabelsFor(report.language)): string {
    const plain = withPlainText(report);
    return htmlPage({
        title: `${labels.title} · ${labels.date(plain.today)}`,
        lang: labels.htmlLang,
        colorScheme: 'light dark',
        css: `html, body { margin: 0; padding: 0; }\n${reportPageThemeCss}\n${reportCss}\n${reportPrintCss}`,
        body: [wellFormed(renderToString(<ReportView report={plain} labels={labels} />))],
    });
}
