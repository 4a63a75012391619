/**
 * The page side of the report benchmark (bench/report-bench.ts): the review panel's drawing of a
 * report, as src/webview/report-main.tsx does it, timed in the page up to a forced layout.
 */
import { h, render } from 'preact';
import { SourceLinks } from '../../src/renderer/map-svg.js';
import { withPlainText } from '../../src/renderer/xml-text.js';
import { ReportView } from '../../src/report/report-view.js';
import type { ReportModel } from '../../src/report/report-model.js';

declare global {
    interface Window { reportBench?: { draw(json: string): { parse: number; render: number; layout: number; total: number; rows: number } } }
}

window.reportBench = {
    /** From the message's JSON text to a laid-out page: parse (the webview's structured clone is of the same order), draw, layout. */
    draw(json: string) {
        const root = document.getElementById('root')!;
        const t0 = performance.now();
        const report = withPlainText(JSON.parse(json) as ReportModel);
        const t1 = performance.now();
        render(h(SourceLinks.Provider, { value: true }, h(ReportView, { report })), root);
        const t2 = performance.now();
        void (root as HTMLElement).offsetHeight;
        const t3 = performance.now();
        return { parse: t1 - t0, render: t2 - t1, layout: t3 - t2, total: t3 - t0, rows: root.querySelectorAll('.jr-row').length };
    },
};
