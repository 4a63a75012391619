/**
 * Every word of the `journey` command line in English: help, errors, the summary line. The
 * reports themselves come from the language server's catalogues; a report's severity and code
 * (`error syntax-error`) are the same in every language, so that scripts can read them. nl.ts says
 * the same in Dutch and must have every key this one has.
 */

function count(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const langOption = `  --lang nl|en         the language of messages and reports (default: from LC_ALL,
                       LC_MESSAGES or LANG; English unless that is Dutch)`;

export const cliEn = {
    usage: `Usage: journey <command> [options]

Customer journey maps as text.

Commands:
  validate PATH...            check .journey files and print every report
  export PATH... --format F   export maps as json, mermaid, html, svg or png
  report PATH...              the quarterly review: every map, pain, opportunity and action
  import FILE.mmd             convert a Mermaid journey diagram to a .journey file
  lsp --stdio                 serve the language server on standard input/output

Every command takes --lang nl|en: the language of its messages (default: from LC_ALL,
LC_MESSAGES or LANG). Run 'journey <command> --help' for a command's options.`,

    validateHelp: `Usage: journey validate PATH... [--today YYYY-MM-DD] [--review-months N] [--quiet] [--lang nl|en]

Parses, links and checks .journey files (folders are searched for them) and prints one line
per report: file:line:col severity code message. Then one summary line on standard error
("3 files, 0 errors, 2 warnings"). Exits 1 when any error was reported, else 0;
exits 2 with one line when checking a file could not finish. The severity and the code are
the same in every language.

Options:
  --today YYYY-MM-DD   the date stale-review and overdue-action count from (default: today)
  --review-months N    maps are due for review every N months (default 6); a map's own
                       \`review every N months\` line overrides it
  -q, --quiet          no summary line (the reports are still printed)
${langOption}
  -h, --help           show this help`,

    exportHelp: `Usage: journey export PATH... --format json|mermaid|html|svg|png [--journey ID] [--view VIEW] [--persona ID] [--scale 1|2] [--out FILE]

Exports the maps in the given .journey files (folders are searched for them).
  json      the map model: journeys, current/future comparisons and diagnostics
  mermaid   a Mermaid "journey" diagram per map (emotion -2..+2 becomes score 1..5)
  html      a self-contained HTML page (no scripts, no external files) with the personas and
            the drawn map, exactly as the preview draws it; it prints in landscape, the map
            cut into pages at stage boundaries
  svg       the drawn map as a standalone SVG image
  png       the same drawing as a PNG image (text in DejaVu Sans, the same on every machine)

html, svg and png draw one map. A future map that improves another is drawn with it, what changed
marked; so is a current map that a future map improves. Without --journey they draw the first
future map that improves another, if there is one, else the first journey.

Options:
  --format FORMAT      json, mermaid, html, svg or png (required)
  --journey ID         export only this journey (json/mermaid: a comparison still uses the map
                       it improves; html/svg/png: the journey to draw)
  --view VIEW          html/svg/png: how a comparison is drawn (default side-by-side):
                         side-by-side  each stage split, the current map left, the future right
                         stacked       the whole current map above the whole future map,
                                       matched stages in the same columns (a slide)
                         overlay       the future map, the current one laid over it
                         single        the chosen map alone
                         paired        in every lane the current row above the future row
  --persona ID         one persona alone: only the touchpoints it takes part in, its
                       emotions, its curve and its means (json: the model as if the maps had
                       only this persona; maps without it are left out)
  --scale 1|2          png: 1 pixel per point of the drawing (default), or 2 for sharp slides
  --out FILE           write to FILE instead of standard output (png: standard output only
                       when it is not a terminal)
  --today YYYY-MM-DD   the date stale-review counts from (default: today)
${langOption}
                       html/svg: also the language of the drawing's own words, numbers and
                       dates (without --lang: each map's own language line; for a comparison,
                       the future map's)
  -h, --help           show this help`,

    reportHelp: `Usage: journey report PATH... [--format html|md|csv] [--today YYYY-MM-DD] [--review-months N] [--out FILE]

The quarterly review of every map in the given .journey files (folders are searched for them):
per map its type, state, personas, owner, last review and whether the review is overdue; every
pain point by severity with the action that addresses it (or "none"); every opportunity by
impact and effort (in HTML also as an impact × effort matrix); every action by due date with its
owner, status and days overdue; and for each future map the pains it resolves, drops and adds.

Options:
  --format FORMAT      html (default: a page that prints in landscape), md (Markdown tables)
                       or csv (one row per map, pain, opportunity, action and compared pain)
  --today YYYY-MM-DD   the date overdue reviews and actions count from (default: today)
  --review-months N    maps are due for review every N months (default 6); a map's own
                       \`review every N months\` line overrides it
  --out FILE           write to FILE instead of standard output
  --lang nl|en         the language of messages, of the map reports on standard error and of
                       the review itself (without --lang: the language most maps say in their
                       language line, English on a tie)
  -h, --help           show this help`,

    importHelp: `Usage: journey import PATH.mmd [--out FILE]

Converts a Mermaid "journey" diagram into a .journey file: the title becomes the journey's
title, sections stages, tasks touchpoints, scores 1..5 emotions -2..+2, actors personas.
Warnings (a clamped score) go to standard error with their line; an error (a score that is
not a number) names its line, writes nothing and exits 1.

Options:
  --out FILE   write the .journey file to FILE instead of standard output
  --lang nl|en the language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)
  -h, --help   show this help`,

    lspHelp: `Usage: journey lsp --stdio

Serves the journey language server (Language Server Protocol) on standard input and output,
for any LSP editor: Neovim, Emacs, Helix, Zed. Its reports, hovers and completions are in the
language the editor names when it starts the server; --lang nl|en chooses instead, and without
either, LC_ALL, LC_MESSAGES or LANG decide.

Options:
  --stdio      talk LSP over standard input/output (the only transport)
  --lang nl|en the language of reports, hovers and completions
  -h, --help   show this help`,

    // ---- Calling the command ----
    unknownCommand: (name: string, commands: readonly string[]) => `unknown command '${name}' (commands: ${commands.join(', ')})`,
    unknownLanguage: (value: string) => `--lang: '${value}' is not a language of journey; use nl or en`,
    /** A mistake Node's argument parser found: its own message in English. */
    argumentError: (command: string, parserMessage: string, _code: string | undefined, _option: string | undefined) =>
        `${command}: ${parserMessage} (see 'journey ${command} --help')`,
    optionTwice: (command: string, option: string) => `${command}: --${option} is given more than once; give it once (see 'journey ${command} --help')`,
    internalError: (message: string) => `internal error: ${message}`,
    cannotWriteStdout: (why: string) => `cannot write to standard output (${why})`,

    // ---- validate, export and report ----
    validationStopped: (path: string, message: string) => `validate: ${path}: ${message}`,
    reviewMonths: (value: string) => `--review-months: '${value}' is not a whole number of months, 1 or more`,
    today: (value: string) => `--today: '${value}' is not a date in YYYY-MM-DD form`,
    formatRequired: (formats: readonly string[]) => `export: --format is required (${formats.join(', ')})`,
    unknownFormat: (format: string, formats: readonly string[]) => `export: unknown format '${format}' (use ${formats.join(', ')})`,
    unknownView: (view: string, views: readonly string[]) => `export: unknown view '${view}' (use ${views.join(', ')})`,
    noSuchJourney: (id: string) => `export: no journey named '${id}' in the given files`,
    noSuchPersona: (persona: string, named: readonly string[]) =>
        `export: no map names the persona '${persona}' (${named.length > 0 ? `personas: ${named.join(', ')}` : 'the maps name no persona'})`,
    journeyWithoutPersona: (journey: string, persona: string) => `export: the journey '${journey}' does not name the persona '${persona}'`,
    nothingToExport: (drawing: boolean) => `export: the given files have no journey to ${drawing ? 'draw' : 'export'}`,
    pngNeedsOut: () => 'export: a PNG is an image, not text: give --out FILE (or send standard output to a file)',
    scaleOnlyForPng: (format: string) => `export: --scale is for --format png (the ${format} export has no pixels to scale)`,
    unknownScale: (scale: string) => `export: --scale '${scale}' is not 1 or 2 (1: the drawing's own size, 2: twice as sharp)`,
    noRasterizer: (platform: string) =>
        `export: PNG needs the package @resvg/resvg-js, which is not installed for this system (${platform}): reinstall the journey command (npm install), or export svg instead`,
    unknownReportFormat: (format: string, formats: readonly string[]) => `report: unknown format '${format}' (use ${formats.join(', ')})`,
    /** "3 files, 0 errors, 2 warnings", hints only when there are some. */
    summary: (files: number, errors: number, warnings: number, hints: number) => {
        const line = `${count(files, 'file')}, ${count(errors, 'error')}, ${count(warnings, 'warning')}`;
        return hints === 0 ? line : `${line}, ${count(hints, 'hint')} (suggestions, not problems)`;
    },

    // ---- import and lsp ----
    oneMermaidFile: (given: number) => `import: give exactly one Mermaid file (got ${given})`,
    noSuchFile: (path: string) => `${path}: no such file`,
    cannotOpen: (path: string, why: string) => `${path}: cannot open (${why})`,
    giveMermaidFile: (path: string) => `${path}: is a folder; give a Mermaid file`,
    emptyMermaid: (path: string) => `${path}: empty file; give a Mermaid journey diagram`,
    lspUsage: () => `lsp: use 'journey lsp --stdio'`,

    // ---- Input files ----
    noInput: () => 'no input: give one or more .journey files or folders',
    noSuchFileOrFolder: (path: string) => `${path}: no such file or folder`,
    noJourneyFiles: (path: string) => `${path}: no .journey files in this folder`,
    cannotReadFolder: (path: string, why: string) => `${path}: cannot read folder (${why})`,
    brokenLink: (path: string) => `${path}: a link that leads to no file`,
    emptyFile: (path: string) => `${path}: empty file`,
    cannotRead: (path: string, why: string) => `${path}: cannot read (${why})`,
    binaryFile: (path: string) => `${path}: binary file, not a text file`,
    notUtf8: (path: string) => `${path}: not valid UTF-8 text`,
    isFolder: (path: string) => `${path}: is a folder`,
    notAFile: (path: string, fileKind: 'device' | 'pipe' | 'socket' | 'other') =>
        `${path}: is ${{ device: 'a device', pipe: 'a named pipe', socket: 'a socket', other: 'something else' }[fileKind]}, not a file`,
    tooLarge: (path: string, megabytes: number, limit: number) => `${path}: too large (${megabytes} MB; the limit is ${limit} MB)`,

    // ---- The output file ----
    outputIsInput: (out: string, input: string | undefined) =>
        `--out ${out} is also an input file${input ? ` (${input})` : ''}: writing there would replace it; give another file name`,
    outputName: () => '--out: give a file name',
    cannotWrite: (path: string, why: string) => `${path}: cannot write (${why})`,

    /** A system error in words (the code itself for the rare ones). */
    reasons: {
        ENOENT: 'folder does not exist',
        fileMissing: 'no such file or folder',
        ENOTDIR: 'a part of the path is not a folder',
        EACCES: 'permission denied',
        EISDIR: 'it is a folder',
        EROFS: 'read-only file system',
        ENOSPC: 'no space left on the device',
        EDQUOT: 'disk quota exceeded',
        ENAMETOOLONG: 'name too long',
    },
};

export type CliMessages = typeof cliEn;
