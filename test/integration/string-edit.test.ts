import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CstUtils, DocumentState, EmptyFileSystem, URI, type AstNode, type LangiumDocument, type ReferenceDescription } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateWorkspace, random } from '../../bench/generate-map.js';
import { buildDocumentMapModel } from '../../src/language/build-model.js';
import { createJourneyServices, type JourneyServicesBundle } from '../../src/language/journey-module.js';
import { projectRoot } from '../support/lsp-session.js';
import { CoalescingUpdatesModule } from '../../src/server/coalescing-update-handler.js';
import { today } from '../unit/helpers.js';

/*
 * An edit inside a quoted text is applied to the parsed document in place (src/server/string-edit.ts, through the
 * server's document builder). For random edits, inside texts and anywhere else, of a map and of the other files of its
 * folder (the people file, the map it improves or that improves it), every document after `update` must be exactly
 * what a fresh parse and build of the new texts gives: tokens and their positions, the ranges of every node, the
 * syntax tree's values, the index and the index of references, the diagnostics and the map models. And the edit must
 * have validated the same files as Langium's own builder does for it: a file validated is what tells the previews
 * to draw it again (a map shows the names of the personas of the people file, and the current map beside its future).
 */

const EDITS_PER_MAP = 60;
/** How many of the edits go to another file of the workspace than the map. */
const OTHER_FILE_EDITS = 0.2;

type Files = ReadonlyArray<readonly [URI, string]>;

interface Workspace {
    services: JourneyServicesBundle;
    version: number;
    /** The files validated since the last edit began. */
    validated: Set<string>;
}

/** A workspace of open files, built by the language server's builder (which edits texts in place) or by Langium's own. */
async function open(files: Files, builder: 'server' | 'langium' = 'server'): Promise<Workspace> {
    const services = createJourneyServices(EmptyFileSystem, builder === 'server' ? { shared: CoalescingUpdatesModule } : {});
    services.Journey.journey.Settings.setToday(today);
    const { TextDocuments, LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = services.shared.workspace;
    const documents: LangiumDocument[] = [];
    for (const [at, content] of files) {
        const textDocument = TextDocument.create(at.toString(), 'journey', 1, content);
        TextDocuments!.set(textDocument);
        const document = LangiumDocumentFactory.fromTextDocument(textDocument, at);
        LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    const workspace: Workspace = { services, version: 1, validated: new Set() };
    DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => { workspace.validated.add(document.uri.toString()); });
    await DocumentBuilder.build(documents, { validation: true });
    return workspace;
}

/** Changes an open text, as the editor does, and lets the builder update the documents. */
async function edit(workspace: Workspace, at: URI, text: string): Promise<void> {
    const { TextDocuments, DocumentBuilder, WorkspaceLock } = workspace.services.shared.workspace;
    workspace.validated.clear();
    TextDocuments!.set(TextDocument.create(at.toString(), 'journey', ++workspace.version, text));
    await DocumentBuilder.update([at], []);
    // Other files are checked again after a change of the names a file declares or uses, in a build of its own.
    await WorkspaceLock.read(() => undefined);
}

const root = (workspace: Workspace, at: URI) => workspace.services.shared.workspace.LangiumDocuments.getDocument(at)!.parseResult.value;

/** Everything a request or a report can read from the built documents, positions included. */
function snapshot(workspace: Workspace): unknown {
    const { LangiumDocuments, IndexManager } = workspace.services.shared.workspace;
    const referenceIndex = (IndexManager as unknown as { referenceIndex: Map<string, ReferenceDescription[]> }).referenceIndex;
    const documents = LangiumDocuments.all.toArray().sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
    return documents.map(document => {
        const uri = document.uri.toString();
        const root = document.parseResult.value;
        const cst = [...CstUtils.streamCst(root.$cstNode!)].map(node => ({ offset: node.offset, end: node.end, range: node.range, text: node.text, hidden: node.hidden }));
        const json = workspace.services.Journey.serializer.JsonSerializer.serialize(root, { space: 0 });
        const ranges: unknown[] = [];
        const visit = (node: AstNode) => {
            ranges.push([node.$type, node.$cstNode?.range]);
            for (const value of Object.values(node)) {
                for (const child of Array.isArray(value) ? value : [value]) {
                    if (child && typeof child === 'object' && '$type' in child && (child as AstNode).$container === node) visit(child as AstNode);
                }
            }
        };
        visit(root);
        const index = IndexManager.allElements().filter(d => d.documentUri.toString() === uri)
            .map(d => ({ name: d.name, type: d.type, path: d.path, name_: d.nameSegment, selection: d.selectionSegment })).toArray();
        const references = (referenceIndex.get(uri) ?? []).map(r => ({
            sourceUri: r.sourceUri.toString(), sourcePath: r.sourcePath, targetUri: r.targetUri.toString(), targetPath: r.targetPath, segment: r.segment, local: r.local,
        }));
        const diagnostics = (document.diagnostics ?? []).map(x => ({ range: x.range, message: x.message, code: x.code, severity: x.severity }))
            .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
        const model = buildDocumentMapModel(document, LangiumDocuments.all);
        return { uri, text: document.textDocument.getText(), cst, json, ranges, index, references, diagnostics, model };
    });
}

/** Offsets strictly inside the quoted texts of `text`. */
function insideStrings(text: string): number[] {
    const offsets: number[] = [];
    for (const m of text.matchAll(/"(?:\\[^\r\n]|[^"\\\r\n])*"/g)) {
        for (let i = m.index + 1; i < m.index + m[0].length; i++) offsets.push(i);
    }
    return offsets;
}

