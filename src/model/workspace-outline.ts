/**
 * A light outline of every map of a workspace, for the editor's Journeys view: what each map is,
 * its stages, its actions and whether its follow-up is late. The language server derives it from
 * the map model (the same code as the preview's); dates are `YYYY-MM-DD` strings.
 */
import type { ActionStatus, MapState, MapType, Range } from './map-model.js';

export interface WorkspaceOutline {
    /** The date overdue actions and due reviews are counted from. */
    today: string;
    /** Every map of the workspace, in no particular order. */
    maps: MapOutline[];
    /** Every persona declared in the workspace, also those no map names. */
    personas: PersonaOutline[];
}

export interface PersonaOutline {
    id: string;
    name: string;
    uri: string;
    range: Range;
}

export interface MapOutline {
    id: string;
    title: string;
    type: MapType;
    state: MapState;
    /** The id of the map this one improves, when it improves one. */
    improves?: string;
    /** The personas the map names that exist (id and display name). */
    personas: Array<{ id: string; name: string }>;
    owner?: string;
    stages: StageOutline[];
    actions: ActionOutline[];
    /** When the map has a valid `reviewed` date. */
    review?: ReviewOutline;
    uri: string;
    range: Range;
}

export interface StageOutline {
    id: string;
    name: string;
    touchpoints: number;
    range: Range;
}

export interface ActionOutline {
    id: string;
    title: string;
    owner?: string;
    due?: string;
    status: ActionStatus;
    /** Days past its due date, when it is not done and the date has passed. */
    overdueDays?: number;
    range: Range;
}

export interface ReviewOutline {
    reviewed: string;
    /** The map's own `review every N months`, else the workspace's setting. */
    everyMonths: number;
    /** The last day the review is current. */
    validUntil: string;
    /** Whether the review has run out (`stale-review`). */
    due: boolean;
}
