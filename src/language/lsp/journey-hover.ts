import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isChannel, isEmotion, isJourney, isPersona, isReviewInterval, isStage, isTouchpoint,
    type Channel, type Emotion, type Journey, type Persona, type ReviewInterval, type Touchpoint,
} from '../generated/ast.js';
import { emotionMeaning, emotionScale, emotionSource, signed } from '../../model/emotion.js';
import { addMonths, formatIsoDate, parseIsoDate } from '../dates.js';
import { effectiveState, reviewEveryMonths, touchpointEmotions } from '../journey-semantics.js';
import type { JourneySettings } from '../journey-settings.js';
import type { JourneyMapsServices } from '../journey-module.js';
import { escapeMarkdown, markdownCode } from './markdown.js';

/** What each value of a map's `type` and `language` line means. */
const valueMeanings: Record<string, Record<string, string>> = {
    MapType: {
        'customer-journey': '**Customer journey map**: the stages a customer goes through, and the touchpoints with the company.',
        'day-in-the-life': '**Day in the life**: the persona\'s whole day, not only the moments with the company. Stages are parts of the day; a moment needs no channel; `time` shows when.',
        'service-blueprint': '**Service blueprint**: drawn with every lane, empty or not: physical evidence (`prop`), customer actions, `frontstage`, `backstage`, `support`, and the lines of interaction, visibility and internal interaction.',
    },
    MapLanguage: {
        en: '**English**: the drawing\'s own words (lanes, badges, the comparison, dates and numbers) are in English.',
        nl: '**Dutch**: the drawing\'s own words (lanes, badges, the comparison, dates and numbers: `1,5`, `15 okt. 2026`) are in Dutch.',
    },
};

/**
 * Hover texts a map writer can use: who a persona is, what a channel is, what an emotion value
 * means, and, in a future-state map, what a touchpoint looked like in the current map it improves.
 * Anything else falls back to Langium's documentation hover (a `/** ... *\/` comment above it).
 */
export class JourneyHoverProvider extends MultilineCommentHoverProvider {
    private readonly settings: JourneySettings;

    constructor(services: JourneyMapsServices) {
        super(services);
        this.settings = services.journey.Settings;
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
                        return markdown(emotionHover(leaf.astNode));
                    }
                }
                if (isReviewInterval(leaf.astNode)) {
                    return markdown(this.reviewHover(leaf.astNode));
                }
                const valueRule = GrammarAST.isKeyword(leaf.grammarSource) ? AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule)?.name : undefined;
                const meaning = valueRule ? valueMeanings[valueRule]?.[leaf.text] : undefined;
                if (meaning && isJourney(leaf.astNode)) {
                    return markdown(meaning);
                }
            }
        }
        return super.getHoverContent(document, params);
    }

    /** `review every N months`: when the map was reviewed and when it is due again. */
    private reviewHover(interval: ReviewInterval): string {
        const journey = interval.$container;
        const months = reviewEveryMonths(journey);
        if (months === undefined) {
            return '**Review interval**: a whole number of months, 1 or more: `review every 3 months`.';
        }
        const head = `**Review interval**: this map is due for review every ${months} month${months === 1 ? '' : 's'} (instead of the setting's ${this.settings.reviewIntervalMonths}).`;
        const reviewed = journey.reviewed[0] === undefined ? undefined : parseIsoDate(journey.reviewed[0]);
        if (!reviewed) {
            return `${head}\n\nNo \`reviewed\` date yet.`;
        }
        return `${head}\n\nLast reviewed ${formatIsoDate(reviewed)}; next review due ${formatIsoDate(addMonths(reviewed, months))}.`;
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isPersona(node)) {
            return personaHover(node);
        }
        if (isChannel(node)) {
            return channelHover(node);
        }
        if (isTouchpoint(node)) {
            const journey = AstUtils.getContainerOfType(node, isJourney);
            if (journey?.improves && effectiveState(journey) === 'future') {
                return futureTouchpointHover(node, journey);
            }
        }
        return super.getAstNodeHoverContent(node);
    }
}

function markdown(value: string): Hover {
    return { contents: { kind: 'markdown', value } };
}

export function describeEmotion(value: number): string {
    const meaning = emotionMeaning[String(value)];
    return meaning ? `${signed(value)} — ${meaning}` : `${signed(value)} — outside the scale (a whole number from -2 to +2)`;
}

const scaleText = emotionScale.map(value => `${emotionSource(value)} ${emotionMeaning[value]}`).join(' · ');

