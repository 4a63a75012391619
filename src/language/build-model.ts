import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
    isJourney, isModel,
    type Action, type Channel, type Evidence, type Journey, type Metric, type Opportunity, type Pain, type Persona, type Stage, type Touchpoint,
} from './generated/ast.js';
import { compareJourneys } from '../model/comparison.js';
import { meanEmotion, meanEmotionPerPersona } from '../model/emotion.js';
import { effectiveStatus } from '../model/vocabulary.js';
import { effectiveLanguage, effectiveState, effectiveType, reviewEveryMonths, touchpointEmotions } from './journey-semantics.js';
import {
    MAP_MODEL_VERSION,
    type ActionModel, type ChannelModel, type DiagnosticModel, type EvidenceModel, type JourneyModel, type MapModel,
    type MetricModel, type OpportunityModel, type PainModel, type PersonaModel, type Range, type SeverityName, type StageModel, type TouchpointModel,
} from '../model/map-model.js';

/** Builds the model of one journey from its AST; plain data, safe to send to a webview or print as JSON. */
export function buildJourneyModel(journey: Journey): JourneyModel {
    const uri = AstUtils.getDocument(journey).uri.toString();
    const personas = journey.personas.flatMap(ref => ref.ref ? [buildPersona(ref.ref)] : []);
    const personaIds = personas.map(persona => persona.id);
    const model: JourneyModel = {
        id: text(journey.name),
        title: text(journey.title),
        state: effectiveState(journey),
        type: effectiveType(journey),
        language: effectiveLanguage(journey),
        personas,
        stages: journey.stages.map(stage => buildStage(stage, personaIds, uri)),
        actions: journey.actions.map(action => buildAction(action, uri)),
        range: rangeOf(journey),
        uri,
    };
    assignDefined(model, {
        improves: journey.improves?.$refText,
        scenario: journey.scenarios[0],
        owner: journey.owners[0],
        reviewed: journey.reviewed[0],
        reviewEveryMonths: reviewEveryMonths(journey),
    });
    return model;
}

export interface BuildMapOptions {
    /** Only these journeys (by id) are listed; comparisons still see every journey. */
    journeyIds?: readonly string[];
}

/**
 * The whole model of a set of documents: every journey, the comparison of each future map with
 * the map it improves (wherever that map lives), and the diagnostics.
 */
export function buildMapModel(documents: readonly LangiumDocument[], options: BuildMapOptions = {}): MapModel {
    const journeysOf = (docs: readonly LangiumDocument[]) => docs.flatMap(doc => {
        const root = doc.parseResult.value;
        return isModel(root) ? root.elements.filter(isJourney) : [];
    });
    const wanted = options.journeyIds ? new Set(options.journeyIds) : undefined;
    const selected = journeysOf(documents).filter(j => !wanted || wanted.has(j.name));
    const models = new Map<Journey, JourneyModel>();
    const modelOf = (journey: Journey) => {
        let model = models.get(journey);
        if (!model) {
            model = buildJourneyModel(journey);
            models.set(journey, model);
        }
        return model;
    };
    const journeys = selected.map(modelOf);
    const comparisons = selected.flatMap(future => {
        const current = future.improves?.ref;
        return current && current !== future ? [compareJourneys(modelOf(current), modelOf(future))] : [];
    });
    return {
        version: MAP_MODEL_VERSION,
        journeys,
        comparisons,
        diagnostics: documents.flatMap(doc => (doc.diagnostics ?? []).map(d => toDiagnosticModel(doc.uri.toString(), d))),
    };
}

export function toDiagnosticModel(uri: string, diagnostic: Diagnostic): DiagnosticModel {
    const model: DiagnosticModel = {
        uri,
        range: diagnostic.range,
        severity: severityName(diagnostic.severity),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    };
    if (diagnostic.code !== undefined) {
        model.code = String(diagnostic.code);
    }
    return model;
}

export function severityName(severity: number | undefined): SeverityName {
    switch (severity) {
        case 2: return 'warning';
        case 3: return 'info';
        case 4: return 'hint';
        default: return 'error';
    }
}

function buildPersona(persona: Persona): PersonaModel {
    const model: PersonaModel = {
        id: text(persona.name),
        name: text(persona.title),
        goals: [...persona.goals],
        needs: [...persona.needs],
        frustrations: [...persona.frustrations],
    };
    assignDefined(model, { description: persona.descriptions[0], quote: persona.quotes[0] });
    return model;
}

function buildChannel(channel: Channel): ChannelModel {
    const model: ChannelModel = { id: text(channel.name), name: text(channel.title) };
    assignDefined(model, { icon: channel.icon });
    return model;
}

function buildStage(stage: Stage, journeyPersonas: readonly string[], uri: string): StageModel {
    const touchpoints = stage.touchpoints.map(t => buildTouchpoint(t, journeyPersonas, uri));
    const model: StageModel = {
        id: text(stage.name),
        name: text(stage.title),
        metrics: stage.metrics.flatMap(buildMetric),
        pains: stage.pains.map(buildPain),
        opportunities: stage.opportunities.map(buildOpportunity),
        touchpoints,
        range: rangeOf(stage),
        uri,
    };
    assignDefined(model, {
        goal: stage.goals[0],
        time: stage.times[0],
        emotion: meanEmotion(touchpoints),
        emotions: meanEmotionPerPersona(touchpoints),
    });
    return model;
}

