import type { Range } from '../../model/map-model.js';
import type { ActionOutline, MapOutline, WorkspaceOutline } from '../../model/workspace-outline.js';
import type { MapType } from '../../model/vocabulary.js';

/**
 * What the Journeys view shows, worked out from the workspace outline without VS Code: groups of
 * maps by persona, each map with its badges, stages, actions and review; above them what needs
 * attention (reviews that are due, overdue actions). The view (journeys-view.ts) only turns these
 * nodes into tree items. Words come through `t` (VS Code's l10n in the view, a plain formatter in tests).
 */
export type Translate = (message: string, ...args: Array<string | number>) => string;

interface NodeBase {
    /** Stable across refreshes, so the tree keeps what is expanded and selected. */
    id: string;
    label: string;
    description?: string;
    tooltip?: string;
    children: JourneysNode[];
}

/** A place in a file that a click opens. */
export interface SourceLocation {
    uri: string;
    range: Range;
}

export type JourneysNode =
    | NodeBase & { kind: 'attention'; which: 'reviews' | 'actions' }
    | NodeBase & { kind: 'persona'; source?: SourceLocation }
    | NodeBase & { kind: 'map'; source: SourceLocation; journeyId: string; mapType: MapType; needsAttention: boolean }
    | NodeBase & { kind: 'stage'; source: SourceLocation }
    | NodeBase & { kind: 'actions' }
    | NodeBase & { kind: 'action'; source: SourceLocation; status: ActionOutline['status']; overdue: boolean }
    | NodeBase & { kind: 'review'; source: SourceLocation; due: boolean };

const typeOrder: Record<MapType, number> = { 'customer-journey': 0, 'day-in-the-life': 1, 'service-blueprint': 2 };

export function buildJourneysTree(outline: WorkspaceOutline, t: Translate): JourneysNode[] {
    const roots: JourneysNode[] = [];
    const maps = [...outline.maps].sort(compareMaps);
    const dueReviews = maps.filter(map => map.review?.due);
    if (dueReviews.length > 0) {
        roots.push({
            kind: 'attention', which: 'reviews', id: 'attention:reviews',
            label: t('Reviews due'), description: String(dueReviews.length),
            tooltip: t('Maps whose last review is older than their review interval'),
            children: dueReviews.map(map => mapNode(map, 'attention:reviews', t)),
        });
    }
    const overdue = maps.flatMap(map => map.actions.filter(a => a.overdueDays !== undefined).map(action => ({ map, action })))
        .sort((a, b) => (b.action.overdueDays ?? 0) - (a.action.overdueDays ?? 0));
    if (overdue.length > 0) {
        roots.push({
            kind: 'attention', which: 'actions', id: 'attention:actions',
            label: t('Overdue actions'), description: String(overdue.length),
            tooltip: t('Actions past their due date that are not done'),
            children: overdue.map(({ map, action }) => actionNode(map, action, 'attention:actions', t, true)),
        });
    }
    const declared = new Map(outline.personas.map(persona => [persona.id, persona]));
    const byPersona = new Map<string, MapOutline[]>();
    const withoutPersona: MapOutline[] = [];
    for (const map of maps) {
        if (map.personas.length === 0) withoutPersona.push(map);
        for (const persona of map.personas) byPersona.set(persona.id, [...(byPersona.get(persona.id) ?? []), map]);
    }
    const personaIds = [...new Set([...declared.keys(), ...byPersona.keys()])];
    const nameOf = (id: string) => declared.get(id)?.name ?? maps.flatMap(m => m.personas).find(p => p.id === id)?.name ?? id;
    personaIds.sort((a, b) => nameOf(a).localeCompare(nameOf(b)) || a.localeCompare(b));
    for (const id of personaIds) {
        const own = byPersona.get(id) ?? [];
        const declaration = declared.get(id);
        roots.push({
            kind: 'persona', id: `persona:${id}`, label: nameOf(id),
            description: own.length === 0 ? t('no maps yet') : own.length === 1 ? t('1 map') : t('{0} maps', own.length),
            ...(declaration ? { source: { uri: declaration.uri, range: declaration.range } } : {}),
            children: own.map(map => mapNode(map, `persona:${id}`, t)),
        });
    }
    if (withoutPersona.length > 0) {
        roots.push({
            kind: 'persona', id: 'persona:', label: t('Without a persona'),
            description: withoutPersona.length === 1 ? t('1 map') : t('{0} maps', withoutPersona.length),
            children: withoutPersona.map(map => mapNode(map, 'persona:', t)),
        });
    }
    return roots;
}

