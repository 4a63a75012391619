// Regressions found by the robustness property tests (test/integration/robustness.property.test.ts): texts
// the parser recovers from (a line still being typed) left names, titles and numbers out of the
// AST although its types promise them, and the model, the Mermaid export and the renderer threw.
// Each test is named after the (shortened) input that failed.
import assert from 'node:assert/strict';
import { modelOf, people } from './helpers.js';
import { toMermaid } from '../../src/interchange/mermaid-export.js';
import { importMermaid } from '../../src/interchange/mermaid-import.js';
import { renderMapHtml, renderMapSvg } from '../../src/renderer/index.js';
import type { MapModel } from '../../src/model/map-model.js';

/** Everything the preview and the exports do with a model; throws what they throw. */
function drawAndExport(model: MapModel): void {
    for (const journey of model.journeys) {
        for (const mode of ['side-by-side', 'overlay', 'single'] as const) {
            assert.match(renderMapSvg(model, { mode, journey: journey.id }), /<svg/);
            assert.match(renderMapHtml(model, { mode, journey: journey.id }), /<svg/);
        }
        const diagram = toMermaid(journey);
        assert.deepEqual(importMermaid(diagram).errors, [], diagram);
    }
}

const stageOpen = 'journey j "J" {\n    persona thierry\n    stage s "S" {\n';

describe('unfinished lines (found by the robustness tests)', () => {
    it('touchpoint test_ride "Books a test r  (an unterminated title)', async () => {
        const model = await modelOf({ 'people.journey': people, 'j.journey': `${stageOpen}        touchpoint test_ride "Books a test r` });
        drawAndExport(model);
        const touchpoint = model.journeys[0]!.stages[0]!.touchpoints[0]!;
        assert.equal(touchpoint.id, 'test_ride');
        assert.equal(touchpoint.name, '');
    });

    it('pain passport_upload "Uploading  (an unterminated pain text)', async () => {
        const model = await modelOf({
            'people.journey': people,
            'j.journey': `${stageOpen}        touchpoint signup "Signs up" {\n            emotion -1\n            pain passport_upload "Uploading `,
        });
        drawAndExport(model);
        assert.equal(model.journeys[0]!.stages[0]!.touchpoints[0]!.pains[0]!.text, '');
    });

    it('opportunity plan_table "Show the  (an unterminated opportunity text)', async () => {
        const model = await modelOf({ 'people.journey': people, 'j.journey': `${stageOpen}        opportunity plan_table "Show the ` });
        drawAndExport(model);
        assert.equal(model.journeys[0]!.stages[0]!.opportunities[0]!.text, '');
    });

    it('persona priya "Pri  (an unterminated persona name, drawn in the header and exported as an actor)', async () => {
        const model = await modelOf({
            'people.journey': 'persona priya "Pri',
            'j.journey': 'journey j "J" {\n    persona priya\n    stage s "S" { touchpoint t "T" { emotion 1 } }\n}',
        });
        drawAndExport(model);
        assert.equal(model.journeys[0]!.personas[0]!.name, '');
    });

    it('metric "Exit rate"  (a metric without its number is left out)', async () => {
        const model = await modelOf({
            'people.journey': people,
            'j.journey': `${stageOpen}        metric "Exit rate"\n        touchpoint t "T" { emotion 1 metric "Bounce" }\n    }\n}`,
        });
        drawAndExport(model);
        const stage = model.journeys[0]!.stages[0]!;
        assert.deepEqual(stage.metrics, []);
        assert.deepEqual(stage.touchpoints[0]!.metrics, []);
    });

    it('touchpoint status  (a keyword where the name goes: no name and no title) exports as an (unnamed) task', async () => {
        const model = await modelOf({ 'people.journey': people, 'j.journey': `${stageOpen}        touchpoint status` });
        drawAndExport(model);
        const touchpoint = model.journeys[0]!.stages[0]!.touchpoints[0]!;
        assert.deepEqual([touchpoint.id, touchpoint.name], ['', '']);
        assert.match(toMermaid(model.journeys[0]!), /^ {6}\(unnamed\): 3(:|$)/m);
    });

    it('journey "J  (a journey without name and title)', async () => {
        const model = await modelOf({ 'j.journey': 'journey "J' });
        drawAndExport(model);
        for (const journey of model.journeys) {
            assert.equal(typeof journey.id, 'string');
            assert.equal(typeof journey.title, 'string');
        }
    });
});

describe('Mermaid export of invisible names (found by the robustness tests)', () => {
    it('journey j "\\u200B" { stage s "\\u200B" { touchpoint t "\\u200B" ... } }  (only zero-width spaces) exports the names', async () => {
        const zw = '\u200B';
        const model = await modelOf({ 'j.journey': `journey j "${zw}" { stage s "${zw}${zw}" { touchpoint t " ${zw} " { emotion 1 } } }` });
        const diagram = toMermaid(model.journeys[0]!);
        assert.equal(diagram, 'journey\n    title j\n    section s\n      t: 4\n');
        assert.deepEqual(importMermaid(diagram).errors, []);
    });
});