function emotionHover(emotion: Emotion): string {
    const label = emotion.label ? ` ("${escapeMarkdown(emotion.label)}")` : '';
    const persona = emotion.persona?.ref;
    const whose = emotion.persona
        ? ` of ${persona ? `${escapeMarkdown(persona.title)} (${markdownCode(persona.name)})` : markdownCode(emotion.persona.$refText)}`
        : '';
    const value = Number.isFinite(emotion.value) ? describeEmotion(emotion.value) : 'a number from -2 to +2 goes here';
    return `**Emotion${whose}** ${value}${label}\n\nScale: ${scaleText}`;
}

function personaHover(persona: Persona): string {
    const parts = [`**Persona** ${escapeMarkdown(persona.title)} (${markdownCode(persona.name)})`];
    if (persona.descriptions[0]) {
        parts.push(escapeMarkdown(persona.descriptions[0]));
    }
    const list = (heading: string, items: readonly string[]) => {
        if (items.length > 0) {
            parts.push(`**${heading}**\n${items.map(item => `- ${escapeMarkdown(item)}`).join('\n')}`);
        }
    };
    list('Goals', persona.goals);
    list('Needs', persona.needs);
    list('Frustrations', persona.frustrations);
    if (persona.quotes[0]) {
        parts.push(`> “${escapeMarkdown(persona.quotes[0])}”`);
    }
    return parts.join('\n\n');
}

function channelHover(channel: Channel): string {
    const icon = channel.icon ? `\n\nIcon: ${markdownCode(channel.icon)}` : '';
    return `**Channel** ${escapeMarkdown(channel.title)} (${markdownCode(channel.name)})${icon}`;
}

function findTouchpoint(journey: Journey, name: string): Touchpoint | undefined {
    for (const stage of journey.stages) {
        const found = stage.touchpoints.find(touchpoint => touchpoint.name === name);
        if (found) return found;
    }
    return undefined;
}

function futureTouchpointHover(touchpoint: Touchpoint, journey: Journey): string {
    const current = journey.improves?.ref;
    const head = `**Touchpoint** ${escapeMarkdown(touchpoint.title)} (${markdownCode(touchpoint.name)})`;
    if (!current) {
        return `${head}\n\nImproves ${markdownCode(journey.improves?.$refText ?? '')}, which is not found.`;
    }
    const before = findTouchpoint(current, touchpoint.name);
    if (!before) {
        return `${head}\n\nNew in this future map: no touchpoint ${markdownCode(touchpoint.name)} in current map ${markdownCode(current.name)}.`;
    }
    const stage = AstUtils.getContainerOfType(before, isStage);
    const lines = [`**Current state** (${markdownCode(current.name)})`];
    if (stage) {
        const ownStage = AstUtils.getContainerOfType(touchpoint, isStage);
        const moved = ownStage && ownStage.name !== stage.name ? ' (moved)' : '';
        lines.push(`- Stage: ${escapeMarkdown(stage.title)} (${markdownCode(stage.name)})${moved}`);
    }
    if (before.title !== touchpoint.title) {
        lines.push(`- Name: ${escapeMarkdown(before.title)}`);
    }
    if (before.actions[0]) {
        lines.push(`- Action: ${escapeMarkdown(before.actions[0])}`);
    }
    const personasOf = (map: Journey) => map.personas.filter(p => p.ref).map(p => p.$refText);
    const then = touchpointEmotions(before, personasOf(current));
    const now = touchpointEmotions(touchpoint, personasOf(journey));
    const describe = (value: number) => Number.isInteger(value) ? describeEmotion(value) : `${signed(value)} (the mean of its personas)`;
    lines.push(`- Emotion: ${then.emotion === undefined ? 'none' : describe(then.emotion)}`);
    const parts = [head, lines.join('\n')];
    if (then.emotion !== undefined && now.emotion !== undefined) {
        parts.push(`**Emotion delta:** ${signed(now.emotion - then.emotion)} (${signed(then.emotion)} → ${signed(now.emotion)})`);
    }
    // Per persona, when the touchpoint involves more than one and they feel differently.
    const personas = Object.keys(now.perPersona ?? {}).filter(p => then.perPersona?.[p] !== undefined);
    const differ = personas.some(p => now.perPersona![p] !== now.emotion || then.perPersona![p] !== then.emotion);
    if (personas.length > 1 && differ) {
        parts.push(personas.map(p => `- ${markdownCode(p)}: ${signed(then.perPersona![p])} → ${signed(now.perPersona![p])} (${signed(now.perPersona![p] - then.perPersona![p])})`).join('\n'));
    }
    return parts.join('\n\n');
}
