import { isOneOf, viewModes } from '../../model/vocabulary.js';
import type { FromWebviewMessage } from '../../protocol/preview-protocol.js';

/**
 * A persona's name as the language writes it (a letter of any script or `_`, then letters, marks,
 * digits or `_`), or '' for every persona.
 */
function isPersonaName(value: unknown): value is string {
    return typeof value === 'string' && value.length <= 200 && /^(?:[\p{L}_][\p{L}\p{M}\p{Nd}_]*)?$/u.test(value);
}

/** Messages from the webview are untrusted input: anything not of a known shape is dropped. */
export function parseFromWebviewMessage(value: unknown): FromWebviewMessage | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const message = value as Record<string, unknown>;
    const isString = (v: unknown): v is string => typeof v === 'string' && v.length < 10_000;
    const isLine = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10_000_000;
    const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
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
            if (message.mode !== undefined) { if (!isOneOf(viewModes, message.mode)) return undefined; result.mode = message.mode; }
            if (message.zoom !== undefined) {
                if (typeof message.zoom !== 'number' || !(message.zoom >= 0.1 && message.zoom <= 5)) return undefined;
                result.zoom = message.zoom;
            }
            if (message.persona !== undefined) { if (!isPersonaName(message.persona)) return undefined; result.persona = message.persona; }
            return result;
        }
        case 'export':
            return message.format === 'svg' || message.format === 'html' || message.format === 'png' ? { type: 'export', format: message.format } : undefined;
        case 'png':
            // A PNG of up to 300 MB, as base64 in a data URL; its bytes are checked again when decoded.
            return isId(message.id) && typeof message.data === 'string' && message.data.length < 400_000_000 && message.data.startsWith('data:image/png;base64,')
                ? { type: 'png', id: message.id, data: message.data } : undefined;
        case 'copyImage':
            return { type: 'copyImage' };
        case 'copied':
            return isId(message.id) ? { type: 'copied', id: message.id } : undefined;
        case 'pngFailed':
            return isId(message.id) && isString(message.reason) ? { type: 'pngFailed', id: message.id, reason: message.reason.slice(0, 300) } : undefined;
        case 'openLink':
            return isString(message.uri) && isString(message.link) && message.link.length > 0 ? { type: 'openLink', uri: message.uri, link: message.link } : undefined;
        default:
            return undefined;
    }
}
