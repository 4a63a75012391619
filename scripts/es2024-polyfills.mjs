// Node 20 lacks Object.groupBy (ES2024), which Chevrotain 12+ (Langium 4.3+) calls while it
// builds a parser. Loaded with `node --import` for tools that run Langium outside our bundles.
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value(items, keyOf) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        }
    });
}
