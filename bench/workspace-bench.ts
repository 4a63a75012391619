/**
 * The Journeys view's data on a workspace of 200 maps: the real `journey lsp --stdio` process in a folder of 200
 * generated maps on disk (100 current maps and 100 future maps that improve them, 20 touchpoints each, one file of
 * personas and channels). Measures how soon after the server is ready the outline of all maps is there, the outline
 * request on a built workspace, and how soon an edit is in the outline (didChange → modelsChanged → outline with the
 * edit), against the preview's budget. And, for information, a ```journey Markdown block's model. Prints figures and
 * PASS/MISS; never fails the process.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MapModel } from '../src/model/map-model.js';
import type { WorkspaceOutline } from '../src/model/workspace-outline.js';
import { LspSession, projectRoot as root, sleep } from '../test/support/lsp-session.js';
import { BENCH_TODAY, generateWorkspace } from './generate-map.js';
import type { SuiteOptions } from './language-bench.js';
import { fmt, median, p95 } from './statistics.js';

const PAIRS = 100;
const TOUCHPOINTS_PER_MAP = 20;

/** 200 maps in files of their own, and the people file they share. */
function workspaceFiles(): Record<string, string> {
    const { files } = generateWorkspace(2 * TOUCHPOINTS_PER_MAP);
    const out: Record<string, string> = { 'people.journey': files['people.journey'] };
    for (let i = 0; i < PAIRS; i++) {
        const n = String(i).padStart(3, '0');
        const rename = (text: string) => text.replace(/\bservice_today\b/g, `service_today_${n}`).replace(/\bservice_tomorrow\b/g, `service_tomorrow_${n}`);
        out[`maps/current-${n}.journey`] = rename(files['current.journey']);
        out[`maps/future-${n}.journey`] = rename(files['future.journey']);
    }
    return out;
}

interface Row { measure: string; figure: string; target: string; verdict: string }

const verdict = (pass: boolean) => (pass ? 'PASS' : '**MISS**');

