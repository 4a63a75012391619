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
            return message.format === 'svg' || message.format === 'html' ? { type: 'export', format: message.format } : undefined;
        case 'openLink':
            return isString(message.uri) && isString(message.link) && message.link.length > 0 ? { type: 'openLink', uri: message.uri, link: message.link } : undefined;
        default:
            return undefined;
    }
}
