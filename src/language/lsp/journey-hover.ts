import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isChannel, isEmotion, isJourney, isPersona, isReviewInterval, isStage, isTouchpoint,
    type Channel, type Emotion, type Journey, type Persona, type ReviewInterval, type Touchpoint,
} from '../generated/ast.js';
import { emotionScale, emotionSource } from '../../model/emotion.js';
import { addMonths, formatIsoDate, parseIsoDate } from '../dates.js';
import { effectiveState, reviewEveryMonths, touchpointEmotions } from '../journey-semantics.js';
import type { JourneySettings } from '../journey-settings.js';
import type { JourneyMapsServices } from '../journey-module.js';
import type { Messages } from '../i18n/en.js';
import type { Localization } from '../i18n/localization.js';
import { escapeMarkdown, markdownCode } from './markdown.js';

/**
 * Hover texts a map writer can use: who a persona is, what a channel is, what an emotion value
 * means, and, in a future-state map, what a touchpoint looked like in the current map it improves.
 * Anything else falls back to Langium's documentation hover (a `/** ... *\/` comment above it).
 */
export class JourneyHoverProvider extends MultilineCommentHoverProvider {
    private readonly settings: JourneySettings;
    private readonly localization: Localization;

    constructor(services: JourneyMapsServices) {
        super(services);
        this.settings = services.journey.Settings;
        this.localization = services.journey.Localization;
    }

    /** The catalogue of the language the server speaks now. */
    private get messages(): Messages {
        return this.localization.messages;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (root) {
            const offset = document.textDocument.offsetAt(params.position);
            const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
            if (leaf && !leaf.hidden && leaf.offset <= offset && offset <= leaf.end) {
                if (isEmotion(leaf.astNode)) {
                    const labelNode = GrammarUtils.findNodeForProperty(leaf.astNode.$cstNode, 'label');
                    const personaNode = GrammarUtils.findNodeForProperty(leaf.astNode.$cstNode, 'persona');
                    // The label is the author's text; the persona's name has the persona's own hover.
                    if (leaf !== labelNode && !(personaNode && leaf.offset >= personaNode.offset && leaf.end <= personaNode.end)) {
                        return markdown(emotionHover(leaf.astNode, this.messages));
                    }
                }
                if (isReviewInterval(leaf.astNode)) {
                    return markdown(this.reviewHover(leaf.astNode));
                }
                const valueRule = GrammarAST.isKeyword(leaf.grammarSource) ? AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule)?.name : undefined;
                const meaning = valueRule ? this.messages.hover.valueMeanings[valueRule]?.[leaf.text] : undefined;
                if (meaning && isJourney(leaf.astNode)) {
                    return markdown(meaning);
                }
            }
        }
        return super.getHoverContent(document, params);
    }

    /** `review every N months`: when the map was reviewed and when it is due again. */
    private reviewHover(interval: ReviewInterval): string {
        const text = this.messages.hover;
        const journey = interval.$container;
        const months = reviewEveryMonths(journey);
        if (months === undefined) {
            return text.reviewIntervalHelp();
        }
        const head = text.reviewInterval(months, this.settings.reviewIntervalMonths);
        const reviewed = journey.reviewed[0] === undefined ? undefined : parseIsoDate(journey.reviewed[0]);
        if (!reviewed) {
            return `${head}\n\n${text.notReviewedYet()}`;
        }
        return `${head}\n\n${text.reviewedAndDue(formatIsoDate(reviewed), formatIsoDate(addMonths(reviewed, months)))}`;
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isPersona(node)) {
            return personaHover(node, this.messages.hover);
        }
        if (isChannel(node)) {
            return channelHover(node, this.messages.hover);
        }
        if (isTouchpoint(node)) {
            const journey = AstUtils.getContainerOfType(node, isJourney);
            if (journey?.improves && effectiveState(journey) === 'future') {
                return futureTouchpointHover(node, journey, this.messages.hover);
            }
        }
        return super.getAstNodeHoverContent(node);
    }
}

function markdown(value: string): Hover {
    return { contents: { kind: 'markdown', value } };
}

