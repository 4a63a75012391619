/**
 * Checks the hand-written TextMate grammar (syntaxes/journey.tmLanguage.json) and the
 * language configuration (language-configuration.json): both are plain JSON that VS Code
 * loads without any build step, so nothing else would notice a broken regex or a typo.
 *
 * The structural checks need nothing but Node. The tokenizer checks run the grammar through
 * `vscode-textmate` + `vscode-oniguruma` (the engine VS Code itself uses) when those packages
 * are installed, and are skipped otherwise; they never touch the network.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The compiled test lives in out/test/unit/, so the repository root is three levels up.
const repoRoot = new URL('../../../', import.meta.url);
const grammarUrl = new URL('../../../syntaxes/journey.tmLanguage.json', import.meta.url);
const languageConfigurationUrl = new URL('../../../language-configuration.json', import.meta.url);

interface RawCapture {
    name?: string;
    patterns?: RawRule[];
}

interface RawRule {
    name?: string;
    contentName?: string;
    match?: string;
    begin?: string;
    end?: string;
    while?: string;
    include?: string;
    patterns?: RawRule[];
    captures?: Record<string, RawCapture>;
    beginCaptures?: Record<string, RawCapture>;
    endCaptures?: Record<string, RawCapture>;
    whileCaptures?: Record<string, RawCapture>;
    repository?: Record<string, RawRule>;
}

interface RawGrammar extends RawRule {
    scopeName: string;
    patterns: RawRule[];
}

interface LanguageConfiguration {
    comments?: { lineComment?: string; blockComment?: [string, string] };
    brackets?: Array<[string, string]>;
    autoClosingPairs?: Array<{ open: string; close: string; notIn?: string[] }>;
    surroundingPairs?: Array<[string, string]>;
    folding?: { markers?: { start: string; end: string } };
    wordPattern?: string;
    indentationRules?: { increaseIndentPattern: string; decreaseIndentPattern: string };
    onEnterRules?: Array<{ beforeText: string; afterText?: string; previousLineText?: string }>;
}

function readJson<T>(url: URL): T {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/**
 * Translates the few Oniguruma-only constructs a TextMate grammar may use into JavaScript
 * (so that `new RegExp` can check the rest). Escaped backslashes are skipped correctly.
 */
function toJavaScriptRegExpSource(source: string): string {
    let out = '';
    for (let i = 0; i < source.length; i++) {
        const ch = source[i];
        if (ch === '\\' && i + 1 < source.length) {
            const next = source[i + 1];
            i++;
            switch (next) {
                case 'G': break; // "where the last match ended": no JS equivalent, drop it
                case 'A': out += '^'; break;
                case 'z': case 'Z': out += '$'; break;
                case 'h': out += '[0-9a-fA-F]'; break;
                case 'H': out += '[^0-9a-fA-F]'; break;
                default: out += ch + next;
            }
        } else if (source.startsWith('(?>', i)) {
            out += '(?:'; // atomic group
            i += 2;
        } else {
            out += ch;
        }
    }
    return out;
}

function compile(source: string, where: string): RegExp {
    try {
        return new RegExp(toJavaScriptRegExpSource(source));
    } catch (error) {
        assert.fail(`${where}: ${(error as Error).message}`);
    }
}

/** Number of capture groups in a regex. */
function groupCount(regex: RegExp): number {
    return new RegExp(`${regex.source}|`).exec('')!.length - 1;
}

interface VisitedRule {
    rule: RawRule;
    path: string;
}

/** Every rule of the grammar, nested patterns and capture patterns included. */
function allRules(grammar: RawGrammar): VisitedRule[] {
    const found: VisitedRule[] = [];
    const visit = (rule: RawRule, path: string): void => {
        found.push({ rule, path });
        rule.patterns?.forEach((child, i) => visit(child, `${path}.patterns[${i}]`));
        for (const key of ['captures', 'beginCaptures', 'endCaptures', 'whileCaptures'] as const) {
            for (const [group, capture] of Object.entries(rule[key] ?? {})) {
                capture.patterns?.forEach((child, i) => visit(child, `${path}.${key}[${group}].patterns[${i}]`));
            }
        }
        for (const [name, child] of Object.entries(rule.repository ?? {})) {
            visit(child, `${path}.repository.${name}`);
        }
    };
    visit(grammar, '$');
    return found;
}

