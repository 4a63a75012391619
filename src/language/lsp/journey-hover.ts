import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isChannel, isEmotion, isJourney, isPersona, isStage, isTouchpoint,
    type Channel, type Emotion, type Journey, type Persona, type Touchpoint,
} from '../generated/ast.js';
import { emotionMeaning, emotionScale, emotionSource, signed } from '../../model/emotion.js';
import { effectiveState } from '../journey-semantics.js';
import { escapeMarkdown, markdownCode } from './markdown.js';

/**
 * Hover texts a map writer can use: who a persona is, what a channel is, what an emotion value
 * means, and, in a future-state map, what a touchpoint looked like in the current map it improves.
 * Anything else falls back to Langium's documentation hover (a `/** ... *\/` comment above it).
 */
export class JourneyHoverProvider extends MultilineCommentHoverProvider {
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (root) {
            const offset = document.textDocument.offsetAt(params.position);
            const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
            if (leaf && !leaf.hidden && isEmotion(leaf.astNode) && leaf.offset <= offset && offset <= leaf.end) {
                const labelNode = GrammarUtils.findNodeForProperty(leaf.astNode.$cstNode, 'label');
                if (leaf !== labelNode) {
                    return markdown(emotionHover(leaf.astNode));
                }
            }
        }
        return super.getHoverContent(document, params);
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
    return `**Emotion** ${describeEmotion(emotion.value)}${label}\n\nScale: ${scaleText}`;
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
    const thenEmotion = before.emotions[0]?.value;
    const nowEmotion = touchpoint.emotions[0]?.value;
    lines.push(`- Emotion: ${thenEmotion === undefined ? 'none' : describeEmotion(thenEmotion)}`);
    const parts = [head, lines.join('\n')];
    if (thenEmotion !== undefined && nowEmotion !== undefined) {
        parts.push(`**Emotion delta:** ${signed(nowEmotion - thenEmotion)} (${signed(thenEmotion)} → ${signed(nowEmotion)})`);
    }
    return parts.join('\n\n');
}
