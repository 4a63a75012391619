import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Node's own argument parser in strict mode, with its errors turned into one-line CLI errors. An
 * option given twice is refused: Node's parser lets the last one win, so `--format json --format
 * svg` would quietly ignore the first.
 */
export function parseCommandArguments<T extends Options>(args: string[], options: T, command: string) {
    let parsed;
    try {
        parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true, tokens: true });
    } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new CliError(`${command}: ${message.replace(/\. To specify a positional argument.*$/, '')} (see 'journey ${command} --help')`);
    }
    const seen = new Set<string>();
    for (const token of parsed.tokens) {
        if (token.kind !== 'option') continue;
        if (seen.has(token.name)) {
            throw new CliError(`${command}: --${token.name} is given more than once; give it once (see 'journey ${command} --help')`);
        }
        seen.add(token.name);
    }
    const { values, positionals } = parsed;
    return { values, positionals };
}
