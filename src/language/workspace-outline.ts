import type { AstNode, LangiumDocument } from 'langium';
import { isJourney, isModel, isPersona } from './generated/ast.js';
import { buildJourneyModel } from './build-model.js';
import { formatIsoDate, parseIsoDate, type CalendarDate } from './dates.js';
import { daysLate, isReviewDue, reviewValidUntil } from './follow-up.js';
import type { JourneySettings } from './journey-settings.js';
import type { JourneyModel, Range } from '../model/map-model.js';
import type { MapOutline, PersonaOutline, ReviewOutline, WorkspaceOutline } from '../model/workspace-outline.js';

/**
 * The outline of every map in `documents` (the Journeys view), from the same journey models the
 * preview draws; late actions and due reviews are counted as the checks count them, from the
 * settings' today and review interval.
 */
export function buildWorkspaceOutline(documents: Iterable<LangiumDocument>, settings: Pick<JourneySettings, 'today' | 'reviewIntervalMonths'>): WorkspaceOutline {
    const today = settings.today();
    const maps: MapOutline[] = [];
    const personas: PersonaOutline[] = [];
    for (const document of documents) {
        const root = document.parseResult.value;
        if (!isModel(root)) continue;
        const uri = document.uri.toString();
        for (const element of root.elements) {
            if (isJourney(element)) {
                maps.push(outlineOf(buildJourneyModel(element), settings.reviewIntervalMonths, today));
            } else if (isPersona(element) && element.name) {
                personas.push({ id: element.name, name: element.title ?? element.name, uri, range: rangeOf(element) });
            }
        }
    }
    return { today: formatIsoDate(today), maps, personas };
}

function outlineOf(journey: JourneyModel, defaultReviewMonths: number, today: CalendarDate): MapOutline {
    const outline: MapOutline = {
        id: journey.id,
        title: journey.title,
        type: journey.type,
        state: journey.state,
        personas: journey.personas.map(persona => ({ id: persona.id, name: persona.name })),
        stages: journey.stages.map(stage => ({ id: stage.id, name: stage.name, touchpoints: stage.touchpoints.length, range: stage.range })),
        actions: journey.actions.map(action => {
            const late = daysLate(action.due ? parseIsoDate(action.due) : undefined, action.status === 'done', today);
            return {
                id: action.id,
                title: action.title,
                status: action.status,
                range: action.range,
                ...(action.owner ? { owner: action.owner } : {}),
                ...(action.due ? { due: action.due } : {}),
                ...(late !== undefined ? { overdueDays: late } : {}),
            };
        }),
        uri: journey.uri,
        range: journey.range,
    };
    if (journey.improves) outline.improves = journey.improves;
    if (journey.owner) outline.owner = journey.owner;
    const review = reviewOf(journey, defaultReviewMonths, today);
    if (review) outline.review = review;
    return outline;
}

function reviewOf(journey: JourneyModel, defaultMonths: number, today: CalendarDate): ReviewOutline | undefined {
    const reviewed = journey.reviewed ? parseIsoDate(journey.reviewed) : undefined;
    if (!reviewed) return undefined;
    const everyMonths = journey.reviewEveryMonths ?? defaultMonths;
    return {
        reviewed: formatIsoDate(reviewed),
        everyMonths,
        validUntil: formatIsoDate(reviewValidUntil(reviewed, everyMonths)),
        due: isReviewDue(reviewed, everyMonths, today),
    };
}

function rangeOf(node: AstNode): Range {
    const range = node.$cstNode?.range;
    return range
        ? { start: { ...range.start }, end: { ...range.end } }
        : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
