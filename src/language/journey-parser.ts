import { isAstNode, prepareLangiumParser, type AstNode, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { TokenType } from 'chevrotain';

/** One empty list for every empty list property of every node: frozen, so a push into it fails loudly. */
const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Langium's parser, with three changes.
 *
 * Its error recovery never pretends a missing `}` was there. When a line does not belong in a
 * block (`action "…"` in a stage), Chevrotain would otherwise close the block early (the line may
 * follow the block), and every line after it would then be out of place too: one mistake, many
 * reports. Without that insertion it skips the misplaced line and goes on with the block; a block
 * that really lacks its `}` (a new `stage` inside a stage) still ends there, by re-synchronising on
 * the next block's keyword.
 *
 * The lists of each parsed node are cut to their length. The parser fills a node's list properties
 * by `push`, which makes V8 reserve room for 17 elements; a touchpoint has a dozen lists, most of
 * them empty or holding one line. Cut to size (and the empty ones shared), a map of 1,000
 * touchpoints keeps 0.9 MiB less (of about 7.8), at a cost of about 1 ms per parse.
 *
 * It forgets the tokens of its last parse: Chevrotain keeps the token list until the next one,
 * 11,000 tokens (1.1 MiB) for a map of 1,000 touchpoints, 13 MiB for 10,000.
 */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = prepareLangiumParser(services);
    // The Chevrotain parser is private to Langium's parser; this hook is Chevrotain's documented
    // way to decide which tokens recovery may insert.
    const chevrotain = (parser as unknown as { wrapper: { canTokenTypeBeInsertedInRecovery(type: TokenType): boolean } }).wrapper;
    chevrotain.canTokenTypeBeInsertedInRecovery = type => type.name !== '}';
    parser.finalize();
    const parse = parser.parse.bind(parser);
    parser.parse = ((input, options) => {
        const result = parse(input, options);
        compactLists(result.value);
        forgetTokens(parser);
        return result;
    }) as LangiumParser['parse'];
    return parser;
}

/** Chevrotain's `input` setter resets the parser's state (a new error list; the result keeps its own). */
function forgetTokens(parser: LangiumParser): void {
    const wrapper = (parser as unknown as { wrapper?: { input: unknown[] } }).wrapper;
    if (wrapper && Array.isArray(wrapper.input)) wrapper.input = [];
}

function compactLists(node: AstNode): void {
    const properties = node as unknown as Record<string, unknown>;
    for (const key in properties) {
        if (key.startsWith('$')) continue;
        const value = properties[key];
        if (Array.isArray(value)) {
            if (value.length === 0) {
                properties[key] = EMPTY;
                continue;
            }
            const list = value.slice();
            properties[key] = list;
            for (const item of list) if (isAstNode(item) && item.$container === node) compactLists(item);
        } else if (isAstNode(value) && value.$container === node) {
            compactLists(value);
        }
    }
}

/**
 * A stand-in for a service that builds the real one at its first use. Langium's language server
 * creates every service before it answers `initialize`, and the parser, the completion parser and
 * the lexer take about 100 ms to build (most of it Chevrotain's grammar analysis): through this,
 * they are built by the first parse and the first completion instead.
 */
export function lazily<T extends object>(create: () => T): T {
    let target: T | undefined;
    const real = (): T => target ??= create();
    const bound = new Map<PropertyKey, unknown>();
    return new Proxy({} as T, {
        get(_, key) {
            // Langium's `eagerLoad` asks every service whether it is a container (a symbol); the answer is no.
            if (typeof key === 'symbol' && target === undefined) return undefined;
            const object = real();
            const value = Reflect.get(object, key, object);
            if (typeof value !== 'function') return value;
            let method = bound.get(key);
            if (method === undefined || (method as { original?: unknown }).original !== value) {
                method = Object.assign((value as (...args: unknown[]) => unknown).bind(object), { original: value });
                bound.set(key, method);
            }
            return method;
        },
        set: (_, key, value) => Reflect.set(real(), key, value),
        has: (_, key) => Reflect.has(real(), key),
        // Langium's container checks `instanceof Error` on every service it hands out: not built yet, it is a plain object.
        getPrototypeOf: () => target === undefined ? Object.prototype : Reflect.getPrototypeOf(target),
    });
}
