// `npm start`: the product, opened. Checks and exports the example maps with the CLI, then opens
// VS Code with the extension and the examples: the desktop `code` when it is on the PATH, else the
// offline VS Code (code-server) in the browser, with the packaged extension installed.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProfile, findInstall, freePort, installVsix, repoRoot, startCodeServer, stopCodeServer } from './vscode-server/code-server.mjs';

const say = (...args) => console.log('[start]', ...args);
const examples = path.join(repoRoot, 'examples');
const journey = (...args) => spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'journey.cjs'), ...args], { stdio: 'inherit' });

say('journey validate examples');
journey('validate', examples);
say('journey export examples --format mermaid --journey bike_today');
journey('export', examples, '--format', 'mermaid', '--journey', 'bike_today');

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.JOURNEY_START_OFFLINE) {
    say('opening VS Code with the extension in development mode');
    spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, examples], { stdio: 'inherit', detached: true }).unref();
    process.exit(0);
}

say('no `code` on the PATH: starting the offline VS Code (code-server) instead');
const packaged = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: 'inherit' });
if (packaged.status !== 0) process.exit(packaged.status ?? 1);
const install = findInstall(say);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-maps-start-'));
const profile = createProfile(install, dir, { 'workbench.startupEditor': 'none', 'workbench.colorTheme': 'Default Light Modern' });
installVsix(install, profile, path.join(repoRoot, 'journey-maps.vsix'));
const port = Number(process.env.PORT) || await freePort();
const { server, base } = await startCodeServer(install, profile, { port, folder: examples });
say(`VS Code with Journey Maps is running: open ${base}/?folder=${encodeURIComponent(examples)} in a browser.`);
say('Open bike-future.journey and press Ctrl+K V for the preview. Ctrl+C stops the server.');
const stop = async () => { await stopCodeServer(server); fs.rmSync(dir, { recursive: true, force: true }); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
