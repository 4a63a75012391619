// Writes src/language/name-pattern.ts: the ID terminal of the grammar (a letter of any script or _,
// then letters, marks, digits or _), which is a Unicode regular expression, written as a plain one
// (UTF-16 code unit ranges) that Chevrotain's lexer can analyse and run fast. Run by hand when the ID
// terminal changes: `node scripts/name-pattern.mjs`. test/unit/grammar.test.ts checks that the file
// matches exactly what the grammar's terminal matches.
import { readFileSync, writeFileSync } from 'node:fs';

const grammar = readFileSync(new URL('../src/language/journey.langium', import.meta.url), 'utf8');
const terminal = /terminal ID:\s*\/(.+)\/u;/.exec(grammar);
if (!terminal) throw new Error('no Unicode ID terminal in journey.langium');
const shape = /^(\[(?:\\.|[^\]\\])+\])(\[(?:\\.|[^\]\\])+\])\*$/.exec(terminal[1]);
if (!shape) throw new Error(`the ID terminal is not of the form [first][rest]*: ${terminal[1]}`);

/** Unicode assigns no letter, mark or digit beyond plane 3. */
const LAST = 0x3ffff;

function ranges(unicodeClass) {
    const single = new RegExp(`^${unicodeClass}$`, 'u');
    const found = [];
    let start = -1;
    for (let cp = 0; cp <= LAST + 1; cp++) {
        const inClass = cp <= LAST && !(cp >= 0xd800 && cp <= 0xdfff) && single.test(String.fromCodePoint(cp));
        // A run ends at the surrogate gap and at the end of the Basic Multilingual Plane.
        if (start >= 0 && (!inClass || cp === 0x10000)) {
            found.push([start, cp - 1]);
            start = -1;
        }
        if (inClass && start < 0) start = cp;
    }
    return found;
}

const unit = code => `\\u${code.toString(16).padStart(4, '0')}`;
const unitRange = ([start, end]) => (start === end ? unit(start) : `${unit(start)}-${unit(end)}`);

function codeUnitClass(unicodeClass) {
    const all = ranges(unicodeClass);
    const bmp = all.filter(([start]) => start <= 0xffff);
    const astral = new Map();
    for (const [start, end] of all.filter(([start]) => start > 0xffff)) {
        for (let cp = start; cp <= end;) {
            const high = 0xd800 + ((cp - 0x10000) >> 10);
            const blockEnd = Math.min(end, 0x10000 + ((high - 0xd800 + 1) << 10) - 1);
            const lows = astral.get(high) ?? [];
            lows.push([0xdc00 + ((cp - 0x10000) & 0x3ff), 0xdc00 + ((blockEnd - 0x10000) & 0x3ff)]);
            astral.set(high, lows);
            cp = blockEnd + 1;
        }
    }
    // ASCII first: most names are plain words, and a small class is the quickest test.
    const ascii = bmp.filter(([start]) => start <= 0x7f).map(([start, end]) => [start, Math.min(end, 0x7f)]);
    const beyond = bmp.filter(([, end]) => end > 0x7f).map(([start, end]) => [Math.max(start, 0x80), end]);
    const alternatives = [`[${ascii.map(unitRange).join('')}]`, `[${beyond.map(unitRange).join('')}]`];
    // The surrogate pairs only where a high surrogate stands: trying each after every name costs more than the rest.
    const pairs = [...astral].map(([high, lows]) => `${unit(high)}[${lows.map(unitRange).join('')}]`);
    if (pairs.length > 0) alternatives.push(`(?=[\\ud800-\\udbff])(?:${pairs.join('|')})`);
    return `(?:${alternatives.join('|')})`;
}

const source = `${codeUnitClass(shape[1])}${codeUnitClass(shape[2])}*`;

/** The UTF-16 code units a name may start with: the first class's BMP characters, and the high surrogates of its others. */
function startUnits(unicodeClass) {
    const units = [];
    for (const [start, end] of ranges(unicodeClass)) {
        if (start <= 0xffff) units.push([start, end]);
        else units.push([0xd800 + ((start - 0x10000) >> 10), 0xd800 + ((end - 0x10000) >> 10)]);
    }
    units.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const [start, end] of units) {
        const last = merged[merged.length - 1];
        if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
        else merged.push([start, end]);
    }
    return merged;
}
const starts = startUnits(shape[1]);
const file = `// Written by scripts/name-pattern.mjs from the ID terminal of journey.langium: do not edit.
// Unicode ${process.versions.unicode}; test/unit/grammar.test.ts checks it against the terminal.

/** The grammar's \`/${terminal[1].replace(/\*/g, '*\\')}/u\` (an ID) as a regular expression without the \`u\` flag. */
export const namePattern = /${source}/;

/** The UTF-16 code units a name may start with, as ranges (for the lexer's first-character optimisation). */
export const nameStartUnits: ReadonlyArray<readonly [number, number]> = ${JSON.stringify(starts)};
`;
writeFileSync(new URL('../src/language/name-pattern.ts', import.meta.url), file);
console.log(`src/language/name-pattern.ts: ${source.length} characters`);
