/**
 * `journey import`: a Mermaid `journey` diagram becomes a `.journey` file. The reading follows
 * Mermaid's own lexer (user-journey/parser/journey.jison) and preprocessing, so that what
 * Mermaid draws is what gets imported; where Mermaid would refuse a line, the import is lenient
 * and says so in a warning, unless no sensible reading exists (a task without a score).
 */
import { plainText } from '../model/plain-text.js';
import { mermaidImportEn, type MermaidImportMessages } from './mermaid-import-messages.js';

export interface ImportMessage {
    /** One-based line in the Mermaid source. */
    line: number;
    message: string;
}

export interface MermaidImportResult {
    /** The `.journey` file; empty when the source is not a journey diagram at all. */
    text: string;
    warnings: ImportMessage[];
    errors: ImportMessage[];
}

/** `messages`: the language of the warnings, the errors and the comment it writes (English by default). */
export function importMermaid(source: string, options: { fileName?: string; messages?: MermaidImportMessages } = {}): MermaidImportResult {
    const say = options.messages ?? mermaidImportEn;
    const messages: Messages = { warnings: [], errors: [], say };
    const diagram = readDiagram(source, messages);
    const text = diagram === undefined ? '' : writeJourney(diagram, options.fileName, say);
    return { text, warnings: messages.warnings, errors: messages.errors };
}

// ---------------------------------------------------------------------------------------------
// Reading Mermaid

interface Messages { warnings: ImportMessage[]; errors: ImportMessage[]; say: MermaidImportMessages }

interface Task { name: string; score?: number; actors: string[] }

interface Section {
    /** Absent for the tasks before the first `section`. */
    name?: string;
    tasks: Task[];
}

interface Diagram {
    title?: string;
    frontMatterTitle?: string;
    accTitle?: string;
    accDescr?: string;
    sections: Section[];
}

function readDiagram(source: string, messages: Messages): Diagram | undefined {
    const diagram: Diagram = { sections: [] };
    // Front matter and directives are blanked rather than cut, so that line numbers stay true.
    let text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    text = readFrontMatter(text, diagram, messages);
    text = text.replace(/%%\{[\s\S]*?\}%%/g, directive => directive.replace(/[^\n]/g, ''));
    const lines = text.split('\n');

    let headerLine = 0;
    let block: { line: number; parts: string[] } | undefined;
    for (let index = 0; index < lines.length; index++) {
        const line = index + 1;
        let rest = lines[index];
        if (block !== undefined) {
            const end = rest.indexOf('}');
            block.parts.push(end < 0 ? rest : rest.slice(0, end));
            if (end < 0) {
                continue;
            }
            diagram.accDescr = joinDescription(block.parts);
            block = undefined;
            rest = rest.slice(end + 1);
        }
        const trimmed = rest.trim();
        if (trimmed === '' || trimmed.startsWith('%%') || trimmed.startsWith('#')) {
            continue;
        }
        if (headerLine === 0) {
            const header = /^journey(?=\s|$)/i.exec(trimmed);
            if (header === null) {
                messages.errors.push({ line, message: messages.say.notJourney(shorten(trimmed)) });
                return undefined;
            }
            headerLine = line;
            const after = trimmed.slice(header[0].length).trim();
            if (after !== '') {
                block = readStatement(after, line, diagram, messages);
            }
            continue;
        }
        block = readStatement(trimmed, line, diagram, messages);
    }
    if (block !== undefined) {
        messages.warnings.push({ line: block.line, message: messages.say.accDescrNotClosed() });
        diagram.accDescr = joinDescription(block.parts);
    }
    if (headerLine === 0) {
        messages.errors.push({ line: 1, message: messages.say.noDiagram() });
        return undefined;
    }
    if (diagram.sections.every(section => section.tasks.length === 0)) {
        messages.warnings.push({ line: headerLine, message: messages.say.noTasks() });
    }
    return diagram;
}

