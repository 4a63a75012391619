/** The kinds of named things a message speaks of (each language has its own word for each). */
export const kinds = ['persona', 'channel', 'journey', 'stage', 'touchpoint', 'pain', 'opportunity', 'action', 'element'] as const;
export type Kind = typeof kinds[number];

/** The kind of an AST node type or index entry (`Touchpoint` → `touchpoint`); `element` for any other. */
export function kindOf(type: string | undefined): Kind {
    const kind = type?.toLowerCase();
    return (kinds as readonly string[]).includes(kind ?? '') ? kind as Kind : 'element';
}
