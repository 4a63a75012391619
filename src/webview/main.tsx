// The preview's page script: draws the map model with the shared renderer, reports clicks as
// source positions, and keeps scroll and zoom across updates (the page is never reloaded).
import { render } from 'preact';
import { chooseJourneys, highlightedColumn, MapView, size, SourceLinks, withPlainText, type Highlight, type MapLayout, type ViewOptions, type VisibleRange } from '../renderer/index.js';
import type { DocumentMapModel } from '../protocol/lsp-protocol.js';
import type { FromWebviewMessage, PreviewState, ToWebviewMessage, ViewMode } from '../protocol/preview-protocol.js';
import { Toolbar } from './toolbar.js';
import { previewWords } from './words.js';
import { rasterizeInPage, startCopy } from './rasterize.js';
import { findHighlight } from './highlight.js';
import { LayoutCache } from './layout-cache.js';
import { covers, drawnByViewport, fitZoom, intersects, rangeInView, rangeToDraw, scrollKey } from './viewport.js';
import { DiagnosticCode } from '../model/diagnostic-codes.js';

interface VsCodeApi {
    postMessage(message: FromWebviewMessage): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
/** The page's own words: VS Code's display language, which the extension wrote as `<html lang>`. */
const words = previewWords(document.documentElement.lang);

let state: PreviewState | undefined = vscode.getState();
/** The last map drawn without syntax errors: kept on screen while the text is broken. */
let goodModel: DocumentMapModel | undefined;
let latestModel: DocumentMapModel | undefined;
let highlight: Highlight | undefined;
const layouts = new LayoutCache();
/** The x-range of a big map that is in the DOM (undefined: the whole map). */
let drawnRange: VisibleRange | undefined;

/** The element that scrolls the map (both ways); the toolbar stays above it. */
function scroller(): HTMLElement | null {
    return root.querySelector<HTMLElement>('.jm-scroller');
}

/** The map's x-range on screen now (grid coordinates), or undefined before the map is in the DOM. */
function rangeOnScreen(layout: MapLayout): VisibleRange | undefined {
    const body = root.querySelector('svg.jm-body');
    const box = scroller();
    if (!body || !box) return undefined;
    const rect = body.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    // The body's SVG starts after the label column, at x = labelWidth of the grid.
    const range = rangeInView({ left: rect.left, width: rect.width }, layout.width - layout.labelWidth, { left: view.left, right: view.right });
    return { left: range.left + layout.labelWidth, right: range.right + layout.labelWidth };
}

function hasSyntaxErrors(model: DocumentMapModel): boolean {
    return model.diagnostics.some(d => d.code === DiagnosticCode.SyntaxError);
}

function setState(patch: Partial<PreviewState>, notify = true): void {
    if (!state) return;
    state = { ...state, ...patch };
    vscode.setState(state);
    if (notify) {
        const { journey, mode, zoom } = patch;
        // The persona filter: '' (every persona) clears it.
        const persona = 'persona' in patch ? patch.persona ?? '' : undefined;
        vscode.postMessage({
            type: 'setState', ...(journey !== undefined ? { journey } : {}), ...(mode ? { mode } : {}), ...(zoom !== undefined ? { zoom } : {}),
            ...(persona !== undefined ? { persona } : {}),
        });
    }
    drawNow();
}

function zoomTo(zoom: number): void {
    setState({ zoom: Math.min(4, Math.max(0.1, Math.round(zoom * 100) / 100)) });
}

/** Draws the map; `report` tells the extension (not done for redraws that only follow the scroll). */
function draw(report = true): void {
    const model = goodModel ?? latestModel;
    if (!state || !model) {
        render(<p class="jm-empty">{words.waiting}</p>, root);
        return;
    }
    const stale = latestModel !== undefined && latestModel !== goodModel;
    const journeyId = state.journey && model.journeys.some(j => j.id === state!.journey) ? state.journey : undefined;
    const ownJourneys = model.journeys.filter(j => j.uri === model.uri);
    const view: ViewOptions = { mode: state.mode, journey: journeyId ?? ownJourneys[0]?.id ?? model.journeys[0]?.id };
    // The persona filter offers the personas of the maps drawn; one they do not name (another file's) is not applied.
    const personas = personasOf(model, view);
    if (state.persona !== undefined && personas.some(p => p.id === state!.persona)) view.persona = state.persona;
    const layout = layouts.get(model, view);
    let visible: VisibleRange | undefined;
    if (drawnByViewport(layout)) {
        drawnRange ??= rangeToDraw({ left: 0, right: window.innerWidth / state.zoom + size.labelWidth });
        visible = drawnRange;
    }
    const zoom = state.zoom;
    render(
        <div class="jm-preview">
            <Toolbar
                words={words}
                journeys={model.journeys.map(j => ({ id: j.id, title: j.title, state: j.state }))}
                journey={view.journey}
                personas={personas}
                persona={view.persona}
                mode={state.mode}
                zoom={zoom}
                locked={state.locked}
                hasComparison={model.comparisons.length > 0}
                stale={stale && latestModel ? latestModel.diagnostics.filter(d => d.severity === 'error') : undefined}
                onJourney={journey => setState({ journey })}
                onPersona={persona => setState({ persona: persona === '' ? undefined : persona })}
                onMode={(mode: ViewMode) => setState({ mode })}
                onZoom={zoomTo}
                onFit={() => { const l = layouts.current; const box = scroller(); if (l && box) zoomTo(fitZoom(box.clientWidth, l.width)); }}
                onExport={format => vscode.postMessage({ type: 'export', format })}
                onCopy={copyImage}
            />
            <div class="jm-scroller" tabindex={0} aria-label={words.scroller}
                style={layout ? { scrollPaddingTop: `${layout.headerHeight * zoom}px`, scrollPaddingLeft: `${layout.labelWidth * zoom}px` } : undefined}>
                {model.journeys.length === 0
                    ? <p class="jm-empty">{words.noJourneyBefore}<code>{words.noJourneyExample}</code>{words.noJourneyAfter}</p>
                    : (
                        // Click-to-source needs each element's document; exports leave it out.
                        <SourceLinks.Provider value={true}>
                            <MapView model={model} view={view} layout={layout} highlight={highlight} visible={visible} zoom={zoom} expanded={false} />
                        </SourceLinks.Provider>
                    )}
            </div>
        </div>,
        root,
    );
    if (!report) return;
    followViewport();
    const touchpoints = model.journeys.reduce((n, j) => n + j.stages.reduce((m, s) => m + s.touchpoints.length, 0), 0);
    vscode.postMessage({ type: 'rendered', uri: model.uri, version: latestModel?.documentVersion ?? model.documentVersion, journeys: model.journeys.length, touchpoints, stale });
}

/**
 * A new model is drawn when the page is idle, not as it arrives: the webview's work shares the
 * workbench's main thread, and a redraw that starts while the user types delays the echo of the
 * next key (p95 28 → 101 ms measured with a preview open). Idle callbacks run after the frame that
 * follows input, so the redraw falls in the pause between two keys; `timeout` bounds the wait when
 * the page is never idle. Models that arrive meanwhile replace each other: only the last is drawn.
 */
let pendingDraw: number | undefined;
/** The last model that came, not parsed yet. */
let pendingModel: string | undefined;
const whenIdle = (callback: () => void): number => typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: 150 })
    : window.setTimeout(callback, 0);
