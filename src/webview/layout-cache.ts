import { layoutMap, type MapLayout, type ViewOptions } from '../renderer/index.js';
import type { MapModel } from '../model/map-model.js';

/**
 * The preview lays a map out once per model and view: scrolling a big map and moving the cursor
 * redraw with the same layout, and only a new model (an edit) or another view lays it out again.
 */
export class LayoutCache {
    private last: { model: MapModel; mode: ViewOptions['mode']; journey: string | undefined; persona: string | undefined; layout: MapLayout | undefined } | undefined;

    get(model: MapModel, view: ViewOptions): MapLayout | undefined {
        const last = this.last;
        if (last?.model === model && last.mode === view.mode && last.journey === view.journey && last.persona === view.persona) return last.layout;
        const layout = layoutMap(model, view, { standalone: false });
        this.last = { model, mode: view.mode, journey: view.journey, persona: view.persona, layout };
        return layout;
    }

    /** The layout drawn last, if any. */
    get current(): MapLayout | undefined {
        return this.last?.layout;
    }
}
