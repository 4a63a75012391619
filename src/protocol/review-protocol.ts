import type { ReportModel } from '../report/report-model.js';

/**
 * The extension/review panel boundary: the extension posts the report, the panel reports what
 * it drew and asks to select a clicked item's source. Every message from the panel is checked
 * (`src/extension/review/review-messages.ts`).
 */
export type ToReviewMessage = { type: 'report'; report: ReportModel };

export type FromReviewMessage =
    | { type: 'ready' }
    | { type: 'rendered'; maps: number; pains: number; opportunities: number; actions: number }
    | { type: 'select'; uri: string; line: number; character?: number };
