/**
 * The `journey` command line in Dutch (en.ts says what each message is for). Commands, options,
 * formats, severities and codes stay as they are typed and read by scripts: `validate`,
 * `--format`, `error`, `syntax-error`.
 */
import type { CliMessages } from './en.js';

function count(n: number, one: string, many: string): string {
    return `${n} ${n === 1 ? one : many}`;
}

const langOption = `  --lang nl|en         de taal van meldingen en berichten (standaard: uit LC_ALL,
                       LC_MESSAGES of LANG; Engels, tenzij die Nederlands zeggen)`;

/** Node's argument parser, in words: by its error code, with the option it names. */
function argumentProblem(code: string | undefined, option: string | undefined, parserMessage: string): string {
    switch (code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `onbekende optie '${option ?? '?'}'`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            return /does not take an argument/.test(parserMessage)
                ? `optie '${option ?? '?'}' neemt geen waarde`
                : `optie '${option ?? '?'}' mist haar waarde`;
        case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
            return `onverwacht argument${option ? ` '${option}'` : ''}`;
        default:
            return parserMessage;
    }
}

export const cliNl: CliMessages = {
    usage: `Gebruik: journey <opdracht> [opties]

Klantreizen als tekst.

Opdrachten:
  validate PAD...             controleer .journey-bestanden en toon elke melding
  export PAD... --format F    exporteer kaarten als json, mermaid, html, svg of png
  report PAD...               de kwartaalherziening: elke kaart, elk knelpunt, elke kans en actie
  import BESTAND.mmd          zet een Mermaid-journeydiagram om in een .journey-bestand
  lsp --stdio                 start de taalserver op standaardinvoer en -uitvoer

Elke opdracht kent --lang nl|en: de taal van de meldingen (standaard: uit LC_ALL,
LC_MESSAGES of LANG). 'journey <opdracht> --help' toont de opties van een opdracht.`,

    validateHelp: `Gebruik: journey validate PAD... [--today JJJJ-MM-DD] [--review-months N] [--quiet] [--lang nl|en]

Leest en controleert .journey-bestanden (in mappen worden ze opgezocht) en toont één regel
per melding: bestand:regel:kolom ernst code bericht. Daarna één regel met het totaal op
standaardfout ("3 bestanden, 0 fouten, 2 waarschuwingen"). Eindigt met code 1 als er een fout
is gemeld, anders met 0; met code 2 en één regel als het controleren van een bestand niet kon
worden afgemaakt. De ernst (error, warning, hint) en de code zijn in elke taal dezelfde.

Opties:
  --today JJJJ-MM-DD   de datum vanaf waar stale-review en overdue-action tellen (standaard: vandaag)
  --review-months N    kaarten worden elke N maanden herzien (standaard 6); een eigen
                       \`review every N months\`-regel in de kaart gaat voor
  -q, --quiet          geen regel met het totaal (de meldingen worden wel getoond)
${langOption}
  -h, --help           toon deze hulp`,

    exportHelp: `Gebruik: journey export PAD... --format json|mermaid|html|svg|png [--journey ID] [--view WEERGAVE] [--persona ID] [--scale 1|2] [--out BESTAND]

Exporteert de kaarten in de gegeven .journey-bestanden (in mappen worden ze opgezocht).
  json      het kaartmodel: klantreizen, vergelijkingen van huidige en gewenste situatie, meldingen
  mermaid   een Mermaid-"journey"-diagram per kaart (emotie -2..+2 wordt score 1..5)
  html      een zelfstandige HTML-pagina (geen scripts, geen externe bestanden) met de persona's
            en de getekende kaart, precies zoals het voorbeeld die tekent; ze wordt liggend
            afgedrukt, de kaart op de grenzen van fasen over pagina's verdeeld
  svg       de getekende kaart als losse SVG-afbeelding
  png       dezelfde tekening als PNG-afbeelding (tekst in DejaVu Sans, op elke computer gelijk)

html, svg en png tekenen één kaart. Een gewenste situatie die een andere kaart verbetert, wordt
daarmee samen getekend, met de veranderingen gemarkeerd; net als een huidige situatie die een
gewenste situatie verbetert. Zonder --journey tekenen ze de eerste gewenste situatie die een
andere kaart verbetert, als die er is, en anders de eerste klantreis.

Opties:
  --format FORMAAT     json, mermaid, html, svg of png (verplicht)
  --journey ID         exporteer alleen deze klantreis (json/mermaid: een vergelijking gebruikt
                       nog steeds de kaart die ze verbetert; html/svg/png: de klantreis om te tekenen)
  --view WEERGAVE      html/svg/png: hoe een vergelijking wordt getekend (standaard side-by-side):
                         side-by-side  elke fase gesplitst, huidig links, gewenst rechts
                         stacked       de hele huidige kaart boven de hele gewenste situatie,
                                       overeenkomende fasen in dezelfde kolommen (een dia)
                         overlay       de gewenste situatie, met de huidige eroverheen
                         single        alleen de gekozen kaart
                         paired        in elke laag de huidige rij boven de gewenste rij
  --persona ID         één persona apart: alleen de contactmomenten waar die aan meedoet, haar
                       emoties, haar curve en haar gemiddelden (json: het model alsof de kaarten
                       alleen deze persona hadden; kaarten zonder haar vallen weg)
  --scale 1|2          png: 1 pixel per punt van de tekening (standaard), of 2 voor scherpe dia's
  --out BESTAND        schrijf naar BESTAND in plaats van naar standaarduitvoer (png: alleen naar
                       standaarduitvoer als die geen terminal is)
  --today JJJJ-MM-DD   de datum vanaf waar stale-review telt (standaard: vandaag)
${langOption}
                       html/svg: ook de taal van de woorden, getallen en datums die de tekening
                       toevoegt (zonder --lang: de regel language van elke kaart; bij een
                       vergelijking die van de gewenste kaart)
  -h, --help           toon deze hulp`,

    reportHelp: `Gebruik: journey report PAD... [--format html|md|csv] [--today JJJJ-MM-DD] [--review-months N] [--out BESTAND]

De kwartaalherziening van elke kaart in de gegeven .journey-bestanden (in mappen worden ze
opgezocht): per kaart het type, de situatie, de persona's, de eigenaar, de laatste herziening en
of de volgende herziening te laat is; elk knelpunt op zwaarte, met de actie die het aanpakt (of
dat geen actie het aanpakt); elke kans op impact en inspanning (in HTML ook als matrix van impact
× inspanning); elke actie op deadline, met eigenaar, status en aantal dagen te laat; en voor elke
gewenste situatie de knelpunten die ze oplost, laat vallen en toevoegt.

Opties:
  --format FORMAAT     html (standaard: een pagina die liggend wordt afgedrukt), md (tabellen in
                       Markdown) of csv (één rij per kaart, knelpunt, kans, actie en vergeleken knelpunt)
  --today JJJJ-MM-DD   de datum vanaf waar te late herzieningen en acties tellen (standaard: vandaag)
  --review-months N    kaarten worden elke N maanden herzien (standaard 6); een eigen
                       \`review every N months\`-regel in de kaart gaat voor
  --out BESTAND        schrijf naar BESTAND in plaats van naar standaarduitvoer
  --lang nl|en         de taal van de meldingen, van de berichten over de kaarten op standaardfout
                       en van de herziening zelf (zonder --lang: de taal die de meeste kaarten
                       in hun regel language noemen, Engels bij gelijke stand)
  -h, --help           toon deze hulp`,

    importHelp: `Gebruik: journey import PAD.mmd [--out BESTAND]

Zet een Mermaid-"journey"-diagram om in een .journey-bestand: de titel wordt de titel van de
klantreis, secties worden fasen, taken contactmomenten, scores 1..5 emoties -2..+2, actoren
persona's. Waarschuwingen (een score die is bijgesteld) gaan met hun regel naar standaardfout;
een fout (een score die geen getal is) noemt haar regel, schrijft niets en eindigt met code 1.

Opties:
  --out BESTAND   schrijf het .journey-bestand naar BESTAND in plaats van naar standaarduitvoer
  --lang nl|en    de taal van de meldingen (standaard: uit LC_ALL, LC_MESSAGES of LANG)
  -h, --help      toon deze hulp`,

    lspHelp: `Gebruik: journey lsp --stdio

Start de journey-taalserver (Language Server Protocol) op standaardinvoer en -uitvoer, voor elke
editor die LSP spreekt: Neovim, Emacs, Helix, Zed. Meldingen, hovers en aanvullingen zijn in de
taal die de editor opgeeft bij het starten van de server; --lang nl|en kiest zelf, en zonder een
van beide beslissen LC_ALL, LC_MESSAGES of LANG.

Opties:
  --stdio         spreek LSP over standaardinvoer en -uitvoer (de enige manier)
  --lang nl|en    de taal van meldingen, hovers en aanvullingen
  -h, --help      toon deze hulp`,

    unknownCommand: (name: string, commands: readonly string[]) => `onbekende opdracht '${name}' (opdrachten: ${commands.join(', ')})`,
    unknownLanguage: (value: string) => `--lang: de taal '${value}' wordt niet ondersteund; gebruik nl of en`,
    argumentError: (command: string, parserMessage: string, code: string | undefined, option: string | undefined) =>
        `${command}: ${argumentProblem(code, option, parserMessage)} (zie 'journey ${command} --help')`,
    optionTwice: (command: string, option: string) => `${command}: --${option} staat er meer dan één keer; geef die één keer (zie 'journey ${command} --help')`,
    internalError: (message: string) => `interne fout: ${message}`,
    cannotWriteStdout: (why: string) => `kan niet naar standaarduitvoer schrijven (${why})`,

    validationStopped: (path: string, message: string) => `validate: ${path}: ${message}`,
    reviewMonths: (value: string) => `--review-months: '${value}' is geen geheel aantal maanden, 1 of meer`,
    today: (value: string) => `--today: '${value}' is geen datum in de vorm JJJJ-MM-DD`,
    formatRequired: (formats: readonly string[]) => `export: --format is verplicht (${formats.join(', ')})`,
    unknownFormat: (format: string, formats: readonly string[]) => `export: onbekend formaat '${format}' (gebruik ${formats.join(', ')})`,
    unknownView: (view: string, views: readonly string[]) => `export: onbekende weergave '${view}' (gebruik ${views.join(', ')})`,
    noSuchJourney: (id: string) => `export: geen klantreis met de naam '${id}' in de gegeven bestanden`,
    noSuchPersona: (persona: string, named: readonly string[]) =>
        `export: geen kaart noemt de persona '${persona}' (${named.length > 0 ? `persona's: ${named.join(', ')}` : "de kaarten noemen geen persona's"})`,
    journeyWithoutPersona: (journey: string, persona: string) => `export: de klantreis '${journey}' noemt de persona '${persona}' niet`,
    nothingToExport: (drawing: boolean) => `export: de gegeven bestanden hebben geen klantreis om te ${drawing ? 'tekenen' : 'exporteren'}`,
    pngNeedsOut: () => 'export: een PNG is een afbeelding, geen tekst: geef --out BESTAND (of stuur standaarduitvoer naar een bestand)',
    scaleOnlyForPng: (format: string) => `export: --scale hoort bij --format png (de ${format}-export heeft geen pixels om te schalen)`,
    unknownScale: (scale: string) => `export: --scale '${scale}' is geen 1 of 2 (1: de eigen grootte van de tekening, 2: twee keer zo scherp)`,
    noRasterizer: (platform: string) =>
        `export: PNG heeft het pakket @resvg/resvg-js nodig, dat voor dit systeem niet is geïnstalleerd (${platform}): installeer de opdracht \`journey\` opnieuw (\`npm install\`), of exporteer svg`,
    unknownReportFormat: (format: string, formats: readonly string[]) => `report: onbekend formaat '${format}' (gebruik ${formats.join(', ')})`,
    summary: (files: number, errors: number, warnings: number, hints: number) => {
        const line = `${count(files, 'bestand', 'bestanden')}, ${count(errors, 'fout', 'fouten')}, ${count(warnings, 'waarschuwing', 'waarschuwingen')}`;
        return hints === 0 ? line : `${line}, ${count(hints, 'tip', 'tips')} (suggesties, geen problemen)`;
    },

    oneMermaidFile: (given: number) => `import: geef precies één Mermaid-bestand (nu ${given})`,
    noSuchFile: (path: string) => `${path}: bestand bestaat niet`,
    cannotOpen: (path: string, why: string) => `${path}: kan niet worden geopend (${why})`,
    giveMermaidFile: (path: string) => `${path}: is een map; geef een Mermaid-bestand`,
    emptyMermaid: (path: string) => `${path}: leeg bestand; geef een Mermaid-journeydiagram`,
    lspUsage: () => `lsp: gebruik 'journey lsp --stdio'`,

    noInput: () => 'geen invoer: geef een of meer .journey-bestanden of mappen',
    noSuchFileOrFolder: (path: string) => `${path}: bestand of map bestaat niet`,
    noJourneyFiles: (path: string) => `${path}: geen .journey-bestanden in deze map`,
    cannotReadFolder: (path: string, why: string) => `${path}: map kan niet worden gelezen (${why})`,
    brokenLink: (path: string) => `${path}: een koppeling die naar geen bestand leidt`,
    emptyFile: (path: string) => `${path}: leeg bestand`,
    cannotRead: (path: string, why: string) => `${path}: kan niet worden gelezen (${why})`,
    binaryFile: (path: string) => `${path}: binair bestand, geen tekstbestand`,
    notUtf8: (path: string) => `${path}: geen geldige UTF-8-tekst`,
    isFolder: (path: string) => `${path}: is een map`,
    notAFile: (path: string, fileKind: 'device' | 'pipe' | 'socket' | 'other') =>
        `${path}: is ${{ device: 'een apparaat', pipe: 'een benoemde pipe (FIFO)', socket: 'een socket', other: 'iets anders' }[fileKind]}, geen bestand`,
    tooLarge: (path: string, megabytes: number, limit: number) => `${path}: te groot (${megabytes} MB; de grens is ${limit} MB)`,

    outputIsInput: (out: string, input: string | undefined) =>
        `--out ${out} is ook een invoerbestand${input ? ` (${input})` : ''}: schrijven zou het vervangen; geef een andere bestandsnaam`,
    outputName: () => '--out: geef een bestandsnaam',
    cannotWrite: (path: string, why: string) => `${path}: kan niet schrijven (${why})`,

    reasons: {
        ENOENT: 'map bestaat niet',
        fileMissing: 'bestand of map bestaat niet',
        ENOTDIR: 'een deel van het pad is geen map',
        EACCES: 'geen toestemming',
        EISDIR: 'het is een map',
        EROFS: 'alleen-lezen bestandssysteem',
        ENOSPC: 'geen ruimte meer op het apparaat',
        EDQUOT: 'schijfquotum overschreden',
        ENAMETOOLONG: 'naam te lang',
    },
};
