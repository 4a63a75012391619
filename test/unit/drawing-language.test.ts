/**
 * The drawing speaks its map's language (spec, "The map's language"): every word the drawing adds
 * around the author's text, and its numbers and dates. The English words to look for come from the
 * English catalogue itself, so a word added to it later is looked for too.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { modelOf, people, sharedFolder } from './helpers.js';
import { assertDutch, everyText, shape } from './dutch.js';
import { renderMapHtml, renderMapSvg, type ViewOptions } from '../../src/renderer/index.js';
import { drawingLabels, dutch, english, type DrawingLabels } from '../../src/renderer/labels.js';
import { layoutMap } from '../../src/renderer/layout.js';
import { actionStatuses, levels, mapStates, mapTypes, viewModes } from '../../src/model/vocabulary.js';
import type { MapModel } from '../../src/model/map-model.js';
import { previewDutch, previewEnglish, type PreviewWords } from '../../src/webview/words.js';
import { buildReport, renderReportCsv, renderReportHtml, renderReportMarkdown } from '../../src/report/index.js';
import { reportDutch, reportLabels, reportLabelsFor } from '../../src/report/labels.js';

/** Stands for the author's text (and names) in a label: never part of our words. */
const X = '\u0001';

/**
 * Every text a catalogue gives, each member called with every value it takes. The type makes this
 * table name every member of DrawingLabels: a word added to the catalogues is checked here too.
 */
const everyLabel: { [K in keyof DrawingLabels]: (l: DrawingLabels) => string | readonly string[] } = {
    htmlLang: l => l.htmlLang,
    number: l => [l.number(1.5), l.number(120000)],
    signed: l => [l.signed(1.5), l.signed(-2), l.signed(0)],
    change: l => [l.change(2), l.change(-1), l.change(0)],
    date: l => l.date('2026-10-15'),
    time: l => l.time('07:30-09:00'),
    mapBadge: l => mapTypes.flatMap(type => mapStates.map(state => l.mapBadge(type, state))),
    lane: l => (['stage', 'touchpoints', 'does', 'customerActions', 'thinks', 'feels', 'pains', 'opportunities', 'props', 'frontstage', 'backstage', 'support'] as const).map(name => l.lane(name)),
    line: l => (['interaction', 'visibility', 'internal'] as const).map(line => l.line(line)),
    cornerTitle: l => l.cornerTitle,
    cornerView: l => viewModes.map(mode => l.cornerView(mode)),
    stagesRegion: l => l.stagesRegion,
    lanesRegion: l => l.lanesRegion,
    side: l => mapStates.map(side => l.side(side)),
    half: l => mapStates.map(side => l.half(side)),
    notInMap: l => mapStates.map(side => l.notInMap(side)),
    stageBadge: l => (['added', 'removed'] as const).map(status => l.stageBadge(status)),
    touchpointBadge: l => (['added', 'removed', 'moved', 'changed'] as const).map(status => l.touchpointBadge(status)),
    renamedFrom: l => l.renamedFrom(X),
    meanEmotion: l => l.meanEmotion(1.5),
    meanEmotionChange: l => l.meanEmotionChange(-1, 1.5),
    metric: l => [l.metric(X, 52, true), l.metric(X, 1.5, false)],
    movedTo: l => l.movedTo(X),
    movedFrom: l => l.movedFrom(X),
    owner: l => l.owner(X),
    sourceNumbers: l => [l.sourceNumbers([1]), l.sourceNumbers([4, 5])],
    emotion: l => l.emotion(1, X),
    was: l => l.was(-1),
    axis: l => [-2, -1, 0, 1, 2].map(level => l.axis(level)),
    wholeStage: l => l.wholeStage,
    severityTag: l => [undefined, ...levels].flatMap(severity => (['badge', 'alone'] as const).map(beside => l.severityTag(severity, beside))),
    previousSeverity: l => (['none', ...levels] as const).map(previous => l.previousSeverity(previous)),
    painBadge: l => (['resolved', 'dropped', 'new'] as const).map(mark => l.painBadge(mark)),
    resolvedBy: l => [l.resolvedBy(X), l.resolvedBy(undefined)],
    droppedResult: l => l.droppedResult,
    impact: l => levels.map(level => l.impact(level)),
    effort: l => levels.map(level => l.effort(level)),
    roadmapHeading: l => l.roadmapHeading,
    roadmapHeadingOf: l => mapStates.map(side => l.roadmapHeadingOf(side)),
    roadmapColumn: l => (['status', 'action', 'owner', 'due', 'addresses'] as const).map(column => l.roadmapColumn(column)),
    actionStatus: l => actionStatuses.map(status => l.actionStatus(status)),
    none: l => l.none,
    field: l => (['channel', 'emotion', 'owner', 'evidence', 'goal', 'reviewed', 'improves', 'due', 'addresses'] as const).map(name => l.field(name, X)),
    personas: l => [l.personas([X]), l.personas([X, X])],
    personaAlone: l => l.personaAlone(X),
    personasTitle: l => [l.personasTitle(1), l.personasTitle(2)],
    scenarioTitle: l => l.scenarioTitle,
    personaList: l => (['goals', 'needs', 'frustrations'] as const).map(list => l.personaList(list)),
    whatChanges: l => l.whatChanges(X, X),
    whatChangesCaption: l => l.whatChangesCaption,
    summary: l => [
        l.summary({ added: 1, removed: 2, moved: 1, changed: 2, unchanged: 1, meanEmotion: 1, resolved: 1, dropped: 2, newPains: 1, stagesAdded: 1, stagesRemoved: 0 }),
        l.summary({ added: 0, removed: 0, moved: 0, changed: 0, unchanged: 3, meanEmotionPerPersona: [{ name: X, delta: 0 }], resolved: 2, dropped: 1, newPains: 2, stagesAdded: 0, stagesRemoved: 0 }),
    ],
    legendFuture: l => l.legendFuture(X),
    legendCurrent: l => l.legendCurrent(X),
    legendCurrentDashed: l => l.legendCurrentDashed(X),
    legendPersonasCaption: l => l.legendPersonasCaption,
    legendCurrentPersonas: l => l.legendCurrentPersonas,
    sourcesHeading: l => l.sourcesHeading,
    noJourney: l => l.noJourney,
    pageTitle: l => l.pageTitle,
};

