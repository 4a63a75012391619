import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { buildMapModel } from '../../src/language/build-model.js';
import { buildDocumentSet, sourcesFromTexts } from '../../src/workspace/document-set.js';
import { LspResponseError, LspSession, positionAt } from '../support/lsp-session.js';
import { today } from '../unit/helpers.js';

/*
 * Rename through the real server (`textDocument/rename` over JSON-RPC): a new name is either refused with a message a map
 * writer understands, or its edits leave every file as valid as it was (the same reports, by code and line).
 */

const people = `persona thierry "Twijfelende Thierry" { goal "Best value" }
persona dominique "Drukke Dominique"
channel web "Website" icon web
channel mail "E-mail" icon mail
`;

const map = `journey today "Today" {
    persona thierry, dominique
    stage orientation "Oriëntatie" {
        touchpoint search "Search engine" {
            persona thierry
            channel web
            emotion thierry -1
            evidence "Interviews"
            pain slow "Slow site" severity high
            opportunity guide "Write a guide"
        }
        touchpoint compare "Compares" { channel mail emotion 0 evidence "Log" }
    }
    stage purchase "Aankoop" {
        touchpoint checkout "Checkout" { channel web emotion 1 evidence "Log" }
    }
    action fix "Fix it" { addresses slow }
    action other "Other" { }
}
journey target "Target" improves today {
    persona thierry
    stage orientation "Oriëntatie" {
        touchpoint search "Search engine" { channel web emotion 1 }
    }
}
`;

const root = 'file:///rename-test';
const files: Record<string, string> = { 'people.journey': people, 'map.journey': map };
const uriOf = (name: string) => `${root}/${name}`;

/** What is renamed: a name in a file (its first occurrence after `after`). */
const targets = {
    persona: { file: 'map.journey', after: 'persona ', name: 'thierry' },
    channel: { file: 'people.journey', after: 'channel ', name: 'web' },
    journey: { file: 'map.journey', after: 'improves ', name: 'today' },
    stage: { file: 'map.journey', after: 'stage ', name: 'orientation' },
    touchpoint: { file: 'map.journey', after: 'touchpoint ', name: 'search' },
    pain: { file: 'map.journey', after: 'addresses ', name: 'slow' },
    opportunity: { file: 'map.journey', after: 'opportunity ', name: 'guide' },
    action: { file: 'map.journey', after: 'action ', name: 'fix' },
} as const;
type Target = keyof typeof targets;

const KEYWORD = /^'.*' is a word of the language and cannot be a name\.$/s;
const NOT_A_NAME = /^'.*' cannot be a name: a name starts with a letter or _ and holds only letters, digits and _ \(no spaces or other signs\)\.$/s;
const EMPTY = /^A name cannot be empty\.$/;
const taken = (kind: string, name: string, where: string, local = false) =>
    new RegExp(`^A ${kind} named '${name}' already exists${local ? ' in this journey' : ''} \\(${where.replace('.', '\\.')}\\)\\.$`);

