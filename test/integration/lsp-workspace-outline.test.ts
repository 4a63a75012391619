/**
 * The real `journey lsp --stdio` process serving the Journeys view (journey/workspaceOutline) and
 * the maps of Markdown blocks (journey/blockModel), in a folder of maps on disk.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MapModel } from '../../src/model/map-model.js';
import type { WorkspaceOutline } from '../../src/model/workspace-outline.js';
import { LspSession } from '../support/lsp-session.js';

const people = 'persona priya "Pendelende Priya"\nchannel web "Website" icon web\n';
const map = (id: string, due: string) => `journey ${id} "Map ${id}" {
    persona priya
    reviewed "2026-01-01"
    stage s "Stage" { touchpoint t "T" { channel web emotion 0 evidence "x" } }
    action a "Follow up" { owner "Team" due "${due}" }
}
`;

describe('journey lsp --stdio: the workspace outline and Markdown blocks', function () {
    this.timeout(60_000);
    let session: LspSession;
    let folder: string;
    const uriOf = (name: string) => pathToFileURL(join(folder, name)).href;
    const outline = async () => (await session.request<WorkspaceOutline>('journey/workspaceOutline', {})).result;
    /** Waits for a modelsChanged notification after index `from` that names `uri`. */
    const changed = (from: number, uri: string) => session.until(
        () => session.notifications.slice(from).find(n => n.method === 'journey/modelsChanged' && (n.params as { uris: string[] }).uris.includes(uri)),
        20_000, `modelsChanged for ${uri}`);

    before(async () => {
        folder = mkdtempSync(join(tmpdir(), 'journey-outline-'));
        writeFileSync(join(folder, 'people.journey'), people);
        writeFileSync(join(folder, 'a.journey'), map('map_a', '2026-11-13'));
        writeFileSync(join(folder, 'b.journey'), map('map_b', '2027-06-01'));
        const previous = process.env.JOURNEY_TODAY;
        process.env.JOURNEY_TODAY = '2026-11-23';
        try {
            ({ session } = await LspSession.start({ workspaceUri: pathToFileURL(folder).href }));
        } finally {
            if (previous === undefined) delete process.env.JOURNEY_TODAY; else process.env.JOURNEY_TODAY = previous;
        }
    });

    after(async () => {
        await session?.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    it('lists the maps on disk, counted from JOURNEY_TODAY', async () => {
        const result = await outline();
        assert.equal(result.today, '2026-11-23');
        assert.deepEqual(result.maps.map(m => m.id).sort(), ['map_a', 'map_b']);
        const a = result.maps.find(m => m.id === 'map_a')!;
        assert.equal(a.actions[0].overdueDays, 10);
        assert.equal(a.review?.due, true, 'reviewed 2026-01-01, six months by default');
        assert.equal(result.maps.find(m => m.id === 'map_b')!.actions[0].overdueDays, undefined);
        assert.deepEqual(result.personas.map(p => p.id), ['priya']);
    });

    it('follows an edit: modelsChanged names the file, and the next outline has the change', async () => {
        const uri = uriOf('b.journey');
        const from = session.notifications.length;
        await session.open({ uri, text: map('map_b', '2026-11-20'), version: 1 });
        await changed(from, uri);
        const b = (await outline()).maps.find(m => m.id === 'map_b')!;
        assert.equal(b.actions[0].overdueDays, 3);
        await session.close(uri);
    });

    it('follows a deleted file: modelsChanged names it, and the outline no longer has its maps', async () => {
        const uri = uriOf('a.journey');
        rmSync(join(folder, 'a.journey'));
        const from = session.notifications.length;
        await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
        await changed(from, uri);
        assert.deepEqual((await outline()).maps.map(m => m.id), ['map_b']);
    });

    it('draws a block with the workspace\'s names, without publishing reports for it or adding its names', async () => {
        const publishes = session.publishes.length;
        const block = 'persona block_only "Only in the block"\njourney in_notes "In the notes" {\n    persona priya, block_only\n    stage s "S" { touchpoint t "T" { channel web emotion 1 } }\n}\n';
        const model = (await session.request<MapModel>('journey/blockModel', { text: block })).result;
        assert.deepEqual(model.journeys.map(j => j.personas.map(p => p.name)), [['Pendelende Priya', 'Only in the block']]);
        assert.equal(model.journeys[0].stages[0].touchpoints[0].channel?.name, 'Website');
        const broken = (await session.request<MapModel>('journey/blockModel', { text: 'journey j "J" {\n  stage s "S" {\n' })).result;
        assert.ok(broken.diagnostics.some(d => d.code === 'syntax-error'));
        // An open map that names the block's persona does not find it; no report is ever published for a block.
        const uri = uriOf('user.journey');
        await session.open({ uri, text: 'journey u "U" { persona block_only stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } } }', version: 1 });
        const codes = await session.codes(uri, c => c.length > 0, 'the user map\'s reports');
        assert.ok(codes.includes('unresolved-reference'), codes.join(', '));
        assert.ok(!session.publishes.slice(publishes).some(p => !p.uri.startsWith('file:')), 'reports only for files');
        assert.ok(!(await outline()).maps.some(m => m.id === 'in_notes'), 'the block is not a map of the workspace');
    });

    it('answers at once in a workspace without maps (the view then offers to create one)', async () => {
        const empty = mkdtempSync(join(tmpdir(), 'journey-outline-empty-'));
        const { session: other } = await LspSession.start({ workspaceUri: pathToFileURL(empty).href });
        try {
            const answer = (await other.request<WorkspaceOutline>('journey/workspaceOutline', {}, 10_000)).result;
            assert.deepEqual([answer.maps, answer.personas], [[], []]);
        } finally {
            await other.stop();
            rmSync(empty, { recursive: true, force: true });
        }
    });
});