function buildTouchpoint(touchpoint: Touchpoint, journeyPersonas: readonly string[], uri: string): TouchpointModel {
    const channel = touchpoint.channels[0]?.ref;
    const feelings = touchpointEmotions(touchpoint, journeyPersonas);
    const model: TouchpointModel = {
        id: text(touchpoint.name),
        name: text(touchpoint.title),
        pains: touchpoint.pains.map(buildPain),
        opportunities: touchpoint.opportunities.map(buildOpportunity),
        props: [...touchpoint.props],
        frontstage: [...touchpoint.frontstage],
        backstage: [...touchpoint.backstage],
        support: [...touchpoint.support],
        evidence: touchpoint.evidence.flatMap(buildEvidence),
        metrics: touchpoint.metrics.flatMap(buildMetric),
        range: rangeOf(touchpoint),
        uri,
    };
    assignDefined(model, {
        personas: touchpoint.personas.length > 0 ? touchpoint.personas.map(p => p.$refText) : undefined,
        channel: channel ? buildChannel(channel) : undefined,
        time: touchpoint.times[0],
        action: touchpoint.actions[0],
        thought: touchpoint.thoughts[0],
        emotion: feelings.emotion,
        emotionLabel: feelings.label,
        emotions: feelings.perPersona,
        emotionLabels: feelings.labels,
        owner: touchpoint.owners[0],
    });
    return model;
}

/** Evidence whose text is missing (a line still being typed) is left out. */
function buildEvidence(evidence: Evidence): EvidenceModel[] {
    if (evidence.text === undefined) return [];
    const model: EvidenceModel = { text: evidence.text };
    assignDefined(model, { link: evidence.link });
    return [model];
}

/** A metric whose number is missing (a line still being typed) is left out. */
function buildMetric(metric: Metric): MetricModel[] {
    return Number.isFinite(metric.value) ? [{ name: text(metric.label), value: metric.value, percent: metric.percent }] : [];
}

function buildPain(pain: Pain): PainModel {
    const model: PainModel = { text: text(pain.text) };
    assignDefined(model, { id: pain.name, severity: pain.severity, range: rangeOf(pain) });
    return model;
}

function buildOpportunity(opportunity: Opportunity): OpportunityModel {
    const model: OpportunityModel = { text: text(opportunity.text) };
    assignDefined(model, {
        id: opportunity.name,
        impact: opportunity.impact,
        effort: opportunity.effort,
        range: rangeOf(opportunity),
    });
    return model;
}

function buildAction(action: Action, uri: string): ActionModel {
    const model: ActionModel = {
        id: text(action.name),
        title: text(action.title),
        addresses: action.addresses.map(ref => ref.$refText),
        status: effectiveStatus(action.statuses),
        range: rangeOf(action),
        uri,
    };
    assignDefined(model, { owner: action.owners[0], due: action.dues[0] });
    return model;
}

function rangeOf(node: AstNode): Range {
    const range = node.$cstNode?.range;
    return range
        ? { start: { ...range.start }, end: { ...range.end } }
        : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/**
 * A name or title of the AST, which the types promise but a node the parser recovered from an
 * unfinished line (`touchpoint t "Books a`) lacks: the model always has a string.
 */
function text(value: string | undefined): string {
    return value ?? '';
}

/** Copies only the values that are present: the model omits absent fields instead of writing null. */
function assignDefined<T extends object>(target: T, values: Partial<T>): void {
    for (const [key, value] of Object.entries(values)) {
        if (value !== undefined && value !== null && value !== '' && !(typeof value === 'number' && Number.isNaN(value))) {
            (target as Record<string, unknown>)[key] = value;
        }
    }
}

/**
 * The model the preview of one document shows: the document's journeys, the maps they improve
 * and the maps that improve them (wherever those live), their comparisons, and the document's
 * diagnostics. So the comparison is offered from either map's file.
 */
export function buildDocumentMapModel(document: LangiumDocument, allDocuments: Iterable<LangiumDocument>): MapModel {
    const own = journeysOf(document);
    const ownSet = new Set(own);
    const related: Journey[] = [];
    const add = (journey: Journey | undefined) => {
        if (journey && !ownSet.has(journey) && !related.includes(journey)) related.push(journey);
    };
    own.forEach(journey => add(journey.improves?.ref));
    for (const other of allDocuments) {
        if (other === document) continue;
        for (const journey of journeysOf(other)) {
            const target = journey.improves?.ref;
            if (target && ownSet.has(target)) add(journey);
        }
    }
    const all = [...own, ...related];
    const models = new Map(all.map(journey => [journey, buildJourneyModel(journey)]));
    const comparisons = all.flatMap(future => {
        const current = future.improves?.ref;
        const currentModel = current && current !== future ? models.get(current) : undefined;
        return currentModel ? [compareJourneys(currentModel, models.get(future)!)] : [];
    });
    return {
        version: MAP_MODEL_VERSION,
        journeys: all.map(journey => models.get(journey)!),
        comparisons,
        diagnostics: (document.diagnostics ?? []).map(d => toDiagnosticModel(document.uri.toString(), d)),
    };
}

function journeysOf(document: LangiumDocument): Journey[] {
    const root = document.parseResult.value;
    return isModel(root) ? root.elements.filter(isJourney) : [];
}
