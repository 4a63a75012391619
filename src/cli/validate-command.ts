import { buildDocumentSet } from '../workspace/document-set.js';
import { buildMapModel } from '../language/build-model.js';
import { parseIsoDate } from '../language/dates.js';
import { DiagnosticCode } from '../model/diagnostic-codes.js';
import { parseCommandArguments } from './arguments.js';
import { CliError } from './cli-error.js';
import { collectSources, displayPath } from './source-files.js';
import { validationSummary } from './validation-summary.js';

export const validateHelp = `Usage: journey validate PATH... [--today YYYY-MM-DD] [--review-months N] [--quiet]

Parses, links and checks .journey files (folders are searched for them) and prints one line
per report: file:line:col severity code message. Then one summary line on standard error
("3 files, 0 errors, 2 warnings"). Exits 1 when any error was reported, else 0;
exits 2 with one line when checking a file could not finish.

Options:
  --today YYYY-MM-DD   the date stale-review and overdue-action count from (default: today)
  --review-months N    maps are due for review every N months (default 6); a map's own
                       \`review every N months\` line overrides it
  -q, --quiet          no summary line (the reports are still printed)
  -h, --help           show this help`;

export async function runValidate(args: string[]): Promise<number> {
    const { values, positionals } = parseCommandArguments(args, {
        today: { type: 'string' },
        'review-months': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
    }, 'validate');
    if (values.help) {
        console.log(validateHelp);
        return 0;
    }
    const today = checkToday(values.today as string | undefined);
    const reviewIntervalMonths = checkReviewMonths(values['review-months'] as string | undefined);
    const sources = collectSources(positionals);
    const { documents } = await buildDocumentSet(sources, { today, reviewIntervalMonths });
    const { diagnostics } = buildMapModel(documents);
    // Reports of a check that did not finish are no verdict: a clean list would be a false one.
    const stopped = diagnostics.find(d => d.code === DiagnosticCode.ValidationStopped);
    if (stopped) {
        throw new CliError(`validate: ${displayPath(stopped.uri)}: ${stopped.message}`);
    }
    for (const d of diagnostics) {
        console.log(`${displayPath(d.uri)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code ?? '-'} ${d.message}`);
    }
    if (!values.quiet) console.error(validationSummary(sources.length, diagnostics));
    return diagnostics.some(d => d.severity === 'error') ? 1 : 0;
}

/** `--review-months N`: a whole number of months, 1 or more. */
export function checkReviewMonths(months: string | undefined): number | undefined {
    if (months === undefined) return undefined;
    if (!/^\d+$/.test(months) || Number(months) < 1) {
        throw new CliError(`--review-months: '${months}' is not a whole number of months, 1 or more`);
    }
    return Number(months);
}

export function checkToday(today: string | undefined): string | undefined {
    if (today !== undefined && !parseIsoDate(today)) {
        throw new CliError(`--today: '${today}' is not a date in YYYY-MM-DD form`);
    }
    return today;
}
