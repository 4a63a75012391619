/**
 * The drawing of version 2 maps (spec, "Version 2"): a curve per persona and the rule for when to
 * split, one persona alone, per-persona means and changes, a day in the life, the blueprint's
 * lanes and lines, numbered sources, metrics and owners on the cards, dropped apart from resolved.
 */
import assert from 'node:assert/strict';
import { modelOf, people } from './helpers.js';
import { layoutMap, renderMapHtml, renderMapSvg, type MapLayout, type ViewOptions } from '../../src/renderer/index.js';
import { curvePersonas } from '../../src/renderer/layout.js';
import { drawingLabels, english } from '../../src/renderer/labels.js';
import { modelForPersona } from '../../src/model/persona-view.js';
import type { MapModel } from '../../src/model/map-model.js';

/** Opening tags with their attributes, in document order. */
function tags(markup: string): Array<{ name: string; attrs: Record<string, string> }> {
    const result: Array<{ name: string; attrs: Record<string, string> }> = [];
    for (const match of markup.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g)) {
        const attrs: Record<string, string> = {};
        for (const a of match[2].matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attrs[a[1]] = a[2] ?? '';
        result.push({ name: match[1], attrs });
    }
    return result;
}

/** The text of a rendered document, a wrapped text's lines joined by a space. */
function text(markup: string): string {
    return markup.replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, '\n').replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
}

const layoutOf = (model: MapModel, view: ViewOptions): MapLayout => layoutMap(model, view, { standalone: false })!;

/** Two personas; the touchpoints say what `lines` says (a stage of two touchpoints, then a stage of one). */
function twoPersonas(lines: { a: string; b: string; c: string }): Record<string, string> {
    return {
        'people.journey': people,
        'j.journey': `journey j "J" {
    persona thierry, dominique
    stage s1 "First" {
        touchpoint a "A" { channel web ${lines.a} }
        touchpoint b "B" { channel web ${lines.b} }
    }
    stage s2 "Second" {
        touchpoint c "C" { channel web ${lines.c} }
    }
}`,
    };
}

