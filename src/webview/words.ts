/**
 * The preview page's own words (toolbar, notices, empty states): the editor's words, so they
 * follow VS Code's display language, which the extension writes as the page's `<html lang>`. The
 * drawing inside follows its map's `language` (src/renderer/labels.ts). One catalogue per
 * language; the type makes the Dutch one say everything the English one does.
 */
import type { MapLanguage, MapState, ViewMode } from '../model/vocabulary.js';

export interface PreviewWords {
    /** The page's `<title>` and its map region's name (written by the extension into the page). */
    readonly pageTitle: string;
    readonly pageRegion: string;
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
    exportLabel(format: 'SVG' | 'HTML'): string;
    exportHelp(format: 'SVG' | 'HTML'): string;
    readonly locked: string;
    readonly lockedHelp: string;
    readonly notUpdated: string;
    line(line: number, message: string): string;
    readonly hasErrors: string;
    andMore(count: number): string;
    readonly staleHelp: string;
    readonly waiting: string;
    /** The empty state of a file without a journey: the words before and after the example line. */
    readonly noJourneyBefore: string;
    readonly noJourneyExample: string;
    readonly noJourneyAfter: string;
    readonly scroller: string;
}

export const previewEnglish: PreviewWords = {
    pageTitle: 'Journey Map Preview',
    pageRegion: 'Journey map',
    toolbar: 'Preview controls',
    mapPicker: 'Map',
    mapChoice: (title, state) => `${title} (${state})`,
    personaPicker: 'Persona',
    personaFilterHelp: 'Show one persona alone: its touchpoints, its curve and its means',
    allPersonas: 'All personas',
    viewPicker: 'View',
    view: mode => ({
        'side-by-side': ['Side by side', 'Each stage split: the current map left, the future map right'],
        stacked: ['Stacked', 'Current above future in every lane, a touchpoint of both maps in one column'],
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
    exportHelp: format => `Export the map as ${format === 'SVG' ? 'an SVG image' : 'an HTML page'}`,
    locked: 'Locked',
    lockedHelp: 'This preview stays on its map',
    notUpdated: 'Not updated:',
    line: (line, message) => `Line ${line}: ${message}`,
    hasErrors: 'the map has errors',
    andMore: count => `and ${count} more`,
    staleHelp: 'The preview shows the last version of the map without errors. Fix these lines to update it:',
    waiting: 'Waiting for the map…',
    noJourneyBefore: 'This file has no journey yet. Write ',
    noJourneyExample: 'journey id "Title" { … }',
    noJourneyAfter: ' to start a map.',
    scroller: 'Journey map, scrolls both ways',
};

export const previewDutch: PreviewWords = {
    pageTitle: 'Voorbeeld van de klantreis',
    pageRegion: 'Klantreis',
    toolbar: 'Knoppen van het voorbeeld',
    mapPicker: 'Kaart',
    mapChoice: (title, state) => `${title} (${state === 'current' ? 'huidig' : 'gewenst'})`,
    personaPicker: 'Persona',
    personaFilterHelp: 'Eén persona apart tonen: haar contactmomenten, haar curve en haar gemiddelden',
    allPersonas: 'Alle persona\'s',
    viewPicker: 'Weergave',
    view: mode => ({
        'side-by-side': ['Naast elkaar', 'Elke fase gesplitst: de huidige kaart links, de gewenste rechts'],
        stacked: ['Boven elkaar', 'Huidig boven gewenst in elke laag, een contactmoment van beide kaarten in één kolom'],
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
    exportHelp: format => `De kaart exporteren als ${format === 'SVG' ? 'SVG-afbeelding' : 'HTML-pagina'}`,
    locked: 'Vast',
    lockedHelp: 'Dit voorbeeld blijft bij zijn kaart',
    notUpdated: 'Niet bijgewerkt:',
    line: (line, message) => `Regel ${line}: ${message}`,
    hasErrors: 'de kaart bevat fouten',
    andMore: count => `en nog ${count}`,
    staleHelp: 'Het voorbeeld toont de laatste versie van de kaart zonder fouten. Verbeter deze regels om het bij te werken:',
    waiting: 'Wachten op de kaart…',
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
