import type { MapState } from '../model/vocabulary.js';
import type { Journey } from './generated/ast.js';

/** `state` as written, else `future` when the journey improves another, else `current`. */
export function effectiveState(journey: Journey): MapState {
    const written = journey.states[0];
    if (written === 'current' || written === 'future') {
        return written;
    }
    return journey.improves ? 'future' : 'current';
}
