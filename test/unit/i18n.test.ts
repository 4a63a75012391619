/**
 * The language server's two catalogues (src/language/i18n/en.ts, nl.ts): the same keys either
 * way, and in Dutch, no English word of ours in what a map writer sees: every report of the
 * examples (the project's, the shared ones, docs/language.md's, which between them produce every
 * report code) and of the table of common syntax mistakes, their quick-fix titles, hovers and
 * completions. What a message quotes is not ours: keywords and example lines between backquotes,
 * names between single quotes, map text between double quotes.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import type { CodeAction, CompletionItem, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-types';
import { cliEn } from '../../src/cli/i18n/en.js';
import { cliNl } from '../../src/cli/i18n/nl.js';
import { mermaidImportEn, mermaidImportNl } from '../../src/interchange/mermaid-import-messages.js';
import { en } from '../../src/language/i18n/en.js';
import { knownLocale, localeOf } from '../../src/language/i18n/locale.js';
import { nl } from '../../src/language/i18n/nl.js';
import { escapeMarkdown } from '../../src/language/lsp/markdown.js';
import { stageTemplates } from '../../src/language/lsp/stage-templates.js';
import { examples } from './language-doc-examples.js';
import { people, sharedFolder, today } from './helpers.js';
import { workspace, type Workspace } from './lsp-helpers.js';
import { marked } from './helpers.js';
import { mistakes } from './syntax-mistakes.js';
import { assertDutch, everyText, shape } from './dutch.js';

describe('the language server in two languages: the catalogues', () => {
    it('have the same keys, each a function of as many parameters or a text, no key missing either way', () => {
        assert.deepEqual(shape(nl), shape(en));
        assert.ok(shape(en).length > 150, `${shape(en).length} entries`);
    });

    it('say every text of the Dutch catalogue in Dutch, and none prints undefined or NaN (each message with sample arguments)', () => {
        const texts = everyText(nl);
        assert.equal(texts.length, everyText(en).length);
        for (const { key, text } of texts) assertDutch(text, `nl${key}`);
        for (const { key, text } of [...texts, ...everyText(en)]) assert.doesNotMatch(text, /undefined|NaN|\[object/, key);
    });

    it('describe every stage template in both languages', () => {
        for (const template of stageTemplates) {
            assert.ok(en.completion.stageTemplateDescription[template.id], template.id);
            assert.ok(nl.completion.stageTemplateDescription[template.id], template.id);
        }
    });

    it('speak Dutch for nl, nl-NL, nl-BE and nl_NL.UTF-8, English for anything else', () => {
        for (const tag of ['nl', 'nl-NL', 'nl-BE', 'NL', 'nl_NL.UTF-8', 'nl_BE@euro']) assert.equal(localeOf(tag), 'nl', tag);
        for (const tag of ['en', 'en-GB', 'de', 'fr-BE', 'C', 'C.UTF-8', 'POSIX', '', undefined]) assert.equal(localeOf(tag), 'en', String(tag));
        assert.equal(knownLocale('de-DE'), undefined);
        assert.equal(knownLocale('en_US.UTF-8'), 'en');
    });

    it('words the issue\'s example as the issue asks', () => {
        assert.equal(nl.validation.emotionRange(7), 'Emotie moet een geheel getal van -2 tot +2 zijn, niet 7.');
    });

    it('tell English from Dutch: the check finds an English message, and leaves quoted keywords, names and map text alone', () => {
        assert.throws(() => assertDutch(en.validation.emotionRange(7), 'en'));
        // Every English text but the few that are the same in both languages gives itself away.
        const same = new Set(['.hover.persona', '.hover.signed', '.completion.locatedIn', '.completion.placeholders.persona', '.completion.valueDetails.Level.medium']);
        for (const { key, text } of everyText(en)) if (!same.has(key)) assert.throws(() => assertDutch(text, key), key);
        for (const { key, text } of [...everyText(cliEn), ...everyText(mermaidImportEn)]) {
            if (!['.argumentError', '.validationStopped'].includes(key)) assert.throws(() => assertDutch(text, key), key);
        }
        assert.throws(() => assertDutch(en.syntax.lineNotHere('action', 'Stage', en.syntax.holds('Stage', ['goal']), 'in a touchpoint'), 'en'));
        assert.doesNotThrow(() => assertDutch("Contactmoment 'the_stage' van `stage s \"The journey\"` heeft geen kanaal.", 'nl'));
        assert.doesNotThrow(() => assertDutch("Persona 'this' hoort niet bij de persona's van klantreis 'that'.", 'nl'));
    });
});

describe('the command line in two languages: its catalogues', () => {
    it('have the same keys either way (journey\'s messages, and those of journey import)', () => {
        assert.deepEqual(shape(cliNl), shape(cliEn));
        assert.deepEqual(shape(mermaidImportNl), shape(mermaidImportEn));
    });

    it('say every text in Dutch, and none prints undefined or NaN', () => {
        // Help names what is typed and read as it is: the command, its subcommands, formats, views, codes and severities.
        const typed = /\b(journey|validate|export|import|lsp|json|mermaid|html|svg|side-by-side|stacked|overlay|single|stale-review|overdue-action|error|warning|hint)\b/g;
        for (const { key, text } of [...everyText(cliNl), ...everyText(mermaidImportNl)]) {
            assertDutch(/usage|Help$/.test(key) ? text.replace(typed, ' ') : text, `nl${key}`);
        }
        for (const { key, text } of [cliEn, cliNl, mermaidImportEn, mermaidImportNl].flatMap(catalogue => everyText(catalogue))) {
            assert.doesNotMatch(text, /undefined|NaN|\[object/, key);
        }
    });

    it('say everything through the catalogues: no error or help text of the command line is written as a literal', () => {
        const folder = new URL('../../../src/cli/', import.meta.url);
        const literals = readdirSync(folder).filter(name => name.endsWith('.ts')).flatMap(name => {
            const code = readFileSync(new URL(name, folder), 'utf8');
            // The text of each literal, without what it fills in: words left over are English written in place.
            return [...code.matchAll(/(?:new CliError|console\.(?:log|error))\(\s*(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)]
                .filter(m => /[a-z]{3,}/i.test(m[2].replace(/\$\{[^}]*\}/g, ' ').replace(/\b(journey|error|warning)\b/g, ' ')))
                .map(m => `${name}: ${m[0]}`);
        });
        assert.deepEqual(literals, []);
    });

    it('word Node\'s argument errors in Dutch by their code, naming the option', () => {
        assert.equal(cliNl.argumentError('export', "Unknown option '--frobnicate'", 'ERR_PARSE_ARGS_UNKNOWN_OPTION', '--frobnicate'),
            "export: onbekende optie '--frobnicate' (zie 'journey export --help')");
        assert.equal(cliNl.argumentError('export', "Option '--format <value>' argument missing", 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '--format'),
            "export: optie '--format' mist haar waarde (zie 'journey export --help')");
    });
});

/** The example folders, each built as one workspace: the project's and, when they are there, the shared ones. */
function exampleSets(): Array<{ name: string; files: Record<string, string> }> {
    const sets: Array<{ name: string; files: Record<string, string> }> = [];
    const add = (name: string, folder: URL) => {
        if (!existsSync(folder)) return;
        const files: Record<string, string> = {};
        const walk = (dir: URL, prefix: string) => {
            for (const entry of readdirSync(dir)) {
                const url = new URL(entry, dir);
                if (statSync(url).isDirectory()) walk(new URL(`${entry}/`, dir), `${prefix}${entry}-`);
                else if (entry.endsWith('.journey')) files[`${prefix}${entry}`] = readFileSync(url, 'utf8');
            }
        };
        walk(folder, '');
        sets.push({ name, files });
    };
    add('examples/', new URL('../../../examples/', import.meta.url));
    add('shared examples/', sharedFolder('examples'));
    add('shared examples-v2/', sharedFolder('examples-v2'));
    const docExamples = examples();
    docExamples.forEach((example, index) => {
        const files: Record<string, string> = { 'example.journey': example.text };
        const context = example.with ? docExamples.find(e => e.id === example.with) : undefined;
        if (context) files['context.journey'] = context.text;
        sets.push({ name: `docs/language.md example ${index + 1} (line ${example.line})`, files });
    });
    return sets;
}

