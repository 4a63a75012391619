/**
 * Everything en.ts says, in Dutch: written for the marketers, UX researchers and service designers
 * who write the maps, with the words they use (docs/dutch.md lists them), not translated from a
 * parser. The language's keywords are English; where a message shows a keyword or an example line,
 * it stands between backquotes (`stage`, `emotion thierry -1`), so that the reader sees what to type
 * and test/unit/i18n.test.ts can tell our words from the language's.
 */
import { emotionSource, signed } from '../../model/emotion.js';
import type { BlockRule } from '../syntax/grammar-lines.js';
import type { Messages } from './en.js';
import type { Kind } from './kinds.js';
import { codePoint, listOf as joinList, mostSpecificFirst, visibleCharacter } from './phrasing.js';

/** A Dutch noun with its article: `de` words and `het` words inflect differently ("deze fase", "dit kanaal"). */
interface Noun { word: string; neuter: boolean }

const nouns: Record<Kind, Noun> = {
    persona: { word: 'persona', neuter: false },
    channel: { word: 'kanaal', neuter: true },
    journey: { word: 'klantreis', neuter: false },
    stage: { word: 'fase', neuter: false },
    touchpoint: { word: 'contactmoment', neuter: true },
    pain: { word: 'knelpunt', neuter: true },
    opportunity: { word: 'kans', neuter: false },
    action: { word: 'actie', neuter: false },
    element: { word: 'element', neuter: true },
};

/** "dit contactmoment", "deze fase" */
function thisOne(kind: Kind): string {
    return `${nouns[kind].neuter ? 'dit' : 'deze'} ${nouns[kind].word}`;
}

/** "Contactmoment 'zoeken'" or "Dit contactmoment". */
function named(kind: Kind, name: string | undefined): string {
    return name ? `${capitalize(nouns[kind].word)} '${name}'` : capitalize(thisOne(kind));
}

