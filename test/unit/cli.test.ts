import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { people } from './helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin', 'journey.cjs');

function journey(args: string[], cwd = root) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(join(tmpdir(), 'journey-cli-'));
    for (const [name, content] of Object.entries(files)) {
        writeFileSync(join(dir, name), content);
    }
    return dir;
}

const good = 'journey j "J" { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } } }';

describe('journey command line', () => {
    it('validate: clean maps exit 0; reports are file:line:col severity code message', () => {
        const dir = workspace({ 'people.journey': people, 'j.journey': good });
        const ok = journey(['validate', dir, '--today', '2026-11-23']);
        assert.equal(ok.code, 0, ok.stderr);
        assert.doesNotMatch(ok.stdout, / (error|warning) /);

        const bad = workspace({ 'people.journey': people, 'j.journey': 'journey j "J" {\n  persona thierry\n  stage s "S" { touchpoint t "T" { channel fax emotion 5 evidence "x" } }\n}' });
        const result = journey(['validate', bad]);
        assert.equal(result.code, 1);
        assert.match(result.stdout, /j\.journey:3:44 error unresolved-reference /);
        assert.match(result.stdout, /j\.journey:3:56 error emotion-range /);
    });

    it('validate: warnings alone exit 0; --today makes stale-review reproducible', () => {
        const dir = workspace({ 'people.journey': people, 'j.journey': good.replace('{ persona', '{ reviewed "2026-01-01" persona') });
        const result = journey(['validate', dir, '--today', '2026-11-23']);
        assert.equal(result.code, 0);
        assert.match(result.stdout, /warning stale-review Last reviewed 10 months ago/);
        assert.doesNotMatch(journey(['validate', dir, '--today', '2026-03-01']).stdout, /stale-review/);
    });

    it('validates the reference examples clean', function () {
        const shared = join(root, '..', 'shared', 'examples');
        if (!existsSync(shared)) this.skip();
        const result = journey(['validate', shared, '--today', '2026-11-23']);
        assert.equal(result.code, 0, result.stdout + result.stderr);
        assert.doesNotMatch(result.stdout, / (error|warning) /);
    });

    it('export --format json prints the model; --journey picks one; --out writes a file', () => {
        const dir = workspace({
            'people.journey': people, 'j.journey': good,
            'k.journey': 'journey k "K" improves j { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 2 } } }',
        });
        const all = JSON.parse(journey(['export', dir, '--format', 'json']).stdout);
        assert.deepEqual(all.journeys.map((j: { id: string }) => j.id), ['j', 'k']);
        assert.equal(all.comparisons[0].touchpoints[0].emotionDelta, 2);
        const one = JSON.parse(journey(['export', dir, '--format', 'json', '--journey', 'k']).stdout);
        assert.deepEqual(one.journeys.map((j: { id: string }) => j.id), ['k']);
        assert.equal(one.comparisons.length, 1);
        const out = join(dir, 'model.json');
        assert.equal(journey(['export', dir, '--format', 'json', '--out', out]).code, 0);
        assert.equal(JSON.parse(readFileSync(out, 'utf8')).journeys.length, 2);
    });

    it('export --format mermaid and import round-trip sections, tasks, scores and actors', () => {
        const mmd = 'journey\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n      Go upstairs: 3: Me\n      Do work: 1: Me, Cat\n    section Go home\n      Go downstairs: 5: Me\n      Sit down: 5: Me\n';
        const dir = workspace({ 'day.mmd': mmd });
        const imported = journey(['import', join(dir, 'day.mmd'), '--out', join(dir, 'day.journey')]);
        assert.equal(imported.code, 0, imported.stderr);
        const validated = journey(['validate', join(dir, 'day.journey')]);
        assert.equal(validated.code, 0, validated.stdout);
        const exported = journey(['export', join(dir, 'day.journey'), '--format', 'mermaid']).stdout;
        const tasks = exported.split('\n').map(l => l.trim()).filter(l => /^[^:]+:\s*\d\s*:/.test(l));
        assert.deepEqual(tasks.map(t => t.split(':').map(p => p.trim())), [
            ['Make tea', '5', 'Me'], ['Go upstairs', '3', 'Me'], ['Do work', '1', 'Me, Cat'], ['Go downstairs', '5', 'Me'], ['Sit down', '5', 'Me'],
        ]);
        assert.match(exported, /title My working day/);
        assert.deepEqual(exported.match(/section .*/g), ['section Go to work', 'section Go home']);
    });

    it('import: a score that is not a number is an error naming its line, and nothing is written', () => {
        const dir = workspace({ 'bad.mmd': 'journey\ntitle T\nsection S\n  Task: high: Me\n' });
        const out = join(dir, 'bad.journey');
        const result = journey(['import', join(dir, 'bad.mmd'), '--out', out]);
        assert.equal(result.code, 1);
        assert.match(result.stderr, /bad\.mmd:4 error/);
        assert.ok(!existsSync(out));
    });

    const usageErrors: Array<[string, (dir: string) => string[]]> = [
        ['a missing path', dir => ['validate', join(dir, 'nope.journey')]],
        ['a folder without .journey files', dir => ['validate', join(dir, 'empty')]],
        ['a binary file', dir => ['validate', join(dir, 'binary.journey')]],
        ['a file that is not UTF-8', dir => ['validate', join(dir, 'latin1.journey')]],
        ['an unknown option', dir => ['validate', dir, '--frobnicate']],
        ['an unknown format', dir => ['export', dir, '--format', 'pdf']],
        ['a missing format', dir => ['export', dir]],
        ['an unknown journey', dir => ['export', dir, '--format', 'json', '--journey', 'nope']],
        ['an unknown command', () => ['frobnicate']],
        ['a malformed --today', dir => ['validate', dir, '--today', 'yesterday']],
        ['an output path that cannot be written', dir => ['export', dir, '--format', 'json', '--out', join(dir, 'no', 'such', 'folder.json')]],
        ['an unreadable file', dir => ['validate', join(dir, 'locked.journey')]],
    ];
    for (const [what, args] of usageErrors) {
        it(`exit 2 and one line, no stack trace, for ${what}`, function () {
            const dir = workspace({ 'people.journey': people, 'binary.journey': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 'latin1.journey': Buffer.from('persona p "Ori\xebntatie"', 'latin1'), 'locked.journey': good });
            mkdirSync(join(dir, 'empty'));
            chmodSync(join(dir, 'locked.journey'), 0o000);
            if (what === 'an unreadable file' && process.getuid?.() === 0) this.skip(); // root reads anything
            const result = journey(args(dir));
            assert.equal(result.code, 2, result.stdout + result.stderr);
            assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
            assert.match(result.stderr, /^journey: /);
            assert.doesNotMatch(result.stderr, /\n\s+at /);
        });
    }

    it('--help for every command', () => {
        for (const command of ['validate', 'export', 'import', 'lsp']) {
            const result = journey([command, '--help']);
            assert.equal(result.code, 0);
            assert.match(result.stdout, new RegExp(`^Usage: journey ${command}`));
        }
        assert.match(journey(['--help']).stdout, /Commands:/);
    });
});
