import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { CliError } from './cli-error.js';
import { cliText } from './i18n/index.js';
import { reason } from './output.js';

/** The largest input file read: a map of 5 MB is already very big (tens of thousands of lines). */
export const maxInputBytes = 50 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a regular file as UTF-8 text. Anything else is refused in one line: a device
 * (`/dev/zero` and `/dev/urandom` never end), a named pipe (it waits for a writer forever), a
 * socket; so are a file over `maxInputBytes`, a binary file and one that is not UTF-8. The file is
 * opened without waiting (a pipe would block the open itself) and then checked, so what is
 * checked is what is read.
 */
export function readText(path: string): string {
    let fd: number;
    try {
        fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (error) {
        throw new CliError(cliText().cannotRead(path, describe(error)));
    }
    let bytes: Buffer;
    try {
        bytes = readRegularFile(fd, path);
    } finally {
        closeSync(fd);
    }
    if (bytes.includes(0)) {
        throw new CliError(cliText().binaryFile(path));
    }
    try {
        return utf8.decode(bytes).replace(/^\uFEFF/, '');
    } catch {
        throw new CliError(cliText().notUtf8(path));
    }
}

function readRegularFile(fd: number, path: string): Buffer {
    let stats: Stats;
    try {
        stats = fstatSync(fd);
    } catch (error) {
        throw new CliError(cliText().cannotRead(path, describe(error)));
    }
    if (stats.isDirectory()) {
        throw new CliError(cliText().isFolder(path));
    }
    if (!stats.isFile()) {
        throw new CliError(cliText().notAFile(path, kindOf(stats)));
    }
    if (stats.size > maxInputBytes) {
        throw tooLarge(path, stats.size);
    }
    // Read to the end rather than to the size seen: a file may grow while it is read, up to the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
        const chunk = Buffer.allocUnsafe(Math.max(64 * 1024, Math.min(stats.size - total + 1, maxInputBytes + 1 - total)));
        let read: number;
        try {
            read = readSync(fd, chunk, 0, chunk.length, null);
        } catch (error) {
            throw new CliError(cliText().cannotRead(path, describe(error)));
        }
        if (read === 0) break;
        chunks.push(chunk.subarray(0, read));
        total += read;
        if (total > maxInputBytes) throw tooLarge(path, total);
    }
    return Buffer.concat(chunks, total);
}

function tooLarge(path: string, bytes: number): CliError {
    return new CliError(cliText().tooLarge(path, Math.round(bytes / 1024 / 1024), maxInputBytes / 1024 / 1024));
}

function kindOf(stats: Stats): 'device' | 'pipe' | 'socket' | 'other' {
    if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
    if (stats.isFIFO()) return 'pipe';
    if (stats.isSocket()) return 'socket';
    return 'other';
}

export function describe(error: unknown): string {
    return (error as NodeJS.ErrnoException)?.code === 'ENOENT' ? cliText().reasons.fileMissing : reason(error);
}
