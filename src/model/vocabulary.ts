/**
 * The small vocabulary every part shares (language, model, renderer, CLI, extension): the
 * values a map's lines may take, defined once. The grammar spells the same words; a test keeps
 * the two in step.
 */

export const mapStates = ['current', 'future'] as const;
export type MapState = typeof mapStates[number];

/** What a map shows (version 2): independent of its state. */
export const mapTypes = ['customer-journey', 'day-in-the-life', 'service-blueprint'] as const;
export type MapType = typeof mapTypes[number];

/** The language of what a drawing adds around the author's text (version 2). */
export const mapLanguages = ['en', 'nl'] as const;
export type MapLanguage = typeof mapLanguages[number];

export const levels = ['low', 'medium', 'high'] as const;
export type Level = typeof levels[number];

export const actionStatuses = ['open', 'doing', 'done'] as const;
export type ActionStatus = typeof actionStatuses[number];

export const channelIcons = [
    'web', 'app', 'mail', 'phone', 'chat', 'social', 'search', 'ad', 'video', 'store', 'print', 'person', 'other',
] as const;
export type ChannelIcon = typeof channelIcons[number];

/**
 * How a preview or an export shows a future map that improves a current map: each stage split
 * into before | after (`side-by-side`), the whole current map above the whole future map with
 * matched stages in the same columns (`stacked`, the as-is/to-be slide), the future map with the
 * current one laid over it (`overlay`), one map alone (`single`), or in every lane the current
 * row right above the future row (`paired`: before and after of a stage on one screen).
 */
export const viewModes = ['side-by-side', 'stacked', 'overlay', 'single', 'paired'] as const;
export type ViewMode = typeof viewModes[number];

/** The status an action has when its block says none. */
export function effectiveStatus(statuses: readonly string[]): ActionStatus {
    const written = statuses[0];
    return (actionStatuses as readonly string[]).includes(written ?? '') ? written as ActionStatus : 'open';
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
    return typeof value === 'string' && (values as readonly string[]).includes(value);
}
