// Starting the offline VS Code (code-server, with Node 24 from the npm registry): shared by the
// end-to-end runner (run-tests.mjs) and the one-command start (scripts/start.mjs).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');

/** The cached install of code-server and its Node 24, or undefined when there is none yet. */
export function cachedInstall() {
    const cache = process.env.VSCODE_TEST_DIR || path.join(repoRoot, '.vscode-test');
    if (!fs.existsSync(cache)) return undefined;
    for (const d of fs.readdirSync(cache).filter(n => n.startsWith('code-server-')).sort().reverse()) {
        const dir = path.join(cache, d);
        if (!fs.statSync(dir).isDirectory()) continue;
        const stamp = fs.readdirSync(dir).find(n => n.startsWith('.installed-node-'));
        if (!stamp) continue;
        const nodeDir = path.join(cache, `node24-${stamp.slice('.installed-node-'.length)}`);
        const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
        if (fs.existsSync(entry) && fs.existsSync(path.join(nodeDir, 'bin', 'node'))) return { dir, nodeDir, entry, node: path.join(nodeDir, 'bin', 'node') };
    }
    return undefined;
}

/**
 * The cached install, installing it with install.sh first when there is none. `browser: false`
 * leaves out Chromium, which only the end-to-end tests need. install.sh prints its own progress
 * and, when it fails, a line that says what to do; the error thrown here only says that it failed.
 */
export function findInstall(say = console.log, { browser = true } = {}) {
    let found = cachedInstall();
    if (!found) {
        say('no code-server install found, running install.sh');
        const r = spawnSync('bash', [path.join(here, 'install.sh'), ...(browser ? [] : ['--without-browser'])], { stdio: 'inherit' });
        if (r.signal) throw new Error('the install of code-server was interrupted; the next run starts it again');
        if (r.status !== 0) throw new Error('the install of code-server failed (see the lines above)');
        found = cachedInstall();
        if (!found) throw new Error('install.sh did not leave a complete install in .vscode-test/');
    }
    return found;
}

export function freePort() {
    return new Promise((resolve, reject) => {
        const s = net.createServer();
        s.unref();
        s.on('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const { port } = s.address();
            s.close(() => resolve(port));
        });
    });
}

/**
 * A private profile in `dir`: user data, extensions, config and temp folders, with settings that
 * keep the workbench quiet and off the network.
 */
export function createProfile(install, dir, extraSettings = {}) {
    const userDataDir = path.join(dir, 'user-data');
    const extensionsDir = path.join(dir, 'extensions');
    const configFile = path.join(dir, 'config.yaml');
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.mkdirSync(extensionsDir, { recursive: true });
    fs.mkdirSync(path.join(dir, 't'), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'workbench.enableExperiments': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'npm.fetchOnlinePackageInfo': false,
        'typescript.disableAutomaticTypeAcquisition': true,
        'chat.disableAIFeatures': true,
        'git.enabled': false,
        ...extraSettings,
    }, null, 2));
    const env = {
        ...process.env,
        PATH: `${path.join(install.nodeDir, 'bin')}${path.delimiter}${process.env.PATH}`,
        XDG_DATA_HOME: path.join(dir, 'xdg-data'),
        XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
        XDG_CACHE_HOME: path.join(dir, 'xdg-cache'),
        TMPDIR: path.join(dir, 't'), // ipc sockets etc. go away with the folder
        EXTENSIONS_GALLERY: '{}', // no gallery, no network
    };
    delete env.VSCODE_IPC_HOOK_CLI;
    const commonArgs = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
    return { dir, userDataDir, extensionsDir, configFile, env, commonArgs, log: path.join(dir, 'code-server.log') };
}

/**
 * The arguments that make `locale` VS Code's display language, offline. code-server's `--locale`
 * alone is not enough: without a language pack for that language installed, VS Code resolves the
 * language to English (`vscode.env.language` is `en`), and with it extensions read neither their
 * `package.nls.<locale>.json` nor their `l10n/bundle.l10n.<locale>.json`. The packs come from the
 * Marketplace, which is out of reach; so the profile gets a stand-in: the `languagepacks.json` that
 * installing a pack writes, naming a translation file with no translations. VS Code's own words
 * then stay English (each missing translation falls back to it), while the language is `locale`
 * and every extension speaks it.
 */
export function displayLanguage(profile, locale) {
    if (locale.startsWith('en')) return ['--locale', locale];
    const translations = path.join(profile.dir, 'stand-in-language-pack', 'main.i18n.json');
    fs.mkdirSync(path.dirname(translations), { recursive: true });
    fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
    fs.writeFileSync(path.join(profile.userDataDir, 'languagepacks.json'), JSON.stringify({
        [locale]: {
            hash: `stand-in-${locale}`,
            extensions: [{ extensionIdentifier: { id: 'journey-maps.stand-in-language-pack' }, version: '0.0.0' }],
            translations: { vscode: translations },
            label: locale,
        },
    }));
    return ['--locale', locale];
}

/** Installs a .vsix into the profile, as a user would with "Install from VSIX…". */
export function installVsix(install, profile, vsix) {
    const r = spawnSync(install.node, [install.entry, ...profile.commonArgs, '--install-extension', vsix], { env: profile.env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`--install-extension failed (${r.status}): ${r.stderr}`);
    return r.stdout;
}

/** Starts code-server on 127.0.0.1:port for `folder` and resolves once it answers /healthz. */
export async function startCodeServer(install, profile, { port, folder, extraArgs = [] }) {
    fs.writeFileSync(profile.configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const logFd = fs.openSync(profile.log, 'a');
    const server = spawn(install.node, [
        install.entry, ...profile.commonArgs,
        '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
        '--disable-workspace-trust', '--disable-telemetry', '--disable-update-check',
        '--disable-getting-started-override', '--ignore-last-opened',
        ...extraArgs,
        folder,
    ], { env: profile.env, detached: true, stdio: ['ignore', logFd, logFd] });
    fs.closeSync(logFd);
    let exited = false;
    server.on('exit', () => { exited = true; });
    const base = `http://127.0.0.1:${port}`;
    for (;;) {
        if (exited) throw new Error(`code-server did not start; see ${profile.log}`);
        try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not yet */ }
        await new Promise(r => setTimeout(r, 200));
    }
    return { server, base, exited: () => exited };
}

/** Stops code-server and everything it started (its process group). */
export async function stopCodeServer(server) {
    if (!server) return;
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
    for (let i = 0; i < 30 && server.exitCode === null && server.signalCode === null; i++) await new Promise(r => setTimeout(r, 100));
    try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ }
}
