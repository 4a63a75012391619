import type { MapModel } from '../../model/map-model.js';
import { isValidLink, isWebLink } from '../../model/links.js';

/** What a click on an evidence link asks for: the webview is untrusted, so both fields are checked here. */
export interface LinkRequest {
    uri: unknown;
    link: unknown;
}

export type LinkDecision =
    /** A web address, opened in the browser. */
    | { accepted: true; kind: 'web'; target: string }
    /** A path relative to the map's file: `segments` joined onto the folder of `mapUri`, opened in the editor. */
    | { accepted: true; kind: 'file'; mapUri: string; segments: string[] }
    | { accepted: false; reason: string };

/**
 * Whether a link the webview asks to open may be opened: only a link an evidence line of a map the
 * preview draws has, written in that map's file, and one the spec allows (`https:`, `http:`, or a
 * path relative to the file). Nothing else the page sends is ever opened. Pure, so it is unit-tested
 * without VS Code.
 */
export function decideLink(model: MapModel | undefined, request: LinkRequest): LinkDecision {
    const { uri, link } = request;
    if (!model) return { accepted: false, reason: 'the preview has not drawn a map yet' };
    if (typeof uri !== 'string' || typeof link !== 'string') return { accepted: false, reason: 'a link without its document or address' };
    const written = model.journeys.some(journey => journey.uri === uri
        && journey.stages.some(stage => stage.touchpoints.some(t => t.uri === uri && t.evidence.some(e => e.link === link))));
    if (!written) return { accepted: false, reason: `a link no evidence of ${uri.slice(0, 200)} has: ${link.slice(0, 200)}` };
    if (!isValidLink(link)) return { accepted: false, reason: `a link the map may not open: ${link.slice(0, 200)}` };
    if (isWebLink(link)) return { accepted: true, kind: 'web', target: link };
    return { accepted: true, kind: 'file', mapUri: uri, segments: link.split(/[\\/]/).filter(part => part !== '' && part !== '.') };
}