/** Every text of the preview page's catalogue, each member called with every value it takes (the type names every member). */
const everyPreviewWord: { [K in keyof PreviewWords]: (w: PreviewWords) => string | readonly string[] } = Object.fromEntries(
    (Object.keys(previewEnglish) as Array<keyof PreviewWords>).map(key => [key, (w: PreviewWords) => {
        const value = w[key];
        if (typeof value === 'string') return value;
        if (key === 'view') return viewModes.flatMap(mode => w.view(mode));
        if (key === 'mapChoice') return mapStates.map(state => w.mapChoice(X, state));
        if (key === 'line') return w.line(3, X);
        if (key === 'andMore') return w.andMore(2);
        return (['SVG', 'HTML'] as const).map(format => (value as (format: 'SVG' | 'HTML') => string)(format));
    }]),
) as never;

function previewTexts(words: PreviewWords): Array<{ key: string; text: string }> {
    return Object.entries(everyPreviewWord).flatMap(([key, texts]) => [texts(words)].flat().map(text => ({ key, text })));
}

function textsOf(labels: DrawingLabels): Array<{ key: string; text: string }> {
    return Object.entries(everyLabel).flatMap(([key, texts]) => [texts(labels)].flat().map(text => ({ key, text })));
}

/** The words of a label, without what stands for the author's text, numbers and signs: "Mean emotion", "pains resolved by an action". */
function wordsOf(text: string): string[] {
    return text.split(/[^\p{L}' ]+/u).map(part => part.trim()).filter(part => (part.match(/\p{L}/gu) ?? []).length >= 3);
}

const wordSet = (labels: DrawingLabels) => new Set(textsOf(labels).flatMap(({ text }) => wordsOf(text)));
/** The words of ours a Dutch drawing must not show: the English ones that are not Dutch words as well (Frontstage, Status, Persona, was). */
const englishOnly = [...wordSet(english)].filter(word => !wordSet(dutch).has(word));
const dutchOnly = [...wordSet(dutch)].filter(word => !wordSet(english).has(word));
/** The words of ours that are the same in both languages, chosen so (docs/dutch.md): the only ones a Dutch drawing shares with an English one. */
const sameInBoth = ['Backstage', 'Frontstage', 'OPEN', 'Persona', 'Scenario', 'Status', 'was'];

/** What a reader sees of an SVG or HTML document: its texts, and its titles and labels for assistive technology. */
function shownText(markup: string): string {
    const attributes = [...markup.matchAll(/\s(?:aria-label|title)="([^"]*)"/g)].map(match => match[1]);
    const texts = markup.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, '\n');
    return [texts, ...attributes].join('\n')
        .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
        .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
        .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function found(words: readonly string[], text: string): string[] {
    return words.filter(word => new RegExp(`(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text));
}

function journeyFiles(dir: URL): Record<string, string> {
    return Object.fromEntries(readdirSync(dir).filter(f => f.endsWith('.journey')).map(f => [f, readFileSync(new URL(f, dir), 'utf8')]));
}

const project = new URL('../../../', import.meta.url);

/** The maps Dutch practitioners wrote: ../shared/examples-v2 and the project's copies of them. */
const dutchFolders = [
    { name: '../shared/examples-v2', dir: sharedFolder('examples-v2'), withPeople: false },
    { name: 'examples/reiskompas', dir: new URL('examples/reiskompas/', project), withPeople: false },
    { name: 'examples/keukenhuis', dir: new URL('examples/keukenhuis/', project), withPeople: false },
];

/** Every drawing of a model: each journey in each view, and each persona alone, as SVG and as HTML. */
function everyDrawing(model: MapModel, extra: Partial<ViewOptions> = {}): Array<{ what: string; markup: string }> {
    const drawings: Array<{ what: string; markup: string }> = [];
    const personas = [...new Set(model.journeys.flatMap(j => j.personas.map(p => p.id)))];
    for (const journey of model.journeys) {
        for (const mode of viewModes) {
            for (const persona of [undefined, personas[0]]) {
                const view: ViewOptions = { mode, journey: journey.id, ...(persona !== undefined ? { persona } : {}), ...extra };
                const what = `${journey.id} ${mode}${persona !== undefined ? ` ${persona} alone` : ''}`;
                drawings.push({ what: `${what} svg`, markup: renderMapSvg(model, view) }, { what: `${what} html`, markup: renderMapHtml(model, view) });
            }
        }
    }
    return drawings;
}

describe('the drawing speaks the map\'s language', () => {
    describe('the catalogues', () => {
        it('the Dutch catalogue gives every word the English one gives, with the same parameters (checked by its type too)', () => {
            assert.deepEqual(shape(dutch), shape(english));
            for (const { key, text } of textsOf(english)) assert.notEqual(text, undefined, key);
        });

        it('the Dutch and the English catalogue share only the words that are the same in both languages', () => {
            assert.deepEqual([...wordSet(english)].filter(word => wordSet(dutch).has(word)).sort(), sameInBoth);
        });

        it('every Dutch label is Dutch: no word that gives English away', () => {
            for (const { key, text } of textsOf(dutch)) assertDutch(text.replaceAll(X, ' '), `dutch.${key}`);
            assert.ok(englishOnly.includes('Pain points') && englishOnly.includes('Mean emotion') && englishOnly.includes('CURRENT STATE'), englishOnly.join(' | '));
        });

        it('the preview page\'s own words: Dutch for every English one, and Dutch', () => {
            assert.deepEqual(shape(previewDutch), shape(previewEnglish));
            const english = previewTexts(previewEnglish);
            const dutchTexts = previewTexts(previewDutch);
            for (const [i, { key, text }] of dutchTexts.entries()) {
                // The example line of the empty state is the language's own syntax, its keywords English.
                if (key !== 'noJourneyExample') assertDutch(text.replaceAll(X, ' '), `previewDutch.${key}`);
                // Only the persona menu's and the zoom buttons' names are the same word in both languages.
                if (key !== 'personaPicker' && key !== 'zoom') assert.notEqual(text, english[i].text, key);
            }
        });
    });

    describe('numbers and dates', () => {
        it('Dutch: a decimal comma, a point between thousands, dates as "15 okt 2026" (Intl, nl-NL)', () => {
            assert.equal(dutch.number(1.5), '1,5');
            assert.equal(dutch.number(120000), '120.000');
            assert.equal(dutch.signed(-1.5), '−1,5');
            assert.equal(dutch.signed(0.25), '+0,25');
            assert.equal(dutch.change(3), '▲ +3');
            assert.equal(dutch.change(0), 'ongewijzigd');
            assert.equal(dutch.metric('Conversie', 38.5, true), 'Conversie: 38,5%');
            // CLDR wrote "okt." until version 42 and "okt" since: whichever the runtime's ICU has.
            assert.match(dutch.date('2026-10-15'), /^15 okt\.? 2026$/);
            assert.match(dutch.date('2027-03-01'), /^1 mrt\.? 2027$/);
        });

        it('English: a decimal point, commas between thousands, dates as the map writes them', () => {
            assert.equal(english.number(1.5), '1.5');
            assert.equal(english.number(120000), '120,000');
            assert.equal(english.signed(-1.5), '−1.5');
            assert.equal(english.date('2026-10-15'), '2026-10-15');
        });

        it('a date that is no calendar day, or no date at all, is shown as written', () => {
            for (const text of ['2026-02-30', '2026-13-01', '15-10-2026', '<script>', '']) assert.equal(dutch.date(text), text);
        });

        it('a Dutch and an English map drawn in turn each keep their own way of writing numbers (the drawing remembers numbers per language)', async () => {
            const map = (id: string, language: 'nl' | 'en') => `journey ${id} "${id}" {
    persona thierry, dominique
    state current
    language ${language}
    stage s "S" {
        metric "Visits" 120000
        touchpoint t "T" { channel web emotion 1 "ok" metric "Share" 1.5% }
        touchpoint u "U" { channel mail emotion -1 "meh" }
    }
}
`;
            const model = await modelOf({ 'people.journey': people, 'nl.journey': map('kaart', 'nl'), 'en.journey': map('chart', 'en') });
            const drawn = (journey: string) => shownText(renderMapSvg(model, { mode: 'single', journey }));
            for (let round = 0; round < 2; round++) {
                const dutchText = drawn('kaart');
                assert.ok(dutchText.includes('Visits: 120.000') && dutchText.includes('Share: 1,5%'), `Dutch numbers, round ${round + 1}`);
                assert.ok(!dutchText.includes('120,000') && !dutchText.includes('1.5%'), `no English numbers in the Dutch map, round ${round + 1}`);
                const englishText = drawn('chart');
                assert.ok(englishText.includes('Visits: 120,000') && englishText.includes('Share: 1.5%'), `English numbers, round ${round + 1}`);
                assert.ok(!englishText.includes('120.000') && !englishText.includes('1,5%'), `no Dutch numbers in the English map, round ${round + 1}`);
            }
        });

        it('the calendar day written, whatever the machine\'s time zone (formatted in UTC)', () => {
            assert.match(dutch.date('2026-01-01'), /^1 jan\.? 2026$/);
            assert.match(dutch.date('2026-12-31'), /^31 dec\.? 2026$/);
        });
    });

    describe('the example maps Dutch practitioners wrote', () => {
        for (const folder of dutchFolders) {
            it(`${folder.name}: every journey in every view, each persona alone, as SVG and HTML: no English word of ours`, async function () {
                if (!existsSync(folder.dir)) this.skip();
                this.timeout(60000);
                const model = await modelOf(journeyFiles(folder.dir));
                assert.ok(model.journeys.length > 0 && model.journeys.every(j => j.language === 'nl'), 'the maps say `language nl`');
                const drawings = everyDrawing(model);
                for (const { what, markup } of drawings) {
                    assert.deepEqual(found(englishOnly, shownText(markup)), [], `${folder.name} ${what}`);
                    if (what.endsWith('html')) assert.match(markup, /<html lang="nl">/, what);
                }
                // They do show our Dutch words: the test looks at the drawn text.
                const all = drawings.map(d => shownText(d.markup)).join('\n');
                for (const word of ['Denkt', 'Voelt', 'Knelpunten', 'Kansen', 'Fasen']) assert.ok(all.includes(word), word);
            });
        }

        it('a Dutch map drawn with --lang en (ViewOptions.language) speaks English, and an English one with nl Dutch', async function () {
            const files = journeyFiles(new URL('examples/reiskompas/', project));
            const model = await modelOf(files);
            const svg = shownText(renderMapSvg(model, { mode: 'stacked', journey: 'reis_straks', language: 'en' }));
            // The authors' own words are Dutch ("neutraal" is an emotion's label): only ours must be English.
            assert.deepEqual(found(dutchOnly, svg).filter(word => found([word], Object.values(files).join('\n')).length === 0), []);
            assert.ok(svg.includes('Pain points') && svg.includes('Touchpoints: '), 'English labels');
            const bike = await modelOf(journeyFiles(new URL('examples/', project)));
            const html = renderMapHtml(bike, { mode: 'side-by-side', journey: 'bike_future', language: 'nl' });
            assert.match(html, /<html lang="nl">/);
            assert.deepEqual(found(englishOnly, shownText(html)), []);
        });
    });

    describe('English maps', () => {
        it('the project\'s English examples stay English in every view: no Dutch word of ours', async () => {
            const model = await modelOf(journeyFiles(new URL('examples/', project)));
            assert.ok(model.journeys.every(j => j.language === 'en'));
            const drawings = everyDrawing(model);
            for (const { what, markup } of drawings) {
                assert.deepEqual(found(dutchOnly, shownText(markup)), [], what);
                if (what.endsWith('html')) assert.match(markup, /<html lang="en">/, what);
            }
            const all = drawings.map(d => shownText(d.markup)).join('\n');
            for (const word of ['Does', 'Feels', 'Pain points', 'CURRENT STATE']) assert.ok(all.includes(word), word);
        });
    });

    describe('a comparison of maps in two languages', () => {
        const maps = (current: string, future: string) => ({
            'people.journey': people,
            'now.journey': `journey now "Now" {
    persona thierry
    ${current}
    stage s "Oriëntatie" {
        touchpoint a "Zoekt" { channel web emotion -1 pain p "Te duur" }
    }
}`,
            'later.journey': `journey later "Later" improves now {
    persona thierry
    ${future}
    stage s "Oriëntatie" {
        touchpoint a "Zoekt" { channel web emotion 1 }
        touchpoint b "Vergelijkt" { channel web emotion 2 }
    }
}`,
        });

        it('a Dutch future map that improves an English current map is drawn in Dutch, whichever of the two is asked for', async () => {
            const model = await modelOf(maps('', 'language nl'));
            for (const mode of ['side-by-side', 'stacked', 'overlay'] as const) {
                for (const journey of ['now', 'later']) {
                    const layout = layoutMap(model, { mode, journey }, { standalone: false })!;
                    assert.equal(layout.labels, dutch, `${mode} ${journey}`);
                    const text = shownText(renderMapSvg(model, { mode, journey }));
                    assert.deepEqual(found(englishOnly, text), [], `${mode} ${journey}`);
                    assert.match(text, /Contactmomenten: 1 nieuw/);
                }
            }
            // Alone, each map speaks its own language.
            assert.equal(layoutMap(model, { mode: 'single', journey: 'now' }, { standalone: false })!.labels, english);
            assert.equal(layoutMap(model, { mode: 'single', journey: 'later' }, { standalone: false })!.labels, dutch);
        });

        it('an English future map that improves a Dutch current map is drawn in English', async () => {
            const model = await modelOf(maps('language nl', ''));
            const text = shownText(renderMapHtml(model, { mode: 'stacked', journey: 'now' }));
            assert.deepEqual(found(dutchOnly, text), []);
            assert.match(text, /Touchpoints: 1 added/);
        });

        it('drawingLabels: English for a map without a language line', () => {
            assert.equal(drawingLabels(undefined), english);
            assert.equal(drawingLabels('nl'), dutch);
        });
    });

    describe('the review report', () => {
        const reportWords = (labels: object) => new Set(everyText(labels).flatMap(({ text }) => wordsOf(text)));
        const reportEnglishOnly = [...reportWords(reportLabels)].filter(word => !reportWords(reportDutch).has(word));

        it('the Dutch catalogue gives every word the English one gives, and is Dutch', () => {
            assert.deepEqual(shape(reportDutch), shape(reportLabels));
            for (const { key, text } of everyText(reportDutch)) if (key !== '.htmlLang') assertDutch(text, `reportDutch${key}`);
            // Only words that are the same in both languages are shared.
            assert.deepEqual([...reportWords(reportLabels)].filter(word => reportWords(reportDutch).has(word)).sort(), ['Impact', 'Open', 'Status']);
        });

        it('a report of Dutch maps is Dutch in HTML and Markdown: no English word of ours, dates as "15 okt 2026"', async function () {
            const model = await modelOf(journeyFiles(new URL('examples/reiskompas/', project)));
            const report = buildReport(model, { today: '2027-02-01', reviewMonths: 6 });
            assert.equal(report.language, 'nl');
            const html = renderReportHtml(report);
            assert.match(html, /<html lang="nl"/);
            for (const [what, text] of [['html', shownText(html)], ['markdown', renderReportMarkdown(report)]] as const) {
                assert.deepEqual(found(reportEnglishOnly, text), [], what);
                assert.deepEqual(found(englishOnly.filter(word => !reportWords(reportDutch).has(word)), text), [], `${what}: the drawing's English words`);
                assert.match(text, /Kwartaalherziening/);
                assert.match(text, /\b1 feb\.? 2027\b/, `${what}: today as a Dutch date`);
            }
            // The CSV is data: its dates stay as the maps write them, for spreadsheets; its headings are Dutch.
            const csv = renderReportCsv(report);
            assert.match(csv.split('\n')[0], /^soort,/);
            assert.doesNotMatch(csv, /\b\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\b/);
        });

        it('the language most maps say; English on a tie; ReportOptions.language (report --lang) decides over both', async () => {
            const map = (id: string, language: string) => `journey ${id} "${id}" {\n    persona thierry\n    ${language}\n    stage s "S" { touchpoint t "T" { channel web emotion 0 } }\n}\n`;
            const two = await modelOf({ 'people.journey': people, 'a.journey': map('a', 'language nl'), 'b.journey': map('b', 'language nl'), 'c.journey': map('c', '') });
            assert.equal(buildReport(two, { today: '2026-11-23', reviewMonths: 6 }).language, 'nl');
            assert.equal(buildReport(two, { today: '2026-11-23', reviewMonths: 6, language: 'en' }).language, 'en');
            const tie = await modelOf({ 'people.journey': people, 'a.journey': map('a', 'language nl'), 'c.journey': map('c', '') });
            assert.equal(buildReport(tie, { today: '2026-11-23', reviewMonths: 6 }).language, 'en');
            const english = buildReport(tie, { today: '2026-11-23', reviewMonths: 6 });
            assert.match(renderReportHtml(english), /<html lang="en"[\s\S]*Quarterly review/);
            assert.match(renderReportHtml(buildReport(tie, { today: '2026-11-23', reviewMonths: 6, language: 'nl' })), /Kwartaalherziening[\s\S]*23 nov\.? 2026/);
            assert.equal(reportLabelsFor(undefined), reportLabels);
        });
    });
});

