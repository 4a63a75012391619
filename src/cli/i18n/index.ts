import { knownLocale, localeOf, type Locale } from '../../language/i18n/locale.js';
import { cliEn, type CliMessages } from './en.js';
import { cliNl } from './nl.js';

const catalogues: Readonly<Record<Locale, CliMessages>> = { en: cliEn, nl: cliNl };

/** The language of this run: one run of the command speaks one language, chosen before it does anything. */
let current: Locale = 'en';

export function cliLocale(): Locale {
    return current;
}

export function setCliLocale(locale: Locale): void {
    current = locale;
}

/** The command line's words in this run's language. */
export function cliText(): CliMessages {
    return catalogues[current];
}

/** The language the environment asks for: LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them. */
export function environmentLocale(env: NodeJS.ProcessEnv): Locale {
    return localeOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/**
 * `--lang nl` or `--lang=nl`, wherever it stands before `--`, taken out of the arguments so that
 * every command accepts it. `value` is what was given (undefined without the option), `locale`
 * what it names: undefined for a language we do not speak.
 */
export function takeLanguageOption(argv: readonly string[]): { given: boolean; value?: string; locale?: Locale; rest: string[] } {
    const rest: string[] = [];
    let value: string | undefined;
    let given = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            rest.push(...argv.slice(i));
            break;
        }
        if (arg === '--lang') {
            given = true;
            value = argv[++i] ?? '';
        } else if (arg.startsWith('--lang=')) {
            given = true;
            value = arg.slice('--lang='.length);
        } else {
            rest.push(arg);
        }
    }
    return { given, value, locale: given ? knownLocale(value) : undefined, rest };
}
