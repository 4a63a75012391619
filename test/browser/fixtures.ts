/** Inputs shared by the renderer's unit and browser tests. */
import type { JourneyModel, MapModel, StageModel, TouchpointModel } from '../../src/model/map-model.js';

/** What a hostile document puts in its strings (the `.journey` source form escapes the quote). */
export const payload = '<script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=1">\'<svg onload=window.__pwned=1>';
export const payloadSource = payload.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** A map that puts the payload in every text field the language has. */
export function hostileFiles(): Record<string, string> {
    const p = `"${payloadSource}"`;
    return {
        'hostile.journey': `
persona evil ${p} { description ${p} goal ${p} need ${p} frustration ${p} quote ${p} }
channel web ${p} icon web
journey bad ${p} {
    persona evil
    scenario ${p}
    owner ${p}
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
            opportunity o1 ${p} impact high effort low
            backstage ${p}
            support ${p}
            evidence ${p}
            owner ${p}
        }
    }
    action a1 ${p} { owner ${p} addresses p1 }
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
                    backstage: i % 2 === 0 ? [`Backstage ${i}`] : [], support: [], evidence: [], metrics: [],
                    range: { start: { line: i * 3, character: 0 }, end: { line: i * 3 + 2, character: 1 } }, uri,
                });
            }
            stages.push({ id: `s${s}`, name: `Stage ${s}`, metrics: [], pains: [], opportunities: [], touchpoints, range: touchpoints[0].range, uri });
        }
        const model: JourneyModel = {
            id, title: `Big ${state}`, state, personas: [], stages, actions: [], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, uri,
        };
        if (state === 'future') model.improves = 'big_now';
        return model;
    };
    const current = journey('big_now', 'current', 0);
    const future = journey('big_next', 'future', 1);
    const ids = current.stages.flatMap(s => s.touchpoints.map(t => t.id));
    return {
        journeys: [current, future],
        comparisons: [{
            current: current.id, future: future.id,
            stages: current.stages.map(s => ({ id: s.id, status: 'matched' as const })),
            touchpoints: ids.map(id => ({ id, status: 'changed' as const, emotionDelta: 1 })),
            pains: { resolved: [], new: [], unnamedCurrent: [], unnamedFuture: [] },
            summary: { added: 0, removed: 0, moved: 0, changed: ids.length, unchanged: 0, meanEmotionDelta: 0.2 },
        }],
        diagnostics: [],
    };
}
