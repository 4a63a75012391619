import {
    AstUtils, GrammarUtils, WorkspaceCache,
    type AstNode, type AstNodeDescription, type CstNode, type LangiumDocument, type ValidationAcceptor, type ValidationChecks,
} from 'langium';
import type { JourneyMapsServices } from './journey-module.js';
import {
    isJourney, isMisplacedLine, isModel, isStage, isTouchpoint, isUnknownLine,
    type Action, type Channel, type Emotion, type Evidence, type Journey, type JourneyMapsAstType, type MisplacedLine, type Metric,
    type Model, type Pain, type Persona, type Stage, type Touchpoint, type UnknownLine,
} from './generated/ast.js';
import { DiagnosticCode } from '../model/diagnostic-codes.js';
import { isEmotionOnScale } from '../model/emotion.js';
import { formatIsoDate, parseIsoDate, suggestIsoDate, wholeMonthsBetween } from './dates.js';
import { daysLate, isReviewDue } from './follow-up.js';
import { effectiveState, effectiveType, isReviewInterval, reviewEveryMonths, touchpointPersonas } from './journey-semantics.js';
import type { JourneySettings } from './journey-settings.js';
import { isValidLink } from '../model/links.js';
import { isTimeOfDay } from './times.js';
import type { Messages } from './i18n/en.js';
import type { Kind } from './i18n/kinds.js';
import type { Localization } from './i18n/localization.js';

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
        Evidence: [validator.checkEvidence],
        Metric: [validator.checkMetric],
        Pain: [validator.checkPain],
        Action: [validator.checkAction],
        UnknownLine: [validator.checkUnknownLine],
        MisplacedLine: [validator.checkMisplacedLine],
        Model: [validator.checkStrayBraces],
    };
    registry.register(checks, validator);
}

/** A line the spec allows at most once: its keyword(s) and the list property the grammar collects it in. */
interface OnceLine {
    keyword: string;
    property: string;
}

const once = (keyword: string, property: string): OnceLine => ({ keyword, property });

/** Every "at most once" line of the spec (version 1 and 2), per block; a touchpoint's `emotion` is checked per persona. */
const onceLines: Readonly<Record<'Persona' | 'Journey' | 'Stage' | 'Touchpoint' | 'Action', readonly OnceLine[]>> = {
    Persona: [once('description', 'descriptions'), once('quote', 'quotes')],
    Journey: [
        once('state', 'states'), once('type', 'types'), once('language', 'languages'), once('scenario', 'scenarios'),
        once('owner', 'owners'), once('reviewed', 'reviewed'), once('review every', 'reviewIntervals'),
    ],
    Stage: [once('goal', 'goals'), once('time', 'times')],
    Touchpoint: [once('channel', 'channels'), once('time', 'times'), once('action', 'actions'), once('thought', 'thoughts'), once('owner', 'owners')],
    Action: [once('owner', 'owners'), once('due', 'dues'), once('addresses', 'addresses'), once('status', 'statuses')],
};

/** Global names by kind and name, and the persona names some journey uses: built once per workspace state. */
interface WorkspaceFacts {
    readonly declarations: Map<string, AstNodeDescription[]>;
    readonly personasInUse: ReadonlySet<string>;
    /** Documents whose text the parser could not follow: their declarations may be made up by its recovery. */
    readonly broken: ReadonlySet<string>;
}

export class JourneyValidator {
    private readonly settings: JourneySettings;
    private readonly localization: Localization;
    private readonly facts: WorkspaceCache<'facts', WorkspaceFacts>;
    /**
     * Keyed by the journey node: a re-parsed document has new nodes, so stale entries are never read and are collected
     * with their AST. An edit inside a quoted text keeps the nodes (the language server edits the tree in place), and
     * leaves these names as they were.
     */
    private readonly addressed = new WeakMap<Journey, Set<string>>();
    /**
     * Per document text, where its syntax errors are (offsets). Keyed by the root node, with the text they were found
     * in: an edit inside a quoted text keeps the root (the language server edits the tree in place) and moves every
     * offset after it.
     */
    private readonly syntaxErrorOffsets = new WeakMap<AstNode, { text: string; offsets: number[] }>();

