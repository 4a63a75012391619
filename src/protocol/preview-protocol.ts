/** One discriminated union per direction: the extension/webview boundary is typed and small. */
import { viewModes, type ViewMode } from '../model/vocabulary.js';

export type { ViewMode };

export interface PreviewState {
    uri: string;
    journey?: string;
    mode: ViewMode;
    zoom: number;
    locked: boolean;
}

export type ToWebviewMessage =
    /**
     * `modelJson`: the DocumentMapModel as JSON text. A string crosses from the extension host to the
     * webview at little cost, where an object of the same model (690 KB for 1,000 touchpoints) is
     * decoded and cloned on the workbench's main thread (about 60 ms measured), during typing; the
     * page parses it when it is idle.
     */
    | { type: 'update'; modelJson: string; state: PreviewState }
    | { type: 'highlight'; uri: string; line: number }
    | { type: 'state'; state: PreviewState };

export type FromWebviewMessage =
    | { type: 'ready' }
    | { type: 'rendered'; uri: string; version: number; journeys: number; touchpoints: number; stale: boolean }
    | { type: 'select'; uri: string; line: number; character?: number }
    | { type: 'setState'; journey?: string; mode?: ViewMode; zoom?: number }
    | { type: 'export'; format: 'svg' | 'html' };


/** Messages from the webview are untrusted input: anything not of a known shape is dropped. */
export function parseFromWebviewMessage(value: unknown): FromWebviewMessage | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const message = value as Record<string, unknown>;
    const isString = (v: unknown): v is string => typeof v === 'string' && v.length < 10_000;
    const isLine = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10_000_000;
    switch (message.type) {
        case 'ready':
            return { type: 'ready' };
        case 'rendered':
            return isString(message.uri) && typeof message.version === 'number' && typeof message.journeys === 'number' && typeof message.touchpoints === 'number'
                ? { type: 'rendered', uri: message.uri, version: message.version, journeys: message.journeys, touchpoints: message.touchpoints, stale: message.stale === true }
                : undefined;
        case 'select':
            if (!isString(message.uri) || !isLine(message.line)) return undefined;
            return message.character === undefined || isLine(message.character)
                ? { type: 'select', uri: message.uri, line: message.line, ...(isLine(message.character) ? { character: message.character } : {}) }
                : undefined;
        case 'setState': {
            const result: FromWebviewMessage = { type: 'setState' };
            if (message.journey !== undefined) { if (!isString(message.journey)) return undefined; result.journey = message.journey; }
            if (message.mode !== undefined) { if (!(viewModes as readonly string[]).includes(message.mode as string)) return undefined; result.mode = message.mode as ViewMode; }
            if (message.zoom !== undefined) {
                if (typeof message.zoom !== 'number' || !(message.zoom >= 0.1 && message.zoom <= 5)) return undefined;
                result.zoom = message.zoom;
            }
            return result;
        }
        case 'export':
            return message.format === 'svg' || message.format === 'html' ? { type: 'export', format: message.format } : undefined;
        default:
            return undefined;
    }
}
