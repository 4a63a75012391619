import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelOf, people } from './helpers.js';
import { bigModel, hostileFiles, payload } from '../browser/fixtures.js';
import {
    darkThemeCss, exportThemeCss, fitLine, layoutMap, mapCss, pageCss, renderMapHtml, renderMapSvg, textWidth, webviewThemeCss, wrapText,
} from '../../src/renderer/index.js';
import { alignTouchpoints, changeText, packPairs, vanishedPains } from '../../src/renderer/layout.js';
import { defaultJourney } from '../../src/cli/export-command.js';
import type { MapModel, TouchpointModel } from '../../src/model/map-model.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function examples(): Record<string, string> {
    const dir = join(root, 'examples');
    return Object.fromEntries(readdirSync(dir).filter(f => f.endsWith('.journey')).map(f => [f, readFileSync(join(dir, f), 'utf8')]));
}

interface Tag { name: string; attrs: Record<string, string> }

/** Every opening tag of a rendered document with its attributes (values still escaped). */
function tags(markup: string): Tag[] {
    const result: Tag[] = [];
    for (const match of markup.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g)) {
        const attrs: Record<string, string> = {};
        for (const a of match[2].matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) {
            attrs[a[1]] = a[2] ?? '';
        }
        result.push({ name: match[1], attrs });
    }
    return result;
}

function find(markup: string, wanted: Record<string, string | undefined>): Tag[] {
    return tags(markup).filter(tag => Object.entries(wanted).every(([k, v]) => v === undefined ? k in tag.attrs : tag.attrs[k] === v));
}

const current = `journey cur "Current" {
    persona thierry
    stage a "A" {
        touchpoint t1 "T1" { channel web emotion -1 "meh" pain p1 "Slow page" severity high }
        touchpoint t2 "T2" { channel web emotion 0 }
        touchpoint gone "Gone" { channel mail emotion 1 }
    }
    stage b "B" {
        touchpoint t3 "T3" { channel phone emotion -2 action "Calls" }
        touchpoint t5 "T5" { channel phone emotion 1 }
    }
    stage old "Old" { touchpoint t4 "T4" { channel web emotion 0 } }
    action fix "Fix the page" { owner "Web team" due "2027-01-01" addresses p1 status doing }
}`;

const future = `journey fut "Future" improves cur {
    persona thierry
    stage a "A" {
        touchpoint t1 "T1" { channel web emotion 1 "fine" }
        touchpoint t2 "T2" { channel web emotion 0 }
        touchpoint t3 "T3" { channel phone emotion 1 action "Calls" pain p9 "Hold music" severity low }
    }
    stage b "B" { touchpoint t5 "T5" { channel phone emotion 1 } touchpoint t6 "T6" { channel web emotion 2 } }
    stage fresh "Fresh" { touchpoint t4 "T4" { channel web emotion 1 } }
}`;

describe('renderer: text wrapping', () => {
    it('breaks text into lines that fit the width, in order', () => {
        const text = 'Scrolls past an Instagram ad for an e-bike at €79 a month';
        const lines = wrapText(text, 120, 12);
        assert.ok(lines.length > 1);
        assert.equal(lines.join(' '), text);
        for (const line of lines) assert.ok(textWidth(line, 12) <= 120, line);
    });
    it('truncates with an ellipsis after the last allowed line', () => {
        const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 60, 12, 2);
        assert.equal(lines.length, 2);
        assert.ok(lines[1].endsWith('…'));
        assert.ok(textWidth(lines[1], 12) <= 60);
        assert.deepEqual(wrapText('short', 200, 12, 1), ['short']);
        assert.ok(fitLine('a rather long line of text', 50, 12).endsWith('…'));
    });
    it('cuts a word wider than a line; uppercase and wide glyphs count wider', () => {
        const lines = wrapText('Supercalifragilisticexpialidocious', 80, 12);
        assert.ok(lines.length > 1);
        assert.equal(lines.join(''), 'Supercalifragilisticexpialidocious');
        assert.ok(textWidth('WWWW', 12) > textWidth('iiii', 12) * 2);
        assert.ok(textWidth('MAP', 12) > textWidth('map', 12));
        assert.deepEqual(wrapText('', 100, 12), []);
    });
});

