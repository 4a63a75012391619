/**
 * Every message of the checks (journey-validator.ts, journey-document-validator.ts), in one
 * place: each a function of its parameters, for the people who write maps, so that a
 * translation replaces this one catalogue. A name that is missing (a line still being typed)
 * never shows as "undefined": the messages then speak of "this touchpoint".
 */

import { emotionSource } from '../model/emotion.js';

/** "Touchpoint 'search'" or "This touchpoint". */
export function named(kind: string, name: string | undefined): string {
    return name ? `${capitalize(kind)} '${name}'` : `This ${kind}`;
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(count: number, one: string, many = `${one}s`): string {
    return `${count} ${count === 1 ? one : many}`;
}

export const validationMessages = {
    // Names
    unusedPersona: (name: string) =>
        `Persona '${name}' is not named by any journey.`,
    duplicateGlobalName: (kind: string, name: string, where: string) =>
        `A ${kind} named '${name}' is already defined (${where}).`,
    duplicateLocalName: (kind: string, name: string, journey: string | undefined) =>
        `Another ${kind} in ${journey ? `journey '${journey}'` : 'this journey'} is already named '${name}'.`,
    unresolvedReference: (kind: string, name: string) =>
        `No ${kind} named '${name}' in the workspace.`,
    unresolvedFinding: (name: string) =>
        `No pain or opportunity named '${name}' in this journey.`,
    onlyOnce: (keyword: string, block: string) =>
        `\`${keyword}\` may appear only once in ${block}; the first one counts.`,
    emotionOnlyOnce: () =>
        'This touchpoint already has an `emotion` line without a persona; the first one counts. For one persona, write emotion thierry -1.',
    emotionOnlyOncePerPersona: (persona: string) =>
        `This touchpoint already has an emotion for '${persona}'; the first one counts.`,

    // Map state and improvement
    stateConflict: () =>
        `A journey that improves another is a future-state map; remove 'state current' or 'improves'.`,
    improvesItself: (journey: string) =>
        `Journey '${journey}' cannot improve itself.`,
    improvesCycle: (cycle: readonly string[]) =>
        `'improves' forms a cycle: ${cycle.join(' → ')}.`,
    improvesFuture: (target: string) =>
        `'${target}' is a future-state map; a future map improves a current-state map.`,

    // Completeness
    emptyJourney: (journey: string | undefined) =>
        `${named('journey', journey)} has no stages.`,
    emptyStage: (stage: string | undefined) =>
        `${named('stage', stage)} has no touchpoints.`,
    missingChannel: (touchpoint: string | undefined) =>
        `${named('touchpoint', touchpoint)} has no channel.`,
    missingEmotion: (touchpoint: string | undefined) =>
        `${named('touchpoint', touchpoint)} says nothing about how the customer feels (emotion -2..+2).`,
    missingPersonaEmotion: (touchpoint: string | undefined, personas: readonly string[]) =>
        `${named('touchpoint', touchpoint)} says nothing about how ${personas.map(p => `'${p}'`).join(' and ')} feel${personas.length === 1 ? 's' : ''}: add emotion ${personas[0]} N, or an emotion line without a persona.`,
    missingEvidence: (touchpoint: string | undefined) =>
        `${named('touchpoint', touchpoint)} of a current-state map has no evidence.`,
    foreignPersona: (persona: string, journey: string | undefined) =>
        `Persona '${persona}' is not one of ${journey ? `journey '${journey}''s` : "this journey's"} personas.`,
    foreignEmotionPersona: (persona: string, touchpoint: string | undefined) =>
        `Persona '${persona}' is not one of the personas of ${touchpoint ? `touchpoint '${touchpoint}'` : 'this touchpoint'}, so it has no emotion here.`,
    unaddressedPain: (pain: string | undefined) =>
        `${pain ? `Pain '${pain}'` : 'This pain'} has severity high, but no opportunity and no action addresses it.`,

    // Values
    emotionRange: (value: number) =>
        `Emotion must be a whole number from -2 to +2, not ${emotionSource(value)}.`,
    percentRange: (value: number) =>
        `A percentage must lie between 0% and 100%, not ${value}%.`,
    metricRange: (label: string | undefined, digits: number | undefined) =>
        `The number of ${label ? `metric '${label}'` : 'this metric'} is too large to use${digits ? ` (${digits} digits)` : ''}; write a smaller number, for example in thousands or millions.`,
    invalidDate: (text: string) =>
        `'${text}' is not a real date in YYYY-MM-DD form (for example "2027-01-15").`,
    invalidDateSuggestion: (text: string, iso: string) =>
        `'${text}' is not a date in YYYY-MM-DD form: write "${iso}".`,
    invalidTime: (text: string) =>
        `'${text}' is not a time: write "07:30" or a range "07:30-09:00" (24 hours, two digits each).`,
    invalidLink: (link: string) =>
        `'${link}' is not a link the map can open: write a web address that starts with https:// or http://, or a path relative to this file (onderzoek/interviews.md).`,
    invalidReviewInterval: (value: number) =>
        `A review interval is a whole number of months, 1 or more, not ${value}: review every 3 months.`,

    // Review and actions
    staleReview: (months: number, reviewed: string, interval: number) =>
        `Last reviewed ${plural(months, 'month')} ago (${reviewed}); maps are due for review every ${plural(interval, 'month')}.`,
    unownedAction: (action: string | undefined) =>
        `${named('action', action)} has no owner: who makes it happen?`,
    undatedAction: (action: string | undefined) =>
        `${named('action', action)} has no due date.`,
    overdueAction: (action: string | undefined, days: number, due: string) =>
        `${named('action', action)} is ${plural(days, 'day')} overdue (due ${due}) and not done.`,

    // Checking itself
    validationStopped: (reason: string) =>
        `Checking this map stopped early (${reason}), so some reports may be missing. `
            + 'Splitting the map into smaller files may help; please report this problem.',
} as const;

/** Quick-fix titles (lsp/journey-code-actions.ts). */
export const quickFixTitles = {
    createDeclaration: (kind: string, name: string) => `Create ${kind} '${name}'`,
    changeEmotion: (value: number) => `Change emotion to ${emotionSource(value)}`,
    reviewedToday: (today: string) => `Mark as reviewed today (${today})`,
    addOpportunity: (pain: string | undefined) => `Add an opportunity for ${pain ? `'${pain}'` : 'this pain'}`,
    removeStateCurrent: () => `Remove 'state current'`,
    changeToFuture: () => `Change to 'state future'`,
    addOwner: (owner: string | undefined) => owner ? `Add owner "${owner}" (the map's owner)` : 'Add an owner line',
    addDueDate: (due: string, months: number) => `Add due date ${due} (in ${plural(months, 'month')})`,
    markDone: (action: string | undefined) => `Mark ${action ? `action '${action}'` : 'this action'} as done`,
    moveDueDate: (due: string) => `Move the due date to ${due}`,
    changeTime: (time: string) => `Change to "${time}"`,
    changeDate: (date: string) => `Change to "${date}"`,
    changeKeyword: (keyword: string) => `Change to \`${keyword}\``,
    addComma: () => 'Add the missing comma',
} as const;
