// Node 20 (our CLI's floor) lacks Object.groupBy (ES2024), which Chevrotain 13 (Langium 4.4)
// calls when it builds the parser. Imported first by the language module, so every host has it.
// scripts/es2024-polyfills.mjs is the same fix for Langium's own CLI at build time.
if (typeof (Object as { groupBy?: unknown }).groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value<T>(items: Iterable<T>, keyOf: (item: T, index: number) => PropertyKey) {
            const groups: Record<PropertyKey, T[]> = Object.create(null);
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        },
    });
}
export {};
