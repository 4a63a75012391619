import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSingleDocument } from '../../bench/generate-map.js';
import { LspSession, positionAt, projectRoot, sleep, type OpenDocument, type Publish } from '../support/lsp-session.js';

/*
 * When requests and diagnostics come, on the real `journey lsp --stdio` process: requests sent before the first build of
 * a document, and a stream of edits that never pauses. The bounds are hang guards, about ten times what was measured.
 */

/** A request to its answer. Measured: 0.02 to 0.2 s (it waits for the document's first build). */
const ANSWER_MS = 5_000;
/** How long the stream of edits runs, and the time between two of its edits. */
const STREAM_MS = 3_000;
const STREAM_GAP_MS = 10;
/**
 * Requests are sent during the first second of the stream, so each has two seconds to be answered before it ends; one
 * every 250 ms of it (counted in time, not in edits: on a busy machine fewer edits are sent in that second).
 */
const REQUESTS_UNTIL_MS = 1_000;
const REQUEST_EVERY_MS = 250;

const example = (name: string) => readFileSync(join(projectRoot, 'examples', name), 'utf8');
const serverErrors = (session: LspSession) => session.stderrLines.filter(line => line.trim() !== '');

describe('language server timing (the real process)', function () {
    this.timeout(60_000);
    const sessions: LspSession[] = [];

    async function start(): Promise<LspSession> {
        const { session } = await LspSession.start();
        sessions.push(session);
        return session;
    }

    after(async () => {
        await Promise.all(sessions.map(s => s.stop()));
    });

    describe('requests sent right after didOpen, before the first build', () => {
        it('completion, hover, document symbols, semantic tokens and folding wait for the build and are answered', async () => {
            const session = await start();
            const people: OpenDocument = { uri: 'file:///timing/people.journey', version: 1, text: example('people.journey') };
            const map: OpenDocument = { uri: 'file:///timing/bike-current.journey', version: 1, text: example('bike-current.journey') };
            const channelAt = positionAt(map.text, map.text.indexOf('channel ') + 'channel '.length);
            const personaAt = positionAt(map.text, map.text.indexOf('persona ') + 'persona '.length + 1);
            // No waiting between didOpen and the requests: an editor asks at once (Neovim on a new buffer, VS Code's
            // first symbol and token requests).
            void session.open(people);
            void session.open(map);
            const textDocument = { uri: map.uri };
            const [completion, hover, symbols, tokens, folding] = await Promise.all([
                session.completion(map.uri, channelAt, ANSWER_MS),
                session.hover(map.uri, personaAt, ANSWER_MS),
                session.request<Array<{ name: string }> | null>('textDocument/documentSymbol', { textDocument }, ANSWER_MS),
                session.request<{ data: number[] } | null>('textDocument/semanticTokens/full', { textDocument }, ANSWER_MS),
                session.request<unknown[] | null>('textDocument/foldingRange', { textDocument }, ANSWER_MS),
            ]);
            assert.ok(completion.labels.includes('bike_site'), `channels proposed: ${JSON.stringify(completion.labels)}`);
            assert.match(JSON.stringify(hover.contents), /Priya/, 'the hover of the persona reference names her');
            assert.deepEqual(symbols.result?.map(s => s.name), ['bike_today']);
            assert.ok((tokens.result?.data.length ?? 0) > 100, `semantic tokens: ${tokens.result?.data.length}`);
            assert.ok((folding.result?.length ?? 0) > 5, `folding ranges: ${folding.result?.length}`);
            assert.deepEqual(serverErrors(session), []);
        });

        it('a request sent right after a character typed into a text is answered (the edit is applied in place, then validated)', async () => {
            const session = await start();
            const people: OpenDocument = { uri: 'file:///timing/people.journey', version: 1, text: example('people.journey') };
            const map: OpenDocument = { uri: 'file:///timing/typed.journey', version: 1, text: example('bike-current.journey') };
            await session.open(people);
            await session.nextPublish(map.uri, await session.open(map), 1, ANSWER_MS);
            const title = map.text.indexOf('"', map.text.indexOf('touchpoint ')) + 1;
            for (let i = 0; i < 3; i++) {
                await session.edit(map, title, 0, 'x');
                const channelAt = map.text.indexOf('channel ') + 'channel '.length;
                // No waiting: the request arrives before the edit is built.
                const [completion, hover] = await Promise.all([
                    session.completion(map.uri, positionAt(map.text, channelAt), ANSWER_MS),
                    session.hover(map.uri, positionAt(map.text, title), ANSWER_MS),
                ]);
                assert.ok(completion.labels.includes('bike_site'), `channels proposed: ${JSON.stringify(completion.labels)}`);
                assert.notEqual(hover.contents, undefined);
            }
            assert.deepEqual(serverErrors(session), []);
        });

        it('a request for a document that was never opened still gets an answer', async () => {
            const session = await start();
            const { result } = await session.request<unknown>('textDocument/documentSymbol', { textDocument: { uri: 'file:///timing/never-opened.journey' } }, ANSWER_MS)
                .catch((error: Error) => ({ result: error.message }));
            // Not a hang: an answer of any kind (Langium answers that there is no such document).
            assert.notEqual(result, undefined);
        });
    });

    describe(`an edit every ${STREAM_GAP_MS} ms for ${STREAM_MS / 1000} s`, () => {
        it('diagnostics follow during the stream, requests are answered during it, and the last version is published', async () => {
            const session = await start();
            // A map of 1,000 touchpoints: a build takes longer than the gap between two edits.
            const map: OpenDocument = { uri: 'file:///timing/stream.journey', version: 1, text: generateSingleDocument(1_000) };
            const from = await session.open(map);
            await session.nextPublish(map.uri, from, 1, 60_000);
            const at = map.text.indexOf('action "', map.text.length >> 1) + 'action "'.length;
            const channelAt = map.text.indexOf('channel ', map.text.length >> 1) + 'channel '.length;
            const streamFrom = session.publishes.length;
            const answers: Array<{ sent: number; answered: number }> = [];
            const requests: Array<Promise<void>> = [];
            const t0 = performance.now();
            let lastSent = t0;
            let edits = 0;
            let nextRequest = 0;
            while (performance.now() - t0 < STREAM_MS) {
                // Type an `x` into an action text, then take it out again: the map stays valid.
                lastSent = map.text[at] === 'x' ? await session.edit(map, at, 1, '') : await session.edit(map, at, 0, 'x');
                edits++;
                const elapsed = performance.now() - t0;
                if (elapsed < REQUESTS_UNTIL_MS && elapsed >= nextRequest) {
                    nextRequest += REQUEST_EVERY_MS;
                    const sent = performance.now();
                    const position = positionAt(map.text, channelAt);
                    requests.push(session.completion(map.uri, position, STREAM_MS + ANSWER_MS).then(({ labels }) => {
                        assert.ok(labels.includes('web'), `channels proposed: ${JSON.stringify(labels)}`);
                        answers.push({ sent, answered: performance.now() });
                    }));
                }
                await sleep(STREAM_GAP_MS);
            }
            await Promise.all(requests);
            const last = await session.until(
                () => session.publishes.slice(streamFrom).find((p: Publish) => p.uri === map.uri && p.version === map.version),
                ANSWER_MS * 2,
                `the diagnostics of the last version ${map.version}`,
            );
            const during = session.publishes.slice(streamFrom).filter(p => p.uri === map.uri && p.at < lastSent);
            const answeredDuring = answers.filter(a => a.answered < lastSent).length;
            console.log(`      ${edits} edits in ${(lastSent - t0).toFixed(0)} ms: ${during.length} publishes during the stream (versions ${during.map(p => p.version).join(', ')}); ${answeredDuring} of ${answers.length} completions answered during it (at most ${Math.max(...answers.map(a => a.answered - a.sent)).toFixed(0)} ms); last version published ${(last.at - lastSent).toFixed(0)} ms after the last edit`);
            assert.ok(during.length >= 2, `diagnostics published during the stream: ${during.length}`);
            assert.ok(answers.length > 0 && answeredDuring === answers.length, `completions answered during the stream: ${answeredDuring} of ${answers.length}`);
            assert.deepEqual(last.diagnostics.filter(d => d.severity === 1), []);
            assert.deepEqual(serverErrors(session), []);
        });
    });
});