function emotionHover(emotion: Emotion, messages: Messages): string {
    const text = messages.hover;
    const label = emotion.label ? ` ("${escapeMarkdown(emotion.label)}")` : '';
    const persona = emotion.persona?.ref;
    const whose = emotion.persona
        ? persona ? `${escapeMarkdown(persona.title)} (${markdownCode(persona.name)})` : markdownCode(emotion.persona.$refText)
        : undefined;
    const value = Number.isFinite(emotion.value) ? text.emotionValue(emotion.value) : text.emotionMissing();
    const scale = emotionScale.map(step => `${emotionSource(step)} ${messages.emotionMeaning[step]}`).join(' · ');
    return `${text.emotionHeading(whose)} ${value}${label}\n\n${text.scale(scale)}`;
}

function personaHover(persona: Persona, text: Messages['hover']): string {
    const parts = [text.persona(escapeMarkdown(persona.title), markdownCode(persona.name))];
    if (persona.descriptions[0]) {
        parts.push(escapeMarkdown(persona.descriptions[0]));
    }
    const list = (heading: string, items: readonly string[]) => {
        if (items.length > 0) {
            parts.push(`**${heading}**\n${items.map(item => `- ${escapeMarkdown(item)}`).join('\n')}`);
        }
    };
    list(text.goals(), persona.goals);
    list(text.needs(), persona.needs);
    list(text.frustrations(), persona.frustrations);
    if (persona.quotes[0]) {
        parts.push(`> “${escapeMarkdown(persona.quotes[0])}”`);
    }
    return parts.join('\n\n');
}

function channelHover(channel: Channel, text: Messages['hover']): string {
    const icon = channel.icon ? `\n\n${text.icon(markdownCode(channel.icon))}` : '';
    return `${text.channel(escapeMarkdown(channel.title), markdownCode(channel.name))}${icon}`;
}

function findTouchpoint(journey: Journey, name: string): Touchpoint | undefined {
    for (const stage of journey.stages) {
        const found = stage.touchpoints.find(touchpoint => touchpoint.name === name);
        if (found) return found;
    }
    return undefined;
}

function futureTouchpointHover(touchpoint: Touchpoint, journey: Journey, text: Messages['hover']): string {
    const current = journey.improves?.ref;
    const head = text.touchpoint(escapeMarkdown(touchpoint.title), markdownCode(touchpoint.name));
    if (!current) {
        return `${head}\n\n${text.improvesMissing(markdownCode(journey.improves?.$refText ?? ''))}`;
    }
    const before = findTouchpoint(current, touchpoint.name);
    if (!before) {
        return `${head}\n\n${text.newInFuture(markdownCode(touchpoint.name), markdownCode(current.name))}`;
    }
    const stage = AstUtils.getContainerOfType(before, isStage);
    const lines = [text.currentState(markdownCode(current.name))];
    if (stage) {
        const ownStage = AstUtils.getContainerOfType(touchpoint, isStage);
        lines.push(text.stage(escapeMarkdown(stage.title), markdownCode(stage.name), !!ownStage && ownStage.name !== stage.name));
    }
    if (before.title !== touchpoint.title) {
        lines.push(text.name(escapeMarkdown(before.title)));
    }
    if (before.actions[0]) {
        lines.push(text.action(escapeMarkdown(before.actions[0])));
    }
    const personasOf = (map: Journey) => map.personas.filter(p => p.ref).map(p => p.$refText);
    const then = touchpointEmotions(before, personasOf(current));
    const now = touchpointEmotions(touchpoint, personasOf(journey));
    const signed = text.signed;
    const describe = (value: number) => Number.isInteger(value) ? text.emotionValue(value) : text.emotionMean(value);
    lines.push(text.emotion(then.emotion === undefined ? undefined : describe(then.emotion)));
    const parts = [head, lines.join('\n')];
    if (then.emotion !== undefined && now.emotion !== undefined) {
        parts.push(text.emotionDelta(signed(now.emotion - then.emotion), signed(then.emotion), signed(now.emotion)));
    }
    // Per persona, when the touchpoint involves more than one and they feel differently.
    const personas = Object.keys(now.perPersona ?? {}).filter(p => then.perPersona?.[p] !== undefined);
    const differ = personas.some(p => now.perPersona![p] !== now.emotion || then.perPersona![p] !== then.emotion);
    if (personas.length > 1 && differ) {
        parts.push(personas.map(p => `- ${markdownCode(p)}: ${signed(then.perPersona![p])} → ${signed(now.perPersona![p])} (${signed(now.perPersona![p] - then.perPersona![p])})`).join('\n'));
    }
    return parts.join('\n\n');
}
