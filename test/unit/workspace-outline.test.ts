import assert from 'node:assert/strict';
import { buildDocumentMapModel } from '../../src/language/build-model.js';
import { buildDetachedDocument } from '../../src/language/detached-document.js';
import { buildWorkspaceOutline } from '../../src/language/workspace-outline.js';
import { DiagnosticCode } from '../../src/model/diagnostic-codes.js';
import { buildDocumentSet, sourcesFromTexts } from '../../src/workspace/document-set.js';
import { people } from './helpers.js';

const map = (body: string, head = 'journey thierry_today "Laptop — today"') => `${head} {
    persona thierry
    ${body}
    stage orientation "Oriëntatie" {
        touchpoint search "Search" { channel web emotion -1 evidence "x" }
        touchpoint compare "Compare" { channel web emotion 0 evidence "x" }
    }
    stage purchase "Aankoop" {
        touchpoint pay "Pay" { channel web emotion 1 evidence "x" }
    }
    action guide "Write the guide" { owner "Content team" due "2026-11-01" status doing }
    action fix "Fix checkout" { owner "Web team" due "2026-11-20" status done }
    action later "Later" { due "2027-01-01" }
    action undated "No date" { owner "Someone" }
}`;

async function outlineOf(files: Record<string, string>, today: string, reviewIntervalMonths = 6) {
    const { documents, services } = await buildDocumentSet(sourcesFromTexts(files), { today, reviewIntervalMonths });
    return buildWorkspaceOutline(documents, services.Journey.journey.Settings);
}

describe('the workspace outline (Journeys view)', () => {
    it('lists every map with its type, state, personas, stages and actions, and every declared persona', async () => {
        const outline = await outlineOf({
            'people.journey': people,
            'today.journey': map('reviewed "2026-10-01"'),
            'day.journey': 'journey day "A day" {\n type day-in-the-life\n persona dominique\n stage morning "Morning" { touchpoint wake "Wakes" { emotion 0 } }\n}',
        }, '2026-11-23');
        assert.equal(outline.today, '2026-11-23');
        const today = outline.maps.find(m => m.id === 'thierry_today')!;
        assert.equal(today.title, 'Laptop — today');
        assert.equal(today.type, 'customer-journey');
        assert.equal(today.state, 'current');
        assert.deepEqual(today.personas, [{ id: 'thierry', name: 'Twijfelende Thierry' }]);
        assert.deepEqual(today.stages.map(s => [s.id, s.name, s.touchpoints]), [['orientation', 'Oriëntatie', 2], ['purchase', 'Aankoop', 1]]);
        assert.match(today.uri, /today\.journey$/);
        assert.equal(today.range.start.line, 0);
        assert.equal(today.stages[1].range.start.line, 7);
        assert.equal(outline.maps.find(m => m.id === 'day')!.type, 'day-in-the-life');
        assert.deepEqual(outline.personas.map(p => [p.id, p.name]), [['thierry', 'Twijfelende Thierry'], ['dominique', 'Drukke Dominique']]);
    });

    it('counts days late as the overdue-action check does: past the due date and not done', async () => {
        const outline = await outlineOf({ 'people.journey': people, 'today.journey': map('') }, '2026-11-23');
        const actions = Object.fromEntries(outline.maps[0].actions.map(a => [a.id, a]));
        assert.equal(actions.guide.overdueDays, 22);
        assert.equal(actions.guide.owner, 'Content team');
        assert.equal(actions.guide.due, '2026-11-01');
        assert.equal(actions.guide.status, 'doing');
        assert.equal(actions.fix.overdueDays, undefined, 'done is never late');
        assert.equal(actions.later.overdueDays, undefined, 'not due yet');
        assert.equal(actions.undated.overdueDays, undefined);
        assert.equal(actions.undated.due, undefined);
        // The same day the check reports: one warning per late action.
        const { documents } = await buildDocumentSet(sourcesFromTexts({ 'people.journey': people, 'today.journey': map('') }), { today: '2026-11-23' });
        const warned = documents.flatMap(d => d.diagnostics ?? []).filter(d => d.code === DiagnosticCode.OverdueAction);
        assert.equal(warned.length, 1);
        assert.match(String(warned[0].message), /22 days/);
    });

    it('says a review is due as stale-review does: by the setting, or the map\'s own review every N months', async () => {
        const bySetting = await outlineOf({ 'people.journey': people, 'today.journey': map('reviewed "2026-05-01"') }, '2026-11-23');
        assert.deepEqual(bySetting.maps[0].review, { reviewed: '2026-05-01', everyMonths: 6, validUntil: '2026-11-01', due: true });
        const longer = await outlineOf({ 'people.journey': people, 'today.journey': map('reviewed "2026-05-01"') }, '2026-11-23', 12);
        assert.deepEqual(longer.maps[0].review, { reviewed: '2026-05-01', everyMonths: 12, validUntil: '2027-05-01', due: false });
        const own = await outlineOf({ 'people.journey': people, 'today.journey': map('reviewed "2026-08-01"\n    review every 3 months') }, '2026-11-23', 12);
        assert.deepEqual(own.maps[0].review, { reviewed: '2026-08-01', everyMonths: 3, validUntil: '2026-11-01', due: true });
        const never = await outlineOf({ 'people.journey': people, 'today.journey': map('') }, '2026-11-23');
        assert.equal(never.maps[0].review, undefined);
    });
});