export async function runWorkspaceBench(options: SuiteOptions): Promise<void> {
    if (!existsSync(join(root, 'dist', 'cli.cjs'))) {
        console.log('\n## workspace: dist/cli.cjs is missing; run `node scripts/bundle.mjs` first. Skipped.');
        return;
    }
    const files = workspaceFiles();
    const folder = mkdtempSync(join(tmpdir(), 'journey-workspace-bench-'));
    mkdirSync(join(folder, 'maps'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    const lines = Object.values(files).reduce((sum, text) => sum + text.split('\n').length, 0);
    console.log(`\n## workspace: the Journeys view's outline, the real server (node bin/journey.cjs lsp --stdio), ${2 * PAIRS} maps of ${TOUCHPOINTS_PER_MAP} touchpoints in ${Object.keys(files).length} files, ${lines.toLocaleString('en-US')} lines`);
    console.log(`load average at start: ${loadavg().map(l => l.toFixed(2)).join(' ')}`);
    const rows: Row[] = [];
    const notes: string[] = [];
    const previous = process.env.JOURNEY_TODAY;
    process.env.JOURNEY_TODAY = BENCH_TODAY;
    try {
        // 1. Server ready (initialize answered) → the outline of all 200 maps answered: what the view waits for.
        const runs = options.quick ? 1 : 3;
        const firsts: number[] = [];
        let outline: WorkspaceOutline | undefined;
        for (let i = 0; i < runs; i++) {
            const { session } = await LspSession.start({ workspaceUri: pathToFileURL(folder).href });
            const t0 = performance.now();
            const first = await session.request<WorkspaceOutline>('journey/workspaceOutline', {}, 120_000);
            firsts.push(performance.now() - t0);
            outline = first.result;
            await session.stop();
        }
        const maps = outline?.maps.length ?? 0;
        rows.push({
            measure: `server ready → outline of every map answered (the workspace's first build included; median of ${runs})`,
            figure: `${fmt(median(firsts), 0)} ms (${maps} maps, min ${fmt(Math.min(...firsts), 0)}, max ${fmt(Math.max(...firsts), 0)})`,
            target: '< 1,000 ms', verdict: verdict(median(firsts) < 1000 && maps === 2 * PAIRS),
        });

        const { session } = await LspSession.start({ workspaceUri: pathToFileURL(folder).href });
        try {
            await session.request<WorkspaceOutline>('journey/workspaceOutline', {}, 120_000);
            // 2. The outline request itself, on the built workspace.
            const requests: number[] = [];
            let bytes = 0;
            for (let i = 0; i < (options.quick ? 10 : 30); i++) {
                const { result, ms } = await session.request<WorkspaceOutline>('journey/workspaceOutline', {});
                requests.push(ms);
                bytes = JSON.stringify(result).length;
            }
            rows.push({
                measure: `outline request on the built workspace (${requests.length}×)`,
                figure: `median ${fmt(median(requests))} ms, p95 ${fmt(p95(requests))} ms; ${fmt(bytes / 1024, 0)} KB of JSON`,
                target: '< 1,000 ms', verdict: verdict(p95(requests) < 1000),
            });

            // 3. An edit in one map → modelsChanged → an outline that has the edit (the due date of its first action).
            const uri = pathToFileURL(join(folder, 'maps/current-050.journey')).href;
            const document = { uri, text: files['maps/current-050.journey'], version: 1 };
            await session.open(document);
            await session.nextPublish(uri, 0, undefined, 60_000);
            const edits: number[] = [];
            const dueDates = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04'];
            for (let i = 0; i < (options.quick ? 8 : 20); i++) {
                const due = dueDates[i % dueDates.length];
                const text = document.text.replace(/due "[0-9-]+"/, `due "${due}"`);
                const from = session.notifications.length;
                const t0 = performance.now();
                await session.replace(document, text);
                await session.until(() => session.notifications.slice(from).find(n => n.method === 'journey/modelsChanged' && (n.params as { uris: string[] }).uris.includes(uri)), 30_000, 'modelsChanged');
                const { result } = await session.request<WorkspaceOutline>('journey/workspaceOutline', {});
                const map = result.maps.find(m => m.id === 'service_today_050')!;
                if (map.actions[0]?.due !== due) notes.push(`edit ${i}: the outline did not have the edit yet (${map.actions[0]?.due})`);
                edits.push(performance.now() - t0);
                await sleep(300);
            }
            rows.push({
                measure: `didChange → modelsChanged → outline with the edit (${edits.length} edits 300 ms apart)`,
                figure: `median ${fmt(median(edits))} ms, p95 ${fmt(p95(edits))} ms, max ${fmt(Math.max(...edits))} ms`,
                target: 'median < 150 ms (the preview\'s redraw budget)', verdict: verdict(median(edits) < 150),
            });

            // 4. For information: the model of a Markdown block that names the workspace's personas and channels.
            const block = generateWorkspace(20).files['current.journey'].replace(/\bservice_today\b/g, 'in_the_notes');
            const blocks: number[] = [];
            for (let i = 0; i < 10; i++) blocks.push((await session.request<MapModel>('journey/blockModel', { text: block })).ms);
            rows.push({ measure: 'a ```journey block of 20 touchpoints: its model (10×)', figure: `median ${fmt(median(blocks))} ms, p95 ${fmt(p95(blocks))} ms`, target: '(information)', verdict: '' });
        } finally {
            await session.stop();
        }
    } finally {
        if (previous === undefined) delete process.env.JOURNEY_TODAY; else process.env.JOURNEY_TODAY = previous;
        rmSync(folder, { recursive: true, force: true });
    }
    const widths = [0, 1, 2, 3].map(i => Math.max(...rows.map(r => Object.values(r)[i].length), ['measure', 'figure', 'target', 'verdict'][i].length));
    const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
    console.log(line(['measure', 'figure', 'target', 'verdict']));
    console.log('| ' + widths.map(w => '-'.repeat(w)).join(' | ') + ' |');
    for (const row of rows) console.log(line([row.measure, row.figure, row.target, row.verdict]));
    for (const note of notes) console.log(`- ${note}`);
    console.log(`load average at end: ${loadavg().map(l => l.toFixed(2)).join(' ')}`);
}
