import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isOperationCancelled, setInterruptionPeriod, type LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, SemanticTokensDecoder } from 'langium/lsp';
import { CancellationTokenSource, type SemanticTokens } from 'vscode-languageserver';
import { people, sharedFolder } from './helpers.js';
import { textDocument, workspace } from './lsp-helpers.js';

const map = `journey target "Target" improves today {
    persona thierry
    state future
    stage search "Search" {
        touchpoint web "Web" {
            channel web
            emotion -1 "lost"
            pain ads "Ads first" severity high
            opportunity guide "Guide" impact high effort low
            metric "Bounce" 58%
        }
    }
    action write "Write" { addresses ads status doing }
}
journey today "Today" { persona thierry stage s "S" { touchpoint t "T" { channel web } } }
`;

/** The semantic tokens of `map` (with the shared people beside it), looked up by the text they start at. */
async function tokenTypes(map: string): Promise<(needle: string, delta?: number) => string[]> {
    const ws = await workspace({ 'people.journey': people, 'map.journey': map });
    const document = ws.doc('map.journey');
    const provider = ws.services.Journey.lsp.SemanticTokenProvider as AbstractSemanticTokenProvider;
    const tokens = SemanticTokensDecoder.decode(
        await provider.semanticHighlight(document, { textDocument: textDocument(document) }), provider.tokenTypes, document);
    const text = document.textDocument.getText();
    return (needle, delta = 0) => tokens.filter(t => t.offset === text.indexOf(needle) + delta).map(t => `${t.tokenType}:${t.text}`);
}

describe('semantic highlighting', () => {
    it('colours names by what they are, enumeration values as enum members and emotions as numbers', async () => {
        const typeAt = await tokenTypes(map);
        assert.deepEqual(typeAt('target'), ['namespace:target']);
        assert.deepEqual(typeAt('today'), ['namespace:today']);
        assert.deepEqual(typeAt('thierry'), ['class:thierry']);
        assert.deepEqual(typeAt('future'), ['enumMember:future']);
        assert.deepEqual(typeAt('stage search', 6), ['struct:search']);
        assert.deepEqual(typeAt('touchpoint web', 11), ['event:web']);
        assert.deepEqual(typeAt('channel web', 8), ['interface:web']);
        assert.deepEqual(typeAt('-1'), ['number:-1']);
        assert.deepEqual(typeAt('58'), ['number:58']);
        assert.deepEqual(typeAt('pain ads', 5), ['variable:ads']);
        assert.deepEqual(typeAt('severity high', 9), ['enumMember:high']);
        assert.deepEqual(typeAt('effort low', 7), ['enumMember:low']);
        assert.deepEqual(typeAt('action write', 7), ['function:write']);
        assert.deepEqual(typeAt('addresses ads', 10), ['variable:ads']);
        assert.deepEqual(typeAt('doing'), ['enumMember:doing']);
        // Keywords and strings are left to the TextMate grammar.
        assert.deepEqual(typeAt('journey'), []);
        assert.deepEqual(typeAt('"Target"'), []);
    });

    it('marks declarations with the declaration modifier, references without', async () => {
        const ws = await workspace({ 'people.journey': people });
        const document = ws.doc('people.journey');
        const provider = ws.services.Journey.lsp.SemanticTokenProvider as AbstractSemanticTokenProvider;
        const tokens = SemanticTokensDecoder.decode(
            await provider.semanticHighlight(document, { textDocument: textDocument(document) }), provider.tokenTypes, document);
        const thierry = tokens.find(t => t.text === 'thierry');
        assert.equal(thierry?.tokenType, 'class');
        assert.notEqual(thierry?.tokenModifiers, 0);
        assert.deepEqual(tokens.filter(t => t.text === 'web').map(t => t.tokenType), ['interface', 'enumMember']);
    });

    it('colours the version 2 lines: the persona of an emotion, the map type and language, the review interval', async () => {
        const v2 = `journey day "Day" {
    persona thierry, dominique
    type day-in-the-life
    language nl
    review every 3 months
    stage s "S" { time "07:00" touchpoint t "T" { emotion dominique -1 "rushed" evidence "Diary" link "notes/day.md" } }
}
`;
        const typeAt = await tokenTypes(v2);
        assert.deepEqual(typeAt('emotion dominique', 8), ['class:dominique']);
        assert.deepEqual(typeAt('-1'), ['number:-1']);
        assert.deepEqual(typeAt('day-in-the-life'), ['enumMember:day-in-the-life']);
        assert.deepEqual(typeAt('nl'), ['enumMember:nl']);
        assert.deepEqual(typeAt('every 3', 6), ['number:3']);
    });
});