describe('a map written in another document (a Markdown block)', () => {
    it('finds the workspace\'s personas and channels, and stays out of the workspace', async () => {
        const { services, documents } = await buildDocumentSet(sourcesFromTexts({ 'people.journey': people }), { today: '2026-11-23' });
        const { LangiumDocuments, IndexManager } = services.shared.workspace;
        const block = await buildDetachedDocument(services.shared, 'persona block_only "Only in the block"\njourney in_notes "In the notes" {\n    persona thierry, block_only\n    stage s "S" { touchpoint t "T" { channel web emotion 1 } }\n}\n');
        const model = buildDocumentMapModel(block, LangiumDocuments.all);
        assert.equal(model.journeys.length, 1);
        assert.deepEqual(model.journeys[0].personas.map(p => p.name), ['Twijfelende Thierry', 'Only in the block']);
        assert.equal(model.journeys[0].stages[0].touchpoints[0].channel?.name, 'Website');
        assert.deepEqual(model.diagnostics.filter(d => d.severity === 'error'), []);
        assert.deepEqual(LangiumDocuments.all.map(d => d.uri.toString()).toArray(), documents.map(d => d.uri.toString()), 'not added to the documents');
        assert.ok(!IndexManager.allElements().some(e => e.name === 'block_only' || e.name === 'in_notes'), 'its names are not in the index');
        // A workspace map built after the block, naming the block's persona, does not find it.
        const { documents: [, user] } = await buildDocumentSet(sourcesFromTexts({
            'people.journey': people,
            'user.journey': 'journey u "U" { persona block_only stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } } }',
        }), { today: '2026-11-23' }, services);
        assert.match(user.uri.toString(), /user\.journey$/);
        assert.ok((user.diagnostics ?? []).some(d => d.code === DiagnosticCode.UnresolvedReference));
    });

    it('reports a name the workspace does not have, and a syntax error in plain words with its line', async () => {
        const { services } = await buildDocumentSet(sourcesFromTexts({ 'people.journey': people }), { today: '2026-11-23' });
        const unknown = buildDocumentMapModel(await buildDetachedDocument(services.shared, 'journey j "J" { persona nobody stage s "S" { touchpoint t "T" { emotion 0 } } }'), []);
        assert.ok(unknown.diagnostics.some(d => d.code === DiagnosticCode.UnresolvedReference && String(d.message).includes('nobody')));
        const broken = buildDocumentMapModel(await buildDetachedDocument(services.shared, 'journey j "J" {\n    persona thierry\n    stage s "S" {\n        touchpoint t "T" { emotion }\n    }\n}\n'), []);
        const syntax = broken.diagnostics.filter(d => d.code === DiagnosticCode.SyntaxError);
        assert.ok(syntax.length > 0, JSON.stringify(broken.diagnostics));
        assert.equal(syntax[0].range.start.line, 3);
    });

    it('is compared with the workspace map it improves', async () => {
        const { services } = await buildDocumentSet(sourcesFromTexts({ 'people.journey': people, 'today.journey': map('') }), { today: '2026-11-23' });
        const block = await buildDetachedDocument(services.shared, 'journey tomorrow "Tomorrow" improves thierry_today {\n persona thierry\n stage orientation "Oriëntatie" { touchpoint search "Search" { channel web emotion 1 } }\n}');
        const model = buildDocumentMapModel(block, services.shared.workspace.LangiumDocuments.all);
        assert.deepEqual(model.journeys.map(j => j.id), ['tomorrow', 'thierry_today']);
        assert.equal(model.comparisons.length, 1);
        assert.equal(model.comparisons[0].current, 'thierry_today');
    });
});
