/** The languages the product speaks: its messages, hovers, completions and quick-fix titles. */
export const locales = ['en', 'nl'] as const;
export type Locale = typeof locales[number];

/**
 * The locale for a language tag as editors and shells write it: `nl`, `nl-NL`, `nl-BE`, `nl_NL.UTF-8`
 * are Dutch, `en`, `en-GB` English; undefined for any other language (or none), which a caller
 * then reads as English or as a mistake, as fits.
 */
export function knownLocale(tag: string | undefined): Locale | undefined {
    const language = tag?.trim().toLowerCase().split(/[-_.@]/)[0];
    return (locales as readonly string[]).includes(language ?? '') ? language as Locale : undefined;
}

/** Dutch for a Dutch tag; English for every other tag, and without one. */
export function localeOf(tag: string | undefined): Locale {
    return knownLocale(tag) ?? 'en';
}