    constructor(private readonly services: JourneyMapsServices) {
        this.settings = services.journey.Settings;
        this.localization = services.journey.Localization;
        this.facts = new WorkspaceCache(services.shared);
    }

    /** The messages in the language the server speaks now. */
    private get messages(): Messages['validation'] {
        return this.localization.messages.validation;
    }

    checkPersona = (persona: Persona, accept: ValidationAcceptor): void => {
        this.checkAtMostOnce(persona, onceLines.Persona, 'Persona', accept);
        if (isRecovered(persona)) return;
        this.checkGlobalDuplicate(persona, 'persona', accept);
        if (!this.workspaceFacts().personasInUse.has(persona.name)) {
            accept('hint', this.messages.unusedPersona(persona.name), { node: persona, property: 'name', code: DiagnosticCode.UnusedPersona });
        }
    };

    checkChannel = (channel: Channel, accept: ValidationAcceptor): void => {
        if (isRecovered(channel)) return;
        this.checkGlobalDuplicate(channel, 'channel', accept);
    };

    checkJourney = (journey: Journey, accept: ValidationAcceptor): void => {
        this.checkAtMostOnce(journey, onceLines.Journey, 'Journey', accept);
        if (!isRecovered(journey)) {
            this.checkGlobalDuplicate(journey, 'journey', accept);
        }
        if (journey.improves && journey.states[0] === 'current') {
            accept('error', this.messages.stateConflict(), { node: journey, property: 'states', index: 0, code: DiagnosticCode.StateConflict });
        }
        this.checkImprovesTarget(journey, accept);
        if (journey.stages.length === 0 && !this.isIncomplete(journey)) {
            accept('warning', this.messages.emptyJourney(journey.name), { node: journey, property: 'name', code: DiagnosticCode.EmptyJourney });
        }
        journey.reviewIntervals.forEach(interval => {
            if (Number.isFinite(interval.months) && !isReviewInterval(interval.months)) {
                accept('error', this.messages.invalidReviewInterval(interval.months), { node: interval, property: 'months', code: DiagnosticCode.InvalidReviewInterval });
            }
        });
        if (journey.reviewed.length > 0) {
            this.checkReviewed(journey, accept);
        }
        this.checkLocalDuplicates(journey, accept);
    };

    checkStage = (stage: Stage, accept: ValidationAcceptor): void => {
        this.checkAtMostOnce(stage, onceLines.Stage, 'Stage', accept);
        this.checkTimes(stage, accept);
        if (stage.touchpoints.length === 0 && !this.isIncomplete(stage)) {
            accept('warning', this.messages.emptyStage(stage.name), { node: stage, property: 'name', code: DiagnosticCode.EmptyStage });
        }
    };

    checkTouchpoint = (touchpoint: Touchpoint, accept: ValidationAcceptor): void => {
        this.checkAtMostOnce(touchpoint, onceLines.Touchpoint, 'Touchpoint', accept);
        this.checkEmotionsOncePerPersona(touchpoint, accept);
        this.checkTimes(touchpoint, accept);
        const journey = AstUtils.getContainerOfType(touchpoint, isJourney);
        const incomplete = this.isIncomplete(touchpoint);
        // A moment of a day in the life need not be a contact with the company (spec, version 2).
        if (touchpoint.channels.length === 0 && !incomplete && !(journey && effectiveType(journey) === 'day-in-the-life')) {
            accept('warning', this.messages.missingChannel(touchpoint.name), { node: touchpoint, property: 'name', code: DiagnosticCode.MissingChannel });
        }
        if (!incomplete) {
            this.checkMissingEmotion(touchpoint, journey, accept);
        }
        const evidenceLevel = this.settings.missingEvidence;
        if (journey && !incomplete && evidenceLevel !== 'off' && touchpoint.evidence.length === 0 && effectiveState(journey) === 'current') {
            accept(evidenceLevel, this.messages.missingEvidence(touchpoint.name), { node: touchpoint, property: 'name', code: DiagnosticCode.MissingEvidence });
        }
        if (journey) {
            const allowed = new Set(journey.personas.map(p => p.$refText));
            touchpoint.personas.forEach((persona, index) => {
                if (persona.ref && !allowed.has(persona.$refText)) {
                    accept('error', this.messages.foreignPersona(persona.$refText, journey.name), {
                        node: touchpoint, property: 'personas', index, code: DiagnosticCode.ForeignPersona,
                    });
                }
            });
        }
    };

