import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { modelOf, people } from './helpers.js';

const map = `journey checkout_today "Laptop purchase — today" {
    persona thierry
    state current
    scenario "Needs a laptop"
    owner "E-commerce team"
    reviewed "2026-09-01"
    stage orientation "Oriëntatie" {
        goal "Understand which laptop fits"
        metric "Visitors" 12000
        metric "Bounce" 58%
        touchpoint search "Search engine" {
            channel web
            action "Searches"
            thought "So many \\"options\\""
            emotion -1 "overwhelmed"
            pain ads_first "Ads push reviews down" severity medium
            opportunity guide "Publish a guide" impact high effort medium
            backstage "SEO team"
            support "CMS"
            evidence "Search console"
            metric "CTR" 2.5%
            owner "Marketing"
        }
        touchpoint plain "Plain" { channel mail evidence "x" }
        pain "Stage-wide, unnamed"
        opportunity "Stage-wide idea"
    }
    action write_guide "Write the guide" { owner "Content team" due "2027-01-15" addresses ads_first status doing }
    action later "Later" { }
}`;

describe('the JSON map model', () => {
    it('follows the spec\'s field names and omits absent values', async () => {
        const model = await modelOf({ 'people.journey': people, 'map.journey': map });
        const journey = model.journeys[0];
        assert.equal(journey.id, 'checkout_today');
        assert.equal(journey.title, 'Laptop purchase — today');
        assert.equal(journey.state, 'current');
        assert.equal(journey.improves, undefined);
        assert.ok(!('improves' in journey));
        assert.deepEqual(journey.personas.map(p => [p.id, p.name]), [['thierry', 'Twijfelende Thierry']]);
        assert.deepEqual([journey.scenario, journey.owner, journey.reviewed], ['Needs a laptop', 'E-commerce team', '2026-09-01']);
        const stage = journey.stages[0];
        assert.deepEqual([stage.id, stage.name, stage.goal, stage.emotion], ['orientation', 'Oriëntatie', 'Understand which laptop fits', -1]);
        assert.deepEqual(stage.metrics, [{ name: 'Visitors', value: 12000, percent: false }, { name: 'Bounce', value: 58, percent: true }]);
        assert.deepEqual(stage.pains.map(p => ({ ...p, range: undefined })), [{ text: 'Stage-wide, unnamed', range: undefined }]);
        const touchpoint = stage.touchpoints[0];
        const { range, uri, ...rest } = touchpoint;
        assert.deepEqual({ ...rest, pains: rest.pains.map(({ range: _r, ...p }) => p), opportunities: rest.opportunities.map(({ range: _r, ...o }) => o) }, {
            id: 'search', name: 'Search engine', channel: { id: 'web', name: 'Website', icon: 'web' },
            action: 'Searches', thought: 'So many "options"', emotion: -1, emotionLabel: 'overwhelmed',
            pains: [{ id: 'ads_first', text: 'Ads push reviews down', severity: 'medium' }],
            opportunities: [{ id: 'guide', text: 'Publish a guide', impact: 'high', effort: 'medium' }],
            backstage: ['SEO team'], support: ['CMS'], evidence: ['Search console'],
            metrics: [{ name: 'CTR', value: 2.5, percent: true }], owner: 'Marketing',
        });
        assert.deepEqual(range.start, { line: 10, character: 8 });
        assert.deepEqual(range.end, { line: 22, character: 9 });
        assert.match(uri, /map\.journey$/);
        const plain = stage.touchpoints[1];
        for (const field of ['action', 'thought', 'emotion', 'emotionLabel', 'owner']) {
            assert.ok(!(field in plain), `${field} should be omitted`);
        }
        assert.deepEqual(journey.actions.map(({ range: _r, uri: _u, ...a }) => a), [
            { id: 'write_guide', title: 'Write the guide', owner: 'Content team', due: '2027-01-15', addresses: ['ads_first'], status: 'doing' },
            { id: 'later', title: 'Later', addresses: [], status: 'open' },
        ]);
        assert.ok(!JSON.stringify(model).includes('null'));
    });

    it('defaults state to future for a map that improves another, else current', async () => {
        const model = await modelOf({
            'people.journey': people,
            'a.journey': 'journey a "A" { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } } }',
            'b.journey': 'journey b "B" improves a { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 0 } } }',
        });
        assert.deepEqual(model.journeys.map(j => [j.id, j.state, j.improves]), [['a', 'current', undefined], ['b', 'future', 'a']]);
    });

    it('lists diagnostics with uri, range, severity name, code and message', async () => {
        const model = await modelOf({ 'people.journey': people, 'a.journey': 'journey a "A" { persona thierry }' });
        const diagnostic = model.diagnostics.find(d => d.code === 'empty-journey');
        assert.ok(diagnostic);
        assert.equal(diagnostic.severity, 'warning');
        assert.match(diagnostic.uri, /a\.journey$/);
        assert.deepEqual(diagnostic.range, { start: { line: 0, character: 8 }, end: { line: 0, character: 9 } });
    });
});

describe('cross-file scoping', () => {
    it('resolves personas, channels and improved journeys in other files; stage names stay local', async () => {
        const model = await modelOf({
            'people.journey': people,
            'one.journey': 'journey one "One" { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" pain p "P" } } action a "A" { addresses p } }',
            'two.journey': 'journey two "Two" improves one { persona dominique stage s "S" { touchpoint t "T" { channel mail emotion 1 } } action a "A" { addresses p } }',
        });
        const errors = model.diagnostics.filter(d => d.severity === 'error');
        // `p` is a pain of journey one only: journey two's action cannot see it.
        assert.deepEqual(errors.map(d => [d.uri.split('/').pop(), d.code, d.range.start.line]), [['two.journey', 'unresolved-reference', 0]]);
        assert.equal(model.journeys[1].stages[0].touchpoints[0].channel?.name, 'E-mail');
        assert.equal(model.comparisons[0].current, 'one');
    });

    it('the same stage, touchpoint and pain names in two journeys are no duplicates', async () => {
        const body = 'persona thierry stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" pain p "P" } }';
        const model = await modelOf({ 'people.journey': people, 'a.journey': `journey a "A" { ${body} }\njourney b "B" { ${body} }` });
        assert.deepEqual(model.diagnostics.filter(d => d.severity !== 'hint'), []);
    });
});

const sharedExamples = new URL('../../../../shared/examples/', import.meta.url);

describe('the reference examples (../shared/examples)', () => {
    it('parse and validate with no errors and no warnings', async function () {
        if (!existsSync(sharedExamples)) this.skip();
        const files = Object.fromEntries(readdirSync(sharedExamples).filter(f => f.endsWith('.journey')).map(f => [f, readFileSync(new URL(f, sharedExamples), 'utf8')]));
        const model = await modelOf(files);
        assert.deepEqual(model.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning'), []);
        assert.equal(model.comparisons.length, 1);
    });
});
