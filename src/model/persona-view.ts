import { compareJourneys } from './comparison.js';
import { meanEmotion } from './emotion.js';
import type { JourneyModel, MapModel, StageModel, TouchpointModel } from './map-model.js';

/**
 * One persona alone (spec, version 2: "the preview, `export --persona P` and the JSON can show one
 * persona alone"): the model as if the maps had only that persona. A journey that does not name the
 * persona is left out; in the others only the touchpoints that involve the persona stay, each with
 * that persona's emotion and label as its `emotion` and `emotionLabel`, stages get the persona's mean,
 * and the comparisons are made again from what is left, so that their counts, deltas and pains match
 * what is shown. Actions and diagnostics stay as they are.
 */
export function modelForPersona(model: MapModel, persona: string): MapModel {
    const journeys = model.journeys.flatMap(journey => {
        const kept = journeyForPersona(journey, persona);
        return kept ? [kept] : [];
    });
    const byId = new Map(journeys.map(journey => [journey.id, journey]));
    const comparisons = model.comparisons.flatMap(comparison => {
        const current = byId.get(comparison.current);
        const future = byId.get(comparison.future);
        return current && future ? [compareJourneys(current, future)] : [];
    });
    return { ...model, journeys, comparisons };
}

/** Whether any journey of the model names the persona. */
export function hasPersona(model: MapModel, persona: string): boolean {
    return model.journeys.some(journey => journey.personas.some(p => p.id === persona));
}

function journeyForPersona(journey: JourneyModel, persona: string): JourneyModel | undefined {
    const model = journey.personas.find(p => p.id === persona);
    if (!model) return undefined;
    return { ...journey, personas: [model], stages: journey.stages.map(stage => stageForPersona(stage, persona)) };
}

function stageForPersona(stage: StageModel, persona: string): StageModel {
    const touchpoints = stage.touchpoints.flatMap(t => involves(t, persona) ? [touchpointForPersona(t, persona)] : []);
    const result: StageModel = { ...stage, touchpoints };
    delete result.emotion;
    delete result.emotions;
    const mean = meanEmotion(touchpoints);
    if (mean !== undefined) {
        result.emotion = mean;
        result.emotions = { [persona]: mean };
    }
    return result;
}

/** A touchpoint without a `persona` line involves every persona of its journey. */
function involves(touchpoint: TouchpointModel, persona: string): boolean {
    return touchpoint.personas === undefined || touchpoint.personas.includes(persona);
}

function touchpointForPersona(touchpoint: TouchpointModel, persona: string): TouchpointModel {
    const result: TouchpointModel = { ...touchpoint };
    delete result.personas;
    delete result.emotion;
    delete result.emotionLabel;
    delete result.emotions;
    delete result.emotionLabels;
    // A model of version 1 has no per-persona emotions: its one emotion is every persona's.
    const perPersona = touchpoint.emotions !== undefined;
    const emotion = perPersona ? ownValue(touchpoint.emotions, persona) : touchpoint.emotion;
    const label = perPersona ? ownValue(touchpoint.emotionLabels, persona) : touchpoint.emotionLabel;
    if (emotion !== undefined) {
        result.emotion = emotion;
        result.emotions = { [persona]: emotion };
        if (label !== undefined) {
            result.emotionLabel = label;
            result.emotionLabels = { [persona]: label };
        }
    }
    return result;
}

/** A persona's value in a per-persona record; a persona named like an object's property (`constructor`) is looked up as a name. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, persona: string): T | undefined {
    return record !== undefined && Object.hasOwn(record, persona) ? record[persona] : undefined;
}
