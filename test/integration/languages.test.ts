/**
 * Dutch and English as the real processes speak them: `journey` chooses by `--lang`, else by
 * LC_ALL, LC_MESSAGES and LANG; `journey lsp` by the client's `initialize` (`--lang` first, the
 * environment when the client names no language). Reports keep their severity and code in either
 * language, so that scripts do not break.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspSession } from '../support/lsp-session.js';
import { assertDutch } from '../unit/dutch.js';
import { people } from '../unit/helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin', 'journey.cjs');
const examples = join(root, 'examples');

interface Result { code: number | null; stdout: string; stderr: string }

function journey(args: string[], env: NodeJS.ProcessEnv = {}): Result {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `file:line:col severity code` of every report line: what a script reads. */
function fields(stdout: string): string[] {
    return stdout.trim().split('\n').map(line => /^(\S+:\d+:\d+ \S+ \S+) /.exec(line)?.[1] ?? `unreadable: ${line}`);
}

function messages(stdout: string): string[] {
    return stdout.trim().split('\n').map(line => line.replace(/^\S+:\d+:\d+ \S+ \S+ /, ''));
}

describe('journey in Dutch and English (the real command)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'journey-languages-'));
    const broken = join(folder, 'broken.journey');
    writeFileSync(join(folder, 'people.journey'), people);
    writeFileSync(broken, 'journey j "J" {\n    persona thierry\n    stage s "S" {\n        touchpoint t "T" { channel web emotion 7 evidence "x" }\n        fase u "U" { touchpoint v "V" { channel web emotion 0 evidence "x" } }\n    }\n}\n');

    it('validate --lang nl: the same report lines (severity, code, place) with Dutch messages, and a Dutch summary', () => {
        const english = journey(['validate', examples, folder, '--today', '2026-11-23', '--lang', 'en']);
        const dutch = journey(['validate', examples, folder, '--today', '2026-11-23', '--lang', 'nl']);
        assert.equal(dutch.code, english.code);
        assert.equal(dutch.code, 1, 'the broken map has errors');
        assert.deepEqual(fields(dutch.stdout), fields(english.stdout));
        assert.match(dutch.stdout, /broken\.journey:4:\d+ error emotion-range Emotie moet een geheel getal van -2 tot \+2 zijn, niet 7\./);
        assert.match(dutch.stdout, /broken\.journey:5:\d+ error syntax-error De sleutelwoorden zijn Engels: schrijf `stage` in plaats van `fase`\./);
        for (const message of messages(dutch.stdout)) assertDutch(message, 'validate --lang nl');
        assert.match(dutch.stderr, /^\d+ bestanden, \d+ fouten?, \d+ waarschuwing(en)?(, \d+ tips? \(suggesties, geen problemen\))?\n$/);
        assert.match(english.stderr, /^\d+ files, \d+ errors?, \d+ warnings?/);
    });

    it('takes its language from LC_ALL, then LC_MESSAGES, then LANG; --lang decides over all of them', () => {
        const dutchMessage = /Emotie moet een geheel getal/;
        const run = (env: NodeJS.ProcessEnv, args: string[] = []) => journey(['validate', folder, '--today', '2026-11-23', ...args], env).stdout;
        assert.match(run({ LANG: 'nl_NL.UTF-8' }), dutchMessage);
        assert.match(run({ LANG: 'nl_BE.UTF-8' }), dutchMessage);
        assert.doesNotMatch(run({ LANG: 'C.UTF-8' }), dutchMessage);
        assert.doesNotMatch(run({ LANG: 'nl_NL.UTF-8', LC_ALL: 'en_US.UTF-8' }), dutchMessage);
        assert.match(run({ LANG: 'en_GB.UTF-8', LC_MESSAGES: 'nl_NL.UTF-8' }), dutchMessage);
        assert.doesNotMatch(run({ LANG: 'nl_NL.UTF-8' }, ['--lang', 'en']), dutchMessage);
        assert.match(run({ LANG: 'C.UTF-8' }, ['--lang=nl']), dutchMessage);
    });

    it('says its own errors and help in Dutch: one line, exit 2, as in English', () => {
        for (const [args, message] of [
            [['validate', join(folder, 'nowhere.journey')], /nowhere\.journey: bestand of map bestaat niet$/],
            [['export', folder], /^journey: export: --format is verplicht \(json, mermaid, html, svg, png\)$/],
            [['export', folder, '--format', 'png', '--scale', '3', '--out', join(folder, 'map.png')], /^journey: export: --scale '3' is geen 1 of 2/],
            [['export', folder, '--format', 'svg', '--scale', '2'], /^journey: export: --scale hoort bij --format png/],
            [['report', folder, '--format', 'pdf'], /^journey: report: onbekend formaat 'pdf' \(gebruik html, md, csv\)$/],
            [['export', folder, '--format', 'pdf'], /^journey: export: onbekend formaat 'pdf'/],
            [['validate', folder, '--frobnicate'], /^journey: validate: onbekende optie '--frobnicate' \(zie 'journey validate --help'\)$/],
            [['validate', folder, '--today'], /^journey: validate: optie '--today' mist haar waarde/],
            [['frobnicate'], /^journey: onbekende opdracht 'frobnicate'/],
        ] as const) {
            const result = journey([...args, '--lang', 'nl']);
            assert.equal(result.code, 2, result.stderr);
            assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
            assert.match(result.stderr.trim(), message);
        }
        assert.match(journey(['validate', '--help', '--lang', 'nl']).stdout, /^Gebruik: journey validate/);
        assert.match(journey(['report', '--help', '--lang', 'nl']).stdout, /^Gebruik: journey report[^]*De kwartaalherziening/);
        assert.match(journey(['--help'], { LANG: 'nl_NL.UTF-8' }).stdout, /^Gebruik: journey <opdracht>/);
    });

    it('report --lang nl: the errors of the maps it reviews are told in Dutch, with their codes', () => {
        const result = journey(['report', folder, '--format', 'csv', '--today', '2026-11-23', '--lang', 'nl']);
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stderr, /broken\.journey:4:\d+ error emotion-range Emotie moet een geheel getal van -2 tot \+2 zijn, niet 7\./);
        assert.match(journey(['report', folder, '--format', 'csv', '--today', '2026-11-23', '--lang', 'en']).stderr, /broken\.journey:4:\d+ error emotion-range Emotion must be/);
    });

    it('refuses a language it does not speak, in one line', () => {
        const result = journey(['validate', folder, '--lang', 'fr']);
        assert.equal(result.code, 2);
        assert.equal(result.stderr.trim(), "journey: --lang: 'fr' is not a language of journey; use nl or en");
        assert.match(journey(['validate', folder, '--lang', 'fr'], { LANG: 'nl_NL.UTF-8' }).stderr, /^journey: --lang: de taal 'fr' wordt niet ondersteund/);
    });

    it('import --lang nl: Dutch warnings, and the comment it writes in Dutch', () => {
        const diagram = join(folder, 'day.mmd');
        writeFileSync(diagram, 'journey\n    title Dag\n    section Werk\n      Thee zetten: 7: Ik\n');
        const out = join(folder, 'day.journey');
        const result = journey(['import', diagram, '--out', out, '--lang', 'nl']);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stderr.trim(), 'day.mmd:4 warning score 7 ligt buiten 1..5; bijgesteld tot 5'.replace('day.mmd', diagram));
        assert.match(readFileSync(out, 'utf8'), /^\/\/ Geïmporteerd uit day\.mmd \(Mermaid-journeydiagram\)/);
    });

    it('export --format json --lang nl: the diagnostics in the model are Dutch, with the same codes', () => {
        const model = (lang: string) => JSON.parse(journey(['export', folder, '--format', 'json', '--today', '2026-11-23', '--lang', lang]).stdout) as { diagnostics: Array<{ code: string; message: string }> };
        const dutch = model('nl').diagnostics;
        assert.deepEqual(dutch.map(d => d.code), model('en').diagnostics.map(d => d.code));
        assert.ok(dutch.some(d => d.code === 'emotion-range' && d.message.startsWith('Emotie moet')));
    });

    it('export --format svg|html: the drawing speaks the map\'s language; --lang decides over it, the environment does not', () => {
        const reiskompas = join(root, 'examples', 'reiskompas');
        const drawn = (dir: string, format: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) => {
            const result = journey(['export', dir, '--format', format, '--view', 'stacked', ...args], env);
            assert.equal(result.code, 0, result.stderr);
            return result.stdout;
        };
        // The map's own language: Dutch for reiskompas (language nl), English for the bike maps (none).
        assert.match(drawn(reiskompas, 'svg'), />Knelpunten</);
        assert.match(drawn(reiskompas, 'html'), /<html lang="nl">/);
        assert.match(drawn(examples, 'svg'), />Pain points</);
        // The environment's language is the messages', not the drawing's.
        assert.match(drawn(examples, 'svg', [], { LANG: 'nl_NL.UTF-8', LC_ALL: '', LC_MESSAGES: '' }), />Pain points</);
        // --lang sets both.
        assert.match(drawn(reiskompas, 'svg', ['--lang', 'en']), />Pain points</);
        assert.doesNotMatch(drawn(reiskompas, 'svg', ['--lang', 'en']), />Knelpunten</);
        assert.match(drawn(examples, 'html', ['--lang=nl']), /<html lang="nl">[\s\S]*>Knelpunten</);
        assert.match(journey(['export', '--help', '--lang', 'nl']).stdout, /html\/svg: ook de taal van de woorden/);
    });

    it('report: the review speaks the language most maps say; --lang decides over it, the environment does not', () => {
        const reiskompas = join(root, 'examples', 'reiskompas');
        const bike = join(folder, 'bike');
        mkdirSync(bike);
        for (const file of ['bike-current.journey', 'bike-future.journey', 'people.journey']) writeFileSync(join(bike, file), readFileSync(join(examples, file)));
        const review = (dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) => {
            const result = journey(['report', dir, '--today', '2027-02-01', '--format', 'md', ...args], env);
            assert.equal(result.code, 0, result.stderr);
            return result.stdout;
        };
        assert.match(review(reiskompas), /^# Kwartaalherziening\n[\s\S]*stand van 1 feb\.? 2027/);
        assert.match(review(bike), /^# Quarterly review\n/);
        assert.match(review(bike, [], { LANG: 'nl_NL.UTF-8', LC_ALL: '', LC_MESSAGES: '' }), /^# Quarterly review\n/);
        assert.match(review(reiskompas, ['--lang', 'en']), /^# Quarterly review\n[\s\S]*as of 2027-02-01/);
        assert.match(review(bike, ['--lang=nl']), /^# Kwartaalherziening\n/);
        assert.match(journey(['report', '--help', '--lang', 'nl']).stdout, /en van de herziening zelf/);
    });
});

describe('journey lsp in Dutch and English (the real server process)', () => {
    const map = 'journey j "J" {\n    persona thierry\n    stage s "S" {\n        touchpoint t "T" { channel web emotion 7 evidence "x" }\n    }\n}\n';

    async function reportsOf(options: Parameters<typeof LspSession.start>[0]): Promise<{ diagnostics: Diagnostic[]; hover: string; session: LspSession }> {
        const { session } = await LspSession.start(options);
        await session.open({ uri: 'file:///languages/people.journey', version: 1, text: people });
        await session.open({ uri: 'file:///languages/map.journey', version: 1, text: map });
        const diagnostics = await session.until(() => {
            const latest = session.publishes.filter(p => p.uri === 'file:///languages/map.journey').at(-1)?.diagnostics;
            return latest?.some(d => d.code === 'emotion-range') ? latest : undefined;
        }, 20_000, 'the emotion-range report');
        const { contents } = await session.hover('file:///languages/map.journey', { line: 3, character: map.split('\n')[3].indexOf('7') });
        return { diagnostics, hover: (contents as { value: string }).value, session };
    }

    const emotionRange = (diagnostics: Diagnostic[]) => String(diagnostics.find(d => d.code === 'emotion-range')!.message);

    it('speaks Dutch when initialize says locale nl-BE, with hovers in Dutch', async () => {
        const { diagnostics, hover, session } = await reportsOf({ locale: 'nl-BE' });
        try {
            assert.equal(emotionRange(diagnostics), 'Emotie moet een geheel getal van -2 tot +2 zijn, niet 7.');
            assert.match(hover, /^\*\*Emotie\*\* \+7 — buiten de schaal/);
        } finally {
            await session.stop();
        }
    });

    it('speaks English when initialize says en, or names no language and the environment is not Dutch', async () => {
        for (const options of [{ locale: 'en' }, { env: { LANG: 'C.UTF-8' } }, { locale: 'en-US', env: { LANG: 'nl_NL.UTF-8' } }]) {
            const { diagnostics, session } = await reportsOf(options);
            await session.stop();
            assert.equal(emotionRange(diagnostics), 'Emotion must be a whole number from -2 to +2, not +7.', JSON.stringify(options));
        }
    });

    it('--lang decides over the client; without either, the environment does', async () => {
        for (const options of [{ locale: 'en', args: ['--lang', 'nl'] }, { env: { LANG: 'nl_NL.UTF-8' } }]) {
            const { diagnostics, session } = await reportsOf(options);
            await session.stop();
            assert.match(emotionRange(diagnostics), /^Emotie moet/, JSON.stringify(options));
        }
    });
});
