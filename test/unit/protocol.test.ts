import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The compiled protocol modules: this test runs as out/test/unit/protocol.test.js. */
const protocolFolder = new URL('../../src/protocol/', import.meta.url);

describe('src/protocol/', () => {
    it('holds types and method names only: at run time each module exports nothing but method-name strings', async () => {
        const modules = readdirSync(fileURLToPath(protocolFolder)).filter(name => name.endsWith('.js'));
        assert.ok(modules.length >= 2, `protocol modules found: ${modules.join(', ')}`);
        for (const name of modules) {
            const exported = await import(new URL(name, protocolFolder).href) as Record<string, unknown>;
            for (const [key, value] of Object.entries(exported)) {
                assert.ok(typeof value === 'string' && /^journey\/[a-zA-Z]+$/.test(value), `${name} exports ${key}, which is not a method name: ${String(value).slice(0, 60)}`);
            }
        }
    });
});
