import { buildDocumentSet } from '../workspace/document-set.js';
import { buildMapModel } from '../language/build-model.js';
import { formatIsoDate, todayLocal } from '../model/dates.js';
import { buildReport, renderReportCsv, renderReportHtml, renderReportMarkdown } from '../report/index.js';
import { parseCommandArguments } from './arguments.js';
import { CliError } from './cli-error.js';
import { checkOutput, checkOutputIsNoInput, writeOutput } from './output.js';
import { displayPath, findSourceFiles, readSources } from './source-files.js';
import { checkReviewMonths, checkToday } from './validate-command.js';

export const reportHelp = `Usage: journey report PATH... [--format html|md|csv] [--today YYYY-MM-DD] [--review-months N] [--out FILE]

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
  -h, --help           show this help`;

const formats = ['html', 'md', 'csv'] as const;

/** The review interval of a map without its own `review every` line, as in `validate`. */
export const defaultReviewMonths = 6;

export async function runReport(args: string[]): Promise<number> {
    const { values, positionals } = parseCommandArguments(args, {
        format: { type: 'string' }, today: { type: 'string' }, 'review-months': { type: 'string' }, out: { type: 'string' },
    }, 'report');
    if (values.help) {
        console.log(reportHelp);
        return 0;
    }
    const format = (values.format as string | undefined) ?? 'html';
    if (!(formats as readonly string[]).includes(format)) {
        throw new CliError(`report: unknown format '${format}' (use ${formats.join(', ')})`);
    }
    const today = checkToday(values.today as string | undefined) ?? formatIsoDate(todayLocal());
    const reviewMonths = checkReviewMonths(values['review-months'] as string | undefined) ?? defaultReviewMonths;
    const out = values.out as string | undefined;
    checkOutput(out);
    const files = findSourceFiles(positionals);
    checkOutputIsNoInput(out, files.map(file => file.path));
    const { documents } = await buildDocumentSet(readSources(files), { today, reviewIntervalMonths: reviewMonths });
    const model = buildMapModel(documents);
    for (const d of model.diagnostics.filter(d => d.severity === 'error')) {
        console.error(`${displayPath(d.uri)}:${d.range.start.line + 1}:${d.range.start.character + 1} error ${d.code ?? '-'} ${d.message}`);
    }
    const report = buildReport(model, { today, reviewMonths });
    writeOutput(format === 'md' ? renderReportMarkdown(report) : format === 'csv' ? renderReportCsv(report) : renderReportHtml(report), out);
    return 0;
}
