/**
 * Telling a Dutch message from an English one, for the tests of the catalogues: what a message
 * quotes is left out (keywords and example lines between backquotes, names between single quotes,
 * map text between double quotes, options such as --today, file names such as map.journey), and what is left must hold none of
 * the words that give an English sentence away (none of them is a Dutch word).
 */
import assert from 'node:assert/strict';

const english = /\b(the|is not|must|should|cannot|has no|does|this|that|these|with|and|or|for|from|only|here|there|write|add|change|remove|create|mark|move|missing|needs|holds|belongs|comes|keywords?|name|text|lines?|file|files|folder|quotes|number|date|touchpoints?|stages?|journeys?|channels?|pains?|opportunit(?:y|ies)|actions?|evidence|emotions?|owner|due|reviewed|current|future|state|preview|goals|frustrations|scale|none|moved|delta|defined|today|new|icon|show|help|usage|options?|command|given|unknown|error|errors|warnings?|hints?|forms|cycle|neutral|positive|negative|very|low|high|started|progress|finished|default|title|source|address|time|required|use|permission|denied|exceeded|outside|clamped|section|accessible)\b/i;

/** The words of a message that are ours: without what it quotes from the map, the language or the command line. */
export function ownWords(message: string): string {
    return message
        .replace(/`[^`]*`/g, ' ')
        .replace(/"[^"\n]*"/g, ' ')
        .replace(/(?<!\p{L})'[^'\n]*?'(?!\p{L})/gu, ' ')
        .replace(/(?<![\w-])--?[a-z][\w-]*/g, ' ')
        .replace(/[^\s(]*\.journey\b/g, ' ');
}

export function assertDutch(text: string, where: string): void {
    const found = english.exec(ownWords(text));
    assert.equal(found, null, `English "${found?.[0]}" in ${where}: ${text}`);
}

/** A sample argument for a message's parameter, by the parameter's name. */
function sample(parameter: string): unknown {
    if (/^(kind)$/.test(parameter)) return 'stage';
    if (/^(block)$/.test(parameter)) return 'Stage';
    if (/^(blocks)$/.test(parameter)) return ['Touchpoint', 'Journey'];
    if (/^(lines)$/.test(parameter)) return ['goal', 'time'];
    if (/^(values|cycle|personas|commands|formats|views|named)$/.test(parameter)) return ['aa', 'bb'];
    if (/^(moved|drawing)$/.test(parameter)) return true;
    if (/^(value|months|days|interval|setting|count|n|given|touchpoints|files|errors|warnings|hints|digits|megabytes|limit|score|clamped)$/.test(parameter)) return 2;
    if (/^_?(code)$/.test(parameter)) return 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    if (parameter === 'fileKind') return 'pipe';
    if (/^_?(option)$/.test(parameter)) return '--frobnicate';
    return 'xx';
}

function parameterNames(fn: Function): string[] {
    const source = fn.toString();
    const list = /^(?:function[^(]*)?\(([^)]*)\)/.exec(source)?.[1] ?? /^([\w$]+)\s*=>/.exec(source)?.[1] ?? '';
    return list.split(',').map(p => p.trim().replace(/[:=].*$/, '').trim()).filter(Boolean);
}

/** Every text of a catalogue: each function called with sample arguments, with its path. */
export function everyText(catalogue: unknown, path = ''): Array<{ key: string; text: string }> {
    if (typeof catalogue === 'function') {
        const names = parameterNames(catalogue);
        return [{ key: path, text: String(catalogue(...names.map(sample))) }];
    }
    if (typeof catalogue === 'string') return [{ key: path, text: catalogue }];
    if (typeof catalogue === 'object' && catalogue !== null) {
        return Object.entries(catalogue).flatMap(([key, child]) => everyText(child, `${path}.${key}`));
    }
    return [];
}

/** Every path to a function or value in a catalogue, with what it is: the shape two languages must share. */
export function shape(value: unknown, path = ''): string[] {
    if (typeof value === 'function') return [`${path}: function(${value.length})`];
    if (typeof value === 'string') return [`${path}: ${value === '' ? 'empty' : 'text'}`];
    if (typeof value === 'object' && value !== null) {
        return Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).flatMap(([key, child]) => shape(child, `${path}.${key}`));
    }
    return [`${path}: ${typeof value}`];
}
