import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { people, sharedFolder } from '../unit/helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin', 'journey.cjs');

/**
 * A hang guard for every run of the CLI: spawnSync blocks mocha's own timeout. A run takes 0.3-3 s
 * on a busy machine; one that is killed has no exit code, and its test fails.
 */
const hangGuardMs = 60_000;

function journey(args: string[], cwd = root): Result {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: hangGuardMs });
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

interface Result { code: number | null; stdout: string; stderr: string }

/** Exit code 2 and exactly one line on standard error, that names the command, and no stack trace. */
function assertOneLineError(result: Result): void {
    assert.equal(result.code, 2, result.stdout + result.stderr);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, /^journey: /);
    assert.doesNotMatch(result.stderr, /\n\s+at |internal error/);
}

/** A folder with every kind of unusable input, an output folder and permissions set (see `asUser`). */
function hostileWorkspace(): string {
    const dir = workspace({
        'people.journey': people, 'j.journey': good,
        'binary.journey': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
        'latin1.journey': Buffer.from('persona p "Ori\xebntatie"', 'latin1'),
        'empty.journey': '', 'blank.journey': ' \n\t\n',
        'locked.journey': good,
        'day.mmd': 'journey\n    title Day\n    section Work\n      Make tea: 5: Me\n',
    });
    for (const folder of ['empty', 'out', 'open', 'locked', 'readonly']) mkdirSync(join(dir, folder));
    // A read-only file in a folder anyone may write: replacing it would be possible, and wrong.
    writeFileSync(join(dir, 'open', 'readonly-file.txt'), 'old content');
    writeFileSync(join(dir, 'locked', 'inside.journey'), good);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'out'), 0o777);
    chmodSync(join(dir, 'locked.journey'), 0o000);
    chmodSync(join(dir, 'locked'), 0o000);
    chmodSync(join(dir, 'readonly'), 0o555);
    chmodSync(join(dir, 'open'), 0o777);
    chmodSync(join(dir, 'open', 'readonly-file.txt'), 0o444);
    // Inputs that are no regular file, or too big to read: a device, a named pipe (where mkfifo
    // exists), and a sparse file of 51 MB. Their own folder: no test reads it whole.
    mkdirSync(join(dir, 'special'));
    if (existsSync('/dev/zero')) symlinkSync('/dev/zero', join(dir, 'special', 'zero.journey'));
    spawnSync('mkfifo', [join(dir, 'special', 'pipe.journey')]);
    writeFileSync(join(dir, 'special', 'big.journey'), '');
    truncateSync(join(dir, 'special', 'big.journey'), 51 * 1024 * 1024);
    return dir;
}

/**
 * For the cases where file permissions must apply: root reads and writes anything, so as root the
 * command runs as the user `nobody` (uid 65534); where that is not possible the test is skipped.
 */
