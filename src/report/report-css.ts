/**
 * The review report's style sheet: the renderer's colours (`var(--jm-…)`, set by the exports'
 * light palette, the dark palette, or VS Code's theme in the review panel), tables that read on
 * screen and print in landscape without cutting a row.
 */
import { color, darkTheme, lightTheme, paletteDeclarations } from '../renderer/theme.js';

const fontStack = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif';

export const reportCss = `
.jr-report { font-family: var(--jm-font, ${fontStack}); color: ${color('fg')}; background: ${color('bg')}; padding: 16px 24px 32px; font-size: 13px; line-height: 1.45; box-sizing: border-box; }
.jr-report h1 { font-size: 22px; margin: 0 0 2px; }
.jr-report h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid ${color('border')}; }
.jr-report h3 { font-size: 14.5px; margin: 16px 0 6px; }
.jr-report h4 { font-size: 13px; margin: 4px 0; }
.jr-meta { color: ${color('muted')}; margin: 2px 0 8px; }
.jr-totals { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 0; padding: 0; }
.jr-total { border: 1px solid ${color('border')}; border-radius: 8px; padding: 4px 10px; background: ${color('band')}; }
.jr-total strong { font-size: 16px; margin-right: 2px; }
.jr-alert { border-color: ${color('negative')}; background: ${color('painBg')}; }
.jr-table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
.jr-table th { text-align: left; font-size: 12px; color: ${color('muted')}; font-weight: 700; border-bottom: 1px solid ${color('border')}; padding: 4px 8px; }
.jr-table td { vertical-align: top; padding: 5px 8px; border-bottom: 1px solid ${color('grid')}; overflow-wrap: break-word; }
.jr-row[data-line] { cursor: pointer; }
.jr-row[data-uri]:hover { background: ${color('band')}; }
.jr-strong { font-weight: 600; }
.jr-date { white-space: nowrap; font-variant-numeric: tabular-nums; }
.jr-number { text-align: right; font-variant-numeric: tabular-nums; }
.jr-late { color: color-mix(in srgb, ${color('negative')} 50%, ${color('fg')}); font-weight: 600; }
.jr-none { color: color-mix(in srgb, ${color('negative')} 50%, ${color('fg')}); font-style: italic; }
.jr-level, .jr-state, .jr-status { display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: 0.03em; padding: 0 7px; border-radius: 9px; border: 1px solid ${color('border')}; white-space: nowrap; }
.jr-level-high { border-color: ${color('severityHigh')}; background: color-mix(in srgb, ${color('severityHigh')} 14%, ${color('bg')}); }
.jr-level-medium { border-color: ${color('severityMedium')}; background: color-mix(in srgb, ${color('severityMedium')} 14%, ${color('bg')}); }
.jr-level-low { border-color: ${color('severityLow')}; background: color-mix(in srgb, ${color('severityLow')} 14%, ${color('bg')}); }
.jr-state-future { border-color: ${color('accent')}; background: ${color('accentBg')}; }
.jr-status-done { border-color: ${color('positive')}; }
.jr-status-doing { border-color: ${color('accent')}; }
.jr-empty { color: ${color('muted')}; font-style: italic; }
.jr-matrix-figure { margin: 8px 0 12px; }
.jr-matrix { display: block; max-width: 100%; height: auto; }
.jr-matrix text { fill: ${color('fg')}; }
.jr-matrix .jr-axis { font-weight: 700; }
.jr-matrix .jr-axis-level { fill: ${color('muted')}; font-weight: 600; }
.jr-matrix .jr-cell-box { fill: ${color('band')}; stroke: ${color('border')}; stroke-width: 1; }
.jr-matrix .jr-quick-wins .jr-cell-box { fill: ${color('opportunityBg')}; stroke: ${color('opportunity')}; }
.jr-matrix .jr-cell-caption { font-weight: 700; fill: color-mix(in srgb, ${color('opportunity')} 50%, ${color('fg')}); }
.jr-matrix .jr-cell-more { fill: ${color('muted')}; font-style: italic; }
.jr-matrix .jr-cell-item[data-line] { cursor: pointer; }
.jr-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 8px 24px; }
.jr-pain-list ul { margin: 0; padding-left: 18px; }
.jr-pain-list li { margin: 3px 0; }
.jr-by { color: ${color('muted')}; }
`;

/** The report page's palettes: light, dark when the reader's system is dark, and light on paper. */
export const reportPageThemeCss = [
    `.jm-map, .jm-svg { ${paletteDeclarations(lightTheme)} }`,
    `@media screen and (prefers-color-scheme: dark) { .jm-map, .jm-svg { ${paletteDeclarations(darkTheme)} } html, body { background: ${darkTheme.bg}; } }`,
].join('\n');

/** Printing: landscape, colours kept, a section's title with its first rows, no row cut between pages. */
export const reportPrintCss = `
@page { size: landscape; margin: 12mm; }
@media print {
    html, body { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    .jr-report { padding: 0; font-size: 11px; }
    .jr-report h2 { break-after: avoid; }
    .jr-report h3, .jr-report h4 { break-after: avoid; }
    .jr-table thead { display: table-header-group; }
    .jr-table tr, .jr-matrix-figure, .jr-pain-list li, .jr-totals { break-inside: avoid; }
    .jr-section { break-before: auto; }
    .jr-row[data-uri]:hover { background: none; }
}
`;
