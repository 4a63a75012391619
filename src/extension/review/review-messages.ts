import type { FromReviewMessage } from '../../protocol/review-protocol.js';
import type { Range } from '../../model/map-model.js';
import type { ReportModel } from '../../report/report-model.js';

/** Messages from the review panel are untrusted input: anything not of a known shape is dropped. */
export function parseFromReviewMessage(value: unknown): FromReviewMessage | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const message = value as Record<string, unknown>;
    const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
    const isLine = (v: unknown): v is number => isCount(v) && v < 10_000_000;
    switch (message.type) {
        case 'ready':
            return { type: 'ready' };
        case 'rendered':
            return isCount(message.maps) && isCount(message.pains) && isCount(message.opportunities) && isCount(message.actions)
                ? { type: 'rendered', maps: message.maps, pains: message.pains, opportunities: message.opportunities, actions: message.actions }
                : undefined;
        case 'select':
            if (typeof message.uri !== 'string' || message.uri.length > 10_000 || !isLine(message.line)) return undefined;
            if (message.character !== undefined && !isLine(message.character)) return undefined;
            return { type: 'select', uri: message.uri, line: message.line, ...(isLine(message.character) ? { character: message.character } : {}) };
        default:
            return undefined;
    }
}

export type ReviewSelection =
    | { accepted: true; uri: string; line: number; range: Range | undefined }
    | { accepted: false; reason: string };

/**
 * Whether a click in the panel may move an editor: only in a document the report draws from, only
 * at a line it has; the selection is the clicked item's range (map, pain, opportunity or action)
 * when one starts on that line. `lineCount` is left out before the document is opened.
 */
export function decideReviewSelection(report: ReportModel | undefined, request: { uri: string; line: number; character?: number }, lineCount?: number): ReviewSelection {
    if (!report) return { accepted: false, reason: 'the review panel has not drawn a report yet' };
    const items = [...report.maps, ...report.pains, ...report.opportunities, ...report.actions];
    if (!items.some(item => item.uri === request.uri)) return { accepted: false, reason: `a selection in a document the report does not show: ${request.uri.slice(0, 200)}` };
    if (lineCount !== undefined && request.line >= lineCount) return { accepted: false, reason: `a selection past the end of ${request.uri} (line ${request.line}, ${lineCount} lines)` };
    const starts = items.filter(item => item.uri === request.uri && item.range?.start.line === request.line);
    const found = starts.find(item => request.character === undefined || item.range?.start.character === request.character) ?? starts[0];
    const range = found?.range;
    return { accepted: true, uri: request.uri, line: request.line, range: range && (lineCount === undefined || range.end.line < lineCount) ? range : undefined };
}
