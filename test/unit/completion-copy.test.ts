import assert from 'node:assert/strict';
import { DefaultCompletionProvider } from 'langium/lsp';
import { JourneyCompletionProvider } from '../../src/language/lsp/journey-completion.js';

/** A method's compiled source without comments, whitespace, trailing commas or namespace prefixes. */
function normalized(method: (...args: never[]) => unknown): string {
    return method.toString()
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/[^\n]*/g, '')
        .replace(/\b(CstUtils|GrammarUtils)\./g, '')
        .replace(/\s+/g, '')
        .replace(/,([}\])])/g, '$1');
}

describe("completion's copy of Langium's buildContexts", () => {
    it('is Langium\'s, but for the two calls it replaces (update the copy when Langium changes it)', () => {
        const langium = normalized(DefaultCompletionProvider.prototype['buildContexts' as keyof DefaultCompletionProvider] as never)
            .replace(/this\.findFeaturesAt\(textDocument,/g, 'this.featuresAt(document,text,')
            .replace('this.backtrackToAnyToken(text,offset)', 'this.backtrackFrom(document,text,offset)');
        const ours = normalized(JourneyCompletionProvider.prototype['buildContexts' as keyof JourneyCompletionProvider] as never);
        assert.equal(ours, langium);
    });
});
