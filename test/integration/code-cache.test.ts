import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../support/lsp-session.js';

describe('start-up', () => {
    describe('the journey command runs with a V8 code cache', function () {
        this.timeout(60_000);
        let dir: string;
        const map = join(projectRoot, 'examples');
        const run = (cacheDir: string) => spawnSync(process.execPath, [join(projectRoot, 'bin', 'journey.cjs'), 'validate', map, '--today', '2026-11-23'], {
            encoding: 'utf8', env: { ...process.env, JOURNEY_CACHE_DIR: cacheDir },
        });
        const caches = (cacheDir: string) => readdirSync(cacheDir).filter(f => f.endsWith('.v8cache'));

        beforeEach(() => {
            dir = mkdtempSync(join(tmpdir(), 'journey-code-cache-'));
        });
        afterEach(() => rmSync(dir, { recursive: true, force: true }));

        it('writes the cache once, readable by the user only, and gives the same output with it', () => {
            const cacheDir = join(dir, 'cache');
            const first = run(cacheDir);
            assert.equal(first.status, 0, first.stderr);
            const [file] = caches(cacheDir);
            assert.ok(file, 'a cache file');
            if (process.platform !== 'win32') {
                assert.equal(statSync(cacheDir).mode & 0o777, 0o700);
                assert.equal(statSync(join(cacheDir, file)).mode & 0o777, 0o600);
            }
            const written = statSync(join(cacheDir, file)).mtimeMs;
            const second = run(cacheDir);
            assert.equal(second.status, 0, second.stderr);
            assert.equal(second.stdout, first.stdout);
            assert.equal(statSync(join(cacheDir, file)).mtimeMs, written, 'a cache V8 accepted is not written again');
        });

        it('a damaged cache is refused by V8: the command still works and the cache is written anew', () => {
            const cacheDir = join(dir, 'cache');
            const clean = run(cacheDir);
            const [file] = caches(cacheDir);
            writeFileSync(join(cacheDir, file!), 'not V8 code');
            const again = run(cacheDir);
            assert.equal(again.status, 0, again.stderr);
            assert.equal(again.stdout, clean.stdout);
            assert.ok(statSync(join(cacheDir, file!)).size > 1000, 'written anew');
        });

        it('a cache folder others may write to is not used', function () {
            if (process.platform === 'win32') this.skip();
            const cacheDir = join(dir, 'shared');
            run(cacheDir);
            rmSync(join(cacheDir, caches(cacheDir)[0]!));
            chmodSync(cacheDir, 0o777);
            const result = run(cacheDir);
            assert.equal(result.status, 0, result.stderr);
            assert.deepEqual(caches(cacheDir), [], 'nothing read or written there');
        });
    });
});
