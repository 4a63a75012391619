/**
 * The preview page's own words (toolbar, notices, empty states): the editor's words, so they
 * follow VS Code's display language, which the extension writes as the page's `<html lang>` (the
 * page's title and name, written by the extension, go through vscode.l10n.t). The
 * drawing inside follows its map's `language` (src/renderer/labels.ts). One catalogue per
 * language; the type makes the Dutch one say everything the English one does.
 */
import type { MapLanguage, MapState, ViewMode } from '../model/vocabulary.js';

export interface PreviewWords {
    readonly toolbar: string;
    readonly mapPicker: string;
    /** A map in the map picker: "Title (current)". */
    mapChoice(title: string, state: MapState): string;
    readonly personaPicker: string;
    readonly personaFilterHelp: string;
    readonly allPersonas: string;
    readonly viewPicker: string;
    /** Each view's name and what it shows. */
    view(mode: ViewMode): readonly [name: string, help: string];
    readonly zoom: string;
    readonly zoomOut: string;
    readonly zoomOutHelp: string;
    readonly resetZoom: string;
    readonly resetZoomHelp: string;
    readonly zoomIn: string;
    readonly zoomInHelp: string;
    readonly fit: string;
    readonly fitLabel: string;
    readonly fitHelp: string;
    readonly exportGroup: string;
    exportLabel(format: 'SVG' | 'HTML' | 'PNG'): string;
    exportHelp(format: 'SVG' | 'HTML' | 'PNG'): string;
    readonly copy: string;
    readonly copyLabel: string;
    readonly copyHelp: string;
    readonly locked: string;
    readonly lockedHelp: string;
    readonly notUpdated: string;
    line(line: number, message: string): string;
    readonly hasErrors: string;
    andMore(count: number): string;
    readonly staleHelp: string;
    readonly waiting: string;
    /** The review panel, before its first report. */
    readonly waitingReport: string;
    /** The empty state of a file without a journey: the words before and after the example line. */
    readonly noJourneyBefore: string;
    readonly noJourneyExample: string;
    readonly noJourneyAfter: string;
    readonly scroller: string;
}

export const previewEnglish: PreviewWords = {
    toolbar: 'Preview controls',
    mapPicker: 'Map',
    mapChoice: (title, state) => `${title} (${state})`,
    personaPicker: 'Persona',
    personaFilterHelp: 'Show one persona alone: its touchpoints, its curve and its means',
    allPersonas: 'All personas',
    viewPicker: 'View',
    view: mode => ({
        paired: ['Before / after per lane', 'In every lane the current row right above the future row, a touchpoint of both maps in one column'],
        'side-by-side': ['Side by side', 'Each stage split: the current map left, the future map right'],
        stacked: ['Stacked (as-is above to-be)', 'The whole current map above the whole future map, matched stages in the same columns: a slide'],
        overlay: ['Overlay', 'The future map with the current map laid over it: its curve, removed touchpoints and vanished pains'],
        single: ['Single map', 'The chosen map alone'],
    } as const)[mode],
    zoom: 'Zoom',
    zoomOut: 'Zoom out',
    zoomOutHelp: 'Zoom out (Ctrl -)',
    resetZoom: 'Reset zoom',
    resetZoomHelp: 'Reset zoom (Ctrl 0)',
    zoomIn: 'Zoom in',
    zoomInHelp: 'Zoom in (Ctrl +)',
    fit: 'Fit',
    fitLabel: 'Fit to width',
    fitHelp: 'Zoom so that the whole width of the map fits the panel',
    exportGroup: 'Export',
    exportLabel: format => `Export ${format}…`,
    exportHelp: format => `Export the map as ${({ SVG: 'an SVG image', HTML: 'an HTML page', PNG: 'a PNG image' })[format]}`,
    copy: 'Copy',
    copyLabel: 'Copy map as image',
    copyHelp: 'Copy the map to the clipboard as an image, to paste into a slide or a document',
    locked: 'Locked',
    lockedHelp: 'This preview stays on its map',
    notUpdated: 'Not updated:',
    line: (line, message) => `Line ${line}: ${message}`,
    hasErrors: 'the map has errors',
    andMore: count => `and ${count} more`,
    staleHelp: 'The preview shows the last version of the map without errors. Fix these lines to update it:',
    waiting: 'Waiting for the map…',
    waitingReport: 'Waiting for the report…',
    noJourneyBefore: 'This file has no journey yet. Write ',
    noJourneyExample: 'journey id "Title" { … }',
    noJourneyAfter: ' to start a map.',
    scroller: 'Journey map, scrolls both ways',
};

