import assert from 'node:assert/strict';
import { modelOf, people } from './helpers.js';

const current = `journey today "Today" {
    persona thierry
    stage find "Find" {
        touchpoint same "Same" { channel web action "Looks" thought "Hm" emotion -1 backstage "B" support "S" evidence "e" }
        touchpoint renamed "Old name" { channel web emotion 0 evidence "e" }
        touchpoint rechannel "Rechannel" { channel web emotion 0 evidence "e" }
        touchpoint reacted "Reacted" { channel web action "Old action" emotion 0 evidence "e" }
        touchpoint rethought "Rethought" { channel web thought "Old" evidence "e" }
        touchpoint refelt "Refelt" { channel web emotion -2 evidence "e" }
        touchpoint relabelled "Relabelled" { channel web emotion 1 "glad" evidence "e" }
        touchpoint backstaged "Backstaged" { channel web emotion 0 backstage "Old" evidence "e" }
        touchpoint supported "Supported" { channel web emotion 0 support "Old" evidence "e" }
        touchpoint wanders "Wanders" { channel web emotion -2 evidence "e" pain slow "Slow" }
        touchpoint gone "Gone" { channel phone emotion -2 evidence "e" pain queue "Queue" severity medium pain "Unnamed pain" }
    }
    stage dropped "Dropped" {
        touchpoint also_gone "Also gone" { channel mail emotion 1 evidence "e" pain kept "Kept" }
    }
    stage pay "Pay" {
        touchpoint pays "Pays" { channel web emotion -1 evidence "e" }
    }
    action speed_up "Speed up" { owner "Team" due "2027-01-01" addresses slow }
}`;

const future = `journey target "Target" improves today {
    persona thierry
    stage find "Find" {
        touchpoint same "Same" { channel web action "Looks" thought "Hm" emotion -1 backstage "B" support "S" }
        touchpoint renamed "New name" { channel web emotion 0 }
        touchpoint rechannel "Rechannel" { channel mail emotion 0 }
        touchpoint reacted "Reacted" { channel web action "New action" emotion 0 }
        touchpoint rethought "Rethought" { channel web thought "New" }
        touchpoint refelt "Refelt" { channel web emotion 1 }
        touchpoint relabelled "Relabelled" { channel web emotion 1 "happy" }
        touchpoint backstaged "Backstaged" { channel web emotion 0 backstage "New" }
        touchpoint supported "Supported" { channel web emotion 0 support "New" }
        touchpoint fresh "Fresh" { channel web emotion 2 pain new_one "New worry" pain kept "Kept" pain "Another unnamed" }
    }
    stage pay "Pay" {
        touchpoint pays "Pays" { channel web emotion 1 }
        touchpoint wanders "Wanders" { channel web emotion 1 }
    }
    stage after "After" {
        touchpoint thanks "Thanks" { channel mail emotion 2 }
    }
}`;

describe('comparison of a current and a future map', () => {
    let comparison: Awaited<ReturnType<typeof modelOf>>['comparisons'][number];

    before(async () => {
        const model = await modelOf({ 'people.journey': people, 'today.journey': current, 'target.journey': future });
        assert.equal(model.comparisons.length, 1);
        comparison = model.comparisons[0];
    });

    const statusOf = (id: string) => comparison.touchpoints.find(t => t.id === id);

    it('names the two maps', () => {
        assert.equal(comparison.current, 'today');
        assert.equal(comparison.future, 'target');
    });

    it('matches stages by name: matched, added, removed, in an aligned order', () => {
        assert.deepEqual(comparison.stages.map(s => [s.id, s.status]), [
            ['find', 'matched'], ['dropped', 'removed'], ['pay', 'matched'], ['after', 'added'],
        ]);
    });

    it('gives a stage emotion delta as the difference of touchpoint means', () => {
        // pay: current mean -1, future mean (1 + 1) / 2 = 1
        assert.equal(comparison.stages.find(s => s.id === 'pay')?.emotionDelta, 2);
        // find: current (-1+0+0+0-2+1+0+0-2-2)/10 = -0.6; future (-1+0+0+0+1+1+0+0+2)/9 = 1/3
        const find = comparison.stages.find(s => s.id === 'find')?.emotionDelta;
        assert.ok(find !== undefined && Math.abs(find - (1 / 3 + 0.6)) < 1e-9, String(find));
        assert.equal(comparison.stages.find(s => s.id === 'after')?.emotionDelta, undefined);
    });

    it('unchanged when nothing the spec names differs (evidence does not count)', () => {
        assert.equal(statusOf('same')?.status, 'unchanged');
        assert.equal(statusOf('relabelled')?.status, 'unchanged');
    });

    for (const id of ['renamed', 'rechannel', 'reacted', 'rethought', 'refelt', 'backstaged', 'supported']) {
        it(`changed: ${id}`, () => {
            assert.deepEqual(statusOf(id), {
                id, status: 'changed', currentStage: 'find', futureStage: 'find',
                ...(id === 'refelt' ? { emotionDelta: 3, emotionDeltas: { thierry: 3 } } : id === 'rethought' ? {} : { emotionDelta: 0, emotionDeltas: { thierry: 0 } }),
            });
        });
    }

    it('moved: the same touchpoint in a stage of another name, with its emotion delta', () => {
        assert.deepEqual(statusOf('wanders'), { id: 'wanders', status: 'moved', currentStage: 'find', futureStage: 'pay', emotionDelta: 3, emotionDeltas: { thierry: 3 } });
    });

    it('added and removed touchpoints', () => {
        assert.deepEqual(statusOf('fresh'), { id: 'fresh', status: 'added', futureStage: 'find' });
        assert.deepEqual(statusOf('thanks'), { id: 'thanks', status: 'added', futureStage: 'after' });
        assert.deepEqual(statusOf('gone'), { id: 'gone', status: 'removed', currentStage: 'find' });
        assert.deepEqual(statusOf('also_gone'), { id: 'also_gone', status: 'removed', currentStage: 'dropped' });
    });

    it('resolved (an action addresses it), dropped (none does) and new pains by name; unnamed pains listed, never matched', () => {
        assert.deepEqual(comparison.pains.resolved, ['slow']);
        assert.deepEqual(comparison.pains.dropped, ['queue']);
        assert.deepEqual(comparison.pains.new, ['new_one']);
        assert.deepEqual(comparison.pains.unnamedCurrent, ['Unnamed pain']);
        assert.deepEqual(comparison.pains.unnamedFuture, ['Another unnamed']);
    });

    it('summarises the counts and the mean emotion change', () => {
        const { summary } = comparison;
        assert.deepEqual([summary.added, summary.removed, summary.moved, summary.changed, summary.unchanged], [2, 2, 1, 8, 2]);
        const currentMean = (-1 + 0 + 0 + 0 - 2 + 1 + 0 + 0 - 2 - 2 + 1 - 1) / 12;
        const futureMean = (-1 + 0 + 0 + 0 + 1 + 1 + 0 + 0 + 2 + 1 + 1 + 2) / 12;
        assert.ok(Math.abs(summary.meanEmotionDelta! - (futureMean - currentMean)) < 1e-9);
    });

    it('compares a future map with a current map in another file, and only when it improves one', async () => {
        const model = await modelOf({ 'people.journey': people, 'today.journey': current });
        assert.equal(model.comparisons.length, 0);
    });
});
