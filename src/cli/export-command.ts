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
import { cliLocale, cliText } from './i18n/index.js';
import type { Locale } from '../language/i18n/locale.js';
import { checkOutput, checkOutputIsNoInput, writeOutput } from './output.js';
import { displayPath, findSourceFiles, readSources } from './source-files.js';
import { checkToday } from './validate-command.js';

const formats = ['json', 'mermaid', 'html', 'svg', 'png'] as const;
type Format = typeof formats[number];

/**
 * `--lang` (`lang`, undefined without it) picks the language of the messages and of the drawing's
 * words; without it the messages follow the environment and the drawing its map's `language`.
 */
export async function runExport(args: string[], lang?: Locale): Promise<number> {
    const { values, positionals } = parseCommandArguments(args, {
        format: { type: 'string' }, journey: { type: 'string' }, view: { type: 'string' }, persona: { type: 'string' }, out: { type: 'string' }, today: { type: 'string' },
        scale: { type: 'string' },
    }, 'export');
    if (values.help) {
        console.log(cliText().exportHelp);
        return 0;
    }
    const format = values.format as string | undefined;
    if (format === undefined) {
        throw new CliError(cliText().formatRequired(formats));
    }
    if (!(formats as readonly string[]).includes(format)) {
        throw new CliError(cliText().unknownFormat(format, formats));
    }
    const journeyId = values.journey as string | undefined;
    const view = (values.view as string | undefined) ?? 'side-by-side';
    if (!isOneOf(viewModes, view)) {
        throw new CliError(cliText().unknownView(view, viewModes));
    }
    const scale = checkScale(values.scale as string | undefined, format);
    const out = values.out as string | undefined;
    checkOutput(out);
    if (format === 'png' && out === undefined && process.stdout.isTTY) {
        throw new CliError(cliText().pngNeedsOut());
    }
    const today = checkToday(values.today as string | undefined);
    const files = findSourceFiles(positionals);
    checkOutputIsNoInput(out, files.map(file => file.path));
    const { documents } = await buildDocumentSet(readSources(files), { today, locale: cliLocale() });
    const drawing = format === 'html' || format === 'svg' || format === 'png';
    // A drawing needs every journey: the map the chosen one is compared with is drawn beside it.
    const built = buildMapModel(documents, journeyId === undefined || drawing ? {} : { journeyIds: [journeyId] });
    if (journeyId !== undefined && !built.journeys.some(j => j.id === journeyId)) {
        throw new CliError(cliText().noSuchJourney(journeyId));
    }
    const persona = values.persona as string | undefined;
    if (persona !== undefined && !hasPersona(built, persona)) {
        const named = [...new Set(built.journeys.flatMap(j => j.personas.map(p => p.id)))];
        throw new CliError(cliText().noSuchPersona(persona, named));
    }
    const model = persona !== undefined ? modelForPersona(built, persona) : built;
    if (persona !== undefined && drawing && journeyId !== undefined && !model.journeys.some(j => j.id === journeyId)) {
        throw new CliError(cliText().journeyWithoutPersona(journeyId, persona));
    }
    if (format !== 'json' && model.journeys.length === 0) {
        // An image that says "No journey to draw." is an export nobody wanted: say so instead.
        throw new CliError(cliText().nothingToExport(drawing));
    }
    for (const d of model.diagnostics.filter(d => d.severity === 'error')) {
        console.error(`${displayPath(d.uri)}:${d.range.start.line + 1}:${d.range.start.character + 1} error ${d.code ?? '-'} ${d.message}`);
    }
    // A drawing filters the model itself (and says which persona it shows); json and mermaid write the filtered model.
    const drawn: ViewOptions = { mode: view, journey: journeyId ?? defaultJourney(model), ...(persona !== undefined ? { persona } : {}), ...(lang !== undefined ? { language: lang } : {}) };
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
    if (format !== 'png') throw new CliError(cliText().scaleOnlyForPng(format));
    if (scale !== '1' && scale !== '2') throw new CliError(cliText().unknownScale(scale));
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
