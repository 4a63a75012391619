import { buildDocumentSet } from '../workspace/document-set.js';
import { buildMapModel } from '../language/build-model.js';
import { formatIsoDate, todayLocal } from '../model/dates.js';
import { buildReport, renderReportCsv, renderReportHtml, renderReportMarkdown } from '../report/index.js';
import { parseCommandArguments } from './arguments.js';
import { CliError } from './cli-error.js';
import { cliLocale, cliText } from './i18n/index.js';
import type { Locale } from '../language/i18n/locale.js';
import { checkOutput, checkOutputIsNoInput, writeOutput } from './output.js';
import { displayPath, findSourceFiles, readSources } from './source-files.js';
import { checkReviewMonths, checkToday } from './validate-command.js';

const formats = ['html', 'md', 'csv'] as const;

/** The review interval of a map without its own `review every` line, as in `validate`. */
export const defaultReviewMonths = 6;

/** `--lang` (`lang`) picks the language of the messages and of the report; without it the report speaks the language most maps say. */
export async function runReport(args: string[], lang?: Locale): Promise<number> {
    const { values, positionals } = parseCommandArguments(args, {
        format: { type: 'string' }, today: { type: 'string' }, 'review-months': { type: 'string' }, out: { type: 'string' },
    }, 'report');
    if (values.help) {
        console.log(cliText().reportHelp);
        return 0;
    }
    const format = (values.format as string | undefined) ?? 'html';
    if (!(formats as readonly string[]).includes(format)) {
        throw new CliError(cliText().unknownReportFormat(format, formats));
    }
    const today = checkToday(values.today as string | undefined) ?? formatIsoDate(todayLocal());
    const reviewMonths = checkReviewMonths(values['review-months'] as string | undefined) ?? defaultReviewMonths;
    const out = values.out as string | undefined;
    checkOutput(out);
    const files = findSourceFiles(positionals);
    checkOutputIsNoInput(out, files.map(file => file.path));
    const { documents } = await buildDocumentSet(readSources(files), { today, reviewIntervalMonths: reviewMonths, locale: cliLocale() });
    const model = buildMapModel(documents);
    for (const d of model.diagnostics.filter(d => d.severity === 'error')) {
        console.error(`${displayPath(d.uri)}:${d.range.start.line + 1}:${d.range.start.character + 1} error ${d.code ?? '-'} ${d.message}`);
    }
    const report = buildReport(model, { today, reviewMonths, ...(lang !== undefined ? { language: lang } : {}) });
    writeOutput(format === 'md' ? renderReportMarkdown(report) : format === 'csv' ? renderReportCsv(report) : renderReportHtml(report), out);
    return 0;
}