function asUser(test: Mocha.Context): (args: string[], cwd?: string) => Result {
    if (process.getuid?.() !== 0) return journey;
    const probe = spawnSync(process.execPath, ['-e', 'process.exit(0)'], { uid: 65534, gid: 65534 });
    if (probe.status !== 0) {
        console.log('      (skipped: running as root and cannot run as nobody, so permissions do not apply)');
        test.skip();
    }
    return (args, cwd = root) => {
        const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', uid: 65534, gid: 65534, timeout: hangGuardMs });
        return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
}

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

    it('validate: one summary line on standard error, the reports alone on standard output; --quiet drops the line', () => {
        const clean = workspace({ 'people.journey': 'persona thierry "T"\nchannel web "Web" icon web\n', 'j.journey': good });
        const ok = journey(['validate', clean, '--today', '2026-11-23']);
        assert.equal(ok.code, 0, ok.stderr);
        assert.equal(ok.stdout, '');
        assert.equal(ok.stderr, '2 files, 0 errors, 0 warnings\n');

        // One error (an unknown channel), two warnings (an empty stage, a stale review), hints (missing evidence and emotion).
        const mixed = workspace({
            'people.journey': people,
            'j.journey': 'journey j "J" {\n  persona thierry\n  reviewed "2026-01-01"\n  stage s "S" { touchpoint t "T" { channel fax } }\n  stage e "E" { }\n}',
            'k.journey': good.replace('journey j', 'journey k'),
        });
        const result = journey(['validate', mixed, '--today', '2026-11-23']);
        assert.equal(result.code, 1);
        const lines = result.stdout.trim().split('\n');
        const bySeverity = (severity: string) => lines.filter(l => l.split(' ')[1] === severity).length;
        assert.deepEqual([bySeverity('error'), bySeverity('warning')], [1, 2], result.stdout);
        const hints = bySeverity('hint');
        assert.ok(hints > 0, result.stdout);
        assert.equal(result.stderr, `3 files, 1 error, 2 warnings, ${hints} hint${hints === 1 ? '' : 's'} (suggestions, not problems)\n`);
        assert.doesNotMatch(result.stdout, /files?, \d+ errors?/, 'the summary is not mixed into the reports');

        for (const quiet of ['--quiet', '-q']) {
            const silent = journey(['validate', mixed, '--today', '2026-11-23', quiet]);
            assert.equal(silent.code, 1, 'the exit code does not change');
            assert.equal(silent.stderr, '');
            assert.equal(silent.stdout, result.stdout);
        }
        const one = journey(['validate', join(clean, 'j.journey'), join(clean, 'people.journey'), join(clean, 'j.journey'), '--today', '2026-11-23']);
        assert.equal(one.stderr, '2 files, 0 errors, 0 warnings\n', 'a file given twice is checked once');
    });

    it('validate: warnings alone exit 0; --today makes stale-review reproducible', () => {
        const dir = workspace({ 'people.journey': people, 'j.journey': good.replace('{ persona', '{ reviewed "2026-01-01" persona') });
        const result = journey(['validate', dir, '--today', '2026-11-23']);
        assert.equal(result.code, 0);
        assert.match(result.stdout, /warning stale-review Last reviewed 10 months ago/);
        assert.doesNotMatch(journey(['validate', dir, '--today', '2026-03-01']).stdout, /stale-review/);
    });

    it('validates the reference examples clean', function () {
        const shared = fileURLToPath(sharedFolder('examples'));
        if (!existsSync(shared)) this.skip();
        const result = journey(['validate', shared, '--today', '2026-11-23']);
        assert.equal(result.code, 0, result.stdout + result.stderr);
        assert.doesNotMatch(result.stdout, / (error|warning) /);
    });

    it('validates the version 2 examples (../shared/examples-v2) and the project\'s examples, all folders, with no report at all', function () {
        const shared = fileURLToPath(sharedFolder('examples-v2'));
        for (const folder of [join(root, 'examples'), ...(existsSync(shared) ? [shared] : [])]) {
            const result = journey(['validate', folder, '--today', '2026-11-23']);
            assert.equal(result.code, 0, result.stdout + result.stderr);
            assert.equal(result.stdout, '', folder);
        }
    });

    it('validate --review-months N sets the review interval; a map\'s review every N months overrides it', () => {
        const dir = workspace({
            'people.journey': people,
            'j.journey': good.replace('{ persona', '{ reviewed "2026-08-01" persona'),
            'k.journey': good.replace('journey j "J" { persona', 'journey k "K" { review every 12 months reviewed "2026-08-01" persona'),
        });
        assert.doesNotMatch(journey(['validate', dir, '--today', '2026-11-23']).stdout, /stale-review/);
        const strict = journey(['validate', dir, '--today', '2026-11-23', '--review-months', '3']);
        assert.equal(strict.code, 0);
        assert.match(strict.stdout, /j\.journey:1:\d+ warning stale-review Last reviewed 3 months ago \(2026-08-01\); maps are due for review every 3 months\./);
        assert.doesNotMatch(strict.stdout, /k\.journey/);
        for (const bad of ['0', '1.5', 'three', '-2']) {
            assertOneLineError(journey(['validate', dir, `--review-months=${bad}`]));
        }
    });

    it('export --format json prints the model; --journey picks one; --out writes a file', () => {
        const dir = workspace({
            'people.journey': people, 'j.journey': good,
            'k.journey': 'journey k "K" improves j { persona thierry stage s "S" { touchpoint t "T" { channel web emotion 2 } } }',
        });
        const all = JSON.parse(journey(['export', dir, '--format', 'json']).stdout);
        assert.equal(all.version, 2);
        assert.deepEqual(all.journeys.map((j: { id: string }) => j.id), ['j', 'k']);
        assert.equal(all.comparisons[0].touchpoints[0].emotionDelta, 2);
        const one = JSON.parse(journey(['export', dir, '--format', 'json', '--journey', 'k']).stdout);
        assert.deepEqual(one.journeys.map((j: { id: string }) => j.id), ['k']);
        assert.equal(one.comparisons.length, 1);
        const out = join(dir, 'model.json');
        assert.equal(journey(['export', dir, '--format', 'json', '--out', out]).code, 0);
        assert.equal(JSON.parse(readFileSync(out, 'utf8')).journeys.length, 2);
    });

    it('export of files without a journey: JSON prints the personas; Mermaid, HTML and SVG are one line and exit 2, nothing written', () => {
        const dir = workspace({ 'people.journey': people });
        assert.equal(JSON.parse(journey(['export', dir, '--format', 'json']).stdout).journeys.length, 0);
        for (const format of ['mermaid', 'html', 'svg']) {
            const out = join(dir, `map.${format}`);
            const result = journey(['export', dir, '--format', format, '--out', out]);
            assert.equal(result.code, 2, format);
            assert.equal(result.stderr.trim(), `journey: export: the given files have no journey to ${format === 'mermaid' ? 'export' : 'draw'}`);
            assert.equal(existsSync(out), false, `${format}: nothing written`);
        }
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

    it('export --view draws a comparison side by side (the default), stacked, as an overlay, one map alone or paired', () => {
        const dir = join(root, 'examples');
        const modeOf = (args: string[]) => {
            const result = journey(['export', dir, '--format', 'svg', ...args]);
            assert.equal(result.code, 0, result.stderr);
            return /<svg [^>]*data-mode="([^"]+)"/.exec(result.stdout)?.[1];
        };
        assert.equal(modeOf([]), 'side-by-side');
        for (const view of ['side-by-side', 'stacked', 'overlay', 'single', 'paired']) assert.equal(modeOf(['--view', view]), view);
        // A map without a comparison is drawn alone whatever the view.
        assert.equal(modeOf(['--journey', 'car_claim', '--view', 'stacked']), 'single');
        assert.match(journey(['export', '--help']).stdout, /--view VIEW .*\n[^]*stacked[^]*paired/);
        // Stacked: the current map's heading and lanes, then the future map's.
        const stacked = journey(['export', dir, '--format', 'html', '--view', 'stacked']).stdout;
        const headings = [...stacked.matchAll(/class="jm-block-heading" data-side="(\w+)" data-journey="(\w+)"/g)].map(m => `${m[1]}:${m[2]}`);
        assert.deepEqual(headings.slice(0, 2), ['current:bike_today', 'future:bike_target']);
    });

    /** The width and height a PNG's header (IHDR) gives. */
    const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });
    const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    it('export --format png writes the drawing as a PNG at --scale 1 or 2, with DejaVu Sans only', () => {
        const dir = join(root, 'examples');
        const out = workspace({});
        const svg = journey(['export', dir, '--format', 'svg', '--view', 'stacked']).stdout;
        const width = Number(/<svg [^>]*width="([\d.]+)"/.exec(svg)![1]);
        const height = Number(/<svg [^>]*height="([\d.]+)"/.exec(svg)![1]);
        for (const scale of [1, 2]) {
            const file = join(out, `map-${scale}.png`);
            const result = journey(['export', dir, '--format', 'png', '--view', 'stacked', '--scale', String(scale), '--out', file]);
            assert.equal(result.code, 0, result.stderr);
            const bytes = readFileSync(file);
            assert.deepEqual(bytes.subarray(0, 8), pngSignature, 'a PNG file');
            assert.deepEqual(pngSize(bytes), { width: Math.ceil(width * scale), height: Math.ceil(height * scale) });
        }
        // Without --scale: the drawing's own size; to a pipe, the same bytes.
        const piped = spawnSync(process.execPath, [bin, 'export', dir, '--format', 'png', '--view', 'stacked'], { cwd: root, timeout: hangGuardMs });
        assert.equal(piped.status, 0, String(piped.stderr));
        assert.deepEqual(piped.stdout, readFileSync(join(out, 'map-1.png')));
        // The same image on every machine: the text is drawn with the packaged font, whatever the system has.
        const again = spawnSync(process.execPath, [bin, 'export', dir, '--format', 'png', '--view', 'stacked'], { cwd: root, timeout: hangGuardMs, env: { ...process.env, FONTCONFIG_FILE: '/dev/null', HOME: out } });
        assert.deepEqual(again.stdout, piped.stdout);
    });

    it('export --scale other than 1 or 2, or for a format without pixels, is one line and exit 2', () => {
        const dir = workspace({ 'people.journey': people, 'j.journey': good });
        for (const args of [['--format', 'png', '--scale', '3'], ['--format', 'png', '--scale', '1.5'], ['--format', 'png', '--scale', ''], ['--format', 'svg', '--scale', '2']]) {
            const result = journey(['export', dir, ...args, '--out', join(dir, 'x.png')]);
            assertOneLineError(result);
            assert.match(result.stderr, /--scale/);
            assert.ok(!existsSync(join(dir, 'x.png')));
        }
    });

    it('only export --format png loads the rasterizer: validate and the other exports do not', () => {
        const dir = workspace({ 'people.journey': people, 'j.journey': good });
        const loads = (args: string[]) => {
            const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: hangGuardMs, env: { ...process.env, NODE_DEBUG: 'module' } });
            return /resvg/.test(result.stderr);
        };
        assert.equal(loads(['validate', dir]), false);
        assert.equal(loads(['export', dir, '--format', 'svg']), false);
        assert.equal(loads(['export', dir, '--format', 'png', '--out', join(dir, 'm.png')]), true);
    });

    it('report: the quarterly review in HTML (the default), Markdown and CSV, its overdue figures fixed by --today', () => {
        const dir = join(root, 'examples');
        // Most of the examples' maps say `language nl` (reiskompas, keukenhuis): without --lang their review is Dutch.
        assert.match(journey(['report', dir, '--today', '2026-11-23']).stdout, /<html lang="nl"[\s\S]*<h1>Kwartaalherziening<\/h1>/);
        // --lang en: the review in English, as these checks read it.
        const html = journey(['report', dir, '--today', '2026-11-23', '--lang', 'en']);
        assert.equal(html.code, 0, html.stderr);
        assert.match(html.stdout, /^<!DOCTYPE html>/);
        assert.match(html.stdout, /<h1>Quarterly review<\/h1>/);
        assert.match(html.stdout, /class="jm-svg jr-matrix"/);
        for (const section of ['maps', 'pains', 'opportunities', 'actions', 'comparisons']) assert.match(html.stdout, new RegExp(`data-section="${section}"`));
        const md = journey(['report', dir, '--today', '2026-11-23', '--format', 'md', '--lang', 'en']).stdout;
        assert.match(md, /^\| Fietsabonnement — e-bike subscription today \| Customer journey \| Current \| .* \| 2026-10-15 \| Next review by 2027-04-15 \|$/m);
        // A year later the same map's review is overdue, and so are the actions still open.
        const later = journey(['report', dir, '--today', '2027-11-23', '--format', 'md', '--lang', 'en']).stdout;
        assert.match(later, /^\| Fietsabonnement — e-bike subscription today \| .* \| Overdue by 222 days \(due 2027-04-15\) \|$/m);
        assert.match(later, /^\| 2027-01-15 \| Replace the plan footnotes by a comparison table \| .* \| Doing \| 312 \| /m);
        // --review-months sets the interval of maps without their own.
        const yearly = journey(['report', dir, '--today', '2027-05-01', '--review-months', '12', '--format', 'md', '--lang', 'en']).stdout;
        assert.match(yearly, /^\| Fietsabonnement — e-bike subscription today \| .* \| Next review by 2027-10-15 \|$/m);
        const csv = journey(['report', dir, '--today', '2026-11-23', '--format', 'csv', '--lang', 'en']).stdout;
        const [head, ...rows] = csv.trimEnd().split('\r\n');
        assert.match(head, /^record,map id,Map,Type,State,/);
        assert.ok(rows.some(r => r.startsWith('map,bike_today,')) && rows.some(r => r.startsWith('pain,')) && rows.some(r => r.startsWith('action,')) && rows.some(r => r.startsWith('resolved pain,')));
        const out = join(workspace({}), 'review.html');
        assert.equal(journey(['report', dir, '--today', '2026-11-23', '--out', out, '--lang', 'en']).code, 0);
        assert.equal(readFileSync(out, 'utf8'), html.stdout);
        assert.match(journey(['report', '--help']).stdout, /Usage: journey report PATH\.\.\. \[--format html\|md\|csv\]/);
    });

    it('export --persona P: one persona alone in every format (json: the model filtered to it); an unknown persona is one line and exit 2', () => {
        const dir = join(root, 'examples', 'reiskompas');
        interface Touchpoint { id: string; personas?: string[]; emotion?: number; emotions?: Record<string, number> }
        interface Journey { id: string; personas: Array<{ id: string }>; stages: Array<{ emotion?: number; emotions?: Record<string, number>; touchpoints: Touchpoint[] }> }
        const all = JSON.parse(journey(['export', dir, '--format', 'json']).stdout) as { journeys: Journey[] };
        const result = journey(['export', dir, '--format', 'json', '--persona', 'thierry']);
        assert.equal(result.code, 0, result.stderr);
        const alone = JSON.parse(result.stdout) as { journeys: Journey[]; comparisons: Array<{ summary: { meanEmotionDeltas?: Record<string, number> } }> };
        // Dominique's day names no Thierry: it is left out; the others keep Thierry's touchpoints, with Thierry's emotions.
        assert.deepEqual(alone.journeys.map(j => j.id), ['reis_nu', 'reis_straks']);
        const before = all.journeys.find(j => j.id === 'reis_nu')!.stages.flatMap(s => s.touchpoints);
        const after = alone.journeys[0].stages.flatMap(s => s.touchpoints);
        assert.deepEqual(after.map(t => t.id), before.filter(t => !t.personas || t.personas.includes('thierry')).map(t => t.id));
        assert.ok(after.length < before.length);
        for (const t of after) {
            const own = before.find(b => b.id === t.id)!.emotions?.thierry;
            assert.equal(t.emotion, own, t.id);
            assert.deepEqual(Object.keys(t.emotions ?? {}), own === undefined ? [] : ['thierry'], t.id);
        }
        assert.deepEqual(alone.journeys.map(j => j.personas.map(p => p.id)), [['thierry'], ['thierry']]);
        assert.deepEqual(Object.keys(alone.comparisons[0].summary.meanEmotionDeltas ?? {}), ['thierry']);
        // The drawings: Thierry's touchpoints only, one curve, and the drawing says whose.
        const svg = journey(['export', dir, '--format', 'svg', '--journey', 'reis_nu', '--view', 'single', '--persona', 'dominique']);
        assert.equal(svg.code, 0, svg.stderr);
        assert.match(svg.stdout, /<svg [^>]*data-persona="dominique"/);
        const drawn = [...svg.stdout.matchAll(/<g class="jm-touchpoint[^"]*" data-journey="reis_nu" data-stage="[^"]*" data-touchpoint="([^"]+)"/g)].map(m => m[1]);
        assert.deepEqual(drawn, before.filter(t => !t.personas || t.personas.includes('dominique')).map(t => t.id));
        assert.doesNotMatch(svg.stdout, /class="jm-legend-persona"/);
        assert.match(journey(['export', dir, '--format', 'html', '--journey', 'reis_straks', '--persona', 'dominique']).stdout, /class="jm-persona-alone" data-persona="dominique"/);
        // Without --persona the same map draws a curve per persona, with its legend.
        assert.match(journey(['export', dir, '--format', 'svg', '--journey', 'reis_nu', '--view', 'single']).stdout, /class="jm-legend-persona" data-persona="thierry"/);
        // An unknown persona: one line, exit 2, nothing written.
        const out = join(mkdtempSync(join(tmpdir(), 'journey-cli-')), 'map.svg');
        const unknown = journey(['export', dir, '--format', 'svg', '--persona', 'nobody', '--out', out]);
        assertOneLineError(unknown);
        assert.match(unknown.stderr, /no map names the persona 'nobody' \(personas: dominique, thierry\)/);
        assert.equal(existsSync(out), false);
        assertOneLineError(journey(['export', dir, '--format', 'json', '--persona', 'nobody']));
        assertOneLineError(journey(['export', dir, '--format', 'svg', '--journey', 'dominique_dag', '--persona', 'thierry']));
        assert.match(journey(['export', '--help']).stdout, /--persona ID +one persona alone/);
    });

    const usageErrors: Array<[string, (dir: string) => string[]]> = [
        ['an unknown option', dir => ['validate', dir, '--frobnicate']],
        ['an unknown format', dir => ['export', dir, '--format', 'pdf']],
        ['a missing format', dir => ['export', dir]],
        ['an unknown journey', dir => ['export', dir, '--format', 'json', '--journey', 'nope']],
        ['an unknown view', dir => ['export', dir, '--format', 'svg', '--view', 'sideways']],
        ['an unknown command', () => ['frobnicate']],
        ['a malformed --today', dir => ['validate', dir, '--today', 'yesterday']],
        ['an empty --out', dir => ['export', dir, '--format', 'json', '--out=']],
        ['two Mermaid files to import', dir => ['import', join(dir, 'a.mmd'), join(dir, 'b.mmd')]],
        ['--format given twice', dir => ['export', dir, '--format', 'json', '--format', 'svg']],
        ['--today given twice', dir => ['validate', dir, '--today', '2026-11-23', '--today=2026-01-01']],
        ['--out given twice', dir => ['export', dir, '--format', 'json', '--out', join(dir, 'a.json'), '--out', join(dir, 'b.json')]],
        ['an unknown report format', dir => ['report', dir, '--format', 'pdf']],
        ['a malformed report --today', dir => ['report', dir, '--today', '23-11-2026']],
        ['a report --review-months that is no whole number', dir => ['report', dir, '--review-months', 'half']],
    ];
    for (const [what, args] of usageErrors) {
        it(`exit 2 and one line, no stack trace, for ${what}`, () => {
            const dir = workspace({ 'people.journey': people, 'j.journey': good });
            assertOneLineError(journey(args(dir)));
        });
    }

    /**
     * Inputs the commands cannot use, each given to validate, export and import. `user` marks the
     * cases that need file permissions to apply: as root they run as the user `nobody`.
     */
    const badInputs: Array<{ what: string; path: string; message: RegExp; user?: boolean; commands?: Array<'validate' | 'export' | 'import'>; needs?: string }> = [
        { what: 'a path that does not exist', path: 'nope.journey', message: /nope\.journey: no such file/ },
        { what: 'a folder without .journey files', path: 'empty', message: /empty: no \.journey files in this folder/, commands: ['validate', 'export'] },
        { what: 'a folder where a Mermaid file is expected', path: 'empty', message: /empty: is a folder/, commands: ['import'] },
        { what: 'a binary file', path: 'binary.journey', message: /binary\.journey: binary file/ },
        { what: 'a file that is not UTF-8', path: 'latin1.journey', message: /latin1\.journey: not valid UTF-8/ },
        { what: 'an empty file', path: 'empty.journey', message: /empty\.journey: empty file/ },
        { what: 'a file of blanks only', path: 'blank.journey', message: /blank\.journey: empty file/ },
        { what: 'a path through a file', path: 'j.journey/inner.journey', message: /inner\.journey: cannot open \(a part of the path is not a folder\)/ },
        { what: 'a file that cannot be read', path: 'locked.journey', message: /locked\.journey: cannot read \(permission denied\)/, user: true },
        { what: 'a folder that cannot be read', path: 'locked', message: /locked: cannot read folder \(permission denied\)/, user: true, commands: ['validate', 'export'] },
        { what: 'a device (a link to /dev/zero, which never ends)', path: 'special/zero.journey', message: /zero\.journey: is a device, not a file/, needs: 'special/zero.journey' },
        { what: 'a named pipe (which waits for a writer forever)', path: 'special/pipe.journey', message: /pipe\.journey: is a named pipe, not a file/, needs: 'special/pipe.journey' },
        { what: 'a file over 50 MB', path: 'special/big.journey', message: /big\.journey: too large \(51 MB; the limit is 50 MB\)/ },
    ];
    const commandLine = (command: string, path: string, out?: string) => command === 'import'
        ? ['import', path, ...(out ? ['--out', out] : [])]
        : command === 'export' ? ['export', path, '--format', 'json', ...(out ? ['--out', out] : [])] : ['validate', path];
    for (const input of badInputs) {
        for (const command of input.commands ?? ['validate', 'export', 'import'] as const) {
            it(`${command}: ${input.what} is one line, exit 2, no stack trace, nothing written`, function () {
                const dir = hostileWorkspace();
                if (input.needs !== undefined && !existsSync(join(dir, input.needs))) {
                    console.log(`      (skipped: this system has no ${input.what})`);
                    this.skip();
                }
                const run = input.user ? asUser(this) : journey;
                const out = join(dir, 'out', 'result.txt');
                writeFileSync(out, 'old content');
                chmodSync(out, 0o666);
                const result = run(commandLine(command, join(dir, input.path), command === 'validate' ? undefined : out), root);
                assertOneLineError(result);
                assert.match(result.stderr, input.message);
                assert.equal(readFileSync(out, 'utf8'), 'old content', 'the output file keeps its content');
                assert.deepEqual(readdirSync(join(dir, 'out')), ['result.txt'], 'no file left beside it');
            });
        }
    }

    /** Output paths that cannot be written, for export and import: nothing may be left half-written. */
    const badOutputs: Array<{ what: string; out: string; message: RegExp; user?: boolean; old?: string }> = [
        { what: 'a folder that does not exist', out: 'no/such/folder/result.txt', message: /cannot write \(folder does not exist\)/ },
        { what: 'an existing folder', out: 'out', message: /out: cannot write \(it is a folder\)/ },
        { what: 'a path through a file', out: 'j.journey/result.txt', message: /cannot write \(a part of the path is not a folder\)/ },
        { what: 'a read-only folder', out: 'readonly/result.txt', message: /cannot write \(permission denied\)/, user: true },
        { what: 'a read-only file', out: 'open/readonly-file.txt', message: /cannot write \(permission denied\)/, user: true, old: 'old content' },
    ];
    for (const output of badOutputs) {
        for (const command of ['export', 'import'] as const) {
            it(`${command}: --out to ${output.what} is one line, exit 2, and leaves nothing half-written`, function () {
                const dir = hostileWorkspace();
                const run = output.user ? asUser(this) : journey;
                const target = join(dir, output.out);
                const folder = dirname(target);
                const before = existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder).sort() : undefined;
                const result = run(commandLine(command, join(dir, command === 'import' ? 'day.mmd' : 'j.journey'), target), root);
                assertOneLineError(result);
                assert.match(result.stderr, output.message);
                if (output.old !== undefined) assert.equal(readFileSync(target, 'utf8'), output.old, 'the file keeps its content');
                else if (existsSync(target) && statSync(target).isDirectory()) assert.deepEqual(readdirSync(target), [], 'the folder stays as it was');
                else assert.ok(!existsSync(target), 'nothing at the output path');
                if (before) assert.deepEqual(readdirSync(folder).sort(), before, 'no temporary file left beside it');
            });
        }
    }

    it('export and import replace an existing output file whole, keep its mode, and follow a link to it', () => {
        const dir = hostileWorkspace();
        const target = join(dir, 'out', 'result.txt');
        writeFileSync(target, 'x'.repeat(100_000));
        chmodSync(target, 0o640);
        symlinkSync(target, join(dir, 'link.txt'));
        assert.equal(journey(['export', join(dir, 'j.journey'), '--format', 'json', '--out', join(dir, 'link.txt')]).code, 0);
        assert.equal(JSON.parse(readFileSync(target, 'utf8')).journeys[0].id, 'j', 'the whole new content, none of the old');
        assert.equal(statSync(target).mode & 0o777, 0o640);
        assert.ok(lstatSync(join(dir, 'link.txt')).isSymbolicLink(), 'the link stays a link');
        assert.equal(journey(['import', join(dir, 'day.mmd'), '--out', target]).code, 0);
        assert.match(readFileSync(target, 'utf8'), /^journey /m);
        assert.deepEqual(readdirSync(join(dir, 'out')), ['result.txt']);
        // A device is written in place, never replaced.
        if (existsSync('/dev/null')) assert.equal(journey(['export', join(dir, 'j.journey'), '--format', 'json', '--out', '/dev/null']).code, 0);
        assert.ok(statSync('/dev/null').isCharacterDevice());
    });

    it('an option given twice is refused in one line that names it, not decided by the last one', () => {
        const dir = workspace({ 'people.journey': people, 'j.journey': good });
        const out = join(dir, 'map.svg');
        const result = journey(['export', dir, '--format', 'json', '--format', 'svg', '--out', out]);
        assertOneLineError(result);
        assert.equal(result.stderr.trim(), "journey: export: --format is given more than once; give it once (see 'journey export --help')");
        assert.ok(!existsSync(out), 'nothing written');
        assertOneLineError(journey(['import', join(dir, 'x.mmd'), '-h', '--help']));
    });

    it('export and import refuse an --out that is one of their inputs (by its path, a link, a hard link, or found in a folder), and leave it as it was', () => {
        const dir = workspace({ 'people.journey': people, 'map.journey': good, 'day.mmd': 'journey\n  title Day\n  section Work\n    Tea: 5: Me\n' });
        symlinkSync(join(dir, 'map.journey'), join(dir, 'link.journey'));
        linkSync(join(dir, 'map.journey'), join(dir, 'hard.txt'));
        symlinkSync(join(dir, 'day.mmd'), join(dir, 'day-link.mmd'));
        const refusals: string[][] = [
            ['export', join(dir, 'map.journey'), '--format', 'json', '--out', join(dir, 'map.journey')],
            ['export', 'map.journey', '--format', 'svg', '--out', './map.journey'],
            ['export', join(dir, 'map.journey'), '--format', 'html', '--out', join(dir, 'link.journey')],
            ['export', join(dir, 'map.journey'), '--format', 'mermaid', '--out', join(dir, 'hard.txt')],
            ['export', dir, '--format', 'json', '--out', join(dir, 'people.journey')],
            ['import', join(dir, 'day.mmd'), '--out', join(dir, 'day.mmd')],
            ['import', join(dir, 'day.mmd'), '--out', join(dir, 'day-link.mmd')],
        ];
        for (const args of refusals) {
            const result = journey(args, dir);
            assertOneLineError(result);
            assert.match(result.stderr, /--out \S+ is also an input file.*: writing there would replace it; give another file name/, args.join(' '));
        }
        assert.equal(readFileSync(join(dir, 'map.journey'), 'utf8'), good);
        assert.equal(readFileSync(join(dir, 'people.journey'), 'utf8'), people);
        assert.match(readFileSync(join(dir, 'day.mmd'), 'utf8'), /^journey\n/);
        assert.deepEqual(readdirSync(dir).sort(), ['day-link.mmd', 'day.mmd', 'hard.txt', 'link.journey', 'map.journey', 'people.journey']);
        // Another file beside them is fine.
        assert.equal(journey(['export', dir, '--format', 'json', '--out', join(dir, 'model.json')]).code, 0);
    });

    it('validate /dev/zero and /dev/urandom: one line and exit 2 at once, nothing read', function () {
        const devices = ['/dev/zero', '/dev/urandom'].filter(path => existsSync(path));
        if (devices.length === 0) this.skip();
        for (const device of devices) {
            const result = journey(['validate', device]);
            assertOneLineError(result);
            assert.equal(result.stderr.trim(), `journey: ${device}: is a device, not a file`);
        }
    });

    it('links inside a folder are followed, each file is read once however it is reached, and a cycle of folder links ends', () => {
        const dir = workspace({});
        mkdirSync(join(dir, 'maps', 'sub'), { recursive: true });
        mkdirSync(join(dir, 'shared'));
        writeFileSync(join(dir, 'shared', 'people.journey'), people);
        writeFileSync(join(dir, 'maps', 'j.journey'), good);
        symlinkSync(join('..', 'shared', 'people.journey'), join(dir, 'maps', 'people.journey'));
        symlinkSync('..', join(dir, 'maps', 'sub', 'up'));
        symlinkSync(join('..', '..', 'shared'), join(dir, 'maps', 'sub', 'shared-again'));
        // The personas come only through the link: skipping it leaves 'thierry' unresolved.
        const linked = journey(['validate', join(dir, 'maps'), '--today', '2026-11-23']);
        assert.equal(linked.code, 0, linked.stdout + linked.stderr);
        assert.doesNotMatch(linked.stdout, / (error|warning) /);
        // One file by four paths, and a folder twice: no duplicate declarations.
        const same = journey(['validate', join(dir, 'maps'), join(dir, 'maps', 'j.journey'), join(dir, 'maps', 'sub', 'up', 'j.journey'),
            join(dir, 'shared'), join(dir, 'maps', 'people.journey'), join(dir, 'maps'), '--today', '2026-11-23'], dir);
        assert.equal(same.code, 0, same.stdout + same.stderr);
        assert.doesNotMatch(same.stdout, /duplicate/);
        assert.match(journey(['export', join(dir, 'maps'), '--format', 'json']).stdout, /"id": "thierry"/);

        symlinkSync('nowhere.journey', join(dir, 'maps', 'broken.journey'));
        const broken = journey(['validate', join(dir, 'maps')]);
        assertOneLineError(broken);
        assert.match(broken.stderr, /broken\.journey: a link that leads to no file/);
    });

    it('import of a diagram with control characters (#8;, a NUL in the front matter) writes a file that validate reads', () => {
        const dir = workspace({ 'odd.mmd': '---\ntitle: "Term\\u0000inal"\n---\njourney\n  section Back#8;space\n    Esc#27;[1mape: 3: Ann#0;\n' });
        const out = join(dir, 'odd.journey');
        const imported = journey(['import', join(dir, 'odd.mmd'), '--out', out]);
        assert.equal(imported.code, 0, imported.stderr);
        assert.ok(!readFileSync(out).includes(0), 'no NUL byte in the file');
        const validated = journey(['validate', out, '--today', '2026-11-23']);
        assert.equal(validated.code, 0, validated.stdout + validated.stderr);
        assert.match(readFileSync(out, 'utf8'), /^journey terminal "Terminal" \{$/m);
    });

    it('HTML and SVG exports carry no path or URI of the source files', () => {
        const dir = workspace({ 'people.journey': people, 'j.journey': good });
        for (const format of ['html', 'svg']) {
            const result = journey(['export', dir, '--format', format]);
            assert.equal(result.code, 0, result.stderr);
            assert.ok(!result.stdout.includes(dir), `${format}: names ${dir}`);
            assert.doesNotMatch(result.stdout, /file:|data-uri/, format);
        }
    });

    it('an empty .journey file inside a folder declares nothing and is no error', () => {
        const dir = workspace({ 'people.journey': people, 'j.journey': good, 'new.journey': '' });
        const result = journey(['validate', dir, '--today', '2026-11-23']);
        assert.equal(result.code, 0, result.stdout + result.stderr);
    });

    it('a reader that stops early (| head) ends the command quietly, without a stack trace', async () => {
        const child = spawn(process.execPath, [bin, 'export', join(root, 'examples'), '--format', 'svg'], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', chunk => { stderr += String(chunk); });
        child.stdout.once('data', () => child.stdout.destroy());
        const code = await new Promise<number | null>(resolve => child.on('close', resolve));
        assert.equal(stderr, '');
        assert.equal(code, 0);
    });

    it('standard output that cannot be written (a full disk) is one line and exit 2', function () {
        if (!existsSync('/dev/full')) this.skip();
        const full = openSync('/dev/full', 'w');
        try {
            const result = spawnSync(process.execPath, [bin, 'export', join(root, 'examples'), '--format', 'json'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
            assertOneLineError({ code: result.status, stdout: '', stderr: result.stderr });
            assert.match(result.stderr, /cannot write to standard output \(no space left on the device\)/);
        } finally {
            closeSync(full);
        }
    });

    it('--help for every command', () => {
        for (const command of ['validate', 'export', 'import', 'lsp']) {
            const result = journey([command, '--help']);
            assert.equal(result.code, 0);
            assert.match(result.stdout, new RegExp(`^Usage: journey ${command}`));
        }
        assert.match(journey(['--help']).stdout, /Commands:/);
    });
});
