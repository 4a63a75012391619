import type { MapModel, Range } from '../../model/map-model.js';

interface Located { uri: string; range: Range }

/** Every element of a model that knows where it was written, smallest last. */
function locatedElements(model: MapModel): Located[] {
    const found: Located[] = [];
    for (const journey of model.journeys) {
        found.push(journey);
        for (const stage of journey.stages) {
            found.push(stage);
            for (const item of [...stage.pains, ...stage.opportunities]) {
                if (item.range) found.push({ uri: stage.uri, range: item.range });
            }
            for (const touchpoint of stage.touchpoints) {
                found.push(touchpoint);
                for (const item of [...touchpoint.pains, ...touchpoint.opportunities]) {
                    if (item.range) found.push({ uri: touchpoint.uri, range: item.range });
                }
            }
        }
        found.push(...journey.actions);
    }
    return found;
}

/** The source range of the innermost element that starts at (line, character) in `uri`. */
export function sourceRangeAt(model: MapModel, uri: string, line: number, character?: number): Range | undefined {
    const candidates = locatedElements(model).filter(e => e.uri === uri && e.range.start.line === line
        && (character === undefined || e.range.start.character === character));
    return candidates.at(-1)?.range;
}