const cancelIdle = (handle: number): void => typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle);

function drawWhenIdle(): void {
    if (pendingDraw !== undefined) return;
    pendingDraw = whenIdle(() => {
        pendingDraw = undefined;
        takePendingModel();
        draw();
    });
}

function takePendingModel(): void {
    if (pendingModel === undefined) return;
    // The text as the exports write it: no control characters (a colour code pasted from a terminal, `\b`).
    const model = withPlainText(JSON.parse(pendingModel) as DocumentMapModel);
    pendingModel = undefined;
    if (goodModel && goodModel.uri !== model.uri) goodModel = undefined;
    latestModel = model;
    if (!hasSyntaxErrors(model) || !goodModel) goodModel = model;
}

/** A draw now (the user asked: a view, a zoom) makes a pending idle draw unneeded. */
function drawNow(report = true): void {
    if (pendingDraw !== undefined && report) {
        cancelIdle(pendingDraw);
        pendingDraw = undefined;
        takePendingModel();
    }
    draw(report);
}

/** The Copy button's clipboard write, waiting for the drawing from the extension. */
let pendingCopy: ReturnType<typeof startCopy> | undefined;
/** Why the last click could not start a clipboard write (this page has no clipboard for images). */
let copyError: string | undefined;

function copyImage(): void {
    pendingCopy?.fail('copied again');
    pendingCopy = undefined;
    copyError = undefined;
    try {
        pendingCopy = startCopy();
        // A failed write is reported with the answer to the drawing (`copied` or `pngFailed`).
        pendingCopy.written.catch(() => undefined);
    } catch (error) {
        copyError = `this view has no clipboard for images (${error instanceof Error ? error.message : String(error)})`;
    }
    vscode.postMessage({ type: 'copyImage' });
}

