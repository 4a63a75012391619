/**
 * The map as the preview and the HTML export show it: a compact header (titles, what changes,
 * personas and scenarios behind a disclosure) above the drawing, whose stage headers and lane
 * labels stay in view while it scrolls. The same component renders to the DOM in the webview and
 * to a string in the CLI.
 */
import type { JSX } from 'preact';
import type { JourneyModel, MapModel, PersonaModel } from '../model/map-model.js';
import { drawingLabels, english, type DrawingLabels } from './labels.js';
import { layoutMap, stateLabelOf, type Highlight, type MapLayout, type SourceEntry, type ViewOptions, type VisibleRange } from './layout.js';
import { MapGrid, PersonaKey, useSource } from './map-svg.js';

export interface MapViewProps {
    model: MapModel;
    view: ViewOptions;
    highlight?: Highlight | undefined;
    /** The layout of `model` in `view`, when the host already has it (the preview keeps it across scrolls and cursor moves). */
    layout?: MapLayout | undefined;
    /** Draw only the columns in this x-range of the map (the preview's viewport). */
    visible?: VisibleRange | undefined;
    /** The drawing's zoom (the preview's zoom buttons); the header keeps its size. */
    zoom?: number;
    /** Whether personas and scenarios are shown open (the HTML export) or behind their disclosure (the preview). */
    expanded?: boolean;
}

export function MapView(props: MapViewProps): JSX.Element {
    const { model, view } = props;
    const layout = props.layout ?? layoutMap(model, view, { standalone: false });
    if (!layout) {
        return <div class="jm-map jm-empty"><p>{drawingLabels(view.language ?? model.journeys[0]?.language).noJourney}</p></div>;
    }
    return (
        <div class="jm-map" data-mode={layout.mode} data-journey={layout.primary.id} data-persona={layout.persona}>
            <MapHeader journeys={layout.journeys} layout={layout} expanded={props.expanded ?? true} titles={titlesOf(model.journeys)} />
            <div class="jm-drawing" style={props.zoom !== undefined && props.zoom !== 1 ? { zoom: String(props.zoom) } : undefined}>
                <MapGrid layout={layout} highlight={props.highlight} visible={props.visible} />
            </div>
            {layout.sources.length > 0 ? <SourcesList sources={layout.sources} labels={layout.labels} /> : null}
        </div>
    );
}

/**
 * The numbered evidence under the map (spec, version 2): its text and, as a real link, its link.
 * Only the `link` of an evidence line becomes a link, and only one the spec allows; the preview
 * follows a click through the extension (its page may not navigate), the exported page as a browser does.
 */
export function SourcesList(props: { sources: readonly SourceEntry[]; labels: DrawingLabels }): JSX.Element {
    const source = useSource();
    return (
        <section class="jm-sources">
            <h2>{props.labels.sourcesHeading}</h2>
            <ol>
                {props.sources.map(entry => (
                    <li value={entry.number} data-source={entry.number} data-journey={entry.journeyId}>
                        <span class="jm-source-text">{entry.text}</span>
                        {entry.link !== undefined ? ' — ' : null}
                        {entry.href !== undefined
                            ? <a class="jm-source-link" href={entry.href} data-link={entry.href} {...source(entry.uri, undefined)}>{entry.link}</a>
                            : entry.link !== undefined ? <span class="jm-source-link-text">{entry.link}</span> : null}
                    </li>
                ))}
            </ol>
        </section>
    );
}

/** Each map's title by its id: a header names the map a future map improves by its title, not its id. */
function titlesOf(journeys: readonly JourneyModel[]): ReadonlyMap<string, string> {
    return new Map(journeys.map(j => [j.id, j.title]));
}