describe('renderer: a single map as SVG', () => {
    let model: MapModel;
    let svg: string;
    before(async () => {
        model = await modelOf(examples());
        svg = renderMapSvg(model, { mode: 'single', journey: 'car_claim' });
    });

    it('is a standalone SVG document with its own light-theme style', () => {
        assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        assert.match(svg, /<style>[^<]*--jm-bg: #ffffff;/);
        assert.match(svg, /<title>Car insurance claim after a collision<\/title>/);
        assert.doesNotMatch(svg, /<script|dangerouslySetInnerHTML/i);
        // Every attribute has a value (an SVG file is XML).
        assert.ok(tags(svg).every(tag => Object.keys(tag.attrs).every(k => new RegExp(`\\s${k}="`).test(svg))));
    });

    it('draws the stages in order, with source lines (and, in an export, no source file)', () => {
        const journey = model.journeys.find(j => j.id === 'car_claim')!;
        const stages = find(svg, { class: 'jm-stage', 'data-journey': 'car_claim' });
        assert.deepEqual(stages.map(s => s.attrs['data-stage']), journey.stages.map(s => s.id));
        stages.forEach((tag, i) => {
            assert.equal(tag.attrs['data-line'], String(journey.stages[i].range.start.line));
            assert.equal(tag.attrs['data-uri'], undefined);
        });
        assert.match(svg, />Damage assessment</);
        assert.match(svg, />Median days until inspection: 3\.2</);
    });

    it('draws every touchpoint with its stage, source line, name and channel icon', () => {
        const journey = model.journeys.find(j => j.id === 'car_claim')!;
        const expected = journey.stages.flatMap(s => s.touchpoints.map(t => ({ stage: s.id, t })));
        const drawn = find(svg, { 'data-journey': 'car_claim', 'data-touchpoint': undefined }).filter(t => t.name === 'g');
        assert.deepEqual(drawn.map(d => d.attrs['data-touchpoint']), expected.map(e => e.t.id));
        drawn.forEach((tag, i) => {
            assert.equal(tag.attrs['data-stage'], expected[i].stage);
            assert.equal(tag.attrs['data-line'], String(expected[i].t.range.start.line));
            assert.equal(tag.attrs['data-status'], undefined, 'no comparison marks on a single map');
        });
        assert.deepEqual(find(svg, { 'data-icon': undefined }).map(t => t.attrs['data-icon']).slice(0, 3), ['phone', 'print', 'app']);
        assert.match(svg.replace(/<\/tspan><tspan[^>]*>/g, " "), />Calls the emergency line</);
    });

    it('draws the lanes, the emotion curve, pains, opportunities, the blueprint lanes and the roadmap', () => {
        const lanes = find(svg, { 'data-lane': undefined }).map(t => t.attrs['data-lane']);
        assert.deepEqual(lanes, ['stage', 'touchpoints', 'does', 'thinks', 'feels', 'pains', 'opportunities', 'backstage', 'support']);
        assert.equal(find(svg, { class: 'jm-curve', 'data-journey': 'car_claim' }).length, 1);
        assert.equal(find(svg, { class: 'jm-baseline' }).length, 1);
        assert.equal(find(svg, { class: 'jm-emotion' }).length, 8);
        assert.match(svg, />−2 shaken</);
        assert.deepEqual(find(svg, { 'data-pain': 'no_timeline' }).map(t => t.attrs['data-severity']), ['high']);
        assert.match(svg, />HIGH PAIN</);
        assert.equal(find(svg, { 'data-opportunity': 'claim_tracker' })[0].attrs['data-impact'], 'high');
        assert.match(svg, />line of visibility</);
        const actions = find(svg, { 'data-action': undefined });
        assert.deepEqual(actions.map(a => a.attrs['data-action']), ['build_tracker', 'video_inspection', 'excess_upfront', 'more_photos']);
        assert.equal(actions[3].attrs['data-action-status'], 'done');
        assert.match(svg, />No expected timeline or next step</, 'an action lists the pains it addresses');
        assert.match(svg, /Personas?: Nuchtere Nadia/);
        assert.match(svg, /Nadia&#39;s car is hit|Nadia's car is hit/);
    });

    it('leaves out the blueprint lanes when the map has none', async () => {
        const m = await modelOf({ 'people.journey': people, 'j.journey': 'journey j "J" { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 1 } } }' });
        const out = renderMapSvg(m, { mode: 'single' });
        assert.deepEqual(find(out, { 'data-lane': undefined }).map(t => t.attrs['data-lane']), ['touchpoints', 'does', 'thinks', 'feels', 'pains', 'opportunities']);
        assert.doesNotMatch(out, /line of visibility/);
    });
});

describe('renderer: the views of a comparison', () => {
    let model: MapModel;
    let split: string;
    let paired: string;
    let stacked: string;
    let overlay: string;
    before(async () => {
        model = await modelOf({ 'people.journey': people, 'cur.journey': current, 'fut.journey': future });
        split = renderMapSvg(model, { mode: 'side-by-side', journey: 'fut' });
        paired = renderMapSvg(model, { mode: 'paired', journey: 'fut' });
        stacked = renderMapSvg(model, { mode: 'stacked', journey: 'fut' });
        overlay = renderMapSvg(model, { mode: 'overlay', journey: 'fut' });
    });

    it('a future map\'s header names the map it improves by its title, not its id (also when drawn alone)', () => {
        for (const mode of ['side-by-side', 'single'] as const) {
            const html = renderMapHtml(model, { mode, journey: 'fut' });
            assert.match(html, /Improves: Current</, mode);
            assert.doesNotMatch(html, /Improves: cur</, mode);
        }
    });

    const status = (markup: string, journey: string, touchpoint: string) =>
        find(markup, { 'data-journey': journey, 'data-touchpoint': touchpoint }).filter(t => t.name === 'g').map(t => t.attrs['data-status']);
    /** Left edges of the touchpoints' cards, by side and id. */
    const cardX = (markup: string) => {
        const result = new Map<string, number>();
        for (const m of markup.matchAll(/<g class="jm-touchpoint[^"]*" data-journey="[^"]*" data-stage="[^"]*" data-touchpoint="([^"]*)" data-side="([^"]*)"[^>]*>(?:<title>[^<]*<\/title>)?(?:<rect class="jm-highlight-band"[^>]*>)*<g class="jm-card-group"><rect class="jm-card" x="([\d.]+)"/g)) {
            result.set(`${m[2]}:${m[1]}`, Number(m[3]));
        }
        return result;
    };

    it('side by side: each stage column split, its current touchpoints left of its future ones, a stage of one map keeping its place in the other', () => {
        const x = cardX(split);
        // Stage a: T1 T2 gone (current) then T1 T2 T3 (future); stage b next.
        assert.ok(x.get('current:t1')! < x.get('current:t2')! && x.get('current:t2')! < x.get('current:gone')!);
        assert.ok(x.get('current:gone')! < x.get('future:t1')!, 'the current half first');
        assert.ok(x.get('future:t3')! < x.get('current:t3')!, 'stage b after stage a: t3 moved from b to a');
        assert.equal(find(split, { class: 'jm-half', 'data-side': 'current' }).length, 4, 'every stage has a current half');
        assert.match(split, /data-stage="fresh"[^>]*data-side="current"><rect class="jm-placeholder"[^]*?>Not in the current map</);
        assert.match(split, /data-stage="old"[^>]*data-side="future"><rect class="jm-placeholder"[^]*?>Not in the future map</);
        const order = find(split, { class: undefined, 'data-stage': undefined }).filter(t => t.attrs.class.startsWith('jm-stage jm-') || t.attrs.class === 'jm-stage')
            .map(t => `${t.attrs['data-stage']}:${t.attrs['data-status']}`);
        assert.deepEqual(order, ['a:matched', 'b:matched', 'old:removed', 'fresh:added']);
        assert.match(split, />NEW STAGE</);
        assert.match(split, />REMOVED STAGE</);
    });

    it('paired: a touchpoint of both maps in one column, the current row above the future row; one only in the current map keeps its place', () => {
        const x = cardX(paired);
        for (const id of ['t1', 't2', 't5']) assert.equal(x.get(`current:${id}`), x.get(`future:${id}`), `${id}: one column`);
        // Stage a: t1, t2, then the removed `gone` where it stood, then t3 (moved in from b).
        assert.ok(x.get('future:t2')! < x.get('current:gone')! && x.get('current:gone')! < x.get('future:t3')!, JSON.stringify([...x]));
        const lanes = find(paired, { class: 'jm-lane', 'data-lane': undefined }).map(t => `${t.attrs['data-lane']}:${t.attrs['data-side']}`);
        assert.deepEqual(lanes.filter(l => l.startsWith('touchpoints') || l.startsWith('feels')), ['touchpoints:current', 'touchpoints:future', 'feels:current', 'feels:future']);
        // Each map's curve in its own feels row.
        assert.equal(find(paired, { 'data-journey': 'cur', 'data-side': 'current' }).filter(t => t.attrs.class?.startsWith('jm-curve')).length >= 1, true);
        assert.equal(find(paired, { 'data-journey': 'fut', 'data-side': 'future' }).filter(t => t.attrs.class === 'jm-curve').length >= 1, true);
        assert.equal(find(paired, { class: 'jm-block-heading' }).length, 0, 'no map headings between the rows');
    });

    it('stacked: the whole current map above the whole future map, matched stages and touchpoints in the same columns, one heading per map', () => {
        const x = cardX(stacked);
        for (const id of ['t1', 't2', 't5']) assert.equal(x.get(`current:${id}`), x.get(`future:${id}`), `${id}: one column`);
        // Stage a: the current-only `gone` and the future-only t3 (moved in from b) share the third column.
        assert.equal(x.get('current:gone'), x.get('future:t3'), JSON.stringify([...x]));
        // Stage b: t3 (current, moved away) stood before t5 and t6 (added) comes after it: no column to share.
        assert.ok(x.get('current:t3')! < x.get('current:t5')! && x.get('future:t5')! < x.get('future:t6')!);
        // Stages keep their columns in both maps: old (current only) before fresh (future only).
        assert.ok(x.get('current:t4')! < x.get('future:t4')!);
        const layout = layoutMap(model, { mode: 'stacked', journey: 'fut' }, { standalone: true })!;
        const sides = layout.lanes.map(l => l.side);
        assert.deepEqual(sides, [...sides.filter(s => s === 'current'), ...sides.filter(s => s === 'future')], 'every current lane above every future lane');
        assert.deepEqual(layout.lanes.filter(l => l.side === 'current').map(l => l.key), layout.lanes.filter(l => l.side === 'future').map(l => l.key), 'the same lanes in both blocks');
        const [before, after] = layout.blocks;
        assert.deepEqual([before.side, before.journey.id, after.side, after.journey.id], ['current', 'cur', 'future', 'fut']);
        const firstFuture = layout.lanes.find(l => l.side === 'future')!;
        const lastCurrent = layout.lanes.filter(l => l.side === 'current').at(-1)!;
        assert.ok(before.bottom === lastCurrent.y + lastCurrent.height && lastCurrent.y + lastCurrent.height <= after.y && after.y + after.height === firstFuture.y, 'each heading heads its own lanes');
        // One title per map, in its heading; the summary of what changes above both.
        const headings = find(stacked, { class: 'jm-block-heading' }).map(t => `${t.attrs['data-side']}:${t.attrs['data-journey']}`);
        assert.deepEqual(headings, ['current:cur', 'future:fut']);
        assert.equal(find(stacked, { class: 'jm-journey-title' }).length, 0);
        assert.match(stacked, /What changes: Current → Future/);
        assert.ok(stacked.indexOf('What changes') < stacked.indexOf('class="jm-block-heading"'));
        // The future map's heading names its stages again, above its columns.
        assert.match(stacked, /data-side="future" data-journey="fut"[^]*?class="jm-stage-name jm-block-stage"><tspan[^>]*>A</);
        // A stage only in one map keeps an empty column in the other, within that map's block.
        const placeholder = /data-stage="fresh" data-side="current"><rect class="jm-placeholder" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/.exec(stacked);
        assert.ok(placeholder, 'fresh has an empty column in the current map');
        assert.ok(Number(placeholder[1]) + Number(placeholder[2]) <= before.bottom, 'inside the current block');
    });

    it('marks each touchpoint with what the comparison found', () => {
        for (const svg of [split, paired, stacked]) {
            assert.deepEqual(status(svg, 'fut', 't1'), ['changed']);
            assert.deepEqual(status(svg, 'cur', 't1'), ['changed']);
            assert.deepEqual(status(svg, 'fut', 't2'), ['unchanged']);
            assert.deepEqual(status(svg, 'cur', 'gone'), ['removed']);
            assert.deepEqual(status(svg, 'fut', 'gone'), []);
            assert.deepEqual(status(svg, 'fut', 't3'), ['moved']);
            assert.deepEqual(status(svg, 'fut', 't6'), ['added']);
            assert.deepEqual(status(svg, 'fut', 't4'), ['moved']);
            for (const label of ['ADDED', 'REMOVED', 'MOVED', 'CHANGED']) assert.match(svg, new RegExp(`>${label}<`));
            assert.match(svg, />moved from B</);
            assert.match(svg, />moved to A</);
        }
    });

    it('shows emotion changes with an arrow and the number, and says "unchanged" for none', () => {
        assert.match(split, /data-delta="2"[^>]*>▲ \+2</);
        assert.match(split, /data-delta="3"[^>]*>▲ \+3</);
        const deltas = find(split, { class: undefined, 'data-delta': undefined }).filter(t => t.attrs.class.includes('jm-delta ')).map(t => t.attrs['data-delta']);
        assert.ok(!deltas.includes('0'), 'no mark on a face where nothing changed');
        assert.doesNotMatch(split, /= ±0/);
        assert.equal(changeText(0), 'unchanged');
        assert.equal(changeText(-1.5), '▼ −1.5');
        // Stage b: mean −0.5 → +1.5, a change of +2; written as before → after.
        assert.match(split, />Mean emotion −0\.5 → \+1\.5<\/tspan><tspan class="jm-delta-up" data-delta="2">  ▲ \+2</);
    });

    it('summarises the counts and the mean emotion change', () => {
        const [summary] = find(split, { 'data-summary': 'comparison' });
        assert.equal(summary.attrs['data-added'], '1');
        assert.equal(summary.attrs['data-removed'], '1');
        assert.equal(summary.attrs['data-moved'], '2');
        assert.equal(summary.attrs['data-changed'], '1');
        assert.equal(summary.attrs['data-unchanged'], '2');
        assert.match(split.replace(/<\/tspan><tspan[^>]*>/g, ' '), /Touchpoints: 1 added · 1 removed · 2 moved · 1 changed · 2 unchanged · mean emotion ▲ \+[\d.]+ · 1 pain resolved by an action · 1 new pain/);
    });

    it('overlay: the future map with both curves, the current one dashed and its points labelled, its removed touchpoints and vanished pains kept', () => {
        assert.equal(find(overlay, { class: 'jm-curve', 'data-journey': 'fut' }).length >= 1, true);
        assert.equal(find(overlay, { class: 'jm-curve-current', 'data-journey': 'cur' }).length >= 1, true);
        assert.match(mapCss, /\.jm-curve-current \{[^}]*stroke-dasharray/);
        // Current emotions sit on the future columns; the removed touchpoint keeps a ghost column.
        assert.equal(find(overlay, { class: 'jm-dot-current', 'data-touchpoint': 'gone' }).length, 1);
        assert.deepEqual(status(overlay, 'cur', 'gone'), ['removed']);
        // A current point that differs from the future one says what it was; one that does not, nothing.
        assert.match(overlay, /data-touchpoint="t1"><circle class="jm-dot-current"[^>]*><\/circle><text class="jm-current-label"[^>]*>was −1</);
        assert.match(overlay, /data-touchpoint="t2"><circle class="jm-dot-current"[^>]*><\/circle><\/g>/);
        // The current map's resolved pain p1 (on t1) is still there, as a result.
        const p1 = find(overlay, { 'data-pain': 'p1' });
        assert.equal(p1.length, 1);
        assert.equal(p1[0].attrs['data-status'], 'resolved');
        assert.equal(p1[0].attrs['data-journey'], 'cur');
    });

    it('single mode draws the chosen map alone; a current map shows its comparison too', async () => {
        const single = renderMapSvg(model, { mode: 'single', journey: 'fut' });
        assert.deepEqual([...new Set(find(single, { 'data-side': undefined }).filter(t => t.attrs.class?.startsWith('jm-touchpoint')).map(t => t.attrs['data-side']))], ['single']);
        assert.equal(find(single, { 'data-status': undefined }).length, 0);
        const fromCurrent = renderMapSvg(model, { mode: 'side-by-side', journey: 'cur' });
        assert.deepEqual([...new Set(find(fromCurrent, { 'data-side': undefined }).filter(t => t.attrs.class?.startsWith('jm-touchpoint')).map(t => t.attrs['data-side']))], ['current', 'future']);
        assert.equal(defaultJourney(model), 'fut');
    });
});

describe('renderer: pains in a comparison read as results', () => {
    const nowMap = `journey now "Now" {
    persona thierry
    stage s "S" {
        pain gone_quiet "Nobody answers at night" severity medium
        touchpoint a "A" { channel web emotion -1 pain slow "Slow page" severity high pain fees "Hidden fees" severity low pain kept "Long form" severity high }
    }
    action speed "Make the page fast" { owner "Web" addresses slow }
}`;
    const nextMap = `journey next "Next" improves now {
    persona thierry
    stage s "S" {
        touchpoint a "A" { channel web emotion 1 pain kept "Long form" severity low pain bot "Chatbot loops" severity medium }
    }
    action fees_fix "Show every fee up front" { addresses fees }
}`;
    let svg: string;
    before(async () => {
        const model = await modelOf({ 'people.journey': people, 'now.journey': nowMap, 'next.journey': nextMap });
        svg = renderMapSvg(model, { mode: 'stacked', journey: 'next' });
    });
    const text = () => svg.replace(/<\/tspan><tspan[^>]*>/g, ' ');

    it('a resolved pain names the action that resolved it (from either map), not struck through', () => {
        const slow = find(svg, { 'data-pain': 'slow' });
        assert.equal(slow[0].attrs['data-status'], 'resolved');
        assert.match(text(), /data-pain="slow"[^]*?✓ RESOLVED[^]*?Slow page[^]*?Resolved by: Make the page fast/);
        assert.match(text(), /data-pain="fees"[^]*?Resolved by: Show every fee up front/);
        assert.doesNotMatch(mapCss, /line-through/);
    });

    it('a pain that vanished without an action is dropped, said in words', () => {
        assert.equal(find(svg, { 'data-pain': 'gone_quiet' })[0].attrs['data-status'], 'dropped');
        assert.match(text(), /data-pain="gone_quiet"[^]*?DROPPED[^]*?Gone from the future map; no action addresses it/);
        assert.match(text(), /· 2 pains resolved by an action ·/);
        assert.match(text(), /· 1 pain dropped without an action ·/);
    });

    it('a kept pain whose severity changed says what it was; a new pain is marked new', () => {
        const kept = find(svg, { 'data-pain': 'kept' });
        assert.deepEqual(kept.map(k => `${k.attrs['data-journey']}:${k.attrs['data-status'] ?? ''}`), ['now:', 'next:severity']);
        assert.match(text(), /data-journey="next" data-pain="kept"[^]*?LOW PAIN[^]*?>was high</);
        assert.equal(find(svg, { 'data-pain': 'bot' })[0].attrs['data-status'], 'new');
    });

    it('a model with the version 2 "dropped" list is followed as it is', () => {
        const comparison = { pains: { resolved: ['a'], dropped: ['b'], new: [], unnamedCurrent: [], unnamedFuture: [] } } as unknown as Parameters<typeof vanishedPains>[0];
        assert.deepEqual(vanishedPains(comparison, new Set(['b'])), { resolved: ['a'], dropped: ['b'] });
        const v1 = { pains: { resolved: ['a', 'b'], new: [], unnamedCurrent: [], unnamedFuture: [] } } as unknown as Parameters<typeof vanishedPains>[0];
        assert.deepEqual(vanishedPains(v1, new Set(['a'])), { resolved: ['a'], dropped: ['b'] });
    });
});

describe('renderer: layout details', () => {
    it('no curve is drawn across a stage without touchpoints', async () => {
        const model = await modelOf({ 'people.journey': people, 'g.journey': `journey g "G" {
    persona thierry
    stage a "A" { touchpoint t1 "T1" { channel web emotion 1 } touchpoint t2 "T2" { channel web emotion -1 } }
    stage gap "Gap" { }
    stage b "B" { touchpoint t3 "T3" { channel web emotion 2 } touchpoint t4 "T4" { channel web emotion 0 } }
}` });
        const layout = layoutMap(model, { mode: 'single' }, { standalone: false })!;
        assert.deepEqual(layout.curves.map(c => c.segments.map(s => s.length)), [[2, 2]], 'two pieces, not one line over the empty stage');
        const svg = renderMapSvg(model, { mode: 'single' });
        assert.equal(find(svg, { class: 'jm-curve' }).length, 2);
    });

    it('channel names wrap where there is room instead of being cut', async () => {
        const model = await modelOf({ 'people.journey': people.replace('"Website"', '"Instagram and Facebook ads"'), 'w.journey': 'journey w "W" { persona thierry stage s "S" { touchpoint t "T" { channel web } } }' });
        const layout = layoutMap(model, { mode: 'single' }, { standalone: false })!;
        const lines = layout.slots[0].columns[0].cells[0].subLines;
        assert.ok(lines.length === 2 && lines.join(' ') === 'Instagram and Facebook ads', JSON.stringify(lines));
    });

    it('empty lanes shrink; lanes no map uses are left out', async () => {
        const model = await modelOf({ 'people.journey': people, 'e.journey': 'journey e "E" { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 1 } } }' });
        const layout = layoutMap(model, { mode: 'single' }, { standalone: false })!;
        const byKey = Object.fromEntries(layout.lanes.map(l => [l.key, l]));
        assert.deepEqual(Object.keys(byKey), ['touchpoints', 'does', 'thinks', 'feels', 'pains', 'opportunities']);
        for (const key of ['does', 'thinks', 'pains', 'opportunities']) assert.equal(byKey[key].height, 30, key);
        assert.equal(byKey.feels.empty, false);
    });

    it('lines up a stage\'s touchpoints of both maps by name, keeping current-only ones where they stood', () => {
        const t = (id: string) => ({ id }) as TouchpointModel;
        const pairs = alignTouchpoints([t('a'), t('x'), t('b'), t('y')], [t('b'), t('a'), t('c')]);
        // x stood after a, y after b (current order a x b y); the future order is b a c.
        assert.deepEqual(pairs.map(([b, a]) => `${b?.id ?? '-'}/${a?.id ?? '-'}`), ['b/b', 'y/-', 'a/a', 'x/-', '-/c']);
    });

    it('stacked packs the touchpoints of one map only into shared columns between two touchpoints of both maps', () => {
        const t = (id: string) => ({ id }) as TouchpointModel;
        const pairs = packPairs(alignTouchpoints([t('a'), t('x'), t('y'), t('b'), t('z')], [t('a'), t('c'), t('b'), t('d'), t('e')]));
        // Between a and b: x and y (current only) beside c (future only); after b: z beside d, then e alone.
        assert.deepEqual(pairs.map(([b, a]) => `${b?.id ?? '-'}/${a?.id ?? '-'}`), ['a/a', 'x/c', 'y/-', 'b/b', 'z/d', '-/e']);
    });
});

describe('renderer: escaping', () => {
    it('puts hostile text from every field in as text, never as markup', async () => {
        const model = await modelOf(hostileFiles());
        const fields = JSON.stringify(model.journeys).split('<script>').length - 1;
        assert.ok(fields > 20, `the payload is in many fields (${fields})`);
        for (const view of [{ mode: 'side-by-side', journey: 'bad_future' }, { mode: 'single', journey: 'bad' }, { mode: 'overlay', journey: 'bad_future' }] as const) {
            for (const out of [renderMapSvg(model, view), renderMapHtml(model, view)]) {
                assert.doesNotMatch(out, /<script/i);
                assert.doesNotMatch(out, /<img/i);
                assert.doesNotMatch(out, /<svg[^>]*onload/i);
                assert.doesNotMatch(out, /<[a-z]+[^>]*\son[a-z]+=/i, 'no event handler attribute');
                assert.match(out, /&lt;script>window.__pwned=1&lt;\/script>|&lt;script&gt;window.__pwned=1&lt;\/script&gt;/);
                assert.match(out, /&quot;>&lt;img src=x|&quot;&gt;&lt;img src=x/);
            }
        }
        const html = renderMapHtml(model, { mode: 'single', journey: 'bad' });
        assert.ok(html.split('&lt;script').length - 1 >= 15, 'the header and the map both show the text');
        assert.ok(payload.includes('<script>'));
    });

    it('keeps the theme CSS free of characters that escaping would change', () => {
        for (const css of [mapCss, pageCss, exportThemeCss, webviewThemeCss, darkThemeCss]) {
            assert.doesNotMatch(css, /[&<>"']/);
        }
    });
});

describe('renderer: HTML page', () => {
    it('is self-contained: charset, restrictive CSP, inline CSS, no scripts or external resources', async () => {
        const model = await modelOf(examples());
        const html = renderMapHtml(model, { mode: 'side-by-side', journey: 'bike_target' }, 'Bikes & more');
        assert.match(html, /^<!DOCTYPE html>/);
        assert.match(html, /<meta charset="utf-8">/);
        assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
        assert.match(html, /<title>Bikes &amp; more<\/title>/);
        assert.doesNotMatch(html, /<script|<link|\ssrc=|url\(/i);
        assert.match(html, /<style>/);
        assert.match(html, /class="jm-persona" data-persona="priya"/);
        assert.match(html, />Pendelende Priya</);
        assert.match(html, />“If my bike is out for a week, I&#39;m back in the car\.”<|>“If my bike is out for a week, I'm back in the car\.”</);
        assert.match(html, /<svg class="jm-svg jm-body"/);
        // Stage headers and lane labels are drawn apart from the body, to stay in view while it scrolls.
        assert.match(html, /<svg class="jm-svg jm-frozen jm-frozen-top"/);
        assert.match(html, /<svg class="jm-svg jm-frozen jm-frozen-left"/);
        assert.match(pageCss, /\.jm-frozen-top \{ position: sticky; top: 0;/);
        assert.match(pageCss, /\.jm-frozen-left \{ position: sticky; left: 0;/);
        // The journey titles carry their source line.
        assert.equal(find(html, { class: 'jm-journey-head', 'data-journey': 'bike_today' })[0].attrs['data-line'], '3');
    });

    it('marks the highlighted touchpoint', async () => {
        const model = await modelOf(examples());
        const journey = model.journeys.find(j => j.id === 'car_claim')!;
        const t = journey.stages[1].touchpoints[1];
        const { renderToString } = await import('preact-render-to-string');
        const { h } = await import('preact');
        const { MapView } = await import('../../src/renderer/index.js');
        const out = renderToString(h(MapView, { model, view: { mode: 'single', journey: 'car_claim' }, highlight: { uri: t.uri, line: t.range.start.line + 1 } }));
        const highlighted = tags(out).filter(tag => tag.attrs.class?.includes('jm-highlight') && tag.attrs['data-touchpoint']);
        assert.deepEqual(highlighted.map(tag => tag.attrs['data-touchpoint']), [t.id]);
    });
});

describe('renderer: text cut short is whole in a tooltip', () => {
    it('the channel and emotion label of a card, stage goals and metrics, and the roadmap\'s owner', async () => {
        const long = 'A very long text that no column of the drawing has room for, so the drawing cuts it short with an ellipsis';
        const model = await modelOf({
            'people.journey': people.replace('"Website"', `"${long}"`),
            'm.journey': `journey m "M" {
    persona thierry
    stage s "S" {
        goal "${long}"
        metric "${long}" 42 %
        touchpoint t "T" { channel web emotion 1 "${long}" evidence "x" pain p "P" }
    }
    action a "Fix it" { owner "${long}" due "2027-01-01" addresses p }
}`,
        });
        const svg = renderMapSvg(model, { mode: 'single', journey: 'm' });
        const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map(m => m[1]);
        assert.ok(titles.includes(`T\nChannel: ${long}\nEmotion: +1 ${long}\nEvidence: x`), JSON.stringify(titles));
        assert.ok(titles.includes(`S\nGoal: ${long}\n${long}: 42%`), JSON.stringify(titles));
        assert.ok(titles.includes(`Fix it\nOwner: ${long}\nDue: 2027-01-01\nAddresses: p`), JSON.stringify(titles));
        // The drawn text itself is cut short.
        assert.ok(!svg.includes(`>${long}<`));
    });
});

describe('renderer: big maps', () => {
    it('renders 5,000 touchpoints side by side in reasonable time', function () {
        this.timeout(60000);
        const model = bigModel(5000);
        const started = performance.now();
        const svg = renderMapSvg(model, { mode: 'side-by-side', journey: 'big_next' });
        const elapsed = performance.now() - started;
        assert.equal(find(svg, { 'data-touchpoint': 't4999' }).filter(t => t.name === 'g').length, 2);
        assert.ok(elapsed < 20000, `took ${Math.round(elapsed)} ms`);
        const started2 = performance.now();
        renderMapSvg(model, { mode: 'overlay', journey: 'big_next' });
        assert.ok(performance.now() - started2 < 20000);
    });
});
