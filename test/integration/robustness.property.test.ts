// Robustness: every prefix of every example map, and random edits of them, go through the whole
// pipeline (parse, link, validate, map model, comparison, Mermaid export, SVG and HTML drawings)
// without an exception and each within a time bound. `npm run fuzz` runs the same with more
// inputs (scripts/fuzz.mjs sets the environment variables read below).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { importMermaid } from '../../src/interchange/mermaid-import.js';
import { applyEdits, describeEdit, editsArb, keywords, visibleText, type Edit } from '../robustness/mutations.js';
import { readExampleFolder, type ExampleFolder } from '../robustness/pipeline.js';
import { PipelineRunner, type Outcome } from '../robustness/runner.js';
import { random as seededRandom } from '../../bench/generate-map.js';
import { mermaidWorkingDay, sharedFolder } from '../unit/helpers.js';
import { forbiddenCharacter } from '../support/xml.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function envNumber(name: string, fallback: number): number {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not '${raw}'`);
    return value;
}

/**
 * Longest one input may take, all stages together. A run takes 20-300 ms on a busy 2-core machine
 * (the first one longer, while the code warms up); an input over the bound is run once more on a
 * fresh worker before it fails, so a pause of the machine is not reported but a hang or a blow-up is.
 */
const PER_INPUT_BOUND_MS = envNumber('JOURNEY_FUZZ_BOUND_MS', 8_000);

/** The seed of every random choice here: fixed, so CI runs the same inputs each time. */
const SEED = envNumber('JOURNEY_FUZZ_SEED', 20261123);
/** Runs of the random-edit property. */
const EDIT_RUNS = envNumber('JOURNEY_FUZZ_RUNS', 250);
/** Runs of the Mermaid import property (cheap: no language build). */
const MERMAID_RUNS = envNumber('JOURNEY_FUZZ_MERMAID_RUNS', Math.max(1000, EDIT_RUNS * 4));
/** Character prefixes per file besides the line prefixes; all of them when JOURNEY_FUZZ_ALL_PREFIXES=1. */
const CHAR_PREFIXES_PER_FILE = envNumber('JOURNEY_FUZZ_CHAR_PREFIXES', 5);
const ALL_CHAR_PREFIXES = process.env.JOURNEY_FUZZ_ALL_PREFIXES === '1';
/** Random edit sets built both with the reused services bundle and with a fresh one, to compare. */
const REUSE_CHECKS = envNumber('JOURNEY_FUZZ_REUSE_CHECKS', 8);

/** The repository's examples and the shared ones next to the repository (skipped when absent). */
const folderSpecs = [
    ['examples', join(root, 'examples')],
    ['../shared/examples', fileURLToPath(sharedFolder('examples'))],
    // The version 2 maps practitioners wrote (copies of ../shared/examples-v2), always present.
    ['examples/reiskompas', join(root, 'examples', 'reiskompas')],
    ['examples/keukenhuis', join(root, 'examples', 'keukenhuis')],
] as const;
const folders: ExampleFolder[] = folderSpecs.flatMap(([name, dir]) => {
    const folder = readExampleFolder(name, dir);
    return folder && Object.keys(folder.files).length > 0 ? [folder] : [];
});

interface Target { folder: string; file: string }
const targets: Target[] = folders.flatMap(folder => Object.keys(folder.files).map(file => ({ folder: folder.name, file })));
const folderNamed = (name: string) => folders.find(folder => folder.name === name)!;

function describeOutcome(outcome: Outcome): string {
    switch (outcome.kind) {
        case 'ok': return `ok in ${outcome.ms.toFixed(0)} ms`;
        case 'threw': return `threw after ${outcome.ms.toFixed(0)} ms: ${outcome.error}`;
        case 'timeout': return `took longer than PER_INPUT_BOUND_MS = ${PER_INPUT_BOUND_MS} ms, twice; stopped during: ${outcome.stage}`;
    }
}

function position(text: string): string {
    const lines = text.split('\n');
    return `line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}`;
}

function numbered(text: string, from = 0): string {
    return text.split('\n').map((line, i) => `${String(from + i + 1).padStart(4)}| ${visibleText(line)}`).join('\n');
}