describe('renderer v2: a curve per persona', () => {
    it('two personas that never differ: one curve, one mean per stage, no legend', async () => {
        const model = await modelOf(twoPersonas({ a: 'emotion 1', b: 'emotion -1 "meh"', c: 'emotion thierry 2 emotion dominique 2' }));
        const layout = layoutOf(model, { mode: 'single' });
        assert.deepEqual(layout.personas, []);
        assert.deepEqual(layout.curves.map(c => c.persona?.id ?? 'one'), ['one']);
        assert.equal(layout.legend, false);
        assert.equal(layout.slots[0].emotionLine, 'Mean emotion ±0');
        const svg = renderMapSvg(model, { mode: 'single' });
        assert.equal(tags(svg).filter(t => t.attrs.class === 'jm-curve').length, 1, 'one curve');
        assert.doesNotMatch(svg, /jm-legend-persona|data-persona=/);
    });

    it('two personas that differ at one touchpoint: a curve each, with its colour, dash, mark shape and a legend; stage means per persona', async () => {
        const model = await modelOf(twoPersonas({ a: 'emotion 1', b: 'emotion -1 emotion dominique -2 "lost"', c: 'emotion 2' }));
        const layout = layoutOf(model, { mode: 'single' });
        assert.deepEqual(layout.personas.map(p => `${p.id}:${p.index}`), ['thierry:0', 'dominique:1']);
        assert.deepEqual(layout.curves.map(c => c.persona?.id), ['thierry', 'dominique']);
        assert.deepEqual(layout.curves.map(c => c.points.map(p => p.emotion)), [[1, -1, 2], [1, -2, 2]]);
        // Each persona's faces keep their place in the column: Thierry left of Dominique.
        const [thierry, dominique] = layout.curves;
        assert.ok(thierry.points.every((p, i) => p.x < dominique.points[i].x));
        // Stage means per persona, never one mean of them all.
        assert.equal(layout.slots[0].emotionLine, undefined);
        assert.deepEqual(layout.slots[0].personaMeans.map(m => `${m.persona.id} ${m.values}`), ['thierry ±0', 'dominique −0.5']);
        const svg = renderMapSvg(model, { mode: 'single' });
        const curves = tags(svg).filter(t => t.attrs.class?.startsWith('jm-curve ') && t.attrs['data-persona']);
        assert.deepEqual([...new Set(curves.map(c => `${c.attrs['data-persona']}:${c.attrs.class}`))], ['thierry:jm-curve jm-persona-0', 'dominique:jm-curve jm-persona-1']);
        // Told apart without colour: Thierry's faces are circles, Dominique's squares; the legend names both.
        const faces = tags(svg).filter(t => t.attrs.class?.includes('jm-dot-persona'));
        assert.deepEqual([...new Set(faces.map(f => `${f.name}:${f.attrs.class.split(' ').pop()}`))], ['circle:jm-persona-0', 'rect:jm-persona-1']);
        assert.deepEqual(tags(svg).filter(t => t.attrs.class === 'jm-legend-persona').map(t => t.attrs['data-persona']), ['thierry', 'dominique']);
        assert.match(text(svg), /Twijfelende Thierry\s+±0\s+Drukke Dominique\s+−0\.5/);
        assert.match(svg, /dominique[^]*?>lost</, 'each face says its own label');
        const html = renderMapHtml(model, { mode: 'single' });
        assert.match(html, /<p class="jm-legend-text jm-legend-personas">/);
        assert.deepEqual(tags(html).filter(t => t.attrs.class === 'jm-legend-persona').map(t => t.attrs['data-persona']), ['thierry', 'dominique']);
    });

    it('a touchpoint of one persona only (its persona line) also splits the curve', async () => {
        const model = await modelOf(twoPersonas({ a: 'persona thierry emotion 1', b: 'persona dominique emotion -1', c: 'emotion 0' }));
        const layout = layoutOf(model, { mode: 'single' });
        assert.deepEqual(layout.curves.map(c => `${c.persona?.id}: ${c.points.map(p => p.touchpoint.id).join(' ')}`), ['thierry: a c', 'dominique: b c']);
        assert.deepEqual(curvePersonas(modelForPersona(model, 'thierry').journeys), [], 'one persona alone: one curve');
    });

    it('one persona alone (the filter): only its touchpoints, its emotions and its means; an unknown persona is ignored', async () => {
        const model = await modelOf(twoPersonas({ a: 'persona thierry emotion 1', b: 'emotion -1 emotion dominique -2 "lost"', c: 'persona dominique emotion 2' }));
        const layout = layoutOf(model, { mode: 'single', persona: 'dominique' });
        assert.equal(layout.persona, 'dominique');
        assert.deepEqual(layout.personas, []);
        assert.deepEqual(layout.slots.flatMap(s => s.columns.flatMap(c => c.cells.map(cell => `${cell.touchpoint.id}:${cell.touchpoint.emotion}`))), ['b:-2', 'c:2']);
        assert.deepEqual(layout.curves.map(c => c.points.map(p => p.emotion)), [[-2, 2]]);
        assert.deepEqual(layout.slots.map(s => s.emotionLine), ['Mean emotion −2', 'Mean emotion +2']);
        assert.equal(layout.slots[0].columns[0].cells[0].emotionLabel, '−2 lost');
        const html = renderMapHtml(model, { mode: 'single', persona: 'dominique' });
        assert.match(html, /class="jm-persona-alone" data-persona="dominique">Persona: Drukke Dominique alone/);
        const all = layoutOf(model, { mode: 'single', persona: 'nobody' });
        assert.equal(all.persona, undefined);
        assert.equal(all.personas.length, 2, 'an unknown persona draws every persona');
    });

    it('the model for one persona: touchpoints, emotions, labels and stage means of that persona, comparisons made again', async () => {
        const files = {
            ...twoPersonas({ a: 'persona thierry emotion 1', b: 'emotion -1 emotion dominique -2 "lost" pain p "P"', c: 'emotion 0' }),
            'f.journey': `journey f "F" improves j {
    persona thierry, dominique
    stage s1 "First" { touchpoint b "B" { channel web emotion 1 emotion dominique 2 "found" } }
    stage s2 "Second" { touchpoint c "C" { channel web emotion 1 } }
}`,
        };
        const model = await modelOf(files);
        const alone = modelForPersona(model, 'dominique');
        const j = alone.journeys.find(x => x.id === 'j')!;
        assert.deepEqual(j.personas.map(p => p.id), ['dominique']);
        assert.deepEqual(j.stages[0].touchpoints.map(t => ({ id: t.id, emotion: t.emotion, label: t.emotionLabel, emotions: t.emotions })),
            [{ id: 'b', emotion: -2, label: 'lost', emotions: { dominique: -2 } }]);
        assert.equal(j.stages[0].emotion, -2);
        const comparison = alone.comparisons[0];
        assert.deepEqual(comparison.touchpoints.map(t => `${t.id}:${t.status}:${t.emotionDelta}`), ['b:changed:4', 'c:changed:1']);
        assert.deepEqual(comparison.summary.meanEmotionDeltas, { dominique: 2.5 });
        assert.deepEqual(comparison.pains.dropped, ['p']);
        assert.equal(modelForPersona(model, 'nobody').journeys.length, 0, 'a persona no map names leaves no map');
        // A persona named like an object's property is a name, not a property.
        const odd = await modelOf({ 'o.journey': 'persona constructor "C"\npersona toString "T"\njourney o "O" { persona constructor, toString stage s "S" { touchpoint t "T" { emotion toString 1 } } }' });
        const only = modelForPersona(odd, 'constructor').journeys[0].stages[0].touchpoints[0];
        assert.equal(only.emotion, undefined, 'constructor has no emotion at t');
    });

    it('a comparison: each persona its curve on both sides and its own change; stage headers and the summary per persona', async () => {
        const files = {
            ...twoPersonas({ a: 'emotion 1', b: 'emotion -1 emotion dominique -2', c: 'emotion 0' }),
            'f.journey': `journey f "F" improves j {
    persona thierry, dominique
    stage s1 "First" { touchpoint a "A" { channel web emotion 1 } touchpoint b "B" { channel web emotion 1 emotion dominique 2 } }
    stage s2 "Second" { touchpoint c "C" { channel web emotion 0 } }
}`,
        };
        const model = await modelOf(files);
        for (const mode of ['side-by-side', 'stacked', 'overlay'] as const) {
            const layout = layoutOf(model, { mode, journey: 'f' });
            assert.deepEqual(layout.personas.map(p => p.id), ['thierry', 'dominique'], mode);
            const b = layout.slots[0].columns.flatMap(c => c.cells).find(cell => cell.side === 'future' && cell.touchpoint.id === 'b')!;
            assert.deepEqual(b.faces!.map(face => `${face.persona.id} ${face.emotion} ${face.delta}`), ['thierry 1 2', 'dominique 2 4'], mode);
            assert.deepEqual(layout.slots[0].personaMeans.map(m => `${m.persona.id} ${m.values} ${m.delta}`), ['thierry ±0 → +1 1', 'dominique −0.5 → +1.5 2'], mode);
        }
        const stacked = layoutOf(model, { mode: 'stacked', journey: 'f' });
        // A stage one column wide gives each persona's name a line of its own, not a name cut to a few letters.
        assert.deepEqual(stacked.slots.map(slot => slot.personaMeans.map(m => `${m.name}${m.wrapped ? ' (wrapped)' : ''}`)),
            [['Twijfelende Thierry', 'Drukke Dominique'], ['Twijfelende Thierry (wrapped)', 'Drukke Dominique (wrapped)']]);
        assert.ok(stacked.slots[1].header.height > stacked.slots[0].header.height);
        assert.deepEqual(stacked.curves.map(c => `${c.side}:${c.persona?.id}`), ['current:thierry', 'current:dominique', 'future:thierry', 'future:dominique']);
        const overlay = layoutOf(model, { mode: 'overlay', journey: 'f' });
        assert.deepEqual(overlay.curves.filter(c => c.kind === 'current').map(c => c.persona?.id), ['thierry', 'dominique'], 'the current map\'s curve per persona too');
        const svg = renderMapSvg(model, { mode: 'side-by-side', journey: 'f' });
        assert.match(text(svg), /mean emotion Twijfelende Thierry ▲ \+0\.67, Drukke Dominique ▲ \+1\.33/);
        assert.match(svg, /<g class="jm-emotion" data-emotion="2" data-persona="dominique">[^]*?<text class="jm-delta jm-delta-up" data-delta="4"[^>]*>▲ \+4</);
    });
});

