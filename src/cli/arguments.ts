import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error.js';
import { cliText } from './i18n/index.js';

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
        const message = (error instanceof Error ? error.message.split('\n')[0] : String(error)).replace(/\. To specify a positional argument.*$/, '');
        const code = (error as NodeJS.ErrnoException).code;
        const option = /'(-[^' ]+)/.exec(message)?.[1] ?? /'([^']+)'/.exec(message)?.[1];
        throw new CliError(cliText().argumentError(command, message, code, option));
    }
    const seen = new Set<string>();
    for (const token of parsed.tokens) {
        if (token.kind !== 'option') continue;
        if (seen.has(token.name)) {
            throw new CliError(cliText().optionTwice(command, token.name));
        }
        seen.add(token.name);
    }
    const { values, positionals } = parsed;
    return { values, positionals };
}
