/**
 * The exports (the CLI's `export --format svg|html` and the extension's export commands): the same
 * components rendered to strings. `renderMapSvg` gives a standalone SVG
 * document (its own `<style>` with the light theme); `renderMapHtml` a self-contained page
 * (no external resources, no scripts, a restrictive CSP) with the persona header and the SVG.
 * Both are well-formed whatever the map's text holds (see xml-text.ts), and name no source file:
 * only the preview sets `SourceLinks`.
 */
import { renderToString } from 'preact-render-to-string';
import type { MapModel } from '../model/map-model.js';
import { drawingLabels } from './labels.js';
import { layoutMap, type ViewOptions } from './layout.js';
import { MapSvg } from './map-svg.js';
import { MapView } from './map-view.js';
import { PrintMap, printCss } from './print.js';
import { exportThemeCss, mapCss, pageCss, rasterCss } from './theme.js';
import { wellFormed, withPlainText } from './xml-text.js';

/** The CSP of the exported page: nothing may load or run; inline styles and data: images only. */
export const exportCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * `forRaster`: the style sheet for the PNG export's rasterizer (colours as values, DejaVu Sans
 * only) instead of the light theme's variables.
 */
export function renderMapSvg(map: MapModel, view: ViewOptions, options: { forRaster?: boolean } = {}): string {
    const layout = layoutMap(withPlainText(map), view, { standalone: true });
    const css = options.forRaster ? rasterCss : `${exportThemeCss}\n${mapCss}`;
    const body = layout
        ? renderToString(<MapSvg layout={layout} css={css} />)
        : renderToString(
            <svg xmlns="http://www.w3.org/2000/svg" class="jm-svg" width="320" height="60" viewBox="0 0 320 60">
                <text x="16" y="34" font-size="14">{drawingLabels(view.language ?? map.journeys[0]?.language).noJourney}</text>
            </svg>,
        );
    return `<?xml version="1.0" encoding="UTF-8"?>\n${wellFormed(body)}\n`;
}

/**
 * The drawing as an `<svg>` element for an HTML page that styles it with `mapCss` and a theme
 * (VS Code's Markdown preview, through its preview styles): no XML declaration, no style of its
 * own, no scripts. Undefined when the model has no journey to draw.
 */
export function renderMapSvgElement(map: MapModel, view: ViewOptions): string | undefined {
    const layout = layoutMap(withPlainText(map), view, { standalone: true });
    return layout ? wellFormed(renderToString(<MapSvg layout={layout} />)) : undefined;
}

export function renderMapHtml(map: MapModel, view: ViewOptions, title?: string): string {
    const model = withPlainText(map);
    const chosen = layoutMap(model, view, { standalone: false });
    const labels = chosen?.labels ?? drawingLabels(view.language ?? model.journeys[0]?.language);
    const pageTitle = withPlainText(title) ?? (chosen ? chosen.primary.title : labels.pageTitle);
    const mapTitle = chosen?.comparison && chosen.current && chosen.future ? `${chosen.current.title} → ${chosen.future.title}` : pageTitle;
    return htmlPage({
        title: pageTitle,
        lang: labels.htmlLang,
        colorScheme: 'light',
        css: `${exportThemeCss}\n${pageCss}\n${mapCss}\n${printCss}`,
        body: [
            wellFormed(renderToString(<MapView model={model} view={view} layout={chosen} />)),
            // The same drawing cut into landscape pages, shown only when printed.
            chosen ? wellFormed(renderToString(<PrintMap layout={chosen} title={mapTitle} />)) : '',
        ],
    });
}

/**
 * A self-contained page (the HTML export, the review report): the restrictive CSP first, the
 * title as text, our own constant CSS (no document text in it) written as is, then the body's
 * markup, already well-formed.
 */
export function htmlPage(page: { title: string; lang: string; colorScheme: 'light' | 'light dark'; css: string; body: string[] }): string {
    return [
        '<!DOCTYPE html>',
        `<html lang="${page.lang}">`,
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${exportCsp}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<meta name="color-scheme" content="${page.colorScheme}">`,
        wellFormed(renderToString(<title>{page.title}</title>)),
        `<style>\n${page.css}\n</style>`,
        '</head>',
        '<body>',
        ...page.body,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
