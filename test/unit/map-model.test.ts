import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { modelOf, people, sharedFolder } from './helpers.js';

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
            emotions: { thierry: -1 }, emotionLabels: { thierry: 'overwhelmed' },
            pains: [{ id: 'ads_first', text: 'Ads push reviews down', severity: 'medium' }],
            opportunities: [{ id: 'guide', text: 'Publish a guide', impact: 'high', effort: 'medium' }],
            props: [], frontstage: [], backstage: ['SEO team'], support: ['CMS'], evidence: [{ text: 'Search console' }],
            metrics: [{ name: 'CTR', value: 2.5, percent: true }], owner: 'Marketing',
        });
        assert.deepEqual(range.start, { line: 10, character: 8 });
        assert.deepEqual(range.end, { line: 22, character: 9 });
        assert.match(uri, /map\.journey$/);
        const plain = stage.touchpoints[1];
        for (const field of ['action', 'thought', 'emotion', 'emotionLabel', 'emotions', 'emotionLabels', 'time', 'owner']) {
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

const sharedExamples = sharedFolder('examples');

describe('the reference examples (../shared/examples)', () => {
    it('parse and validate with no errors and no warnings', async function () {
        if (!existsSync(sharedExamples)) this.skip();
        const files = Object.fromEntries(readdirSync(sharedExamples).filter(f => f.endsWith('.journey')).map(f => [f, readFileSync(new URL(f, sharedExamples), 'utf8')]));
        const model = await modelOf(files);
        assert.deepEqual(model.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning'), []);
        assert.equal(model.comparisons.length, 1);
    });
});

const reiskompas = `persona thierry "Twijfelende Thierry"
persona dominique "Drukke Dominique"
channel web "Website" icon web
channel mail "E-mail" icon mail
journey nu "Nu" {
    persona thierry, dominique
    type service-blueprint
    language nl
    review every 3 months
    stage aankoop "Aankoop" {
        time "09:00-12:30"
        touchpoint boekt "Boekt" {
            channel web
            time "09:05"
            emotion thierry -2 "bedrogen"
            emotion dominique -1
            prop "Bevestigingsmail"
            frontstage "Medewerker belt terug"
            pain kosten "Verborgen kosten" severity high
            opportunity vooraf "Kosten vooraf tonen"
            evidence "GA4-trechter" link "https://analytics.google.com/"
            evidence "Enquête" link "onderzoek/enquete.md"
            evidence "Focusgroep"
        }
        touchpoint bevestiging "Bevestiging" {
            channel mail
            emotion 0 "verward"
            emotion dominique -1 "kwijt"
            evidence "Tickets"
        }
        touchpoint alleen "Alleen Thierry" { persona thierry channel web emotion 1 evidence "x" }
        touchpoint stil "Zonder emotie" { channel web evidence "x" }
    }
    action vooraf_tonen "Kosten vooraf" { owner "Webteam" due "2027-03-01" addresses kosten, vooraf }
}
journey straks "Straks" improves nu {
    persona thierry, dominique
    stage aankoop "Aankoop" {
        touchpoint boekt "Boekt" { channel web emotion 2 "opgelucht" emotion dominique 1 }
        touchpoint bevestiging "Bevestiging" { channel mail emotion 1 }
        touchpoint alleen "Alleen Thierry" { persona thierry channel web emotion 2 }
    }
}`;

describe('the JSON map model, version 2', () => {
    let model: Awaited<ReturnType<typeof modelOf>>;
    before(async () => {
        model = await modelOf({ 'map.journey': reiskompas });
    });
    const touchpoint = (journey: number, id: string) => model.journeys[journey].stages[0].touchpoints.find(t => t.id === id)!;

    it('has version 2, the map type, its language and review interval; defaults when not written', () => {
        assert.equal(model.version, 2);
        const [nu, straks] = model.journeys;
        assert.deepEqual([nu.type, nu.language, nu.reviewEveryMonths], ['service-blueprint', 'nl', 3]);
        assert.deepEqual([straks.type, straks.language], ['customer-journey', 'en']);
        assert.ok(!('reviewEveryMonths' in straks));
    });

    it('keeps times, the frontstage and physical-evidence lanes, and evidence with its link', () => {
        assert.equal(model.journeys[0].stages[0].time, '09:00-12:30');
        const boekt = touchpoint(0, 'boekt');
        assert.equal(boekt.time, '09:05');
        assert.deepEqual(boekt.props, ['Bevestigingsmail']);
        assert.deepEqual(boekt.frontstage, ['Medewerker belt terug']);
        assert.deepEqual(boekt.evidence, [
            { text: 'GA4-trechter', link: 'https://analytics.google.com/' },
            { text: 'Enquête', link: 'onderzoek/enquete.md' },
            { text: 'Focusgroep' },
        ]);
        assert.ok(!('time' in touchpoint(0, 'bevestiging')));
    });

    it('gives every persona its emotion: its own line, else the line without a persona; `emotion` is that line, else the mean', () => {
        const boekt = touchpoint(0, 'boekt');
        assert.deepEqual(boekt.emotions, { thierry: -2, dominique: -1 });
        assert.deepEqual(boekt.emotionLabels, { thierry: 'bedrogen' });
        assert.equal(boekt.emotion, -1.5);
        assert.ok(!('emotionLabel' in boekt));
        const bevestiging = touchpoint(0, 'bevestiging');
        assert.deepEqual(bevestiging.emotions, { thierry: 0, dominique: -1 });
        assert.deepEqual(bevestiging.emotionLabels, { thierry: 'verward', dominique: 'kwijt' });
        assert.deepEqual([bevestiging.emotion, bevestiging.emotionLabel], [0, 'verward']);
        // A touchpoint whose persona line leaves dominique out has no emotion for her.
        assert.deepEqual(touchpoint(0, 'alleen').emotions, { thierry: 1 });
        const stil = touchpoint(0, 'stil');
        for (const field of ['emotion', 'emotions', 'emotionLabel', 'emotionLabels']) assert.ok(!(field in stil), field);
    });

    it('gives a stage emotion per persona: the mean of the emotions its touchpoints give that persona', () => {
        const stage = model.journeys[0].stages[0];
        assert.deepEqual(stage.emotions, { thierry: (-2 + 0 + 1) / 3, dominique: (-1 - 1) / 2 });
        assert.equal(stage.emotion, (-1.5 + 0 + 1) / 3);
    });

    it('lets an action address pains and opportunities', () => {
        assert.deepEqual(model.journeys[0].actions[0].addresses, ['kosten', 'vooraf']);
    });

    it('compares per persona: emotionDeltas on touchpoints and stages, and in the summary', () => {
        const [comparison] = model.comparisons;
        const boekt = comparison.touchpoints.find(t => t.id === 'boekt')!;
        assert.deepEqual(boekt.emotionDeltas, { thierry: 4, dominique: 2 });
        assert.equal(boekt.emotionDelta, 2 - -1.5);
        assert.deepEqual(comparison.touchpoints.find(t => t.id === 'alleen')!.emotionDeltas, { thierry: 1 });
        const stage = comparison.stages.find(s => s.id === 'aankoop')!;
        assert.deepEqual(stage.emotionDeltas, { thierry: (2 + 1 + 2) / 3 - (-1 / 3), dominique: (1 + 1) / 2 - -1 });
        assert.ok(comparison.summary.meanEmotionDeltas);
        // kosten vanished and an action addresses it: resolved.
        assert.deepEqual([comparison.pains.resolved, comparison.pains.dropped], [['kosten'], []]);
    });

    it('omits absent values and never writes null', () => {
        assert.ok(!JSON.stringify(model).includes('null'));
    });
});

const sharedExamplesV2 = sharedFolder('examples-v2');
const projectExamples = new URL('../../../examples/', import.meta.url);

function journeyFiles(folder: URL): Record<string, string> {
    const found: Record<string, string> = {};
    const visit = (dir: URL, prefix: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            if (entry.isDirectory()) visit(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`);
            else if (entry.name.endsWith('.journey')) found[`${prefix}${entry.name}`] = readFileSync(new URL(entry.name, dir), 'utf8');
        }
    };
    visit(folder, '');
    return found;
}

describe('the version 2 examples written by practitioners (../shared/examples-v2)', () => {
    it('parse and validate with no errors and no warnings, and no hints either', async function () {
        if (!existsSync(sharedExamplesV2)) this.skip();
        const model = await modelOf(journeyFiles(sharedExamplesV2));
        assert.deepEqual(model.diagnostics, []);
    });

    it('compare the current and future Reiskompas maps: resolved and dropped pains as their authors say', async function () {
        if (!existsSync(sharedExamplesV2)) this.skip();
        const model = await modelOf(journeyFiles(sharedExamplesV2));
        const comparison = model.comparisons.find(c => c.current === 'reis_nu' && c.future === 'reis_straks')!;
        assert.deepEqual([...comparison.pains.resolved].sort(), ['geen_faq', 'geen_gastaccount', 'lange_wachttijd', 'te_lang', 'verborgen_kosten']);
        assert.deepEqual([...comparison.pains.dropped].sort(), ['geen_beloning', 'late_enquete', 'tickets_los', 'weinig_reviews']);
        const journeys = new Map(model.journeys.map(j => [j.id, j]));
        assert.equal(journeys.get('dominique_dag')?.type, 'day-in-the-life');
        assert.equal(journeys.get('klacht_vaatwasser')?.type, 'service-blueprint');
        assert.equal(journeys.get('reis_nu')?.reviewEveryMonths, 3);
        assert.equal(journeys.get('reis_nu')?.stages[0].id, 'oriëntatie');
    });
});

describe('the project\'s examples (examples/, every folder)', () => {
    it('validate with no errors and no warnings', async () => {
        const model = await modelOf(journeyFiles(projectExamples));
        assert.deepEqual(model.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning'), []);
    });
});
