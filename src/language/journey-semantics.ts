import type { Journey } from './generated/ast.js';

export type MapState = 'current' | 'future';

/** `state` as written, else `future` when the journey improves another, else `current`. */
export function effectiveState(journey: Journey): MapState {
    const written = journey.states[0];
    if (written === 'current' || written === 'future') {
        return written;
    }
    return journey.improves ? 'future' : 'current';
}

export type ActionStatus = 'open' | 'doing' | 'done';

export function effectiveStatus(statuses: readonly string[]): ActionStatus {
    const written = statuses[0];
    return written === 'doing' || written === 'done' ? written : 'open';
}

export const emotionMeaning: Record<string, string> = {
    '-2': 'very negative',
    '-1': 'negative',
    '0': 'neutral',
    '1': 'positive',
    '2': 'very positive',
};