/** The personas of the maps a view draws (a comparison's two maps), each once. */
function personasOf(model: DocumentMapModel, view: ViewOptions): Array<{ id: string; name: string }> {
    const chosen = chooseJourneys(model, view);
    const drawn = chosen.current && chosen.future && view.mode !== 'single' ? [chosen.current, chosen.future] : chosen.primary ? [chosen.primary] : [];
    const personas = new Map<string, { id: string; name: string }>();
    for (const journey of drawn) for (const p of journey.personas) if (!personas.has(p.id)) personas.set(p.id, { id: p.id, name: p.name });
    return [...personas.values()];
}

window.addEventListener('message', (event: MessageEvent<ToWebviewMessage>) => {
    const message = event.data;
    switch (message.type) {
        case 'update':
            state = { ...message.state, ...(state && state.uri === message.state.uri ? keptState(state) : {}) };
            vscode.setState(state);
            pendingModel = message.modelJson;
            drawWhenIdle();
            return;
        case 'state':
            state = { ...message.state, ...(state && state.uri === message.state.uri ? keptState(state) : {}) };
            vscode.setState(state);
            drawNow();
            return;
        case 'rasterize':
            if (message.purpose === 'clipboard') {
                const copy = pendingCopy;
                pendingCopy = undefined;
                if (!copy) {
                    vscode.postMessage({ type: 'pngFailed', id: message.id, reason: copyError ?? 'the Copy button was not clicked' });
                    return;
                }
                copy.deliver(message.svg, message.width, message.height, message.scale);
                copy.written.then(
                    () => vscode.postMessage({ type: 'copied', id: message.id }),
                    (error: unknown) => vscode.postMessage({ type: 'pngFailed', id: message.id, reason: `the clipboard refused the image (${error instanceof Error ? error.message : String(error)})` }),
                );
                return;
            }
            rasterizeInPage(message.svg, message.width, message.height, message.scale).then(
                data => vscode.postMessage({ type: 'png', id: message.id, data }),
                (error: unknown) => vscode.postMessage({ type: 'pngFailed', id: message.id, reason: error instanceof Error ? error.message : String(error) }),
            );
            return;
        case 'highlight': {
            const model = goodModel ?? latestModel;
            const next = model ? findHighlight(model, message.uri, message.line) : undefined;
            if (next?.uri === highlight?.uri && next?.line === highlight?.line) return;
            highlight = next;
            bringIntoDrawnRange(next);
            draw(false);
            if (highlight) revealHighlight();
            return;
        }
    }
});

/** What the page keeps of its own state when the extension sends the same document again. */
function keptState(current: PreviewState): Partial<PreviewState> {
    return { mode: current.mode, zoom: current.zoom, journey: current.journey, persona: current.persona };
}

