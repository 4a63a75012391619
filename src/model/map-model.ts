/**
 * The map model: what `journey export --format json` prints, what the language server sends to
 * the preview and what the renderer draws. Field names follow the spec's JSON model; absent
 * optional values are left out, never `null`. Ranges are zero-based, as in LSP.
 */

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

import type { ActionStatus, ChannelIcon, Level, MapLanguage, MapState, MapType } from './vocabulary.js';

export type { ActionStatus, ChannelIcon, Level, MapLanguage, MapState, MapType };

/** The version of the JSON model (spec: "The JSON model, version 2"). */
export const MAP_MODEL_VERSION = 2;

/** Values per persona, keyed by the persona's id: emotions, their labels, their changes. */
export type PerPersona<T> = Record<string, T>;

export interface MapModel {
    version: typeof MAP_MODEL_VERSION;
    journeys: JourneyModel[];
    comparisons: ComparisonModel[];
    diagnostics: DiagnosticModel[];
}

export interface PersonaModel {
    id: string;
    name: string;
    description?: string;
    goals: string[];
    needs: string[];
    frustrations: string[];
    quote?: string;
}

export interface ChannelModel { id: string; name: string; icon?: ChannelIcon }

export interface MetricModel { name: string; value: number; percent: boolean }

export interface PainModel { id?: string; text: string; severity?: Level; range?: Range }

export interface OpportunityModel { id?: string; text: string; impact?: Level; effort?: Level; range?: Range }

/** A source behind a touchpoint: its text and, when written, a link (`https:`, `http:` or a path relative to the map's file). */
export interface EvidenceModel { text: string; link?: string }

export interface TouchpointModel {
    id: string;
    name: string;
    /** Names of the personas this touchpoint involves, when not all of the journey's. */
    personas?: string[];
    channel?: ChannelModel;
    /** `"07:30"` or `"07:30-09:00"`, as written. */
    time?: string;
    action?: string;
    thought?: string;
    /** The `emotion` line without a persona, else the mean of the personas' emotions. */
    emotion?: number;
    /** The label of the `emotion` line without a persona. */
    emotionLabel?: string;
    /** How each persona of the touchpoint feels: its own line, else the line without a persona. */
    emotions?: PerPersona<number>;
    /** The labels of `emotions`, where the line that gives the emotion has one. */
    emotionLabels?: PerPersona<string>;
    pains: PainModel[];
    opportunities: OpportunityModel[];
    /** The service-blueprint lanes: physical evidence, frontstage, backstage, support. */
    props: string[];
    frontstage: string[];
    backstage: string[];
    support: string[];
    evidence: EvidenceModel[];
    metrics: MetricModel[];
    owner?: string;
    range: Range;
    uri: string;
}

export interface StageModel {
    id: string;
    name: string;
    goal?: string;
    time?: string;
    /** Mean of the touchpoints' emotions, when any has one. */
    emotion?: number;
    /** Per persona, the mean of its emotions at the stage's touchpoints, when it has any. */
    emotions?: PerPersona<number>;
    metrics: MetricModel[];
    pains: PainModel[];
    opportunities: OpportunityModel[];
    touchpoints: TouchpointModel[];
    range: Range;
    uri: string;
}

export interface ActionModel {
    id: string;
    title: string;
    owner?: string;
    due?: string;
    /** Ids of the pains and opportunities of its journey that the action addresses. */
    addresses: string[];
    status: ActionStatus;
    range: Range;
    uri: string;
}

export interface JourneyModel {
    id: string;
    title: string;
    state: MapState;
    type: MapType;
    language: MapLanguage;
    improves?: string;
    personas: PersonaModel[];
    scenario?: string;
    owner?: string;
    reviewed?: string;
    /** `review every N months`: this map's review interval, when it sets one. */
    reviewEveryMonths?: number;
    stages: StageModel[];
    actions: ActionModel[];
    range: Range;
    uri: string;
}

export type StageStatus = 'added' | 'removed' | 'matched';
export type TouchpointStatus = 'added' | 'removed' | 'moved' | 'changed' | 'unchanged';

export interface StageComparison {
    id: string;
    status: StageStatus;
    emotionDelta?: number;
    /** Per persona that has a stage emotion in both maps: the future one minus the current one. */
    emotionDeltas?: PerPersona<number>;
}

export interface TouchpointComparison {
    id: string;
    status: TouchpointStatus;
    currentStage?: string;
    futureStage?: string;
    emotionDelta?: number;
    /** Per persona that has an emotion at the touchpoint in both maps: the future one minus the current one. */
    emotionDeltas?: PerPersona<number>;
}

export interface ComparisonModel {
    current: string;
    future: string;
    /** Stages of both maps in one aligned order: the future map's, with removed stages where they stood. */
    stages: StageComparison[];
    touchpoints: TouchpointComparison[];
    pains: {
        /** Named pains of the current map that the future map no longer has and that an action addresses. */
        resolved: string[];
        /** Named pains of the current map that the future map no longer has and that no action addresses. */
        dropped: string[];
        new: string[];
        /** Pains without a name: listed, never matched. */
        unnamedCurrent: string[];
        unnamedFuture: string[];
    };
    summary: ComparisonSummary;
}

export interface ComparisonSummary {
    added: number;
    removed: number;
    moved: number;
    changed: number;
    unchanged: number;
    /** Mean touchpoint emotion of the future map minus that of the current map, when both have one. */
    meanEmotionDelta?: number;
    /** The same per persona, for the personas that have emotions in both maps. */
    meanEmotionDeltas?: PerPersona<number>;
}

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

export interface DiagnosticModel {
    uri: string;
    range: Range;
    severity: SeverityName;
    code?: string;
    message: string;
}