class Stats {
    inputs = 0;
    totalMs = 0;
    maxMs = 0;
    renders = 0;
    memoized = 0;
    journeys = 0;
    withSyntaxErrors = 0;
    add(outcome: Outcome): void {
        this.inputs++;
        this.totalMs += outcome.ms;
        this.maxMs = Math.max(this.maxMs, outcome.ms);
        if (outcome.kind === 'ok') {
            this.renders += outcome.result.renders;
            this.memoized += outcome.result.memoized;
            this.journeys += outcome.result.journeys;
            if (Object.values(outcome.result.diagnostics).flat().some(d => d.includes(' syntax-error '))) this.withSyntaxErrors++;
        }
    }
    toString(): string {
        return `${this.inputs} inputs (${this.withSyntaxErrors} with syntax errors; ${(this.journeys / Math.max(1, this.inputs)).toFixed(1)} journeys each),`
            + ` mean ${(this.totalMs / Math.max(1, this.inputs)).toFixed(0)} ms, max ${this.maxMs.toFixed(0)} ms (bound ${PER_INPUT_BOUND_MS} ms);`
            + ` ${this.renders} drawings made, ${this.memoized} skipped as drawn before`;
    }
}

/** The end offsets of the prefixes to try: every line (and the empty text), and a sample of characters or all of them. */
function prefixEnds(text: string, random: () => number): number[] {
    const ends = new Set<number>([0, text.length]);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) ends.add(i + 1);
    if (ALL_CHAR_PREFIXES) {
        for (let i = 1; i < text.length; i++) ends.add(i);
    } else {
        for (let n = 0; n < CHAR_PREFIXES_PER_FILE; n++) ends.add(1 + Math.floor(random() * Math.max(0, text.length - 1)));
    }
    return [...ends].sort((a, b) => a - b);
}


