/**
 * The page side of the render benchmark (bench/render-bench.ts), bundled with esbuild as an IIFE
 * and added to a blank page in headless Chromium. Every timing is taken here with
 * performance.now(), so the figures hold no Playwright or CDP round trips.
 *
 * A draw is timed up to a forced layout (reading offsetHeight), because until style and layout
 * are computed the user sees nothing; the time to the next frame (paint) is reported apart.
 */
import { h, render } from 'preact';
import type { MapModel } from '../../src/model/map-model.js';
import { layoutMap, type ViewOptions } from '../../src/renderer/layout.js';
import { MapView } from '../../src/renderer/map-view.js';
import { LayoutCache } from '../../src/webview/layout-cache.js';
import { drawnByViewport, rangeToDraw } from '../../src/webview/viewport.js';

let layouts = new LayoutCache();

/**
 * The one place the bench draws a map, as src/webview/main.tsx does: <MapView> inside the
 * preview's `.jm-preview` / `.jm-canvas` wrappers (the toolbar is left out), one layout per model
 * and view, and a big map only around the viewport (scrolled to the start).
 */
function drawMap(model: MapModel, view: ViewOptions, root: Element, viewportLeft = 0, whole = false): void {
    const layout = layouts.get(model, view);
    const visible = drawnByViewport(layout) && !whole ? rangeToDraw({ left: viewportLeft, right: viewportLeft + window.innerWidth }) : undefined;
    render(
        h('div', { class: 'jm-preview' },
            h('div', { class: 'jm-canvas', style: { zoom: '1' } }, h(MapView, { model, view, layout, visible }))),
        root,
    );
}

export interface DrawTiming {
    /** The render call: for our map layoutMap + Preact + DOM; for Mermaid `mermaid.render` + inserting the SVG. */
    script: number;
    /** Style recalculation and layout forced after it (offsetHeight). */
    layout: number;
    /** script + layout: the figure compared. */
    total: number;
    /** From the forced layout to the next frame (requestAnimationFrame, then a task): paint, informational. */
    frame: number;
    /** Elements drawn, counted after the timing. */
    elements: number;
}

export interface RedrawTiming extends DrawTiming {
    /** DOM mutation records the redraw made (MutationObserver: child lists, attributes, texts). */
    mutations: number;
    /** The touchpoints (data-touchpoint of the enclosing element) the mutations touched, per side. */
    touched: string[];
}

export interface MermaidTiming extends DrawTiming {
    /** `mermaid.render` alone (parse, its own measuring DOM, serializing the SVG to a string). */
    mermaidRender: number;
    /** Mermaid replaced the diagram with its "Maximum text size in diagram exceeded" message. */
    refused: boolean;
}

interface MermaidApi {
    initialize(config: Record<string, unknown>): void;
    render(id: string, text: string): Promise<{ svg: string }>;
}

declare global {
    interface Window {
        mermaid?: MermaidApi;
        gc?: () => void;
        renderBench?: typeof api;
    }
}

const models = new Map<string, MapModel>();
let drawCount = 0;

function stage(): HTMLElement {
    return document.getElementById('stage')!;
}

/** A new, empty container, so a draw is a first draw and not a diff against the previous one. */
function freshRoot(): HTMLElement {
    clear();
    const root = document.createElement('div');
    root.className = 'bench-root';
    stage().append(root);
    return root;
}

/** Removes every drawn map (unmounting Preact trees) and collects garbage, outside any timing. */
function clear(): void {
    for (const root of Array.from(stage().children)) {
        render(null, root);
        root.remove();
    }
    window.gc?.();
}

function forceLayout(): void {
    void document.body.offsetHeight;
}

const nextFrame = () => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function timed(root: Element, draw: () => void | Promise<void>): Promise<DrawTiming> {
    const t0 = performance.now();
    await draw();
    const t1 = performance.now();
    forceLayout();
    const t2 = performance.now();
    await nextFrame();
    const t3 = performance.now();
    return { script: t1 - t0, layout: t2 - t1, total: t2 - t0, frame: t3 - t2, elements: root.getElementsByTagName('*').length };
}