/** The badges of a map: its state, and its type when it is not a customer journey. */
export function mapBadges(map: Pick<MapOutline, 'state' | 'type'>, t: Translate): string[] {
    const badges = [map.state === 'future' ? t('future') : t('current')];
    if (map.type === 'day-in-the-life') badges.unshift(t('day'));
    if (map.type === 'service-blueprint') badges.unshift(t('blueprint'));
    return badges;
}

function mapNode(map: MapOutline, parent: string, t: Translate): JourneysNode {
    const id = `${parent}/map:${map.uri}#${map.id}`;
    const overdue = map.actions.filter(a => a.overdueDays !== undefined).length;
    const flags = [
        ...mapBadges(map, t),
        ...(map.review?.due ? [t('review due')] : []),
        ...(overdue > 0 ? [overdue === 1 ? t('1 overdue') : t('{0} overdue', overdue)] : []),
    ];
    const children: JourneysNode[] = map.stages.map(stage => ({
        kind: 'stage', id: `${id}/stage:${stage.id}`, label: stage.name || stage.id,
        description: stage.touchpoints === 1 ? t('1 touchpoint') : t('{0} touchpoints', stage.touchpoints),
        source: { uri: map.uri, range: stage.range }, children: [],
    }));
    if (map.actions.length > 0) {
        children.push({
            kind: 'actions', id: `${id}/actions`, label: t('Actions'),
            description: overdue > 0 ? t('{0} of {1} overdue', overdue, map.actions.length) : String(map.actions.length),
            children: map.actions.map(action => actionNode(map, action, `${id}/actions`, t, false)),
        });
    }
    if (map.review) {
        const { reviewed, everyMonths, validUntil, due } = map.review;
        children.push({
            kind: 'review', id: `${id}/review`, due,
            label: due ? t('Review due since {0}', validUntil) : t('Next review by {0}', validUntil),
            description: t('reviewed {0}, every {1} months', reviewed, everyMonths),
            source: { uri: map.uri, range: map.range }, children: [],
        });
    }
    const tooltip = [
        map.title,
        flags.join(' · '),
        map.personas.length > 0 ? t('Personas: {0}', map.personas.map(p => p.name).join(', ')) : t('No persona'),
        ...(map.improves ? [t('Improves: {0}', map.improves)] : []),
        ...(map.owner ? [t('Owner: {0}', map.owner)] : []),
        map.review ? t('Reviewed {0}', map.review.reviewed) : t('Never reviewed'),
    ].join('\n');
    return {
        kind: 'map', id, label: map.title || map.id, description: flags.join(' · '), tooltip,
        source: { uri: map.uri, range: map.range }, journeyId: map.id, mapType: map.type,
        needsAttention: overdue > 0 || map.review?.due === true, children,
    };
}

function actionNode(map: MapOutline, action: ActionOutline, parent: string, t: Translate, withMap: boolean): JourneysNode {
    const overdue = action.overdueDays !== undefined;
    const late = overdue ? [action.overdueDays === 1 ? t('1 day late') : t('{0} days late', action.overdueDays!)] : [];
    const parts = [
        // Among the overdue actions of every map, how late comes first and the map last: the view cuts long lines.
        ...(withMap ? late : []),
        action.owner ?? t('no owner'),
        action.due ? t('due {0}', action.due) : t('no due date'),
        ...(withMap ? [] : late),
        ...(action.status !== 'open' ? [action.status === 'done' ? t('done') : t('doing')] : []),
        ...(withMap ? [map.title || map.id] : []),
    ];
    return {
        kind: 'action', id: `${parent}/action:${map.uri}#${map.id}/${action.id}`, label: action.title || action.id,
        description: parts.join(' · '), tooltip: parts.join('\n'),
        source: { uri: map.uri, range: action.range }, status: action.status, overdue, children: [],
    };
}

function compareMaps(a: MapOutline, b: MapOutline): number {
    return typeOrder[a.type] - typeOrder[b.type]
        || (a.state === b.state ? 0 : a.state === 'current' ? -1 : 1)
        || (a.title || a.id).localeCompare(b.title || b.id)
        || a.uri.localeCompare(b.uri);
}
