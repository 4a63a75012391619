import {
    AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type AstNodeDescription, type AstNodeLocator, type LangiumDocument,
    type LangiumDocuments, type MaybePromise, type ReferenceInfo, type Stream,
} from 'langium';
import {
    DefaultCompletionProvider, findFirstFeatures, findNextFeatures,
    type CompletionAcceptor, type CompletionBacktrackingInformation, type CompletionContext, type CompletionValueItem, type NextFeature,
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type Position } from 'vscode-languageserver';
import { formatIsoDate } from '../dates.js';
import {
    isAction, isChannel, isJourney, isOpportunity, isPain, isPersona, isStage, isTouchpoint,
    type Journey, type Model, type Stage, type Touchpoint,
} from '../generated/ast.js';
import type { JourneyMapsServices } from '../journey-module.js';
import type { JourneySettings } from '../journey-settings.js';
import { emotionScale, emotionSource } from '../../model/emotion.js';
import { channelIcons } from '../../model/vocabulary.js';
import type { Messages } from '../i18n/en.js';
import { kindOf } from '../i18n/kinds.js';
import type { Localization } from '../i18n/localization.js';
import { effectiveState, touchpointPersonas } from '../journey-semantics.js';
import { nameRule } from '../names.js';
import { escapeMarkdown, markdownCode } from './markdown.js';
import { quotedForSnippet, stageTemplates, templateSnippet } from './stage-templates.js';

/**
 * Where the completion parser may start instead of the top of the document: the offset of an
 * element whose first token the full parse reaches in a known parser state, and a short text
 * that puts a fresh parser into that same state (empty at the top level; an open journey for a
 * stage or an action; an open journey and stage for a touchpoint).
 */
interface ParseStart {
    offset: number;
    prefix: string;
}

const journeyOpen = 'journey _ "" {\n';
const stageOpen = 'journey _ "" { stage _ "" {\n';

/** The datatype rules of names: many keywords parse as one, so none is proposed there. */
const nameRules = new Set([nameRule, 'Word']);

/** Rules that catch mistakes (a line of another block, a word that is no keyword): never proposed. */
const mistakeRules = /^(Misplaced|Unknown|AnyToken$|LineKeyword$)/;

const emotionValues: ReadonlyArray<{ label: string; key: string }> = emotionScale.map(value => ({ label: emotionSource(value), key: String(value) }));

/**
 * Completion for `.journey` files: the keywords valid at the cursor (none where a name is
 * written), references filtered by kind, values (emotions, levels, icons, dates), snippets,
 * stage templates, and the stages and touchpoints a future map still lacks from its current map.
 *
 * The features at the cursor are computed from the enclosing element only (see `parseStartFor`),
 * so a completion request costs the same at the end of a long document as at its start.
 */
export class JourneyCompletionProvider extends DefaultCompletionProvider {
    protected readonly settings: JourneySettings;
    protected readonly langiumDocuments: LangiumDocuments;
    protected readonly astNodeLocator: AstNodeLocator;
    protected readonly namePositions = new WeakMap<NextFeature[], boolean>();
    protected readonly localization: Localization;

    constructor(services: JourneyMapsServices) {
        super(services);
        this.settings = services.journey.Settings;
        this.localization = services.journey.Localization;
        this.langiumDocuments = services.shared.workspace.LangiumDocuments;
        this.astNodeLocator = services.workspace.AstNodeLocator;
    }

    /** The completion texts in the language the server speaks now. */
    protected get text(): Messages['completion'] {
        return this.localization.messages.completion;
    }

    // ---------------------------------------------------------------------------------------
    // Feature computation on a part of the document

