/**
 * Ready-made sets of journey phases that completion offers in a journey body: one item inserts
 * all stages of a model at once, each with an ASCII name, its display name and a touchpoint to
 * fill in.
 */
export interface StageTemplate {
    /** Stable name of the template (commands take it as an argument). */
    readonly id: string;
    /** The language its phase names are in (a new map from it says so with `language`). */
    readonly language: 'en' | 'nl';
    /** Short name of the model, shown in the completion list. */
    readonly label: string;
    /** Display names of the stages, in order. */
    readonly stages: readonly string[];
}

export const stageTemplates: readonly StageTemplate[] = [
    {
        id: 'nl-5',
        language: 'nl',
        label: 'Oriëntatie … Loyaliteit',
        stages: ['Oriëntatie', 'Afweging', 'Aankoop', 'Service en gebruik', 'Loyaliteit'],
    },
    {
        id: 'en-5',
        language: 'en',
        label: 'Awareness … Retention',
        stages: ['Awareness', 'Consideration', 'Decision', 'Service', 'Retention'],
    },
    {
        id: 'see-think-do-care',
        language: 'en',
        label: 'See, Think, Do, Care, Advocacy',
        stages: ['See', 'Think', 'Do', 'Care', 'Advocacy'],
    },
    {
        id: 'nl-10',
        language: 'nl',
        label: 'latente behoefte … ambassadeur',
        stages: [
            'Latente behoefte', 'Concrete behoefte', 'Oriëntatie', 'Overweging', 'Beslismoment',
            'Koop', 'Levering', 'Gebruik', 'Loyaliteit', 'Ambassadeur',
        ],
    },
];

/** An ASCII name for display text: `Oriëntatie` → `orientatie`, `Service en gebruik` → `service_en_gebruik`. */
export function asciiName(display: string): string {
    const name = display
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    if (name.length === 0) {
        return '_';
    }
    return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** Escapes text for a snippet (`$`, `}` and `\` are special there). */
export function snippetEscape(text: string): string {
    return text.replace(/[$}\\]/g, match => `\\${match}`);
}

/** Escapes text for the inside of a `.journey` string literal. */
export function stringEscape(text: string): string {
    return text.replace(/[\\"]/g, match => `\\${match}`).replace(/\n/g, '\\n');
}

/** A quoted `.journey` string, escaped for a snippet. */
export function quotedForSnippet(text: string): string {
    return `"${snippetEscape(stringEscape(text))}"`;
}

/** The snippet that inserts every stage of a template, each with a touchpoint placeholder (`placeholder` its display text). */
export function templateSnippet(template: StageTemplate, placeholder = 'Touchpoint'): string {
    let tabStop = 1;
    const blocks = template.stages.map(display => {
        const name = asciiName(display);
        const block = `stage ${name} ${quotedForSnippet(display)} {\n`
            + `\ttouchpoint \${${tabStop}:${name}_1} "\${${tabStop + 1}:${snippetEscape(placeholder)}}" {\n`
            + `\t\t\${${tabStop + 2}}\n`
            + '\t}\n'
            + '}';
        tabStop += 3;
        return block;
    });
    return blocks.join('\n\n') + '\n$0';
}