export const previewDutch: PreviewWords = {
    toolbar: 'Knoppen van het voorbeeld',
    mapPicker: 'Kaart',
    mapChoice: (title, state) => `${title} (${state === 'current' ? 'huidig' : 'gewenst'})`,
    personaPicker: 'Persona',
    personaFilterHelp: 'Eén persona apart tonen: haar contactmomenten, haar curve en haar gemiddelden',
    allPersonas: 'Alle persona\'s',
    viewPicker: 'Weergave',
    view: mode => ({
        paired: ['Voor / na per laag', 'In elke laag de huidige rij direct boven de gewenste rij, een contactmoment van beide kaarten in één kolom'],
        'side-by-side': ['Naast elkaar', 'Elke fase gesplitst: de huidige kaart links, de gewenste rechts'],
        stacked: ['Boven elkaar (huidig boven gewenst)', 'De hele huidige kaart boven de hele gewenste kaart, overeenkomende fasen in dezelfde kolommen: een dia'],
        overlay: ['Over elkaar', 'De gewenste kaart met de huidige eroverheen: haar curve, vervallen contactmomenten en verdwenen knelpunten'],
        single: ['Eén kaart', 'Alleen de gekozen kaart'],
    } as const)[mode],
    zoom: 'Zoom',
    zoomOut: 'Uitzoomen',
    zoomOutHelp: 'Uitzoomen (Ctrl -)',
    resetZoom: 'Zoom herstellen',
    resetZoomHelp: 'Zoom herstellen (Ctrl 0)',
    zoomIn: 'Inzoomen',
    zoomInHelp: 'Inzoomen (Ctrl +)',
    fit: 'Passend',
    fitLabel: 'Passend in de breedte',
    fitHelp: 'Zo zoomen dat de hele breedte van de kaart in het paneel past',
    exportGroup: 'Exporteren',
    exportLabel: format => `${format} exporteren…`,
    exportHelp: format => `De kaart exporteren als ${({ SVG: 'SVG-afbeelding', HTML: 'HTML-pagina', PNG: 'PNG-afbeelding' })[format]}`,
    copy: 'Kopiëren',
    copyLabel: 'Kaart kopiëren als afbeelding',
    copyHelp: 'De kaart als afbeelding naar het klembord kopiëren, om in een dia of document te plakken',
    locked: 'Vast',
    lockedHelp: 'Dit voorbeeld blijft bij zijn kaart',
    notUpdated: 'Niet bijgewerkt:',
    line: (line, message) => `Regel ${line}: ${message}`,
    hasErrors: 'de kaart bevat fouten',
    andMore: count => `en nog ${count}`,
    staleHelp: 'Het voorbeeld toont de laatste versie van de kaart zonder fouten. Verbeter deze regels om het bij te werken:',
    waiting: 'Wachten op de kaart…',
    waitingReport: 'Wachten op de herziening…',
    noJourneyBefore: 'Dit bestand heeft nog geen klantreis. Schrijf ',
    noJourneyExample: 'journey id "Titel" { … }',
    noJourneyAfter: ' om een kaart te beginnen.',
    scroller: 'Klantreis, scrolt in beide richtingen',
};

const catalogues: Readonly<Record<MapLanguage, PreviewWords>> = { en: previewEnglish, nl: previewDutch };

/** The words for a page whose `<html lang>` is `lang` (`nl`, `en`); English for any other. */
export function previewWords(lang: string | undefined): PreviewWords {
    return catalogues[(lang ?? '').toLowerCase().split('-')[0] as MapLanguage] ?? previewEnglish;
}
