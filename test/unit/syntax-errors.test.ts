/**
 * The mistakes people make most when they write a map, each with the one report it gets: where
 * (the marked range), that it is a `syntax-error` (or, for a date, `invalid-date`), and what it
 * says in plain words. No message repeats the parser's token lists or prints `undefined`.
 */
import assert from 'node:assert/strict';
import { buildFiles, diagnosticsOf, marked, people } from './helpers.js';
import { mistakes } from './syntax-mistakes.js';

describe('syntax errors: the mistakes people make most, one plain report each', () => {
    for (const [title, mistake] of Object.entries(mistakes)) {
        it(title, async () => {
            const { text, ranges } = marked(mistake.source);
            assert.equal(ranges.length, 1, 'one marked range');
            const [, document] = await buildFiles({ 'a-people.journey': people, 'b-map.journey': text });
            const reports = diagnosticsOf(document).filter(d => d.severity === 1 || d.severity === 2);
            const show = reports.map(d => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
            assert.equal(reports.length, 1, `exactly one error or warning:\n${show.join('\n')}`);
            const [report] = reports;
            assert.equal(report.code, mistake.code ?? 'syntax-error');
            assert.equal(report.severity, 1);
            assert.deepEqual(report.range, ranges[0], show[0]);
            assert.match(String(report.message), mistake.message);
        });
    }

    it('no message repeats the parser\'s own words or prints undefined', async () => {
        for (const mistake of Object.values(mistakes)) {
            const [, document] = await buildFiles({ 'a-people.journey': people, 'b-map.journey': marked(mistake.source).text });
            for (const d of diagnosticsOf(document)) {
                assert.doesNotMatch(String(d.message), /Expecting|token|->|offset|undefined|NaN|\[ID\]|STRING|NUMBER/, String(d.message));
            }
        }
    });
});

describe('a syntax error in one file never causes a report in another', () => {
    const uses = (mistake: string) => `journey j "J" {
    persona thierry, dominique
    ${mistake} s "S" {
        touchpoint t "T" {
            persona thierry
            channel web
            emotion 0
            evidence "x"
        }
    }
}`;
    const broken: Record<string, string> = {
        '`fase` for `stage`': uses('fase'),
        'a capital `Stage`': uses('Stage'),
        'a text over two lines': uses('stage').replace('            persona thierry', '            action "Taps\n the ad"\n            persona thierry'),
        'a touchpoint line at the journey level': uses('stage').replace('    stage s "S" {', '    channel web\n    stage s "S" {'),
        'a missing closing brace': uses('stage').replace('            evidence "x"\n        }', '            evidence "x"'),
    };
    for (const [title, text] of Object.entries(broken)) {
        it(title, async () => {
            // The broken file comes first by name, so that any declaration its recovery made up would win.
            const [brokenDocument, correct] = await buildFiles({ 'a-broken.journey': text, 'b-people.journey': people });
            assert.ok(diagnosticsOf(brokenDocument).some(d => d.code === 'syntax-error'));
            assert.deepEqual(diagnosticsOf(correct).filter(d => d.severity === 1 || d.severity === 2).map(d => d.message), []);
        });
    }
});