const characters = ['x', ' ', 'é', '€', '😀', 'a', '\\', '"', '\n', '{', '}', '1', '%', '\\n'];

function randomEdit(text: string, rnd: () => number): string {
    const inStrings = insideStrings(text);
    const at = rnd() < 0.8 && inStrings.length > 0 ? inStrings[Math.floor(rnd() * inStrings.length)]! : Math.floor(rnd() * (text.length + 1));
    const remove = rnd() < 0.4 ? Math.floor(rnd() * 3) : 0;
    const insert = rnd() < 0.8 ? Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => characters[Math.floor(rnd() * (rnd() < 0.85 ? 6 : characters.length))]).join('') : '';
    return text.slice(0, at) + insert + text.slice(at + remove);
}

/** The `.journey` files of a folder of the examples, by name. */
function folder(name: string): Array<[string, string]> {
    const dir = join(projectRoot, 'examples', name);
    return readdirSync(dir).filter(f => f.endsWith('.journey')).sort().map(f => [f, readFileSync(join(dir, f), 'utf8')]);
}

/**
 * Lines the validator reports without a parser error (a word that is no keyword, a line of another block, a `}` too
 * many, an empty journey and stage), comments with quotes in them, escapes, and several nodes on one line (the
 * positions after an edited text move on its line only).
 */
const quirks = [
    '// A map with "quotes" in a comment',
    '/* and "in" a block comment */',
    'journey quirks "Quirks" { persona priya stage leeg "Leeg" { } stage s "S" { touchpoint t "T \\"x\\"" { action "a" channel web emotion 1 "b" pain p "c" } fase "onbekend" 3 } }',
    'journey empty "Empty" { }}',
    'journey other "Other" {',
    '    persona priya',
    '    stage s "S" {',
    '        action "a line of a touchpoint in a stage"',
    '        touchpoint t "T" { thought "hm" emotion priya -1 "meh" } touchpoint u "U" { action "b" }',
    '    }',
    '    action fix "Fix it" { addresses p }',
    '}',
    '}',
    '',
].join('\n');

interface Case {
    name: string;
    /** The map most edits go to, and the other files of its workspace. */
    map: readonly [string, string];
    others: ReadonlyArray<readonly [string, string]>;
}

/** Each map of a folder with the other files of that folder. */
function casesOf(name: string, files: Array<[string, string]>): Case[] {
    return files.filter(([file]) => !/people|mensen/.test(file))
        .map(([file, text]) => ({ name: `${name}${file}`, map: [file, text] as const, others: files.filter(([other]) => other !== file) }));
}