    /**
     * Langium's, with two calls replaced so that lexing and the completion parse cover only the text
     * from the nearest element start before the cursor: `findFeaturesAt` by `featuresAt` and
     * `backtrackToAnyToken` by `backtrackFrom` (Langium offers no hook that gets the document for
     * either). test/unit/completion-copy.test.ts fails when Langium's version changes.
     */
    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        const cst = document.parseResult.value.$cstNode;
        if (!cst) {
            return;
        }
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const offset = textDocument.offsetAt(position);
        const partialContext = { document, textDocument, offset, position };
        const dataTypeRuleOffsets = this.findDataTypeRuleStart(cst, offset);
        if (dataTypeRuleOffsets) {
            const [ruleStart, ruleEnd] = dataTypeRuleOffsets;
            const parentNode = CstUtils.findLeafNodeBeforeOffset(cst, ruleStart)?.astNode;
            yield {
                ...partialContext,
                node: parentNode,
                tokenOffset: ruleStart,
                tokenEndOffset: ruleEnd,
                features: this.featuresAt(document, text, ruleStart),
            };
        }
        const { nextTokenStart, nextTokenEnd, previousTokenStart, previousTokenEnd } = this.backtrackFrom(document, text, offset);
        let astNodeOffset = nextTokenStart;
        if (offset <= nextTokenStart && previousTokenStart !== undefined) {
            astNodeOffset = previousTokenStart;
        }
        const astNode = CstUtils.findLeafNodeBeforeOffset(cst, astNodeOffset)?.astNode;
        let performNextCompletion = true;
        if (previousTokenStart !== undefined && previousTokenEnd !== undefined && previousTokenEnd === offset) {
            yield {
                ...partialContext,
                node: astNode,
                tokenOffset: previousTokenStart,
                tokenEndOffset: previousTokenEnd,
                features: this.featuresAt(document, text, previousTokenStart),
            };
            performNextCompletion = this.performNextTokenCompletion(
                document, text.substring(previousTokenStart, previousTokenEnd), previousTokenStart, previousTokenEnd,
            );
            if (performNextCompletion) {
                yield {
                    ...partialContext,
                    node: astNode,
                    tokenOffset: previousTokenEnd,
                    tokenEndOffset: previousTokenEnd,
                    features: this.featuresAt(document, text, previousTokenEnd),
                };
            }
        }
        if (!astNode) {
            const parserRule = GrammarUtils.getEntryRule(this.grammar);
            if (!parserRule) {
                throw new Error('Missing entry parser rule');
            }
            yield {
                ...partialContext,
                tokenOffset: nextTokenStart,
                tokenEndOffset: nextTokenEnd,
                features: findFirstFeatures(parserRule.definition).map(f => f[f.length - 1]),
            };
        } else if (performNextCompletion) {
            yield {
                ...partialContext,
                node: astNode,
                tokenOffset: nextTokenStart,
                tokenEndOffset: nextTokenEnd,
                features: this.featuresAt(document, text, nextTokenStart),
            };
        }
    }

    /** The grammar features that may follow the text before `offset`. */
    protected featuresAt(document: LangiumDocument, text: string, offset: number): NextFeature[] {
        const start = this.parseStartFor(document, offset);
        const parserResult = this.completionParser.parse(start.prefix + text.substring(start.offset, offset));
        const tokens = parserResult.tokens;
        if (parserResult.tokenIndex === 0) {
            const entryRule = GrammarUtils.getEntryRule(this.grammar)!;
            return findNextFeatures([[this.buildSyntheticEntryRuleCall(entryRule)]], tokens);
        }
        const leftoverTokens = [...tokens].splice(parserResult.tokenIndex);
        return findNextFeatures([parserResult.elementStack.map(feature => ({ feature }))], leftoverTokens);
    }

    /**
     * The latest element start before `offset` at which the parser state is known: a top-level
     * element (Model level), a stage or action (journey body), a touchpoint (stage body). The
     * elements come from the last parse of the document; whatever follows such a start up to the
     * cursor is parsed as written, so the cursor need not be inside the element.
     */
    protected parseStartFor(document: LangiumDocument, offset: number): ParseStart {
        const model = document.parseResult.value as Model;
        const element = lastBefore(model.elements ?? [], offset);
        if (!element?.$cstNode) {
            return { offset: 0, prefix: '' };
        }
        const top: ParseStart = { offset: element.$cstNode.offset, prefix: '' };
        if (!isJourney(element)) {
            return top;
        }
        const stage = lastBefore(element.stages ?? [], offset);
        const action = lastBefore(element.actions ?? [], offset);
        const inBody = [stage, action]
            .filter((node): node is NonNullable<typeof node> => node?.$cstNode !== undefined)
            .sort((a, b) => b.$cstNode!.offset - a.$cstNode!.offset)[0];
        if (!inBody) {
            return top;
        }
        if (isStage(inBody)) {
            const touchpoint = lastBefore(inBody.touchpoints ?? [], offset);
            if (touchpoint?.$cstNode) {
                return { offset: touchpoint.$cstNode.offset, prefix: stageOpen };
            }
        }
        return { offset: inBody.$cstNode!.offset, prefix: journeyOpen };
    }

    /**
     * Langium's `backtrackToAnyToken`, lexing only from the parse start to the end of the cursor's
     * line (no token but a block comment spans lines; when one may be open, up to its end) rather
     * than the whole text.
     */
    protected backtrackFrom(document: LangiumDocument, text: string, offset: number): CompletionBacktrackingInformation {
        const base = this.parseStartFor(document, offset).offset;
        let end = text.indexOf('\n', offset);
        const commentStart = text.lastIndexOf('/*', offset);
        if (commentStart >= base && text.lastIndexOf('*/', offset) < commentStart) {
            const commentEnd = text.indexOf('*/', offset);
            end = commentEnd < 0 ? -1 : Math.max(end, commentEnd + 2);
        }
        const result = this.backtrackToAnyToken(text.substring(base, end < 0 ? text.length : end), offset - base);
        const shift = (value: number | undefined) => value === undefined ? undefined : value + base;
        return {
            nextTokenStart: result.nextTokenStart + base,
            nextTokenEnd: result.nextTokenEnd + base,
            previousTokenStart: shift(result.previousTokenStart),
            previousTokenEnd: shift(result.previousTokenEnd),
        };
    }

    // ---------------------------------------------------------------------------------------
    // What to propose for each feature

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        if (GrammarAST.isKeyword(feature) && this.isNamePosition(context)) {
            // `Name` accepts every keyword, but proposing `stage` as a persona's name helps nobody.
            return;
        }
        if (GrammarAST.isRuleCall(feature)) {
            const assignment = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
            const rule = AstUtils.getContainerOfType(feature, GrammarAST.isParserRule);
            const called = feature.rule.ref?.name;
            if (called === 'NUMBER' && rule?.name === 'Emotion' && assignment?.feature === 'value') {
                this.completeEmotions(context, acceptor);
                return;
            }
            if (called === 'STRING' && assignment
                && ((rule?.name === 'Journey' && assignment.feature === 'reviewed') || (rule?.name === 'Action' && assignment.feature === 'dues'))) {
                this.completeToday(context, acceptor);
                return;
            }
            if (called === 'STRING' && assignment?.feature === 'times') {
                this.completeTimes(context, acceptor);
                return;
            }
            if (called === 'STRING' && rule?.name === 'Evidence' && assignment?.feature === 'link') {
                this.snippet(context, acceptor, '"https://…"', this.text.webAddress(), '"https://${1}"', '0');
                this.snippet(context, acceptor, '"…/….md"', this.text.relativeFile(), '"${1:onderzoek/interviews.md}"', '1');
                return;
            }
        }
        return super.completionFor(context, next, acceptor);
    }

    /** Whether the cursor is where a declaration's name is written (every keyword parses there). */
    protected isNamePosition(context: CompletionContext): boolean {
        let known = this.namePositions.get(context.features);
        if (known === undefined) {
            known = context.features.some(({ feature }) =>
                GrammarAST.isRuleCall(feature)
                && feature.rule.ref?.name === 'ID'
                && nameRules.has(AstUtils.getContainerOfType(feature, GrammarAST.isParserRule)?.name ?? ''));
            this.namePositions.set(context.features, known);
        }
        return known;
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name ?? '';
        if (mistakeRules.test(rule)) {
            // The grammar takes misplaced lines and unknown words only to report them.
            return;
        }
        const values = this.text.valueDetails[rule];
        if (values) {
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.EnumMember,
                detail: values[keyword.value] ?? (rule === 'IconKind' ? this.text.channelIcon() : rule),
                sortText: '0',
            });
            return;
        }
        // Langium's, with its detail in the server's language.
        acceptor(context, { label: keyword.value, kind: this.getKeywordCompletionItemKind(keyword), detail: this.text.keyword(), sortText: '1' });
        const first = isFirstKeywordOf(keyword);
        if (!first) {
            return;
        }
        const text = this.text;
        const p = text.placeholders;
        switch (rule) {
            case 'Persona':
                this.snippet(context, acceptor, 'persona', text.newPersona(),
                    `persona \${1:${p.name}} "\${2:${p.displayName}}" {\n\tgoal "\${3}"\n\tneed "\${4}"\n\tfrustration "\${5}"\n}$0`);
                break;
            case 'Channel':
                this.snippet(context, acceptor, 'channel', text.newChannel(),
                    `channel \${1:${p.name}} "\${2:${p.displayName}}" icon \${3|${channelIcons.join(',')}|}$0`);
                break;
            case 'Journey':
                this.snippet(context, acceptor, 'journey', text.newJourney(),
                    `journey \${1:${p.name}} "\${2:${p.title}}" {\n\tpersona \${3:${p.persona}}\n\n\tstage \${4:${p.stage}} "\${5:${p.stageTitle}}" {\n\t\ttouchpoint \${6:${p.touchpoint}} "\${7:${p.touchpointTitle}}" {\n\t\t\t$0\n\t\t}\n\t}\n}`);
                break;
            case 'Stage':
                this.snippet(context, acceptor, 'stage', text.newStage(),
                    `stage \${1:${p.name}} "\${2:${p.displayName}}" {\n\ttouchpoint \${3:${p.touchpoint}} "\${4:${p.touchpointTitle}}" {\n\t\t$0\n\t}\n}`);
                this.completeStageTemplates(context, acceptor);
                this.completeMissingStages(context, acceptor);
                break;
            case 'Touchpoint':
                this.snippet(context, acceptor, 'touchpoint', text.newTouchpoint(),
                    `touchpoint \${1:${p.name}} "\${2:${p.displayName}}" {\n\tchannel \${3:${p.channel}}\n\taction "\${4}"\n\temotion \${5|0,-2,-1,+1,+2|}\n\t$0\n}`);
                this.completeMissingTouchpoints(context, acceptor);
                break;
            case 'Action':
                this.snippet(context, acceptor, 'action', text.newAction(),
                    `action \${1:${p.name}} "\${2:${p.title}}" {\n\towner "\${3}"\n\tdue "\${4:${formatIsoDate(this.settings.today())}}"\n\taddresses \${5:${p.pain}}\n}$0`);
                break;
            case 'ReviewInterval':
                this.snippet(context, acceptor, 'review every', text.reviewInterval(), 'review every ${1:3} months$0');
                break;
            case 'Evidence':
                this.snippet(context, acceptor, 'evidence … link', text.evidenceWithLink(), `evidence "\${1:${p.source}}" link "\${2:https://}"$0`);
                break;
        }
    }

    protected snippet(context: CompletionContext, acceptor: CompletionAcceptor, label: string, detail: string, body: string, sortText = '2'): void {
        acceptor(context, {
            label,
            kind: CompletionItemKind.Snippet,
            detail,
            insertText: body,
            insertTextFormat: InsertTextFormat.Snippet,
            documentation: { kind: MarkupKind.Markdown, value: '```journey\n' + body.replace(/\$\{\d+(?::([^}]*))?\}|\$\{\d+\|([^,|]*)[^}]*\}|\$\d+/g, (_m, a, b) => a ?? b ?? '') + '\n```' },
            sortText,
        });
    }

    protected completeEmotions(context: CompletionContext, acceptor: CompletionAcceptor): void {
        emotionValues.forEach(({ label, key }, index) => {
            const meaning = this.localization.messages.emotionMeaning[key] ?? '';
            acceptor(context, {
                label,
                kind: CompletionItemKind.Value,
                detail: meaning,
                labelDetails: { description: meaning },
                documentation: `${label}: ${meaning}`,
                sortText: `0${index}`,
            });
        });
    }

    /** `time`: a time of day or a range, 24 hours. */
    protected completeTimes(context: CompletionContext, acceptor: CompletionAcceptor): void {
        this.snippet(context, acceptor, '"HH:MM"', this.text.timeOfDay(), '"${1:09:00}"', '0');
        this.snippet(context, acceptor, '"HH:MM-HH:MM"', this.text.timeRange(), '"${1:09:00}-${2:10:00}"', '1');
    }

    protected completeToday(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const today = `"${formatIsoDate(this.settings.today())}"`;
        acceptor(context, {
            label: today,
            kind: CompletionItemKind.Value,
            detail: this.text.today(),
            labelDetails: { description: this.text.today() },
            sortText: '0',
        });
    }

    protected completeStageTemplates(context: CompletionContext, acceptor: CompletionAcceptor): void {
        stageTemplates.forEach((template, index) => {
            const body = templateSnippet(template, this.text.placeholders.touchpointTitle);
            acceptor(context, {
                label: this.text.stageTemplate(template.label),
                kind: CompletionItemKind.Snippet,
                detail: this.text.stageTemplateDescription[template.id],
                labelDetails: { description: this.text.stageCount(template.stages.length) },
                documentation: { kind: MarkupKind.Markdown, value: template.stages.map((stage, i) => `${i + 1}. ${stage}`).join('\n') },
                insertText: body,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: `3${index}`,
            });
        });
    }

    /** In a future map: the stages of its current map that it does not have yet. */
    protected completeMissingStages(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const journey = journeyAt(context);
        const current = journey?.improves?.ref;
        if (!journey || !current || current === journey) {
            return;
        }
        const present = new Set(journey.stages.map(stage => stage.name));
        const touchpointsPresent = new Set(journey.stages.flatMap(stage => stage.touchpoints.map(t => t.name)));
        current.stages.filter(stage => stage.name && !present.has(stage.name)).forEach((stage, index) => {
            const touchpoints = stage.touchpoints.filter(t => t.name && !touchpointsPresent.has(t.name));
            let tabStop = 1;
            const inner = touchpoints.map(t => `\ttouchpoint ${t.name} ${quotedForSnippet(t.title ?? '')} {\n\t\t\${${tabStop++}}\n\t}`);
            const body = `stage ${stage.name} ${quotedForSnippet(stage.title ?? '')} {\n${inner.length > 0 ? inner.join('\n') : '\t$1'}\n}$0`;
            acceptor(context, {
                label: `stage ${stage.name}`,
                kind: CompletionItemKind.Snippet,
                detail: stage.title,
                labelDetails: { description: this.text.fromMap(current.name) },
                documentation: { kind: MarkupKind.Markdown, value: this.text.missingStage(markdownCode(stage.name), escapeMarkdown(stage.title ?? ''), markdownCode(current.name), touchpoints.length) },
                insertText: body,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: `1${String(index).padStart(4, '0')}`,
            });
        });
    }

    /** In a stage of a future map: the touchpoints of its current map that it has in no stage yet. */
    protected completeMissingTouchpoints(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const journey = journeyAt(context);
        const current = journey?.improves?.ref;
        if (!journey || !current || current === journey) {
            return;
        }
        const stage = context.node ? AstUtils.getContainerOfType(context.node, isStage) : undefined;
        const present = new Set(journey.stages.flatMap(s => s.touchpoints.map(t => t.name)));
        const missing: Array<{ touchpoint: Touchpoint; from: Stage }> = [];
        for (const from of current.stages) {
            for (const touchpoint of from.touchpoints) {
                if (touchpoint.name && !present.has(touchpoint.name)) {
                    missing.push({ touchpoint, from });
                }
            }
        }
        // Those of the matching stage of the current map first.
        missing.forEach(({ touchpoint, from }, index) => {
            const sameStage = stage !== undefined && from.name === stage.name;
            acceptor(context, {
                label: `touchpoint ${touchpoint.name}`,
                kind: CompletionItemKind.Snippet,
                detail: touchpoint.title,
                labelDetails: { description: `${current.name} › ${from.name}` },
                documentation: { kind: MarkupKind.Markdown, value: this.text.missingTouchpoint(markdownCode(touchpoint.name), escapeMarkdown(touchpoint.title ?? ''), markdownCode(from.name), markdownCode(current.name)) },
                insertText: `touchpoint ${touchpoint.name} ${quotedForSnippet(touchpoint.title ?? '')} {\n\t$0\n}`,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: `${sameStage ? '0' : '1'}${String(index).padStart(5, '0')}`,
            });
        });
    }

    // ---------------------------------------------------------------------------------------
    // References

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        // Completion may hand us a synthetic container for a node that is not written yet.
        let container: AstNode | undefined = refInfo.container;
        while (container && !container.$cstNode && container.$container) {
            container = container.$container;
        }
        if (refInfo.property === 'improves') {
            // `improves` is written in the header of the top-level element before the cursor.
            const self = lastBefore((context.document.parseResult.value as Model).elements ?? [], context.offset);
            return candidates.filter(description => {
                const node = this.nodeOf(description);
                return isJourney(node) && node !== self && effectiveState(node) === 'current';
            });
        }
        if (refInfo.property === 'addresses') {
            const action = container && AstUtils.getContainerOfType(container, isAction);
            const journey = container && AstUtils.getContainerOfType(container, isJourney);
            const listed = new Set((action?.addresses ?? [])
                .filter(ref => !ref.$refNode || context.offset < ref.$refNode.offset || context.offset > ref.$refNode.end)
                .map(ref => ref.$refText));
            return candidates.filter(description => {
                const node = this.nodeOf(description);
                return (isPain(node) || isOpportunity(node)) && !listed.has(description.name)
                    && (!journey || AstUtils.getContainerOfType(node, isJourney) === journey);
            });
        }
        if (refInfo.property === 'personas') {
            // Personas already on this line (`persona a, |`) are not offered again.
            const owner = container && AstUtils.getContainerOfType(container, node => isJourney(node) || isTouchpoint(node));
            const listed = new Set(((owner as Journey | Touchpoint | undefined)?.personas ?? [])
                .filter(ref => !ref.$refNode || context.offset < ref.$refNode.offset || context.offset > ref.$refNode.end)
                .map(ref => ref.$refText));
            return candidates.filter(description => isPersona(this.nodeOf(description)) && !listed.has(description.name));
        }
        if (refInfo.property === 'persona' && container) {
            // `emotion |`: the touchpoint's personas that have no emotion line of their own yet.
            const touchpoint = AstUtils.getContainerOfType(container, isTouchpoint);
            const journey = AstUtils.getContainerOfType(container, isJourney);
            if (!touchpoint || !journey) return candidates.filter(() => false);
            const involved = new Set(touchpointPersonas(touchpoint, journey.personas.map(ref => ref.$refText)));
            const given = new Set(touchpoint.emotions
                .filter(line => line.persona && (!line.persona.$refNode || context.offset < line.persona.$refNode.offset || context.offset > line.persona.$refNode.end))
                .map(line => line.persona!.$refText));
            return candidates.filter(description => involved.has(description.name) && !given.has(description.name) && isPersona(this.nodeOf(description)));
        }
        if (refInfo.property === 'channels') {
            return candidates.filter(description => isChannel(this.nodeOf(description)));
        }
        return candidates;
    }

    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const node = this.nodeOf(nodeDescription);
        const display = displayNameOf(node);
        const file = fileName(nodeDescription.documentUri.path);
        const text = this.text;
        const where = isPain(node) || isOpportunity(node) ? painLocation(node, text) : undefined;
        const kind = text.kind(kindOf(nodeDescription.type));
        const lines = [`**${kind}** ${markdownCode(nodeDescription.name)}${display ? ` — ${escapeMarkdown(display)}` : ''}`];
        lines.push(where ? text.locatedIn(where, markdownCode(file)) : text.definedIn(markdownCode(file)));
        return {
            ...item,
            detail: display ?? kind,
            labelDetails: { description: display ? `${display} · ${file}` : file },
            documentation: { kind: MarkupKind.Markdown, value: lines.join('\n\n') },
        };
    }

    protected nodeOf(description: AstNodeDescription): AstNode | undefined {
        if (description.node) {
            return description.node;
        }
        const document = this.langiumDocuments.getDocument(description.documentUri);
        return document ? this.astNodeLocator.getAstNode(document.parseResult.value, description.path) : undefined;
    }

}

