import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Runs a CommonJS bundle (dist/cli.cjs, dist/server.cjs) with a V8 code cache, so that a start
 * compiles less: `journey validate` of a small map spent about 45 ms of its 230 ms of CPU
 * compiling the 1.5 MB bundle and its functions. Node 22 has this built in
 * (`module.enableCompileCache`); Node 20, our floor, does not.
 *
 * The cache is V8's code for this bundle, this Node and these flags; V8 refuses a cache that does
 * not fit, and then the bundle is compiled as without one. Loading compiled code from a file is
 * running it, so the cache lives only in a folder of the user's own that nobody else can write to
 * (checked before use), and its name carries a hash of the bundle. The cache is written once, when
 * the process ends, with the functions the run compiled.
 */
export function runBundle(bundle: string, cacheDir: string | undefined = defaultCacheDir()): void {
    const source = readFileSync(bundle, 'utf8');
    const cacheFile = cacheDir && privateFolder(cacheDir)
        ? join(cacheDir, `${createHash('sha256').update(source).update(process.version + process.arch + process.execArgv.join(' ')).digest('hex').slice(0, 32)}.v8cache`)
        : undefined;
    let cachedData: Buffer | undefined;
    try {
        if (cacheFile) cachedData = readFileSync(cacheFile);
    } catch {
        // no cache yet
    }
    const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
    if (cacheFile && (!cachedData || script.cachedDataRejected)) {
        process.once('exit', () => writeAtomically(cacheFile, script.createCachedData()));
    }
    const module = new Module(bundle);
    module.filename = bundle;
    const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
    run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

/**
 * `$JOURNEY_CACHE_DIR` (empty: no cache), else `$XDG_CACHE_HOME/journey-maps`, else
 * `~/.cache/journey-maps`; none without a home.
 */
function defaultCacheDir(): string | undefined {
    if (process.env.JOURNEY_CACHE_DIR !== undefined) return process.env.JOURNEY_CACHE_DIR || undefined;
    const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : undefined);
    return base ? join(base, 'journey-maps') : undefined;
}

/** Whether `dir` is (or now is) a folder of this user that no one else may write to. */
function privateFolder(dir: string): boolean {
    try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        const stat = statSync(dir);
        if (!stat.isDirectory()) return false;
        if (process.platform === 'win32') return true; // the user's profile folder: ACLs, not modes
        return stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0;
    } catch {
        return false;
    }
}

function writeAtomically(file: string, data: Buffer): void {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        const fd = openSync(temporary, 'w', 0o600);
        try {
            writeSync(fd, data);
        } finally {
            closeSync(fd);
        }
        renameSync(temporary, file);
    } catch {
        // a cache is only a help: a read-only or full disk just means no cache
    }
}
