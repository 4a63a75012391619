#!/usr/bin/env node
// The `journey` command: the bundled CLI (built by `npm run build`, which `npm ci` runs).
'use strict';
try {
    require('../dist/cli.cjs');
} catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.cjs')) {
        console.error('journey: not built yet; run `npm run build` in the project first');
        process.exit(2);
    }
    throw error;
}
