/**
 * The map as the preview and the HTML export show it: a compact header (titles, what changes,
 * personas and scenarios behind a disclosure) above the drawing, whose stage headers and lane
 * labels stay in view while it scrolls. The same component renders to the DOM in the webview and
 * to a string in the CLI.
 */
import type { JSX } from 'preact';
import type { JourneyModel, MapModel, PersonaModel } from '../model/map-model.js';
import { layoutMap, stateLabelOf, type Highlight, type MapLayout, type ViewOptions, type VisibleRange } from './layout.js';
import { MapGrid, useSource } from './map-svg.js';

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
        return <div class="jm-map jm-empty"><p>No journey to draw.</p></div>;
    }
    return (
        <div class="jm-map" data-mode={layout.mode} data-journey={layout.primary.id}>
            <MapHeader journeys={layout.journeys} layout={layout} expanded={props.expanded ?? true} />
            <div class="jm-drawing" style={props.zoom !== undefined && props.zoom !== 1 ? { zoom: String(props.zoom) } : undefined}>
                <MapGrid layout={layout} highlight={props.highlight} visible={props.visible} />
            </div>
        </div>
    );
}

export function MapHeader(props: { journeys: readonly JourneyModel[]; layout?: MapLayout; expanded?: boolean }): JSX.Element {
    const { journeys, layout } = props;
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
                            <span class={`jm-state jm-state-${journey.state}`}>{stateLabelOf(journey)}</span>
                        </h1>
                        <p class="jm-meta">
                            {[
                                journey.owner ? `Owner: ${journey.owner}` : undefined,
                                journey.reviewed ? `Reviewed: ${journey.reviewed}` : undefined,
                                journey.improves ? `Improves: ${journey.improves}` : undefined,
                            ].filter(Boolean).join('  ·  ')}
                        </p>
                    </div>
                ))}
            </div>
            {comparison && layout?.summaryLine !== undefined ? (
                <p class="jm-summary-text" data-summary="comparison" data-current={comparison.current} data-future={comparison.future}>
                    <strong>What changes: </strong>{layout.summaryLine}
                </p>
            ) : null}
            {layout?.legend ? (
                <p class="jm-legend-text">
                    <span class="jm-key jm-key-future" aria-hidden="true" />{`Future: ${layout.future?.title ?? ''}`}
                    <span class="jm-key jm-key-current" aria-hidden="true" />{`Current (dashed, “was …”): ${layout.current?.title ?? ''}`}
                </p>
            ) : null}
            {about ? (
                <details class="jm-about" open={props.expanded}>
                    <summary>
                        {personas.size > 0 ? <span class="jm-about-title">{personas.size === 1 ? 'Persona' : 'Personas'}</span> : null}
                        {[...personas.values()].map(p => <span class="jm-persona-chip" data-persona={p.id}>{p.name}</span>)}
                        {scenarios.length > 0 ? <span class="jm-about-title">{personas.size > 0 ? '· Scenario' : 'Scenario'}</span> : null}
                    </summary>
                    {scenarios.map(j => <p class="jm-scenario-line" data-journey={j.id}><strong>{`${j.title}: `}</strong><span class="jm-scenario" data-journey={j.id}>{j.scenario}</span></p>)}
                    {personas.size > 0 ? <div class="jm-personas">{[...personas.values()].map(persona => <PersonaCard persona={persona} />)}</div> : null}
                </details>
            ) : null}
        </header>
    );
}

function PersonaCard(props: { persona: PersonaModel }): JSX.Element {
    const p = props.persona;
    const list = (title: string, items: readonly string[]) => items.length === 0 ? null : (
        <div class={`jm-persona-${title.toLowerCase()}`}>
            <h3>{title}</h3>
            <ul>{items.map(item => <li>{item}</li>)}</ul>
        </div>
    );
    return (
        <section class="jm-persona" data-persona={p.id}>
            <h2>{p.name}</h2>
            {p.description ? <p class="jm-description">{p.description}</p> : null}
            {p.quote ? <p class="jm-quote">{`“${p.quote}”`}</p> : null}
            {list('Goals', p.goals)}
            {list('Needs', p.needs)}
            {list('Frustrations', p.frustrations)}
        </section>
    );
}

