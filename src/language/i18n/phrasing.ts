/**
 * What every language's catalogue does alike when it builds a sentence: a list with its last
 * conjunction, how a character that cannot be seen is named, and in which order the places a line
 * may stand are listed.
 */
import type { BlockRule } from '../syntax/grammar-lines.js';

/** `a, b and c` (`and` in the catalogue's language). */
export function listOf(items: readonly string[], conjunction: string): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** A character as the reader sees it between quotes, or undefined when it is invisible (then see `codePoint`). */
export function visibleCharacter(char: string): string | undefined {
    return /[\p{L}\p{N}\p{P}\p{S}]/u.test(char) ? `'${char}'` : undefined;
}

/** `U+200B` */
export function codePoint(char: string): string {
    return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The places a line may stand, the most specific first: "in a touchpoint … or in a journey …". */
export function mostSpecificFirst(blocks: readonly BlockRule[]): BlockRule[] {
    const order: readonly BlockRule[] = ['Touchpoint', 'Stage', 'Action', 'Persona', 'Journey', 'Model'];
    return [...blocks].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
