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
    'every at-most-once line of the spec, version 1 and 2, written twice': {
        code: 'duplicate-property', severity: 1, message: /may appear only once in (a|an) (persona|journey|stage|touchpoint|action); the first one counts\.$/,
        source: `persona p "P" { description "D" «description» "D2" quote "Q" «quote» "Q2" goal "G1" goal "G2" need "N1" need "N2" }
journey j "J" {
    persona thierry, dominique
    persona p
    state current «state» current
    type day-in-the-life «type» service-blueprint
    language nl «language» en
    scenario "S" «scenario» "S2"
    owner "O" «owner» "O2"
    reviewed "2026-11-01" «reviewed» "2026-11-02"
    review every 3 months «review» every 6 months
    stage s "S" {
        goal "G" «goal» "G2"
        time "07:00" «time» "08:00"
        metric "M" 1 metric "M2" 2
        touchpoint t "T" {
            persona thierry, dominique
            channel web «channel» mail
            time "07:05" «time» "07:10"
            action "A" «action» "A2"
            thought "T" «thought» "T2"
            owner "O" «owner» "O2"
            backstage "B1" backstage "B2" support "S1" support "S2" frontstage "F1" frontstage "F2" prop "P1" prop "P2"
            evidence "E1" evidence "E2" metric "M" 1 metric "M2" 2
            emotion 0
            emotion thierry -1
            emotion dominique 1
        }
    }
    action a "A" {
        owner "O" «owner» "O2"
        due "2027-01-01" «due» "2027-01-02"
        addresses x, y «addresses» x
        status open «status» done
    }
    action b "B" { addresses x, y owner "O" due "2027-01-01" }
}`,
    },
    'a second emotion line in a touchpoint (issue 10: a child rule\'s keyword)': {
        code: 'duplicate-property', severity: 1,
        source: `journey j "J" { persona thierry stage s "S" { touchpoint t "T" { channel web evidence "x" emotion 1 "glad" «emotion» -1 } } }`,
    },
    'a second emotion line for one persona, or without a persona': {
        code: 'duplicate-property', severity: 1,
        source: `journey j "J" { persona thierry, dominique stage s "S" {
    touchpoint t "T" { channel web evidence "x" emotion 1 «emotion» -1 }
    touchpoint u "U" { channel web evidence "x" emotion thierry 1 emotion dominique 0 «emotion» thierry -2 emotion 0 }
} }`,
    },
    'a time that is not HH:MM or HH:MM-HH:MM': {
        code: 'invalid-time', severity: 1,
        source: `journey j "J" { persona thierry type day-in-the-life stage s "S" {
    time «"7:30"»
    touchpoint a "A" { emotion 0 evidence "x" time "07:30-09:00" }
    touchpoint b "B" { emotion 0 evidence "x" time «"25:00"» }
    touchpoint c "C" { emotion 0 evidence "x" time «"07:30 - 09:00"» }
    touchpoint d "D" { emotion 0 evidence "x" time "22:30-01:00" }
    touchpoint e "E" { emotion 0 evidence "x" time «"half acht"» }
} }`,
    },
    'an evidence link that is no web address and no relative path': {
        code: 'invalid-link', severity: 1,
        source: `journey j "J" { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 0
    evidence "Web" link "https://analytics.example.com/report?q=1"
    evidence "Plain web" link "http://example.com"
    evidence "Relative" link "onderzoek/interviews 2026.md"
    evidence "Up a folder" link "../data/funnel.csv"
    evidence "FTP" link «"ftp://example.com/x"»
    evidence "Script" link «"javascript:alert(1)"»
    evidence "Absolute" link «"/etc/passwd"»
    evidence "No scheme" link «"www.example.com"»
    evidence "Empty" link «""»
} } }`,
    },
    'an action without owner': {
        code: 'unowned-action', severity: 4, message: /^Action '(a|blank)' has no owner/,
        source: `journey j "J" { persona thierry stage s "S" { ${touch('t')} }
    action «a» "A" { due "2027-01-01" }
    action «blank» "Blank" { owner "  " due "2027-01-01" }
    action owned "Owned" { owner "Team" due "2027-01-01" }
}`,
    },
    'an action without due date, unless done': {
        code: 'undated-action', severity: 4,
        source: `journey j "J" { persona thierry stage s "S" { ${touch('t')} }
    action «a» "A" { owner "Team" }
    action «doing» "Doing" { owner "Team" status doing }
    action finished "Finished" { owner "Team" status done }
    action dated "Dated" { owner "Team" due "2027-01-01" }
}`,
    },
    'an action due before today and not done': {
        code: 'overdue-action', severity: 2, message: /^Action '(late|very_late)' is (22|1) days? overdue \(due 2026-11-(01|22)\) and not done\.$/,
        source: `journey j "J" { persona thierry stage s "S" { ${touch('t')} }
    action late "Late" { owner "Team" due «"2026-11-01"» }
    action very_late "A day late" { owner "Team" due «"2026-11-22"» status doing }
    action today "Today" { owner "Team" due "2026-11-23" }
    action finished "Finished" { owner "Team" due "2026-01-01" status done }
}`,
    },
    'review every N months that is not a whole number of months': {
        code: 'invalid-review-interval', severity: 1,
        source: `journey a "A" { persona thierry review every «0» months stage s "S" { ${touch('t')} } }
journey b "B" { persona thierry review every «1,5» months stage s "S" { ${touch('t')} } }
journey c "C" { persona thierry review every 1 month stage s "S" { ${touch('t')} } }`,
    },
    'review every N months overrides the review interval setting': {
        code: 'stale-review', severity: 2, message: /every 3 months\.$/,
        source: `journey often "Often" { persona thierry review every 3 months reviewed «"2026-08-01"» stage s "S" { ${touch('t')} } }
journey seldom "Seldom" { persona thierry review every 12 months reviewed "2026-01-01" stage s "S" { ${touch('t')} } }`,
    },
    'an emotion for a persona the touchpoint does not involve': {
        code: 'foreign-persona', severity: 1,
        source: `journey j "J" { persona thierry, dominique stage s "S" {
    touchpoint t "T" { persona thierry channel web evidence "x" emotion thierry 1 emotion «dominique» -1 }
    touchpoint u "U" { channel web evidence "x" emotion thierry 1 emotion dominique -1 }
} }
journey k "K" { persona thierry stage s "S" { touchpoint t "T" { channel web evidence "x" emotion 0 emotion «dominique» 1 } } }`,
    },
    'a touchpoint that says how some of its personas feel and not the others': {
        code: 'missing-emotion', severity: 4, message: /'dominique'/,
        source: `journey j "J" { persona thierry, dominique stage s "S" {
    touchpoint «t» "T" { channel web evidence "x" emotion thierry 1 }
    touchpoint u "U" { persona thierry channel web evidence "x" emotion thierry 1 }
    touchpoint v "V" { channel web evidence "x" emotion thierry 1 emotion 0 }
} }`,
    },
    'no missing channel for the moments of a day in the life': {
        code: 'missing-channel', severity: 2,
        source: `journey day "Day" { persona thierry type day-in-the-life stage s "S" { touchpoint t "T" { emotion 0 evidence "x" } } }
journey map "Map" { persona thierry stage s "S" { touchpoint «t» "T" { emotion 0 evidence "x" } } }`,
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

    it('no report prints undefined or NaN for lines still being typed (recovered nodes)', async () => {
        const unfinished = [
            'journey j "J" { persona thierry stage s "S" { touchpoint { channel web } } }',
            'journey j "J" { persona thierry stage { touchpoint t "T" { channel web } } }',
            'journey { persona thierry stage s "S" { touchpoint t "T" { } } }',
            'journey j "J" { persona thierry stage s "S" { touchpoint t "T" { emotion } } action { owner "x" } }',
            'journey j "J" { persona thierry stage s "S" { touchpoint t "T" { emotion thierry } metric "x" % } action a { due } }',
            'journey j "J" { persona thierry review every months stage s "S" { time touchpoint t { evidence link "x" } } }',
            'persona { goal "x" }\nchannel icon web\njourney j "J" { persona , stage s "S" { pain severity high } }',
        ];
        for (const text of unfinished) {
            const [, document] = await buildFiles({ 'a-people.journey': people, 'b.journey': text });
            const messages = diagnosticsOf(document).map(d => String(d.message));
            assert.ok(messages.length > 0, text);
            for (const message of messages) assert.doesNotMatch(message, /undefined|NaN/, `${text}\n${message}`);
        }
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
