/**
 * The journey map renderer: Preact components that draw a map as SVG, for two hosts.
 * - The VS Code webview renders `<MapView>` into the DOM and adds `webviewThemeCss` + `mapCss`
 *   (+ `pageCss` for the header) in a `<style>`; every colour then follows the editor's theme.
 * - The exports (CLI and the extension's export commands) call `renderMapSvg` / `renderMapHtml`
 *   (string rendering, light theme).
 * Drawn elements carry `data-journey`, `data-stage`, `data-touchpoint`, `data-status` (in a
 * comparison) and `data-line` (zero-based), and in the preview `data-uri` (see `SourceLinks`),
 * so a click maps back to the source.
 */
export { MapView, MapHeader, type MapViewProps } from './map-view.js';
export { MapGrid, MapSvg } from './map-svg.js';
export { renderMapSvg, renderMapSvgElement, renderMapHtml, exportCsp } from './export.js';
export { SourceLinks } from './map-svg.js';
export { withPlainText } from './xml-text.js';
export { chooseJourneys, columnCount, highlightedColumn, layoutMap, size, type Highlight, type MapLayout, type ViewOptions, type VisibleRange } from './layout.js';
export { wrapText, textWidth, fitLine } from './text.js';
export { mapCss, rasterCss, pageCss, exportThemeCss, webviewThemeCss, darkThemeCss, lightTheme, darkTheme, type ThemeColors } from './theme.js';
