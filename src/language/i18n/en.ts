/**
 * Every word the language server says in English: the reports of the checks and of text that does
 * not follow the grammar, quick-fix titles, hovers, completion details and documentation, the code
 * lens and rename's refusals. Each message is a function of its parameters, for the people who
 * write maps: what is wrong, what may stand there, what to write instead. nl.ts says the same in
 * Dutch and must have every key this one has (a compile error otherwise; test/unit/i18n.test.ts
 * checks it too).
 *
 * A name that is missing (a line still being typed) never shows as "undefined": the messages then
 * speak of "this touchpoint". Keywords and examples stay in the language's own (English) words.
 */
import { emotionSource, signed } from '../../model/emotion.js';
import type { ActionStatus, Level, MapLanguage, MapState, MapType } from '../../model/vocabulary.js';
import type { BlockRule } from '../syntax/grammar-lines.js';
import type { Kind } from './kinds.js';
import { codePoint, listOf as joinList, mostSpecificFirst, visibleCharacter } from './phrasing.js';

/** "Touchpoint 'search'" or "This touchpoint". */
function named(kind: Kind, name: string | undefined): string {
    return name ? `${capitalize(kind)} '${name}'` : `This ${kind}`;
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(count: number, one: string, many = `${one}s`): string {
    return `${count} ${count === 1 ? one : many}`;
}

/** `a, b and c` */
const listOf = (items: readonly string[], conjunction = 'and') => joinList(items, conjunction);

const quoted = (word: string) => `\`${word}\``;

/** A character as the reader sees it, or its code when it is invisible. */
function showCharacter(char: string): string {
    return visibleCharacter(char) ?? `an invisible character (${codePoint(char)})`;
}

/** How a block is called in a sentence. */
const blockNames: Record<BlockRule, string> = {
    Model: 'the top level of a file',
    Persona: 'a persona',
    Journey: 'a journey',
    Stage: 'a stage',
    Touchpoint: 'a touchpoint',
    Action: 'an action',
};

/** What a keyword means in a block, where one keyword means different things in different blocks. */
const lineGlosses: Record<string, Partial<Record<BlockRule, string>>> = {
    action: { Touchpoint: 'what the customer does', Journey: 'an improvement action' },
    persona: { Model: 'to declare a persona', Journey: 'the personas of the map', Touchpoint: 'the personas of one touchpoint' },
    channel: { Model: 'to declare a channel', Touchpoint: 'the channel of the touchpoint' },
};

const emotionMeaning: Readonly<Record<string, string>> = {
    '-2': 'very negative',
    '-1': 'negative',
    '0': 'neutral',
    '1': 'positive',
    '2': 'very positive',
};

export const en = {
    validation: {
        // Names
        unusedPersona: (name: string) =>
            `Persona '${name}' is not named by any journey.`,
        duplicateGlobalName: (kind: Kind, name: string, where: string) =>
            `A ${kind} named '${name}' is already defined (${where}).`,
        duplicateLocalName: (kind: Kind, name: string, journey: string | undefined) =>
            `Another ${kind} in ${journey ? `journey '${journey}'` : 'this journey'} is already named '${name}'.`,
        unresolvedReference: (kind: Kind, name: string) =>
            `No ${kind} named '${name}' in the workspace.`,
        unresolvedFinding: (name: string) =>
            `No pain or opportunity named '${name}' in this journey.`,
        onlyOnce: (keyword: string, block: BlockRule) =>
            `\`${keyword}\` may appear only once in ${blockNames[block]}; the first one counts.`,
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
    },

    /** Quick-fix titles (lsp/journey-code-actions.ts). */
    quickFix: {
        createDeclaration: (kind: Kind, name: string) => `Create ${kind} '${name}'`,
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
    },

    /** Text that does not follow the grammar (syntax/describe-syntax-error.ts, syntax/parser-messages.ts). */
    syntax: {
        /** "A stage holds goal, time, metric, touchpoint, pain and opportunity lines." */
        holds: (block: BlockRule, lines: readonly string[]) => {
            if (block === 'Model') {
                return `A file holds ${listOf(lines.map(quoted))} declarations.`;
            }
            return `${capitalize(blockNames[block])} holds ${listOf(lines.map(quoted))} lines.`;
        },
        /** "in a touchpoint (what the customer does) or in a journey (an improvement action)", the most specific place first. */
        belongsIn: (keyword: string, blocks: readonly BlockRule[]) => {
            const places = mostSpecificFirst(blocks).map(block => {
                const place = block === 'Model' ? 'at the top level of a file' : `in ${blockNames[block]}`;
                const gloss = lineGlosses[keyword]?.[block];
                return gloss ? `${place} (${gloss})` : place;
            });
            return listOf(places, 'or');
        },
        /** "stage 'orientation'", or "this stage" when the block has no name (yet). */
        owner: (block: BlockRule, name: string | undefined) => {
            const kind = block.toLowerCase();
            return name ? `${kind} '${name}'` : `this ${kind}`;
        },

        // ---- Characters (the lexer) ----
        unclosedString: () =>
            'This text has no closing quote on its line: end it with ". A text cannot run over several lines; write \\n where a new line should start.',
        openingQuoteMissing: () =>
            'This text has no opening quote: start it with " too, "like this".',
        typographicQuote: () =>
            'Typographic quotes such as “ ” and „ do not mark text: put text between straight double quotes, "like this".',
        singleQuote: () =>
            `Text goes between double quotes, "like this", not single quotes.`,
        hyphenInName: () =>
            `'-' cannot be part of a name. A name is one word of letters, digits and _ (write oriëntatie_fase, not oriëntatie-fase); put display text in double quotes.`,
        timeWithoutQuotes: () =>
            `A time is written in double quotes: time "07:30" or time "07:30-09:00".`,
        linkWithoutQuotes: () =>
            `A link is written in double quotes: evidence "Source" link "https://example.com/report".`,
        invisibleCharacter: (char: string) =>
            `There is ${showCharacter(char)} here, probably copied along with other text: delete it.`,
        characterInName: (char: string) =>
            `${showCharacter(char)} cannot be part of a name or stand outside quotes. A name is one word of letters, digits and _ (for example oriëntatie or stap_2); put any other text in double quotes.`,

        // ---- Lines that do not fit where they stand ----
        lineNotHere: (keyword: string, block: BlockRule, holdsText: string, belongs: string) =>
            `${quoted(keyword)} cannot stand in ${blockNames[block]}. ${holdsText} ${quoted(keyword)} belongs ${belongs}.`,
        orBraceMissing: (owner: string) =>
            `Or is the \`}\` that closes ${owner} missing before it?`,
        blockNotClosed: (keyword: string, owner: string) =>
            `${quoted(keyword)} cannot stand inside ${owner}: is the \`}\` that closes ${owner} missing before it?`,
        notAKeyword: (word: string, holdsText: string) =>
            `${quoted(word)} is not a keyword. ${holdsText}`,
        didYouMean: (word: string, keyword: string, holdsText: string) =>
            `${quoted(word)} is not a keyword: did you mean ${quoted(keyword)}? ${holdsText}`,
        didYouMeanElsewhere: (word: string, keyword: string, belongs: string) =>
            `${quoted(word)} is not a keyword: did you mean ${quoted(keyword)}? It belongs ${belongs}.`,
        lowerCase: (word: string, keyword: string) =>
            `Keywords are written in lower case: write ${quoted(keyword)}, not ${quoted(word)}.`,
        dutchKeyword: (word: string, keyword: string) =>
            `The keywords are English: write ${quoted(keyword)} for ${quoted(word)}.`,
        missingComma: (keyword: string, previous: string, word: string) =>
            `Put a comma between the names after ${quoted(keyword)}: ${keyword} ${previous}, ${word}.`,
        textWithoutKeyword: (holdsText: string) =>
            `This text in quotes belongs to no line: start the line with a keyword. ${holdsText}`,
        numberWithoutKeyword: (holdsText: string) =>
            `This number belongs to no line: start the line with a keyword. ${holdsText}`,
        valueWithoutKeyword: (word: string, holdsText: string) =>
            `${quoted(word)} cannot start a line. ${holdsText}`,
        customerActionInJourney: () =>
            'In a journey, `action` starts an improvement action with a name: action write_guide "Write the comparison guide" { owner "..." }. What the customer does is an `action` line in a touchpoint.',

        // ---- Names and texts ----
        nameWithSpace: (keyword: string, first: string, second: string) =>
            `A name is one word: write ${first}_${second} (letters, digits and _), then the display text in quotes: ${keyword} ${first}_${second} "…".`,
        missingName: (keyword: string, name: string, title: string) =>
            `${quoted(keyword)} needs a name (one word of letters, digits and _) before its display text: ${keyword} ${name} ${title}.`,
        missingTitle: (keyword: string, name: string) =>
            `\`${keyword} ${name}\` needs its display text in double quotes after the name: ${keyword} ${name} "Display text".`,
        missingNameAndTitle: (keyword: string) =>
            `\`${keyword}\` needs a name (one word) and a display text in double quotes: ${keyword} name "Display text" {.`,
        referenceNotText: (keyword: string) =>
            `After ${quoted(keyword)} comes a name, not text in quotes: the name written after \`${keyword}\` where it is declared.`,
        nameExpected: (keyword: string) =>
            `After ${quoted(keyword)} comes a name: one word of letters, digits and _.`,
        nameStartsWithDigit: () =>
            'A name starts with a letter or _, not a digit: write stap_1 or _1.',
        textExpected: (keyword: string) =>
            `${quoted(keyword)} needs its text in double quotes: ${keyword} "…".`,
        dateWithoutQuotes: (keyword: string) =>
            `A date is written in double quotes, in the form YYYY-MM-DD: ${keyword} "2027-01-15".`,
        metricName: () =>
            'A metric has a name in double quotes, then a number: metric "Visitors" 12000 or metric "Conversion" 2,5%.',
        painText: (keyword: string) =>
            `A ${keyword} has an optional name (one word), then its text in double quotes: ${keyword} hidden_costs "Costs appear only at checkout".`,

        // ---- Numbers and values ----
        emotionNumber: () =>
            'An emotion is a number from -2 (very negative) to +2 (very positive), with a word in quotes after it if you like: emotion -1 "unsure". For one persona: emotion thierry -1.',
        metricNumber: () =>
            'A metric needs a number after its name: metric "Visitors" 12000, or a percentage: metric "Conversion" 2,5%.',
        reviewInterval: () =>
            'Write the review interval as review every 3 months (a whole number of months).',
        valueExpected: (keyword: string, values: readonly string[]) =>
            `After ${quoted(keyword)} comes one of ${listOf(values.map(quoted), 'or')}.`,
        valueNotKnown: (keyword: string, written: string, values: readonly string[]) =>
            `${quoted(written)} is not a value of ${quoted(keyword)}: write ${listOf(values.map(quoted), 'or')}.`,

        // ---- Braces and the end of the file ----
        openingBraceMissing: (keyword: string, name: string) =>
            `A \`{\` is missing after ${keyword} ${name} "…": the lines of ${keyword === 'journey' ? 'a journey' : `a ${keyword}`} go between { and }.`,
        closingBraceMissingAtEnd: (owner: string) =>
            `The file ends before ${owner} is closed: add \`}\` at its end.`,
        braceTooMany: () =>
            'There is one `}` too many here, or a `{` is missing above it.',
        endOfFile: () =>
            'The file ends in the middle of a line: finish the line.',
        unexpected: (found: string, holdsText: string) =>
            `${found} does not fit here. ${holdsText}`,
    },

    /** The words of the emotion scale, -2..+2, keyed by the value as text. */
    emotionMeaning,

    /** Hovers (lsp/journey-hover.ts). Arguments in `code` are Markdown already (names as code, text escaped). */
    hover: {
        /** What each value of a map's `type` and `language` line means. */
        valueMeanings: {
            MapType: {
                'customer-journey': '**Customer journey map**: the stages a customer goes through, and the touchpoints with the company.',
                'day-in-the-life': '**Day in the life**: the persona\'s whole day, not only the moments with the company. Stages are parts of the day; a moment needs no channel; `time` shows when.',
                'service-blueprint': '**Service blueprint**: drawn with every lane, empty or not: physical evidence (`prop`), customer actions, `frontstage`, `backstage`, `support`, and the lines of interaction, visibility and internal interaction.',
            },
            MapLanguage: {
                en: '**English**: the drawing\'s own words (lanes, badges, the comparison, dates and numbers) are in English.',
                nl: '**Dutch**: the drawing\'s own words (lanes, badges, the comparison, dates and numbers: `1,5`, `15 okt. 2026`) are in Dutch.',
            },
        } as Record<string, Record<string, string>>,
        reviewIntervalHelp: () => '**Review interval**: a whole number of months, 1 or more: `review every 3 months`.',
        reviewInterval: (months: number, setting: number) =>
            `**Review interval**: this map is due for review every ${plural(months, 'month')} (instead of the setting's ${setting}).`,
        notReviewedYet: () => 'No `reviewed` date yet.',
        reviewedAndDue: (reviewed: string, due: string) => `Last reviewed ${reviewed}; next review due ${due}.`,
        /** "+1 — positive" */
        emotionValue: (value: number) => {
            const meaning = emotionMeaning[String(value)];
            return meaning ? `${signed(value)} — ${meaning}` : `${signed(value)} — outside the scale (a whole number from -2 to +2)`;
        },
        /** A mean of several personas' emotions. */
        emotionMean: (value: number) => `${signed(value)} (the mean of its personas)`,
        emotionMissing: () => 'a number from -2 to +2 goes here',
        emotionHeading: (whose: string | undefined) => `**Emotion${whose ? ` of ${whose}` : ''}**`,
        scale: (steps: string) => `Scale: ${steps}`,
        persona: (title: string, code: string) => `**Persona** ${title} (${code})`,
        goals: () => 'Goals',
        needs: () => 'Needs',
        frustrations: () => 'Frustrations',
        channel: (title: string, code: string) => `**Channel** ${title} (${code})`,
        icon: (code: string) => `Icon: ${code}`,
        touchpoint: (title: string, code: string) => `**Touchpoint** ${title} (${code})`,
        improvesMissing: (code: string) => `Improves ${code}, which is not found.`,
        newInFuture: (touchpoint: string, current: string) => `New in this future map: no touchpoint ${touchpoint} in current map ${current}.`,
        currentState: (current: string) => `**Current state** (${current})`,
        stage: (title: string, code: string, moved: boolean) => `- Stage: ${title} (${code})${moved ? ' (moved)' : ''}`,
        name: (title: string) => `- Name: ${title}`,
        action: (text: string) => `- Action: ${text}`,
        emotion: (described: string | undefined) => `- Emotion: ${described ?? 'none'}`,
        emotionDelta: (delta: string, before: string, after: string) => `**Emotion delta:** ${delta} (${before} → ${after})`,
        /** A signed number as this language writes it (+1.5). */
        signed: (value: number) => signed(value),
    },

    /** Completion (lsp/journey-completion.ts). */
    completion: {
        /** Details of the keywords that are values, by grammar rule and keyword. */
        valueDetails: {
            Level: { low: 'low', medium: 'medium', high: 'high' } satisfies Record<Level, string>,
            MapState: { current: 'current state: mapped from evidence', future: 'future state: a design' } satisfies Record<MapState, string>,
            MapType: {
                'customer-journey': 'a customer journey map (default)',
                'day-in-the-life': 'the persona\'s whole day, not only the moments with the company',
                'service-blueprint': 'with every blueprint lane: physical evidence, customer, frontstage, backstage, support',
            } satisfies Record<MapType, string>,
            MapLanguage: { en: 'English drawings (default)', nl: 'Dutch drawings: lanes, badges, dates and numbers in Dutch' } satisfies Record<MapLanguage, string>,
            ActionStatus: { open: 'not started (default)', doing: 'in progress', done: 'finished' } satisfies Record<ActionStatus, string>,
            IconKind: {},
        } as Record<string, Record<string, string>>,
        /** The detail of a keyword. */
        keyword: () => 'Keyword',
        channelIcon: () => 'channel icon',
        /** The words snippets put in the text for the writer to replace. */
        placeholders: {
            name: 'name', displayName: 'Display name', title: 'Title', persona: 'persona', stage: 'stage', stageTitle: 'Stage',
            touchpoint: 'touchpoint', touchpointTitle: 'Touchpoint', channel: 'channel', pain: 'pain', source: 'Source',
        },
        newPersona: () => 'New persona',
        newChannel: () => 'New channel',
        newJourney: () => 'New journey map',
        newStage: () => 'New stage',
        newTouchpoint: () => 'New touchpoint',
        newAction: () => 'New action',
        reviewInterval: () => 'This map\'s review interval',
        evidenceWithLink: () => 'A source with a link',
        webAddress: () => 'a web address',
        relativeFile: () => 'a file, relative to this map',
        timeOfDay: () => 'a time of day',
        timeRange: () => 'from … to …',
        today: () => 'today',
        stageTemplate: (label: string) => `stages: ${label}`,
        stageTemplateDescription: {
            'nl-5': 'Five phases of the customer journey (Dutch)',
            'en-5': 'Five phases of the customer journey (English)',
            'see-think-do-care': 'See-Think-Do-Care, with advocacy',
            'nl-10': 'Ten phases, from latent need to ambassador (Dutch)',
        } as Record<string, string>,
        stageCount: (count: number) => plural(count, 'stage'),
        fromMap: (map: string) => `from ${map}`,
        missingStage: (stage: string, title: string, current: string, touchpoints: number) =>
            `Stage ${stage} "${title}" of the current map ${current}, with ${touchpoints} touchpoint(s) this map does not have yet.`,
        missingTouchpoint: (touchpoint: string, title: string, stage: string, current: string) =>
            `Touchpoint ${touchpoint} "${title}" of stage ${stage} in the current map ${current}.`,
        /** The bold kind in a reference's documentation, and its detail when it has no display text. */
        kind: (kind: Kind) => capitalize(kind),
        locatedIn: (where: string, file: string) => `In ${where}, ${file}`,
        definedIn: (file: string) => `Defined in ${file}`,
        painInTouchpoint: (touchpoint: string, stage: string) => `touchpoint ${touchpoint} of stage ${stage}`,
        painInStage: (stage: string) => `stage ${stage}`,
    },

    codeLens: {
        openPreview: () => 'Open preview',
    },

    /** Rename's refusals (lsp/journey-rename.ts), shown where the new name was typed. */
    rename: {
        namesNothing: (name: string) => `'${name}' names nothing that exists, so there is nothing to rename.`,
        notAName: () => 'Only a name can be renamed: put the cursor on the name of a persona, channel, journey, stage, touchpoint, pain, opportunity or action.',
        keyword: (name: string) => `'${name}' is a word of the language and cannot be a name.`,
        empty: () => 'A name cannot be empty.',
        invalid: (name: string) => `'${name}' cannot be a name: a name starts with a letter or _ and holds only letters, digits and _ (no spaces or other signs).`,
        takenInJourney: (kind: Kind, name: string, where: string) => `A ${kind} named '${name}' already exists in this journey (${where}).`,
        taken: (kind: Kind, name: string, where: string) => `A ${kind} named '${name}' already exists (${where}).`,
    },
};

/** The shape every language's catalogue has: nl.ts is typed with it, so a missing key does not compile. */
export type Messages = typeof en;