/** [target, new name, expected: 'renamed' or the refusal]. */
const table: Array<[Target, string, 'renamed' | RegExp]> = [
    // Valid names.
    ['persona', 'tessa', 'renamed'],
    ['persona', 'Tessa', 'renamed'],
    ['persona', '_tessa', 'renamed'],
    ['persona', 'tessa2', 'renamed'],
    ['persona', 'first_time_buyer', 'renamed'],
    ['persona', 'T2000', 'renamed'],
    ['persona', `p${'x'.repeat(120)}`, 'renamed'],
    ['persona', 'thierry', 'renamed'],
    ['persona', 'stages', 'renamed'],
    ['persona', 'Stage', 'renamed'],
    ['persona', 'web', 'renamed'],
    ['channel', 'site', 'renamed'],
    ['channel', 'app', 'renamed'],
    ['channel', 'thierry', 'renamed'],
    ['journey', 'yesterday', 'renamed'],
    ['journey', 'current', 'renamed'],
    ['stage', 'high', 'renamed'],
    ['stage', 'search', 'renamed'],
    ['touchpoint', 'done', 'renamed'],
    ['touchpoint', 'icon', 'renamed'],
    ['touchpoint', 'orientation', 'renamed'],
    ['pain', 'severity', 'renamed'],
    ['pain', 'guide', 'renamed'],
    ['opportunity', 'impact', 'renamed'],
    ['opportunity', 'slow', 'renamed'],
    ['action', 'effort', 'renamed'],
    ['action', 'open', 'renamed'],
    // Version 2: the words that start its new lines stay names, and a name may use letters of any script.
    ['persona', 'type', 'renamed'],
    ['channel', 'frontstage', 'renamed'],
    ['journey', 'language', 'renamed'],
    ['stage', 'review', 'renamed'],
    ['touchpoint', 'time', 'renamed'],
    ['pain', 'link', 'renamed'],
    ['opportunity', 'prop', 'renamed'],
    ['action', 'every', 'renamed'],
    ['persona', 'Zoë', 'renamed'],
    ['persona', 'Ελένη', 'renamed'],
    ['stage', 'oriëntatie', 'renamed'],
    ['touchpoint', '名前', 'renamed'],
    ['channel', 'café_2', 'renamed'],
    // Words of the language that cannot be names.
    ['persona', 'stage', KEYWORD],
    ['persona', 'persona', KEYWORD],
    ['persona', 'journey', KEYWORD],
    ['channel', 'channel', KEYWORD],
    ['channel', 'touchpoint', KEYWORD],
    ['journey', 'improves', KEYWORD],
    ['journey', 'state', KEYWORD],
    ['stage', 'goal', KEYWORD],
    ['stage', 'metric', KEYWORD],
    ['touchpoint', 'emotion', KEYWORD],
    ['touchpoint', 'action', KEYWORD],
    ['touchpoint', 'evidence', KEYWORD],
    ['pain', 'pain', KEYWORD],
    ['opportunity', 'opportunity', KEYWORD],
    ['action', 'addresses', KEYWORD],
    ['action', 'due', KEYWORD],
    ['action', 'status', KEYWORD],
    ['journey', 'day-in-the-life', KEYWORD],
    ['journey', 'service-blueprint', KEYWORD],
    // Texts that are no name at all.
    ['persona', '', EMPTY],
    ['persona', ' ', EMPTY],
    ['persona', 'two words', NOT_A_NAME],
    ['persona', ' tessa', NOT_A_NAME],
    ['persona', '1st', NOT_A_NAME],
    ['persona', '42', NOT_A_NAME],
    ['persona', 'first-time', NOT_A_NAME],
    ['channel', 'web.site', NOT_A_NAME],
    ['channel', 'web!', NOT_A_NAME],
    ['journey', '"today"', NOT_A_NAME],
    ['journey', 'a{b}', NOT_A_NAME],
    ['stage', 'a,b', NOT_A_NAME],
    ['stage', 'x//y', NOT_A_NAME],
    ['touchpoint', 'line\nbreak', NOT_A_NAME],
    ['pain', '-2', NOT_A_NAME],
    ['pain', 'a%', NOT_A_NAME],
    // Names already taken where they must differ.
    ['persona', 'dominique', taken('persona', 'dominique', 'people.journey:2')],
    ['channel', 'mail', taken('channel', 'mail', 'people.journey:4')],
    ['journey', 'target', taken('journey', 'target', 'map.journey:20')],
    ['stage', 'purchase', taken('stage', 'purchase', 'map.journey:14', true)],
    ['touchpoint', 'compare', taken('touchpoint', 'compare', 'map.journey:12', true)],
    ['touchpoint', 'checkout', taken('touchpoint', 'checkout', 'map.journey:15', true)],
    ['action', 'other', taken('action', 'other', 'map.journey:18', true)],
];

/** The texts after the edits of a rename. */
function applied(edit: WorkspaceEdit): Record<string, string> {
    const result = { ...files };
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const name = uri.slice(root.length + 1);
        assert.ok(name in result, `an edit of an unknown file ${uri}`);
        result[name] = TextDocument.applyEdits(TextDocument.create(uri, 'journey', 1, result[name]!), edits);
    }
    return result;
}

/** The reports of a set of files, as `file:line code`. */
async function reportsOf(texts: Record<string, string>): Promise<string[]> {
    const { documents } = await buildDocumentSet(sourcesFromTexts(texts), { today });
    return buildMapModel(documents).diagnostics.map(d => `${d.uri.split('/').pop()}:${d.range.start.line} ${d.code}`).sort();
}