describe('robustness: every prefix and random edits of the example maps go through the whole pipeline', function () {
    this.timeout(0);
    const runner = new PipelineRunner();

    after(() => runner.close());

    for (const [name, dir] of folderSpecs) {
        const folder = folders.find(f => f.name === name);
        const title = `every prefix of every file in ${name}, with the folder's other files present`;
        if (!folder) {
            it(`${title} (skipped: no .journey files in ${dir})`, function () {
                console.log(`      skipped: no .journey files in ${dir}`);
                this.skip();
            });
            continue;
        }
        it(title, async () => {
            const random = seededRandom(SEED);
            const stats = new Stats();
            const failures: string[] = [];
            for (const [file, text] of Object.entries(folder.files)) {
                for (const end of prefixEnds(text, random)) {
                    const prefix = text.slice(0, end);
                    const outcome = await runner.runWithRetry({ ...folder.files, [file]: prefix }, PER_INPUT_BOUND_MS, { edited: file });
                    stats.add(outcome);
                    if (outcome.kind !== 'ok') {
                        const lines = prefix.split('\n');
                        const from = Math.max(0, lines.length - 12);
                        failures.push(`${folder.name}/${file}, the first ${end} characters (up to ${position(prefix)}): ${describeOutcome(outcome)}\n`
                            + `  the prefix ends with:\n${numbered(lines.slice(from).join('\n'), from)}`);
                        if (failures.length >= 3) break;
                    }
                }
                if (failures.length >= 3) break;
            }
            console.log(`      ${stats}`);
            assert.equal(failures.length, 0, `${failures.length} prefix(es) failed${failures.length >= 3 ? ' (stopped at 3)' : ''}:\n\n${failures.join('\n\n')}`);
        });
    }

    it(`random edits (1..8 per input) of one file of an example set: seed ${SEED}, ${EDIT_RUNS} runs`, async function () {
        if (targets.length === 0) this.skip();
        const stats = new Stats();
        await fc.assert(fc.asyncProperty(fc.constantFrom(...targets), editsArb, async (target, edits) => {
            const folder = folderNamed(target.folder);
            const text = applyEdits(folder.files[target.file]!, edits);
            const outcome = await runner.runWithRetry({ ...folder.files, [target.file]: text }, PER_INPUT_BOUND_MS, { edited: target.file });
            stats.add(outcome);
            if (outcome.kind !== 'ok') throw new Error(editReport(target, edits, text, outcome));
        }), { seed: SEED, numRuns: EDIT_RUNS });
        console.log(`      ${stats}`);
    });

    it(`a reused services bundle reports the same as a new one (${REUSE_CHECKS} edit sets, folders taken in turn)`, async function () {
        if (targets.length === 0) this.skip();
        // Folders taken in turn: each set follows one whose files have other names and declarations.
        const edits = fc.sample(editsArb, { seed: SEED, numRuns: REUSE_CHECKS });
        const files = fc.sample(fc.nat(), { seed: SEED + 1, numRuns: REUSE_CHECKS });
        const samples = edits.map((editList, i): [Target, Edit[]] => {
            const folder = folders[i % folders.length]!;
            const names = Object.keys(folder.files);
            return [{ folder: folder.name, file: names[files[i]! % names.length]! }, editList];
        });
        let previous: ExampleFolder | undefined;
        for (const [target, edits] of samples) {
            const folder = folderNamed(target.folder);
            // References to what only the previous set declared: they must not resolve now.
            const probe = previous === undefined || previous === folder ? '' : leakProbe(previous, folder);
            previous = folder;
            const files = { ...folder.files, [target.file]: applyEdits(folder.files[target.file]!, edits) + probe };
            const reused = await runner.runWithRetry(files, PER_INPUT_BOUND_MS, { edited: target.file });
            const fresh = await runner.runWithRetry(files, PER_INPUT_BOUND_MS, { edited: target.file, fresh: true });
            if (reused.kind !== 'ok' || fresh.kind !== 'ok') {
                assert.fail(editReport(target, edits, files[target.file]!, reused.kind !== 'ok' ? reused : fresh));
            }
            assert.deepEqual(reused.result.diagnostics, fresh.result.diagnostics, `reports differ for ${target.folder}/${target.file} after ${edits.map(describeEdit).join('; ')}`);
        }
    });

    it(`the Mermaid import of random and mutated diagrams never throws and reports lines that exist: seed ${SEED}, ${MERMAID_RUNS} runs`, () => {
        fc.assert(fc.property(mermaidSourceArb, source => {
            let result: ReturnType<typeof importMermaid>;
            try {
                result = importMermaid(source, { fileName: 'fuzz.mmd' });
            } catch (error) {
                throw new Error(`importMermaid threw ${error instanceof Error ? error.stack : String(error)}\n--- source ---\n${numbered(source)}\n--- end ---`);
            }
            const lineCount = source.split(/\r\n?|\n/).length;
            for (const message of [...result.errors, ...result.warnings]) {
                assert.ok(Number.isInteger(message.line) && message.line >= 1 && message.line <= lineCount,
                    `message on line ${message.line} of ${lineCount}: ${message.message}\n--- source ---\n${numbered(source)}`);
                assert.equal(typeof message.message, 'string');
            }
            assert.equal(typeof result.text, 'string');
            // The language takes any character in a string, but the CLI refuses a file with a NUL as binary.
            assert.equal(forbiddenCharacter(result.text), undefined, `the import wrote a control character\n${numbered(source)}`);
            // No journey only when the source is refused, and then it says why.
            if (result.text === '') assert.ok(result.errors.length > 0, `no text and no error for\n${numbered(source)}`);
        }), { seed: SEED, numRuns: MERMAID_RUNS });
    });

    it(`the .journey file the Mermaid import writes has no errors and goes through the pipeline: seed ${SEED}, ${Math.ceil(EDIT_RUNS / 2)} runs`, async () => {
        const stats = new Stats();
        await fc.assert(fc.asyncProperty(mermaidSourceArb, async source => {
            const { text } = importMermaid(source, { fileName: 'fuzz.mmd' });
            if (text === '') return;
            const outcome = await runner.runWithRetry({ 'imported.journey': text }, PER_INPUT_BOUND_MS, { edited: 'imported.journey' });
            stats.add(outcome);
            const report = () => `--- Mermaid source ---\n${numbered(source)}\n--- imported.journey ---\n${numbered(text)}\n--- end ---`;
            if (outcome.kind !== 'ok') throw new Error(`${describeOutcome(outcome)}\n${report()}`);
            const errors = Object.values(outcome.result.diagnostics).flat().filter(d => / error /.test(d));
            assert.deepEqual(errors, [], `the imported file has errors\n${report()}`);
        }), { seed: SEED, numRuns: Math.ceil(EDIT_RUNS / 2) });
        console.log(`      ${stats}`);
    });
});