export function MapHeader(props: { journeys: readonly JourneyModel[]; layout?: MapLayout; expanded?: boolean; titles?: ReadonlyMap<string, string> }): JSX.Element {
    const { journeys, layout } = props;
    const labels = layout?.labels ?? english;
    const source = useSource();
    const personas = new Map<string, PersonaModel>();
    for (const journey of journeys) {
        for (const persona of journey.personas) {
            if (!personas.has(persona.id)) personas.set(persona.id, persona);
        }
    }
    const comparison = layout?.comparison;
    const scenarios = journeys.filter(j => j.scenario);
    const about = personas.size > 0 || scenarios.length > 0;
    return (
        <header class="jm-header">
            <div class="jm-heads">
                {journeys.map(journey => (
                    <div class="jm-journey-head" data-journey={journey.id} {...source(journey.uri, journey.range)}>
                        <h1>
                            {journey.title}
                            <span class={`jm-state jm-state-${journey.state}`} data-type={journey.type}>{stateLabelOf(journey, labels)}</span>
                        </h1>
                        <p class="jm-meta">
                            {[
                                journey.owner ? labels.field('owner', journey.owner) : undefined,
                                journey.reviewed ? labels.field('reviewed', labels.date(journey.reviewed)) : undefined,
                                journey.improves ? labels.field('improves', (props.titles ?? titlesOf(journeys)).get(journey.improves) ?? journey.improves) : undefined,
                            ].filter(Boolean).join('  ·  ')}
                        </p>
                    </div>
                ))}
            </div>
            {layout?.persona !== undefined && layout.primary.personas[0] ? (
                <p class="jm-persona-alone" data-persona={layout.persona}>{labels.personaAlone(layout.primary.personas[0].name)}</p>
            ) : null}
            {comparison && layout?.summaryLine !== undefined ? (
                <p class="jm-summary-text" data-summary="comparison" data-current={comparison.current} data-future={comparison.future}>
                    <strong>{labels.whatChangesCaption}</strong>{layout.summaryLine}
                </p>
            ) : null}
            {layout && layout.personas.length > 0 ? (
                <p class="jm-legend-text jm-legend-personas">
                    <strong>{labels.legendPersonasCaption}</strong>
                    {layout.personas.map(persona => (
                        <span class="jm-legend-persona" data-persona={persona.id}>
                            <svg class="jm-svg jm-key-svg" width="44" height="14" viewBox="0 0 44 14" aria-hidden="true"><PersonaKey persona={persona} x={3} cy={7} /></svg>
                            {persona.name}
                        </span>
                    ))}
                </p>
            ) : null}
            {layout?.mode === 'overlay' ? (
                <p class="jm-legend-text">
                    <span class="jm-key jm-key-future" aria-hidden="true" />{labels.legendFuture(layout.future?.title ?? '')}
                    <span class="jm-key jm-key-current" aria-hidden="true" />
                    {layout.personas.length > 0 ? `${labels.legendCurrent(layout.current?.title ?? '')} (${labels.legendCurrentPersonas})` : labels.legendCurrentDashed(layout.current?.title ?? '')}
                </p>
            ) : null}
            {about ? (
                <details class="jm-about" open={props.expanded}>
                    <summary>
                        {personas.size > 0 ? <span class="jm-about-title">{labels.personasTitle(personas.size)}</span> : null}
                        {[...personas.values()].map(p => <span class="jm-persona-chip" data-persona={p.id}>{p.name}</span>)}
                        {scenarios.length > 0 ? <span class="jm-about-title">{personas.size > 0 ? `· ${labels.scenarioTitle}` : labels.scenarioTitle}</span> : null}
                    </summary>
                    {scenarios.map(j => <p class="jm-scenario-line" data-journey={j.id}><strong>{`${j.title}: `}</strong><span class="jm-scenario" data-journey={j.id}>{j.scenario}</span></p>)}
                    {personas.size > 0 ? <div class="jm-personas">{[...personas.values()].map(persona => <PersonaCard persona={persona} labels={labels} />)}</div> : null}
                </details>
            ) : null}
        </header>
    );
}

function PersonaCard(props: { persona: PersonaModel; labels: DrawingLabels }): JSX.Element {
    const p = props.persona;
    const list = (name: 'goals' | 'needs' | 'frustrations', items: readonly string[]) => items.length === 0 ? null : (
        <div class={`jm-persona-${name}`}>
            <h3>{props.labels.personaList(name)}</h3>
            <ul>{items.map(item => <li>{item}</li>)}</ul>
        </div>
    );
    return (
        <section class="jm-persona" data-persona={p.id}>
            <h2>{p.name}</h2>
            {p.description ? <p class="jm-description">{p.description}</p> : null}
            {p.quote ? <p class="jm-quote">{`“${p.quote}”`}</p> : null}
            {list('goals', p.goals)}
            {list('needs', p.needs)}
            {list('frustrations', p.frustrations)}
        </section>
    );
}

