// Preloaded into the language server by the `lsp` benchmark and the language-server robustness test
// (`node --expose-gc --require test/support/lsp-heap-report.cjs`, see test/support/lsp-session.ts):
// on SIGUSR2, collect garbage and write the heap in use to stderr as one JSON line. Not part of the product.
'use strict';
process.on('SIGUSR2', () => {
    if (typeof global.gc === 'function') {
        global.gc();
        global.gc();
    }
    process.stderr.write(JSON.stringify({ heapUsed: process.memoryUsage().heapUsed }) + '\n');
});
