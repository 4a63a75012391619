// Preloaded into a `journey` command by the `cli` benchmark (`node --require test/support/cpu-report.cjs`): at exit it
// writes the process's CPU time (user + system, µs) to stderr as one JSON line. Not part of the product.
'use strict';
process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    process.stderr.write(`\n{"cpuUs":${user + system}}\n`);
});
