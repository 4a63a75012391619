/** Inputs shared by the renderer's unit and browser tests. */
import type { JourneyModel, MapModel, StageModel, TouchpointModel } from '../../src/model/map-model.js';

/** What a hostile document puts in its strings (the `.journey` source form escapes the quote). */
export const payload = '<script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=1">\'<svg onload=window.__pwned=1>';
export const payloadSource = payload.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** A map that puts the payload (or `text`, in source form) in every text field the language has. */
export function hostileFiles(text = payloadSource): Record<string, string> {
    const p = `"${text}"`;
    return {
        'hostile.journey': `
persona evil ${p} { description ${p} goal ${p} need ${p} frustration ${p} quote ${p} }
channel web ${p} icon web
journey bad ${p} {
    persona evil
    scenario ${p}
    owner ${p}
    reviewed ${p}
    stage s1 ${p} {
        goal ${p}
        metric ${p} 3
        pain sp ${p} severity low
        opportunity so ${p}
        touchpoint t1 ${p} {
            persona evil
            channel web
            action ${p}
            thought ${p}
            emotion -1 ${p}
            pain p1 ${p} severity high
            pain ${p}
            opportunity o1 ${p} impact high effort low
            backstage ${p}
            support ${p}
            evidence ${p}
            metric ${p} 5
            owner ${p}
        }
    }
    action a1 ${p} { owner ${p} due ${p} addresses p1 }
}
journey bad_future ${p} improves bad {
    persona evil
    stage s1 ${p} {
        touchpoint t1 ${p} { channel web emotion 1 ${p} pain p2 ${p} }
        touchpoint t2 ${p} { channel web emotion 2 ${p} }
    }
}
`,
    };
}

const uri = 'file:///big.journey';

/** A synthetic map of `count` touchpoints in stages of `perStage`, with a future map that changes some. */
export function bigModel(count: number, perStage = 10): MapModel {
    const journey = (id: string, state: 'current' | 'future', shift: number): JourneyModel => {
        const stages: StageModel[] = [];
        for (let s = 0; s * perStage < count; s++) {
            const touchpoints: TouchpointModel[] = [];
            for (let i = s * perStage; i < Math.min(count, (s + 1) * perStage); i++) {
                touchpoints.push({
                    id: `t${i}`, name: `Touchpoint number ${i} with a longer name`, channel: { id: 'web', name: 'Website', icon: 'web' },
                    action: `Does thing ${i} and then another thing`, thought: `Thinks about ${i}`, emotion: ((i + shift) % 5) - 2, emotionLabel: 'mood',
                    pains: i % 3 === 0 ? [{ id: `p${i}`, text: `Pain ${i}`, severity: 'medium' }] : [],
                    opportunities: i % 4 === 0 ? [{ id: `o${i}`, text: `Opportunity ${i}`, impact: 'high', effort: 'low' }] : [],
                    props: [], frontstage: [], backstage: i % 2 === 0 ? [`Backstage ${i}`] : [], support: [], evidence: [], metrics: [],
                    range: { start: { line: i * 3, character: 0 }, end: { line: i * 3 + 2, character: 1 } }, uri,
                });
            }
            stages.push({ id: `s${s}`, name: `Stage ${s}`, metrics: [], pains: [], opportunities: [], touchpoints, range: touchpoints[0].range, uri });
        }
        const model: JourneyModel = {
            id, title: `Big ${state}`, state, type: 'customer-journey', language: 'en', personas: [], stages, actions: [], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, uri,
        };
        if (state === 'future') model.improves = 'big_now';
        return model;
    };
    const current = journey('big_now', 'current', 0);
    const future = journey('big_next', 'future', 1);
    const ids = current.stages.flatMap(s => s.touchpoints.map(t => t.id));
    return {
        version: 2,
        journeys: [current, future],
        comparisons: [{
            current: current.id, future: future.id,
            stages: current.stages.map(s => ({ id: s.id, status: 'matched' as const })),
            touchpoints: ids.map(id => ({ id, status: 'changed' as const, emotionDelta: 1 })),
            pains: { resolved: [], dropped: [], new: [], unnamedCurrent: [], unnamedFuture: [] },
            summary: { added: 0, removed: 0, moved: 0, changed: ids.length, unchanged: 0, meanEmotionDelta: 0.2 },
        }],
        diagnostics: [],
    };
}

