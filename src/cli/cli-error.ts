/** A problem with how the command was called or with its input files: one line, exit code 2. */
export class CliError extends Error {
    constructor(message: string, readonly exitCode = 2) {
        super(message);
    }
}
