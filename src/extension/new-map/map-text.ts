import { makeId, reservedWords } from '../../interchange/mermaid-import.js';
import { asciiName, stringEscape, type StageTemplate } from '../../language/lsp/stage-templates.js';
import type { JourneyModel, PainModel, TouchpointModel } from '../../model/map-model.js';
import { plainText } from '../../model/plain-text.js';

/**
 * The text of the maps the editor writes for people: a first map from a set of phases, and a
 * future map that starts as a copy of a current one. Plain functions of their input (no VS Code),
 * so the tests check that what they write is a valid map.
 */

export interface NewPersona {
    id: string;
    /** Given when the persona is new: it is declared in the map's file. */
    name?: string;
}

export interface NewMapRequest {
    template: StageTemplate;
    title: string;
    persona: NewPersona;
    /** Names of journeys (and personas) the workspace already has: the new ones differ from them. */
    taken: ReadonlySet<string>;
}

export interface WrittenMap {
    journeyId: string;
    text: string;
}

/** A current-state map with every phase of the template, each with one touchpoint to fill in. */
export function newMapText(request: NewMapRequest): WrittenMap {
    const journeyId = uniqueName(request.title, 'journey_map', request.taken);
    const dutch = request.template.language === 'nl';
    const lines: string[] = [];
    if (request.persona.name !== undefined) lines.push(`persona ${request.persona.id} ${quote(request.persona.name)}`, '');
    lines.push(`journey ${journeyId} ${quote(request.title)} {`);
    if (dutch) lines.push('    language nl');
    lines.push(`    persona ${request.persona.id}`, '    state current');
    const stageNames = new Set<string>();
    for (const display of request.template.stages) {
        const stage = uniqueName(display, 'stage', stageNames);
        stageNames.add(stage);
        lines.push(
            '',
            `    stage ${stage} ${quote(display)} {`,
            `        touchpoint ${stage}_1 ${quote(dutch ? 'Contactmoment' : 'Touchpoint')} {`,
            `            action ${quote(dutch ? 'Wat doet de klant hier?' : 'What does the customer do here?')}`,
            '            emotion 0',
            '        }',
            '    }',
        );
    }
    lines.push('}', '');
    return { journeyId, text: lines.join('\n') };
}

/** A persona's name for a display name, different from the names already taken. */
export function personaName(display: string, taken: ReadonlySet<string>): string {
    return uniqueName(display, 'persona', taken);
}

/**
 * A future-state map that `improves` `current`, starting as its copy: the same stages and
 * touchpoints (channel, what the customer does, thinks and feels, pains, the blueprint lanes), so the comparison shows each change the team then makes.
 */
export function futureMapText(current: JourneyModel, taken: ReadonlySet<string>): WrittenMap {
    const dutch = current.language === 'nl';
    const journeyId = uniqueName(`${current.id}_${dutch ? 'straks' : 'future'}`, 'future_map', taken);
    const title = `${current.title} — ${dutch ? 'straks' : 'future'}`;
    const lines = [`journey ${journeyId} ${quote(title)} improves ${current.id} {`];
    if (current.type !== 'customer-journey') lines.push(`    type ${current.type}`);
    if (current.language !== 'en') lines.push(`    language ${current.language}`);
    if (current.personas.length > 0) lines.push(`    persona ${current.personas.map(p => p.id).join(', ')}`);
    if (current.owner) lines.push(`    owner ${quote(current.owner)}`);
    for (const stage of current.stages) {
        lines.push('', `    stage ${stage.id} ${quote(stage.name)} {`);
        if (stage.time) lines.push(`        time ${quote(stage.time)}`);
        for (const pain of stage.pains) lines.push(`        ${painLine(pain)}`);
        for (const touchpoint of stage.touchpoints) lines.push(...touchpointLines(touchpoint));
        lines.push('    }');
    }
    lines.push('}', '');
    return { journeyId, text: lines.join('\n') };
}

function touchpointLines(touchpoint: TouchpointModel): string[] {
    const inner: string[] = [];
    if (touchpoint.personas) inner.push(`persona ${touchpoint.personas.join(', ')}`);
    if (touchpoint.channel) inner.push(`channel ${touchpoint.channel.id}`);
    if (touchpoint.time) inner.push(`time ${quote(touchpoint.time)}`);
    if (touchpoint.action) inner.push(`action ${quote(touchpoint.action)}`);
    if (touchpoint.thought) inner.push(`thought ${quote(touchpoint.thought)}`);
    // Only a whole number is an emotion line; a touchpoint whose emotion is a mean of personas' lines gets none.
    if (touchpoint.emotion !== undefined && Number.isInteger(touchpoint.emotion)) {
        inner.push(`emotion ${touchpoint.emotion}${touchpoint.emotionLabel ? ` ${quote(touchpoint.emotionLabel)}` : ''}`);
    }
    for (const pain of touchpoint.pains) inner.push(painLine(pain));
    for (const [keyword, values] of [['prop', touchpoint.props], ['frontstage', touchpoint.frontstage], ['backstage', touchpoint.backstage], ['support', touchpoint.support]] as const) {
        for (const value of values) inner.push(`${keyword} ${quote(value)}`);
    }
    return [
        `        touchpoint ${touchpoint.id} ${quote(touchpoint.name)} {`,
        ...inner.map(line => `            ${line}`),
        '        }',
    ];
}

function painLine(pain: PainModel): string {
    return `pain ${pain.id ? `${pain.id} ` : ''}${quote(pain.text)}${pain.severity ? ` severity ${pain.severity}` : ''}`;
}

/** A name of the language for display text, not a keyword and not taken. */
function uniqueName(display: string, fallback: string, taken: ReadonlySet<string>): string {
    const base = makeId(display) || asciiName(display).replace(/^_+$/, '') || fallback;
    let name = reservedWords.has(base) ? `${base}_1` : base;
    for (let n = 2; taken.has(name) || reservedWords.has(name); n++) name = `${base}_${n}`;
    return name;
}

function quote(text: string): string {
    return `"${stringEscape(plainText(text))}"`;
}
