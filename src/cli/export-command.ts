import { buildDocumentSet } from '../workspace/document-set.js';
import { buildMapModel } from '../language/build-model.js';
import type { MapModel } from '../model/map-model.js';
import { isOneOf, viewModes } from '../model/vocabulary.js';
import { hasPersona, modelForPersona } from '../model/persona-view.js';
import { toMermaidDocument } from '../interchange/mermaid-export.js';
import { renderMapHtml, renderMapSvg } from '../renderer/export.js';
import type { ViewOptions } from '../renderer/layout.js';
import { parseCommandArguments } from './arguments.js';
import { CliError } from './cli-error.js';
import { checkOutput, checkOutputIsNoInput, writeOutput } from './output.js';
import { displayPath, findSourceFiles, readSources } from './source-files.js';
import { checkToday } from './validate-command.js';

export const exportHelp = `Usage: journey export PATH... --format json|mermaid|html|svg|png [--journey ID] [--view VIEW] [--persona ID] [--scale 1|2] [--out FILE]

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
  -h, --help           show this help`;

const formats = ['json', 'mermaid', 'html', 'svg', 'png'] as const;
type Format = typeof formats[number];

export async function runExport(args: string[]): Promise<number> {
    const { values, positionals } = parseCommandArguments(args, {
        format: { type: 'string' }, journey: { type: 'string' }, view: { type: 'string' }, persona: { type: 'string' }, out: { type: 'string' }, today: { type: 'string' },
        scale: { type: 'string' },
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
    const view = (values.view as string | undefined) ?? 'side-by-side';
    if (!isOneOf(viewModes, view)) {
        throw new CliError(`export: unknown view '${view}' (use ${viewModes.join(', ')})`);
    }
    const scale = checkScale(values.scale as string | undefined, format);
    const out = values.out as string | undefined;
    checkOutput(out);
    if (format === 'png' && out === undefined && process.stdout.isTTY) {
        throw new CliError('export: a PNG is an image, not text: give --out FILE (or send standard output to a file)');
    }
    const today = checkToday(values.today as string | undefined);
    const files = findSourceFiles(positionals);
    checkOutputIsNoInput(out, files.map(file => file.path));
    const { documents } = await buildDocumentSet(readSources(files), { today });
    const drawing = format === 'html' || format === 'svg' || format === 'png';
    // A drawing needs every journey: the map the chosen one is compared with is drawn beside it.
    const built = buildMapModel(documents, journeyId === undefined || drawing ? {} : { journeyIds: [journeyId] });
    if (journeyId !== undefined && !built.journeys.some(j => j.id === journeyId)) {
        throw new CliError(`export: no journey named '${journeyId}' in the given files`);
    }
    const persona = values.persona as string | undefined;
    if (persona !== undefined && !hasPersona(built, persona)) {
        const named = [...new Set(built.journeys.flatMap(j => j.personas.map(p => p.id)))];
        throw new CliError(`export: no map names the persona '${persona}' (${named.length > 0 ? `personas: ${named.join(', ')}` : 'the maps name no persona'})`);
    }
    const model = persona !== undefined ? modelForPersona(built, persona) : built;
    if (persona !== undefined && drawing && journeyId !== undefined && !model.journeys.some(j => j.id === journeyId)) {
        throw new CliError(`export: the journey '${journeyId}' does not name the persona '${persona}'`);
    }
    if (format !== 'json' && model.journeys.length === 0) {
        // An image that says "No journey to draw." is an export nobody wanted: say so instead.
        throw new CliError(`export: the given files have no journey to ${drawing ? 'draw' : 'export'}`);
    }
    for (const d of model.diagnostics.filter(d => d.severity === 'error')) {
        console.error(`${displayPath(d.uri)}:${d.range.start.line + 1}:${d.range.start.character + 1} error ${d.code ?? '-'} ${d.message}`);
    }
    // A drawing filters the model itself (and says which persona it shows); json and mermaid write the filtered model.
    const drawn = { mode: view, journey: journeyId ?? defaultJourney(model), ...(persona !== undefined ? { persona } : {}) };
    if (format === 'png') {
        // Loaded only for a PNG: the rasterizer is a native addon that nothing else needs.
        const { rasterizeSvg } = await import('./png.js');
        writeOutput(await rasterizeSvg(renderMapSvg(built, drawn, { forRaster: true }), scale), out);
        return 0;
    }
    writeOutput(render(drawing ? built : model, format as Exclude<Format, 'png'>, drawn), out);
    return 0;
}

/** `--scale 1|2`, for a PNG only. */
function checkScale(scale: string | undefined, format: string): 1 | 2 {
    if (scale === undefined) return 1;
    if (format !== 'png') throw new CliError(`export: --scale is for --format png (the ${format} export has no pixels to scale)`);
    if (scale !== '1' && scale !== '2') throw new CliError(`export: --scale '${scale}' is not 1 or 2 (1: the drawing's own size, 2: twice as sharp)`);
    return Number(scale) as 1 | 2;
}

function render(model: MapModel, format: Exclude<Format, 'png'>, view: ViewOptions): string {
    switch (format) {
        case 'json': return JSON.stringify(model, null, 2);
        case 'mermaid': return toMermaidDocument(model.journeys);
        case 'html': return renderMapHtml(model, view);
        case 'svg': return renderMapSvg(model, view);
    }
}

/** The map drawn without --journey: the first future map that improves another, else the first journey. */
export function defaultJourney(model: MapModel): string | undefined {
    const futures = new Set(model.comparisons.map(c => c.future));
    return (model.journeys.find(j => futures.has(j.id)) ?? model.journeys[0])?.id;
}
