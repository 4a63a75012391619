/**
 * The map model: what `journey export --format json` prints, what the language server sends to
 * the preview and what the renderer draws. Field names follow the spec's JSON model; absent
 * optional values are left out, never `null`. Ranges are zero-based, as in LSP.
 */

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

import type { ActionStatus, ChannelIcon, Level, MapState } from './vocabulary.js';

export type { ActionStatus, ChannelIcon, Level, MapState };

export interface MapModel {
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

export interface TouchpointModel {
    id: string;
    name: string;
    /** Names of the personas this touchpoint involves, when not all of the journey's. */
    personas?: string[];
    channel?: ChannelModel;
    action?: string;
    thought?: string;
    emotion?: number;
    emotionLabel?: string;
    pains: PainModel[];
    opportunities: OpportunityModel[];
    backstage: string[];
    support: string[];
    evidence: string[];
    metrics: MetricModel[];
    owner?: string;
    range: Range;
    uri: string;
}

export interface StageModel {
    id: string;
    name: string;
    goal?: string;
    /** Mean of the touchpoints' emotions, when any has one. */
    emotion?: number;
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
    addresses: string[];
    status: ActionStatus;
    range: Range;
    uri: string;
}

export interface JourneyModel {
    id: string;
    title: string;
    state: MapState;
    improves?: string;
    personas: PersonaModel[];
    scenario?: string;
    owner?: string;
    reviewed?: string;
    stages: StageModel[];
    actions: ActionModel[];
    range: Range;
    uri: string;
}

export type StageStatus = 'added' | 'removed' | 'matched';
export type TouchpointStatus = 'added' | 'removed' | 'moved' | 'changed' | 'unchanged';

export interface StageComparison { id: string; status: StageStatus; emotionDelta?: number }

export interface TouchpointComparison {
    id: string;
    status: TouchpointStatus;
    currentStage?: string;
    futureStage?: string;
    emotionDelta?: number;
}

export interface ComparisonModel {
    current: string;
    future: string;
    /** Stages of both maps in one aligned order: the future map's, with removed stages where they stood. */
    stages: StageComparison[];
    touchpoints: TouchpointComparison[];
    pains: {
        resolved: string[];
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
}

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

export interface DiagnosticModel {
    uri: string;
    range: Range;
    severity: SeverityName;
    code?: string;
    message: string;
}