function lastBefore<T extends AstNode>(nodes: readonly T[], offset: number): T | undefined {
    // Binary search on the start offsets (children are in document order).
    let low = 0;
    let high = nodes.length - 1;
    let found: T | undefined;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const start = nodes[middle].$cstNode?.offset;
        if (start === undefined) {
            // A node without text (error recovery): fall back to a linear scan.
            return [...nodes].reverse().find(node => node.$cstNode !== undefined && node.$cstNode.offset < offset);
        }
        if (start < offset) {
            found = nodes[middle];
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return found;
}

/** Whether `keyword` is the first keyword of its parser rule (`stage` in `Stage: 'stage' ...`). */
function isFirstKeywordOf(keyword: GrammarAST.Keyword): boolean {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    const definition = rule?.definition;
    return GrammarAST.isGroup(definition) && definition.elements[0] === keyword;
}

function journeyAt(context: CompletionContext): Journey | undefined {
    return context.node ? AstUtils.getContainerOfType(context.node, isJourney) : undefined;
}

function displayNameOf(node: AstNode | undefined): string | undefined {
    if (isPersona(node) || isChannel(node) || isJourney(node) || isStage(node) || isTouchpoint(node) || isAction(node)) {
        return node.title;
    }
    if (isPain(node) || isOpportunity(node)) {
        return node.text;
    }
    return undefined;
}

/** Where a pain is, as Markdown. */
function painLocation(pain: AstNode, text: Messages['completion']): string | undefined {
    const touchpoint = AstUtils.getContainerOfType(pain, isTouchpoint);
    const stage = AstUtils.getContainerOfType(pain, isStage);
    if (touchpoint && stage) {
        return text.painInTouchpoint(markdownCode(touchpoint.name), markdownCode(stage.name));
    }
    return stage ? text.painInStage(markdownCode(stage.name)) : undefined;
}

function fileName(path: string): string {
    return path.substring(path.lastIndexOf('/') + 1);
}
