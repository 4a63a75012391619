import assert from 'node:assert/strict';
import { buildFiles, diagnosticsOf, marked, people } from './helpers.js';

interface Case {
    code: string;
    severity: 1 | 2 | 3 | 4;
    source: string;
    /** Extra files of the workspace besides people.journey. */
    others?: Record<string, string>;
    options?: { reviewIntervalMonths?: number; missingEvidence?: 'off' | 'hint' | 'warning' };
    message?: RegExp;
}

const touch = (name: string, extra = '') => `touchpoint ${name} "${name.replace(/[«»]/g, '')}" { channel web emotion 0 evidence "log" ${extra} }`;

const cases: Record<string, Case> = {
    'unresolved persona, channel, journey and pain': {
        code: 'unresolved-reference', severity: 1,
        source: `journey j "J" improves «nowhere» {
    persona «ghost»
    stage s "S" { touchpoint t "T" { channel «fax» emotion 0 evidence "x" } }
    action a "A" { addresses «no_such_pain» }
}`,
    },
    'duplicate personas, channels and journeys across files; local names in a journey': {
        code: 'duplicate-name', severity: 1,
        others: { 'z-more.journey': 'persona «thierry» "Again"\nchannel «web» "Again"\njourney «j» "Again" { persona thierry stage s "S" { ' + touch('t') + ' } }' },
        source: `journey j "J" {
    persona thierry
    stage s "S" { ${touch('t', 'pain p "P" opportunity o "O"')} }
    stage «s» "S again" { ${touch('«t»', 'pain «p» "P" opportunity «o» "O"')} }
    action a "A" { }
    action «a» "A" { }
}`,
    },
    'emotion outside -2..+2 or not whole': {
        code: 'emotion-range', severity: 1,
        source: `journey j "J" { persona thierry stage s "S" {
    touchpoint a "A" { channel web evidence "x" emotion «3» }
    touchpoint b "B" { channel web evidence "x" emotion «-3» }
    touchpoint c "C" { channel web evidence "x" emotion «1.5» "meh" }
    touchpoint d "D" { channel web evidence "x" emotion +2 }
} }`,
    },
    'percentage below 0 or above 100': {
        code: 'percent-range', severity: 1,
        source: `journey j "J" { persona thierry stage s "S" {
    metric "ok" 58%
    metric "too much" «101»%
    metric "plain numbers are not percentages" 12000
    metric "too large is metric-range only" ${'5'.repeat(400)}%
    ${touch('t', 'metric "negative" «-1»%')}
} }`,
    },
    'metric with a number too large to use': {
        code: 'metric-range', severity: 1, message: /^The number of metric '(huge|below|share)' is too large to use \(400 digits\); write a smaller number/,
        source: `journey j "J" { persona thierry stage s "S" {
    metric "huge" «${'9'.repeat(400)}»
    metric "large but usable" ${'9'.repeat(300)}
    ${touch('t', `metric "below" «-${'1'.repeat(400)}» metric "share" «${'5'.repeat(400)}»%`)}
} }`,
    },
    'reviewed and due that are not real dates': {
        code: 'invalid-date', severity: 1,
        source: `journey j "J" { persona thierry reviewed «"2026-02-30"» stage s "S" { ${touch('t')} }
    action a "A" { due «"next week"» }
    action b "B" { due "2027-01-15" }
}`,
    },
    'state current on a journey that improves another': {
        code: 'state-conflict', severity: 1,
        source: `journey base "Base" { persona thierry stage s "S" { ${touch('t')} } }
journey next "Next" improves base { persona thierry state «current» stage s "S" { ${touch('t')} } }`,
    },
    'improves a future map, itself, or a cycle': {
        code: 'improves-target', severity: 1,
        source: `journey base "Base" { persona thierry stage s "S" { ${touch('t')} } }
journey next "Next" improves base { persona thierry stage s "S" { ${touch('t')} } }
journey later "Later" improves «next» { persona thierry stage s "S" { ${touch('t')} } }
journey self "Self" improves «self» { persona thierry stage s "S" { ${touch('t')} } }
journey c1 "C1" improves «c2» { persona thierry stage s "S" { ${touch('t')} } }
journey c2 "C2" improves «c1» { persona thierry stage s "S" { ${touch('t')} } }
journey planned "Planned" { persona thierry state future stage s "S" { ${touch('t')} } }
journey after "After" improves «planned» { persona thierry stage s "S" { ${touch('t')} } }`,
    },
    'journey without stages': {
        code: 'empty-journey', severity: 2,
        source: `journey «empty» "Empty" { persona thierry }`,
    },
    'stage without touchpoints': {
        code: 'empty-stage', severity: 2,
        source: `journey j "J" { persona thierry stage «s» "S" { goal "Nothing yet" } stage full "Full" { ${touch('t')} } }`,
    },
    'touchpoint without channel': {
        code: 'missing-channel', severity: 2,
        source: `journey j "J" { persona thierry stage s "S" { touchpoint «t» "T" { emotion 0 evidence "x" } ${touch('u')} } }`,
    },
    'reviewed longer ago than the interval': {
        code: 'stale-review', severity: 2, message: /7 months ago/,
        source: `journey old "Old" { persona thierry reviewed «"2026-04-01"» stage s "S" { ${touch('t')} } }
journey fresh "Fresh" { persona thierry reviewed "2026-06-01" stage s "S" { ${touch('t')} } }`,
    },
    'reviewed interval is a setting': {
        code: 'stale-review', severity: 2, options: { reviewIntervalMonths: 3 }, message: /3 months/,
        source: `journey j "J" { persona thierry reviewed «"2026-07-01"» stage s "S" { ${touch('t')} } }`,
    },
    'high pain that nothing addresses': {
        code: 'unaddressed-pain', severity: 2,
        source: `journey j "J" { persona thierry
    stage s "S" {
        ${touch('a', 'pain «lonely» "Nobody helps" severity high')}
        ${touch('b', 'pain by_opportunity "Helped" severity high opportunity fix "Fix"')}
        ${touch('c', 'pain by_action "Helped" severity high')}
        ${touch('d', 'pain medium_one "Not high" severity medium')}
        ${touch('e', 'pain «"Unnamed and high"» severity high')}
        pain «stage_pain» "Stage-wide" severity high
    }
    stage s2 "S2" {
        opportunity stage_fix "Stage-wide fix"
        ${touch('f', 'pain by_stage_opportunity "Helped" severity high')}
    }
    action act "Act" { addresses by_action }
}`,
    },
    'current-map touchpoint without evidence': {
        code: 'missing-evidence', severity: 4,
        source: `journey j "J" { persona thierry stage s "S" { touchpoint «t» "T" { channel web emotion 0 } } }
journey k "K" improves j { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 0 } } }`,
    },
    'missing evidence can be a warning': {
        code: 'missing-evidence', severity: 2, options: { missingEvidence: 'warning' },
        source: `journey j "J" { persona thierry stage s "S" { touchpoint «t» "T" { channel web emotion 0 } } }`,
    },
    'touchpoint without emotion': {
        code: 'missing-emotion', severity: 4,
        source: `journey j "J" { persona thierry stage s "S" { touchpoint «t» "T" { channel web evidence "x" } } }`,
    },
    'persona that no journey names': {
        code: 'unused-persona', severity: 4,
        source: `persona «nobody» "Nobody"
journey j "J" { persona thierry, dominique stage s "S" { ${touch('t')} } }`,
    },
    'touchpoint persona that is not the journey\'s': {
        code: 'foreign-persona', severity: 1,
        source: `journey j "J" { persona thierry stage s "S" { ${touch('t', 'persona thierry, «dominique»')} } }
journey k "K" { persona dominique stage s "S" { ${touch('t')} } }`,
    },
    'a line allowed once, written twice': {
        code: 'duplicate-property', severity: 1,
        source: `journey j "J" { persona thierry owner "A" «owner» "B" stage s "S" { touchpoint t "T" { channel web «channel» mail emotion 0 evidence "x" } } }`,
    },
};

