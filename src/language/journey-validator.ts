import { AstUtils, GrammarUtils, WorkspaceCache, type AstNode, type AstNodeDescription, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { JourneyMapsServices } from './journey-module.js';
import {
    isJourney, isModel, isStage, isTouchpoint,
    type Action, type Channel, type Emotion, type Journey, type JourneyMapsAstType, type Metric, type Pain, type Persona, type Stage, type Touchpoint,
} from './generated/ast.js';
import { DiagnosticCode } from '../model/diagnostic-codes.js';
import { isEmotionOnScale } from '../model/emotion.js';
import { addMonths, compareDates, formatIsoDate, parseIsoDate, wholeMonthsBetween } from './dates.js';
import { effectiveState } from './journey-semantics.js';
import type { JourneySettings } from './journey-settings.js';

export function registerValidationChecks(services: JourneyMapsServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.JourneyValidator;
    const checks: ValidationChecks<JourneyMapsAstType> = {
        Persona: [validator.checkPersona],
        Channel: [validator.checkChannel],
        Journey: [validator.checkJourney],
        Stage: [validator.checkStage],
        Touchpoint: [validator.checkTouchpoint],
        Emotion: [validator.checkEmotion],
        Metric: [validator.checkMetric],
        Pain: [validator.checkPain],
        Action: [validator.checkAction],
    };
    registry.register(checks, validator);
}

/** The list property each "at most once" keyword fills (the same name on every node type that has it). */
const AT_MOST_ONCE_PROPERTY: Record<string, string> = {
    description: 'descriptions', quote: 'quotes', state: 'states', scenario: 'scenarios', owner: 'owners', reviewed: 'reviewed',
    goal: 'goals', channel: 'channels', action: 'actions', thought: 'thoughts', emotion: 'emotions', due: 'dues',
    addresses: 'addresses', status: 'statuses',
};

/** Global names by kind and name, and the persona names some journey uses: built once per workspace state. */
interface WorkspaceFacts {
    readonly declarations: Map<string, AstNodeDescription[]>;
    readonly personasInUse: ReadonlySet<string>;
}

export class JourneyValidator {
    private readonly settings: JourneySettings;
    private readonly facts: WorkspaceCache<'facts', WorkspaceFacts>;
    /** Keyed by the journey node: a re-parsed document has new nodes, so stale entries are never read and are collected with their AST. */
    private readonly addressed = new WeakMap<Journey, Set<string>>();

    constructor(private readonly services: JourneyMapsServices) {
        this.settings = services.journey.Settings;
        this.facts = new WorkspaceCache(services.shared);
    }

    checkPersona = (persona: Persona, accept: ValidationAcceptor): void => {
        this.checkAtMostOnce(persona, ['description', 'quote'], accept);
        this.checkGlobalDuplicate(persona, 'persona', accept);
        if (persona.name && !this.workspaceFacts().personasInUse.has(persona.name)) {
            accept('hint', `Persona '${persona.name}' is not named by any journey.`, {
                node: persona, property: 'name', code: DiagnosticCode.UnusedPersona,
            });
        }
    };

    checkChannel = (channel: Channel, accept: ValidationAcceptor): void => {
        this.checkGlobalDuplicate(channel, 'channel', accept);
    };

    checkJourney = (journey: Journey, accept: ValidationAcceptor): void => {
        this.checkAtMostOnce(journey, ['state', 'scenario', 'owner', 'reviewed'], accept);
        this.checkGlobalDuplicate(journey, 'journey', accept);
        if (journey.improves && journey.states[0] === 'current') {
            accept('error', `A journey that improves another is a future-state map; remove 'state current' or 'improves'.`, {
                node: journey, property: 'states', index: 0, code: DiagnosticCode.StateConflict,
            });
        }
        this.checkImprovesTarget(journey, accept);
        if (journey.stages.length === 0) {
            accept('warning', `Journey '${journey.name}' has no stages.`, { node: journey, property: 'name', code: DiagnosticCode.EmptyJourney });
        }
        if (journey.reviewed.length > 0) {
            this.checkReviewed(journey, accept);
        }
        this.checkLocalDuplicates(journey, accept);
    };

    checkStage = (stage: Stage, accept: ValidationAcceptor): void => {
        this.checkAtMostOnce(stage, ['goal'], accept);
        if (stage.touchpoints.length === 0) {
            accept('warning', `Stage '${stage.name}' has no touchpoints.`, { node: stage, property: 'name', code: DiagnosticCode.EmptyStage });
        }
    };

    checkTouchpoint = (touchpoint: Touchpoint, accept: ValidationAcceptor): void => {
        this.checkAtMostOnce(touchpoint, ['channel', 'action', 'thought', 'emotion', 'owner'], accept);
        if (touchpoint.channels.length === 0) {
            accept('warning', `Touchpoint '${touchpoint.name}' has no channel.`, { node: touchpoint, property: 'name', code: DiagnosticCode.MissingChannel });
        }
        if (touchpoint.emotions.length === 0) {
            accept('hint', `Touchpoint '${touchpoint.name}' says nothing about how the customer feels (emotion -2..+2).`, {
                node: touchpoint, property: 'name', code: DiagnosticCode.MissingEmotion,
            });
        }
        const journey = AstUtils.getContainerOfType(touchpoint, isJourney);
        const evidenceLevel = this.settings.missingEvidence;
        if (journey && evidenceLevel !== 'off' && touchpoint.evidence.length === 0 && effectiveState(journey) === 'current') {
            accept(evidenceLevel, `Touchpoint '${touchpoint.name}' of a current-state map has no evidence.`, {
                node: touchpoint, property: 'name', code: DiagnosticCode.MissingEvidence,
            });
        }
        if (journey) {
            const allowed = new Set(journey.personas.map(p => p.$refText));
            touchpoint.personas.forEach((persona, index) => {
                if (persona.ref && !allowed.has(persona.$refText)) {
                    accept('error', `Persona '${persona.$refText}' is not one of journey '${journey.name}''s personas.`, {
                        node: touchpoint, property: 'personas', index, code: DiagnosticCode.ForeignPersona,
                    });
                }
            });
        }
    };

    checkEmotion = (emotion: Emotion, accept: ValidationAcceptor): void => {
        const value = emotion.value;
        if (!isEmotionOnScale(value)) {
            accept('error', `Emotion must be a whole number from -2 to +2, not ${value}.`, {
                node: emotion, property: 'value', code: DiagnosticCode.EmotionRange,
            });
        }
    };

    checkMetric = (metric: Metric, accept: ValidationAcceptor): void => {
        // A number of more than about 300 digits is Infinity to JavaScript: left out of the model, so say so.
        if (typeof metric.value === 'number' && !Number.isFinite(metric.value)) {
            const digits = GrammarUtils.findNodeForProperty(metric.$cstNode, 'value')?.text.replace(/\D/g, '').length;
            accept('error', `The number of metric '${metric.label}' is too large to use${digits ? ` (${digits} digits)` : ''}; write a smaller number, for example in thousands or millions.`, {
                node: metric, property: 'value', code: DiagnosticCode.MetricRange,
            });
            return;
        }
        if (metric.percent && (metric.value < 0 || metric.value > 100)) {
            accept('error', `A percentage must lie between 0% and 100%, not ${metric.value}%.`, {
                node: metric, property: 'value', code: DiagnosticCode.PercentRange,
            });
        }
    };

    checkPain = (pain: Pain, accept: ValidationAcceptor): void => {
        if (pain.severity !== 'high' || this.isAddressed(pain)) {
            return;
        }
        const what = pain.name ? `Pain '${pain.name}'` : 'This pain';
        accept('warning', `${what} has severity high, but no opportunity and no action addresses it.`, {
            node: pain, property: pain.name ? 'name' : 'text', code: DiagnosticCode.UnaddressedPain,
        });
    };

    checkAction = (action: Action, accept: ValidationAcceptor): void => {
        this.checkAtMostOnce(action, ['owner', 'due', 'addresses', 'status'], accept);
        if (action.dues.length > 0) {
            this.checkDate(action, 'dues', action.dues[0], accept);
        }
    };

    private isAddressed(pain: Pain): boolean {
        const touchpoint = isTouchpoint(pain.$container) ? pain.$container : undefined;
        const stage = AstUtils.getContainerOfType(pain, isStage);
        if ((touchpoint?.opportunities.length ?? 0) > 0 || (stage?.opportunities.length ?? 0) > 0) {
            return true;
        }
        const journey = AstUtils.getContainerOfType(pain, isJourney);
        return !!pain.name && !!journey && this.addressedPainNames(journey).has(pain.name);
    }

    /** Names of the pains the actions of a journey address; computed once per journey and validation run. */
    private addressedPainNames(journey: Journey): Set<string> {
        let names = this.addressed.get(journey);
        if (!names) {
            names = new Set(journey.actions.flatMap(action => action.addresses.map(ref => ref.$refText)));
            this.addressed.set(journey, names);
        }
        return names;
    }

    private checkImprovesTarget(journey: Journey, accept: ValidationAcceptor): void {
        const target = journey.improves?.ref;
        if (!target) {
            return;
        }
        const report = (message: string) => accept('error', message, { node: journey, property: 'improves', code: DiagnosticCode.ImprovesTarget });
        if (target === journey) {
            report(`Journey '${journey.name}' cannot improve itself.`);
            return;
        }
        const seen = new Set<Journey>([journey]);
        for (let step: Journey | undefined = target; step; step = step.improves?.ref) {
            if (seen.has(step)) {
                report(`'improves' forms a cycle: ${[...seen].map(j => j.name).join(' → ')} → ${step.name}.`);
                return;
            }
            seen.add(step);
        }
        if (effectiveState(target) === 'future') {
            report(`'${target.name}' is a future-state map; a future map improves a current-state map.`);
        }
    }

    private checkReviewed(journey: Journey, accept: ValidationAcceptor): void {
        const reviewed = this.checkDate(journey, 'reviewed', journey.reviewed[0], accept);
        if (!reviewed) {
            return;
        }
        const today = this.settings.today();
        const interval = this.settings.reviewIntervalMonths;
        if (compareDates(addMonths(reviewed, interval), today) < 0) {
            const months = wholeMonthsBetween(reviewed, today);
            accept('warning', `Last reviewed ${months} month${months === 1 ? '' : 's'} ago (${formatIsoDate(reviewed)}); maps are due for review every ${interval} months.`, {
                node: journey, property: 'reviewed', index: 0, code: DiagnosticCode.StaleReview,
            });
        }
    }

    private checkDate(node: Journey | Action, property: 'reviewed' | 'dues', text: string, accept: ValidationAcceptor) {
        const date = parseIsoDate(text);
        if (!date) {
            accept('error', `'${text}' is not a real date in YYYY-MM-DD form.`, { node: node as AstNode, property, index: 0, code: DiagnosticCode.InvalidDate });
        }
        return date;
    }

    /** A line the spec allows once, written again: reported on each repeat's keyword. */
    private checkAtMostOnce(node: AstNode, keywords: string[], accept: ValidationAcceptor): void {
        for (const keyword of keywords) {
            // Each such line is collected in a list property; only when the list holds more than one
            // value can the line be repeated, and only then is the CST searched for the keywords.
            const values = (node as unknown as Record<string, unknown>)[AT_MOST_ONCE_PROPERTY[keyword] ?? ''];
            if (Array.isArray(values) && values.length < 2) continue;
            const occurrences = GrammarUtils.findNodesForKeyword(node.$cstNode, keyword);
            for (const repeat of occurrences.slice(1)) {
                accept('error', `'${keyword}' may appear only once here.`, { node, range: repeat.range, code: DiagnosticCode.DuplicateProperty });
            }
        }
    }

    private checkLocalDuplicates(journey: Journey, accept: ValidationAcceptor): void {
        const stages = journey.stages;
        const touchpoints = stages.flatMap(stage => stage.touchpoints);
        const pains = stages.flatMap(stage => [...stage.pains, ...stage.touchpoints.flatMap(t => t.pains)]);
        const opportunities = stages.flatMap(stage => [...stage.opportunities, ...stage.touchpoints.flatMap(t => t.opportunities)]);
        const groups: Array<[string, ReadonlyArray<{ name?: string } & AstNode>]> = [
            ['stage', stages], ['touchpoint', touchpoints], ['pain', pains], ['opportunity', opportunities], ['action', journey.actions],
        ];
        for (const [kind, nodes] of groups) {
            const seen = new Set<string>();
            for (const node of nodes) {
                if (!node.name) continue;
                if (seen.has(node.name)) {
                    accept('error', `Another ${kind} in journey '${journey.name}' is already named '${node.name}'.`, {
                        node, property: 'name', code: DiagnosticCode.DuplicateName,
                    });
                }
                seen.add(node.name);
            }
        }
    }

    /** Workspace-wide names: the first declaration (by file, then position) keeps the name, later ones are reported. */
    private checkGlobalDuplicate(node: Persona | Channel | Journey, kind: string, accept: ValidationAcceptor): void {
        if (!node.name) return;
        const declarations = this.workspaceFacts().declarations.get(`${node.$type}:${node.name}`);
        if (!declarations || declarations.length < 2) return;
        const document = AstUtils.getDocument(node);
        const first = declarations[0];
        const isFirst = first.documentUri.toString() === document.uri.toString()
            && first.path === this.services.workspace.AstNodeLocator.getAstNodePath(node);
        if (!isFirst) {
            const where = `${first.documentUri.path.split('/').pop()}:${(first.nameSegment?.range.start.line ?? 0) + 1}`;
            accept('error', `A ${kind} named '${node.name}' is already defined (${where}).`, {
                node, property: 'name', code: DiagnosticCode.DuplicateName,
            });
        }
    }

    private workspaceFacts(): WorkspaceFacts {
        return this.facts.get('facts', () => {
            const declarations = new Map<string, AstNodeDescription[]>();
            for (const description of this.services.shared.workspace.IndexManager.allElements()) {
                const key = `${description.type}:${description.name}`;
                const list = declarations.get(key) ?? [];
                list.push(description);
                declarations.set(key, list);
            }
            for (const list of declarations.values()) {
                list.sort((a, b) => a.documentUri.toString().localeCompare(b.documentUri.toString())
                    || (a.nameSegment?.offset ?? 0) - (b.nameSegment?.offset ?? 0));
            }
            const personasInUse = new Set<string>();
            for (const document of this.services.shared.workspace.LangiumDocuments.all) {
                const model = document.parseResult.value;
                if (isModel(model)) {
                    for (const element of model.elements) {
                        if (isJourney(element)) {
                            element.personas.forEach(ref => personasInUse.add(ref.$refText));
                        }
                    }
                }
            }
            return { declarations, personasInUse };
        });
    }
}