describe('rename refuses a name that would break the map (the real server)', function () {
    this.timeout(60_000);
    let session: LspSession;
    let reportsBefore: string[];

    const positionOf = (target: Target) => {
        const { file, after, name } = targets[target];
        const text = files[file]!;
        const at = text.indexOf(`${after}${name}`);
        assert.ok(at >= 0, `${after}${name} not in ${file}`);
        return positionAt(text, at + after.length + 1);
    };

    async function rename(target: Target, newName: string): Promise<WorkspaceEdit | null> {
        const { file } = targets[target];
        const { result } = await session.request<WorkspaceEdit | null>('textDocument/rename', {
            textDocument: { uri: uriOf(file) }, position: positionOf(target), newName,
        });
        return result;
    }

    async function prepare(file: string, needle: string, delta: number): Promise<Range | null> {
        const text = files[file]!;
        const { result } = await session.request<Range | null>('textDocument/prepareRename', {
            textDocument: { uri: uriOf(file) }, position: positionAt(text, text.indexOf(needle) + delta),
        });
        return result;
    }

    async function refusal(promise: Promise<unknown>): Promise<string> {
        try {
            await promise;
        } catch (error) {
            assert.ok(error instanceof LspResponseError, String(error));
            return error.error.message;
        }
        assert.fail('not refused');
    }

    before(async () => {
        reportsBefore = await reportsOf(files);
        session = (await LspSession.start({ workspaceUri: root })).session;
        for (const [name, text] of Object.entries(files)) {
            const from = await session.open({ uri: uriOf(name), version: 1, text });
            await session.nextPublish(uriOf(name), from);
        }
    });

    after(async () => {
        await session?.stop();
    });

    it(`tries ${table.length} names: each is renamed everywhere without a new report, or refused with its reason`, async () => {
        assert.ok(table.length >= 50);
        const failures: string[] = [];
        for (const [target, newName, expected] of table) {
            const what = `${target} → ${JSON.stringify(newName)}`;
            if (expected === 'renamed') {
                const edit = await rename(target, newName);
                assert.ok(edit?.changes, `${what}: no edit`);
                const edits = Object.values(edit.changes).flat();
                assert.ok(edits.length >= 1 && edits.every(e => e.newText === newName), `${what}: ${JSON.stringify(edit)}`);
                const after = await reportsOf(applied(edit));
                if (JSON.stringify(after) !== JSON.stringify(reportsBefore)) failures.push(`${what}: the reports changed: ${JSON.stringify(after)}`);
            } else {
                const message = await refusal(rename(target, newName)).catch((error: Error) => `not refused (${error.message})`);
                if (!expected.test(message)) failures.push(`${what}: ${message}`);
            }
        }
        assert.deepEqual(failures, []);
    });

    it('prepareRename gives the range of a name, and says why where there is nothing to rename', async () => {
        assert.deepEqual(await prepare('map.journey', 'persona thierry', 'persona '.length + 1), {
            start: { line: 1, character: 12 }, end: { line: 1, character: 19 },
        });
        assert.match(await refusal(prepare('map.journey', 'stage orientation', 1)), /^Only a name can be renamed: put the cursor on the name of a persona/);
        assert.match(await refusal(prepare('map.journey', '"Today"', 2)), /^Only a name can be renamed/);
    });

    it('prepareRename on a reference to nothing says so', async () => {
        const text = 'journey lonely "Lonely" {\n    persona ghost\n}\n';
        const uri = uriOf('lonely.journey');
        const from = await session.open({ uri, version: 1, text });
        await session.nextPublish(uri, from);
        const { result, ms } = await session.request<Range | null>('textDocument/prepareRename', {
            textDocument: { uri }, position: positionAt(text, text.indexOf('ghost') + 1),
        }).catch((error: unknown) => ({ result: error, ms: 0 }));
        assert.ok(result instanceof LspResponseError, `${JSON.stringify(result)} ${ms}`);
        assert.equal(result.error.message, `'ghost' names nothing that exists, so there is nothing to rename.`);
    });
});
