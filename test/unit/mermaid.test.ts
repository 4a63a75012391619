import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFiles, mermaidWorkingDay } from './helpers.js';
import { toMermaid, toMermaidDocument } from '../../src/interchange/mermaid-export.js';
import { importMermaid, makeId } from '../../src/interchange/mermaid-import.js';
import type { JourneyModel, PersonaModel, StageModel, TouchpointModel } from '../../src/model/map-model.js';
import { forbiddenCharacter } from '../support/xml.js';

// ---------------------------------------------------------------------------------------------
// Test helpers: a reader of the import's own output (the full parser round trip lives elsewhere)
// and a copy of Mermaid's journey lexer and grammar, to prove that exported text parses.

interface ReadTouchpoint { id: string; name: string; personas?: string[]; emotion?: number }
interface ReadStage { id: string; name: string; touchpoints: ReadTouchpoint[] }
interface ReadFile {
    personas: Array<{ id: string; name: string }>;
    journey: { id: string; title: string; personas: string[]; scenario?: string; stages: ReadStage[] };
}

const str = '"((?:\\\\.|[^"\\\\])*)"';
const id = '([_a-zA-Z][_a-zA-Z0-9]*)';

function unescape(text: string): string {
    return text.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c));
}

/** Reads the subset of the language the import writes, failing on any line it does not expect. */
function readJourneyFile(text: string): ReadFile {
    const file: ReadFile = { personas: [], journey: { id: '', title: '', personas: [], stages: [] } };
    let stage: ReadStage | undefined;
    let touchpoint: ReadTouchpoint | undefined;
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        let m: RegExpExecArray | null;
        if (line === '' || line.startsWith('//')) {
            continue;
        } else if ((m = new RegExp(`^persona ${id} ${str}$`).exec(line)) && raw === line) {
            file.personas.push({ id: m[1], name: unescape(m[2]) });
        } else if ((m = new RegExp(`^journey ${id} ${str} \\{$`).exec(line))) {
            file.journey.id = m[1];
            file.journey.title = unescape(m[2]);
        } else if ((m = new RegExp(`^stage ${id} ${str} \\{$`).exec(line))) {
            stage = { id: m[1], name: unescape(m[2]), touchpoints: [] };
            file.journey.stages.push(stage);
        } else if ((m = new RegExp(`^touchpoint ${id} ${str} \\{$`).exec(line))) {
            touchpoint = { id: m[1], name: unescape(m[2]) };
            stage!.touchpoints.push(touchpoint);
        } else if ((m = new RegExp(`^persona ${id}(?:, ${id})*$`).exec(line))) {
            const ids = line.slice('persona '.length).split(', ');
            if (touchpoint !== undefined) touchpoint.personas = ids; else file.journey.personas = ids;
        } else if ((m = /^emotion (-?\d)$/.exec(line)) && touchpoint !== undefined) {
            touchpoint.emotion = Number(m[1]);
        } else if ((m = new RegExp(`^scenario ${str}$`).exec(line))) {
            file.journey.scenario = unescape(m[1]);
        } else if (line === '}') {
            if (touchpoint !== undefined) touchpoint = undefined; else stage = undefined;
        } else {
            assert.fail(`unexpected line in imported file: ${raw}`);
        }
    }
    return file;
}

interface MermaidTask { task: string; score: number; people: string[]; section: string }

/**
 * Mermaid's journey.jison: the lexer rules in their order (first match wins, case-insensitive),
 * the grammar's statements, and journeyDb.addTask's splitting of task data.
 */
