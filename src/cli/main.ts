import { CliError } from './cli-error.js';
import { exportHelp, runExport } from './export-command.js';
import { importHelp, runImport } from './import-command.js';
import { lspHelp, runLsp } from './lsp-command.js';
import { reason } from './output.js';
import { reportHelp, runReport } from './report-command.js';
import { runValidate, validateHelp } from './validate-command.js';

const usage = `Usage: journey <command> [options]

Customer journey maps as text.

Commands:
  validate PATH...            check .journey files and print every report
  export PATH... --format F   export maps as json, mermaid, html, svg or png
  report PATH...              the quarterly review: every map, pain, opportunity and action
  import FILE.mmd             convert a Mermaid journey diagram to a .journey file
  lsp --stdio                 serve the language server on standard input/output

Run 'journey <command> --help' for a command's options.`;

const commands: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
    validate: { run: runValidate, help: validateHelp },
    export: { run: runExport, help: exportHelp },
    report: { run: runReport, help: reportHelp },
    import: { run: runImport, help: importHelp },
    lsp: { run: runLsp, help: lspHelp },
};

export async function main(argv: string[]): Promise<number> {
    const [name, ...args] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        console.log(usage);
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
        console.log(process.env.JOURNEY_VERSION ?? 'unknown');
        return 0;
    }
    const command = commands[name];
    if (!command) {
        throw new CliError(`unknown command '${name}' (commands: ${Object.keys(commands).join(', ')})`);
    }
    return command.run(args);
}

/** Entry of the `journey` bin: every failure is one line on stderr, never a stack trace. */
export function runCli(argv: string[]): void {
    // A reader that stops early (`journey export … | head`) closes the pipe: stop quietly. Any other
    // failure to write standard output (a full disk) is one line and exit code 2.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
        console.error(`journey: cannot write to standard output (${reason(error)})`);
        process.exit(2);
    });
    main(argv).then(
        code => { process.exitCode = code; },
        (error: unknown) => {
            if (error instanceof CliError) {
                console.error(`journey: ${error.message}`);
                process.exitCode = error.exitCode;
            } else {
                console.error(`journey: internal error: ${error instanceof Error ? error.message : String(error)}`);
                if (process.env.JOURNEY_DEBUG) console.error(error);
                process.exitCode = 2;
            }
        },
    );
}