/** The journeys, personas and channels a set of files declares (by the line that starts them). */
function declared(folder: ExampleFolder, keyword: 'journey' | 'persona' | 'channel'): Set<string> {
    const names = new Set<string>();
    for (const text of Object.values(folder.files)) {
        for (const match of text.matchAll(new RegExp(`^\\s*${keyword}\\s+([_a-zA-Z]\\w*)\\s+"`, 'gm'))) names.add(match[1]!);
    }
    return names;
}

/** A journey naming a journey, a persona and a channel that only `before` declares, not `now`. */
function leakProbe(before: ExampleFolder, now: ExampleFolder): string {
    const only = (keyword: 'journey' | 'persona' | 'channel') => [...declared(before, keyword)].find(name => !declared(now, keyword).has(name));
    const [journey, persona, channel] = [only('journey'), only('persona'), only('channel')];
    return `\njourney reuse_probe "Probe"${journey ? ` improves ${journey}` : ''} {\n`
        + `    ${persona ? `persona ${persona}` : ''}\n`
        + `    stage s "S" { touchpoint t "T" { ${channel ? `channel ${channel} ` : ''}emotion 0 } }\n}\n`;
}

function editReport(target: Target, edits: readonly Edit[], text: string, outcome: Outcome): string {
    return [
        `${target.folder}/${target.file} after ${edits.length} edit(s) ${describeOutcome(outcome)}`,
        `replay: JOURNEY_FUZZ_SEED=${SEED} JOURNEY_FUZZ_RUNS=${EDIT_RUNS} (fast-check's seed and path of the shrunk case follow this message)`,
        'edits, applied in order (positions are fractions of the text or of its lines):',
        ...edits.map((edit, i) => `  ${i + 1}. ${describeEdit(edit)}`),
        `--- ${target.file} as edited: ${text.length} UTF-16 units; hidden characters as \\u{...} ---`,
        numbered(text),
        '--- end ---',
    ].join('\n');
}

/** Mermaid journey diagrams to mutate: the documented example and odd but valid statements. */
const mermaidSeeds: readonly string[] = [
    mermaidWorkingDay,
    `---
title: "Front: matter \\u0000\\b"
---
%%{init: {"theme": "dark"}}%%
journey
  accTitle: Accessible
  accDescr {
    Several
    lines
  }
  Before any section: 2
  section  Ünïcödé #35; entity
    Task#59;one:4.5:A,B,,C # comment
    Entities #0;#8;#27;#65534;#55296;: 3: #127;Bot
    Too high: 9: X
    %% comment
    Bad: x: Y
`,
    'journey title T\r\n  section S\r\n    t:1:a\r\n',
];

const mermaidSourceArb: fc.Arbitrary<string> = fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...mermaidSeeds), editsArb).map(([seed, edits]) => applyEdits(seed, edits)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 2, arbitrary: fc.array(fc.oneof(
        fc.constantFrom('journey', 'title ', 'section ', 'accTitle: ', 'accDescr: ', 'accDescr {', '}', '---', '%%', '%%{', '}%%', '#', '#35;', '#9999999;', '#8;', '#27;', '#65535;', '#55296;', ':', ',', ';', ' ', '\t', '\r'),
        fc.string({ maxLength: 8 }),
        // Words of the .journey language, as actors, sections and tasks: the import must not write them as names.
        fc.tuple(fc.constantFrom(...keywords), fc.boolean()).map(([word, upper]) => upper ? word[0]!.toUpperCase() + word.slice(1) : word),
        fc.integer({ min: -9, max: 99 }).map(String),
    ), { maxLength: 30 }).map(parts => parts.join('')).chain(body => fc.constantFrom(`journey\n${body}`, body, `journey\n  section s\n    ${body}`)) },
);
