import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CstUtils, EmptyFileSystem, URI, type AstNode, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateSingleDocument, random } from '../../bench/generate-map.js';
import { buildDocumentMapModel } from '../../src/language/build-model.js';
import { createJourneyServices, type JourneyServicesBundle } from '../../src/language/journey-module.js';
import { projectRoot } from '../support/lsp-session.js';
import { CoalescingUpdatesModule } from '../../src/server/coalescing-update-handler.js';
import { today } from '../unit/helpers.js';

/*
 * An edit inside a quoted text is applied to the parsed document in place (src/server/string-edit.ts, through the
 * server's document builder). For random edits, inside texts and anywhere else, the document after `update` must be
 * exactly what a fresh parse and build of the new text gives: tokens and their positions, the ranges of every node,
 * the syntax tree's values, the index, the diagnostics and the map model.
 */

const EDITS_PER_MAP = 60;
const uri = URI.parse('file:///string-edit/map.journey');
const peopleUri = URI.parse('file:///string-edit/people.journey');

interface Workspace {
    services: JourneyServicesBundle;
    version: number;
}

async function open(text: string, people: string): Promise<Workspace> {
    // The language server's builder, which applies the edits inside texts in place.
    const services = createJourneyServices(EmptyFileSystem, { shared: CoalescingUpdatesModule });
    services.Journey.journey.Settings.setToday(today);
    const { TextDocuments, LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = services.shared.workspace;
    const documents: LangiumDocument[] = [];
    for (const [at, content] of [[peopleUri, people], [uri, text]] as const) {
        const textDocument = TextDocument.create(at.toString(), 'journey', 1, content);
        TextDocuments!.set(textDocument);
        const document = LangiumDocumentFactory.fromTextDocument(textDocument, at);
        LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await DocumentBuilder.build(documents, { validation: true });
    return { services, version: 1 };
}

/** Changes the open text, as the editor does, and lets the server's builder update the document. */
async function edit(workspace: Workspace, text: string): Promise<void> {
    const { TextDocuments, DocumentBuilder, WorkspaceLock } = workspace.services.shared.workspace;
    TextDocuments!.set(TextDocument.create(uri.toString(), 'journey', ++workspace.version, text));
    await DocumentBuilder.update([uri], []);
    // Other files are checked again after a change of the names a file declares or uses, in a build of its own.
    await WorkspaceLock.read(() => undefined);
}

/** Everything a request or a report can read from a built document, positions included. */
function snapshot(workspace: Workspace): unknown {
    const { LangiumDocuments, IndexManager } = workspace.services.shared.workspace;
    const document = LangiumDocuments.getDocument(uri)!;
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
    const index = IndexManager.allElements().filter(d => d.documentUri.toString() === uri.toString())
        .map(d => ({ name: d.name, type: d.type, path: d.path, name_: d.nameSegment, selection: d.selectionSegment })).toArray();
    const references = [...IndexManager.findAllReferences(root, '')].length;
    // Every document's reports: the other files are not validated again after an edit in place.
    const diagnostics = LangiumDocuments.all.toArray().flatMap(d => (d.diagnostics ?? []).map(x => ({ uri: d.uri.toString(), range: x.range, message: x.message, code: x.code, severity: x.severity })))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const model = buildDocumentMapModel(document, LangiumDocuments.all);
    return { text: document.textDocument.getText(), cst, json, ranges, index, references, diagnostics, model };
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

const example = (name: string) => readFileSync(join(projectRoot, 'examples', name), 'utf8');

describe('an edit inside a quoted text is applied in place', function () {
    this.timeout(180_000);
    // Each map with the file of its folder that declares the personas and channels.
    const maps: Array<[string, string, string]> = [
        ...readdirSync(join(projectRoot, 'examples')).filter(f => f.endsWith('.journey') && f !== 'people.journey')
            .map(f => [f, example(f), example('people.journey')] as [string, string, string]),
        ['reiskompas/reiskompas-nu.journey', example('reiskompas/reiskompas-nu.journey'), example('reiskompas/reiskompas-mensen.journey')],
        ['keukenhuis/keukenhuis-blauwdruk.journey', example('keukenhuis/keukenhuis-blauwdruk.journey'), ''],
        ['generated, 40 touchpoints', generateSingleDocument(40).replace(/^persona[\s\S]*?(?=^journey )/m, ''), example('people.journey')],
    ];

    for (const [name, original, people] of maps) {
        it(`${name}: ${EDITS_PER_MAP} random edits give the document a fresh build of the new text gives`, async () => {
            const rnd = random(name.length * 7919);
            const workspace = await open(original, people);
            let text = original;
            let patched = 0;
            for (let i = 0; i < EDITS_PER_MAP; i++) {
                // A text the last edit broke (a quote or a newline typed into a text) goes back to the map first.
                const broken = workspace.services.shared.workspace.LangiumDocuments.getDocument(uri)!.parseResult;
                const next = randomEdit(broken.lexerErrors.length + broken.parserErrors.length > 0 ? original : text, rnd);
                const before = workspace.services.shared.workspace.LangiumDocuments.getDocument(uri)!.parseResult.value;
                await edit(workspace, next);
                const after = workspace.services.shared.workspace.LangiumDocuments.getDocument(uri)!.parseResult.value;
                if (after === before) patched++;
                const fresh = await open(next, people);
                assert.deepEqual(snapshot(workspace), snapshot(fresh), `edit ${i + 1} (${after === before ? 'in place' : 'parsed again'}) of ${name}`);
                text = next;
            }
            // Most edits land inside texts and keep them texts: the in-place path is taken, not only the full parse.
            console.log(`      ${patched} of ${EDITS_PER_MAP} edits applied in place`);
            assert.ok(patched > EDITS_PER_MAP / 4, `${patched} of ${EDITS_PER_MAP} edits applied in place`);
        });
    }

    it('a newline, a quote or a backslash before the closing quote is not applied in place', async () => {
        const people = example('people.journey');
        const text = 'journey j "J" {\n    stage s "S" {\n        touchpoint t "T" {\n            action "Reads"\n        }\n    }\n}\n';
        const at = text.indexOf('Reads') + 2;
        for (const insert of ['\n', '"', '\\']) {
            const workspace = await open(text, people);
            const before = workspace.services.shared.workspace.LangiumDocuments.getDocument(uri)!.parseResult.value;
            const next = insert === '\\' ? text.replace('Reads"', 'Reads\\"') : text.slice(0, at) + insert + text.slice(at);
            await edit(workspace, next);
            assert.notEqual(workspace.services.shared.workspace.LangiumDocuments.getDocument(uri)!.parseResult.value, before, JSON.stringify(insert));
        }
    });
});
