import type { MapModel } from '../model/map-model.js';
import type { Highlight } from '../renderer/index.js';

/** The element under the editor's cursor, named by where it starts (what the renderer marks with data-line). */
export function findHighlight(model: MapModel, uri: string, line: number): Highlight | undefined {
    let best: { start: number; end: number } | undefined;
    const consider = (range: { start: { line: number }; end: { line: number } }, elementUri: string) => {
        if (elementUri !== uri || range.start.line > line || range.end.line < line) return;
        if (!best || range.end.line - range.start.line <= best.end - best.start) best = { start: range.start.line, end: range.end.line };
    };
    for (const journey of model.journeys) {
        for (const stage of journey.stages) {
            consider(stage.range, stage.uri);
            for (const touchpoint of stage.touchpoints) consider(touchpoint.range, touchpoint.uri);
        }
        for (const action of journey.actions) consider(action.range, action.uri);
    }
    return best ? { uri, line: best.start } : undefined;
}
