/**
 * The words of `journey import`: its warnings and errors (each about one line of the Mermaid
 * source) and the few words it writes into the new map. English and Dutch; the CLI's `--lang`
 * chooses. Texts quoted from the source are already shortened and stripped of control characters.
 */
export const mermaidImportEn = {
    notJourney: (found: string) => `not a Mermaid journey diagram: expected 'journey' but found '${found}'`,
    accDescrNotClosed: () => "'accDescr {' is not closed with '}'",
    noTasks: () => 'the diagram has no tasks',
    noDiagram: () => "no Mermaid journey diagram found: expected a 'journey' line",
    frontMatterNotClosed: () => "front matter opened with '---' is not closed",
    semicolon: () => "Mermaid does not allow ';' here; it is kept as text",
    secondJourney: () => "a second 'journey' line is ignored",
    unnamedSection: () => 'a section without a name is named after its number',
    notATask: (text: string) => `'${text}' is not a task: expected 'Task name: score: actors'`,
    taskWithoutName: () => "a task needs a name before ':'",
    textAfterActors: (text: string) => `text after the actors is ignored: ':${text}'`,
    noScore: (task: string) => `task '${task}' has no score: expected a number 1..5`,
    scoreNotNumber: (text: string) => `score '${text}' is not a number 1..5`,
    scoreRounded: (text: string, score: number) => `score ${text} is not a whole number; rounded to ${score}`,
    scoreClamped: (text: string, clamped: number) => `score ${text} is outside 1..5; clamped to ${clamped}`,
    // Written into the map
    importedFrom: (fileName: string | undefined) => `// Imported from ${fileName === undefined ? 'a Mermaid journey diagram' : `${fileName} (Mermaid journey diagram)`}`,
    accessibleTitle: (title: string) => `// Accessible title: ${title}`,
    untitled: () => 'Imported journey',
    sectionName: (n: number) => `Section ${n}`,
};

export type MermaidImportMessages = typeof mermaidImportEn;

export const mermaidImportNl: MermaidImportMessages = {
    notJourney: (found: string) => `geen Mermaid-journeydiagram: verwacht 'journey', maar hier staat '${found}'`,
    accDescrNotClosed: () => "'accDescr {' wordt niet afgesloten met '}'",
    noTasks: () => 'het diagram heeft geen taken',
    noDiagram: () => "geen Mermaid-journeydiagram gevonden: verwacht een regel 'journey'",
    frontMatterNotClosed: () => "de front matter die met '---' begint, wordt niet afgesloten",
    semicolon: () => "Mermaid staat hier geen ';' toe; die blijft als tekst staan",
    secondJourney: () => "een tweede regel 'journey' wordt overgeslagen",
    unnamedSection: () => 'een sectie zonder naam krijgt haar nummer als naam',
    notATask: (text: string) => `'${text}' is geen taak: verwacht 'Naam van de taak: score: actoren'`,
    taskWithoutName: () => "een taak heeft een naam nodig vóór ':'",
    textAfterActors: (text: string) => `tekst na de actoren wordt overgeslagen: ':${text}'`,
    noScore: (task: string) => `taak '${task}' heeft geen score: verwacht een getal van 1 tot 5`,
    scoreNotNumber: (text: string) => `score '${text}' is geen getal van 1 tot 5`,
    scoreRounded: (text: string, score: number) => `score ${text} is geen geheel getal; afgerond op ${score}`,
    scoreClamped: (text: string, clamped: number) => `score ${text} ligt buiten 1..5; bijgesteld tot ${clamped}`,
    importedFrom: (fileName: string | undefined) => `// Geïmporteerd uit ${fileName === undefined ? 'een Mermaid-journeydiagram' : `${fileName} (Mermaid-journeydiagram)`}`,
    accessibleTitle: (title: string) => `// Toegankelijke titel: ${title}`,
    untitled: () => 'Geïmporteerde klantreis',
    sectionName: (n: number) => `Sectie ${n}`,
};