    checkEmotion = (emotion: Emotion, accept: ValidationAcceptor): void => {
        const value = emotion.value;
        // A missing number (`emotion "sad"`) is a syntax error, reported as such.
        if (Number.isFinite(value) && !isEmotionOnScale(value)) {
            accept('error', this.messages.emotionRange(value), { node: emotion, property: 'value', code: DiagnosticCode.EmotionRange });
        }
        const persona = emotion.persona;
        const touchpoint = isTouchpoint(emotion.$container) ? emotion.$container : undefined;
        const journey = touchpoint && AstUtils.getContainerOfType(touchpoint, isJourney);
        if (persona?.ref && touchpoint && journey) {
            const involved = touchpointPersonas(touchpoint, journey.personas.map(p => p.$refText));
            if (!involved.includes(persona.$refText)) {
                accept('error', this.messages.foreignEmotionPersona(persona.$refText, touchpoint.name), {
                    node: emotion, property: 'persona', code: DiagnosticCode.ForeignPersona,
                });
            }
        }
    };

    checkEvidence = (evidence: Evidence, accept: ValidationAcceptor): void => {
        if (evidence.link !== undefined && !isValidLink(evidence.link)) {
            accept('error', this.messages.invalidLink(evidence.link), { node: evidence, property: 'link', code: DiagnosticCode.InvalidLink });
        }
    };

    checkMetric = (metric: Metric, accept: ValidationAcceptor): void => {
        // A number of more than about 300 digits is Infinity to JavaScript: left out of the model, so say so.
        if (typeof metric.value === 'number' && !Number.isFinite(metric.value)) {
            const digits = GrammarUtils.findNodeForProperty(metric.$cstNode, 'value')?.text.replace(/\D/g, '').length;
            accept('error', this.messages.metricRange(metric.label, digits), { node: metric, property: 'value', code: DiagnosticCode.MetricRange });
            return;
        }
        if (metric.percent && Number.isFinite(metric.value) && (metric.value < 0 || metric.value > 100)) {
            accept('error', this.messages.percentRange(metric.value), { node: metric, property: 'value', code: DiagnosticCode.PercentRange });
        }
    };

    checkPain = (pain: Pain, accept: ValidationAcceptor): void => {
        if (pain.severity !== 'high' || this.isAddressed(pain)) {
            return;
        }
        accept('warning', this.messages.unaddressedPain(pain.name), {
            node: pain, property: pain.name ? 'name' : 'text', code: DiagnosticCode.UnaddressedPain,
        });
    };

    checkAction = (action: Action, accept: ValidationAcceptor): void => {
        this.checkAtMostOnce(action, onceLines.Action, 'Action', accept);
        const due = action.dues.length > 0 ? this.checkDate(action, 'dues', action.dues[0], accept) : undefined;
        if (this.isIncomplete(action)) return;
        const done = action.statuses[0] === 'done';
        if (!action.owners.some(owner => owner.trim() !== '')) {
            accept('hint', this.messages.unownedAction(action.name), { node: action, property: 'name', code: DiagnosticCode.UnownedAction });
        }
        if (action.dues.length === 0 && !done) {
            accept('hint', this.messages.undatedAction(action.name), { node: action, property: 'name', code: DiagnosticCode.UndatedAction });
        }
        const late = daysLate(due, done, this.settings.today());
        if (due && late !== undefined) {
            accept('warning', this.messages.overdueAction(action.name, late, formatIsoDate(due)), {
                node: action, property: 'dues', index: 0, code: DiagnosticCode.OverdueAction,
            });
        }
    };

    /** A line that starts with a word that is no keyword: a syntax error, in plain words. */
    checkUnknownLine = (line: UnknownLine, accept: ValidationAcceptor): void => {
        if (!line.word || this.isConsequence(line)) return;
        const { message, fix } = this.services.journey.SyntaxErrors.describeUnknownLine(line);
        accept('error', message, { node: line, property: 'word', code: DiagnosticCode.SyntaxError, data: fix });
    };

