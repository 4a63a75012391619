import { realpathSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';

/**
 * What makes two paths the same file: its device and inode, which a symbolic link, a hard link,
 * `./` or `..` do not change; the real path where a file system reports no inodes.
 */
export function fileIdentity(path: string, stats: Stats = statSync(path)): string {
    if (stats.ino !== 0) return `${stats.dev}:${stats.ino}`;
    try {
        return realpathSync(path);
    } catch {
        return resolve(path);
    }
}

/** The identity of the file at `path`, or undefined when there is none (or it cannot be looked at). */
export function existingFileIdentity(path: string): string | undefined {
    try {
        return fileIdentity(path);
    } catch {
        return undefined;
    }
}
