// The whole path a `.journey` text takes, from parsing to the drawings, for the robustness tests:
// parse, link and validate a set of files (`buildDocumentSet`), the map model of the set and of
// each document, the comparison, the Mermaid export (and its import back), the JSON the preview
// is sent, and the SVG and HTML export of every journey in every view mode. Every SVG is parsed
// as XML; no export holds a character XML forbids.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { buildDocumentSet, sourcesFromTexts } from '../../src/workspace/document-set.js';
import type { JourneyServicesBundle } from '../../src/language/journey-module.js';
import { buildDocumentMapModel, buildMapModel, severityName } from '../../src/language/build-model.js';
import { compareJourneys } from '../../src/model/comparison.js';
import type { MapModel } from '../../src/model/map-model.js';
import { toMermaid, toMermaidDocument } from '../../src/interchange/mermaid-export.js';
import { importMermaid } from '../../src/interchange/mermaid-import.js';
import { chooseJourneys, renderMapHtml, renderMapSvg, type ViewOptions } from '../../src/renderer/index.js';
import { forbiddenCharacter, xmlError } from '../support/xml.js';

export const today = '2026-11-23';
export const viewModes: ReadonlyArray<ViewOptions['mode']> = ['side-by-side', 'overlay', 'single'];

/** A folder of example maps: file name to text. */
export interface ExampleFolder {
    name: string;
    files: Record<string, string>;
}

/** The `.journey` files of a folder, or undefined when the folder does not exist. */
export function readExampleFolder(name: string, dir: string): ExampleFolder | undefined {
    if (!existsSync(dir)) return undefined;
    const names = readdirSync(dir).filter(f => f.endsWith('.journey')).sort();
    return { name, files: Object.fromEntries(names.map(f => [f, readFileSync(join(dir, f), 'utf8')])) };
}

export interface PipelineResult {
    /** Diagnostics per file, `line:col severity code message`, to compare runs. */
    diagnostics: Record<string, string[]>;
    journeys: number;
    comparisons: number;
    renders: number;
    /** Renders skipped because exactly the same maps were drawn in the same mode before. */
    memoized: number;
}

/**
 * The drawings depend only on the mode and on what `chooseJourneys` picks (the journey, its
 * comparison and the other map), and are deterministic: drawing the same again proves nothing.
 * Keys are hashes of those inputs; most random edits leave the journeys of the other files as they were.
 */
export class RenderMemo {
    private readonly seen = new Set<string>();

    /** True the first time these inputs are seen. */
    isNew(model: MapModel, view: ViewOptions): boolean {
        const key = createHash('sha1').update(JSON.stringify([view.mode, chooseJourneys(model, view)])).digest('base64');
        if (this.seen.has(key)) return false;
        if (this.seen.size > 200_000) this.seen.clear();
        this.seen.add(key);
        return true;
    }
}

