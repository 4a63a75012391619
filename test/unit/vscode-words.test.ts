/**
 * VS Code's own words for the extension in English and Dutch: what package.json contributes
 * (command titles and categories, settings, views, walkthroughs) goes through package.nls.json and
 * package.nls.nl.json; what the extension says itself (notifications, dialogs, panel titles) goes
 * through `vscode.l10n.t` and l10n/bundle.l10n.nl.json. VS Code's display language picks one.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { assertDutch } from './dutch.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('package.json')) as Record<string, unknown>;
const english = JSON.parse(read('package.nls.json')) as Record<string, string>;
const dutch = JSON.parse(read('package.nls.nl.json')) as Record<string, string>;
const bundle = JSON.parse(read('l10n/bundle.l10n.nl.json')) as Record<string, string>;

/** The texts of the manifest that VS Code shows, with where they are. */
function shownTexts(): Array<{ where: string; text: string }> {
    const found: Array<{ where: string; text: string }> = [];
    const shown = /^(description|markdownDescription|enumDescriptions|markdownEnumDescriptions|title|category|name|contextualTitle|shortTitle|altText|contents)$/;
    const walk = (value: unknown, path: string, key: string) => {
        if (typeof value === 'string') {
            if (shown.test(key)) found.push({ where: path, text: value });
        } else if (Array.isArray(value)) {
            value.forEach((item, index) => walk(item, `${path}[${index}]`, key));
        } else if (typeof value === 'object' && value !== null) {
            for (const [child, item] of Object.entries(value)) walk(item, `${path}.${child}`, child);
        }
    };
    walk(manifest.contributes, 'contributes', 'contributes');
    walk(manifest.capabilities, 'capabilities', 'capabilities');
    found.push({ where: 'description', text: String(manifest.description) });
    return found;
}

/** The product's own name, formats, link targets and code are the same in both languages (backquoted code: see dutch.ts). */
const product = (text: string) => text.replace(/Journey Maps/g, ' ').replace(/\b(SVG|HTML)\b/g, ' ')
    .replace(/\]\([^)]*\)/g, ']').replace(/````.*?````/g, ' ');

describe('VS Code\'s words for the extension, in English and Dutch', () => {
    it('every title, category, setting description and view or walkthrough text in package.json is a %key% of package.nls.json', () => {
        const literal = shownTexts().filter(({ where, text }) => !/^%[\w.-]+%$/.test(text) && !/^contributes\.configuration\.title$/.test(where));
        assert.deepEqual(literal, [], 'texts VS Code shows as written, whatever its language');
        for (const { where, text } of shownTexts()) {
            const key = /^%([\w.-]+)%$/.exec(text)?.[1];
            if (key) assert.ok(key in english, `${where}: ${key} is not in package.nls.json`);
        }
    });

    it('package.nls.nl.json has every key of package.nls.json and no other, in Dutch', () => {
        assert.deepEqual(Object.keys(dutch).sort(), Object.keys(english).sort());
        const used = new Set([...JSON.stringify(manifest).matchAll(/"%([\w.-]+)%"/g)].map(match => match[1]));
        assert.deepEqual(Object.keys(english).filter(key => !used.has(key)), [], 'keys no contribution uses');
        for (const [key, text] of Object.entries(dutch)) {
            assert.notEqual(text.trim(), '', key);
            // A page of the walkthrough is named by its path (checked below).
            if (!/\.(md|svg|png)$/.test(text)) assertDutch(product(text), `package.nls.nl.json ${key}`);
        }
    });

    it('the walkthrough\'s pages have a Dutch version, in Dutch, named through package.nls.nl.json', () => {
        const pages = Object.entries(english).filter(([, path]) => /\.md$/.test(path));
        assert.ok(pages.length > 0, 'the walkthrough has pages');
        for (const [key, path] of pages) {
            const translated = dutch[key];
            assert.notEqual(translated, path, `${key}: the Dutch page is another file`);
            assertDutch(product(read(translated)).replace(/```[\s\S]*?```/g, ' '), translated);
            assert.equal((read(translated).match(/```/g) ?? []).length, (read(path).match(/```/g) ?? []).length, `${translated} has the examples of ${path}`);
        }
    });

    it('the extension speaks through vscode.l10n.t only, and the Dutch bundle has every string it says', () => {
        const sources: string[] = [];
        const walk = (dir: URL) => {
            for (const entry of readdirSync(dir)) {
                const url = new URL(entry, dir);
                if (statSync(url).isDirectory()) walk(new URL(`${entry}/`, dir));
                else if (entry.endsWith('.ts')) sources.push(readFileSync(url, 'utf8'));
            }
        };
        walk(new URL('src/extension/', root));
        const code = sources.join('\n');
        // A message, a dialog's labels or a panel's title written as a literal would stay English.
        const literals = [
            ...code.matchAll(/\bshow(?:Information|Warning|Error)Message\((?!vscode\.l10n\.t\()[^)]{0,80}/g),
            ...code.matchAll(/(?:^\s*|[{,]\s*)(?:saveLabel|openLabel|placeHolder|prompt|title|label|tooltip|description):\s*['"`][^\n]{0,80}/gm),
            ...code.matchAll(/\.title\s*=\s*['"`][^\n]{0,80}/g),
            ...code.matchAll(/createWebviewPanel\([^,]+,\s*['"`][^\n]{0,80}/g),
        ].map(match => match[0]);
        assert.deepEqual(literals, []);
        // vscode.l10n.t, or `t`: the same function handed to code that is tested without VS Code (the Journeys view, Markdown blocks).
        const said = new Set([...code.matchAll(/(?:vscode\.l10n\.t|(?<![\w.])t)\(\s*'((?:[^'\\]|\\.)*)'/g)].map(match => match[1].replace(/\\'/g, '\'')));
        assert.ok(said.size >= 60, `${said.size} strings`);
        assert.deepEqual([...said].filter(text => !(text in bundle)), [], 'strings without a Dutch translation');
        assert.deepEqual(Object.keys(bundle).filter(text => !said.has(text)), [], 'translations of strings the extension no longer says');
        for (const [text, translation] of Object.entries(bundle)) {
            const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map(m => m[0]).sort();
            assert.deepEqual(placeholders(translation), placeholders(text), text);
            assertDutch(product(translation), `bundle.l10n.nl.json "${text}"`);
        }
    });

    it('package.json points VS Code at the bundles, and the packaged extension includes them', () => {
        assert.equal(manifest.l10n, './l10n');
        const ignore = read('.vscodeignore');
        for (const path of ['package.nls.json', 'package.nls.nl.json', 'l10n/**']) assert.match(ignore, new RegExp(`^!${path.replace(/[.*]/g, '\\$&')}$`, 'm'), path);
    });
});