function scopeNamesOf(rule: RawRule): string[] {
    const names = [rule.name, rule.contentName];
    for (const key of ['captures', 'beginCaptures', 'endCaptures', 'whileCaptures'] as const) {
        for (const capture of Object.values(rule[key] ?? {})) {
            names.push(capture.name);
        }
    }
    return names.filter((name): name is string => typeof name === 'string').flatMap(name => name.split(/\s+/));
}

describe('TextMate grammar (syntaxes/journey.tmLanguage.json)', () => {
    const grammar = readJson<RawGrammar>(grammarUrl);
    const rules = allRules(grammar);

    it('parses as JSON and is the grammar package.json contributes', () => {
        assert.equal(grammar.scopeName, 'source.journey');
        assert.ok(Array.isArray(grammar.patterns) && grammar.patterns.length > 0);
        const manifest = readJson<{ contributes: { grammars: Array<{ scopeName: string; path: string }> } }>(
            new URL('package.json', repoRoot));
        const contributed = manifest.contributes.grammars.find(g => g.scopeName === 'source.journey');
        assert.ok(contributed, 'package.json contributes source.journey');
        assert.equal(new URL(contributed.path, repoRoot).href, grammarUrl.href);
    });

    it('has regexes that all compile, with captures that exist', () => {
        let count = 0;
        for (const { rule, path } of rules) {
            const compiled: Partial<Record<'match' | 'begin' | 'end' | 'while', RegExp>> = {};
            for (const key of ['match', 'begin', 'end', 'while'] as const) {
                const source = rule[key];
                if (source !== undefined) {
                    assert.equal(typeof source, 'string', `${path}.${key}`);
                    compiled[key] = compile(source, `${path}.${key}`);
                    count++;
                }
            }
            const checkCaptures = (key: 'captures' | 'beginCaptures' | 'endCaptures' | 'whileCaptures', regex?: RegExp) => {
                const groups = regex ? groupCount(regex) : 0;
                for (const group of Object.keys(rule[key] ?? {})) {
                    assert.match(group, /^\d+$/, `${path}.${key}: capture key ${group}`);
                    assert.ok(Number(group) <= groups, `${path}.${key}[${group}]: the regex has ${groups} groups`);
                }
            };
            checkCaptures('captures', compiled.match ?? compiled.begin);
            checkCaptures('beginCaptures', compiled.begin);
            checkCaptures('endCaptures', compiled.end);
            checkCaptures('whileCaptures', compiled.while);
            // `$1` in a scope name is replaced by that group's text: the group must exist.
            const own = compiled.match ?? compiled.begin;
            for (const name of scopeNamesOf(rule)) {
                for (const [, group] of name.matchAll(/\$(\d+)/g)) {
                    assert.ok(own && Number(group) <= groupCount(own), `${path}: ${name}`);
                }
            }
            if (rule.begin !== undefined) {
                assert.ok(rule.end !== undefined || rule.while !== undefined, `${path}: begin without end`);
            }
        }
        assert.ok(count > 10, `only ${count} regexes found`);
    });

    it('includes only rules that exist', () => {
        const repository = grammar.repository ?? {};
        for (const { rule, path } of rules) {
            if (rule.include === undefined) {
                continue;
            }
            if (rule.include === '$self' || rule.include === '$base') {
                continue;
            }
            assert.ok(rule.include.startsWith('#'), `${path}: include ${rule.include} (no other grammar is used)`);
            assert.ok(rule.include.slice(1) in repository, `${path}: include ${rule.include}`);
        }
    });

    it('names every scope with the .journey suffix', () => {
        for (const { rule, path } of rules) {
            if (rule === grammar) {
                continue; // the root's `name` is the grammar's display name, not a scope
            }
            for (const name of scopeNamesOf(rule)) {
                assert.match(name, /^[a-z][a-z0-9-]*(\.[a-z0-9$-]+)*\.journey$/, `${path}: ${name}`);
            }
        }
    });
});

