/**
 * Deterministic generator of realistic `.journey` workspaces for benchmarks.
 *
 * A workspace of N touchpoints is:
 *  - `people.journey`: a few personas and every channel;
 *  - `current.journey`: a current-state map with ceil(N/2) touchpoints;
 *  - `future.journey`: a future-state map that `improves` the current one, with floor(N/2) touchpoints,
 *    most of them reusing a current touchpoint's name (so the comparison matches them), some new.
 * Stages hold ~10 touchpoints; every kind of line of the language occurs, about 8 lines per touchpoint (1,000 touchpoints ≈ 8,300 lines).
 * Validated with today = {@link BENCH_TODAY}, it has no errors, no warnings and no hints.
 */

export const BENCH_TODAY = '2026-11-23';

export interface GenerateOptions {
    /** Seed of the pseudo-random choices; the same seed gives the same text. Default 1. */
    seed?: number;
    /** Touchpoints per stage. Default 10. */
    stageSize?: number;
}

export interface GeneratedWorkspace {
    /** File name -> text. */
    files: Record<string, string>;
}

const PERSONAS: ReadonlyArray<[string, string, string]> = [
    ['thierry', 'Twijfelende Thierry', 'Student who compares everything twice before he buys.'],
    ['dominique', 'Drukke Dominique', 'Working parent with no time for long texts or phone queues.'],
    ['sanne', 'Spaarzame Sanne', 'Retired teacher who reads every condition and asks for a paper copy.'],
    ['ahmed', 'Ambitieuze Ahmed', 'Small business owner who buys on his phone between two meetings.'],
];

const CHANNELS: ReadonlyArray<[string, string, string]> = [
    ['web', 'Website', 'web'],
    ['app', 'Mobile app', 'app'],
    ['mail', 'E-mail', 'mail'],
    ['phone', 'Customer service line', 'phone'],
    ['chat', 'Chat', 'chat'],
    ['social', 'Social media', 'social'],
    ['search', 'Search engine', 'search'],
    ['ads', 'Display ads', 'ad'],
    ['store', 'Store', 'store'],
    ['letter', 'Printed letter', 'print'],
];

const STAGE_NAMES = ['Oriëntatie', 'Afweging', 'Aankoop', 'Levering', 'Gebruik', 'Service', 'Loyaliteit', 'Verlenging'];
const VERBS = ['Searches', 'Compares', 'Reads', 'Orders', 'Calls', 'Chats', 'Fills in', 'Checks', 'Tracks', 'Returns', 'Asks about', 'Pays for'];
const OBJECTS = ['the price list', 'the product page', 'the delivery options', 'the contract', 'the invoice', 'the warranty terms',
    'the "best deal" banner', 'the order status', 'the FAQ', 'the loyalty programme', 'the review score', 'the setup guide'];
const THOUGHTS = ['Which of these can I trust?', 'Why is this so hard?', 'I hope this is the last step.', 'This is quicker than I thought.',
    'Do I really need all of this?', 'Where did my discount go?', 'Finally, a clear answer.', 'I will ask my neighbour first.'];
const EMOTION_LABELS = ['frustrated', 'unsure', 'neutral', 'relieved', 'delighted'];
const PAINS = ['Shipping costs appear only at the last step', 'Waiting time on the phone', 'No side-by-side comparison',
    'Confusing error message', 'The same question is asked twice', 'Status updates stop after dispatch', 'Login expires mid-form'];
const OPPORTUNITIES = ['Show the total price from the first page', 'Offer a call-back slot', 'Add a comparison table',
    'Explain what went wrong and how to fix it', 'Prefill what we already know', 'Send a proactive status message'];
const BACKSTAGE = ['Order is checked by hand for fraud', 'Warehouse picks and packs the order', 'Agent looks up the customer in two systems',
    'Tariff team keeps prices current', 'Back office approves the credit check'];
const SUPPORT = ['Payment provider', 'CRM', 'Carrier tracking API', 'Identity provider', 'Tariff engine', 'Ticketing system'];
const EVIDENCE = ['Analytics, Q3 2026', 'Usability test, 8 of 10 participants', 'Call centre report, October 2026',
    'App store reviews', 'Exit survey', 'Funnel report', 'Customer interviews (n=12)'];
