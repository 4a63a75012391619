/**
 * What keeps the grammar consistent with itself and with the rest: the vocabulary of values, the
 * lists of lines each block catches as misplaced, the tokens an unknown block may hold, and the
 * lexer's handling of names in any script and of the decimal comma.
 */
import assert from 'node:assert/strict';
import { AstUtils, EmptyFileSystem, GrammarAST, GrammarUtils, type Grammar } from 'langium';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { GrammarLines, blockRules, type BlockRule } from '../../src/language/syntax/grammar-lines.js';
import { namePattern } from '../../src/language/name-pattern.js';
import { actionStatuses, channelIcons, levels, mapLanguages, mapStates, mapTypes } from '../../src/model/vocabulary.js';
import { modelOf, people } from './helpers.js';

const { Journey } = createJourneyServices(EmptyFileSystem);
const grammar: Grammar = Journey.Grammar;
const rule = (name: string) => {
    const found = grammar.rules.find(r => r.name === name);
    assert.ok(found, name);
    return found;
};
/** The keywords a rule can produce, through the rules it calls. */
function keywordsOf(name: string, seen = new Set<string>()): Set<string> {
    const result = new Set<string>();
    if (seen.has(name)) return result;
    seen.add(name);
    for (const node of AstUtils.streamAllContents(rule(name))) {
        if (GrammarAST.isKeyword(node)) result.add(node.value);
        if (GrammarAST.isRuleCall(node) && GrammarAST.isParserRule(node.rule.ref)) {
            for (const keyword of keywordsOf(node.rule.ref.name, seen)) result.add(keyword);
        }
    }
    return result;
}
const sorted = (values: Iterable<string>) => [...values].sort();

describe('the grammar', () => {
    it('spells the values of the shared vocabulary (src/model/vocabulary.ts)', () => {
        const pairs: Array<[string, readonly string[]]> = [
            ['MapState', mapStates], ['MapType', mapTypes], ['MapLanguage', mapLanguages],
            ['Level', levels], ['ActionStatus', actionStatuses], ['IconKind', channelIcons],
        ];
        for (const [name, values] of pairs) {
            assert.deepEqual(sorted(keywordsOf(name)), sorted(values), name);
        }
    });

    it('catches in each block every line of the language but its own and those that open an enclosing block', () => {
        const lines = new GrammarLines(grammar);
        const allLines = new Set([...blockRules.flatMap(block => lines.lineKeywordsOf(block)), 'improves']);
        // Met inside a block, these most likely mean that the block's `}` is missing: the parser's
        // recovery ends the block there (see journey.langium).
        const opensEnclosing: Record<BlockRule, string[]> = {
            Model: [], Persona: ['persona', 'channel', 'journey'], Journey: ['journey'], Stage: ['stage', 'journey'],
            Touchpoint: ['touchpoint', 'stage', 'journey'], Action: ['action', 'stage', 'journey'],
        };
        for (const block of blockRules) {
            const own = new Set(lines.lineKeywordsOf(block));
            const expected = [...allLines].filter(keyword => !own.has(keyword) && !opensEnclosing[block].includes(keyword));
            const misplaced = AstUtils.streamAllContents(rule(`MisplacedIn${block}`))
                .filter(GrammarAST.isAssignment).filter(a => a.feature === 'keyword').flatMap(a => AstUtils.streamAllContents(a)).filter(GrammarAST.isKeyword)
                .map(k => k.value).toArray();
            assert.deepEqual(sorted(misplaced), sorted(expected), block);
        }
    });

    it('writes a name as a word (a word that never starts a line) or one of the line keywords of version 2', () => {
        const name = keywordsOf('Name');
        const word = keywordsOf('Word');
        assert.deepEqual(sorted([...name].filter(k => !word.has(k))), sorted(['type', 'language', 'review', 'time', 'frontstage', 'prop']));
        assert.deepEqual([...word].filter(k => !name.has(k)), []);
    });

    it('lets an unknown block hold every token but the braces', () => {
        const all = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(k => k.value).toArray());
        const inBlock = keywordsOf('AnyToken');
        assert.deepEqual(sorted([...all].filter(k => k !== '{' && k !== '}' && !inBlock.has(k))), []);
    });
});

