import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { URI } from 'langium';
import type { SourceText } from '../workspace/document-set.js';
import { CliError } from './cli-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The `.journey` files named on the command line: files as given, folders searched recursively.
 * Every way a path can be unusable becomes a CliError with the path in its message.
 */
export function collectSources(paths: readonly string[]): SourceText[] {
    if (paths.length === 0) {
        throw new CliError('no input: give one or more .journey files or folders');
    }
    const files: string[] = [];
    for (const path of paths) {
        const stats = statOrFail(path);
        if (stats.isDirectory()) {
            const found = findJourneyFiles(path);
            if (found.length === 0) {
                throw new CliError(`${path}: no .journey files in this folder`);
            }
            files.push(...found);
        } else {
            files.push(path);
        }
    }
    const unique = [...new Set(files.map(file => resolve(file)))];
    return unique.map(file => ({ uri: URI.file(file), text: readText(file) }));
}

/** Reads a file as UTF-8 text; binary and non-UTF-8 files are refused rather than parsed as noise. */
export function readText(path: string): string {
    let bytes: Buffer;
    try {
        bytes = readFileSync(path);
    } catch (error) {
        throw new CliError(`${path}: cannot read (${describe(error)})`);
    }
    if (bytes.includes(0)) {
        throw new CliError(`${path}: binary file, not a text file`);
    }
    try {
        return utf8.decode(bytes).replace(/^\uFEFF/, '');
    } catch {
        throw new CliError(`${path}: not valid UTF-8 text`);
    }
}

export function displayPath(uriOrPath: string): string {
    const path = uriOrPath.startsWith('file:') ? URI.parse(uriOrPath).fsPath : uriOrPath;
    const relativePath = relative(process.cwd(), path);
    return relativePath && !relativePath.startsWith('..') ? relativePath : path;
}

function statOrFail(path: string): Stats {
    try {
        return statSync(path);
    } catch (error) {
        throw new CliError(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : `cannot open (${describe(error)})`}`);
    }
}

function findJourneyFiles(folder: string): string[] {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw new CliError(`${folder}: cannot read folder (${describe(error)})`);
    }
    return entries
        .filter(entry => !entry.name.startsWith('.') && entry.name !== 'node_modules')
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap(entry => {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) return findJourneyFiles(path);
            return entry.isFile() && entry.name.endsWith('.journey') ? [path] : [];
        });
}

function describe(error: unknown): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'it is a folder';
    return code ?? (error instanceof Error ? error.message : String(error));
}