const METRICS = ['Conversion', 'Drop-off', 'Satisfaction', 'First-contact resolution', 'Bounce rate'];
const LEVELS = ['low', 'medium', 'high'] as const;
const STATUSES = ['open', 'doing', 'done'] as const;
const OWNERS = ['E-commerce team', 'Customer service', 'Logistics', 'Content team', 'Product team'];

/** mulberry32: small, fast, deterministic. */
export function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function pad(n: number, width = 5): string {
    return String(n).padStart(width, '0');
}

class Writer {
    private readonly lines: string[] = [];
    line(indent: number, text: string): void {
        this.lines.push('    '.repeat(indent) + text);
    }
    blank(): void {
        this.lines.push('');
    }
    text(): string {
        return this.lines.join('\n') + '\n';
    }
}

interface JourneySpec {
    id: string;
    title: string;
    state: 'current' | 'future';
    improves?: string;
    touchpoints: number;
    /** Name of the i-th touchpoint (unique within the journey). */
    touchpointName: (index: number) => string;
    /** Name of the pain of the i-th touchpoint, if it has a named pain (unique within the journey). */
    painName: (index: number) => string;
}

function writePeople(w: Writer): void {
    w.line(0, '// Personas and channels shared by every map of this workspace.');
    w.blank();
    for (const [id, name, description] of PERSONAS) {
        w.line(0, `persona ${id} "${name}" {`);
        w.line(1, `description "${description}"`);
        w.line(1, 'goal "Get it done without surprises"');
        w.line(1, 'need "A clear price up front"');
        w.line(1, 'frustration "Waiting on hold"');
        w.line(1, `quote "I don't want to regret this."`);
        w.line(0, '}');
        w.blank();
    }
    for (const [id, name, icon] of CHANNELS) {
        w.line(0, `channel ${id} "${name}" icon ${icon}`);
    }
}

function writeJourney(w: Writer, spec: JourneySpec, rnd: () => number, stageSize: number): void {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
    const personaIds = PERSONAS.map(p => p[0]);
    w.line(0, `// ${spec.state === 'current' ? 'Current' : 'Future'} state, generated for benchmarks.`);
    w.line(0, `journey ${spec.id} "${spec.title}"${spec.improves ? ` improves ${spec.improves}` : ''} {`);
    w.line(1, `persona ${personaIds.join(', ')}`);
    w.line(1, `state ${spec.state}`);
    w.line(1, `scenario "A customer buys, uses and renews a service; ${spec.touchpoints} touchpoints."`);
    w.line(1, `owner "${pick(OWNERS)}"`);
    w.line(1, 'reviewed "2026-10-01"');
    const stages = Math.max(1, Math.ceil(spec.touchpoints / stageSize));
    for (let s = 0; s < stages; s++) {
        const first = s * stageSize;
        const last = Math.min(spec.touchpoints, first + stageSize);
        // Pains of this stage that only an action addresses (severity high, no opportunity nearby).
        const addressedByAction: string[] = [];
        w.line(1, `stage stage_${pad(s, 4)} "${STAGE_NAMES[s % STAGE_NAMES.length]} ${s + 1}" {`);
        w.line(2, `goal "${pick(VERBS)} ${pick(OBJECTS).replace(/"/g, '\\"')} without help"`);
        w.line(2, `metric "${pick(METRICS)}" ${(rnd() * 100).toFixed(1)}%`);
        for (let i = first; i < last; i++) {
            const tp = spec.touchpointName(i);
            w.line(2, `touchpoint ${tp} "${pick(VERBS)} ${pick(OBJECTS).replace(/"/g, '\\"')}" {`);
            w.line(3, `channel ${pick(CHANNELS)[0]}`);
            w.line(3, `action "${pick(VERBS)} ${pick(OBJECTS).replace(/"/g, '\\"')}"`);
            const emotion = Math.floor(rnd() * 5) - 2;
            w.line(3, `emotion ${emotion > 0 ? '+' : ''}${emotion} "${EMOTION_LABELS[emotion + 2]}"`);
            // A rotating mix of the other lines: on average ~1.75 more lines per touchpoint.
            switch (i % 4) {
                case 0: {
                    w.line(3, `pain ${spec.painName(i)} "${pick(PAINS)}" severity high`);
                    w.line(3, `opportunity opp_${pad(i)} "${pick(OPPORTUNITIES)}" impact ${pick(LEVELS)} effort ${pick(LEVELS)}`);
                    break;
                }
                case 1: {
                    w.line(3, `backstage "${pick(BACKSTAGE)}"`);
                    if (i % 8 === 1) w.line(3, `support "${pick(SUPPORT)}"`);
                    break;
                }
                case 2: {
                    // A high pain with no opportunity in its touchpoint: an action of the journey addresses it.
                    w.line(3, `pain ${spec.painName(i)} "${pick(PAINS)}" severity high`);
                    addressedByAction.push(spec.painName(i));
                    if (i % 8 === 2) w.line(3, `metric "${pick(METRICS)}" ${Math.floor(rnd() * 101)}%`);
                    else w.line(3, `persona ${personaIds[i % personaIds.length]}`);
                    break;
                }
                default: {
                    if (i % 8 === 3) {
                        w.line(3, `thought "${pick(THOUGHTS)}"`);
                        w.line(3, `pain "${pick(PAINS)}" severity ${rnd() < 0.5 ? 'low' : 'medium'}`);
                    } else {
                        w.line(3, `owner "${pick(OWNERS)}"`);
                    }
                    break;
                }
            }
            if (spec.state === 'current' || i % 3 === 0) {
                w.line(3, `evidence "${pick(EVIDENCE)}"`);
            }
            w.line(2, '}');
        }
        w.line(1, '}');
        if (addressedByAction.length > 0) {
            w.line(1, `action act_${pad(s, 4)} "Fix the worst of stage ${s + 1}" {`);
            w.line(2, `owner "${pick(OWNERS)}"`);
            w.line(2, `due "2027-0${1 + (s % 9)}-${String(1 + (s % 28)).padStart(2, '0')}"`);
            w.line(2, `addresses ${addressedByAction.join(', ')}`);
            w.line(2, `status ${STATUSES[s % STATUSES.length]}`);
            w.line(1, '}');
        }
    }
    w.line(0, '}');
}