function diagnosticsOf(document: LangiumDocument): Diagnostic[] {
    return document.diagnostics ?? [];
}

function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function hoverText(hover: Hover | undefined): string {
    return hover ? (hover.contents as MarkupContent).value : '';
}

/** Every text of ours the editor shows for a workspace: reports, quick-fix titles, hovers at every word, completions at every line start. */
async function shownTexts(ws: Workspace): Promise<Array<{ where: string; text: string }>> {
    const { lsp } = ws.services.Journey;
    const shown: Array<{ where: string; text: string }> = [];
    // A hover shows the map's own texts (a persona's description and goals) as they are, unquoted.
    const mapTexts = ws.documents.flatMap(d => [...d.textDocument.getText().matchAll(/"(?:[^"\\\n]|\\.)*"/g)].map(m => escapeMarkdown(JSON.parse(m[0]) as string)))
        .filter(text => text.length > 0).sort((a, b) => b.length - a.length);
    const withoutMapTexts = (text: string) => mapTexts.reduce((rest, mapText) => rest.split(mapText).join(' '), text.replace(/[^\s`]+\.journey\b/g, ' '));
    for (const document of ws.documents) {
        const file = document.uri.path.split('/').pop();
        const uri = document.uri.toString();
        for (const diagnostic of diagnosticsOf(document)) {
            const at = `${file}:${diagnostic.range.start.line + 1} ${diagnostic.code}`;
            shown.push({ where: at, text: messageOf(diagnostic) });
            const actions = await lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
            }) ?? [];
            for (const action of actions as CodeAction[]) shown.push({ where: `quick fix of ${at}`, text: action.title });
        }
        const text = document.textDocument.getText();
        for (const word of text.matchAll(/[\p{L}\d_+-]+/gu)) {
            const position = document.textDocument.positionAt(word.index! + 1);
            const hover = await lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri }, position });
            if (hover) shown.push({ where: `hover at ${file}:${position.line + 1}:${position.character}`, text: withoutMapTexts(hoverText(hover)) });
        }
        // Where a line starts (keywords, snippets, stage templates, what a future map lacks), and after
        // every keyword and a space (values, references, emotions, dates, times, links).
        const lineStarts = [...text.matchAll(/^[ \t]*/gm)].map(m => m.index! + m[0].length);
        const afterKeywords = [...text.matchAll(/\b[a-z]+ (?=[^ \n])/g)].map(m => m.index! + m[0].length);
        for (const offset of [...new Set([...lineStarts, ...afterKeywords])]) {
            const position = document.textDocument.positionAt(offset);
            const line = position.line;
            const list = await lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri }, position });
            for (const item of (list?.items ?? []) as CompletionItem[]) {
                const documentation = typeof item.documentation === 'string' ? item.documentation : item.documentation?.value;
                // A snippet's documentation is the text it inserts: the language's words and the placeholders.
                const own = item.insertTextFormat === 2 && documentation?.startsWith('```') ? [] : [documentation];
                // The words a snippet puts in the text for the writer to replace (`${2:Titel}`).
                const placeholders = item.insertTextFormat === 2 ? [...(item.insertText ?? '').matchAll(/\$\{\d+:([^}]*)\}/g)].map(m => m[1]) : [];
                for (const part of [item.detail, item.labelDetails?.description, ...own, ...placeholders]) {
                    if (part) shown.push({ where: `completion ${item.label} at ${file}:${line + 1}`, text: withoutMapTexts(part) });
                }
            }
        }
        const lenses = await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri } }) ?? [];
        for (const lens of lenses) shown.push({ where: `code lens in ${file}`, text: lens.command?.title ?? '' });
    }
    return shown;
}

