import { join } from 'node:path';
import { runBundle } from '../platform/code-cache.js';

// The extension starts this file as the language server: it runs dist/server.cjs with a V8 code
// cache in the extension's own storage (the extension passes its path in JOURNEY_CACHE_DIR).
runBundle(join(__dirname, 'server.cjs'));