function specs(touchpoints: number): [JourneySpec, JourneySpec] {
    const currentCount = Math.ceil(touchpoints / 2);
    const futureCount = touchpoints - currentCount;
    const current: JourneySpec = {
        id: 'service_today',
        title: 'Buying and using the service — today',
        state: 'current',
        touchpoints: currentCount,
        touchpointName: i => `tp_${pad(i)}`,
        painName: i => `pain_${pad(i)}`,
    };
    // The future map keeps 4 of 5 touchpoints of the current one (matched: changed or unchanged) and
    // replaces every fifth with a new one; every other named pain is kept (the rest are resolved).
    const future: JourneySpec = {
        id: 'service_tomorrow',
        title: 'Buying and using the service — redesigned',
        state: 'future',
        improves: current.id,
        touchpoints: futureCount,
        touchpointName: i => (i % 5 === 4 ? `tp_new_${pad(i)}` : `tp_${pad(i)}`),
        painName: i => (i % 8 < 4 ? `pain_${pad(i)}` : `pain_new_${pad(i)}`),
    };
    return [current, future];
}

/** A workspace of three files whose two journeys hold `touchpoints` touchpoints together. */
export function generateWorkspace(touchpoints: number, options: GenerateOptions = {}): GeneratedWorkspace {
    const seed = options.seed ?? 1;
    const stageSize = options.stageSize ?? 10;
    const [current, future] = specs(touchpoints);
    const people = new Writer();
    writePeople(people);
    const currentWriter = new Writer();
    writeJourney(currentWriter, current, random(seed), stageSize);
    const files: Record<string, string> = { 'people.journey': people.text(), 'current.journey': currentWriter.text() };
    if (future.touchpoints > 0) {
        const futureWriter = new Writer();
        writeJourney(futureWriter, future, random(seed + 1), stageSize);
        files['future.journey'] = futureWriter.text();
    }
    return { files };
}

/** The same workspace as one document (people, current and future map in one file), for language-server benchmarks. */
export function generateSingleDocument(touchpoints: number, options: GenerateOptions = {}): string {
    return Object.values(generateWorkspace(touchpoints, options).files).join('\n');
}

/** Lines and UTF-8 bytes of a workspace. */
export function workspaceSize(files: Record<string, string>): { lines: number; bytes: number } {
    let lines = 0;
    let bytes = 0;
    for (const text of Object.values(files)) {
        lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
        bytes += Buffer.byteLength(text, 'utf8');
    }
    return { lines, bytes };
}
