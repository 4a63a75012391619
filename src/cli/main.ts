import { CliError } from './cli-error.js';
import { runExport } from './export-command.js';
import { cliText, environmentLocale, setCliLocale, takeLanguageOption } from './i18n/index.js';
import { runImport } from './import-command.js';
import { runLsp } from './lsp-command.js';
import { reason } from './output.js';
import { runReport } from './report-command.js';
import { runValidate } from './validate-command.js';
import type { Locale } from '../language/i18n/locale.js';

/** A command's arguments, without `--lang`, and the language `--lang` chose (undefined without it). */
type Command = (args: string[], lang: Locale | undefined) => Promise<number>;

const commands: Record<string, Command> = {
    validate: runValidate,
    export: runExport,
    report: runReport,
    import: runImport,
    lsp: runLsp,
};

/**
 * Runs one command. Its language (messages, reports, help) is `--lang`'s, else the environment's
 * (LC_ALL, LC_MESSAGES, LANG): chosen first, so that even a mistake in the arguments is told in it.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
    const language = takeLanguageOption(argv);
    setCliLocale(language.locale ?? environmentLocale(env));
    if (language.given && !language.locale) {
        throw new CliError(cliText().unknownLanguage(language.value ?? ''));
    }
    const [name, ...args] = language.rest;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        console.log(cliText().usage);
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
        console.log(process.env.JOURNEY_VERSION ?? 'unknown');
        return 0;
    }
    const command = commands[name];
    if (!command) {
        throw new CliError(cliText().unknownCommand(name, Object.keys(commands)));
    }
    return command(args, language.locale);
}

/** Entry of the `journey` bin: every failure is one line on stderr, never a stack trace. */
export function runCli(argv: string[]): void {
    // A reader that stops early (`journey export … | head`) closes the pipe: stop quietly. Any other
    // failure to write standard output (a full disk) is one line and exit code 2.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
        console.error(`journey: ${cliText().cannotWriteStdout(reason(error))}`);
        process.exit(2);
    });
    main(argv).then(
        code => { process.exitCode = code; },
        (error: unknown) => {
            if (error instanceof CliError) {
                console.error(`journey: ${error.message}`);
                process.exitCode = error.exitCode;
            } else {
                console.error(`journey: ${cliText().internalError(error instanceof Error ? error.message : String(error))}`);
                if (process.env.JOURNEY_DEBUG) console.error(error);
                process.exitCode = 2;
            }
        },
    );
}
