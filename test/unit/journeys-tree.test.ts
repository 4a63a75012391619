import assert from 'node:assert/strict';
import { buildJourneysTree, mapBadges, type JourneysNode, type Translate } from '../../src/extension/journeys/journeys-tree.js';
import { buildWorkspaceOutline } from '../../src/language/workspace-outline.js';
import { buildDocumentSet, sourcesFromTexts } from '../../src/workspace/document-set.js';
import { people } from './helpers.js';

/** VS Code's l10n.t without a translation: `{0}` replaced by the first argument. */
const t: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

const files = {
    'people.journey': `${people}\npersona nobody_maps "Nobody Maps"`,
    'thierry.journey': `journey thierry_today "Laptop — today" {
    persona thierry
    reviewed "2026-03-01"
    stage orientation "Oriëntatie" { touchpoint search "Search" { channel web emotion -1 evidence "x" } }
    action late "Late action" { owner "Web team" due "2026-11-13" }
    action done "Done action" { owner "Web team" due "2026-11-01" status done }
}
journey thierry_future "Laptop — future" improves thierry_today {
    persona thierry
    stage orientation "Oriëntatie" { touchpoint search "Search" { channel web emotion 1 } }
}`,
    'dominique.journey': `journey dominique_day "A day of Dominique" {
    type day-in-the-life
    persona dominique, thierry
    reviewed "2026-10-01"
    stage morning "Morning" { touchpoint wake "Wakes up" { emotion 0 } touchpoint train "Train" { emotion -1 } }
}
journey blueprint "Claims blueprint" {
    type service-blueprint
    persona dominique
    stage report "Report" { touchpoint call "Calls" { channel phone emotion 0 evidence "x" } }
    action urgent "Urgent" { due "2026-11-22" }
}
journey loose "Without persona" { stage s "S" { touchpoint t "T" { channel web emotion 0 evidence "x" } } }`,
};

async function tree(): Promise<JourneysNode[]> {
    const { documents, services } = await buildDocumentSet(sourcesFromTexts(files), { today: '2026-11-23' });
    return buildJourneysTree(buildWorkspaceOutline(documents, services.Journey.journey.Settings), t);
}

const find = (nodes: readonly JourneysNode[], label: string) => nodes.find(n => n.label === label);

describe('the Journeys view\'s tree', () => {
    it('groups the maps by persona, a map of two personas under both, and lists personas without maps', async () => {
        const roots = await tree();
        assert.deepEqual(roots.map(n => `${n.kind}:${n.label}`), [
            'attention:Reviews due', 'attention:Overdue actions',
            'persona:Drukke Dominique', 'persona:Nobody Maps', 'persona:Twijfelende Thierry', 'persona:Without a persona',
        ]);
        assert.deepEqual(find(roots, 'Drukke Dominique')!.children.map(n => n.label), ['A day of Dominique', 'Claims blueprint']);
        // Current before future, customer journeys before days in the life.
        assert.deepEqual(find(roots, 'Twijfelende Thierry')!.children.map(n => n.label), ['Laptop — today', 'Laptop — future', 'A day of Dominique']);
        assert.equal(find(roots, 'Nobody Maps')!.description, 'no maps yet');
        assert.deepEqual(find(roots, 'Without a persona')!.children.map(n => n.label), ['Without persona']);
        // Ids stay unique in the whole tree (VS Code refuses a tree with duplicate ids).
        const ids: string[] = [];
        const walk = (nodes: readonly JourneysNode[]) => nodes.forEach(n => { ids.push(n.id); walk(n.children); });
        walk(roots);
        assert.equal(new Set(ids).size, ids.length);
    });

    it('badges each map with its state and type, and marks what is late', async () => {
        const roots = await tree();
        const thierry = find(roots, 'Twijfelende Thierry')!.children;
        assert.equal(find(thierry, 'Laptop — today')!.description, 'current · review due · 1 overdue');
        assert.equal(find(thierry, 'Laptop — future')!.description, 'future');
        assert.equal(find(thierry, 'A day of Dominique')!.description, 'day · current');
        const blueprint = find(find(roots, 'Drukke Dominique')!.children, 'Claims blueprint')!;
        assert.equal(blueprint.description, 'blueprint · current · 1 overdue');
        assert.deepEqual(mapBadges({ state: 'future', type: 'service-blueprint' }, t), ['blueprint', 'future']);
    });

    it('shows a map\'s stages, its actions with owner, due date and days late, and its review', async () => {
        const roots = await tree();
        const today = find(find(roots, 'Twijfelende Thierry')!.children, 'Laptop — today')!;
        assert.deepEqual(today.children.map(n => `${n.kind}:${n.label}:${n.description}`), [
            'stage:Oriëntatie:1 touchpoint',
            'actions:Actions:1 of 2 overdue',
            'review:Review due since 2026-09-01:reviewed 2026-03-01, every 6 months',
        ]);
        const actions = today.children[1].children;
        assert.deepEqual(actions.map(n => n.kind === 'action' ? [n.label, n.description, n.overdue] : []), [
            ['Late action', 'Web team · due 2026-11-13 · 10 days late', true],
            ['Done action', 'Web team · due 2026-11-01 · done', false],
        ]);
        const stage = today.children[0];
        assert.ok(stage.kind === 'stage' && stage.source.range.start.line === 3 && /thierry\.journey$/.test(stage.source.uri));
        const day = find(find(roots, 'Drukke Dominique')!.children, 'A day of Dominique')!;
        assert.equal(day.children.at(-1)!.label, 'Next review by 2027-04-01');
    });

    it('puts due reviews and overdue actions on top, the latest action first', async () => {
        const roots = await tree();
        assert.deepEqual(roots[0].children.map(n => n.label), ['Laptop — today']);
        assert.equal(roots[1].description, '2');
        assert.deepEqual(roots[1].children.map(n => n.description), [
            '10 days late · Web team · due 2026-11-13 · Laptop — today',
            '1 day late · no owner · due 2026-11-22 · Claims blueprint',
        ]);
    });

    it('has nothing on top when nothing is late, and no roots for an empty workspace', async () => {
        const { documents, services } = await buildDocumentSet(sourcesFromTexts({ 'people.journey': people }), { today: '2026-11-23' });
        const roots = buildJourneysTree(buildWorkspaceOutline(documents, services.Journey.journey.Settings), t);
        assert.deepEqual(roots.map(n => n.kind), ['persona', 'persona']);
        assert.deepEqual(buildJourneysTree({ today: '2026-11-23', maps: [], personas: [] }, t), []);
    });
});