/**
 * A short hostile text that names its field: markup, an entity and both quotes. Short enough to be
 * drawn whole wherever its field is shown, so a test can ask for it exactly as typed.
 */
export function fieldText(key: string): string {
    return `<i>${key}</i>&lt;"'`;
}

/** Where a field's text is drawn: the HTML header (export and preview), the drawing, or only the standalone SVG. */
export type FieldPlace = 'header' | 'drawing' | 'standalone';

export interface FieldCheck {
    key: string;
    what: string;
    place: FieldPlace;
    selector: string;
    /** The text as the renderer shows it: some fields get a prefix or quotes. */
    shown: string;
}

const q = (key: string) => `"${fieldText(key).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Every string the language has, each with its own text (see `fieldChecks` for where each is drawn). */
export function fieldFiles(): Record<string, string> {
    return {
        'fields.journey': `
persona pp ${q('pn')} { description ${q('pd')} goal ${q('pg')} need ${q('pe')} frustration ${q('pf')} quote ${q('pq')} }
channel cc ${q('cn')} icon chat
journey fields ${q('jt')} {
    persona pp
    scenario ${q('js')}
    owner ${q('jo')}
    reviewed ${q('jr')}
    stage s1 ${q('sn')} {
        goal ${q('sg')}
        metric ${q('sm')} 3
        pain sp ${q('sp')} severity low
        opportunity so ${q('so')} impact low
        touchpoint t1 ${q('tn')} {
            persona pp
            channel cc
            action ${q('ta')}
            thought ${q('tt')}
            emotion -1 ${q('te')}
            pain p1 ${q('tp')} severity high
            pain ${q('tu')}
            opportunity o1 ${q('to')} impact high effort low
            backstage ${q('tb')}
            support ${q('ts')}
            evidence ${q('tv')}
            metric ${q('tm')} 5
            owner ${q('tw')}
        }
    }
    action a1 ${q('an')} { owner ${q('ao')} due ${q('ad')} addresses p1 status doing }
}
journey fields_next ${q('fj')} improves fields {
    persona pp
    stage s1 ${q('fs')} {
        touchpoint t1 ${q('ft')} { channel cc emotion 1 ${q('fe')} }
        touchpoint t2 ${q('fu')} { channel cc emotion 2 }
    }
}
`,
    };
}

/** Where each field of `fieldFiles` must be read, exactly as typed (with the renderer's own prefix or quotes). */
export function fieldChecks(): FieldCheck[] {
    const t = fieldText;
    const tip = 'g.jm-touchpoint > title';
    const checks: Array<[string, string, FieldPlace, string, string?]> = [
        ['pn', 'persona name', 'header', '.jm-persona h2'],
        ['pd', 'persona description', 'header', '.jm-persona .jm-description'],
        ['pg', 'persona goal', 'header', '.jm-persona-goals li'],
        ['pe', 'persona need', 'header', '.jm-persona-needs li'],
        ['pf', 'persona frustration', 'header', '.jm-persona-frustrations li'],
        ['pq', 'persona quote', 'header', '.jm-persona .jm-quote', `“${t('pq')}”`],
        ['jt', 'journey title', 'header', '.jm-journey-head h1'],
        ['js', 'journey scenario', 'header', '.jm-scenario'],
        ['jo', 'journey owner', 'header', '.jm-journey-head .jm-meta', `Owner: ${t('jo')}`],
        ['jr', 'journey reviewed', 'header', '.jm-journey-head .jm-meta', `Reviewed: ${t('jr')}`],
        ['fj', 'future journey title', 'header', '.jm-journey-head h1'],
        ['jt', 'journey title', 'standalone', '.jm-journey-title .jm-title'],
        ['fj', 'future journey title', 'standalone', '.jm-journey-title .jm-title'],
        ['pn', 'persona name (touchpoint)', 'drawing', '.jm-card-group .jm-muted'],
        ['cn', 'channel name', 'drawing', '.jm-card-group .jm-muted'],
        ['cn', 'channel name (tooltip)', 'drawing', tip, `Channel: ${t('cn')}`],
        ['sn', 'stage name (renamed in the future map)', 'drawing', 'g.jm-stage .jm-stage-renamed', `Current map: ${t('sn')}`],
        ['fs', 'future stage name', 'drawing', 'g.jm-stage .jm-stage-name'],
        ['sg', 'stage goal', 'drawing', '.jm-stage-goal'],
        ['sm', 'stage metric', 'drawing', '.jm-stage-metric-line', `${t('sm')}: 3`],
        ['sp', 'stage pain', 'drawing', 'g.jm-pain .jm-pain-text'],
        ['so', 'stage opportunity', 'drawing', 'g.jm-opportunity text'],
        ['tn', 'touchpoint name', 'drawing', '.jm-touchpoint-name'],
        ['tn', 'touchpoint name (tooltip)', 'drawing', tip],
        ['ft', 'future touchpoint name', 'drawing', '.jm-touchpoint-name'],
        ['fu', 'added touchpoint name', 'drawing', '.jm-touchpoint-name'],
        ['ta', 'touchpoint action', 'drawing', 'g.jm-touchpoint .jm-action'],
        ['tt', 'touchpoint thought', 'drawing', 'g.jm-touchpoint .jm-thinks text', `“${t('tt')}”`],
        ['te', 'emotion label', 'drawing', '.jm-emotion-label'],
        ['fe', 'future emotion label', 'drawing', '.jm-emotion-label'],
        ['tp', 'touchpoint pain', 'drawing', 'g.jm-pain .jm-pain-text'],
        ['tu', 'unnamed pain', 'drawing', 'g.jm-pain .jm-pain-text'],
        ['to', 'touchpoint opportunity', 'drawing', 'g.jm-opportunity text'],
        ['tb', 'backstage', 'drawing', '.jm-backstage-item text'],
        ['ts', 'support', 'drawing', '.jm-support-item text'],
        ['tv', 'evidence (tooltip)', 'drawing', tip, `Evidence: ${t('tv')}`],
        ['tm', 'touchpoint metric (tooltip)', 'drawing', tip, `${t('tm')}: 5`],
        ['tw', 'touchpoint owner (tooltip)', 'drawing', tip, `Owner: ${t('tw')}`],
        ['an', 'action title', 'drawing', 'g.jm-action-item text'],
        ['ao', 'action owner', 'drawing', 'g.jm-action-item text'],
        ['ad', 'action due', 'drawing', 'g.jm-action-item text'],
        ['tp', 'pain an action addresses', 'drawing', 'g.jm-action-item text'],
        ['pn', 'persona name (meta line)', 'standalone', '.jm-journey-title text', `Persona: ${t('pn')}`],
        ['jo', 'journey owner (meta line)', 'standalone', '.jm-journey-title text', `Owner: ${t('jo')}`],
        ['jr', 'journey reviewed (meta line)', 'standalone', '.jm-journey-title text', `Reviewed: ${t('jr')}`],
        ['js', 'journey scenario', 'standalone', '.jm-journey-title .jm-scenario'],
    ];
    return checks.map(([key, what, place, selector, shown]) => ({ key, what, place, selector, shown: shown ?? t(key) }));
}

/**
 * Runs in the page: the texts of the elements a selector finds, as a reader sees them. A wrapped
 * SVG text is one line per <tspan>: it is given joined both without and with a space (a line
 * breaks inside a word or at a space); a <title> tooltip as its lines; HTML as its text.
 */
export function readTexts(selector: string): string[] {
    const texts: string[] = [];
    for (const element of Array.from(document.querySelectorAll(selector))) {
        const spans = Array.from(element.querySelectorAll('tspan'));
        if (spans.length > 0) {
            const lines = spans.map(s => s.textContent ?? '');
            texts.push(lines.join(''), lines.join(' '));
        } else if (element.localName === 'title') {
            texts.push(...(element.textContent ?? '').split('\n'));
        } else {
            texts.push(element.textContent ?? '');
        }
    }
    return texts;
}