const api = {
    /** Parses a model sent as JSON, as the webview receives a new object with every update; returns the parse time. */
    setModel(name: string, json: string): number {
        const t0 = performance.now();
        models.set(name, JSON.parse(json) as MapModel);
        return performance.now() - t0;
    },

    /** layoutMap alone (the JS layout MapView computes on every render). */
    layoutOnly(name: string, view: ViewOptions): number {
        const model = models.get(name)!;
        const t0 = performance.now();
        layoutMap(model, view, { standalone: false });
        return performance.now() - t0;
    },

    /** Our map drawn into a new container, laid out anew (as for a new model). */
    drawFresh(name: string, view: ViewOptions): Promise<DrawTiming> {
        const model = models.get(name)!;
        const root = freshRoot();
        layouts = new LayoutCache();
        return timed(root, () => drawMap(model, view, root));
    },

    /**
     * Our map drawn into the one live container: the first call draws, later calls are Preact diffs (webview updates).
     * `viewportLeft`: where the viewport is, in map units (the preview draws a big map around it).
     */
    async redraw(name: string, view: ViewOptions, viewportLeft = 0): Promise<RedrawTiming> {
        const model = models.get(name)!;
        let root = document.getElementById('live');
        if (!root) {
            clear();
            root = document.createElement('div');
            root.id = 'live';
            stage().append(root);
        }
        const live = root;
        const records: MutationRecord[] = [];
        const observer = new MutationObserver(delivered => records.push(...delivered));
        observer.observe(live, { subtree: true, childList: true, attributes: true, characterData: true });
        const timing = await timed(live, () => drawMap(model, view, live, viewportLeft));
        records.push(...observer.takeRecords());
        observer.disconnect();
        const touched = new Set<string>();
        for (const record of records) {
            const target = record.target instanceof Element ? record.target : record.target.parentElement;
            const touchpoint = target?.closest('[data-touchpoint]');
            const side = target?.closest('[data-side]')?.getAttribute('data-side');
            if (touchpoint) touched.add(`${side ?? '?'}:${touchpoint.getAttribute('data-touchpoint')}`);
        }
        return { ...timing, mutations: records.length, touched: [...touched] };
    },

    /**
     * The x-range (map units) of one side of a comparison (`data-side`), and the touchpoints drawn there when the
     * viewport starts at its left edge: from a draw of the whole map into a new container, outside any timing.
     */
    sideRange(name: string, view: ViewOptions, side: string): { left: number; right: number; touchpoints: string[] } | undefined {
        const model = models.get(name)!;
        const root = freshRoot();
        drawMap(model, view, root, 0, true);
        const svg = root.querySelector('svg.jm-svg');
        if (!svg) return undefined;
        const svgRect = svg.getBoundingClientRect();
        const scale = svgRect.width / Number(svg.getAttribute('width'));
        const x = (e: Element) => { const r = e.getBoundingClientRect(); return { left: (r.left - svgRect.left) / scale, right: (r.right - svgRect.left) / scale }; };
        // The side's touchpoints: in one panel, or (side by side) in the side's half of every stage.
        const cards = Array.from(root.querySelectorAll('[data-touchpoint]')).filter(e => e.closest('[data-side]')?.getAttribute('data-side') === side);
        if (cards.length === 0) return undefined;
        const left = Math.min(...cards.map(e => x(e).left));
        const right = Math.max(...cards.map(e => x(e).right));
        const touchpoints = cards.filter(e => x(e).left >= left && x(e).right <= left + window.innerWidth).map(e => e.getAttribute('data-touchpoint')!);
        clear();
        return { left, right, touchpoints: [...new Set(touchpoints)] };
    },

    /** Sets Mermaid's configuration (maxTextSize); the rest stays at Mermaid's defaults. */
    configureMermaid(maxTextSize?: number): void {
        window.mermaid!.initialize({ startOnLoad: false, ...(maxTextSize ? { maxTextSize } : {}) });
    },

    /** A Mermaid diagram rendered, its SVG inserted into a new container, as a page embedding Mermaid does. */
    async drawMermaid(text: string): Promise<MermaidTiming> {
        const root = freshRoot();
        let svg = '';
        let mermaidRender = 0;
        const timing = await timed(root, async () => {
            const t0 = performance.now();
            svg = (await window.mermaid!.render(`mermaid-${++drawCount}`, text)).svg;
            mermaidRender = performance.now() - t0;
            root.innerHTML = svg;
        });
        return { ...timing, mermaidRender, refused: svg.includes('Maximum text size in diagram exceeded') };
    },

    clear,
};

window.renderBench = api;
