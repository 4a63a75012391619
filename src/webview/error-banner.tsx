import type { DiagnosticModel } from '../model/map-model.js';

/** While the text does not parse, the last good map stays and this says why it is not updated. */
export function ErrorBanner({ diagnostics }: { diagnostics: DiagnosticModel[] }) {
    const shown = diagnostics.slice(0, 5);
    return (
        <div class="jm-banner" role="alert">
            <strong>The map has errors; showing the last map that parsed.</strong>
            <ul>
                {shown.map(d => <li key={`${d.range.start.line}:${d.range.start.character}`}>Line {d.range.start.line + 1}: {d.message}</li>)}
                {diagnostics.length > shown.length ? <li>and {diagnostics.length - shown.length} more</li> : null}
            </ul>
        </div>
    );
}
