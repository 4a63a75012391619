/**
 * Bundled by the browser test (esbuild, IIFE): renders <MapView> into the DOM the way the webview
 * host does (one layout per model and view), so the test can check DOM rendering and time it on big maps.
 */
import { h, render } from 'preact';
import { MapView } from '../../src/renderer/map-view.js';
import type { MapModel } from '../../src/model/map-model.js';
import { LayoutCache } from '../../src/webview/layout-cache.js';
import type { Highlight, ViewOptions, VisibleRange } from '../../src/renderer/layout.js';

declare global {
    interface Window { renderJourneyMap?: (model: MapModel, view: ViewOptions, element: Element, highlight?: Highlight, visible?: VisibleRange) => number }
}

const layouts = new LayoutCache();

window.renderJourneyMap = (model, view, element, highlight, visible) => {
    const started = performance.now();
    render(h(MapView, { model, view, layout: layouts.get(model, view), highlight, visible }), element);
    return performance.now() - started;
};