    /** A line of the language in a block where it does not belong: a syntax error, in plain words. */
    checkMisplacedLine = (line: MisplacedLine, accept: ValidationAcceptor): void => {
        if (!line.keyword || this.isConsequence(line)) return;
        accept('error', this.services.journey.SyntaxErrors.describeMisplacedLine(line), {
            node: line, property: 'keyword', code: DiagnosticCode.SyntaxError,
        });
    };

    /** A `}` at the top level of a file closes nothing. */
    checkStrayBraces = (model: Model, accept: ValidationAcceptor): void => {
        if (model.strayBraces.length === 0) return;
        // After a parser or character error, a `}` too many is that error's consequence.
        const { parserErrors, lexerErrors } = AstUtils.getDocument(model).parseResult;
        const firstError = Math.min(...parserErrors.map(e => e.token.startOffset).filter(Number.isFinite), ...lexerErrors.map(e => e.offset));
        for (const brace of GrammarUtils.findNodesForKeyword(model.$cstNode, '}')) {
            if (brace.offset > firstError) continue;
            accept('error', this.services.journey.SyntaxErrors.describeStrayBrace(), { node: model, range: brace.range, code: DiagnosticCode.SyntaxError });
        }
    };

    /**
     * Whether a line the grammar caught as a mistake only follows from an earlier one: on a line
     * with a character error, or right after a parser error on its line (`action Taps the ad"`,
     * `severity hoog`), or at the top level after a stray `}` or a parser error (the lines after it
     * were meant to be inside the block that ended too early).
     */
    private isConsequence(line: UnknownLine | MisplacedLine): boolean {
        const cst = line.$cstNode;
        if (!cst) return true;
        const { parseResult } = AstUtils.getDocument(line);
        const row = cst.range.start.line + 1;
        if (parseResult.lexerErrors.some(e => e.line === row)
            || parseResult.parserErrors.some(e => e.token.startLine === row && e.token.startOffset <= cst.offset)) {
            return true;
        }
        // At the top level, after a stray `}` or a parser error, the line was meant to be inside the
        // block that ended too early.
        const model = line.$container;
        if (!isModel(model)) return false;
        const firstBrace = GrammarUtils.findNodeForKeyword(model.$cstNode, '}');
        return (!!firstBrace && firstBrace.offset < cst.offset)
            || parseResult.parserErrors.some(e => Number.isFinite(e.token.startOffset) && e.token.startOffset < cst.offset);
    }

    /** The missing emotion of a touchpoint: no line at all, or none for some of its personas (and no line without a persona). */
    private checkMissingEmotion(touchpoint: Touchpoint, journey: Journey | undefined, accept: ValidationAcceptor): void {
        const lines = touchpoint.emotions.filter(line => Number.isFinite(line.value));
        if (touchpoint.emotions.length === 0) {
            accept('hint', this.messages.missingEmotion(touchpoint.name), { node: touchpoint, property: 'name', code: DiagnosticCode.MissingEmotion });
            return;
        }
        if (!journey || lines.some(line => !line.persona)) return;
        const given = new Set(lines.map(line => line.persona?.$refText));
        const without = touchpointPersonas(touchpoint, journey.personas.filter(p => p.ref).map(p => p.$refText)).filter(p => !given.has(p));
        if (without.length > 0 && given.size > 0) {
            accept('hint', this.messages.missingPersonaEmotion(touchpoint.name, without), { node: touchpoint, property: 'name', code: DiagnosticCode.MissingEmotion });
        }
    }

    private checkTimes(node: Stage | Touchpoint, accept: ValidationAcceptor): void {
        node.times.forEach((time, index) => {
            if (time !== undefined && !isTimeOfDay(time)) {
                accept('error', this.messages.invalidTime(time), { node, property: 'times', index, code: DiagnosticCode.InvalidTime });
            }
        });
    }

    /** One `emotion` line per persona, and one without a persona. */
    private checkEmotionsOncePerPersona(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
        if (touchpoint.emotions.length < 2) return;
        const seen = new Set<string>();
        for (const emotion of touchpoint.emotions) {
            const persona = emotion.persona?.$refText ?? '';
            if (seen.has(persona)) {
                const keyword = GrammarUtils.findNodeForKeyword(emotion.$cstNode, 'emotion');
                accept('error', persona ? this.messages.emotionOnlyOncePerPersona(persona) : this.messages.emotionOnlyOnce(), {
                    node: emotion, range: keyword?.range, code: DiagnosticCode.DuplicateProperty,
                });
            }
            seen.add(persona);
        }
    }

