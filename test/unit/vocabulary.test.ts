import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AstUtils, GrammarAST } from 'langium';
import { JourneyMapsGrammar } from '../../src/language/generated/grammar.js';
import { actionStatuses, channelIcons, levels, mapStates, viewModes } from '../../src/model/vocabulary.js';

/** The keywords a datatype rule of the grammar accepts, in the grammar's order. */
function keywordsOf(ruleName: string): string[] {
    const rule = JourneyMapsGrammar().rules.find(r => r.name === ruleName);
    assert.ok(rule, `the grammar has a rule ${ruleName}`);
    return AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray();
}

describe('the shared vocabulary and the grammar', () => {
    for (const [rule, words] of [['MapState', mapStates], ['Level', levels], ['ActionStatus', actionStatuses], ['IconKind', channelIcons]] as const) {
        it(`the grammar's ${rule} spells the same words as the model's list`, () => {
            assert.deepEqual(keywordsOf(rule), [...words]);
        });
    }

    it("the preview's default-view setting offers the model's view modes", () => {
        // The compiled test runs in out/test/unit/: the manifest is three folders up.
        const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
            contributes: { configuration: { properties: Record<string, { enum?: string[] }> } };
        };
        assert.deepEqual(manifest.contributes.configuration.properties['journey.preview.defaultView'].enum, [...viewModes]);
    });
});