describe('renderer v2: map types', () => {
    const day = `journey day "A Tuesday" {
    persona dominique
    type day-in-the-life
    stage morning "Morning" {
        time "07:00-09:00"
        touchpoint wake "Wakes up" { time "07:05" emotion 0 }
        touchpoint ride "Cycles to school" { emotion -1 }
    }
}`;

    it('a day in the life: its badge instead of "current state", the times on the stage heads and the moments', async () => {
        const model = await modelOf({ 'people.journey': people, 'd.journey': day });
        const svg = renderMapSvg(model, { mode: 'single' });
        assert.match(svg, />DAY IN THE LIFE</);
        assert.doesNotMatch(svg, /CURRENT STATE/);
        assert.match(svg, /class="jm-stage-metric jm-strong jm-stage-time"[^>]*><tspan[^>]*>07:00–09:00</);
        assert.match(svg, /class="jm-strong jm-time"[^>]*><tspan[^>]*>07:05</);
        assert.deepEqual(tags(svg).filter(t => t.attrs['data-icon']).map(t => t.attrs['data-icon']), ['time', 'other'], 'a moment with a time and no channel shows a clock');
        const html = renderMapHtml(model, { mode: 'single' });
        assert.match(html, /<span class="jm-state jm-state-current" data-type="day-in-the-life">DAY IN THE LIFE<\/span>/);
        assert.equal(english.mapBadge('day-in-the-life', 'future'), 'DAY IN THE LIFE · FUTURE');
        assert.equal(english.mapBadge('customer-journey', 'current'), 'CURRENT STATE');
    });

    it('a time written in any map type is drawn', async () => {
        const model = await modelOf({ 'people.journey': people, 't.journey': 'journey t "T" { persona thierry stage s "S" { time "09:00" touchpoint a "A" { channel web time "09:30-10:00" } } }' });
        const layout = layoutOf(model, { mode: 'single' });
        assert.equal(layout.slots[0].timeLine, '09:00');
        assert.equal(layout.slots[0].columns[0].cells[0].timeLine, '09:30–10:00');
    });

    const blueprint = (type: string, lines: string) => ({
        'people.journey': people,
        'b.journey': `journey b "B" {
    persona thierry
    ${type}
    stage s "S" { touchpoint t "T" { channel web action "Calls" ${lines} } }
}`,
    });

    it('a service blueprint draws every blueprint lane, empty or not, top to bottom, with the three lines between them', async () => {
        const model = await modelOf(blueprint('type service-blueprint', 'emotion 1'));
        const layout = layoutOf(model, { mode: 'single' });
        const keys = layout.lanes.map(l => l.key);
        assert.deepEqual(keys.slice(keys.indexOf('props')), ['props', 'does', 'frontstage', 'backstage', 'support']);
        assert.deepEqual(layout.lanes.filter(l => ['props', 'frontstage', 'backstage', 'support'].includes(l.key)).map(l => l.empty), [true, true, true, true]);
        assert.equal(layout.lanes.find(l => l.key === 'does')!.label, 'Customer actions');
        const y = (key: string) => layout.lanes.find(l => l.key === key)!;
        const line = (kind: string) => layout.laneLines.find(l => l.kind === kind)!.y;
        assert.deepEqual(layout.laneLines.map(l => l.kind), ['interaction', 'visibility', 'internal']);
        assert.ok(y('does').y + y('does').height < line('interaction') && line('interaction') < y('frontstage').y, 'interaction: between customer actions and frontstage');
        assert.ok(y('frontstage').y + y('frontstage').height < line('visibility') && line('visibility') < y('backstage').y, 'visibility: between frontstage and backstage');
        assert.ok(y('backstage').y + y('backstage').height < line('internal') && line('internal') < y('support').y, 'internal interaction: between backstage and support');
        const svg = renderMapSvg(model, { mode: 'single' });
        assert.deepEqual(tags(svg).filter(t => t.attrs['data-line-kind']).map(t => t.attrs['data-line-kind']), ['interaction', 'visibility', 'internal']);
        assert.match(text(svg), /line of interaction/);
        assert.match(text(svg), /line of internal interaction/);
        assert.match(svg, />SERVICE BLUEPRINT · CURRENT STATE</);
    });

    it('the blueprint lanes hold their lines: physical evidence and frontstage above the line of visibility, backstage below', async () => {
        const model = await modelOf(blueprint('type service-blueprint', 'prop "A letter" frontstage "Agent greets" backstage "Ticket" support "CRM"'));
        const svg = renderMapSvg(model, { mode: 'single' });
        const layout = layoutOf(model, { mode: 'single' });
        const cell = layout.slots[0].columns[0].cells[0];
        const visibility = layout.visibilityY!;
        assert.ok(cell.props[0].top < visibility && cell.frontstage[0].top < visibility, 'what the customer sees is above the line of visibility');
        assert.ok(cell.backstage[0].top > visibility && cell.support[0].top > cell.backstage[0].top);
        for (const [kind, line] of [['props', 'A letter'], ['frontstage', 'Agent greets'], ['backstage', 'Ticket'], ['support', 'CRM']]) {
            assert.match(svg, new RegExp(`class="jm-${kind}-item"[^]*?>${line}<`), kind);
        }
    });

    it('in a customer journey the blueprint lanes are drawn only when the map uses them', async () => {
        const none = layoutOf(await modelOf(blueprint('', 'emotion 1')), { mode: 'single' });
        assert.deepEqual(none.lanes.map(l => l.key), ['touchpoints', 'does', 'thinks', 'feels', 'pains', 'opportunities']);
        assert.deepEqual(none.laneLines, []);
        const used = layoutOf(await modelOf(blueprint('', 'frontstage "Agent greets" backstage "Ticket"')), { mode: 'single' });
        assert.deepEqual(used.lanes.map(l => l.key), ['touchpoints', 'does', 'thinks', 'feels', 'pains', 'opportunities', 'frontstage', 'backstage']);
        assert.deepEqual(used.laneLines.map(l => l.kind), ['visibility']);
        assert.equal(used.lanes.find(l => l.key === 'does')!.label, 'Does');
    });
});

