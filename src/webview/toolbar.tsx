import type { DiagnosticModel } from '../model/map-model.js';
import type { ExportFormat, ViewMode } from '../protocol/preview-protocol.js';
import { viewModes } from '../model/vocabulary.js';
import type { PreviewWords } from './words.js';

export interface ToolbarProps {
    /** The page's words, in VS Code's display language. */
    words: PreviewWords;
    journeys: Array<{ id: string; title: string; state: 'current' | 'future' }>;
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

/** The views of a comparison in the toolbar's order: the preview's default first. */
const viewOrder: readonly ViewMode[] = ['paired', ...viewModes.filter(mode => mode !== 'paired')];

/** Native-looking, keyboard-reachable controls in one row: selects and buttons styled with theme variables. */
export function Toolbar(props: ToolbarProps) {
    const w = props.words;
    const chosen = props.journeys.find(j => j.id === props.journey);
    return (
        <div class="jm-toolbar" role="toolbar" aria-label={w.toolbar}>
            {props.journeys.length > 1 ? (
                <label class="jm-picker" title={chosen ? w.mapChoice(chosen.title, chosen.state) : undefined}>
                    <select aria-label={w.mapPicker} value={props.journey} onChange={e => props.onJourney((e.target as HTMLSelectElement).value)}>
                        {props.journeys.map(j => <option key={j.id} value={j.id} title={w.mapChoice(j.title, j.state)}>{w.mapChoice(j.title, j.state)}</option>)}
                    </select>
                </label>
            ) : null}
            {props.personas.length > 1 ? (
                <label class="jm-persona-filter" title={w.personaFilterHelp}>
                    <select aria-label={w.personaPicker} value={props.persona ?? ''} onChange={e => props.onPersona((e.target as HTMLSelectElement).value)}>
                        <option value="">{w.allPersonas}</option>
                        {props.personas.map(p => <option key={p.id} value={p.id}>{p.name}</option>)}
                    </select>
                </label>
            ) : null}
            {props.hasComparison ? (
                <label class="jm-view" title={w.view(props.mode)[1]}>
                    <select aria-label={w.viewPicker} value={props.mode} onChange={e => props.onMode((e.target as HTMLSelectElement).value as ViewMode)}>
                        {viewOrder.map(m => <option key={m} value={m} title={w.view(m)[1]}>{w.view(m)[0]}</option>)}
                    </select>
                </label>
            ) : null}
            <div class="jm-segmented" role="group" aria-label={w.zoom}>
                <button type="button" aria-label={w.zoomOut} title={w.zoomOutHelp} onClick={() => props.onZoom(props.zoom - 0.1)}>−</button>
                <button type="button" aria-label={w.resetZoom} title={w.resetZoomHelp} onClick={() => props.onZoom(1)}>{Math.round(props.zoom * 100)}%</button>
                <button type="button" aria-label={w.zoomIn} title={w.zoomInHelp} onClick={() => props.onZoom(props.zoom + 0.1)}>+</button>
                <button type="button" aria-label={w.fitLabel} title={w.fitHelp} onClick={() => props.onFit()}>{w.fit}</button>
            </div>
            <div class="jm-segmented" role="group" aria-label={w.exportGroup}>
                <button type="button" aria-label={w.exportLabel('SVG')} title={w.exportHelp('SVG')} onClick={() => props.onExport('svg')}>SVG…</button>
                <button type="button" aria-label={w.exportLabel('HTML')} title={w.exportHelp('HTML')} onClick={() => props.onExport('html')}>HTML…</button>
                <button type="button" aria-label={w.exportLabel('PNG')} title={w.exportHelp('PNG')} onClick={() => props.onExport('png')}>PNG…</button>
                <button type="button" aria-label={w.copyLabel} title={w.copyHelp} onClick={() => props.onCopy()}>{w.copy}</button>
            </div>
            {props.locked ? <span class="jm-locked" title={w.lockedHelp}>{w.locked}</span> : null}
            <div class="jm-stale-slot" role="status">{props.stale ? <StaleNotice diagnostics={props.stale} words={w} /> : null}</div>
        </div>
    );
}

/**
 * While the text does not parse, the last good map stays on screen and the toolbar says so, with
 * the first error in plain words; the others are one click away.
 */
function StaleNotice({ diagnostics, words: w }: { diagnostics: DiagnosticModel[]; words: PreviewWords }) {
    const first = diagnostics[0];
    const shown = diagnostics.slice(0, 5);
    return (
        <details class="jm-stale">
            <summary>
                <strong>{w.notUpdated}</strong>{' '}
                {first ? w.line(first.range.start.line + 1, first.message) : w.hasErrors}
                {diagnostics.length > 1 ? ` (${w.andMore(diagnostics.length - 1)})` : ''}
            </summary>
            <p>{w.staleHelp}</p>
            <ul>
                {shown.map(d => <li key={`${d.range.start.line}:${d.range.start.character}`}>{w.line(d.range.start.line + 1, d.message)}</li>)}
                {diagnostics.length > shown.length ? <li>{w.andMore(diagnostics.length - shown.length)}</li> : null}
            </ul>
        </details>
    );
}
