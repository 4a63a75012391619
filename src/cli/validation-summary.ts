import type { SeverityName } from '../model/map-model.js';
import { cliText } from './i18n/index.js';

/**
 * The line `journey validate` ends with, for the person who ran it: how many files were checked
 * and what was found ("3 files, 0 errors, 2 warnings"). Hints are counted only when there are
 * some, and said to be suggestions, so that nobody reads them as things that are wrong. Langium's
 * `info` severity, which no check of ours uses, counts as a hint.
 */
export function validationSummary(files: number, reports: ReadonlyArray<{ severity: SeverityName }>): string {
    const errors = reports.filter(r => r.severity === 'error').length;
    const warnings = reports.filter(r => r.severity === 'warning').length;
    const hints = reports.length - errors - warnings;
    return cliText().summary(files, errors, warnings, hints);
}
