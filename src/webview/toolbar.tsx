import type { DiagnosticModel } from '../model/map-model.js';
import type { ExportFormat, ViewMode } from '../protocol/preview-protocol.js';

export interface ToolbarProps {
    journeys: Array<{ id: string; title: string; state: string }>;
    journey: string | undefined;
    /** The personas of the drawn maps (the filter is offered when there are two or more), and the one shown alone. */
    personas: Array<{ id: string; name: string }>;
    persona: string | undefined;
    mode: ViewMode;
    zoom: number;
    locked: boolean;
    hasComparison: boolean;
    /** The errors of the text while the preview shows the last map that parsed. */
    stale: DiagnosticModel[] | undefined;
    onJourney(id: string): void;
    /** '' shows every persona. */
    onPersona(id: string): void;
    onMode(mode: ViewMode): void;
    onZoom(zoom: number): void;
    onFit(): void;
    onExport(format: ExportFormat): void;
    onCopy(): void;
}

/** The views of a comparison, as the toolbar names and explains them. */
export const viewChoices: Array<[ViewMode, string, string]> = [
    ['paired', 'Before / after per lane', 'In every lane the current row right above the future row, a touchpoint of both maps in one column'],
    ['side-by-side', 'Side by side', 'Each stage split: the current map left, the future map right'],
    ['stacked', 'Stacked (as-is above to-be)', 'The whole current map above the whole future map, matched stages in the same columns: a slide'],
    ['overlay', 'Overlay', 'The future map with the current map laid over it: its curve, removed touchpoints and vanished pains'],
    ['single', 'Single map', 'The chosen map alone'],
];

/** Native-looking, keyboard-reachable controls in one row: selects and buttons styled with theme variables. */
export function Toolbar(props: ToolbarProps) {
    const chosen = props.journeys.find(j => j.id === props.journey);
    const mode = viewChoices.find(([m]) => m === props.mode);
    return (
        <div class="jm-toolbar" role="toolbar" aria-label="Preview controls">
            {props.journeys.length > 1 ? (
                <label class="jm-picker" title={chosen ? `${chosen.title} (${chosen.state})` : undefined}>
                    <select aria-label="Map" value={props.journey} onChange={e => props.onJourney((e.target as HTMLSelectElement).value)}>
                        {props.journeys.map(j => <option key={j.id} value={j.id} title={`${j.title} (${j.state})`}>{j.title} ({j.state})</option>)}
                    </select>
                </label>
            ) : null}
            {props.personas.length > 1 ? (
                <label class="jm-persona-filter" title="Show one persona alone: its touchpoints, its curve and its means">
                    <select aria-label="Persona" value={props.persona ?? ''} onChange={e => props.onPersona((e.target as HTMLSelectElement).value)}>
                        <option value="">All personas</option>
                        {props.personas.map(p => <option key={p.id} value={p.id}>{p.name}</option>)}
                    </select>
                </label>
            ) : null}
            {props.hasComparison ? (
                <label class="jm-view" title={mode?.[2]}>
                    <select aria-label="View" value={props.mode} onChange={e => props.onMode((e.target as HTMLSelectElement).value as ViewMode)}>
                        {viewChoices.map(([m, label, help]) => <option key={m} value={m} title={help}>{label}</option>)}
                    </select>
                </label>
            ) : null}
            <div class="jm-segmented" role="group" aria-label="Zoom">
                <button type="button" aria-label="Zoom out" title="Zoom out (Ctrl -)" onClick={() => props.onZoom(props.zoom - 0.1)}>−</button>
                <button type="button" aria-label="Reset zoom" title="Reset zoom (Ctrl 0)" onClick={() => props.onZoom(1)}>{Math.round(props.zoom * 100)}%</button>
                <button type="button" aria-label="Zoom in" title="Zoom in (Ctrl +)" onClick={() => props.onZoom(props.zoom + 0.1)}>+</button>
                <button type="button" aria-label="Fit to width" title="Zoom so that the whole width of the map fits the panel" onClick={() => props.onFit()}>Fit</button>
            </div>
            <div class="jm-segmented" role="group" aria-label="Export">
                <button type="button" aria-label="Export SVG…" title="Export the map as an SVG image" onClick={() => props.onExport('svg')}>SVG…</button>
                <button type="button" aria-label="Export HTML…" title="Export the map as an HTML page" onClick={() => props.onExport('html')}>HTML…</button>
                <button type="button" aria-label="Export PNG…" title="Export the map as a PNG image" onClick={() => props.onExport('png')}>PNG…</button>
                <button type="button" aria-label="Copy map as image" title="Copy the map to the clipboard as an image, to paste into a slide or a document" onClick={() => props.onCopy()}>Copy</button>
            </div>
            {props.locked ? <span class="jm-locked" title="This preview stays on its map">Locked</span> : null}
            <div class="jm-stale-slot" role="status">{props.stale ? <StaleNotice diagnostics={props.stale} /> : null}</div>
        </div>
    );
}

/**
 * While the text does not parse, the last good map stays on screen and the toolbar says so, with
 * the first error in plain words; the others are one click away.
 */
function StaleNotice({ diagnostics }: { diagnostics: DiagnosticModel[] }) {
    const first = diagnostics[0];
    const shown = diagnostics.slice(0, 5);
    return (
        <details class="jm-stale">
            <summary>
                <strong>Not updated:</strong>{' '}
                {first ? `Line ${first.range.start.line + 1}: ${first.message}` : 'the map has errors'}
                {diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : ''}
            </summary>
            <p>The preview shows the last version of the map without errors. Fix these lines to update it:</p>
            <ul>
                {shown.map(d => <li key={`${d.range.start.line}:${d.range.start.character}`}>Line {d.range.start.line + 1}: {d.message}</li>)}
                {diagnostics.length > shown.length ? <li>and {diagnostics.length - shown.length} more</li> : null}
            </ul>
        </details>
    );
}
