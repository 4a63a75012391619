import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Node's own argument parser in strict mode, with its errors turned into one-line CLI errors. */
export function parseCommandArguments<T extends Options>(args: string[], options: T, command: string) {
    try {
        return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new CliError(`${command}: ${message.replace(/\. To specify a positional argument.*$/, '')} (see 'journey ${command} --help')`);
    }
}
