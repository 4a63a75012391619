import { buildDocumentSet } from '../workspace/document-set.js';
import { buildMapModel } from '../language/build-model.js';
import { parseIsoDate } from '../language/dates.js';
import { DiagnosticCode } from '../model/diagnostic-codes.js';
import { parseCommandArguments } from './arguments.js';
import { CliError } from './cli-error.js';
import { cliLocale, cliText } from './i18n/index.js';
import { collectSources, displayPath } from './source-files.js';
import { validationSummary } from './validation-summary.js';

export async function runValidate(args: string[]): Promise<number> {
    const { values, positionals } = parseCommandArguments(args, {
        today: { type: 'string' },
        'review-months': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
    }, 'validate');
    if (values.help) {
        console.log(cliText().validateHelp);
        return 0;
    }
    const today = checkToday(values.today as string | undefined);
    const reviewIntervalMonths = checkReviewMonths(values['review-months'] as string | undefined);
    const sources = collectSources(positionals);
    const { documents } = await buildDocumentSet(sources, { today, reviewIntervalMonths, locale: cliLocale() });
    const { diagnostics } = buildMapModel(documents);
    // Reports of a check that did not finish are no verdict: a clean list would be a false one.
    const stopped = diagnostics.find(d => d.code === DiagnosticCode.ValidationStopped);
    if (stopped) {
        throw new CliError(cliText().validationStopped(displayPath(stopped.uri), stopped.message));
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
        throw new CliError(cliText().reviewMonths(months));
    }
    return Number(months);
}

export function checkToday(today: string | undefined): string | undefined {
    if (today !== undefined && !parseIsoDate(today)) {
        throw new CliError(cliText().today(today));
    }
    return today;
}
