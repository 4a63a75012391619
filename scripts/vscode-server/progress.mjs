#!/usr/bin/env node
// Runs one long step of install.sh and says what it is doing, how far it is and what is left,
// instead of minutes of silence. The command's own output goes to a log file.
//
//   node progress.mjs apt --log FILE -- apt-get install ...
//       Counts the packages apt downloads, unpacks and sets up. While another program holds the
//       package manager's lock (an update running in the background), it waits and says so,
//       then tries again, for up to JOURNEY_APT_LOCK_WAIT seconds (default 600).
//   node progress.mjs code-server --dir DIR --log FILE -- npm install code-server@...
//       Runs the command in DIR and follows code-server's install there: its package, VS Code's modules (each native module it
//       builds, "3 of 13"), the built-in extensions' modules.
//
// Every line starts with "[install]". A still step gets a line every JOURNEY_PROGRESS_SECONDS
// (default 20) with the time so far. The exit code is the command's.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const say = text => console.log(`[install] ${text}`);
const quietSeconds = Number(process.env.JOURNEY_PROGRESS_SECONDS) || 20;

function clock(ms) {
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function parseArguments(argv) {
    const [mode, ...rest] = argv;
    const dash = rest.indexOf('--');
    if (!['apt', 'code-server'].includes(mode) || dash < 0 || dash === rest.length - 1) {
        console.error('usage: node progress.mjs apt|code-server [--dir DIR] --log FILE -- COMMAND...');
        process.exit(2);
    }
    const options = {};
    for (let i = 0; i < dash; i += 2) options[rest[i].replace(/^--/, '')] = rest[i + 1];
    return { mode, options, command: rest.slice(dash + 1) };
}

/** Runs the command, appending its output to the log and handing every line to `onLine`. */
function run(command, log, onLine, cwd = undefined) {
    return new Promise(resolve => {
        const out = fs.openSync(log, 'a');
        const child = spawn(command[0], command.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        let pending = '';
        const take = chunk => {
            fs.writeSync(out, chunk);
            pending += chunk.toString('utf8');
            const lines = pending.split(/\r?\n|\r/);
            pending = lines.pop();
            for (const line of lines) onLine(line);
        };
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        child.on('error', error => {
            fs.writeSync(out, `${error.message}\n`);
            onLine(`E: ${command[0]}: ${error.code === 'ENOENT' ? 'command not found' : error.message}`);
        });
        child.on('close', code => {
            if (pending) onLine(pending);
            fs.closeSync(out);
            resolve(typeof code === 'number' && code >= 0 ? code : 127);
        });
    });
}

/** Prints "still ..." when nothing was said for a while, so that a long step is never silent. */
function heartbeat(started, describe) {
    let last = Date.now();
    const timer = setInterval(() => {
        if (Date.now() - last >= quietSeconds * 1000) {
            say(`  … ${describe()}, ${clock(Date.now() - started)} so far`);
            last = Date.now();
        }
    }, Math.min(1000, quietSeconds * 250));
    return { spoke: () => { last = Date.now(); }, stop: () => clearInterval(timer) };
}

// ------------------------------------------------------------------------------------------- apt
const lockPattern = /Could not get lock|Unable to acquire the dpkg frontend lock|Unable to lock/;

async function apt({ log }, command) {
    const maxWait = (Number(process.env.JOURNEY_APT_LOCK_WAIT) || 600) * 1000;
    const retryMs = Number(process.env.JOURNEY_APT_RETRY_MS) || 5000;
    const started = Date.now();
    let waitingSince;
    let holder = 'another program';
    for (;;) {
        let total = 0;
        const done = { Get: 0, Unpacking: 0, 'Setting up': 0 };
        const verb = { Get: 'downloaded', Unpacking: 'unpacked', 'Setting up': 'set up' };
        let phase = 'starting';
        let lockSeen = false;
        let lastError = '';
        let lastShown = '';
        const beat = heartbeat(started, () => (waitingSince ? `waiting for ${holder} to finish with the package manager` : `apt-get: ${phase}`));
        const code = await run(command, log, line => {
            const held = /held by process (\d+) \(([^)]*)\)/.exec(line);
            if (held) holder = `${held[2]} (process ${held[1]})`;
            if (lockPattern.test(line) || /^Waiting for cache lock/.test(line)) {
                lockSeen = true;
                if (!waitingSince) {
                    waitingSince = Date.now();
                    say(`waiting for ${holder} to finish with the package manager (apt/dpkg is busy); waiting up to ${Math.ceil(maxWait / 60000)} min`);
                    beat.spoke();
                }
                if (/^E: /.test(line)) lastError = line;
                return;
            }
            if (/^E: /.test(line)) lastError = line;
            if (waitingSince && /^(\d+ upgraded|Get:|Hit:|Unpacking|Setting up)/.test(line)) {
                say(`the package manager is free again after ${clock(Date.now() - waitingSince)}`);
                waitingSince = undefined;
            }
            const plan = /^(\d+) upgraded, (\d+) newly installed/.exec(line);
            if (plan) {
                total = Number(plan[1]) + Number(plan[2]);
                say(`apt-get: ${total} packages to install`);
                beat.spoke();
                return;
            }
            if (/^Need to get |^After this operation/.test(line)) {
                say(`apt-get: ${line.trim()}`);
                beat.spoke();
                return;
            }
            const step = /^(Get|Unpacking|Setting up):?\d*:? ?(.*)$/.exec(line);
            if (step && total > 0) {
                done[step[1]]++;
                phase = `${verb[step[1]]} ${done[step[1]]} of ${total}`;
                // The first package of each phase, then every fifth of the way.
                const fifth = Math.floor((done[step[1]] * 5) / total);
                const key = `${step[1]}${fifth}`;
                if (key !== lastShown && (fifth > 0 || done[step[1]] === 1)) {
                    lastShown = key;
                    const name = step[1] === 'Get' ? step[2].split(' ').slice(-5, -4)[0] ?? '' : step[2].split(' ')[0];
                    say(`apt-get: ${phase}${name ? ` (${name})` : ''}`);
                    beat.spoke();
                }
            }
        });
        beat.stop();
        if (code === 0) return 0;
        if (lockSeen && Date.now() - started < maxWait) {
            await new Promise(r => setTimeout(r, retryMs));
            continue;
        }
        const what = lockSeen
            ? `${holder} kept the package manager busy for ${clock(Date.now() - (waitingSince ?? started))}; wait until it is done (or stop it), then run this again`
            : `${lastError || `${command.join(' ')} failed (exit ${code})`}; full output in ${log}`;
        console.error(`[install] ERROR: ${what}`);
        return code;
    }
}

// ----------------------------------------------------------------------------------- code-server
/** How many packages of an npm lock file run an install script on this machine (a native module each, mostly). */
function scriptsIn(lockFile) {
    try {
        const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8'));
        return Object.values(lock.packages ?? {}).filter(p => p.hasInstallScript && !p.dev
            && (!p.os || p.os.includes(process.platform)) && (!p.cpu || p.cpu.includes(process.arch))).length;
    } catch {
        return undefined;
    }
}

async function codeServer({ dir, log }, command) {
    const started = Date.now();
    const vscode = path.join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
    const steps = [
        'download code-server and its own modules',
        "VS Code's modules (native modules are compiled: the long part)",
        "the built-in extensions' modules",
    ];
    let step = 0;
    let built = 0;
    let expected;
    let current = '';
    const enter = n => {
        step = n;
        say(`(${n + 1}/${steps.length}) ${steps[n]}${n + 1 < steps.length ? `; then: ${steps.slice(n + 1).join(', ')}` : ''}`);
    };
    enter(0);
    const beat = heartbeat(started, () => (current ? `building ${current}` : steps[step]));
    const code = await run(command, log, line => {
        if (line.startsWith('Installing Code dependencies')) {
            enter(1);
            expected = scriptsIn(path.join(vscode, 'npm-shrinkwrap.json'));
            built = 0;
            current = '';
            beat.spoke();
            return;
        }
        if (step === 1 && /^added \d+ packages?/.test(line)) {
            enter(2);
            current = '';
            beat.spoke();
            return;
        }
        const script = /^> ((?:@[^@\s/]+\/)?[^@\s]+)@\S+ (preinstall|install|postinstall)$/.exec(line);
        if (script && step === 1 && script[2] !== 'postinstall') {
            built++;
            current = script[1];
            say(`    native module ${built}${expected ? ` of ${expected}` : ''}: ${current}`);
            beat.spoke();
        } else if (script && step === 0 && script[1] !== 'code-server') {
            current = script[1];
            say(`    ${current}`);
            beat.spoke();
        }
    }, dir);
    beat.stop();
    if (code === 0) say(`code-server installed in ${clock(Date.now() - started)}`);
    return code;
}

const { mode, options, command } = parseArguments(process.argv.slice(2));
if (!options.log) {
    console.error('progress.mjs: --log FILE is required');
    process.exit(2);
}
fs.mkdirSync(path.dirname(options.log), { recursive: true });
process.exitCode = mode === 'apt' ? await apt(options, command) : await codeServer(options, command);
