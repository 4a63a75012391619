#!/usr/bin/env node
// The `journey` command: the bundled CLI (built by `npm run build`, which `npm ci` runs), run with
// a V8 code cache (dist/launch.cjs, from src/platform/code-cache.ts).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const dist = join(__dirname, '..', 'dist');
if (!existsSync(join(dist, 'cli.cjs')) || !existsSync(join(dist, 'launch.cjs'))) {
    console.error('journey: not built yet; run `npm run build` in the project first');
    process.exit(2);
}
require(join(dist, 'launch.cjs')).runBundle(join(dist, 'cli.cjs'));
