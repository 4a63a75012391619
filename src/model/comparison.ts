import { emotionDeltasPerPersona, meanEmotion, meanEmotionPerPersona } from './emotion.js';
import type {
    ComparisonModel, ComparisonSummary, JourneyModel, PainModel, StageComparison, StageModel, TouchpointComparison, TouchpointModel,
} from './map-model.js';

/**
 * Compares a current-state map with the future-state map that improves it, by the spec's rules:
 * stages and touchpoints are matched by name (touchpoints across the whole journey), named
 * pains are resolved, dropped or new, unnamed ones are listed and never matched.
 */
export function compareJourneys(current: JourneyModel, future: JourneyModel): ComparisonModel {
    const touchpoints = compareTouchpoints(current, future);
    const currentPains = allPains(current);
    const futurePains = allPains(future);
    const currentPainIds = new Set(currentPains.flatMap(p => p.id ? [p.id] : []));
    const futurePainIds = new Set(futurePains.flatMap(p => p.id ? [p.id] : []));
    const vanished = unique(currentPains.flatMap(p => p.id && !futurePainIds.has(p.id) ? [p.id] : []));
    // A vanished pain is resolved when an action of either map addresses it, else dropped (version 2).
    const addressed = new Set([...current.actions, ...future.actions].flatMap(action => action.addresses));
    return {
        current: current.id,
        future: future.id,
        stages: compareStages(current.stages, future.stages),
        touchpoints,
        pains: {
            resolved: vanished.filter(id => addressed.has(id)),
            dropped: vanished.filter(id => !addressed.has(id)),
            new: unique(futurePains.flatMap(p => p.id && !currentPainIds.has(p.id) ? [p.id] : [])),
            unnamedCurrent: currentPains.filter(p => !p.id).map(p => p.text),
            unnamedFuture: futurePains.filter(p => !p.id).map(p => p.text),
        },
        summary: summarize(touchpoints, current, future),
    };
}

function compareStages(current: readonly StageModel[], future: readonly StageModel[]): StageComparison[] {
    const currentById = new Map(current.map(stage => [stage.id, stage]));
    const futureIds = new Set(future.map(stage => stage.id));
    const result: StageComparison[] = future.map(stage => {
        const before = currentById.get(stage.id);
        if (!before) {
            return { id: stage.id, status: 'added' };
        }
        const entry: StageComparison = { id: stage.id, status: 'matched' };
        if (before.emotion !== undefined && stage.emotion !== undefined) {
            entry.emotionDelta = stage.emotion - before.emotion;
        }
        const deltas = emotionDeltasPerPersona(before.emotions, stage.emotions);
        if (deltas) entry.emotionDeltas = deltas;
        return entry;
    });
    // A removed stage goes right after the stage that preceded it in the current map, so both maps stay aligned.
    current.forEach((stage, index) => {
        if (futureIds.has(stage.id)) return;
        const previous = index > 0 ? current[index - 1].id : undefined;
        const at = previous === undefined ? 0 : result.findIndex(entry => entry.id === previous) + 1;
        result.splice(at, 0, { id: stage.id, status: 'removed' });
    });
    return result;
}

interface Located { touchpoint: TouchpointModel; stage: string }

function locateTouchpoints(journey: JourneyModel): Map<string, Located> {
    const located = new Map<string, Located>();
    for (const stage of journey.stages) {
        for (const touchpoint of stage.touchpoints) {
            if (!located.has(touchpoint.id)) {
                located.set(touchpoint.id, { touchpoint, stage: stage.id });
            }
        }
    }
    return located;
}

function compareTouchpoints(current: JourneyModel, future: JourneyModel): TouchpointComparison[] {
    const before = locateTouchpoints(current);
    const after = locateTouchpoints(future);
    const result: TouchpointComparison[] = [];
    for (const [id, now] of after) {
        const then = before.get(id);
        if (!then) {
            result.push({ id, status: 'added', futureStage: now.stage });
            continue;
        }
        const status = then.stage !== now.stage ? 'moved' : differs(then.touchpoint, now.touchpoint) ? 'changed' : 'unchanged';
        const entry: TouchpointComparison = { id, status, currentStage: then.stage, futureStage: now.stage };
        if (then.touchpoint.emotion !== undefined && now.touchpoint.emotion !== undefined) {
            entry.emotionDelta = now.touchpoint.emotion - then.touchpoint.emotion;
        }
        const deltas = emotionDeltasPerPersona(then.touchpoint.emotions, now.touchpoint.emotions);
        if (deltas) entry.emotionDeltas = deltas;
        result.push(entry);
    }
    for (const [id, then] of before) {
        if (!after.has(id)) {
            result.push({ id, status: 'removed', currentStage: then.stage });
        }
    }
    return result;
}

/**
 * The fields whose difference makes a touchpoint `changed` (spec): the v1 fields, and of version 2
 * the emotion of a persona that has one in both maps and the other blueprint lanes (frontstage,
 * physical evidence), which are lines like backstage and support.
 */
function differs(a: TouchpointModel, b: TouchpointModel): boolean {
    return a.name !== b.name
        || a.channel?.id !== b.channel?.id
        || a.action !== b.action
        || a.thought !== b.thought
        || a.emotion !== b.emotion
        || Object.values(emotionDeltasPerPersona(a.emotions, b.emotions) ?? {}).some(delta => delta !== 0)
        || !sameLines(a.props, b.props)
        || !sameLines(a.frontstage, b.frontstage)
        || !sameLines(a.backstage, b.backstage)
        || !sameLines(a.support, b.support);
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
    return a.length === b.length && a.every((line, i) => line === b[i]);
}

function allPains(journey: JourneyModel): PainModel[] {
    return journey.stages.flatMap(stage => [...stage.pains, ...stage.touchpoints.flatMap(t => t.pains)]);
}

function unique(ids: string[]): string[] {
    return [...new Set(ids)];
}

function summarize(touchpoints: readonly TouchpointComparison[], current: JourneyModel, future: JourneyModel): ComparisonSummary {
    const count = (status: TouchpointComparison['status']) => touchpoints.filter(t => t.status === status).length;
    const summary: ComparisonSummary = {
        added: count('added'), removed: count('removed'), moved: count('moved'), changed: count('changed'), unchanged: count('unchanged'),
    };
    const currentTouchpoints = current.stages.flatMap(s => s.touchpoints);
    const futureTouchpoints = future.stages.flatMap(s => s.touchpoints);
    const before = meanEmotion(currentTouchpoints);
    const after = meanEmotion(futureTouchpoints);
    if (before !== undefined && after !== undefined) {
        summary.meanEmotionDelta = after - before;
    }
    const deltas = emotionDeltasPerPersona(meanEmotionPerPersona(currentTouchpoints), meanEmotionPerPersona(futureTouchpoints));
    if (deltas) summary.meanEmotionDeltas = deltas;
    return summary;
}