describe('language-configuration.json', () => {
    const configuration = readJson<LanguageConfiguration>(languageConfigurationUrl);

    it('declares the comment tokens and the brackets of the language', () => {
        assert.deepEqual(configuration.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
        assert.deepEqual(configuration.brackets, [['{', '}']]);
        const pairs = new Map(configuration.autoClosingPairs?.map(pair => [pair.open, pair]));
        assert.equal(pairs.get('{')?.close, '}');
        assert.equal(pairs.get('"')?.close, '"');
        assert.ok(pairs.get('"')?.notIn?.includes('string'), 'no closing quote is added inside a string');
        assert.ok(configuration.surroundingPairs?.some(([open, close]) => open === '"' && close === '"'));
    });

    it('has regexes that compile and do what they are for', () => {
        const markers = configuration.folding?.markers;
        assert.ok(markers);
        assert.ok(new RegExp(markers.start).test('    // #region Orientation'));
        assert.ok(new RegExp(markers.end).test('    // #endregion'));
        assert.ok(!new RegExp(markers.start).test('    // #endregion'));

        const rules = configuration.indentationRules;
        assert.ok(rules);
        const increase = new RegExp(rules.increaseIndentPattern);
        const decrease = new RegExp(rules.decreaseIndentPattern);
        assert.ok(increase.test('    stage orientation "Oriëntatie" {'));
        assert.ok(increase.test('journey a "Costs {hidden}" improves b {  // future'));
        assert.ok(!increase.test('        touchpoint t "T" { channel web }'));
        assert.ok(!increase.test('        action "Types { in a string"'));
        assert.ok(!increase.test('    // a comment {'));
        assert.ok(decrease.test('    }'));
        assert.ok(!decrease.test('    status done'));

        assert.ok(configuration.wordPattern);
        const words = (text: string) => text.match(new RegExp(configuration.wordPattern!, 'g'));
        assert.deepEqual(words('addresses no_compare, no_filter'), ['addresses', 'no_compare', 'no_filter']);
        assert.deepEqual(words('emotion -1 "Oriëntatie"'), ['emotion', '-1', 'Oriëntatie']);
        assert.deepEqual(words('metric "Bounce rate" 58%'), ['metric', 'Bounce', 'rate', '58%']);

        for (const rule of configuration.onEnterRules ?? []) {
            new RegExp(rule.beforeText);
            if (rule.afterText !== undefined) new RegExp(rule.afterText);
            if (rule.previousLineText !== undefined) new RegExp(rule.previousLineText);
        }
    });
});

// ---------------------------------------------------------------------------------------
// Tokenizer checks, with the engine VS Code uses (optional development dependencies).

interface Token {
    startIndex: number;
    endIndex: number;
    scopes: string[];
}

interface StateStack {
    readonly depth: number;
}

interface Grammar {
    tokenizeLine(line: string, state: StateStack | null): { tokens: Token[]; ruleStack: StateStack };
}

interface TextMate {
    grammar: Grammar;
    initial: StateStack;
}

let textMatePromise: Promise<TextMate | undefined> | undefined;

/** Loads the grammar into vscode-textmate, or gives undefined when the packages are absent. */
function loadTextMate(): Promise<TextMate | undefined> {
    textMatePromise ??= (async () => {
        // Module names in variables: the test compiles whether or not the packages are installed.
        const textMateModule = 'vscode-textmate';
        const onigurumaModule = 'vscode-oniguruma';
        let vsctm: any;
        let oniguruma: any;
        let wasmPath: string;
        try {
            vsctm = await import(textMateModule);
            oniguruma = await import(onigurumaModule);
            wasmPath = createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm');
        } catch {
            return undefined;
        }
        vsctm = vsctm.default ?? vsctm;
        oniguruma = oniguruma.default ?? oniguruma;
        const wasm = readFileSync(wasmPath);
        await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
        const registry = new vsctm.Registry({
            onigLib: Promise.resolve({
                createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
                createOnigString: (text: string) => new oniguruma.OnigString(text)
            }),
            loadGrammar: async (scopeName: string) => scopeName === 'source.journey'
                ? vsctm.parseRawGrammar(readFileSync(grammarUrl, 'utf8'), 'journey.tmLanguage.json')
                : null
        });
        const grammar = await registry.loadGrammar('source.journey') as Grammar | null;
        assert.ok(grammar, 'vscode-textmate loads the grammar');
        return { grammar, initial: vsctm.INITIAL as StateStack };
    })();
    return textMatePromise;
}

interface TokenizedLine {
    line: string;
    tokens: Token[];
}

function tokenize(textMate: TextMate, text: string): { lines: TokenizedLine[]; end: StateStack } {
    let state = textMate.initial;
    const lines: TokenizedLine[] = [];
    for (const line of text.split(/\r?\n/)) {
        const result = textMate.grammar.tokenizeLine(line, state);
        lines.push({ line, tokens: result.tokens });
        state = result.ruleStack;
    }
    return { lines, end: state };
}

/**
 * The scopes of the token that covers the `occurrence`-th `text` on the line that is `line`
 * (leading and trailing blanks aside), or else on the first line that starts with `line`.
 */
function scopesOf(lines: TokenizedLine[], line: string, text: string, occurrence = 1): string[] {
    const found = lines.find(l => l.line.trim() === line) ?? lines.find(l => l.line.trimStart().startsWith(line));
    assert.ok(found, `no line starts with ${JSON.stringify(line)}`);
    let at = -1;
    for (let i = 0; i < occurrence; i++) {
        at = found.line.indexOf(text, at + 1);
        assert.ok(at >= 0, `${JSON.stringify(text)} (#${i + 1}) not in ${JSON.stringify(found.line)}`);
    }
    const token = found.tokens.find(t => t.startIndex <= at && at < t.endIndex);
    assert.ok(token && token.endIndex >= at + text.length,
        `${JSON.stringify(text)} is split over several tokens in ${JSON.stringify(found.line)}`);
    return token.scopes;
}

function expectScope(lines: TokenizedLine[], line: string, text: string, scope: string, occurrence = 1): void {
    const scopes = scopesOf(lines, line, text, occurrence);
    assert.ok(scopes.some(s => s === scope || s.startsWith(`${scope}.`)),
        `${JSON.stringify(text)} on "${line}…" has [${scopes.join(', ')}], expected ${scope}`);
}

// Lines from the example maps (laptop-current.journey and people.journey), plus the forms
// the examples do not show.
const sample = String.raw`// Current state: how Thierry buys a laptop from our web shop today.
persona thierry "Twijfelende Thierry" {
    quote "I don't want to regret this."
}
channel web "Website" icon web
journey laptop_today "Laptop purchase — today" {
    persona thierry
    state current
    reviewed "2026-10-01"
    stage orientation "Oriëntatie" {
        metric "Visitors from search" 12000
        touchpoint google "Searches online" {
            channel search
            action "Searches for 'best laptop for students'"
            emotion -1 "overwhelmed"
            pain ads_first "Ads push independent reviews down" severity medium
            opportunity study_filter "Filter laptops by study programme" impact high effort low
            evidence "Analytics: 71% leave the category page within 30 s"
        }
    }
    stage consideration "Afweging" {
        metric "Checkout conversion" 2.1%
    }
    action compare_tool "Build a comparison tool" {
        addresses no_compare, no_filter
        status doing
    }
}
/* A future map
   in another file. */
journey laptop_target "Laptop \"target\"" improves laptop_today {
    persona thierry,
        dominique
    touchpoint ad "Ad" { channel web emotion +2 }
    pain "Unnamed pain" severity high
}`;

const sampleV2 = String.raw`journey reis_nu "Citytrip boeken — huidige situatie" {
    persona thierry, dominique
    type day-in-the-life
    language nl
    review every 3 months
    stage oriëntatie "Oriëntatie" {
        time "07:00-09:00"
        metric "Doorklikratio advertenties" 1,1%
        touchpoint café_één "Boekt" {
            emotion thierry -2 "bedrogen"
            emotion -1
            prop "Pakbon"
            frontstage "Medewerker belt terug"
            evidence "GA4" link "https://analytics.google.com/"
        }
    }
    stage review "Review" {
    }
    action faq "FAQ" {
        addresses geen_faq, faq_pagina
    }
}`;

describe('TextMate grammar, tokenized by vscode-textmate', function () {
    this.timeout(10_000); // loading the WebAssembly engine once

    let textMate: TextMate | undefined;
    before(async function () {
        textMate = await loadTextMate();
    });
    beforeEach(function () {
        if (!textMate) {
            this.skip(); // vscode-textmate / vscode-oniguruma are not installed
        }
    });

    it('scopes comments, strings, escapes and numbers', () => {
        const { lines } = tokenize(textMate!, sample);
        expectScope(lines, '// Current', '//', 'comment.line.double-slash');
        expectScope(lines, '// Current', 'Current state: how Thierry buys', 'comment.line.double-slash');
        expectScope(lines, '/* A future', 'A future map', 'comment.block');
        expectScope(lines, 'in another', 'in another file.', 'comment.block');
        expectScope(lines, 'quote', 'I don\'t want to regret this.', 'string.quoted.double');
        expectScope(lines, 'journey laptop_target', '\\"', 'constant.character.escape');
        expectScope(lines, 'reviewed', '2026-10-01', 'string.quoted.double');
        expectScope(lines, 'metric "Visitors', '12000', 'constant.numeric');
        expectScope(lines, 'emotion -1', '-1', 'constant.numeric');
        expectScope(lines, 'touchpoint ad', '+2', 'constant.numeric');
        expectScope(lines, 'metric "Checkout', '2.1', 'constant.numeric');
        expectScope(lines, 'metric "Checkout', '%', 'constant.numeric');
        expectScope(lines, 'evidence', 'Analytics: 71% leave the category page within 30 s', 'string.quoted.double');
    });

    it('scopes declarations and their names', () => {
        const { lines } = tokenize(textMate!, sample);
        expectScope(lines, 'persona thierry "', 'persona', 'storage.type');
        expectScope(lines, 'persona thierry "', 'thierry', 'entity.name.type');
        expectScope(lines, 'channel web "', 'web', 'entity.name.type');
        expectScope(lines, 'journey laptop_today', 'journey', 'storage.type');
        expectScope(lines, 'journey laptop_today', 'laptop_today', 'entity.name.function');
        expectScope(lines, 'journey laptop_target', 'improves', 'storage.modifier');
        expectScope(lines, 'journey laptop_target', 'laptop_today', 'entity.other.inherited-class');
        expectScope(lines, 'stage orientation', 'orientation', 'entity.name.section');
        expectScope(lines, 'touchpoint google', 'google', 'entity.name.section');
        expectScope(lines, 'touchpoint ad', 'ad', 'entity.name.section');
        expectScope(lines, 'action compare_tool', 'action', 'storage.type');
        expectScope(lines, 'action compare_tool', 'compare_tool', 'entity.name.section');
        expectScope(lines, 'pain ads_first', 'ads_first', 'entity.name.label');
        expectScope(lines, 'opportunity study_filter', 'study_filter', 'entity.name.label');
        expectScope(lines, 'pain "Unnamed', 'pain', 'storage.type');
        expectScope(lines, 'stage orientation', '{', 'punctuation.section.block.begin');
        expectScope(lines, '}', '}', 'punctuation.section.block.end');
    });

    it('scopes properties, references and enumeration values only after their keyword', () => {
        const { lines } = tokenize(textMate!, sample);
        expectScope(lines, 'persona thierry', 'persona', 'keyword.other');
        expectScope(lines, 'state current', 'state', 'keyword.other');
        expectScope(lines, 'state current', 'current', 'constant.language');
        expectScope(lines, 'channel web "', 'icon', 'keyword.other');
        expectScope(lines, 'channel web "', 'web', 'constant.language', 2);
        expectScope(lines, 'channel search', 'channel', 'keyword.other');
        expectScope(lines, 'channel search', 'search', 'variable.other');
        expectScope(lines, 'touchpoint ad', 'web', 'variable.other');
        expectScope(lines, 'action "Searches', 'action', 'keyword.other');
        expectScope(lines, 'pain ads_first', 'severity', 'keyword.other');
        expectScope(lines, 'pain ads_first', 'medium', 'constant.language');
        expectScope(lines, 'opportunity study_filter', 'high', 'constant.language');
        expectScope(lines, 'opportunity study_filter', 'low', 'constant.language');
        expectScope(lines, 'addresses', 'addresses', 'keyword.other');
        expectScope(lines, 'addresses', 'no_compare', 'variable.other');
        expectScope(lines, 'addresses', ',', 'punctuation.separator');
        expectScope(lines, 'addresses', 'no_filter', 'variable.other');
        expectScope(lines, 'status', 'doing', 'constant.language');
        expectScope(lines, 'persona thierry,', 'thierry', 'variable.other');
        expectScope(lines, 'dominique', 'dominique', 'variable.other'); // the list goes on after a comma
        expectScope(lines, 'touchpoint ad', 'emotion', 'keyword.other');
    });

    it('scopes the version 2 lines: map type, language, review interval, times, lanes, per-persona emotions, links, decimal commas', () => {
        const { lines } = tokenize(textMate!, sampleV2);
        expectScope(lines, 'type day-in-the-life', 'type', 'keyword.other');
        expectScope(lines, 'type day-in-the-life', 'day-in-the-life', 'constant.language');
        expectScope(lines, 'language nl', 'language', 'keyword.other');
        expectScope(lines, 'language nl', 'nl', 'constant.language');
        for (const word of ['review', 'every', 'months']) expectScope(lines, 'review every', word, 'keyword.other');
        expectScope(lines, 'review every', '3', 'constant.numeric');
        expectScope(lines, 'stage oriëntatie', 'oriëntatie', 'entity.name.section');
        expectScope(lines, 'time "07:00-09:00"', 'time', 'keyword.other');
        expectScope(lines, 'touchpoint café_één', 'café_één', 'entity.name.section');
        expectScope(lines, 'emotion thierry -2', 'emotion', 'keyword.other');
        expectScope(lines, 'emotion thierry -2', 'thierry', 'variable.other.persona');
        expectScope(lines, 'emotion thierry -2', '-2', 'constant.numeric');
        expectScope(lines, 'emotion -1', '-1', 'constant.numeric');
        expectScope(lines, 'prop', 'prop', 'keyword.other');
        expectScope(lines, 'frontstage', 'frontstage', 'keyword.other');
        expectScope(lines, 'evidence "GA4"', 'link', 'keyword.other');
        expectScope(lines, 'evidence "GA4"', 'https://analytics.google.com/', 'string.quoted.double');
        expectScope(lines, 'metric "Doorklik', '1,1', 'constant.numeric');
        expectScope(lines, 'metric "Doorklik', '%', 'keyword.other.unit.percent');
        expectScope(lines, 'persona thierry, dominique', 'dominique', 'variable.other.persona');
        expectScope(lines, 'addresses geen_faq', 'faq_pagina', 'variable.other');
        expectScope(lines, 'stage review', 'review', 'entity.name.section', 1);
    });

    it('agrees with the language on what a name is: letters of any script, digits and _', async () => {
        const { createJourneyServices } = await import('../../src/language/journey-module.js');
        const { EmptyFileSystem } = await import('langium');
        const lexer = createJourneyServices(EmptyFileSystem).Journey.parser.Lexer;
        const names = ['oriëntatie', 'aankoop_één', 'café', '_x1', 'Ωmega', 'straße', 'e\u0301tape', '日本語', 'stage2', 'review_vraag', 'reviews', 'تجربة'];
        for (const name of names) {
            const line = `stage ${name} "S" {`;
            const tokens = lexer.tokenize(line).tokens;
            assert.deepEqual(tokens.map(t => t.image), ['stage', name, '"S"', '{'], `the language reads ${name} as one name`);
            assert.equal(tokens[1]!.tokenType.name, 'ID', name);
            const { lines } = tokenize(textMate!, line);
            expectScope(lines, line, name, 'entity.name.section');
        }
        for (const notName of ['my-stage', 'q&a']) {
            const line = `stage ${notName} "S" {`;
            assert.ok(lexer.tokenize(line).errors.length > 0, `${notName}: the language reports a character`);
            const { lines } = tokenize(textMate!, line);
            assert.throws(() => expectScope(lines, line, notName, 'entity.name.section'), `${notName} is not one name for TextMate either`);
        }
    });

    it('tokenizes the example maps (every folder) and ends every file outside strings and comments', () => {
        const folder = new URL('examples/', repoRoot);
        const files = existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.journey')) : [];
        assert.ok(files.some(name => name.includes('reiskompas')), 'the version 2 examples are among them');
        const texts = [sample, sampleV2, ...files.map(name => readFileSync(new URL(name, folder), 'utf8'))];
        for (const text of texts) {
            const { lines, end } = tokenize(textMate!, text);
            assert.equal(end.depth, textMate!.initial.depth, 'a string or comment is left open at the end of the file');
            for (const { line, tokens } of lines) {
                for (const token of tokens) {
                    const piece = line.slice(token.startIndex, token.endIndex);
                    // Outside strings and comments, every word is a keyword, a name or a value.
                    if (/[_a-zA-Z0-9]/.test(piece) && token.scopes.length === 1) {
                        assert.fail(`unscoped ${JSON.stringify(piece)} in ${JSON.stringify(line)}`);
                    }
                }
            }
        }
    });
});
