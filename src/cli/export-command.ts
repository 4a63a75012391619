import { buildDocumentSet } from '../workspace/document-set.js';
import { buildMapModel } from '../model/build-model.js';
import type { MapModel } from '../model/map-model.js';
import { toMermaidDocument } from '../interchange/mermaid-export.js';
import { parseCommandArguments } from './arguments.js';
import { CliError } from './cli-error.js';
import { writeOutput } from './output.js';
import { collectSources, displayPath } from './source-files.js';
import { checkToday } from './validate-command.js';

export const exportHelp = `Usage: journey export PATH... --format json|mermaid [--journey ID] [--out FILE]

Exports the maps in the given .journey files (folders are searched for them).
  json      the map model: journeys, current/future comparisons and diagnostics
  mermaid   a Mermaid "journey" diagram per map (emotion -2..+2 becomes score 1..5)

Options:
  --format FORMAT      json or mermaid (required)
  --journey ID         export only this journey (a comparison still uses the map it improves)
  --out FILE           write to FILE instead of standard output
  --today YYYY-MM-DD   the date stale-review counts from (default: today)
  -h, --help           show this help`;

const formats = ['json', 'mermaid'] as const;
type Format = typeof formats[number];

export async function runExport(args: string[]): Promise<number> {
    const { values, positionals } = parseCommandArguments(args, {
        format: { type: 'string' }, journey: { type: 'string' }, out: { type: 'string' }, today: { type: 'string' },
    }, 'export');
    if (values.help) {
        console.log(exportHelp);
        return 0;
    }
    const format = values.format as string | undefined;
    if (format === undefined) {
        throw new CliError(`export: --format is required (${formats.join(', ')})`);
    }
    if (!(formats as readonly string[]).includes(format)) {
        throw new CliError(`export: unknown format '${format}' (use ${formats.join(', ')})`);
    }
    const journeyId = values.journey as string | undefined;
    const { documents } = await buildDocumentSet(collectSources(positionals), { today: checkToday(values.today as string | undefined) });
    const model = buildMapModel(documents, journeyId === undefined ? {} : { journeyIds: [journeyId] });
    if (journeyId !== undefined && model.journeys.length === 0) {
        throw new CliError(`export: no journey named '${journeyId}' in the given files`);
    }
    for (const d of model.diagnostics.filter(d => d.severity === 'error')) {
        console.error(`${displayPath(d.uri)}:${d.range.start.line + 1}:${d.range.start.character + 1} error ${d.code ?? '-'} ${d.message}`);
    }
    writeOutput(render(model, format as Format), values.out as string | undefined);
    return 0;
}

function render(model: MapModel, format: Format): string {
    switch (format) {
        case 'json': return JSON.stringify(model, null, 2);
        case 'mermaid': return toMermaidDocument(model.journeys);
    }
}
