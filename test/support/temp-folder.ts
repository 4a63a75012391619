/**
 * Mocha root hooks (`.mocharc.json` requires this file): the tests, and the processes they start
 * (the CLI, the language server, Chromium), make their temporary files in one folder of this run,
 * removed when the run ends, so a run leaves nothing in the system's temporary folder.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// At load time, before any test file asks for the temporary folder.
const folder = mkdtempSync(join(tmpdir(), 'journey-tests-'));
// As open as the system's temporary folder: the CLI tests run commands as another user (`nobody`).
chmodSync(folder, 0o755);
process.env.TMPDIR = folder;

export const mochaHooks = {
    afterAll(): void {
        rmSync(folder, { recursive: true, force: true });
    },
};
