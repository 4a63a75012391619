import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { main } from '../../src/cli/main.js';
import { CliError } from '../../src/cli/cli-error.js';
import { JourneyDocumentValidator } from '../../src/language/journey-document-validator.js';
import { DiagnosticCode } from '../../src/model/diagnostic-codes.js';
import { LspSession, projectRoot } from '../support/lsp-session.js';
import { buildFiles, today } from '../unit/helpers.js';

/*
 * A map with very many reports. Langium's validator handed all of a document's reports to one `push(...)` call, which
 * overflows the stack from about 125,000 of them: the CLI printed nothing and exited 0, the server published an empty
 * list, and a real error in the file disappeared. And wherever checking does not finish, the result must not look clean.
 */

/** Touchpoints without channel and emotion in a current map: 3 reports each (missing-channel, -emotion, -evidence). */
const TOUCHPOINTS = 60_000;
/** Measured on the shared 2-core machine (load average 11-15): CLI 8-10 s, server didOpen to diagnostics 6-10 s. */
const HANG_GUARD_MS = 90_000;

function bigMap(): { text: string; errorLine: number } {
    const lines = ['journey big "Big" {', '    stage s "S" {'];
    for (let i = 0; i < TOUCHPOINTS; i++) lines.push(`        touchpoint t${i} "T" { }`);
    const errorLine = lines.length;
    lines.push('        touchpoint wrong "Wrong" { channel web emotion 5 evidence "x" }', '    }', '}', 'channel web "Web"', '');
    return { text: lines.join('\n'), errorLine };
}

describe('a map with very many reports', function () {
    this.timeout(HANG_GUARD_MS * 2);
    const { text, errorLine } = bigMap();
    let dir: string;
    let file: string;

    before(() => {
        dir = mkdtempSync(join(tmpdir(), 'journey-many-'));
        file = join(dir, 'big.journey');
        writeFileSync(file, text);
    });

    after(() => rmSync(dir, { recursive: true, force: true }));

    it(`journey validate prints all ${(TOUCHPOINTS * 3).toLocaleString('en-US')} reports and the real error, and exits 1`, () => {
        const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'journey.cjs'), 'validate', file, '--today', today], {
            encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: HANG_GUARD_MS,
        });
        // Standard error holds the summary line alone: each touchpoint has no channel (a warning), no emotion and no evidence (two hints).
        assert.equal(result.stderr, `1 file, 1 error, ${TOUCHPOINTS} warnings, ${TOUCHPOINTS * 2} hints (suggestions, not problems)\n`);
        assert.equal(result.status, 1);
        const lines = result.stdout.trimEnd().split('\n');
        assert.equal(lines.length, TOUCHPOINTS * 3 + 1);
        assert.ok(lines.some(line => line.includes(`:${errorLine + 1}:`) && line.includes(' error emotion-range ')), lines.slice(-3).join('\n'));
    });

    it('the server publishes every report, the real error among them', async () => {
        const { session } = await LspSession.start();
        try {
            const uri = pathToFileURL(file).toString();
            const from = await session.open({ uri, version: 1, text });
            const published = await session.nextPublish(uri, from, 1, HANG_GUARD_MS);
            assert.equal(published.diagnostics.length, TOUCHPOINTS * 3 + 1, session.stderrTail());
            assert.ok(published.diagnostics.some(d => d.code === DiagnosticCode.EmotionRange && d.range.start.line === errorLine));
            assert.deepEqual(session.stderrLines.filter(line => /call stack|error occurred/i.test(line)), []);
        } finally {
            await session.stop();
        }
    });
});

describe('checking that does not finish is never clean', () => {
    const map = 'journey j "J" {\n    stage s "S" {\n        touchpoint t "T" { emotion 9 }\n    }\n}\n';
    type NodesCheck = (this: JourneyDocumentValidator, ...args: unknown[]) => Promise<void>;
    const prototype = JourneyDocumentValidator.prototype as unknown as { validateAstNodes: NodesCheck };
    const original = prototype.validateAstNodes;

    /** Checks every node as usual, then fails: the reports found so far exist and the run did not finish. */
    function failAfterChecking(): void {
        prototype.validateAstNodes = async function (this: JourneyDocumentValidator, ...args: unknown[]) {
            await original.apply(this, args);
            throw new RangeError('Maximum call stack size exceeded');
        };
    }

    afterEach(() => {
        prototype.validateAstNodes = original;
    });

    it('keeps the reports found so far and adds an error on line 1 that says checking stopped early', async () => {
        failAfterChecking();
        const [document] = await buildFiles({ 'map.journey': map });
        const diagnostics: Diagnostic[] = document!.diagnostics ?? [];
        assert.ok(diagnostics.some(d => d.code === DiagnosticCode.EmotionRange), JSON.stringify(diagnostics));
        const stopped = diagnostics.filter(d => d.code === DiagnosticCode.ValidationStopped);
        assert.equal(stopped.length, 1);
        assert.equal(stopped[0]!.severity, 1);
        assert.deepEqual(stopped[0]!.range.start, { line: 0, character: 0 });
        assert.match(String(stopped[0]!.message), /^Checking this map stopped early \(Maximum call stack size exceeded\)/);
    });

    it('journey validate: one line and exit code 2, no reports that look like a verdict', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'journey-stopped-'));
        const printed: string[] = [];
        const log = console.log;
        try {
            writeFileSync(join(dir, 'map.journey'), map);
            failAfterChecking();
            console.log = (...args: unknown[]) => { printed.push(args.join(' ')); };
            await assert.rejects(main(['validate', dir, '--today', today]), (error: unknown) => {
                assert.ok(error instanceof CliError);
                assert.equal(error.exitCode, 2);
                assert.match(error.message, /^validate: .*map\.journey: Checking this map stopped early/);
                assert.doesNotMatch(error.message, /\n/);
                return true;
            });
        } finally {
            console.log = log;
            rmSync(dir, { recursive: true, force: true });
        }
        assert.deepEqual(printed, []);
    });

    it('a map whose checking finishes has no such report', async () => {
        const [document] = await buildFiles({ 'map.journey': map });
        assert.ok(!(document!.diagnostics ?? []).some(d => d.code === DiagnosticCode.ValidationStopped));
    });
});
