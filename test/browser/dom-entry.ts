/**
 * Bundled by the browser test (esbuild, IIFE): renders <MapView> into the DOM the way the webview
 * host does, so the test can check DOM rendering and time it on big maps.
 */
import { h, render } from 'preact';
import { MapView } from '../../src/renderer/map-view.js';
import type { MapModel } from '../../src/model/map-model.js';
import type { Highlight, ViewOptions } from '../../src/renderer/layout.js';

declare global {
    interface Window { renderJourneyMap?: (model: MapModel, view: ViewOptions, element: Element, highlight?: Highlight) => number }
}

window.renderJourneyMap = (model, view, element, highlight) => {
    const started = performance.now();
    render(h(MapView, highlight ? { model, view, highlight } : { model, view }), element);
    return performance.now() - started;
};
