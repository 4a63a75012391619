/**
 * The map as the preview and the HTML export show it: a header (title, state, scenario, owner,
 * review date, persona cards) above the SVG drawing. The same component renders to the DOM in the
 * webview and to a string in the CLI.
 */
import type { JSX } from 'preact';
import type { JourneyModel, MapModel, PersonaModel } from '../model/map-model.js';
import { chooseJourneys, layoutMap, type Highlight, type MapLayout, type ViewOptions, type VisibleRange } from './layout.js';
import { MapSvg, useSource } from './map-svg.js';

export interface MapViewProps {
    model: MapModel;
    view: ViewOptions;
    highlight?: Highlight | undefined;
    /** The layout of `model` in `view`, when the host already has it (the preview keeps it across scrolls and cursor moves). */
    layout?: MapLayout | undefined;
    /** Draw only the columns in this x-range of the map (the preview's viewport). */
    visible?: VisibleRange | undefined;
}

export function MapView(props: MapViewProps): JSX.Element {
    const { model, view } = props;
    const layout = props.layout ?? layoutMap(model, view, { standalone: false });
    if (!layout) {
        return <div class="jm-map jm-empty"><p>No journey to draw.</p></div>;
    }
    const journeys = layout.comparison && layout.current && layout.future ? [layout.current, layout.future] : [layout.primary];
    return (
        <div class="jm-map" data-mode={layout.mode} data-journey={layout.primary.id}>
            <MapHeader journeys={journeys} />
            <div class="jm-canvas">
                <MapSvg layout={layout} highlight={props.highlight} visible={props.visible} />
            </div>
        </div>
    );
}

export function MapHeader(props: { journeys: readonly JourneyModel[] }): JSX.Element {
    const source = useSource();
    const { journeys } = props;
    const personas = new Map<string, PersonaModel>();
    for (const journey of journeys) {
        for (const persona of journey.personas) {
            if (!personas.has(persona.id)) personas.set(persona.id, persona);
        }
    }
    return (
        <header class="jm-header">
            <div class="jm-heads">
            {journeys.map(journey => (
                <div class="jm-journey-head" data-journey={journey.id} {...source(journey.uri, journey.range)}>
                    <h1>
                        {journey.title}
                        <span class={`jm-state jm-state-${journey.state}`}>{journey.state === 'future' ? 'FUTURE STATE' : 'CURRENT STATE'}</span>
                    </h1>
                    {journey.scenario ? <p class="jm-scenario">{journey.scenario}</p> : null}
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
            {personas.size > 0 ? (
                <div class="jm-personas">
                    {[...personas.values()].map(persona => <PersonaCard persona={persona} />)}
                </div>
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

export { chooseJourneys };