describe('an edit inside a quoted text is applied in place', function () {
    this.timeout(300_000);
    const generated = Object.entries(generateWorkspace(40).files);
    const cases: Case[] = [
        ...casesOf('', folder('.')),
        ...casesOf('reiskompas/', folder('reiskompas')),
        ...casesOf('keukenhuis/', folder('keukenhuis')),
        { name: 'generated, 40 touchpoints', map: generated.find(([f]) => f === 'current.journey')!, others: generated.filter(([f]) => f !== 'current.journey') },
        { name: 'quirks', map: ['quirks.journey', quirks], others: folder('.').filter(([f]) => f === 'people.journey') },
    ];

    for (const { name, map, others } of cases) {
        it(`${name}: ${EDITS_PER_MAP} random edits give the documents a fresh build of the new texts gives`, async () => {
            const rnd = random(name.length * 7919);
            const uriOf = (file: string) => URI.parse(`file:///string-edit/${file}`);
            const originals = new Map([map, ...others].map(([file, text]) => [uriOf(file).toString(), text]));
            const texts = new Map(originals);
            const files = (): Files => [...texts].map(([at, text]) => [URI.parse(at), text] as const);
            const workspace = await open(files());
            const langium = await open(files(), 'langium');
            const { lexerErrors, parserErrors } = workspace.services.shared.workspace.LangiumDocuments.getDocument(uriOf(map[0]))!.parseResult;
            assert.equal(lexerErrors.length + parserErrors.length, 0, `${name} parses without errors`);
            let patched = 0;
            for (let i = 0; i < EDITS_PER_MAP; i++) {
                const at = others.length > 0 && rnd() < OTHER_FILE_EDITS ? uriOf(others[Math.floor(rnd() * others.length)]![0]) : uriOf(map[0]);
                const key = at.toString();
                // A text the last edit broke (a quote or a newline typed into a text) goes back to the map first.
                const broken = workspace.services.shared.workspace.LangiumDocuments.getDocument(at)!.parseResult;
                const next = randomEdit(broken.lexerErrors.length + broken.parserErrors.length > 0 ? originals.get(key)! : texts.get(key)!, rnd);
                const before = root(workspace, at);
                await edit(workspace, at, next);
                await edit(langium, at, next);
                const inPlace = root(workspace, at) === before;
                if (inPlace) patched++;
                texts.set(key, next);
                const what = `edit ${i + 1} (${inPlace ? 'in place' : 'parsed again'}) of ${at.path}`;
                assert.deepEqual(snapshot(workspace), snapshot(await open(files())), what);
                assert.deepEqual([...workspace.validated].sort(), [...langium.validated].sort(), `the files validated after ${what}`);
            }
            // Most edits land inside texts and keep them texts: the in-place path is taken, not only the full parse.
            console.log(`      ${patched} of ${EDITS_PER_MAP} edits applied in place`);
            assert.ok(patched > EDITS_PER_MAP / 4, `${patched} of ${EDITS_PER_MAP} edits applied in place`);
        });
    }

    const people = folder('.').find(([f]) => f === 'people.journey')![1];
    const mapUri = URI.parse('file:///string-edit/map.journey');
    const peopleUri = URI.parse('file:///string-edit/people.journey');

    it('a newline, a quote or a backslash before the closing quote is not applied in place', async () => {
        const text = 'journey j "J" {\n    stage s "S" {\n        touchpoint t "T" {\n            action "Reads"\n        }\n    }\n}\n';
        const at = text.indexOf('Reads') + 2;
        for (const insert of ['\n', '"', '\\']) {
            const workspace = await open([[peopleUri, people], [mapUri, text]]);
            const before = root(workspace, mapUri);
            const next = insert === '\\' ? text.replace('Reads"', 'Reads\\"') : text.slice(0, at) + insert + text.slice(at);
            await edit(workspace, mapUri, next);
            assert.notEqual(root(workspace, mapUri), before, JSON.stringify(insert));
        }
    });

    it('a shorter title before a `}` too many: the journey is still not reported empty', async () => {
        // The `}` after the journey counts as a syntax error within it, so its lack of stages is not reported.
        const workspace = await open([[peopleUri, people], [mapUri, 'journey j "Jx" { }}\n']]);
        const before = root(workspace, mapUri);
        await edit(workspace, mapUri, 'journey j "J" { }}\n');
        assert.equal(root(workspace, mapUri), before, 'applied in place');
        assert.deepEqual(snapshot(workspace), snapshot(await open([[peopleUri, people], [mapUri, 'journey j "J" { }}\n']])));
    });

    it('a persona\'s name edited in the people file: the map that names the persona is validated again', async () => {
        const text = 'journey j "J" {\n    persona priya\n    stage s "S" {\n        touchpoint t "T" {\n            action "Reads"\n        }\n    }\n}\n';
        const workspace = await open([[peopleUri, people], [mapUri, text]]);
        const before = root(workspace, peopleUri);
        await edit(workspace, peopleUri, people.replace('"Pendelende Priya"', '"Pendelende Priya B."'));
        assert.equal(root(workspace, peopleUri), before, 'applied in place');
        assert.deepEqual([...workspace.validated].sort(), [mapUri.toString(), peopleUri.toString()].sort());
        const model = buildDocumentMapModel(workspace.services.shared.workspace.LangiumDocuments.getDocument(mapUri)!, workspace.services.shared.workspace.LangiumDocuments.all);
        assert.equal(model.journeys[0]!.personas[0]!.name, 'Pendelende Priya B.');
    });
});
