import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { URI } from 'langium';
import type { SourceText } from '../workspace/document-set.js';
import { CliError } from './cli-error.js';
import { fileIdentity } from './file-identity.js';
import { cliText } from './i18n/index.js';
import { describe, readText } from './read-text.js';

/** A `.journey` file to read, under the path it was first given or found by. */
export interface SourceFile {
    path: string;
    /** Named on the command line (not found in a folder). */
    named: boolean;
}

/**
 * The `.journey` files named on the command line: files as given, folders searched recursively
 * (links followed). Each file is read once, however many paths lead to it (a link, a hard link,
 * a folder and a file in it), so it never reports duplicates against itself. Every way a path
 * can be unusable becomes a CliError with the path in its message.
 */
export function collectSources(paths: readonly string[]): SourceText[] {
    return readSources(findSourceFiles(paths));
}

/** The texts of files `findSourceFiles` found. */
export function readSources(files: readonly SourceFile[]): SourceText[] {
    return files.map(({ path, named }) => {
        const text = readText(path);
        // An empty file found in a folder declares nothing; one named on purpose is a mistake
        // (a wrong path, a failed download, a file truncated by `> file`).
        if (named && text.trim() === '') {
            throw new CliError(cliText().emptyFile(path));
        }
        return { uri: URI.file(resolve(path)), text };
    });
}

/** The files `collectSources` reads, each once. */
export function findSourceFiles(paths: readonly string[]): SourceFile[] {
    if (paths.length === 0) {
        throw new CliError(cliText().noInput());
    }
    const files = new Map<string, SourceFile>();
    const add = (path: string, stats: Stats, named: boolean) => {
        const key = fileIdentity(path, stats);
        const known = files.get(key);
        if (!known) files.set(key, { path, named });
        else if (named) known.named = true;
    };
    const folders = new Set<string>();
    for (const path of paths) {
        const stats = statOrFail(path);
        if (stats.isDirectory()) {
            const again = folders.has(fileIdentity(path, stats));
            const found = findJourneyFiles(path, stats, folders);
            if (found.length === 0 && !again) {
                throw new CliError(cliText().noJourneyFiles(path));
            }
            found.forEach(file => add(file.path, file.stats, false));
        } else {
            add(path, stats, true);
        }
    }
    return [...files.values()];
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
        throw new CliError((error as NodeJS.ErrnoException).code === 'ENOENT' ? cliText().noSuchFileOrFolder(path) : cliText().cannotOpen(path, describe(error)));
    }
}

/**
 * The `.journey` files in a folder and its subfolders, in name order. Links are followed, to
 * files and to folders; a folder already searched (a link back up, two links to one folder) is
 * not searched again, so a cycle of links ends. A link that leads nowhere is an error when its
 * name ends in `.journey`, as a file that cannot be read would be.
 */
function findJourneyFiles(folder: string, stats: Stats, searched: Set<string>): Array<{ path: string; stats: Stats }> {
    const identity = fileIdentity(folder, stats);
    if (searched.has(identity)) return [];
    searched.add(identity);
    let entries: Dirent[];
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw new CliError(cliText().cannotReadFolder(folder, describe(error)));
    }
    return entries
        .filter(entry => !entry.name.startsWith('.') && entry.name !== 'node_modules')
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap(entry => {
            const path = join(folder, entry.name);
            const journeyFile = entry.name.endsWith('.journey');
            if (!journeyFile && !entry.isDirectory() && !entry.isSymbolicLink()) return [];
            let target: Stats;
            try {
                target = statSync(path);
            } catch (error) {
                if (!journeyFile) return [];
                const code = (error as NodeJS.ErrnoException).code;
                throw new CliError(entry.isSymbolicLink() && (code === 'ENOENT' || code === 'ELOOP') ? cliText().brokenLink(path) : cliText().cannotOpen(path, describe(error)));
            }
            if (target.isDirectory()) return findJourneyFiles(path, target, searched);
            // Not only regular files: a device or pipe named `.journey` is refused when read, not skipped without a word.
            return journeyFile ? [{ path, stats: target }] : [];
        });
}
