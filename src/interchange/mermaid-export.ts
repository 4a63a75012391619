import type { JourneyModel, TouchpointModel } from '../model/map-model.js';
import { plainText } from '../model/plain-text.js';

/**
 * What a title, section or task is called when it has neither text nor a name: an element the
 * parser recovered from an unfinished line (`touchpoint "Pays"`). Mermaid needs some text there.
 */
const unnamed = '(unnamed)';

/**
 * `journey export --format mermaid`: a Mermaid `journey` diagram per map. Stages become
 * sections, touchpoints tasks, emotion -2..+2 the score 1..5 and personas the actors.
 *
 * Mermaid's lexer (user-journey/parser/journey.jison) has no quoting or escapes, so display
 * text is made safe by swapping the characters it treats as syntax for look-alikes, which keeps
 * the diagram readable instead of dropping text:
 * - `:` becomes `∶` (U+2236 RATIO): a colon ends a task name and separates score from actors;
 * - `#` becomes `＃` (U+FF03): it starts a comment to the end of the line;
 * - `;` becomes `,`: the lexer rejects it outright;
 * - `%%` becomes `%`: it starts a comment;
 * - in actor names `,` becomes `‚` (U+201A): commas separate actors;
 * - line breaks become spaces: every statement is one line;
 * - control characters are dropped (see `plainText`): a NUL makes the file binary to other tools.
 * A task name that starts like a statement (`journey`, `title `, `section `, `accDescr {`) or with
 * `%` (which starts a comment there) gets an invisible zero-width space in front, because the
 * lexer tries those rules before task names.
 */
export function toMermaid(journey: JourneyModel): string {
    const lines = ['journey', `    title ${lineText(journey.title) || journey.id || unnamed}`];
    if (journey.scenario !== undefined && lineText(journey.scenario) !== '') {
        // The scenario describes the map, which is what Mermaid's accessible description is for.
        lines.push(`    accDescr: ${lineText(journey.scenario)}`);
    }
    const everyone = journey.personas.map(persona => persona.name);
    for (const stage of journey.stages) {
        lines.push(`    section ${lineText(stage.name) || stage.id || unnamed}`);
        for (const touchpoint of stage.touchpoints) {
            lines.push(`      ${taskLine(touchpoint, journey, everyone)}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

/**
 * Several maps one after another, separated by a blank line. A Mermaid file or code block holds
 * one diagram, so each must be copied into its own block; `--journey ID` exports just one.
 */
export function toMermaidDocument(journeys: JourneyModel[]): string {
    return journeys.map(toMermaid).join('\n');
}

function taskLine(touchpoint: TouchpointModel, journey: JourneyModel, everyone: string[]): string {
    const name = guardStatementStart(lineText(touchpoint.name) || touchpoint.id || unnamed);
    const actors = (touchpoint.personas === undefined ? everyone : touchpoint.personas.map(id => personaName(journey, id)))
        .map(actorText)
        .filter(actor => actor !== '');
    const data = actors.length > 0 ? `${score(touchpoint.emotion)}: ${actors.join(', ')}` : `${score(touchpoint.emotion)}`;
    return `${name}: ${data}`;
}

/** A touchpoint without an emotion is drawn neutral (3): Mermaid requires a score on every task. */
function score(emotion: number | undefined): number {
    if (emotion === undefined || !Number.isFinite(emotion)) {
        return 3;
    }
    // Invalid emotions still reach the model (with an error reported), so keep the score legal.
    return Math.min(5, Math.max(1, Math.round(emotion) + 3));
}

function personaName(journey: JourneyModel, id: string): string {
    return journey.personas.find(persona => persona.id === id)?.name ?? id;
}

/** Text for a title, section or task name: one line, none of the lexer's syntax characters. */
export function lineText(text: string): string {
    return plainText(text)
        .replace(/[\r\n\u2028\u2029]+/g, ' ')
        .replace(/:/g, '\u2236')
        .replace(/#/g, '\uFF03')
        .replace(/;/g, ',')
        .replace(/%{2,}/g, '%')
        .replace(/\s+/g, ' ')
        // Zero-width spaces at the ends too: the importer drops them (they guard statement words),
        // so a name of only those would come back empty.
        .replace(/^[\s\u200B]+|[\s\u200B]+$/g, '');
}

function actorText(text: string): string {
    return lineText(text).replace(/,/g, '\u201A');
}

function guardStatementStart(name: string): string {
    return /^(journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{]|%)/i.test(name) ? `\u200B${name}` : name;
}
