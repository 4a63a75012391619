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
