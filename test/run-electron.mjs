// The same end-to-end suite in a downloaded VS Code (Electron), for machines that can download
// it. Offline machines and CI use scripts/vscode-server/run-tests.mjs instead (see README).
import { runTests } from '@vscode/test-electron';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
    await runTests({
        extensionDevelopmentPath: root,
        extensionTestsPath: `${root}out/test/suite/index.js`,
        launchArgs: [`${root}examples`, '--disable-extensions', '--disable-workspace-trust'],
        // The date the suite's overdue actions and due reviews count from (as in scripts/vscode-server).
        extensionTestsEnv: { JOURNEY_TODAY: '2027-02-01' },
    });
} catch (error) {
    console.error(`end-to-end tests failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
}