/** "contactmoment 'zoeken'" or "dit contactmoment", inside a sentence. */
function namedInside(kind: Kind, name: string | undefined): string {
    return name ? `${nouns[kind].word} '${name}'` : thisOne(kind);
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function count(n: number, one: string, many: string): string {
    return `${n} ${n === 1 ? one : many}`;
}

/** A number as Dutch writes it: a decimal comma (2,5). */
function number(value: number): string {
    return String(value).replace('.', ',');
}

/** `a, b en c` */
const listOf = (items: readonly string[], conjunction = 'en') => joinList(items, conjunction);

const code = (text: string) => `\`${text}\``;

/** A character as the reader sees it, or its code when it is invisible. */
function showCharacter(char: string): string {
    return visibleCharacter(char) ?? `een onzichtbaar teken (${codePoint(char)})`;
}

/** How a block is called in a sentence. */
const blockNames: Record<BlockRule, string> = {
    Model: 'het hoogste niveau van een bestand',
    Persona: 'een persona',
    Journey: 'een klantreis',
    Stage: 'een fase',
    Touchpoint: 'een contactmoment',
    Action: 'een actie',
};

/** What a keyword means in a block, where one keyword means different things in different blocks. */
const lineGlosses: Record<string, Partial<Record<BlockRule, string>>> = {
    action: { Touchpoint: 'wat de klant doet', Journey: 'een verbeteractie' },
    persona: { Model: 'om een persona vast te leggen', Journey: "de persona's van de kaart", Touchpoint: "de persona's van één contactmoment" },
    channel: { Model: 'om een kanaal vast te leggen', Touchpoint: 'het kanaal van het contactmoment' },
};

/** The block a keyword opens, as a noun: `stage` → "een fase". */
function blockOfKeyword(keyword: string): string {
    const kind = keyword as Kind;
    return kind in nouns ? `een ${nouns[kind].word}` : `een ${code(keyword)}`;
}

const emotionMeaning: Readonly<Record<string, string>> = {
    '-2': 'heel negatief',
    '-1': 'negatief',
    '0': 'neutraal',
    '1': 'positief',
    '2': 'heel positief',
};

/** A signed number as Dutch writes it: +1,5, −2, ±0. */
const signedNl = (value: number) => signed(value).replace('.', ',');

export const nl: Messages = {
    validation: {
        // Namen
        unusedPersona: (name: string) =>
            `Persona '${name}' komt in geen enkele klantreis voor.`,
        duplicateGlobalName: (kind: Kind, name: string, where: string) =>
            `Er is al een ${nouns[kind].word} met de naam '${name}' (${where}).`,
        duplicateLocalName: (kind: Kind, name: string, journey: string | undefined) =>
            `In ${namedInside('journey', journey)} heet al een ${nouns[kind].neuter ? 'ander' : 'andere'} ${nouns[kind].word} '${name}'.`,
        unresolvedReference: (kind: Kind, name: string) =>
            `Er is geen ${nouns[kind].word} met de naam '${name}' in de werkruimte.`,
        unresolvedFinding: (name: string) =>
            `Er is geen knelpunt of kans met de naam '${name}' in deze klantreis.`,
        onlyOnce: (keyword: string, block: BlockRule) =>
            `${code(keyword)} mag maar één keer in ${blockNames[block]} staan; de eerste telt.`,
        emotionOnlyOnce: () =>
            'Dit contactmoment heeft al een `emotion`-regel zonder persona; de eerste telt. Voor één persona schrijf je `emotion thierry -1`.',
        emotionOnlyOncePerPersona: (persona: string) =>
            `Dit contactmoment heeft al een emotie voor '${persona}'; de eerste telt.`,

        // Huidige en gewenste situatie
        stateConflict: () =>
            'Een klantreis die een andere verbetert, beschrijft de gewenste situatie: haal `state current` of `improves` weg.',
        improvesItself: (journey: string) =>
            `Klantreis '${journey}' kan zichzelf niet verbeteren.`,
        improvesCycle: (cycle: readonly string[]) =>
            `Met \`improves\` verwijzen deze klantreizen in een kring naar elkaar: ${cycle.map(name => `'${name}'`).join(' → ')}.`,
        improvesFuture: (target: string) =>
            `'${target}' beschrijft zelf een gewenste situatie; een gewenste situatie verbetert een kaart van de huidige situatie.`,

        // Volledigheid
        emptyJourney: (journey: string | undefined) =>
            `${named('journey', journey)} heeft geen fasen.`,
        emptyStage: (stage: string | undefined) =>
            `${named('stage', stage)} heeft geen contactmomenten.`,
        missingChannel: (touchpoint: string | undefined) =>
            `${named('touchpoint', touchpoint)} heeft geen kanaal.`,
        missingEmotion: (touchpoint: string | undefined) =>
            `${named('touchpoint', touchpoint)} zegt niets over hoe de klant zich voelt (\`emotion\` -2 tot +2).`,
        missingPersonaEmotion: (touchpoint: string | undefined, personas: readonly string[]) =>
            `${named('touchpoint', touchpoint)} zegt niets over hoe ${listOf(personas.map(p => `'${p}'`))} zich ${personas.length === 1 ? 'voelt' : 'voelen'}: voeg \`emotion ${personas[0]} N\` toe, of een \`emotion\`-regel zonder persona.`,
        missingEvidence: (touchpoint: string | undefined) =>
            `${named('touchpoint', touchpoint)} staat in een kaart van de huidige situatie, maar heeft geen bron (\`evidence\`).`,
        foreignPersona: (persona: string, journey: string | undefined) =>
            `Persona '${persona}' hoort niet bij de persona's van ${namedInside('journey', journey)}.`,
        foreignEmotionPersona: (persona: string, touchpoint: string | undefined) =>
            `Persona '${persona}' hoort niet bij de persona's van ${namedInside('touchpoint', touchpoint)} en heeft hier dus geen emotie.`,
        unaddressedPain: (pain: string | undefined) =>
            `${named('pain', pain)} weegt zwaar (\`severity high\`), maar geen kans en geen actie pakt het aan.`,

        // Waarden
        emotionRange: (value: number) =>
            `Emotie moet een geheel getal van -2 tot +2 zijn, niet ${number(value)}.`,
        percentRange: (value: number) =>
            `Een percentage ligt tussen 0% en 100%, niet ${number(value)}%.`,
        metricRange: (label: string | undefined, digits: number | undefined) =>
            `Het getal van ${label ? `meetwaarde '${label}'` : 'deze meetwaarde'} is te groot om mee te rekenen${digits ? ` (${digits} cijfers)` : ''}; schrijf een kleiner getal, bijvoorbeeld in duizenden of miljoenen.`,
        invalidDate: (text: string) =>
            `'${text}' is geen bestaande datum in de vorm JJJJ-MM-DD (bijvoorbeeld "2027-01-15").`,
        invalidDateSuggestion: (text: string, iso: string) =>
            `'${text}' is geen datum in de vorm JJJJ-MM-DD: schrijf "${iso}".`,
        invalidTime: (text: string) =>
            `'${text}' is geen tijd: schrijf "07:30" of een tijdvak "07:30-09:00" (24 uur, steeds twee cijfers).`,
        invalidLink: (link: string) =>
            `'${link}' is geen link die de kaart kan openen: schrijf een webadres dat met https:// of http:// begint, of een pad vanaf dit bestand (onderzoek/interviews.md).`,
        invalidReviewInterval: (value: number) =>
            `Een herzieningstermijn is een geheel aantal maanden, 1 of meer, niet ${number(value)}: \`review every 3 months\`.`,

        // Herzien en acties
        staleReview: (months: number, reviewed: string, interval: number) =>
            `Voor het laatst herzien ${count(months, 'maand', 'maanden')} geleden (${reviewed}); een kaart wordt elke ${interval === 1 ? 'maand' : `${interval} maanden`} herzien.`,
        unownedAction: (action: string | undefined) =>
            `${named('action', action)} heeft geen eigenaar: wie zorgt ervoor dat het gebeurt?`,
        undatedAction: (action: string | undefined) =>
            `${named('action', action)} heeft geen deadline.`,
        overdueAction: (action: string | undefined, days: number, due: string) =>
            `${named('action', action)} is ${count(days, 'dag', 'dagen')} over de deadline (${due}) en nog niet klaar.`,

        // Het controleren zelf
        validationStopped: (reason: string) =>
            `Het controleren van deze kaart is te vroeg gestopt (${reason}), dus er kunnen meldingen ontbreken. `
                + 'Misschien helpt het om de kaart over kleinere bestanden te verdelen; meld dit probleem alsjeblieft.',
    },

    quickFix: {
        createDeclaration: (kind: Kind, name: string) => `${capitalize(nouns[kind].word)} '${name}' aanmaken`,
        changeEmotion: (value: number) => `Emotie wijzigen in ${emotionSource(value)}`,
        reviewedToday: (today: string) => `Als vandaag herzien markeren (${today})`,
        addOpportunity: (pain: string | undefined) => `Een kans toevoegen voor ${pain ? `'${pain}'` : 'dit knelpunt'}`,
        removeStateCurrent: () => '`state current` weghalen',
        changeToFuture: () => 'Wijzigen in `state future`',
        addOwner: (owner: string | undefined) => owner ? `Eigenaar "${owner}" toevoegen (de eigenaar van de kaart)` : 'Een eigenaar toevoegen (`owner`)',
        addDueDate: (due: string, months: number) => `Deadline ${due} toevoegen (over ${count(months, 'maand', 'maanden')})`,
        markDone: (action: string | undefined) => `${capitalize(namedInside('action', action))} als klaar markeren`,
        moveDueDate: (due: string) => `Deadline verzetten naar ${due}`,
        changeTime: (time: string) => `Wijzigen in "${time}"`,
        changeDate: (date: string) => `Wijzigen in "${date}"`,
        changeKeyword: (keyword: string) => `Wijzigen in ${code(keyword)}`,
        addComma: () => 'De ontbrekende komma toevoegen',
    },

    syntax: {
        holds: (block: BlockRule, lines: readonly string[]) => {
            const where = block === 'Model' ? 'een bestand' : blockNames[block];
            return `In ${where} staan regels met ${listOf(lines.map(code))}.`;
        },
        belongsIn: (keyword: string, blocks: readonly BlockRule[]) => {
            const places = mostSpecificFirst(blocks).map(block => {
                const place = block === 'Model' ? 'op het hoogste niveau van een bestand' : `in ${blockNames[block]}`;
                const gloss = lineGlosses[keyword]?.[block];
                return gloss ? `${place} (${gloss})` : place;
            });
            return listOf(places, 'of');
        },
        owner: (block: BlockRule, name: string | undefined) => {
            const kind = block.toLowerCase() as Kind;
            return kind in nouns ? namedInside(kind, name) : name ? `'${name}'` : 'dit blok';
        },

        // ---- Tekens ----
        unclosedString: () =>
            'Deze tekst wordt op dezelfde regel niet afgesloten: eindig met ". Een tekst kan niet over meer regels lopen; schrijf `\\n` waar een nieuwe regel moet beginnen.',
        openingQuoteMissing: () =>
            'Deze tekst mist het aanhalingsteken aan het begin: begin ook met een ", "zoals hier".',
        typographicQuote: () =>
            'Gekrulde aanhalingstekens zoals “ ” en „ markeren geen tekst: zet tekst tussen rechte dubbele aanhalingstekens, "zoals hier".',
        singleQuote: () =>
            'Tekst staat tussen dubbele aanhalingstekens, "zoals hier", niet tussen enkele.',
        hyphenInName: () =>
            `'-' kan geen deel van een naam zijn. Een naam is één woord van letters, cijfers en _ (schrijf \`oriëntatie_fase\`, niet \`oriëntatie-fase\`); zet de titel tussen dubbele aanhalingstekens.`,
        timeWithoutQuotes: () =>
            'Een tijd staat tussen dubbele aanhalingstekens: `time "07:30"` of `time "07:30-09:00"`.',
        linkWithoutQuotes: () =>
            'Een link staat tussen dubbele aanhalingstekens: `evidence "Bron" link "https://example.com/rapport"`.',
        invisibleCharacter: (char: string) =>
            `Hier staat ${showCharacter(char)}, waarschijnlijk meegekopieerd met andere tekst: verwijder het.`,
        characterInName: (char: string) =>
            `${capitalize(showCharacter(char))} kan geen deel van een naam zijn en niet buiten aanhalingstekens staan. Een naam is één woord van letters, cijfers en _ (bijvoorbeeld \`oriëntatie\` of \`stap_2\`); zet andere tekst tussen dubbele aanhalingstekens.`,

        // ---- Regels die niet passen waar ze staan ----
        lineNotHere: (keyword: string, block: BlockRule, holdsText: string, belongs: string) =>
            `${code(keyword)} kan niet in ${blockNames[block]} staan. ${holdsText} ${code(keyword)} hoort ${belongs}.`,
        orBraceMissing: (owner: string) =>
            `Of ontbreekt erboven de \`}\` die ${owner} afsluit?`,
        blockNotClosed: (keyword: string, owner: string) =>
            `${code(keyword)} kan niet binnen ${owner} staan: ontbreekt erboven de \`}\` die ${owner} afsluit?`,
        notAKeyword: (word: string, holdsText: string) =>
            `${code(word)} is geen sleutelwoord. ${holdsText}`,
        didYouMean: (word: string, keyword: string, holdsText: string) =>
            `${code(word)} is geen sleutelwoord: bedoel je ${code(keyword)}? ${holdsText}`,
        didYouMeanElsewhere: (word: string, keyword: string, belongs: string) =>
            `${code(word)} is geen sleutelwoord: bedoel je ${code(keyword)}? Dat hoort ${belongs}.`,
        lowerCase: (word: string, keyword: string) =>
            `Sleutelwoorden schrijf je met kleine letters: schrijf ${code(keyword)}, niet ${code(word)}.`,
        dutchKeyword: (word: string, keyword: string) =>
            `De sleutelwoorden zijn Engels: schrijf ${code(keyword)} in plaats van ${code(word)}.`,
        missingComma: (keyword: string, previous: string, word: string) =>
            `Zet een komma tussen de namen na ${code(keyword)}: ${code(`${keyword} ${previous}, ${word}`)}.`,
        textWithoutKeyword: (holdsText: string) =>
            `Deze tekst tussen aanhalingstekens hoort bij geen enkele regel: begin de regel met een sleutelwoord. ${holdsText}`,
        numberWithoutKeyword: (holdsText: string) =>
            `Dit getal hoort bij geen enkele regel: begin de regel met een sleutelwoord. ${holdsText}`,
        valueWithoutKeyword: (word: string, holdsText: string) =>
            `Een regel kan niet met ${code(word)} beginnen. ${holdsText}`,
        customerActionInJourney: () =>
            'In een klantreis begint `action` een verbeteractie met een naam: `action gids_schrijven "Vergelijkingsgids schrijven" { owner "..." }`. Wat de klant doet, is een `action`-regel in een contactmoment.',

        // ---- Namen en teksten ----
        nameWithSpace: (keyword: string, first: string, second: string) =>
            `Een naam is één woord: schrijf ${code(`${first}_${second}`)} (letters, cijfers en _), en daarna de titel tussen aanhalingstekens: ${code(`${keyword} ${first}_${second} "…"`)}.`,
        missingName: (keyword: string, name: string, title: string) =>
            `${code(keyword)} heeft vóór de titel een naam nodig (één woord van letters, cijfers en _): ${code(`${keyword} ${name} ${title}`)}.`,
        missingTitle: (keyword: string, name: string) =>
            `${code(`${keyword} ${name}`)} heeft na de naam een titel tussen dubbele aanhalingstekens nodig: ${code(`${keyword} ${name} "Titel"`)}.`,
        missingNameAndTitle: (keyword: string) =>
            `${code(keyword)} heeft een naam (één woord) en een titel tussen dubbele aanhalingstekens nodig: ${code(`${keyword} naam "Titel" {`)}.`,
        referenceNotText: (keyword: string) =>
            `Na ${code(keyword)} komt een naam, geen tekst tussen aanhalingstekens: de naam die na ${code(keyword)} staat op de plek waar die is vastgelegd.`,
        nameExpected: (keyword: string) =>
            `Na ${code(keyword)} komt een naam: één woord van letters, cijfers en _.`,
        nameStartsWithDigit: () =>
            'Een naam begint met een letter of _, niet met een cijfer: schrijf `stap_1` of `_1`.',
        textExpected: (keyword: string) =>
            `Na ${code(keyword)} komt tekst tussen dubbele aanhalingstekens: ${code(`${keyword} "…"`)}.`,
        dateWithoutQuotes: (keyword: string) =>
            `Een datum staat tussen dubbele aanhalingstekens, in de vorm JJJJ-MM-DD: ${code(`${keyword} "2027-01-15"`)}.`,
        metricName: () =>
            'Een meetwaarde heeft een naam tussen dubbele aanhalingstekens en daarna een getal: `metric "Bezoekers" 12000` of `metric "Conversie" 2,5%`.',
        painText: (keyword: string) =>
            `Na ${code(keyword)} komt eventueel een naam (één woord) en dan de tekst tussen dubbele aanhalingstekens: ${code(`${keyword} verborgen_kosten "Kosten zie je pas bij het afrekenen"`)}.`,

        // ---- Getallen en waarden ----
        emotionNumber: () =>
            'Een emotie is een getal van -2 (heel negatief) tot +2 (heel positief), eventueel gevolgd door een woord tussen aanhalingstekens: `emotion -1 "onzeker"`. Voor één persona: `emotion thierry -1`.',
        metricNumber: () =>
            'Een meetwaarde heeft na de naam een getal nodig: `metric "Bezoekers" 12000`, of een percentage: `metric "Conversie" 2,5%`.',
        reviewInterval: () =>
            'Schrijf de herzieningstermijn als `review every 3 months` (een geheel aantal maanden).',
        valueExpected: (keyword: string, values: readonly string[]) =>
            `Na ${code(keyword)} komt ${listOf(values.map(code), 'of')}.`,
        valueNotKnown: (keyword: string, written: string, values: readonly string[]) =>
            `${code(written)} is geen waarde van ${code(keyword)}: schrijf ${listOf(values.map(code), 'of')}.`,

        // ---- Accolades en het eind van het bestand ----
        openingBraceMissing: (keyword: string, name: string) =>
            `Er ontbreekt een \`{\` na ${code(`${keyword} ${name} "…"`)}: de regels van ${blockOfKeyword(keyword)} staan tussen { en }.`,
        closingBraceMissingAtEnd: (owner: string) =>
            `Het bestand eindigt voordat ${owner} is afgesloten: zet een \`}\` aan het eind.`,
        braceTooMany: () =>
            'Hier staat een `}` te veel, of erboven ontbreekt een `{`.',
        endOfFile: () =>
            'Het bestand eindigt midden in een regel: maak de regel af.',
        unexpected: (found: string, holdsText: string) =>
            `${found} past hier niet. ${holdsText}`,
    },

    emotionMeaning,

    hover: {
        valueMeanings: {
            MapType: {
                'customer-journey': '**Klantreis**: de fasen die een klant doorloopt, en de contactmomenten met de organisatie.',
                'day-in-the-life': '**Dag uit het leven**: de hele dag van de persona, niet alleen de momenten met de organisatie. Fasen zijn delen van de dag; een moment heeft geen kanaal nodig; `time` laat zien wanneer.',
                'service-blueprint': '**Serviceblauwdruk**: getekend met alle lagen, leeg of niet: fysiek bewijs (`prop`), klantacties, `frontstage`, `backstage`, `support`, en de interactielijn, de zichtbaarheidslijn en de lijn van interne interactie.',
            },
            MapLanguage: {
                en: '**Engels**: de eigen woorden van de tekening (lagen, labels, de vergelijking, datums en getallen) zijn Engels.',
                nl: '**Nederlands**: de eigen woorden van de tekening (lagen, labels, de vergelijking, datums en getallen: `1,5`, `15 okt. 2026`) zijn Nederlands.',
            },
        },
        reviewIntervalHelp: () => '**Herzieningstermijn**: een geheel aantal maanden, 1 of meer: `review every 3 months`.',
        reviewInterval: (months: number, setting: number) =>
            `**Herzieningstermijn**: deze kaart wordt elke ${months === 1 ? 'maand' : `${months} maanden`} herzien (in plaats van de ${setting} uit de instelling).`,
        notReviewedYet: () => 'Nog geen `reviewed`-datum.',
        reviewedAndDue: (reviewed: string, due: string) => `Voor het laatst herzien op ${reviewed}; de volgende herziening is uiterlijk ${due}.`,
        emotionValue: (value: number) => {
            const meaning = emotionMeaning[String(value)];
            return meaning ? `${signedNl(value)} — ${meaning}` : `${signedNl(value)} — buiten de schaal (een geheel getal van -2 tot +2)`;
        },
        emotionMean: (value: number) => `${signedNl(value)} (het gemiddelde van de persona's)`,
        emotionMissing: () => 'hier komt een getal van -2 tot +2',
        emotionHeading: (whose: string | undefined) => `**Emotie${whose ? ` van ${whose}` : ''}**`,
        scale: (steps: string) => `Schaal: ${steps}`,
        persona: (title: string, name: string) => `**Persona** ${title} (${name})`,
        goals: () => 'Doelen',
        needs: () => 'Behoeften',
        frustrations: () => 'Frustraties',
        channel: (title: string, name: string) => `**Kanaal** ${title} (${name})`,
        icon: (name: string) => `Pictogram: ${name}`,
        touchpoint: (title: string, name: string) => `**Contactmoment** ${title} (${name})`,
        improvesMissing: (name: string) => `Verbetert ${name}, maar die kaart is niet gevonden.`,
        newInFuture: (touchpoint: string, current: string) => `Nieuw in deze gewenste situatie: kaart ${current} van de huidige situatie heeft geen contactmoment ${touchpoint}.`,
        currentState: (current: string) => `**Huidige situatie** (${current})`,
        stage: (title: string, name: string, moved: boolean) => `- Fase: ${title} (${name})${moved ? ' (verplaatst)' : ''}`,
        name: (title: string) => `- Titel: ${title}`,
        action: (text: string) => `- Actie: ${text}`,
        emotion: (described: string | undefined) => `- Emotie: ${described ?? 'geen'}`,
        emotionDelta: (delta: string, before: string, after: string) => `**Verschil in emotie:** ${delta} (${before} → ${after})`,
        signed: signedNl,
    },

    completion: {
        valueDetails: {
            Level: { low: 'laag', medium: 'gemiddeld', high: 'hoog' },
            MapState: { current: 'huidige situatie: in kaart gebracht uit onderzoek', future: 'gewenste situatie: een ontwerp' },
            MapType: {
                'customer-journey': 'een klantreis (standaard)',
                'day-in-the-life': 'de hele dag van de persona, niet alleen de momenten met de organisatie',
                'service-blueprint': 'met alle lagen van de serviceblauwdruk: fysiek bewijs, klant, frontstage, backstage, support',
            },
            MapLanguage: { en: 'Engelse tekening (standaard)', nl: 'Nederlandse tekening: lagen, labels, datums en getallen in het Nederlands' },
            ActionStatus: { open: 'nog niet begonnen (standaard)', doing: 'mee bezig', done: 'klaar' },
            IconKind: {},
        },
        keyword: () => 'Sleutelwoord',
        channelIcon: () => 'pictogram van het kanaal',
        placeholders: {
            name: 'naam', displayName: 'Titel', title: 'Titel', persona: 'persona', stage: 'fase', stageTitle: 'Fase',
            touchpoint: 'contactmoment', touchpointTitle: 'Contactmoment', channel: 'kanaal', pain: 'knelpunt', source: 'Bron',
        },
        newPersona: () => 'Nieuwe persona',
        newChannel: () => 'Nieuw kanaal',
        newJourney: () => 'Nieuwe klantreis',
        newStage: () => 'Nieuwe fase',
        newTouchpoint: () => 'Nieuw contactmoment',
        newAction: () => 'Nieuwe actie',
        reviewInterval: () => 'Herzieningstermijn van deze kaart',
        evidenceWithLink: () => 'Een bron met een link',
        webAddress: () => 'een webadres',
        relativeFile: () => 'een bestand, vanaf deze kaart',
        timeOfDay: () => 'een tijdstip',
        timeRange: () => 'van … tot …',
        today: () => 'vandaag',
        stageTemplate: (label: string) => `fasen: ${label}`,
        stageTemplateDescription: {
            'nl-5': 'Vijf fasen van de klantreis (Nederlands)',
            'en-5': 'Vijf fasen van de klantreis (Engels)',
            'see-think-do-care': 'See-Think-Do-Care, met ambassadeurschap',
            'nl-10': 'Tien fasen, van latente behoefte tot ambassadeur (Nederlands)',
        },
        stageCount: (n: number) => count(n, 'fase', 'fasen'),
        fromMap: (map: string) => `uit ${map}`,
        missingStage: (stage: string, title: string, current: string, touchpoints: number) =>
            `Fase ${stage} "${title}" van de huidige situatie ${current}, met ${count(touchpoints, 'contactmoment', 'contactmomenten')} die deze kaart nog niet heeft.`,
        missingTouchpoint: (touchpoint: string, title: string, stage: string, current: string) =>
            `Contactmoment ${touchpoint} "${title}" uit fase ${stage} van de huidige situatie ${current}.`,
        kind: (kind: Kind) => capitalize(nouns[kind].word),
        locatedIn: (where: string, file: string) => `In ${where}, ${file}`,
        definedIn: (file: string) => `Vastgelegd in ${file}`,
        painInTouchpoint: (touchpoint: string, stage: string) => `contactmoment ${touchpoint} van fase ${stage}`,
        painInStage: (stage: string) => `fase ${stage}`,
    },

    codeLens: {
        openPreview: () => 'Voorbeeld openen',
    },

    rename: {
        namesNothing: (name: string) => `'${name}' verwijst naar niets dat bestaat, dus er valt niets te hernoemen.`,
        notAName: () => 'Alleen een naam kan een andere naam krijgen: zet de cursor op de naam van een persona, kanaal, klantreis, fase, contactmoment, knelpunt, kans of actie.',
        keyword: (name: string) => `'${name}' is een woord van de taal en kan geen naam zijn.`,
        empty: () => 'Een naam kan niet leeg zijn.',
        invalid: (name: string) => `'${name}' kan geen naam zijn: een naam begint met een letter of _ en bevat alleen letters, cijfers en _ (geen spaties of andere tekens).`,
        takenInJourney: (kind: Kind, name: string, where: string) => `In deze klantreis is er al een ${nouns[kind].word} met de naam '${name}' (${where}).`,
        taken: (kind: Kind, name: string, where: string) => `Er is al een ${nouns[kind].word} met de naam '${name}' (${where}).`,
    },
};
