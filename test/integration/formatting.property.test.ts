// The formatter never changes what a map says: the map model (without ranges) and the syntax tree
// of a formatted file are those of the file as written, and formatting again changes nothing. On
// every example file and on random edits of them (fast-check, fixed seed: the generators of the
// robustness tests, and edits that only add white space, comments and line breaks of every kind).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildMapModel } from '../../src/language/build-model.js';
import type { JourneyServicesBundle } from '../../src/language/journey-module.js';
import { buildDocumentSet, sourcesFromTexts } from '../../src/workspace/document-set.js';
import { applyEdits, describeEdit, editArb, layoutEditArb, visibleText, type Edit } from '../robustness/mutations.js';
import { readExampleFolder, type ExampleFolder } from '../robustness/pipeline.js';
import { sharedFolder, today } from '../unit/helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SEED = Number(process.env.JOURNEY_FUZZ_SEED ?? 20261123);
/** Runs of each random property. Measured: 10 to 30 ms a run. */
const RUNS = Number(process.env.JOURNEY_FORMAT_RUNS ?? 200);

const folders: ExampleFolder[] = [
    ['examples', join(root, 'examples')],
    ['../shared/examples', fileURLToPath(sharedFolder('examples'))],
    ['../shared/examples-v2', fileURLToPath(sharedFolder('examples-v2'))],
].flatMap(([name, dir]) => {
    const folder = readExampleFolder(name!, dir!);
    return folder && Object.keys(folder.files).length > 0 ? [folder] : [];
});
const targets = folders.flatMap(folder => Object.keys(folder.files).map(file => ({ folder, file })));
/** `folder/file` of each target: what fast-check prints of a counterexample. */
const targetKeys = targets.map(({ folder, file }) => `${folder.name}/${file}`);
const targetOf = (key: string) => targets[targetKeys.indexOf(key)]!;

/** The model without ranges and the syntax tree: what a formatter must keep. */
interface Meaning {
    model: unknown;
    ast: string;
}

function withoutRanges(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutRanges);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'range').map(([key, inner]) => [key, withoutRanges(inner)]));
    }
    return value;
}

function meaningOf(services: JourneyServicesBundle, documents: LangiumDocument[], document: LangiumDocument): Meaning {
    const model = buildMapModel(documents);
    return {
        model: withoutRanges({
            journeys: model.journeys,
            comparisons: model.comparisons,
            // Messages may name a line (`already defined (people.journey:3)`), which formatting moves.
            diagnostics: model.diagnostics.map(d => `${d.uri} ${d.severity} ${d.code}`).sort(),
        }),
        ast: services.Journey.serializer.JsonSerializer.serialize(document.parseResult.value),
    };
}

let services: JourneyServicesBundle | undefined;

async function build(files: Record<string, string>, file: string) {
    const built = await buildDocumentSet(sourcesFromTexts(files), { today }, services);
    services = built.services;
    const document = built.documents.find(d => d.uri.path.endsWith(`/${file}`))!;
    return { documents: built.documents, document };
}

async function format(document: LangiumDocument): Promise<string> {
    const edits = await services!.Journey.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true },
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Formats `file` of `files`; throws when the meaning changed or a second formatting changes the text. Returns whether it formatted. */
async function checkFormatting(files: Record<string, string>, file: string): Promise<boolean> {
    const written = await build(files, file);
    const before = meaningOf(services!, written.documents, written.document);
    const hasErrors = written.document.parseResult.parserErrors.length + written.document.parseResult.lexerErrors.length > 0;
    const formatted = await format(written.document);
    if (formatted === files[file]) return !hasErrors;
    const again = await build({ ...files, [file]: formatted }, file);
    const after = meaningOf(services!, again.documents, again.document);
    const show = () => `--- ${file} as written ---\n${numbered(files[file]!)}\n--- formatted ---\n${numbered(formatted)}\n--- end ---`;
    assert.deepEqual(after.model, before.model, `formatting changed the map model\n${show()}`);
    assert.equal(after.ast, before.ast, `formatting changed the syntax tree\n${show()}`);
    const twice = await format(again.document);
    assert.equal(twice, formatted, `formatting again changes the text\n${show()}`);
    return true;
}

function numbered(text: string): string {
    return text.split(/\r\n|\r|\n/).map((line, i) => `${String(i + 1).padStart(4)}| ${visibleText(line)}`).join('\n');
}

function report(target: { folder: ExampleFolder; file: string }, edits: readonly Edit[]): string {
    return `${target.folder.name}/${target.file} after:\n${edits.map((edit, i) => `  ${i + 1}. ${describeEdit(edit)}`).join('\n')}`;
}

describe('formatting never changes what a map says, and formatting twice changes nothing', function () {
    this.timeout(0);

    it('on every example file', async () => {
        assert.ok(targets.length > 0);
        for (const { folder, file } of targets) {
            await checkFormatting(folder.files, file);
        }
    });

    /** Random edits of one example file, then the property; prints how many inputs the formatter had work on. */
    async function property(name: string, editList: fc.Arbitrary<Edit[]>): Promise<void> {
        let formatted = 0;
        await fc.assert(fc.asyncProperty(fc.constantFrom(...targetKeys), editList, async (key, edits) => {
            const target = targetOf(key);
            const files = { ...target.folder.files, [target.file]: applyEdits(target.folder.files[target.file]!, edits) };
            try {
                if (await checkFormatting(files, target.file)) formatted++;
            } catch (error) {
                throw new Error(`${report(target, edits)}\n${error instanceof Error ? error.message : String(error)}`);
            }
        }), { seed: SEED, numRuns: RUNS });
        console.log(`      ${name}: ${formatted} of ${RUNS} inputs parsed and were formatted`);
    }

    it(`on random edits of the robustness tests and layout edits together: seed ${SEED}, ${RUNS} runs`, async () => {
        await property('mixed edits', fc.array(fc.oneof(editArb, layoutEditArb), { minLength: 1, maxLength: 6 }));
    });

    it(`on white space, comments and line breaks (LF, CR, CRLF) put between tokens: seed ${SEED}, ${RUNS} runs`, async () => {
        await property('layout edits', fc.array(layoutEditArb, { minLength: 1, maxLength: 8 }));
    });

    it('a line comment ended by a lone CR keeps the block comment and the title after it apart', async () => {
        const text = 'persona p // note\r/* c */ "Name"\njourney j "J" { persona p stage s "S" { touchpoint t "T" { channel c emotion 0 } } }\nchannel c "C"\n';
        assert.ok(await checkFormatting({ 'map.journey': text }, 'map.journey'));
    });
});
