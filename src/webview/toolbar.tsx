import type { ViewMode } from '../protocol/preview-protocol.js';

export interface ToolbarProps {
    journeys: Array<{ id: string; title: string; state: string }>;
    journey: string | undefined;
    mode: ViewMode;
    zoom: number;
    locked: boolean;
    hasComparison: boolean;
    onJourney(id: string): void;
    onMode(mode: ViewMode): void;
    onZoom(zoom: number): void;
    onExport(format: 'svg' | 'html'): void;
}

const modes: Array<[ViewMode, string]> = [['side-by-side', 'Side by side'], ['overlay', 'Overlay curves'], ['single', 'Single map']];

/** Native-looking, keyboard-reachable controls: plain buttons and selects styled with theme variables. */
export function Toolbar(props: ToolbarProps) {
    return (
        <div class="jm-toolbar" role="toolbar" aria-label="Preview controls">
            {props.journeys.length > 1 ? (
                <label>
                    Map{' '}
                    <select value={props.journey} onChange={e => props.onJourney((e.target as HTMLSelectElement).value)}>
                        {props.journeys.map(j => <option key={j.id} value={j.id}>{j.title} ({j.state})</option>)}
                    </select>
                </label>
            ) : null}
            {props.hasComparison ? (
                <div class="jm-segmented" role="group" aria-label="View">
                    {modes.map(([mode, label]) => (
                        <button key={mode} type="button" aria-pressed={props.mode === mode} onClick={() => props.onMode(mode)}>{label}</button>
                    ))}
                </div>
            ) : null}
            <div class="jm-segmented" role="group" aria-label="Zoom">
                <button type="button" aria-label="Zoom out" title="Zoom out (Ctrl -)" onClick={() => props.onZoom(props.zoom - 0.1)}>−</button>
                <button type="button" aria-label="Reset zoom" title="Reset zoom (Ctrl 0)" onClick={() => props.onZoom(1)}>{Math.round(props.zoom * 100)}%</button>
                <button type="button" aria-label="Zoom in" title="Zoom in (Ctrl +)" onClick={() => props.onZoom(props.zoom + 0.1)}>+</button>
            </div>
            <div class="jm-segmented" role="group" aria-label="Export">
                <button type="button" onClick={() => props.onExport('svg')}>Export SVG…</button>
                <button type="button" onClick={() => props.onExport('html')}>Export HTML…</button>
            </div>
            {props.locked ? <span class="jm-locked" title="This preview stays on its map">Locked</span> : null}
        </div>
    );
}
