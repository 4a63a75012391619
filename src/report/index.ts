/**
 * The quarterly review report: built from the map model (`buildReport`), written as HTML
 * (`renderReportHtml`, or `ReportView` into the review panel's DOM), Markdown or CSV. Every word of
 * it is in `labels.ts`.
 */
export { buildReport, type ReportModel, type ReportOptions, type ReviewState } from './report-model.js';
export { ReportView } from './report-view.js';
export { renderReportHtml } from './report-html.js';
export { renderReportMarkdown } from './report-markdown.js';
export { renderReportCsv, csvField, csvText } from './report-csv.js';
export { reportCss, reportPrintCss } from './report-css.js';
export { reportLabels, type ReportLabels } from './labels.js';