function parseLikeMermaid(text: string): { title?: string; accDescr?: string; sections: string[]; tasks: MermaidTask[] } {
    const rules: Array<[RegExp, string | undefined]> = [
        [/%(?!\{)[^\n]*/iy, undefined],
        [/[^}]%%[^\n]*/iy, undefined],
        [/\n+/iy, 'NEWLINE'],
        [/\s+/iy, undefined],
        [/#[^\n]*/iy, undefined],
        [/journey/iy, 'journey'],
        [/title\s[^#\n;]+/iy, 'title'],
        [/accTitle\s*:\s*[^\n]*/iy, 'acc_title'],
        [/accDescr\s*:\s*[^\n]*/iy, 'acc_descr'],
        [/section\s[^#:\n;]+/iy, 'section'],
        [/[^#:\n;]+/iy, 'taskName'],
        [/:[^#\n;]+/iy, 'taskData'],
        [/:/iy, ':'],
        [/./iy, 'INVALID'],
    ];
    const tokens: Array<{ type: string; text: string }> = [];
    for (let at = 0; at < text.length;) {
        for (const [rule, type] of rules) {
            rule.lastIndex = at;
            const m = rule.exec(text);
            if (m !== null && m[0].length > 0) {
                if (type !== undefined) tokens.push({ type, text: m[0] });
                at += m[0].length;
                break;
            }
        }
    }
    assert.equal(tokens[0]?.type, 'journey', 'a diagram starts with journey');
    const result: { title?: string; accDescr?: string; sections: string[]; tasks: MermaidTask[] } = { sections: [], tasks: [] };
    let section = '';
    for (let i = 1; i < tokens.length; i++) {
        const token = tokens[i];
        switch (token.type) {
            case 'NEWLINE': break;
            case 'title': result.title = token.text.slice(6); break;
            case 'acc_descr': result.accDescr = token.text.replace(/^accDescr\s*:\s*/i, '').trim(); break;
            case 'acc_title': break;
            case 'section': section = token.text.slice(8); result.sections.push(section); break;
            case 'taskName': {
                const data = tokens[++i];
                assert.equal(data?.type, 'taskData', `task '${token.text}' must be followed by its data`);
                const pieces = data.text.slice(1).split(':');
                result.tasks.push({
                    task: token.text.trim(), score: Number(pieces[0]), section,
                    people: pieces.length === 1 ? [] : pieces[1].split(',').map(s => s.trim()),
                });
                break;
            }
            default: assert.fail(`Mermaid would reject token ${token.type} '${token.text}'`);
        }
    }
    return result;
}

interface MermaidJourneyParser { parser: { yy: unknown; parse(text: string): unknown } }

/**
 * Mermaid's own journey parser (the jison parser in the installed `mermaid` package), with a
 * recording stand-in for its database; undefined when the package layout is not the expected one.
 */
async function mermaidsOwnParser(): Promise<((text: string) => { sections: string[]; tasks: string[] }) | undefined> {
    const chunks = fileURLToPath(new URL('../../../node_modules/mermaid/dist/chunks/mermaid.esm/', import.meta.url));
    const file = existsSync(chunks) ? readdirSync(chunks).find(name => /^journeyDiagram-\w+\.mjs$/.test(name)) : undefined;
    if (file === undefined) return undefined;
    const { diagram } = await import(join(chunks, file)) as { diagram: MermaidJourneyParser };
    return text => {
        const read = { sections: [] as string[], tasks: [] as string[] };
        const ignore = () => undefined;
        diagram.parser.yy = {
            setDiagramTitle: ignore, setAccTitle: ignore, setAccDescription: ignore, getAccTitle: ignore, clear: ignore,
            addSection: (name: string) => read.sections.push(name),
            addTask: (name: string) => read.tasks.push(name),
        };
        diagram.parser.parse(text);
        return read;
    };
}

const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function persona(id: string, name: string): PersonaModel {
    return { id, name, goals: [], needs: [], frustrations: [] };
}

function touchpoint(tpId: string, name: string, extra: Partial<TouchpointModel> = {}): TouchpointModel {
    return { id: tpId, name, pains: [], opportunities: [], props: [], frontstage: [], backstage: [], support: [], evidence: [], metrics: [], range: zero, uri: 'file:///t.journey', ...extra };
}

function stage(stageId: string, name: string, touchpoints: TouchpointModel[]): StageModel {
    return { id: stageId, name, metrics: [], pains: [], opportunities: [], touchpoints, range: zero, uri: 'file:///t.journey' };
}

function journey(extra: Partial<JourneyModel> & Pick<JourneyModel, 'stages'>): JourneyModel {
    return { id: 'j', title: 'Journey', state: 'current', type: 'customer-journey', language: 'en', personas: [], actions: [], range: zero, uri: 'file:///t.journey', ...extra };
}

/** Turns what the import wrote back into a model, to export it again. */
function modelOf(file: ReadFile): JourneyModel {
    return journey({
        id: file.journey.id, title: file.journey.title, scenario: file.journey.scenario,
        personas: file.journey.personas.map(pid => persona(pid, file.personas.find(p => p.id === pid)!.name)),
        stages: file.journey.stages.map(s => stage(s.id, s.name, s.touchpoints.map(t => touchpoint(t.id, t.name, {
            ...(t.personas === undefined ? {} : { personas: t.personas }),
            ...(t.emotion === undefined ? {} : { emotion: t.emotion }),
        })))),
    });
}

const workingDay = mermaidWorkingDay;

function imported(source: string, fileName?: string): ReadFile {
    const result = importMermaid(source, fileName === undefined ? {} : { fileName });
    assert.deepEqual(result.errors, []);
    return readJourneyFile(result.text);
}

// ---------------------------------------------------------------------------------------------

describe('Mermaid import', () => {
    it('imports the example from the Mermaid documentation', () => {
        const result = importMermaid(workingDay, { fileName: 'day.mmd' });
        assert.deepEqual(result.errors, []);
        assert.deepEqual(result.warnings, []);
        assert.equal(result.text, `// Imported from day.mmd (Mermaid journey diagram)

persona me "Me"
persona cat "Cat"

journey my_working_day "My working day" {
    persona me, cat

    stage go_to_work "Go to work" {
        touchpoint make_tea "Make tea" {
            persona me
            emotion 2
        }
        touchpoint go_upstairs "Go upstairs" {
            persona me
            emotion 0
        }
        touchpoint do_work "Do work" {
            persona me, cat
            emotion -2
        }
    }

    stage go_home "Go home" {
        touchpoint go_downstairs "Go downstairs" {
            persona me
            emotion 2
        }
        touchpoint sit_down "Sit down" {
            persona me
            emotion 2
        }
    }
}
`);
    });

    it('agrees with Mermaid\'s own reading of the documented example', () => {
        const mermaid = parseLikeMermaid(workingDay);
        const file = imported(workingDay);
        const tasks = file.journey.stages.flatMap(s => s.touchpoints.map(t => ({
            task: t.name, section: s.name, score: t.emotion! + 3,
            people: t.personas!.map(pid => file.personas.find(p => p.id === pid)!.name),
        })));
        assert.deepEqual(tasks, mermaid.tasks);
        assert.equal(file.journey.title, mermaid.title);
    });

    it('takes the title from front matter, unless a title statement overrides it', () => {
        const front = `---\ntitle: "Onboarding: week 1"\nconfig:\n  theme: forest\n---\njourney\n  section Start\n    Sign up: 4: Ann\n`;
        assert.equal(imported(front).journey.title, 'Onboarding: week 1');
        assert.equal(imported(front).journey.id, 'onboarding_week_1');
        assert.equal(imported(front.replace('journey\n', 'journey\n  title Real title\n')).journey.title, 'Real title');
        assert.equal(imported(`---\ntitle: 'It''s day one'\n---\njourney\nsection A\nT: 3\n`).journey.title, "It's day one");
    });

    it('skips comments, directives and blank lines, and keeps line numbers true', () => {
        const source = [
            '%%{init: {"theme": "dark",',
            '  "journey": {"diagramMarginX": 10}}}%%',
            '%% a comment before the header',
            'journey',
            '',
            '    %% a comment',
            '    title Day',
            '    # a hash comment',
            '    section Morning   # trailing comment',
            '      Coffee: 5: Me   # trailing comment',
            '      Bad: high: Me',
        ].join('\n');
        const result = importMermaid(source);
        assert.deepEqual(result.errors, [{ line: 11, message: "score 'high' is not a number 1..5" }]);
        const file = readJourneyFile(result.text);
        assert.equal(file.journey.stages[0].name, 'Morning');
        assert.deepEqual(file.journey.stages[0].touchpoints[0], { id: 'coffee', name: 'Coffee', personas: ['me'], emotion: 2 });
    });

    it('reads accTitle, single-line accDescr and multi-line accDescr', () => {
        const single = imported('journey\n  accTitle: Working day journey\n  accDescr: How a day at work feels\n  section A\n    T: 3: Me\n');
        assert.equal(single.journey.scenario, 'How a day at work feels');
        assert.equal(single.journey.title, 'Working day journey', 'accTitle is the title when there is no title');

        const source = 'journey\n  title Day\n  accTitle: Accessible: day\n  accDescr {\n    First line of the description\n    second line; with # signs\n  }\n  section A\n    T: 3: Me\n';
        const result = importMermaid(source);
        assert.deepEqual(result.errors, []);
        assert.deepEqual(result.warnings, []);
        assert.match(result.text, /^\/\/ Accessible title: Accessible: day$/m);
        const file = readJourneyFile(result.text);
        assert.equal(file.journey.scenario, 'First line of the description second line; with # signs');
        assert.equal(file.journey.title, 'Day');

        assert.equal(imported('journey\naccDescr { all on one line }\nsection A\nT: 1\n').journey.scenario, 'all on one line');
    });

    it('accepts tabs, any indentation, Task:5:Me without spaces and tasks without actors', () => {
        const file = imported('journey\n\ttitle Tabs\n\tsection One\n\t\tTask:5:Me\n  \t Lonely: 3\nTrailing comma: 2: Me, \n');
        const [tight, lonely, comma] = file.journey.stages[0].touchpoints;
        assert.deepEqual(tight, { id: 'task', name: 'Task', personas: ['me'], emotion: 2 });
        assert.deepEqual(lonely, { id: 'lonely', name: 'Lonely', emotion: 0 }, 'no actors: no persona line');
        assert.deepEqual(comma.personas, ['me']);
        assert.deepEqual(file.journey.personas, ['me']);
    });

    it('puts tasks before the first section into a stage named after the title', () => {
        const file = imported('journey\n  title Quick visit\n  Arrive: 4: Me\n  section Leave\n    Go: 3: Me\n');
        assert.deepEqual(file.journey.stages.map(s => [s.id, s.name, s.touchpoints.length]), [['quick_visit', 'Quick visit', 1], ['leave', 'Leave', 1]]);
    });

    it('clamps a score outside 1..5 with a warning that names its line', () => {
        const result = importMermaid('journey\nsection A\n  High: 7: Me\n  Low: 0: Me\n  Minus: -3\n');
        assert.deepEqual(result.errors, []);
        assert.deepEqual(result.warnings, [
            { line: 3, message: 'score 7 is outside 1..5; clamped to 5' },
            { line: 4, message: 'score 0 is outside 1..5; clamped to 1' },
            { line: 5, message: 'score -3 is outside 1..5; clamped to 1' },
        ]);
        assert.deepEqual(readJourneyFile(result.text).journey.stages[0].touchpoints.map(t => t.emotion), [2, -2, -2]);
    });

    it('rounds a decimal score with a warning', () => {
        const result = importMermaid('journey\nsection A\n  Half: 4.5: Me\n  Low: 1.2\n');
        assert.deepEqual(result.warnings, [
            { line: 3, message: 'score 4.5 is not a whole number; rounded to 5' },
            { line: 4, message: 'score 1.2 is not a whole number; rounded to 1' },
        ]);
        assert.deepEqual(readJourneyFile(result.text).journey.stages[0].touchpoints.map(t => t.emotion), [2, -2]);
    });

    it('reports a score that is not a number, a missing score and a line that is no task as errors naming their line', () => {
        const result = importMermaid('journey\n  title T\n  section A\n    Ok: 3: Me\n\n\n    Task: high: Me\n    Empty: \n    Just words\n');
        assert.deepEqual(result.errors, [
            { line: 7, message: "score 'high' is not a number 1..5" },
            { line: 8, message: "task 'Empty' has no score: expected a number 1..5" },
            { line: 9, message: "'Just words' is not a task: expected 'Task name: score: actors'" },
        ]);
    });

    it('refuses a text that is not a journey diagram', () => {
        const result = importMermaid('%% hi\nflowchart TD\n  A --> B\n');
        assert.deepEqual(result.errors, [{ line: 2, message: "not a Mermaid journey diagram: expected 'journey' but found 'flowchart TD'" }]);
        assert.equal(result.text, '');
        assert.deepEqual(importMermaid('').errors, [{ line: 1, message: "no Mermaid journey diagram found: expected a 'journey' line" }]);
    });

    it('makes ASCII names from display text, unique per kind', () => {
        assert.equal(makeId('Oriëntatie'), 'orientatie');
        assert.equal(makeId('Straße & Café'), 'strasse_cafe');
        assert.equal(makeId('2nd visit!'), '_2nd_visit');
        assert.equal(makeId('???'), '');
        const file = imported('journey\ntitle Één dag\nsection Oriëntatie\n  Zoeken: 3: Zoë, José\n  Zoeken: 4: Zoë\n  ???: 3\n  42: 3\nsection Oriëntatie\n  Zoeken: 2: zoë\n');
        assert.equal(file.journey.id, 'een_dag');
        assert.deepEqual(file.personas, [{ id: 'zoe', name: 'Zoë' }, { id: 'jose', name: 'José' }, { id: 'zoe_2', name: 'zoë' }]);
        assert.deepEqual(file.journey.stages.map(s => s.id), ['orientatie', 'orientatie_2']);
        assert.deepEqual(file.journey.stages.flatMap(s => s.touchpoints.map(t => t.id)), ['zoeken', 'zoeken_2', 'touchpoint_1', '_42', 'zoeken_3']);
    });

    it('escapes display text for the journey language', () => {
        const result = importMermaid('journey\ntitle Say "hi" \\ bye\nsection A\n  Print "report" \\ save: 3: The "boss"\n');
        assert.match(result.text, /^journey say_hi_bye "Say \\"hi\\" \\\\ bye" \{$/m);
        const file = readJourneyFile(result.text);
        assert.equal(file.journey.title, 'Say "hi" \\ bye');
        assert.deepEqual(file.personas, [{ id: 'the_boss', name: 'The "boss"' }]);
        assert.equal(file.journey.stages[0].touchpoints[0].name, 'Print "report" \\ save');
    });

    it('names the journey after the file, or imported_journey, when the diagram has no title', () => {
        const fromFile = importMermaid('journey\nsection A\n  T: 3\n', { fileName: 'my-day.mmd' });
        assert.match(fromFile.text, /^\/\/ Imported from my-day\.mmd \(Mermaid journey diagram\)$/m);
        assert.match(fromFile.text, /^journey my_day "my-day" \{$/m);
        const anonymous = importMermaid('journey\nsection A\n  T: 3\n');
        assert.match(anonymous.text, /^journey imported_journey "Imported journey" \{$/m);
        assert.doesNotMatch(anonymous.text, /^\s*persona/m, 'no actors, no personas');
    });

    it('decodes Mermaid entity codes instead of treating their # as a comment', () => {
        const file = imported('journey\ntitle Room #35;1\nsection A\n  Pay #36;5#59; done: 3: Me\n');
        assert.equal(file.journey.title, 'Room #1');
        assert.equal(file.journey.stages[0].touchpoints[0].name, 'Pay $5; done');
    });

    it('writes no control character: entities such as #8; and a \\u0000 in the front matter are dropped', async () => {
        const source = '---\ntitle: "\\u0000"\n---\njourney\n  accTitle: Bell#7;\n  section Esc#27;[31mRed\n'
            + '    Back#8;space #0; #127;#65534;#55296;: 3: #1;Ann#31;, #8;\n';
        const result = importMermaid(source, { fileName: 'term#27;inal\u001b[0m.mmd' });
        assert.deepEqual(result.errors, []);
        assert.equal(forbiddenCharacter(result.text), undefined, result.text);
        const file = readJourneyFile(result.text);
        assert.equal(file.journey.title, 'Bell', 'a title of only a NUL counts as none');
        assert.equal(file.journey.stages[0].name, 'EscRed', 'a terminal colour code is dropped whole');
        assert.equal(file.journey.stages[0].touchpoints[0].name, 'Backspace #0; \uFFFD', 'a lone surrogate becomes U+FFFD');
        assert.deepEqual(file.personas.map(p => p.name), ['Ann'], 'an actor of only a control character is none');
        const documents = await buildFiles({ 'imported.journey': result.text });
        assert.deepEqual((documents[0]!.diagnostics ?? []).filter(d => d.severity === 1).map(d => d.message), []);
    });

    it('accepts the header with a statement on the same line, CRLF line ends and upper-case keywords', () => {
        const file = imported('JOURNEY title Shouting\r\nSECTION Loud\r\n  Yell: 1: Me\r\n');
        assert.equal(file.journey.title, 'Shouting');
        assert.equal(file.journey.stages[0].name, 'Loud');
    });

    it('warns about an empty diagram and still writes a journey', () => {
        const result = importMermaid('journey\n  title Nothing yet\n');
        assert.deepEqual(result.warnings, [{ line: 1, message: 'the diagram has no tasks' }]);
        assert.equal(readJourneyFile(result.text).journey.stages.length, 0);
    });

    it('lays the file out with 4-space indentation', () => {
        for (const line of importMermaid(workingDay).text.split('\n')) {
            assert.match(line, /^((    )*\S.*)?$/);
        }
    });
});

describe('Mermaid export', () => {
    const personas = [persona('thierry', 'Twijfelende Thierry'), persona('dominique', 'Drukke Dominique')];

    it('writes a journey diagram: sections, scores from emotions and actors from personas', () => {
        const model = journey({
            id: 'laptop', title: 'Laptop purchase', personas, scenario: 'Needs a laptop\nbefore September',
            stages: [
                stage('orientation', 'Oriëntatie', [
                    touchpoint('search', 'Searches online', { emotion: -1 }),
                    touchpoint('landing', 'Lands on page', { emotion: 2, personas: ['thierry'] }),
                ]),
                stage('purchase', 'Aankoop', [touchpoint('checkout', 'Checks out', { emotion: -2, personas: ['dominique', 'thierry'] })]),
            ],
        });
        assert.equal(toMermaid(model), `journey
    title Laptop purchase
    accDescr: Needs a laptop before September
    section Oriëntatie
      Searches online: 2: Twijfelende Thierry, Drukke Dominique
      Lands on page: 5: Twijfelende Thierry
    section Aankoop
      Checks out: 1: Drukke Dominique, Twijfelende Thierry
`);
    });

    it('gives a touchpoint without emotion the neutral score 3 and keeps invalid emotions in range', () => {
        const text = toMermaid(journey({ stages: [stage('s', 'S', [
            touchpoint('a', 'A'), touchpoint('b', 'B', { emotion: 5 }), touchpoint('c', 'C', { emotion: -9 }),
        ])] }));
        assert.deepEqual(parseLikeMermaid(text).tasks.map(t => [t.task, t.score, t.people]), [['A', 3, []], ['B', 5, []], ['C', 1, []]]);
        assert.match(text, /^ {6}A: 3$/m, 'no personas: no actors');
    });

    it('sanitizes text so that Mermaid parses it and keeps every task', () => {
        const model = journey({
            title: 'Day #1; part: two\nnext', personas: [persona('a', 'Smith, John: Sr.'), persona('b', '%%Bot')],
            stages: [
                stage('s', 'Check: out #2', [
                    touchpoint('t1', 'Pay: card; or cash #fast', { emotion: 1 }),
                    touchpoint('t2', 'Journey planner', { emotion: 0 }),
                    touchpoint('t3', 'title page', { emotion: 0 }),
                    touchpoint('t4', 'section view', { emotion: 0, personas: ['b'] }),
                    touchpoint('t5', '  ', { emotion: 0 }),
                    touchpoint('t6', '50%% off\nnow', { emotion: 0 }),
                ]),
                stage('empty_name', '', []),
            ],
        });
        const text = toMermaid(model);
        const parsed = parseLikeMermaid(text);
        assert.equal(parsed.title, 'Day ＃1, part∶ two next');
        assert.deepEqual(parsed.sections, ['Check∶ out ＃2', 'empty_name']);
        assert.deepEqual(parsed.tasks.map(t => t.task.replace('\u200B', '')), [
            'Pay∶ card, or cash ＃fast', 'Journey planner', 'title page', 'section view', 't5', '50% off now',
        ]);
        assert.deepEqual(parsed.tasks[0].people, ['Smith‚ John∶ Sr.', '%Bot']);
        assert.deepEqual(parsed.tasks[3].people, ['%Bot']);
    });

    it('drops control characters and keeps a task whose name starts with %, as Mermaid itself reads it', async () => {
        const model = journey({
            title: 'Term\u001b[1minal\0', personas: [persona('a', 'Ann\b')],
            stages: [stage('s', 'Back\bspace\v\f', [
                touchpoint('t1', '% of users who pay', { emotion: 1 }),
                touchpoint('t2', 'Nul\0 \uFFFE\uFFFF\ud800', { emotion: 0 }),
            ])],
        });
        const text = toMermaid(model);
        assert.equal(forbiddenCharacter(text), undefined, JSON.stringify(text));
        assert.match(text, /title Terminal$/m);
        const parsed = parseLikeMermaid(text);
        assert.deepEqual(parsed.tasks.map(t => t.task.replace('\u200B', '')), ['% of users who pay', 'Nul \uFFFD']);
        assert.deepEqual(parsed.tasks[0].people, ['Ann']);
        const mermaid = await mermaidsOwnParser();
        if (mermaid === undefined) return;
        assert.deepEqual(mermaid(text).tasks.map(t => t.replace('\u200B', '').trim()), ['% of users who pay', 'Nul \uFFFD']);
        assert.deepEqual(mermaid(text).sections, ['Backspace']);
    });

    it('puts several maps one after another, separated by a blank line', () => {
        const one = journey({ id: 'one', title: 'One', stages: [] });
        const two = journey({ id: 'two', title: 'Two', stages: [] });
        assert.equal(toMermaidDocument([one, two]), 'journey\n    title One\n\njourney\n    title Two\n');
        assert.equal(toMermaidDocument([]), '');
    });
});

describe('Mermaid round trip', () => {
    it('imports an exported map back to the same diagram', () => {
        const model = journey({
            id: 'energy', title: 'Switching: energy', personas: [persona('dom', 'Drukke Dominique'), persona('ann', 'Ann')],
            scenario: 'One evening to arrange it',
            stages: [
                stage('aware', 'Awareness', [touchpoint('ad', 'Sees an ad: 50% off', { emotion: 0 })]),
                stage('sign', 'Decision', [
                    touchpoint('signup', 'Journey start', { emotion: 2, personas: ['ann'] }),
                    touchpoint('meter', 'Sends readings', { emotion: -1 }),
                ]),
            ],
        });
        const first = toMermaid(model);
        const again = importMermaid(first, { fileName: 'energy.mmd' });
        assert.deepEqual(again.errors, []);
        assert.deepEqual(again.warnings, []);
        const file = readJourneyFile(again.text);
        assert.equal(file.journey.stages[1].touchpoints[0].name, 'Journey start', 'the zero-width guard is dropped on import');
        assert.equal(toMermaid(modelOf(file)), first);
    });
});

describe('Mermaid import of names that are keywords (found by the robustness tests)', () => {
    it('an actor "{", and titles, sections, tasks and actors named after every keyword of the language, import to a file that parses', async () => {
        const grammar = readFileSync(fileURLToPath(new URL('../../../src/language/journey.langium', import.meta.url)), 'utf8');
        const keywords = [...new Set([...grammar.matchAll(/'([a-z]+)'/g)].map(m => m[1]!))];
        assert.ok(keywords.includes('touchpoint') && keywords.includes('addresses'), 'keywords read from the grammar');
        const title = (word: string) => word[0]!.toUpperCase() + word.slice(1);
        const source = [
            'journey',
            '    title Journey',
            '    Task of {: 3: {',
            ...keywords.flatMap(word => [`    section ${title(word)}`, `      ${title(word)}: 3: ${title(word)}, ${word}`]),
            '    section ???',
            '      ???: 2: ???',
        ].join('\n');
        const result = importMermaid(source);
        assert.deepEqual(result.errors, []);
        const documents = await buildFiles({ 'imported.journey': result.text });
        const errors = (documents[0]!.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}: ${d.message}`);
        assert.deepEqual(errors, [], result.text);
        assert.match(result.text, /^persona persona_1 "\{"$/m);
        assert.match(result.text, /^journey journey_1 "Journey" \{$/m);
    });
});

describe('Mermaid export of version 2 maps', () => {
    it('scores a touchpoint by its emotion line without a persona, else the personas\' mean, and keeps its actors', async () => {
        const { modelOf, people } = await import('./helpers.js');
        const model = await modelOf({
            'people.journey': people,
            'map.journey': `journey nu "Nu" {
    persona thierry, dominique
    stage aankoop "Aankoop" {
        touchpoint boekt "Boekt" { channel web emotion thierry -2 emotion dominique 0 }
        touchpoint bevestiging "Bevestiging" { channel mail emotion 1 emotion dominique -1 }
        touchpoint alleen "Alleen" { persona thierry channel web emotion thierry 2 }
    }
}`,
        });
        assert.equal(toMermaid(model.journeys[0]), `journey
    title Nu
    section Aankoop
      Boekt: 2: Twijfelende Thierry, Drukke Dominique
      Bevestiging: 4: Twijfelende Thierry, Drukke Dominique
      Alleen: 5: Twijfelende Thierry
`);
    });
});
