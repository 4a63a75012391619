import { isOneOf, mapStates, type MapState } from '../model/vocabulary.js';
import type { Journey } from './generated/ast.js';

/** `state` as written, else `future` when the journey improves another, else `current`. */
export function effectiveState(journey: Journey): MapState {
    const written = journey.states[0];
    if (isOneOf(mapStates, written)) {
        return written;
    }
    return journey.improves ? 'future' : 'current';
}
