/**
 * Every message about text that does not follow the grammar, in one place: plain words for the
 * people who write maps (what is wrong, what may stand there, what to write instead). Each
 * message is a function of its parameters, so that a translation replaces this one catalogue.
 * Keywords and examples stay in the language's own (English) words.
 */
import type { BlockRule } from './grammar-lines.js';

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

const quoted = (word: string) => `\`${word}\``;

/** `a, b and c` */
export function listOf(items: readonly string[], conjunction = 'and'): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** A character as the reader sees it, or its code when it is invisible. */
export function showCharacter(char: string): string {
    const code = char.codePointAt(0) ?? 0;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return /[\p{L}\p{N}\p{P}\p{S}]/u.test(char) ? `'${char}'` : `an invisible character (${hex})`;
}

export function blockName(block: BlockRule): string {
    return blockNames[block];
}

/** "A stage holds goal, time, metric, touchpoint, pain and opportunity lines." */
export function holds(block: BlockRule, lines: readonly string[]): string {
    if (block === 'Model') {
        return `A file holds ${listOf(lines.map(quoted))} declarations.`;
    }
    const article = blockNames[block];
    return `${article.charAt(0).toUpperCase()}${article.slice(1)} holds ${listOf(lines.map(quoted))} lines.`;
}

/** "in a touchpoint (what the customer does) or in a journey (an improvement action)" */
export function belongsIn(keyword: string, blocks: readonly BlockRule[]): string {
    // The most specific place first: "in a touchpoint (what the customer does) or in a journey (...)".
    const order: readonly BlockRule[] = ['Touchpoint', 'Stage', 'Action', 'Persona', 'Journey', 'Model'];
    const places = [...blocks].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map(block => {
        const place = block === 'Model' ? 'at the top level of a file' : `in ${blockNames[block]}`;
        const gloss = lineGlosses[keyword]?.[block];
        return gloss ? `${place} (${gloss})` : place;
    });
    return listOf(places, 'or');
}

export const syntaxMessages = {
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
} as const;
