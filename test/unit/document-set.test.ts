import assert from 'node:assert/strict';
import { buildDocumentSet, sourcesFromTexts } from '../../src/workspace/document-set.js';
import { buildMapModel } from '../../src/language/build-model.js';

describe('buildDocumentSet with a reused services bundle', () => {
    // Found by the robustness property tests, which reuse one bundle across inputs: the documents of
    // the previous set were deleted but the index kept their names, so references still resolved.
    it("forgets the previous set: 'journey j \"J\" improves cur { persona p }' after a set declaring p and cur", async () => {
        const first = await buildDocumentSet(sourcesFromTexts({
            'a.journey': 'persona p "P"\njourney cur "C" { stage s "S" { touchpoint t "T" { emotion 1 } } }',
        }));
        const second = await buildDocumentSet(sourcesFromTexts({ 'b.journey': 'journey j "J" improves cur { persona p }' }), {}, first.services);
        const fresh = await buildDocumentSet(sourcesFromTexts({ 'b.journey': 'journey j "J" improves cur { persona p }' }));
        const codes = (d: typeof fresh.documents[number]) => (d.diagnostics ?? []).map(x => `${x.code}: ${x.message}`).sort();
        assert.deepEqual(codes(second.documents[0]!), codes(fresh.documents[0]!));
        assert.ok(codes(second.documents[0]!).some(c => c.includes("'cur'")), 'the dangling improves is reported');
        const model = buildMapModel(second.documents);
        assert.deepEqual(model.journeys[0]!.personas, []);
        assert.deepEqual(model.comparisons, []);
        assert.deepEqual(second.services.shared.workspace.IndexManager.allElements().map(e => e.name).toArray(), ['j']);
    });
});