describe('the lexer', () => {
    const lexer = Journey.parser.Lexer;
    const images = (text: string) => lexer.tokenize(text).tokens.map(t => `${t.tokenType.name}:${t.image}`);

    it('reads names with letters of any script as one name, and a keyword inside a longer name as part of the name', () => {
        assert.deepEqual(images('stage oriëntatie'), ['stage:stage', 'ID:oriëntatie']);
        assert.deepEqual(images('touchpoint review_vraag reviews stageë typé time_x'),
            ['touchpoint:touchpoint', 'ID:review_vraag', 'ID:reviews', 'ID:stageë', 'ID:typé', 'ID:time_x']);
        assert.deepEqual(images('persona 𝒜lice'), ['persona:persona', 'ID:𝒜lice']);
    });

    it('runs the grammar\'s Unicode ID terminal as a plain pattern (name-pattern.ts) that matches exactly the same names', () => {
        const unicode = GrammarUtils.terminalRegex(rule('ID') as GrammarAST.TerminalRule);
        assert.ok(unicode.flags.includes('u'));
        const plain = namePattern;
        assert.ok(!plain.flags.includes('u'));
        const anchored = (regex: RegExp) => new RegExp(`^(?:${regex.source})$`, regex.flags);
        const [wholeUnicode, wholePlain] = [anchored(unicode), anchored(plain)];
        const differ: string[] = [];
        for (let cp = 0; cp <= 0x3ffff && differ.length < 5; cp++) {
            if (cp >= 0xd800 && cp <= 0xdfff) continue;
            const char = String.fromCodePoint(cp);
            for (const text of [char, `a${char}`]) {
                if (wholeUnicode.test(text) !== wholePlain.test(text)) differ.push(`U+${cp.toString(16)} in ${JSON.stringify(text)}`);
            }
        }
        assert.deepEqual(differ, [], 'run `node scripts/name-pattern.mjs` after changing the ID terminal');
        assert.ok(!wholePlain.test('a\u{1F600}'), 'an emoji is no part of a name');
    });

    it('starts a name with every character a name may start with (the hint the lexer is given is complete)', () => {
        const first = /^[_\p{L}]$/u;
        const starts: string[] = [];
        for (let cp = 0; cp <= 0x3ffff; cp++) {
            if ((cp < 0xd800 || cp > 0xdfff) && first.test(String.fromCodePoint(cp))) starts.push(String.fromCodePoint(cp));
        }
        const { tokens, errors } = lexer.tokenize(starts.join(' '));
        assert.deepEqual(errors.map(e => e.message).slice(0, 3), []);
        const ids = tokens.filter(t => t.tokenType.name === 'ID').length;
        const keywords = tokens.filter(t => t.tokenType.name !== 'ID').map(t => t.image);
        assert.equal(ids + keywords.length, starts.length);
    });

    it('keeps the first-character optimisation although names are a Unicode pattern', () => {
        const chevrotain = (lexer as unknown as { chevrotainLexer: { canModeBeOptimized: Record<string, boolean> } }).chevrotainLexer;
        assert.deepEqual(chevrotain.canModeBeOptimized, { defaultMode: true });
    });

    it('reads a decimal comma as the same number as a decimal point', async () => {
        assert.deepEqual(images('metric "x" 1,1%'), ['metric:metric', 'STRING:"x"', 'NUMBER:1,1', '%:%']);
        const model = await modelOf({
            'people.journey': people,
            'map.journey': 'journey j "J" { persona thierry stage s "S" { metric "Klik" 1,1% metric "Punt" 2.5 touchpoint t "T" { channel web emotion 0 evidence "x" metric "Score" 8,2 } } }',
        });
        const stage = model.journeys[0].stages[0];
        assert.deepEqual(stage.metrics.map(m => [m.value, m.percent]), [[1.1, true], [2.5, false]]);
        assert.equal(stage.touchpoints[0].metrics[0].value, 8.2);
    });
});