describe('the language server in Dutch (initialize says locale nl): no English word of ours', function () {
    this.timeout(120_000);

    for (const set of exampleSets()) {
        it(`${set.name}: reports, quick fixes, hovers, completions and code lenses`, async () => {
            const dutch = await workspace(set.files, { locale: 'nl' });
            const texts = await shownTexts(dutch);
            assert.ok(texts.length > 0);
            for (const { where, text } of texts) assertDutch(text, where);
            // The language changes the words only: the same reports, with the same codes, ranges and severities.
            const english = await workspace(set.files, { locale: 'en' });
            const reports = (ws: Workspace) => ws.documents.flatMap(d => diagnosticsOf(d).map(r => `${d.uri.path}:${r.range.start.line}:${r.range.start.character} ${r.severity} ${r.code}`));
            assert.deepEqual(reports(dutch), reports(english));
            const differs = english.documents.some((d, i) => diagnosticsOf(d).some((r, j) => messageOf(r) !== messageOf(diagnosticsOf(dutch.documents[i])[j])));
            assert.ok(differs || reports(english).length === 0, 'the Dutch reports are worded in Dutch');
        });
    }

    for (const [title, mistake] of Object.entries(mistakes)) {
        it(`the syntax mistake "${title}": the same one report, in Dutch`, async () => {
            const { text, ranges } = marked(mistake.source);
            const ws = await workspace({ 'a-people.journey': people, 'b-map.journey': text }, { locale: 'nl', today });
            const reports = diagnosticsOf(ws.doc('b-map.journey')).filter(d => d.severity === 1 || d.severity === 2);
            assert.equal(reports.length, 1, reports.map(messageOf).join('\n'));
            assert.equal(reports[0].code, mistake.code ?? 'syntax-error');
            assert.deepEqual(reports[0].range, ranges[0]);
            assert.doesNotMatch(messageOf(reports[0]), mistake.message, 'not the English message');
            assertDutch(messageOf(reports[0]), title);
            for (const { where, text: shown } of await shownTexts(ws)) assertDutch(shown, where);
        });
    }
});