/** Coordinates and sizes that are not numbers: the layout went wrong even though nothing threw. */
const badGeometry = /\s(?:x|y|x1|y1|x2|y2|cx|cy|r|rx|ry|width|height|d|points|viewBox|transform)="[^"]*(?:NaN|Infinity|undefined)[^"]*"/;

function checkMarkup(markup: unknown, what: string): void {
    if (typeof markup !== 'string' || markup.length === 0) {
        throw new Error(`${what}: no markup`);
    }
    // The regular expression is slow on long markup: look for the words first.
    if (!markup.includes('NaN') && !markup.includes('Infinity') && !markup.includes('undefined')) return;
    const bad = badGeometry.exec(markup);
    if (bad) {
        throw new Error(`${what}: geometry that is not a number: ${bad[0].trim().slice(0, 200)}`);
    }
}

/** An SVG file a browser draws: well-formed XML (which also rules out the characters XML forbids). */
function checkWellFormed(svg: string, what: string): void {
    const error = xmlError(svg);
    if (error !== undefined) {
        throw new Error(`${what}: not well-formed XML: ${error}`);
    }
    checkCharacters(svg, what);
}

/** No export may hold a control character, a lone surrogate or a noncharacter. */
function checkCharacters(text: string, what: string): void {
    const bad = forbiddenCharacter(text);
    if (bad !== undefined) {
        throw new Error(`${what}: a character no export may hold: ${bad}`);
    }
}

/**
 * Runs every stage on a set of files; throws what any stage throws. `edited` is the file that
 * changed: the per-document model is built for it (and for every file when absent).
 */
export async function runPipeline(
    files: Record<string, string>,
    options: { reuse?: JourneyServicesBundle; edited?: string; memo?: RenderMemo; onStage?: (stage: string) => void } = {},
): Promise<{ services: JourneyServicesBundle; result: PipelineResult }> {
    const stage = options.onStage ?? (() => undefined);
    stage('parse, link and validate (buildDocumentSet)');
    const { services, documents } = await buildDocumentSet(sourcesFromTexts(files), { today }, options.reuse);
    stage('map model (buildMapModel)');
    const model = buildMapModel(documents);
    checkMessages(model, files);
    const result: PipelineResult = { diagnostics: diagnosticsOf(documents), journeys: model.journeys.length, comparisons: model.comparisons.length, renders: 0, memoized: 0 };
    const draw = (source: MapModel, view: ViewOptions, what: string) => {
        if (options.memo && !options.memo.isNew(source, view)) {
            result.memoized += 2;
            return;
        }
        stage(`SVG of ${what} (${view.mode})`);
        const svg = renderMapSvg(source, view);
        checkMarkup(svg, `SVG of ${what} (${view.mode})`);
        checkWellFormed(svg, `SVG of ${what} (${view.mode})`);
        stage(`HTML of ${what} (${view.mode})`);
        const html = renderMapHtml(source, view);
        checkMarkup(html, `HTML of ${what} (${view.mode})`);
        checkCharacters(html, `HTML of ${what} (${view.mode})`);
        result.renders += 2;
    };

    // What the preview is sent: plain data (no cycles, nothing JSON cannot carry).
    JSON.stringify(model);

    stage('document map models (buildDocumentMapModel)');
    const models: MapModel[] = [model];
    for (const document of documents) {
        if (options.edited === undefined || document.uri.path.endsWith(`/${options.edited}`)) {
            const own = buildDocumentMapModel(document, documents);
            JSON.stringify(own);
            models.push(own);
        }
    }

    stage('comparisons (compareJourneys)');
    // The comparison of every ordered pair of journeys, not only those `improves` links.
    for (const current of model.journeys) {
        for (const future of model.journeys) {
            compareJourneys(current, future);
        }
    }

    stage('Mermaid export and import');
    const mermaid = toMermaidDocument(model.journeys);
    checkCharacters(mermaid, 'the Mermaid export');
    for (const journey of model.journeys) {
        const diagram = toMermaid(journey);
        // The importer reads what the exporter writes without complaint.
        const back = importMermaid(diagram, { fileName: `${journey.id}.mmd` });
        if (back.errors.length > 0) {
            throw new Error(`Mermaid import of the export of '${journey.id}' reports errors: ${JSON.stringify(back.errors)}\n${diagram}`);
        }
        checkCharacters(back.text, `the Mermaid import of the export of '${journey.id}'`);
    }
    importMermaid(mermaid);

    // Every journey in every view mode, from the whole model; the edited file's own model in its default view.
    for (const journey of model.journeys) {
        for (const mode of viewModes) {
            draw(model, { mode, journey: journey.id }, `'${journey.id}'`);
        }
    }
    for (const own of models.slice(1)) {
        draw(own, { mode: 'side-by-side' }, 'the model of the edited document');
    }
    if (model.journeys.length === 0) {
        draw(model, { mode: 'side-by-side' }, 'an empty model');
    }
    return { services, result };
}

/** No report shows a value that is missing (`undefined`) or not a number (`NaN`), unless the text itself has the word. */
function checkMessages(model: MapModel, files: Record<string, string>): void {
    const text = Object.values(files).join('\n');
    for (const word of ['undefined', 'NaN']) {
        if (text.includes(word)) continue;
        const bad = model.diagnostics.find(d => d.message.includes(word));
        if (bad) throw new Error(`a report prints ${word}: ${bad.code} ${bad.message}`);
    }
}

function diagnosticsOf(documents: readonly LangiumDocument[]): Record<string, string[]> {
    return Object.fromEntries(documents.map(document => [
        document.uri.path.split('/').pop()!,
        (document.diagnostics ?? []).map(d => `${d.range.start.line}:${d.range.start.character} ${severityName(d.severity)} ${String(d.code)} ${d.message}`).sort(),
    ]));
}
