import { basename } from 'node:path';
import { importMermaid } from '../interchange/mermaid-import.js';
import { parseCommandArguments } from './arguments.js';
import { CliError } from './cli-error.js';
import { cliLocale, cliText } from './i18n/index.js';
import { mermaidImportEn, mermaidImportNl } from '../interchange/mermaid-import-messages.js';
import { checkOutput, checkOutputIsNoInput, reason, writeOutput } from './output.js';
import { readText } from './read-text.js';
import { statSync } from 'node:fs';

export async function runImport(args: string[]): Promise<number> {
    const { values, positionals } = parseCommandArguments(args, { out: { type: 'string' } }, 'import');
    if (values.help) {
        console.log(cliText().importHelp);
        return 0;
    }
    if (positionals.length !== 1) {
        throw new CliError(cliText().oneMermaidFile(positionals.length));
    }
    const path = positionals[0];
    const out = values.out as string | undefined;
    checkOutput(out);
    checkOutputIsNoInput(out, [path]);
    let isFolder = false;
    try {
        isFolder = statSync(path).isDirectory();
    } catch (error) {
        throw new CliError((error as NodeJS.ErrnoException).code === 'ENOENT' ? cliText().noSuchFile(path) : cliText().cannotOpen(path, reason(error)));
    }
    if (isFolder) {
        throw new CliError(cliText().giveMermaidFile(path));
    }
    const text = readText(path);
    if (text.trim() === '') {
        throw new CliError(cliText().emptyMermaid(path));
    }
    const result = importMermaid(text, { fileName: basename(path), messages: cliLocale() === 'nl' ? mermaidImportNl : mermaidImportEn });
    for (const warning of result.warnings) {
        console.error(`${path}:${warning.line} warning ${warning.message}`);
    }
    for (const error of result.errors) {
        console.error(`${path}:${error.line} error ${error.message}`);
    }
    if (result.errors.length > 0) {
        return 1;
    }
    writeOutput(result.text, out);
    return 0;
}
