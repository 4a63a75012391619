import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const progress = fileURLToPath(new URL('../../../scripts/vscode-server/progress.mjs', import.meta.url));

/** A shell script standing in for apt-get or npm; it can count its runs in `count`. */
function fakeCommand(dir: string, body: string): string {
    const file = join(dir, 'fake.sh');
    writeFileSync(file, `#!/bin/sh\ncd '${dir}'\n${body}\n`);
    chmodSync(file, 0o755);
    return file;
}

function runProgress(args: string[], env: NodeJS.ProcessEnv = {}) {
    const r = spawnSync(process.execPath, [progress, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// apt-get as it speaks while another program holds the lock, then once it is free.
const busy = `echo 'Waiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (unattended-upgr)...' >&2
echo 'E: Could not get lock /var/lib/apt/lists/lock. It is held by process 4242 (unattended-upgr)' >&2
exit 100`;
const installs = `echo 'Reading package lists...'
echo '0 upgraded, 3 newly installed, 0 to remove and 0 not upgraded.'
echo 'Need to get 95.3 MB of archives.'
for p in liba chromium-common chromium; do echo "Get:1 http://deb.debian.org/debian bookworm/main amd64 $p amd64 1.0-1 [10 MB]"; done
for p in liba chromium-common chromium; do echo "Unpacking $p (1.0-1) ..."; done
for p in liba chromium-common chromium; do echo "Setting up $p (1.0-1) ..."; done`;

describe('install progress (scripts/vscode-server/progress.mjs)', () => {
    let dir: string;
    beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'journey-progress-')); });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('apt: waits for a busy package manager, says who holds it, then counts the packages', () => {
        const apt = fakeCommand(dir, `n=$(cat count 2>/dev/null || echo 0); echo $((n+1)) > count\nif [ "$n" -lt 2 ]; then\n${busy}\nfi\n${installs}`);
        const result = runProgress(['apt', '--log', join(dir, 'apt.log'), '--', apt], { JOURNEY_APT_RETRY_MS: '100' });
        assert.equal(result.code, 0, result.stdout + result.stderr);
        assert.equal(readFileSync(join(dir, 'count'), 'utf8').trim(), '3', 'tried again until the lock was free');
        const lines = result.stdout.trim().split('\n');
        assert.match(lines[0], /^\[install\] waiting for unattended-upgr \(process 4242\) to finish with the package manager/);
        assert.equal(lines.filter(l => /waiting for/.test(l)).length, 1, 'the wait is said once, not once a try');
        assert.match(result.stdout, /free again/);
        assert.match(result.stdout, /3 packages to install/);
        assert.match(result.stdout, /Need to get 95\.3 MB/);
        assert.match(result.stdout, /downloaded 1 of 3 \(liba\)/);
        assert.match(result.stdout, /unpacked 3 of 3 \(chromium\)/);
        assert.match(result.stdout, /set up 3 of 3/);
        assert.equal(result.stderr, '');
        assert.match(readFileSync(join(dir, 'apt.log'), 'utf8'), /Could not get lock[\s\S]*Setting up chromium/, 'the full output is in the log');
    });

    it('apt: a lock that stays taken ends in one line that says what to do, with the command\'s exit code', () => {
        const apt = fakeCommand(dir, busy);
        const result = runProgress(['apt', '--log', join(dir, 'apt.log'), '--', apt], { JOURNEY_APT_LOCK_WAIT: '0.3', JOURNEY_APT_RETRY_MS: '100' });
        assert.equal(result.code, 100);
        assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
        assert.match(result.stderr, /^\[install\] ERROR: unattended-upgr \(process 4242\) kept the package manager busy .*; wait until it is done \(or stop it\), then run this again$/m);
        assert.doesNotMatch(result.stderr, /\n\s+at /);
    });

    it('apt: another failure gives apt\'s own error and where the log is', () => {
        const apt = fakeCommand(dir, `echo 'E: Unable to locate package chromiumm' >&2\nexit 100`);
        const result = runProgress(['apt', '--log', join(dir, 'apt.log'), '--', apt]);
        assert.equal(result.code, 100);
        assert.equal(result.stderr.trim(), `[install] ERROR: E: Unable to locate package chromiumm; full output in ${join(dir, 'apt.log')}`);
    });

    it('code-server: names each step and each native module it compiles, "k of n" from the lock file, and speaks up while a step is still', () => {
        const vscode = join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
        mkdirSync(vscode, { recursive: true });
        writeFileSync(join(vscode, 'npm-shrinkwrap.json'), JSON.stringify({
            packages: {
                '': {},
                'node_modules/node-pty': { hasInstallScript: true },
                'node_modules/@vscode/sqlite3': { hasInstallScript: true },
                'node_modules/@vscode/windows-ca-certs': { hasInstallScript: true, os: ['win32'] },
                'node_modules/esbuild': { hasInstallScript: true, dev: true },
                'node_modules/typescript': {},
            },
        }));
        // npm install's output with --foreground-scripts, as code-server 4.139 prints it.
        const npm = fakeCommand(dir, `echo; echo '> argon2@0.44.0 install'; echo '> node-gyp-build'
echo '> code-server@4.139.1 postinstall'; echo '> sh ./postinstall.sh'; echo 'Installing Code dependencies...'
sleep 1.5
echo '> @vscode/sqlite3@5.1.12-vscode install'; echo '> node-gyp rebuild'; echo 'gyp info ok'
echo '> node-pty@1.2.0-beta.15 install'; echo '> node-pty@1.2.0-beta.15 postinstall'
echo 'added 142 packages in 2m'; echo '> vscode-extensions@0.0.1 postinstall'; echo 'added 165 packages in 3m'`);
        const result = runProgress(['code-server', '--dir', dir, '--log', join(dir, 'npm.log'), '--', npm], { JOURNEY_PROGRESS_SECONDS: '1' });
        assert.equal(result.code, 0, result.stdout + result.stderr);
        const said = result.stdout.trim().split('\n').map(l => l.replace(/^\[install\] /, ''));
        const at = (pattern: RegExp) => said.findIndex(l => pattern.test(l));
        assert.ok(at(/^\(1\/3\) download code-server/) === 0, said.join('\n'));
        assert.ok(at(/^ +argon2$/) > 0);
        assert.ok(at(/^\(2\/3\) VS Code's modules/) > at(/argon2/));
        assert.ok(at(/… VS Code's modules.*, 0:0\d so far$/) > at(/^\(2\/3\)/), 'a still step is not silent');
        assert.ok(at(/native module 1 of 2: @vscode\/sqlite3$/) > at(/so far/));
        assert.ok(at(/native module 2 of 2: node-pty$/) > at(/native module 1 of 2/));
        assert.equal(said.filter(l => /native module \d/.test(l)).length, 2, 'a postinstall is no second build');
        assert.ok(at(/^\(3\/3\) the built-in extensions' modules/) > at(/native module 2 of 2/));
        assert.match(said[said.length - 1], /^code-server installed in \d+:\d\d$/);
    });
});
