import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startJourneyServer } from '../server/start-server.js';
import { parseCommandArguments } from './arguments.js';
import { CliError } from './cli-error.js';
import { cliLocale, cliText } from './i18n/index.js';
import { knownLocale, type Locale } from '../language/i18n/locale.js';

/**
 * Resolves never: the server runs until the client closes the connection. It speaks `--lang`'s
 * language, else the one the client names in `initialize`, else the environment's.
 */
export async function runLsp(args: string[], lang?: Locale): Promise<number> {
    const { values, positionals } = parseCommandArguments(args, { stdio: { type: 'boolean' } }, 'lsp');
    if (values.help) {
        console.log(cliText().lspHelp);
        return 0;
    }
    if (!values.stdio || positionals.length > 0) {
        throw new CliError(cliText().lspUsage());
    }
    // stdout belongs to the protocol from here on: route stray logging to stderr.
    console.log = console.error;
    console.info = console.error;
    const environment = cliLocale();
    startJourneyServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout), client => lang ?? knownLocale(client) ?? environment);
    return new Promise<number>(() => undefined);
}