/** Mermaid front matter is YAML; of it only the top-level `title` means something to a map. */
function readFrontMatter(text: string, diagram: Diagram, messages: Messages): string {
    const lines = text.split('\n');
    const open = lines.findIndex(line => line.trim() !== '');
    if (open < 0 || lines[open].trim() !== '---') {
        return text;
    }
    const close = lines.findIndex((line, index) => index > open && line.trim() === '---');
    if (close < 0) {
        messages.errors.push({ line: open + 1, message: messages.say.frontMatterNotClosed() });
        return lines.map((line, index) => (index >= open ? '' : line)).join('\n');
    }
    for (const line of lines.slice(open + 1, close)) {
        const title = /^title\s*:(.*)$/.exec(line);
        if (title !== null) {
            diagram.frontMatterTitle = plainText(yamlScalar(title[1]));
        }
    }
    return lines.map((line, index) => (index >= open && index <= close ? '' : line)).join('\n');
}

function yamlScalar(raw: string): string {
    const value = raw.trim();
    if (value.startsWith('"') && value.lastIndexOf('"') > 0) {
        const quoted = value.slice(0, value.lastIndexOf('"') + 1);
        try {
            return JSON.parse(quoted) as string;
        } catch {
            return quoted.slice(1, -1);
        }
    }
    if (value.startsWith("'") && value.lastIndexOf("'") > 0) {
        return value.slice(1, value.lastIndexOf("'")).replace(/''/g, "'");
    }
    return value.replace(/\s+#.*$/, '');
}

/** Reads one statement; returns the open `accDescr {` block when the statement starts one. */
function readStatement(text: string, line: number, diagram: Diagram, messages: Messages): { line: number; parts: string[] } | undefined {
    // Mermaid replaces entity codes such as `#35;` before lexing, so their `#` is no comment.
    const statement = protectEntities(text);
    const accTitle = /^accTitle\s*:\s*/i.exec(statement);
    if (accTitle !== null) {
        diagram.accTitle = displayText(statement.slice(accTitle[0].length));
        return undefined;
    }
    const accDescr = /^accDescr\s*:\s*/i.exec(statement);
    if (accDescr !== null) {
        diagram.accDescr = displayText(statement.slice(accDescr[0].length));
        return undefined;
    }
    const accBlock = /^accDescr\s*\{/i.exec(statement);
    if (accBlock !== null) {
        const body = statement.slice(accBlock[0].length);
        const end = body.indexOf('}');
        if (end < 0) {
            return { line, parts: [body] };
        }
        diagram.accDescr = joinDescription([body.slice(0, end)]);
        const after = body.slice(end + 1).trim();
        return after === '' ? undefined : readStatement(after, line, diagram, messages);
    }

    const code = withoutComment(statement);
    if (code.includes(';')) {
        messages.warnings.push({ line, message: messages.say.semicolon() });
    }
    if (/^journey\s*$/i.test(code)) {
        messages.warnings.push({ line, message: messages.say.secondJourney() });
        return undefined;
    }
    const title = /^title\s/i.exec(code);
    if (title !== null) {
        diagram.title = displayText(code.slice(title[0].length));
        return undefined;
    }
    const section = /^section(\s|$)/i.exec(code);
    if (section !== null) {
        const name = displayText(code.slice(section[0].length));
        if (name === '') {
            messages.warnings.push({ line, message: messages.say.unnamedSection() });
        }
        diagram.sections.push({ name: name === '' ? messages.say.sectionName(diagram.sections.filter(s => s.name !== undefined).length + 1) : name, tasks: [] });
        return undefined;
    }
    readTask(code, line, diagram, messages);
    return undefined;
}

/** `Task name: score: actor, actor`, as Mermaid's `addTask` splits it; spaces are optional. */
function readTask(code: string, line: number, diagram: Diagram, messages: Messages): void {
    const colon = code.indexOf(':');
    if (colon < 0) {
        messages.errors.push({ line, message: messages.say.notATask(shorten(displayText(code))) });
        return;
    }
    const name = displayText(code.slice(0, colon));
    if (name === '') {
        messages.errors.push({ line, message: messages.say.taskWithoutName() });
        return;
    }
    const pieces = code.slice(colon + 1).split(':');
    if (pieces.length > 2) {
        messages.warnings.push({ line, message: messages.say.textAfterActors(shorten(pieces.slice(2).join(':'))) });
    }
    const actors = unique((pieces[1] ?? '').split(',').map(displayText).filter(actor => actor !== ''));
    const task: Task = { name, actors, score: readScore(displayText(pieces[0]), name, line, messages) };
    if (diagram.sections.length === 0) {
        diagram.sections.push({ tasks: [] });
    }
    diagram.sections[diagram.sections.length - 1].tasks.push(task);
}

function readScore(text: string, task: string, line: number, messages: Messages): number | undefined {
    if (text === '') {
        messages.errors.push({ line, message: messages.say.noScore(shorten(task)) });
        return undefined;
    }
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) {
        messages.errors.push({ line, message: messages.say.scoreNotNumber(shorten(text)) });
        return undefined;
    }
    const value = Number(text);
    let score = Math.round(value);
    if (score !== value) {
        messages.warnings.push({ line, message: messages.say.scoreRounded(text, score) });
    }
    const clamped = Math.min(5, Math.max(1, score));
    if (clamped !== score) {
        messages.warnings.push({ line, message: messages.say.scoreClamped(text, clamped) });
        score = clamped;
    }
    return score;
}

/** `#` starts a comment outside the accessibility values, as in Mermaid's lexer. */
function withoutComment(statement: string): string {
    const hash = statement.indexOf('#');
    return (hash < 0 ? statement : statement.slice(0, hash)).trim();
}

function joinDescription(parts: string[]): string {
    // A scenario is one paragraph; the block's line breaks are only layout.
    return parts.map(part => displayText(protectEntities(part))).filter(part => part !== '').join(' ');
}

const entityStart = '\uE000';
const entityEnd = '\uE001';
const namedEntities = new Map<string, string>([
    ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00A0'],
    ['colon', ':'], ['semi', ';'], ['num', '#'], ['comma', ','],
]);

function protectEntities(text: string): string {
    return text.replace(/#(\w+);/g, (_match, name: string) => `${entityStart}${name}${entityEnd}`);
}

/** Trimmed display text with entity codes turned into the characters Mermaid would draw. */
function displayText(text: string): string {
    const decoded = text.replace(new RegExp(`${entityStart}(\\w+)${entityEnd}`, 'g'), (_match, name: string) => {
        if (/^\d+$/.test(name)) {
            const code = Number(name);
            return code > 0 && code <= 0x10FFFF ? String.fromCodePoint(code) : `#${name};`;
        }
        return namedEntities.get(name) ?? `#${name};`;
    });
    // Without control characters (`#8;`) here already, so that a name of only those counts as empty.
    return plainText(decoded).replace(/^[\s\u200B]+|\s+$/g, '');
}

function unique(values: string[]): string[] {
    return [...new Set(values)];
}

/** Source text quoted in a message: short, and without control characters (a colour code would colour the terminal). */
function shorten(source: string): string {
    const text = plainText(source);
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

// ---------------------------------------------------------------------------------------------
// Writing the .journey file

function writeJourney(diagram: Diagram, fileName: string | undefined, say: MermaidImportMessages): string {
    const baseName = fileName === undefined ? undefined : fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
    const title = firstNonEmpty(diagram.title, diagram.frontMatterTitle, diagram.accTitle, baseName) ?? say.untitled();
    const journeyId = new UniqueNames('imported_journey').make(firstNonEmpty(makeId(title), baseName === undefined ? undefined : makeId(baseName)) ?? '');

    const personaIds = new Map<string, string>();
    const personaNames = new UniqueNames('persona');
    for (const actor of diagram.sections.flatMap(section => section.tasks.flatMap(task => task.actors))) {
        if (!personaIds.has(actor)) {
            personaIds.set(actor, personaNames.make(actor));
        }
    }

    const out: string[] = [say.importedFrom(fileName === undefined ? undefined : oneLine(fileName))];
    if (diagram.accTitle !== undefined && diagram.accTitle !== title) {
        out.push(say.accessibleTitle(oneLine(diagram.accTitle)));
    }
    out.push('');
    for (const [actor, id] of personaIds) {
        out.push(`persona ${id} ${quote(actor)}`);
    }
    if (personaIds.size > 0) {
        out.push('');
    }
    out.push(`journey ${journeyId} ${quote(title)} {`);
    if (personaIds.size > 0) {
        out.push(`    persona ${[...personaIds.values()].join(', ')}`);
    }
    if (diagram.accDescr !== undefined && diagram.accDescr !== '') {
        // Mermaid's accessible description says what the diagram is about: the map's scenario.
        out.push(`    scenario ${quote(diagram.accDescr)}`);
    }
    const stageNames = new UniqueNames('stage');
    const touchpointNames = new UniqueNames('touchpoint');
    for (const section of diagram.sections) {
        if (section.name === undefined && section.tasks.length === 0) {
            continue;
        }
        const name = section.name ?? title;
        out.push('', `    stage ${stageNames.make(name)} ${quote(name)} {`);
        for (const task of section.tasks) {
            out.push(`        touchpoint ${touchpointNames.make(task.name)} ${quote(task.name)} {`);
            // A task without actors gets no persona line, which reads as "all the journey's personas".
            if (task.actors.length > 0) {
                out.push(`            persona ${task.actors.map(actor => personaIds.get(actor)).join(', ')}`);
            }
            if (task.score !== undefined) {
                out.push(`            emotion ${task.score - 3}`);
            }
            out.push('        }');
        }
        out.push('    }');
    }
    out.push('}', '');
    return out.join('\n');
}

/**
 * Keywords of the language that cannot be a name (journey.langium's `Name` rule admits the other
 * keywords, such as `web` or `high`): `persona persona "{"` does not parse.
 */
export const reservedWords: ReadonlySet<string> = new Set([
    'persona', 'description', 'goal', 'need', 'frustration', 'quote', 'channel', 'journey', 'improves', 'state',
    'scenario', 'owner', 'reviewed', 'stage', 'touchpoint', 'action', 'thought', 'backstage', 'support', 'evidence',
    'emotion', 'metric', 'pain', 'opportunity', 'due', 'addresses', 'status',
]);

/** Hands out IDs made from display text, each once per kind and never a reserved word. */
class UniqueNames {
    private readonly used = new Set<string>();

    constructor(private readonly fallback: string) {}

    make(text: string): string {
        const base = makeId(text) || this.fallback;
        let id = base;
        // A reserved word gets a number from the start: `touchpoint_1`, `touchpoint_2`.
        for (let n = reservedWords.has(base) ? 1 : 2; this.used.has(id) || reservedWords.has(id); n++) {
            id = `${base}_${n}`;
        }
        this.used.add(id);
        return id;
    }
}

// Letters that NFD does not split into a base letter and a diacritic.
const transliterations: Record<string, string> = {
    ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};

/** A name (`[_a-zA-Z][_a-zA-Z0-9]*`) from display text: ASCII, lower case, `_` between words. */
export function makeId(text: string): string {
    const ascii = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
        .replace(/[ßæøœłđðþı]/g, letter => transliterations[letter] ?? '_');
    const id = ascii.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    return /^[0-9]/.test(id) ? `_${id}` : id;
}

/**
 * A string of the language. Control characters (a Mermaid entity `#8;`, a `\u0000` in the front
 * matter) are dropped: the language would take most of them, but they mean nothing in a map, the
 * exports drop them too, and a NUL makes the CLI refuse the file as binary.
 */
function quote(text: string): string {
    return `"${plainText(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n?|\n/g, '\\n')}"`;
}

function oneLine(text: string): string {
    return plainText(text).replace(/[\r\n\u2028\u2029]+/g, ' ');
}

function firstNonEmpty(...values: Array<string | undefined>): string | undefined {
    return values.find(value => value !== undefined && value.trim() !== '');
}
