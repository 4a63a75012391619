import { isOneOf, mapLanguages, mapStates, mapTypes, type MapLanguage, type MapState, type MapType } from '../model/vocabulary.js';
import type { Emotion, Journey, Touchpoint } from './generated/ast.js';

/** `state` as written, else `future` when the journey improves another, else `current`. */
export function effectiveState(journey: Journey): MapState {
    const written = journey.states[0];
    if (isOneOf(mapStates, written)) {
        return written;
    }
    return journey.improves ? 'future' : 'current';
}

/** `type` as written, else a customer journey. */
export function effectiveType(journey: Journey): MapType {
    const written = journey.types[0];
    return isOneOf(mapTypes, written) ? written : 'customer-journey';
}

/** `language` as written, else English. */
export function effectiveLanguage(journey: Journey): MapLanguage {
    const written = journey.languages[0];
    return isOneOf(mapLanguages, written) ? written : 'en';
}

/** Whether a `review every N months` value is one: a whole number of months, at least 1. */
export function isReviewInterval(months: number | undefined): months is number {
    return typeof months === 'number' && Number.isInteger(months) && months >= 1;
}

/** The months of the journey's first `review every N months` line, when it is a valid interval. */
export function reviewEveryMonths(journey: Journey): number | undefined {
    const months = journey.reviewIntervals[0]?.months;
    return isReviewInterval(months) ? months : undefined;
}

/** The personas a touchpoint involves: its `persona` line (those of the journey), else all of the journey's. */
export function touchpointPersonas(touchpoint: Touchpoint, journeyPersonas: readonly string[]): string[] {
    if (touchpoint.personas.length === 0) {
        return [...journeyPersonas];
    }
    const ofJourney = new Set(journeyPersonas);
    return [...new Set(touchpoint.personas.map(ref => ref.$refText))].filter(name => ofJourney.has(name));
}

export interface TouchpointEmotions {
    /** The line without a persona, else the mean of the personas' emotions. */
    emotion?: number;
    /** The label of the line without a persona. */
    label?: string;
    perPersona?: Record<string, number>;
    labels?: Record<string, string>;
}

/**
 * How a touchpoint's personas feel (spec, version 2): a persona's own `emotion P N` line, else
 * the line without a persona. A line whose number is missing (still being typed) counts as absent;
 * a line for a persona the touchpoint does not involve is a `foreign-persona` error and is left out.
 */
export function touchpointEmotions(touchpoint: Touchpoint, journeyPersonas: readonly string[]): TouchpointEmotions {
    const counts = (line: Emotion) => Number.isFinite(line.value);
    const general = touchpoint.emotions.find(line => !line.persona && counts(line));
    const result: TouchpointEmotions = {};
    const perPersona: Record<string, number> = {};
    const labels: Record<string, string> = {};
    for (const persona of touchpointPersonas(touchpoint, journeyPersonas)) {
        const line = touchpoint.emotions.find(l => l.persona?.$refText === persona && counts(l)) ?? general;
        if (line) {
            perPersona[persona] = line.value;
            if (line.label) labels[persona] = line.label;
        }
    }
    const values = Object.values(perPersona);
    if (general) {
        result.emotion = general.value;
        if (general.label) result.label = general.label;
    } else if (values.length > 0) {
        result.emotion = values.reduce((a, b) => a + b, 0) / values.length;
    }
    if (values.length > 0) result.perPersona = perPersona;
    if (Object.keys(labels).length > 0) result.labels = labels;
    return result;
}
