import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelOf, people } from './helpers.js';
import { bigModel, hostileFiles, payload } from '../browser/fixtures.js';
import {
    darkThemeCss, exportThemeCss, fitLine, mapCss, pageCss, renderMapHtml, renderMapSvg, textWidth, webviewThemeCss, wrapText,
} from '../../src/renderer/index.js';
import { defaultJourney } from '../../src/cli/export-command.js';
import type { MapModel } from '../../src/model/map-model.js';

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
        assert.deepEqual(lanes, ['touchpoints', 'does', 'thinks', 'feels', 'pains', 'opportunities', 'backstage', 'support']);
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

describe('renderer: current and future side by side', () => {
    let svg: string;
    let overlay: string;
    before(async () => {
        const model = await modelOf({ 'people.journey': people, 'cur.journey': current, 'fut.journey': future });
        svg = renderMapSvg(model, { mode: 'side-by-side', journey: 'fut' });
        overlay = renderMapSvg(model, { mode: 'overlay', journey: 'fut' });
    });

    const status = (markup: string, journey: string, touchpoint: string) =>
        find(markup, { 'data-journey': journey, 'data-touchpoint': touchpoint }).filter(t => t.name === 'g').map(t => t.attrs['data-status']);

    it('draws the current map left and the future map right', () => {
        const panels = find(svg, { class: undefined, 'data-side': undefined });
        assert.deepEqual(panels.map(p => [p.attrs['data-journey'], p.attrs['data-side']]), [['cur', 'current'], ['fut', 'future']]);
        assert.ok(svg.indexOf('data-side="current"') < svg.indexOf('data-side="future"'));
    });

    it('marks each touchpoint with what the comparison found', () => {
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
    });

    it('aligns the stages, with an empty column where a stage exists on one side only', () => {
        const order = (journey: string) => find(svg, { 'data-journey': journey, 'data-stage': undefined })
            .filter(t => t.attrs.class?.startsWith('jm-stage') && t.attrs.class !== 'jm-stage-wide').map(t => `${t.attrs['data-stage']}:${t.attrs['data-status']}`);
        assert.deepEqual(order('cur'), ['a:matched', 'b:matched', 'old:removed', 'fresh:added']);
        assert.deepEqual(order('fut'), ['a:matched', 'b:matched', 'old:removed', 'fresh:added']);
        assert.match(svg, />NEW STAGE</);
        assert.match(svg, />REMOVED STAGE</);
        assert.match(svg, /data-stage="old" data-status="removed"><rect class="jm-placeholder"[^]*?>Old<[^]*?>Stage removed in the/);
        assert.match(svg, /data-stage="fresh" data-status="added"><rect class="jm-placeholder"[^]*?>Fresh<[^]*?>New stage in the/);
        // Same x for a stage on both sides, relative to its panel.
        const xs = [...svg.matchAll(/class="jm-stage-box" x="([\d.]+)"/g)].map(m => Number(m[1]));
        assert.equal(xs.length, 6, 'real stages: three per side');
    });

    it('shows emotion deltas with an arrow and the number', () => {
        assert.match(svg, /data-delta="2"[^>]*>▲ \+2</);
        assert.match(svg, /data-delta="3"[^>]*>▲ \+3</);
        const deltas = find(svg, { 'data-delta': undefined }).map(t => t.attrs['data-delta']);
        assert.ok(!deltas.includes('0'), 'no mark where nothing changed');
    });

    it('strikes resolved pains on the current side and flags new pains on the future side', () => {
        const resolved = find(svg, { 'data-pain': 'p1' });
        assert.equal(resolved.length, 1);
        assert.equal(resolved[0].attrs['data-status'], 'resolved');
        assert.match(resolved[0].attrs.class, /jm-resolved/);
        assert.match(svg, /✓ RESOLVED/);
        assert.match(mapCss, /\.jm-resolved \.jm-pain-text \{ text-decoration: line-through/);
        const added = find(svg, { 'data-pain': 'p9' });
        assert.equal(added[0].attrs['data-status'], 'new');
        assert.match(svg, />NEW</);
    });

    it('summarises the counts and the mean emotion change', () => {
        const [summary] = find(svg, { 'data-summary': 'comparison' });
        assert.equal(summary.attrs['data-added'], '1');
        assert.equal(summary.attrs['data-removed'], '1');
        assert.equal(summary.attrs['data-moved'], '2');
        assert.equal(summary.attrs['data-changed'], '1');
        assert.equal(summary.attrs['data-unchanged'], '2');
        assert.match(svg, /Touchpoints: 1 added · 1 removed · 2 moved · 1 changed · 2 unchanged · mean emotion ▲ \+[\d.]+ · 1 pain resolved · 1 new pain/);
    });

    it('overlay: the future map with both emotion curves, the current one dashed', () => {
        assert.equal(find(overlay, { 'data-side': undefined }).length, 1);
        assert.equal(find(overlay, { class: 'jm-curve', 'data-journey': 'fut' }).length, 1);
        assert.equal(find(overlay, { class: 'jm-curve-current', 'data-journey': 'cur' }).length, 1);
        assert.match(mapCss, /\.jm-curve-current \{[^}]*stroke-dasharray/);
        // Current emotions sit on the future columns; the removed touchpoint keeps a ghost column.
        assert.ok(find(overlay, { class: 'jm-dot-current', 'data-touchpoint': 'gone' }).length === 1);
        assert.deepEqual(status(overlay, 'cur', 'gone'), ['removed']);
    });

    it('single mode draws the chosen map alone; a current map shows its comparison too', async () => {
        const model = await modelOf({ 'people.journey': people, 'cur.journey': current, 'fut.journey': future });
        const single = renderMapSvg(model, { mode: 'single', journey: 'fut' });
        assert.equal(find(single, { 'data-side': 'single' }).length, 1);
        assert.equal(find(single, { 'data-status': undefined }).length, 0);
        const fromCurrent = renderMapSvg(model, { mode: 'side-by-side', journey: 'cur' });
        assert.equal(find(fromCurrent, { 'data-side': undefined }).length, 2);
        assert.equal(defaultJourney(model), 'fut');
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
        assert.match(html, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="jm-svg"/);
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