/**
 * Scrolls the touchpoint under the editor's cursor into view, only when none of its card is in
 * view: a click in the preview (which selects the source and so moves the cursor) never moves it.
 */
function revealHighlight(): void {
    const card = root.querySelector('.jm-touchpoint.jm-highlight rect.jm-card');
    const box = scroller();
    const layout = layouts.current;
    if (!card || !box || !layout) return;
    const zoom = state?.zoom ?? 1;
    const view = box.getBoundingClientRect();
    // The frozen label column and stage headers cover the scroller's top-left edges.
    const free = { left: view.left + layout.labelWidth * zoom, top: view.top + layout.headerHeight * zoom, right: view.left + box.clientWidth, bottom: view.top + box.clientHeight };
    if (intersects(card.getBoundingClientRect(), free)) return;
    card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Redraws a big map when the viewport has moved past what is drawn. */
function followViewport(): void {
    const layout = layouts.current;
    if (!drawnByViewport(layout)) return;
    const inView = rangeOnScreen(layout);
    if (!inView || covers(drawnRange, inView)) return;
    drawnRange = rangeToDraw(inView);
    draw(false);
}

/** Before scrolling to the touchpoint under the cursor, make sure it is drawn. */
function bringIntoDrawnRange(target: Highlight | undefined): void {
    const layout = layouts.current;
    if (!target || !drawnByViewport(layout)) return;
    const column = highlightedColumn(layout, target);
    if (!column || covers(drawnRange, column)) return;
    const inView = rangeOnScreen(layout);
    const width = inView ? inView.right - inView.left : window.innerWidth;
    drawnRange = { left: column.left - width, right: column.right + width };
}

let viewportCheck = 0;
function onViewportChange(): void {
    if (viewportCheck !== 0) return;
    viewportCheck = requestAnimationFrame(() => {
        viewportCheck = 0;
        followViewport();
    });
}
// Scroll events do not bubble; capturing them on the document sees whichever element scrolls the map.
document.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
window.addEventListener('resize', onViewportChange);

// Click-to-source: every drawn element carries data-uri and data-line (and data-character where known).
// An evidence link never navigates the page: the extension checks it against the map and opens it.
root.addEventListener('click', event => {
    const link = (event.target as Element | null)?.closest?.('a[data-link]');
    if (link) {
        event.preventDefault();
        const uri = link.getAttribute('data-uri');
        const href = link.getAttribute('data-link');
        if (uri && href) vscode.postMessage({ type: 'openLink', uri, link: href });
        return;
    }
    const target = (event.target as Element | null)?.closest?.('[data-line][data-uri]');
    if (!target) return;
    const line = Number(target.getAttribute('data-line'));
    const character = target.getAttribute('data-character');
    vscode.postMessage({ type: 'select', uri: target.getAttribute('data-uri')!, line, ...(character !== null ? { character: Number(character) } : {}) });
});

// Keyboard zoom like other previews: Ctrl/Cmd + plus, minus, zero; arrows and page keys scroll the
// map even before it has the focus (a webview's body would otherwise swallow them).
window.addEventListener('keydown', event => {
    if (!state) return;
    const box = scroller();
    const target = event.target as Element | null;
    if (box && !(event.ctrlKey || event.metaKey || event.altKey) && !target?.closest?.('select, input, textarea, button, summary, .jm-scroller')) {
        const by = scrollKey(event.key, event.shiftKey, { width: box.clientWidth, height: box.clientHeight });
        if (by) {
            box.scrollBy({ left: by.left, top: by.top });
            event.preventDefault();
        }
        return;
    }
    if (!(event.ctrlKey || event.metaKey)) return;
    if (event.key === '+' || event.key === '=') setState({ zoom: Math.min(4, state.zoom + 0.1) });
    else if (event.key === '-') setState({ zoom: Math.max(0.25, state.zoom - 0.1) });
    else if (event.key === '0') setState({ zoom: 1 });
    else return;
    event.preventDefault();
});

draw();
vscode.postMessage({ type: 'ready' });