describe('renderer v2: evidence, metrics and owners drawn', () => {
    const files = {
        'people.journey': people,
        'e.journey': `journey e "E" {
    persona thierry
    stage s "S" {
        touchpoint a "A" {
            channel web
            evidence "Survey Q3" link "https://example.com/survey?q=3&x=1"
            evidence "Interviews" link "research/interviews 2026.md"
            metric "Drop-off" 52%
            metric "Visits" 120000
            owner "Web team"
        }
        touchpoint b "B" { channel web evidence "Interviews" link "research/interviews 2026.md" evidence "Bad link" link "javascript:alert(1)" }
    }
}`,
    };

    it('numbers the sources in drawing order, once each, and each touchpoint shows its numbers', async () => {
        const model = await modelOf(files);
        const layout = layoutOf(model, { mode: 'single' });
        assert.deepEqual(layout.sources.map(s => `${s.number} ${s.text} ${s.href ?? '-'}`),
            ['1 Survey Q3 https://example.com/survey?q=3&x=1', '2 Interviews research/interviews 2026.md', '3 Bad link -']);
        const [a, b] = layout.slots[0].columns.map(c => c.cells[0]);
        assert.deepEqual([a.sourceNumbers, b.sourceNumbers], [[1, 2], [2, 3]]);
        assert.ok(a.detailLines.includes('Sources 1, 2') && b.detailLines.includes('Sources 2, 3'));
    });

    it('draws metrics and the owner on the card, not only in the tooltip', async () => {
        const model = await modelOf(files);
        const a = layoutOf(model, { mode: 'single' }).slots[0].columns[0].cells[0];
        assert.deepEqual(a.detailLines, ['Drop-off: 52%', 'Visits: 120,000', 'Owner: Web team', 'Sources 1, 2']);
        const svg = renderMapSvg(model, { mode: 'single' });
        assert.match(text(svg), /Drop-off: 52% Visits: 120,000 Owner: Web team Sources 1, 2/);
    });

    it('lists the sources under the map, each link a real link (HTML and SVG); only the link field, and only a link the spec allows, is one', async () => {
        const model = await modelOf(files);
        const html = renderMapHtml(model, { mode: 'single' });
        const links = tags(html).filter(t => t.name === 'a');
        assert.deepEqual(links.map(l => l.attrs.href), ['https://example.com/survey?q=3&amp;x=1', 'research/interviews 2026.md']);
        assert.ok(links.every(l => l.attrs['data-uri'] === undefined), 'an export names no source file');
        assert.match(html, /<section class="jm-sources"><h2>Sources<\/h2><ol><li value="1" data-source="1" data-journey="e"><span class="jm-source-text">Survey Q3<\/span>/);
        assert.match(html, /<span class="jm-source-text">Bad link<\/span> — <span class="jm-source-link-text">javascript:alert\(1\)<\/span>/);
        const svg = renderMapSvg(model, { mode: 'single' });
        assert.deepEqual(tags(svg).filter(t => t.name === 'a').map(l => l.attrs.href), ['https://example.com/survey?q=3&amp;x=1', 'research/interviews 2026.md']);
        assert.match(text(svg), /Sources\n+1\.\n+Survey Q3/);
        assert.doesNotMatch(html + svg, /href="javascript/i);
    });
});

describe('renderer v2: hostile sources stay text', () => {
    it('an evidence text and link with markup and quotes are text and an attribute value, never markup', async () => {
        const model = await modelOf({
            'people.journey': people,
            'h.journey': `journey h "H" { persona thierry stage s "S" { touchpoint t "T" { channel web evidence "<b>bold</b> \\"quoted\\"" link "https://example.com/a?\\"><script>x()</script>" } } }`,
        });
        for (const out of [renderMapHtml(model, { mode: 'single' }), renderMapSvg(model, { mode: 'single' })]) {
            assert.doesNotMatch(out, /<script|<b>/);
            const links = tags(out).filter(t => t.name === 'a');
            assert.equal(links.length, 1);
            assert.match(links[0].attrs.href, /^https:\/\/example\.com\/a\?&quot;&gt;&lt;script&gt;|^https:\/\/example\.com\/a\?&quot;>&lt;script>/);
        }
    });
});

describe('renderer v2: the comparison summary says dropped apart from resolved', () => {
    it('counts the pains an action resolved and those dropped without one, in words and in data attributes', async () => {
        const model = await modelOf({
            'people.journey': people,
            'n.journey': `journey n "Now" {
    persona thierry
    stage s "S" { touchpoint a "A" { channel web pain fixed "Slow" pain forgotten "Rude" pain lost "Lost" } }
    action fix "Fix" { addresses fixed }
}`,
            'x.journey': 'journey x "Next" improves n { persona thierry stage s "S" { touchpoint a "A" { channel web } } }',
        });
        const svg = renderMapSvg(model, { mode: 'stacked', journey: 'x' });
        assert.match(text(svg), /1 pain resolved by an action · 2 pains dropped without an action · 0 new pains/);
        const [summary] = tags(svg).filter(t => t.attrs['data-summary'] === 'comparison');
        assert.deepEqual([summary.attrs['data-resolved'], summary.attrs['data-dropped']], ['1', '2']);
        assert.match(renderMapHtml(model, { mode: 'stacked', journey: 'x' }), /1 pain resolved by an action · 2 pains dropped without an action/);
    });
});

describe('renderer v2: the drawing\'s words', () => {
    it('come from labels.ts, in the map\'s language (English until another is added), numbers through one function', () => {
        assert.equal(drawingLabels('en'), english);
        assert.equal(english.number(120000), '120,000');
        assert.equal(english.signed(-1.5), '−1.5');
        assert.equal(english.change(0), 'unchanged');
        assert.equal(english.metric('Visits', 1200, false), 'Visits: 1,200');
        assert.equal(english.sourceNumbers([3]), 'Source 3');
    });
});

describe('renderer v2: the actions roadmap', () => {
    it('an action lists what it addresses by its text: pains and opportunities, also when one persona alone hides them', async () => {
        const model = await modelOf({
            'people.journey': people,
            'r.journey': `journey r "R" {
    persona thierry, dominique
    stage s "S" {
        touchpoint a "A" { persona dominique channel web emotion 1 pain long_mail "The mail is too long" opportunity short_mail "A short mail" }
        touchpoint b "B" { persona thierry channel web emotion -1 }
    }
    action shorter "Shorter mails" { addresses long_mail, short_mail }
}`,
        });
        for (const view of [{ mode: 'single' }, { mode: 'single', persona: 'thierry' }] as const) {
            const [row] = layoutOf(model, view).roadmaps[0].rows;
            assert.deepEqual(row.addressLines, ['The mail is too long; A short mail'], JSON.stringify(view));
        }
    });
});

describe('renderer v2: the overlay keeps "was" apart from the face\'s label', () => {
    it('a current point one level under its future face: the face\'s label goes above it; further down it stays below', async () => {
        const model = await modelOf({
            'people.journey': people,
            'n.journey': 'journey n "Now" { persona thierry stage s "S" { touchpoint a "A" { channel web emotion 0 } touchpoint b "B" { channel web emotion -2 } } }',
            'x.journey': 'journey x "Next" improves n { persona thierry stage s "S" { touchpoint a "A" { channel web emotion 1 "calm" } touchpoint b "B" { channel web emotion 1 "calm" } } }',
        });
        const layout = layoutOf(model, { mode: 'overlay', journey: 'x' });
        const [a, b] = layout.slots[0].columns.map(c => c.cells[0].emotion!);
        assert.ok(a.labelY < a.cy, `a: the label above the face (${JSON.stringify(a)})`);
        assert.ok(b.labelY > b.cy, `b: the label below the face (${JSON.stringify(b)})`);
        const was = layout.curves.find(c => c.kind === 'current')!.points.map(p => p.label);
        assert.deepEqual(was, ['was ±0', 'was −2']);
    });
});
