import type { MapModel, Range } from '../../model/map-model.js';
import { sourceRangeAt } from './source-ranges.js';

/** What a click in the webview asks for: the webview is untrusted, so every field is checked again here. */
export interface SelectionRequest {
    uri: unknown;
    line: unknown;
    character?: unknown;
}

export type SelectionDecision =
    /** Select `range` (the clicked element's source), or the whole line when no element starts there. */
    | { accepted: true; uri: string; line: number; range: Range | undefined }
    | { accepted: false; reason: string };

const isPosition = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/**
 * Whether a selection the webview asked for may move an editor: only in a document the drawn
 * model comes from, only at a whole, non-negative line the document has. `lineCount` is left out
 * for the first check, before the document is opened (a document the preview does not show is
 * never opened). Pure, so it is unit-tested without VS Code.
 */
export function decideSelection(model: MapModel & { uri?: string } | undefined, request: SelectionRequest, lineCount?: number): SelectionDecision {
    const { uri, line, character } = request;
    if (!model) return { accepted: false, reason: 'the preview has not drawn a map yet' };
    if (typeof uri !== 'string') return { accepted: false, reason: 'the document is not named' };
    const shown = uri === model.uri || model.journeys.some(j => j.uri === uri);
    if (!shown) return { accepted: false, reason: `a selection in a document it does not show: ${uri.slice(0, 200)}` };
    if (!isPosition(line)) return { accepted: false, reason: `a selection at a line that is not a line number: ${String(line).slice(0, 40)} in ${uri}` };
    if (character !== undefined && !isPosition(character)) return { accepted: false, reason: `a selection at a character that is not a position: ${String(character).slice(0, 40)} in ${uri}` };
    if (lineCount !== undefined && line >= lineCount) return { accepted: false, reason: `a selection past the end of ${uri} (line ${line}, ${lineCount} lines)` };
    const found = sourceRangeAt(model, uri, line, character as number | undefined);
    // The model may be older than the text: a range that no longer fits the document is not used.
    const fits = found && (lineCount === undefined || found.end.line < lineCount);
    return { accepted: true, uri, line, range: fits ? found : undefined };
}