/** The example folders: ours (version 2 in their own folders) and the shared ones beside the checkout (when present). */
const exampleFolders = ([
    ['examples', new URL('../../../examples/', import.meta.url)],
    ['examples/reiskompas', new URL('../../../examples/reiskompas/', import.meta.url)],
    ['examples/keukenhuis', new URL('../../../examples/keukenhuis/', import.meta.url)],
    ['../shared/examples', sharedFolder('examples')],
    ['../shared/examples-v2', sharedFolder('examples-v2')],
] as const).filter(([, folder]) => existsSync(folder));

function exampleFiles(folder: URL): Record<string, string> {
    return Object.fromEntries(readdirSync(folder).filter(f => f.endsWith('.journey')).map(f => [f, readFileSync(new URL(f, folder), 'utf8')]));
}

/** Where a token starts before the previous one on its line ends, as VS Code checks it ("Overlapping semantic tokens"). */
function overlaps(tokens: SemanticTokens): string[] {
    const found: string[] = [];
    let line = 0;
    let start = 0;
    let previousEnd = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
        const [deltaLine, deltaStart, length] = tokens.data.slice(i, i + 3);
        if (deltaLine > 0) {
            line += deltaLine;
            start = deltaStart;
            previousEnd = 0;
        } else {
            start += deltaStart;
        }
        if (start < previousEnd) found.push(`line ${line + 1}, column ${start + 1}`);
        previousEnd = start + length;
    }
    return found;
}

describe('semantic highlighting of the examples: no overlapping tokens', () => {
    const liveToken = () => new CancellationTokenSource().token; // not CancellationToken.None: Langium pauses between nodes only for a real token
    afterEach(() => setInterruptionPeriod(10)); // Langium's default

    for (const [label, folder] of exampleFolders) {
        it(`${label}: alone, at the same time as a range request, and after a cancelled request`, async () => {
            const ws = await workspace(exampleFiles(folder));
            const provider = ws.services.Journey.lsp.SemanticTokenProvider as AbstractSemanticTokenProvider;
            const full = (document: LangiumDocument) => provider.semanticHighlight(document, { textDocument: textDocument(document) }, liveToken());
            for (const document of ws.documents) {
                const name = document.uri.path.split('/').pop();
                const alone = await full(document);
                assert.deepEqual(overlaps(alone), [], `${name} alone`);
                assert.ok(alone.data.length > 0, `${name} has tokens`);

                setInterruptionPeriod(0); // pause at every node, as a busy server does, so that requests interleave
                const firstLines = { start: { line: 0, character: 0 }, end: { line: 15, character: 0 } };
                const [together, range] = await Promise.all([
                    full(document),
                    provider.semanticHighlightRange(document, { textDocument: textDocument(document), range: firstLines }, liveToken()),
                ]);
                assert.deepEqual(overlaps(together), [], `${name} with a range request at the same time`);
                assert.deepEqual(together.data, alone.data, `${name}: the range request does not change the whole answer`);
                assert.deepEqual(overlaps(range), [], `${name}: the range answer`);

                const cancelled = new CancellationTokenSource();
                const abandoned = provider.semanticHighlight(document, { textDocument: textDocument(document) }, cancelled.token);
                cancelled.cancel();
                await abandoned.then(() => undefined, error => assert.ok(isOperationCancelled(error), String(error)));
                const after = await full(document);
                assert.deepEqual(overlaps(after), [], `${name} after a cancelled request`);
                assert.deepEqual(after.data, alone.data, `${name}: a cancelled request leaves nothing behind`);
                setInterruptionPeriod(10);
            }
        });
    }
});
