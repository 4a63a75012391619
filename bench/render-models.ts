/**
 * The models the render benchmark draws, built through the real language pipeline
 * (buildDocumentSet + buildMapModel), as the language server builds what the preview receives.
 */
import { buildMapModel } from '../src/language/build-model.js';
import type { MapModel } from '../src/model/map-model.js';
import { buildDocumentSet, sourcesFromTexts } from '../src/workspace/document-set.js';
import { BENCH_TODAY, generateWorkspace } from './generate-map.js';

export const CURRENT_ID = 'service_today';
export const FUTURE_ID = 'service_tomorrow';

type Services = Awaited<ReturnType<typeof buildDocumentSet>>['services'];
/** One warm container for every build, as in a running language server. */
let services: Services | undefined;

async function modelOf(files: Record<string, string>): Promise<MapModel> {
    const built = await buildDocumentSet(sourcesFromTexts(files), { today: BENCH_TODAY }, services);
    services = built.services;
    const model = buildMapModel(built.documents);
    const errors = model.diagnostics.filter(d => d.severity === 'error');
    if (errors.length > 0) throw new Error(`generated map has ${errors.length} errors, first: ${errors[0].message}`);
    return model;
}

/**
 * A single current-state map of `touchpoints` touchpoints with the shared personas and channels:
 * the current map of the generator's workspace of twice the size (which holds ceil(2N/2) = N).
 */
export async function singleMapModel(touchpoints: number): Promise<MapModel> {
    return modelOf(singleMapFiles(touchpoints));
}

/** The texts of {@link singleMapModel}. */
export function singleMapFiles(touchpoints: number): Record<string, string> {
    const { files } = generateWorkspace(2 * touchpoints);
    return { 'people.journey': files['people.journey'], 'current.journey': files['current.journey'] };
}

/** The model of these texts, built as the language server builds it (warm container). */
export function modelOfFiles(files: Record<string, string>): Promise<MapModel> {
    return modelOf(files);
}

/** The index (in the text) of the touchpoint named `name`: the number of `emotion` lines before it. */
export function touchpointIndex(text: string, name: string): number {
    const at = text.search(new RegExp(`^\\s*touchpoint ${name} `, 'm'));
    return at < 0 ? -1 : (text.slice(0, at).match(/^\s*emotion /gm) ?? []).length;
}

/** The texts of a current map of `touchpoints` touchpoints and a future map of as many that `improves` it. */
export function comparisonFiles(touchpoints: number): Record<string, string> {
    return generateWorkspace(2 * touchpoints).files;
}

export function comparisonModel(files: Record<string, string>): Promise<MapModel> {
    return modelOf(files);
}

/**
 * The future map's text with the emotion of its `index`-th touchpoint changed by one step
 * (towards 0 from ±2, else up), as a user editing one line would: the model rebuilt from it has
 * a changed touchpoint, stage mean, comparison delta and summary.
 */
export function withEmotionEdited(text: string, index: number): string {
    const pattern = /^(\s*emotion )([+-]?\d)/gm;
    let seen = 0;
    return text.replace(pattern, (match, prefix: string, value: string) => {
        if (seen++ !== index) return match;
        const emotion = Number(value);
        const next = emotion === 2 ? 1 : emotion + 1;
        return `${prefix}${next > 0 ? '+' : ''}${next}`;
    });
}
