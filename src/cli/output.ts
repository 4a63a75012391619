import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cli-error.js';

/**
 * Writes the result to `--out` or standard output. A file is written beside its target and
 * renamed into place, so a failure never leaves half a file at the output path.
 */
export function writeOutput(text: string, outPath: string | undefined): void {
    if (outPath === undefined) {
        process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
        return;
    }
    const temporary = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
    try {
        writeFileSync(temporary, text);
        renameSync(temporary, outPath);
    } catch (error) {
        rmSync(temporary, { force: true });
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code ?? String(error);
        throw new CliError(`${outPath}: cannot write (${reason})`);
    }
}
