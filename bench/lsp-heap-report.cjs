// Preloaded into the language server by the `lsp` benchmark (`node --expose-gc --require bench/lsp-heap-report.cjs`):
// on SIGUSR2, collect garbage and write the heap in use to stderr as one JSON line. Not part of the product.
'use strict';
process.on('SIGUSR2', () => {
    if (typeof global.gc === 'function') {
        global.gc();
        global.gc();
    }
    process.stderr.write(JSON.stringify({ heapUsed: process.memoryUsage().heapUsed }) + '\n');
});
