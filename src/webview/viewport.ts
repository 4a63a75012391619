/**
 * Which part of a big map the preview draws. Only columns in and near the viewport are put in the
 * DOM; scrolling redraws when the viewport nears the edge of what is drawn, so a 5,000-touchpoint
 * map costs about what a few screens do. Pure functions on numbers, so they are unit-tested.
 */
import { columnCount, type MapLayout, type VisibleRange } from '../renderer/index.js';

/** Maps with more touchpoint columns than this are drawn by viewport; smaller ones whole. */
export const windowAboveColumns = 120;

/** Whether the preview draws this layout by viewport. */
export function drawnByViewport(layout: MapLayout | undefined): layout is MapLayout {
    return layout !== undefined && columnCount(layout) > windowAboveColumns;
}

/**
 * The x-range of the map inside the viewport. `drawn` is where the map's SVG is on screen (its
 * left edge and width in CSS pixels, zoom included); the map is `mapWidth` wide in its own units.
 */
export function rangeInView(drawn: { left: number; width: number }, mapWidth: number, viewport: { left: number; right: number }): VisibleRange {
    const scale = drawn.width > 0 && mapWidth > 0 ? drawn.width / mapWidth : 1;
    return { left: (viewport.left - drawn.left) / scale, right: (viewport.right - drawn.left) / scale };
}

/** The range to draw for a view: one viewport's width more on each side, so scrolling rarely redraws. */
export function rangeToDraw(inView: VisibleRange): VisibleRange {
    const width = Math.max(0, inView.right - inView.left);
    return { left: inView.left - width, right: inView.right + width };
}

/** Whether what is drawn still covers what is in view. */
export function covers(drawn: VisibleRange | undefined, inView: VisibleRange): boolean {
    return drawn !== undefined && drawn.left <= inView.left && inView.right <= drawn.right;
}

/** The zoom at which a map `mapWidth` wide fits a panel `panelWidth` wide (never above 100 %). */
export function fitZoom(panelWidth: number, mapWidth: number): number {
    if (panelWidth <= 0 || mapWidth <= 0) return 1;
    return Math.min(1, Math.floor(((panelWidth - 2) / mapWidth) * 100) / 100);
}

/** Whether two screen rectangles overlap. */
export function intersects(a: { left: number; top: number; right: number; bottom: number }, b: { left: number; top: number; right: number; bottom: number }): boolean {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** How far a key scrolls the map (arrows a step, Page keys a screen, Home/End to an edge; with Shift, sideways), or undefined for other keys. */
export function scrollKey(key: string, shift: boolean, view: { width: number; height: number }): { left: number; top: number } | undefined {
    const step = 48;
    const far = 1e7;
    switch (key) {
        case 'ArrowLeft': return { left: -step, top: 0 };
        case 'ArrowRight': return { left: step, top: 0 };
        case 'ArrowUp': return { left: 0, top: -step };
        case 'ArrowDown': return { left: 0, top: step };
        case 'PageUp': return shift ? { left: -view.width * 0.9, top: 0 } : { left: 0, top: -view.height * 0.9 };
        case 'PageDown': return shift ? { left: view.width * 0.9, top: 0 } : { left: 0, top: view.height * 0.9 };
        case 'Home': return shift ? { left: -far, top: 0 } : { left: -far, top: -far };
        case 'End': return shift ? { left: far, top: 0 } : { left: 0, top: far };
        default: return undefined;
    }
}
