import { basename } from 'node:path';
import { importMermaid } from '../interchange/mermaid-import.js';
import { parseCommandArguments } from './arguments.js';
import { CliError } from './cli-error.js';
import { checkOutput, checkOutputIsNoInput, reason, writeOutput } from './output.js';
import { readText } from './read-text.js';
import { statSync } from 'node:fs';

export const importHelp = `Usage: journey import PATH.mmd [--out FILE]

Converts a Mermaid "journey" diagram into a .journey file: the title becomes the journey's
title, sections stages, tasks touchpoints, scores 1..5 emotions -2..+2, actors personas.
Warnings (a clamped score) go to standard error with their line; an error (a score that is
not a number) names its line, writes nothing and exits 1.

Options:
  --out FILE   write the .journey file to FILE instead of standard output
  -h, --help   show this help`;

export async function runImport(args: string[]): Promise<number> {
    const { values, positionals } = parseCommandArguments(args, { out: { type: 'string' } }, 'import');
    if (values.help) {
        console.log(importHelp);
        return 0;
    }
    if (positionals.length !== 1) {
        throw new CliError(`import: give exactly one Mermaid file (got ${positionals.length})`);
    }
    const path = positionals[0];
    const out = values.out as string | undefined;
    checkOutput(out);
    checkOutputIsNoInput(out, [path]);
    let isFolder = false;
    try {
        isFolder = statSync(path).isDirectory();
    } catch (error) {
        throw new CliError(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot open (${reason(error)})`}`);
    }
    if (isFolder) {
        throw new CliError(`${path}: is a folder; give a Mermaid file`);
    }
    const text = readText(path);
    if (text.trim() === '') {
        throw new CliError(`${path}: empty file; give a Mermaid journey diagram`);
    }
    const result = importMermaid(text, { fileName: basename(path) });
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
