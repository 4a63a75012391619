import { randomBytes } from 'node:crypto';
import { accessSync, constants, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './cli-error.js';
import { existingFileIdentity } from './file-identity.js';
import { cliText } from './i18n/index.js';

/**
 * Writes the result to `--out` or standard output. A file is written beside its target and
 * renamed into place, so a failure never leaves half a file at the output path: it keeps its old
 * content, or there is none. A link is followed (the file it points to is replaced, the link
 * stays); a device or pipe (`/dev/stdout`, `/dev/null`) is written in place; a file that may not
 * be written (read-only) is refused as `cp` would, not replaced.
 */
export function writeOutput(text: string | Uint8Array, outPath: string | undefined): void {
    if (outPath === undefined) {
        // Text ends with a newline; bytes (an image) are written as they are.
        process.stdout.write(typeof text !== 'string' || text.endsWith('\n') ? text : `${text}\n`);
        return;
    }
    const { target, existing } = outputTarget(outPath);
    if (existing && !existing.isFile()) {
        try {
            writeFileSync(target, text);
        } catch (error) {
            throw cannotWrite(outPath, reason(error));
        }
        return;
    }
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let created = false;
    try {
        writeFileSync(temporary, text, { flag: 'wx', mode: existing ? existing.mode & 0o777 : 0o666 });
        created = true;
        renameSync(temporary, target);
    } catch (error) {
        if (created) rmSync(temporary, { force: true });
        throw cannotWrite(outPath, reason(error));
    }
}

/** Checks `--out` before any work is done, so that a path that cannot be written fails at once, in one line. */
export function checkOutput(outPath: string | undefined): void {
    if (outPath !== undefined) outputTarget(outPath);
}

/**
 * Refuses an output that is one of the inputs: `export map.journey --out map.journey` would
 * replace the map with its export. The same file by any path counts: a link, a hard link, `./`.
 */
export function checkOutputIsNoInput(outPath: string | undefined, inputs: readonly string[]): void {
    if (outPath === undefined) return;
    const output = existingFileIdentity(outPath);
    if (output === undefined) return;
    const input = inputs.find(path => existingFileIdentity(path) === output);
    if (input !== undefined) {
        throw new CliError(cliText().outputIsInput(outPath, input === outPath ? undefined : input));
    }
}

/** Where `--out` leads (a link followed) and what is there now; a CliError when it cannot be written. */
function outputTarget(outPath: string): { target: string; existing?: Stats } {
    if (outPath === '') {
        throw new CliError(cliText().outputName());
    }
    let target = resolve(outPath);
    let existing: Stats | undefined;
    try {
        target = realpathSync(outPath);
        existing = statSync(target);
    } catch {
        // Nothing there yet.
    }
    try {
        if (existing?.isDirectory()) {
            throw cannotWrite(outPath, 'it is a folder');
        }
        if (existing) {
            accessSync(target, constants.W_OK);
            return { target, existing };
        }
        const folder = statSync(dirname(target));
        if (!folder.isDirectory()) {
            throw cannotWrite(outPath, 'a part of the path is not a folder');
        }
        accessSync(dirname(target), constants.W_OK);
        return { target };
    } catch (error) {
        throw error instanceof CliError ? error : cannotWrite(outPath, reason(error));
    }
}

function cannotWrite(path: string, why: string): CliError {
    return new CliError(cliText().cannotWrite(path, why));
}

/** A system error in words; the code itself for the rare ones. */
export function reason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    const reasons = cliText().reasons;
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
        case 'EACCES':
        case 'EISDIR':
        case 'EROFS':
        case 'ENOSPC':
        case 'EDQUOT':
        case 'ENAMETOOLONG': return reasons[code];
        case 'EPERM': return reasons.EACCES;
        default: return code ?? (error instanceof Error ? error.message : String(error));
    }
}
