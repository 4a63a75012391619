import { en, type Messages } from './en.js';
import type { Locale } from './locale.js';
import { nl } from './nl.js';

export const catalogues: Readonly<Record<Locale, Messages>> = { en, nl };

/**
 * The language the server speaks. Reports are worded when a document is checked and then kept
 * with it, so the locale is set before the first build (from the client's `initialize`, or by the
 * CLI and the tests) and is not meant to change while documents are loaded: a new display
 * language restarts VS Code's extension host, and with it the server.
 */
export class Localization {
    locale: Locale = 'en';

    get messages(): Messages {
        return catalogues[this.locale];
    }
}
