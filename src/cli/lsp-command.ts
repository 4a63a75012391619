import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startJourneyServer } from '../server/start-server.js';
import { parseCommandArguments } from './arguments.js';
import { CliError } from './cli-error.js';

export const lspHelp = `Usage: journey lsp --stdio

Serves the journey language server (Language Server Protocol) on standard input and output,
for any LSP editor: Neovim, Emacs, Helix, Zed.

Options:
  --stdio      talk LSP over standard input/output (the only transport)
  -h, --help   show this help`;

/** Resolves never: the server runs until the client closes the connection. */
export async function runLsp(args: string[]): Promise<number> {
    const { values, positionals } = parseCommandArguments(args, { stdio: { type: 'boolean' } }, 'lsp');
    if (values.help) {
        console.log(lspHelp);
        return 0;
    }
    if (!values.stdio || positionals.length > 0) {
        throw new CliError(`lsp: use 'journey lsp --stdio'`);
    }
    // stdout belongs to the protocol from here on: route stray logging to stderr.
    console.log = console.error;
    console.info = console.error;
    startJourneyServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
    return new Promise<number>(() => undefined);
}
