// Entry of the end-to-end suite, loaded by a real VS Code extension host (`extensionTestsPath`).
// esbuild bundles this folder into out/test/suite/index.js (CommonJS); mocha stays external.
import Mocha from 'mocha';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
    // JOURNEY_E2E_GREP: only the tests whose title matches (to look at one part again).
    if (process.env.JOURNEY_E2E_GREP) mocha.grep(process.env.JOURNEY_E2E_GREP);
    // Register describe/it on the global scope, then load the bundled test files.
    mocha.suite.emit('pre-require', globalThis, 'journey-e2e', mocha);
    require('./extension.e2e.js');
    require('./workspace.e2e.js');
    // Last: it closes every editor. Skipped unless the runner set VS Code's display language to Dutch.
    require('./languages.e2e.js');
    return new Promise((resolve, reject) => {
        mocha.run(failures => failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve());
    });
}