    private isAddressed(pain: Pain): boolean {
        const touchpoint = isTouchpoint(pain.$container) ? pain.$container : undefined;
        const stage = AstUtils.getContainerOfType(pain, isStage);
        if ((touchpoint?.opportunities.length ?? 0) > 0 || (stage?.opportunities.length ?? 0) > 0) {
            return true;
        }
        const journey = AstUtils.getContainerOfType(pain, isJourney);
        return !!pain.name && !!journey && this.addressedNames(journey).has(pain.name);
    }

    /** Names of the pains and opportunities the actions of a journey address; computed once per journey and validation run. */
    private addressedNames(journey: Journey): Set<string> {
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
            report(this.messages.improvesItself(journey.name));
            return;
        }
        const seen = new Set<Journey>([journey]);
        for (let step: Journey | undefined = target; step; step = step.improves?.ref) {
            if (seen.has(step)) {
                report(this.messages.improvesCycle([...[...seen].map(j => j.name), step.name]));
                return;
            }
            seen.add(step);
        }
        if (effectiveState(target) === 'future') {
            report(this.messages.improvesFuture(target.name));
        }
    }

    private checkReviewed(journey: Journey, accept: ValidationAcceptor): void {
        const reviewed = this.checkDate(journey, 'reviewed', journey.reviewed[0], accept);
        if (!reviewed) {
            return;
        }
        const today = this.settings.today();
        // The map's own `review every N months` overrides the setting (spec, version 2).
        const interval = reviewEveryMonths(journey) ?? this.settings.reviewIntervalMonths;
        if (isReviewDue(reviewed, interval, today)) {
            const months = wholeMonthsBetween(reviewed, today);
            accept('warning', this.messages.staleReview(months, formatIsoDate(reviewed), interval), {
                node: journey, property: 'reviewed', index: 0, code: DiagnosticCode.StaleReview,
            });
        }
    }

    private checkDate(node: Journey | Action, property: 'reviewed' | 'dues', text: string | undefined, accept: ValidationAcceptor) {
        if (text === undefined) return undefined;
        const date = parseIsoDate(text);
        if (!date) {
            const suggestion = suggestIsoDate(text);
            accept('error', suggestion ? this.messages.invalidDateSuggestion(text, suggestion) : this.messages.invalidDate(text), {
                node: node as AstNode, property, index: 0, code: DiagnosticCode.InvalidDate,
            });
        }
        return date;
    }

    /** A line the spec allows once, written again: reported on each repeat's keyword. */
    private checkAtMostOnce(node: AstNode, lines: readonly OnceLine[], block: keyof typeof onceLines, accept: ValidationAcceptor): void {
        for (const { keyword, property } of lines) {
            // Each such line is collected in a list property; only when the list holds more than one
            // value can the line be repeated, and only then is the CST searched for the keywords.
            const values = (node as unknown as Record<string, unknown>)[property];
            if (!Array.isArray(values) || values.length < 2) continue;
            const first = keyword.split(' ')[0];
            // A line of a rule of its own (`review every`) is a child node: its keyword is found in that node.
            const repeats: Array<CstNode | undefined> = values.every(isAstNode)
                ? values.slice(1).map(child => GrammarUtils.findNodeForKeyword((child as AstNode).$cstNode, first))
                : GrammarUtils.findNodesForKeyword(node.$cstNode, first).slice(1);
            for (const repeat of repeats) {
                if (repeat) {
                    accept('error', this.messages.onlyOnce(keyword, block), { node, range: repeat.range, code: DiagnosticCode.DuplicateProperty });
                }
            }
        }
    }

    private checkLocalDuplicates(journey: Journey, accept: ValidationAcceptor): void {
        const stages = journey.stages;
        const touchpoints = stages.flatMap(stage => stage.touchpoints);
        const pains = stages.flatMap(stage => [...stage.pains, ...stage.touchpoints.flatMap(t => t.pains)]);
        const opportunities = stages.flatMap(stage => [...stage.opportunities, ...stage.touchpoints.flatMap(t => t.opportunities)]);
        const groups: Array<[Kind, ReadonlyArray<{ name?: string } & AstNode>]> = [
            ['stage', stages], ['touchpoint', touchpoints], ['pain', pains], ['opportunity', opportunities], ['action', journey.actions],
        ];
        for (const [kind, nodes] of groups) {
            const seen = new Set<string>();
            for (const node of nodes) {
                if (!node.name) continue;
                if (seen.has(node.name)) {
                    accept('error', this.messages.duplicateLocalName(kind, node.name, journey.name), { node, property: 'name', code: DiagnosticCode.DuplicateName });
                }
                seen.add(node.name);
            }
        }
    }

    /**
     * Workspace-wide names: the first declaration (by file, then position) keeps the name, later ones
     * are reported. A file the parser could not follow counts only for itself: its declarations may
     * be made up by the parser's recovery (a touchpoint's `channel web` read as a declaration), and a
     * mistake in one file must not cause a report in another.
     */
    private checkGlobalDuplicate(node: Persona | Channel | Journey, kind: Kind, accept: ValidationAcceptor): void {
        if (!node.name) return;
        const facts = this.workspaceFacts();
        const document = AstUtils.getDocument(node);
        const uri = document.uri.toString();
        const path = this.services.workspace.AstNodeLocator.getAstNodePath(node);
        const all = facts.declarations.get(`${node.$type}:${node.name}`) ?? [];
        const counted = facts.broken.has(uri) ? all : all.filter(d => !facts.broken.has(d.documentUri.toString()));
        if (counted.length < 2) return;
        const first = counted[0];
        const isFirst = first.documentUri.toString() === uri && first.path === path;
        if (!isFirst) {
            const where = `${first.documentUri.path.split('/').pop()}:${(first.nameSegment?.range.start.line ?? 0) + 1}`;
            accept('error', this.messages.duplicateGlobalName(kind, node.name, where), { node, property: 'name', code: DiagnosticCode.DuplicateName });
        }
    }

    /**
     * Whether the parser's recovery made the node up (it has no name) or a syntax error lies within
     * its text: then what it lacks may just be what the error hides, and is not reported.
     */
    private isIncomplete(node: AstNode & { name?: string }): boolean {
        const cst = node.$cstNode;
        if (!cst || !node.name) return true;
        const offsets = this.syntaxErrorsOf(AstUtils.getDocument(node));
        return offsets.some(offset => offset >= cst.offset && offset <= cst.end);
    }

    private syntaxErrorsOf(document: LangiumDocument): number[] {
        const root = document.parseResult.value;
        const text = root.$cstNode?.root.fullText ?? '';
        const known = this.syntaxErrorOffsets.get(root);
        if (known?.text === text) return known.offsets;
        const { parserErrors, lexerErrors } = document.parseResult;
        const offsets = [
            ...parserErrors.map(e => e.token.startOffset).filter(Number.isFinite),
            ...lexerErrors.map(e => e.offset),
            ...AstUtils.streamAst(root).filter(node => isUnknownLine(node) || isMisplacedLine(node))
                .map(line => line.$cstNode?.offset ?? -1).filter(o => o >= 0),
            ...(isModel(root) ? GrammarUtils.findNodesForKeyword(root.$cstNode, '}').map(brace => brace.offset) : []),
        ];
        this.syntaxErrorOffsets.set(root, { text, offsets });
        return offsets;
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
            const broken = new Set<string>();
            for (const document of this.services.shared.workspace.LangiumDocuments.all) {
                const { value: model, parserErrors, lexerErrors } = document.parseResult;
                if (parserErrors.length > 0 || lexerErrors.length > 0) broken.add(document.uri.toString());
                if (isModel(model)) {
                    for (const element of model.elements) {
                        if (isJourney(element)) {
                            element.personas.forEach(ref => personasInUse.add(ref.$refText));
                        }
                    }
                }
            }
            return { declarations, personasInUse, broken };
        });
    }
}

/** A declaration the parser's recovery made up from a broken line: it lacks its display text. */
function isRecovered(node: Persona | Channel | Journey): boolean {
    return !node.name || node.title === undefined;
}

function isAstNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && '$type' in value;
}
