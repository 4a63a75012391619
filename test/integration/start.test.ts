import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function gitStatus(): string | undefined {
    const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
    return r.status === 0 ? r.stdout : undefined;
}

describe('npm start (scripts/start.mjs)', () => {
    it('opens VS Code on a copy of the examples outside the checkout, says where it is, and leaves the checkout as it was', function () {
        this.timeout(60_000);
        // A `code` that answers --version and records how it was opened, as the desktop VS Code would be.
        const bin = mkdtempSync(join(tmpdir(), 'journey-start-bin-'));
        const calls = join(bin, 'calls.txt');
        writeFileSync(join(bin, 'code'), `#!/bin/sh\n[ "$1" = --version ] && exit 0\nprintf '%s\\n' "$@" > '${calls}'\n`);
        chmodSync(join(bin, 'code'), 0o755);
        const before = gitStatus();

        const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` };
        delete env.JOURNEY_START_OFFLINE;
        const result = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs'), '--no-build'], { cwd: root, env, encoding: 'utf8' });
        assert.equal(result.status, 0, result.stdout + result.stderr);
        for (let i = 0; i < 50 && !existsSync(calls); i++) spawnSync('sleep', ['0.1']); // `code` runs detached

        const [developmentPath, folder] = readFileSync(calls, 'utf8').trim().split('\n');
        assert.equal(developmentPath, `--extensionDevelopmentPath=${root.replace(/\/$/, '')}`);
        assert.ok(relative(root, folder).startsWith('..'), `${folder} is outside the checkout`);
        const examples = join(root, 'examples');
        // Every file, those in the folders of the version 2 examples (reiskompas/, keukenhuis/) too.
        const filesOf = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(name => statSync(join(dir, name)).isFile()).sort();
        assert.deepEqual(filesOf(folder), filesOf(examples));
        for (const file of filesOf(examples)) assert.equal(readFileSync(join(folder, file), 'utf8'), readFileSync(join(examples, file), 'utf8'), file);

        assert.match(result.stdout, new RegExp(`your copy: ${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        assert.match(result.stdout, /\(1\/3\) copy the example maps out of the checkout/);
        const maps = filesOf(examples).filter(f => f.endsWith('.journey')).length;
        assert.match(result.stderr, new RegExp(`^${maps} files, 0 errors, `, 'm'), 'journey validate ran on the copy');
        assert.doesNotMatch(result.stdout + result.stderr, /\n\s+at /, 'no stack trace');
        if (before !== undefined) assert.equal(gitStatus(), before, 'git status is what it was before');
        rmSync(dirname(folder), { recursive: true, force: true });
        rmSync(bin, { recursive: true, force: true });
    });

    it('an unknown argument is one line and exit 2', () => {
        const result = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs'), '--frobnicate'], { cwd: root, encoding: 'utf8' });
        assert.equal(result.status, 2);
        assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    });
});
