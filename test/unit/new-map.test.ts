import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { futureMapText, newMapText, personaName } from '../../src/extension/new-map/map-text.js';
import { stageTemplates } from '../../src/language/lsp/stage-templates.js';
import { buildMapModel } from '../../src/language/build-model.js';
import { buildFiles, people } from './helpers.js';

const errorsOf = (documents: Awaited<ReturnType<typeof buildFiles>>) =>
    documents.flatMap(d => (d.diagnostics ?? []).filter(x => x.severity === 1).map(x => `${d.uri.path}:${x.range.start.line + 1} ${String(x.message)}`));

describe('the maps journey.newMap and journey.newFutureMap write', () => {
    for (const template of stageTemplates) {
        it(`a first map from "${template.label}" is a valid current map with every phase, in the template's language`, async () => {
            const { text, journeyId } = newMapText({ template, title: 'Fietsabonnement — "nu"', persona: { id: 'klant', name: 'De klant' }, taken: new Set() });
            const documents = await buildFiles({ 'new.journey': text });
            assert.deepEqual(errorsOf(documents), []);
            const [journey] = buildMapModel(documents).journeys;
            assert.equal(journey.id, journeyId);
            assert.equal(journey.title, 'Fietsabonnement — "nu"');
            assert.equal(journey.state, 'current');
            assert.equal(journey.language, template.language);
            assert.deepEqual(journey.stages.map(s => s.name), [...template.stages]);
            assert.deepEqual(journey.personas.map(p => p.name), ['De klant']);
        });
    }

    it('names the map, the persona and the stages apart from names the workspace has, and never with a keyword', async () => {
        const template = stageTemplates[0];
        const taken = new Set(['fietsabonnement', 'klant']);
        const persona = { id: personaName('Klant', taken), name: 'Klant' };
        assert.equal(persona.id, 'klant_2');
        const { text, journeyId } = newMapText({ template, title: 'Fietsabonnement', persona, taken });
        assert.equal(journeyId, 'fietsabonnement_2');
        const keyword = newMapText({ template, title: 'Journey', persona: { id: 'thierry' }, taken: new Set() });
        assert.equal(keyword.journeyId, 'journey_1');
        const documents = await buildFiles({ 'people.journey': people, 'a.journey': text, 'b.journey': keyword.text });
        assert.deepEqual(errorsOf(documents), []);
    });

    it('a future map of an example current map improves it, starts equal to it (nothing changed) and is valid', async () => {
        const files = {
            'people.journey': readFileSync(new URL('../../../examples/people.journey', import.meta.url), 'utf8'),
            'bike-current.journey': readFileSync(new URL('../../../examples/bike-current.journey', import.meta.url), 'utf8'),
        };
        const current = buildMapModel(await buildFiles(files)).journeys.find(j => j.id === 'bike_today')!;
        const { text, journeyId } = futureMapText(current, new Set(['bike_today', 'bike_today_future']));
        assert.equal(journeyId, 'bike_today_future_2');
        const documents = await buildFiles({ ...files, 'bike-future-copy.journey': text });
        assert.deepEqual(errorsOf(documents), []);
        const model = buildMapModel(documents);
        const comparison = model.comparisons.find(c => c.future === journeyId)!;
        assert.equal(comparison.current, 'bike_today');
        assert.equal(comparison.summary.unchanged, current.stages.flatMap(s => s.touchpoints).length, JSON.stringify(comparison.summary));
        assert.equal(comparison.pains.resolved.length + comparison.pains.dropped.length + comparison.pains.new.length, 0);
    });

    it('a future map of a day in the life and of a blueprint keeps their type, times and lanes', async () => {
        const files = {
            'people.journey': readFileSync(new URL('../../../examples/reiskompas/reiskompas-mensen.journey', import.meta.url), 'utf8'),
            'day.journey': readFileSync(new URL('../../../examples/reiskompas/dominique-dag.journey', import.meta.url), 'utf8'),
            'blueprint.journey': readFileSync(new URL('../../../examples/keukenhuis/keukenhuis-blauwdruk.journey', import.meta.url), 'utf8'),
        };
        const model = buildMapModel(await buildFiles(files));
        for (const current of model.journeys.filter(j => j.state === 'current')) {
            const { text, journeyId } = futureMapText(current, new Set(model.journeys.map(j => j.id)));
            const documents = await buildFiles({ ...files, 'future.journey': text });
            assert.deepEqual(errorsOf(documents), [], text);
            const future = buildMapModel(documents).journeys.find(j => j.id === journeyId)!;
            assert.equal(future.type, current.type);
            assert.equal(future.language, current.language);
            assert.deepEqual(future.stages.map(s => s.time), current.stages.map(s => s.time));
            assert.deepEqual(future.stages.flatMap(s => s.touchpoints.map(tp => [tp.id, tp.backstage, tp.frontstage, tp.props, tp.time])),
                current.stages.flatMap(s => s.touchpoints.map(tp => [tp.id, tp.backstage, tp.frontstage, tp.props, tp.time])));
        }
    });
});
