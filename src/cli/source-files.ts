import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { URI } from 'langium';
import type { SourceText } from '../workspace/document-set.js';
import { CliError } from './cli-error.js';
import { reason } from './output.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The `.journey` files named on the command line: files as given, folders searched recursively.
 * Every way a path can be unusable becomes a CliError with the path in its message.
 */
export function collectSources(paths: readonly string[]): SourceText[] {
    if (paths.length === 0) {
        throw new CliError('no input: give one or more .journey files or folders');
    }
    // Each file once, under the path it was first given by; a file named on the command line must not be empty.
    const files = new Map<string, { path: string; named: boolean }>();
    const add = (path: string, named: boolean) => {
        const key = resolve(path);
        const known = files.get(key);
        if (!known) files.set(key, { path, named });
        else if (named) known.named = true;
    };
    for (const path of paths) {
        const stats = statOrFail(path);
        if (stats.isDirectory()) {
            const found = findJourneyFiles(path);
            if (found.length === 0) {
                throw new CliError(`${path}: no .journey files in this folder`);
            }
            found.forEach(file => add(file, false));
        } else {
            add(path, true);
        }
    }
    return [...files].map(([file, { path, named }]) => {
        const text = readText(path);
        // An empty file found in a folder declares nothing; one named on purpose is a mistake
        // (a wrong path, a failed download, a file truncated by `> file`).
        if (named && text.trim() === '') {
            throw new CliError(`${path}: empty file`);
        }
        return { uri: URI.file(file), text };
    });
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
    return (error as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'no such file or folder' : reason(error);
}
