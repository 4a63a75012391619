import type { JSX } from 'preact';
import type { ChannelIcon } from '../model/map-model.js';

/**
 * Simple line icons, one per channel kind, drawn in a 24×24 box (stroke colour from the theme).
 * `x`, `y` is the top-left corner; `size` the drawn size.
 */
export function ChannelGlyph(props: { kind: ChannelIcon | undefined; x: number; y: number; size: number }): JSX.Element {
    const { kind, x, y, size } = props;
    const scale = size / 24;
    return (
        <g class="jm-icon" transform={`translate(${round(x)} ${round(y)}) scale(${round(scale, 3)})`} data-icon={kind ?? 'other'}>
            {glyph(kind ?? 'other')}
        </g>
    );
}

function glyph(kind: ChannelIcon): JSX.Element {
    switch (kind) {
        case 'web':
            return <g><circle cx="12" cy="12" r="9" /><ellipse cx="12" cy="12" rx="4" ry="9" /><path d="M3 12h18M4.5 7.5h15M4.5 16.5h15" /></g>;
        case 'app':
            return <g><rect x="6.5" y="2.5" width="11" height="19" rx="2.5" /><path d="M10.5 18.5h3" /></g>;
        case 'mail':
            return <g><rect x="3" y="5.5" width="18" height="13" rx="2" /><path d="M3.5 7l8.5 6.5L20.5 7" /></g>;
        case 'phone':
            return <path d="M6.5 3h3l1.8 4.6-2.3 1.6a12 12 0 0 0 5.8 5.8l1.6-2.3L21 14.5v3a2.5 2.5 0 0 1-2.7 2.5A16.5 16.5 0 0 1 4 5.7 2.5 2.5 0 0 1 6.5 3z" />;
        case 'chat':
            return <g><path d="M4 5h16v11H10l-5 4v-4H4z" /><path d="M8 10.5h.01M12 10.5h.01M16 10.5h.01" /></g>;
        case 'social':
            return <g><circle cx="6" cy="12" r="2.6" /><circle cx="18" cy="6" r="2.6" /><circle cx="18" cy="18" r="2.6" /><path d="M8.3 10.8l7.4-3.6M8.3 13.2l7.4 3.6" /></g>;
        case 'search':
            return <g><circle cx="10.5" cy="10.5" r="6" /><path d="M15 15l5.5 5.5" /></g>;
        case 'ad':
            return <g><path d="M4 9.5v5h3l8 4.5v-14l-8 4.5z" /><path d="M18 9a4 4 0 0 1 0 6M7 14.5l1.5 5" /></g>;
        case 'video':
            return <g><rect x="3" y="5" width="18" height="14" rx="2.5" /><path d="M10 9l5 3-5 3z" /></g>;
        case 'store':
            return <g><path d="M3.5 9.5l2-5.5h13l2 5.5" /><path d="M3.5 9.5h17a2.8 2.8 0 0 1-5.6 0 2.8 2.8 0 0 1-5.8 0 2.8 2.8 0 0 1-5.6 0" /><path d="M5 12v8.5h14V12M10 20.5v-5h4v5" /></g>;
        case 'print':
            return <g><path d="M6 2.5h8.5l4 4v15H6z" /><path d="M14.5 2.5v4h4M9 11h7M9 14.5h7M9 18h4" /></g>;
        case 'person':
            return <g><circle cx="12" cy="8" r="4" /><path d="M4.5 21a7.5 7.5 0 0 1 15 0" /></g>;
        case 'other':
            return <g><circle cx="12" cy="12" r="9" /><path d="M8 12h.01M12 12h.01M16 12h.01" /></g>;
    }
}

export function round(value: number, digits = 1): number {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}

/** A clock: a moment of the day that has no channel (a day in the life). */
export function ClockGlyph(props: { x: number; y: number; size: number }): JSX.Element {
    const { x, y, size } = props;
    return (
        <g class="jm-icon" transform={`translate(${round(x)} ${round(y)}) scale(${round(size / 24, 3)})`} data-icon="time">
            <circle cx="12" cy="12" r="9" /><path d="M12 7v5l3.5 2" />
        </g>
    );
}
