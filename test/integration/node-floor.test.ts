import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The README says Node 20.19 or newer (mocha, chokidar and undici ask for 20.18-20.19), and the CLI runs on the machine's Node 20. `npm ci` warns
// about every package that declares a newer Node; these tests keep that list to the one package
// whose claim we have checked and covered, so that an upgrade that brings another one fails here.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const floor = [20, 19] as const;

/** Whether an `engines.node` range lets Node 20.19 in (its usual forms: `>=X.Y`, `^X.Y`, `X.x`, `a || b`). */
function admitsFloor(range: string): boolean {
    return range.split('||').some(alternative => {
        const m = /^\s*(>=|>|\^|~)?\s*v?(\d+)(?:\.(\d+|x))?/.exec(alternative);
        if (!m) return true;
        const major = Number(m[2]);
        const minor = m[3] === undefined || m[3] === 'x' ? 0 : Number(m[3]);
        if (m[1] === '>=' || m[1] === '>') return major < floor[0] || (major === floor[0] && minor <= floor[1]);
        return major === floor[0] && minor <= floor[1];
    });
}

/** Node 21+ functions that Node 20 lacks, as code calls them. */
const newerThanNode20 = ['Object.groupBy', 'Map.groupBy', 'Promise.withResolvers', 'Array.fromAsync', 'Iterator.from',
    '.union(', '.intersection(', '.difference(', '.symmetricDifference(', '.isSubsetOf(', '.isSupersetOf(', '.isDisjointFrom(',
    '.transferToFixedLength(', 'process.getBuiltinModule', 'import.meta.dirname', 'import.meta.filename'];

function jsFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : jsFiles(path);
        return /\.(c|m)?js$/.test(name) && !name.endsWith('.min.mjs') ? [path] : [];
    });
}

describe('Node 20, the floor in package.json and the README', () => {
    it('package.json says Node 20.19 or newer', () => {
        assert.equal(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node, '>=20.19.0');
        assert.equal(admitsFloor('>=20.19.0'), true);
        assert.equal(admitsFloor('>= 20.19.0'), true);
        assert.equal(admitsFloor('>=20.20.0'), false);
        assert.equal(admitsFloor('>=22.0.0'), false);
        assert.equal(admitsFloor('^18.18.0 || ^20.9.0 || >=21.1.0'), true);
    });

    it('every package npm ci installs runs on Node 20.19, except chevrotain (Langium\'s parser), which declares Node 22', () => {
        const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
        const newer = Object.entries(lock.packages)
            .filter(([path, info]) => path !== '' && !Array.isArray(info.engines) && info.engines?.node && !admitsFloor(info.engines.node))
            .map(([path, info]) => `${path.replace(/^.*node_modules\//, '')} ${(info.engines as { node: string }).node}`);
        assert.deepEqual(newer, ['chevrotain >=22.0.0']);
    });

    it('chevrotain needs nothing of Node 22 but Object.groupBy, and src/platform/polyfills.ts adds that on Node 20', () => {
        const modules = join(root, 'node_modules');
        const packages = ['chevrotain', 'chevrotain-allstar', ...readdirSync(join(modules, '@chevrotain')).map(p => `@chevrotain/${p}`)];
        const used = new Set<string>();
        for (const name of packages) {
            const lib = join(modules, name, 'lib');
            if (!existsSync(lib)) continue; // @chevrotain/types: declarations only
            for (const file of jsFiles(lib)) {
                const code = readFileSync(file, 'utf8');
                for (const api of newerThanNode20) if (code.includes(api)) used.add(api);
            }
        }
        assert.deepEqual([...used], ['Object.groupBy']);

        const polyfills = new URL('../../src/platform/polyfills.js', import.meta.url).href;
        const probe = spawnSync(process.execPath, ['--input-type=module', '-e',
            `delete Object.groupBy; await import(${JSON.stringify(polyfills)}); console.log(JSON.stringify(Object.groupBy([1, 2, 3], n => n % 2 ? 'odd' : 'even')));`], { encoding: 'utf8' });
        assert.equal(probe.stdout.trim(), '{"odd":[1,3],"even":[2]}', probe.stderr);
    });
});