describe('validation: every report of the spec, with its code, severity and range', () => {
    for (const [title, c] of Object.entries(cases)) {
        it(`${c.code}: ${title}`, async () => {
            const main = marked(c.source);
            const others = Object.fromEntries(Object.entries(c.others ?? {}).map(([name, text]) => [name, marked(text)]));
            const files: Record<string, string> = { 'a-people.journey': people, 'main.journey': main.text };
            for (const [name, m] of Object.entries(others)) files[name] = m.text;
            const documents = await buildFiles(files, c.options);
            const byName = new Map(documents.map(d => [d.uri.path.split('/').pop()!, d]));
            const check = (name: string, expected: typeof main.ranges) => {
                const found = diagnosticsOf(byName.get(name)!).filter(d => d.code === c.code);
                const show = (r: typeof expected[number]) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
                assert.deepEqual(found.map(d => show(d.range)).sort(), expected.map(show).sort(), `${name}: ${JSON.stringify(found.map(d => d.message))}`);
                for (const d of found) {
                    const message = typeof d.message === 'string' ? d.message : d.message.value;
                    assert.equal(d.severity, c.severity, message);
                    if (c.message) assert.match(message, c.message);
                }
            };
            check('main.journey', main.ranges);
            for (const [name, m] of Object.entries(others)) check(name, m.ranges);
        });
    }

    it('a parse error is reported with a syntax-error code and the rest still links', async () => {
        const documents = await buildFiles({ 'a.journey': people, 'b.journey': 'journey j "J" { persona thierry stage s "S" { touchpoint t { } } }' });
        const diagnostics = diagnosticsOf(documents[1]);
        assert.ok(diagnostics.some(d => d.code === 'syntax-error' && d.severity === 1));
        assert.ok(!diagnostics.some(d => d.code === 'unresolved-reference'));
    });

    it('names that are keywords elsewhere are fine (channel web ... icon web, touchpoint search)', async () => {
        const documents = await buildFiles({
            'a.journey': `persona p "P"
channel search "Search" icon search
journey j "J" { persona p stage service "Service" { touchpoint search "Search" { channel search emotion 0 evidence "x" } } }`,
        });
        assert.deepEqual(diagnosticsOf(documents[0]), []);
    });
});
