/**
 * The review report drawn with Preact: to a string for `journey report --format html`, and into
 * the DOM of the editor's review panel. Every text of a map goes in as JSX text, escaped by
 * construction. Rows carry `data-line` (and, in the panel, `data-uri`) so a click selects the
 * source, as in the preview.
 */
import type { JSX } from 'preact';
import type { Level } from '../model/map-model.js';
import { useSource } from '../renderer/map-svg.js';
import { wrapText } from '../renderer/text.js';
import { countedWords, reportLabelsFor, type ReportLabels } from './labels.js';
import type { ActionRef, ComparedPain, ReportAction, ReportComparison, ReportMap, ReportModel, ReportOpportunity, ReportPain } from './report-model.js';

export interface ReportViewProps {
    report: ReportModel;
    labels?: ReportLabels;
}

export function ReportView(props: ReportViewProps): JSX.Element {
    const { report } = props;
    const l = props.labels ?? reportLabelsFor(report.language);
    const t = report.totals;
    return (
        <div class="jm-map jr-report" data-maps={report.maps.length}>
            <header class="jr-head">
                <h1>{l.title}</h1>
                <p class="jr-meta">{l.generated(l.date(report.today), report.maps.length)} · {l.reviewInterval(report.reviewMonths)}</p>
                <ul class="jr-totals">
                    <Total value={t.reviewsDue} label={l.totals.reviewsDue} alert={t.reviewsDue > 0} name="reviews-due" />
                    <Total value={t.highPainsUnaddressed} label={l.totals.highPainsUnaddressed} alert={t.highPainsUnaddressed > 0} name="high-pains-unaddressed" />
                    <Total value={t.openActions} label={l.totals.openActions} name="open-actions" />
                    <Total value={t.overdueActions} label={l.totals.overdueActions} alert={t.overdueActions > 0} name="overdue-actions" />
                    <Total value={t.opportunities} label={l.totals.opportunities} name="opportunities" />
                </ul>
            </header>
            {report.maps.length === 0 ? <p class="jr-empty">{l.noMaps}</p> : (
                <>
                    <MapsSection maps={report.maps} l={l} />
                    <PainsSection pains={report.pains} l={l} />
                    <OpportunitiesSection opportunities={report.opportunities} l={l} />
                    <ActionsSection actions={report.actions} l={l} />
                    {report.comparisons.length > 0 ? <ComparisonsSection comparisons={report.comparisons} l={l} /> : null}
                </>
            )}
        </div>
    );
}

function Total(props: { value: number; label: { one: string; other: string }; alert?: boolean; name: string }): JSX.Element {
    return <li class={props.alert ? 'jr-total jr-alert' : 'jr-total'} data-total={props.name}><strong>{String(props.value)}</strong> {countedWords(props.value, props.label)}</li>;
}

function Section(props: { id: string; title: string; children: JSX.Element | JSX.Element[] | null }): JSX.Element {
    return (
        <section class="jr-section" id={`jr-${props.id}`} data-section={props.id}>
            <h2>{props.title}</h2>
            {props.children}
        </section>
    );
}

function MapsSection({ maps, l }: { maps: ReportMap[]; l: ReportLabels }): JSX.Element {
    const source = useSource();
    const c = l.columns;
    return (
        <Section id="maps" title={l.sections.maps}>
            <table class="jr-table">
                <thead><tr><th>{c.map}</th><th>{c.type}</th><th>{c.state}</th><th>{c.personas}</th><th>{c.owner}</th><th>{c.lastReview}</th><th>{c.review}</th></tr></thead>
                <tbody>
                    {maps.map(m => (
                        <tr class="jr-row" data-kind="map" data-journey={m.id} data-review={m.review} {...source(m.uri, m.range)}>
                            <td class="jr-strong">{m.title}</td>
                            <td>{l.mapType[m.type]}</td>
                            <td><span class={`jr-state jr-state-${m.state}`}>{l.mapState[m.state]}</span></td>
                            <td>{m.personas.join(', ') || l.noOwner}</td>
                            <td>{m.owner ?? l.noOwner}</td>
                            <td class="jr-date">{m.reviewed !== undefined ? l.date(m.reviewed) : l.noOwner}</td>
                            <td class={m.review === 'ok' ? '' : 'jr-late'}>{reviewText(m, l)}</td>
                        </tr>
                    ))}
                </tbody>
            </table>
        </Section>
    );
}

export function reviewText(m: ReportMap, l: ReportLabels): string {
    if (m.review === 'never') return l.review.never;
    if (m.review === 'overdue') return l.review.overdue(m.reviewDaysOverdue ?? 0, l.date(m.reviewDue ?? ''));
    return l.review.ok(l.date(m.reviewDue ?? ''));
}

/** Where an item is: "Stage · Touchpoint", or "Stage (whole stage)". */
export function placeText(item: { stage: string; touchpoint?: string }, l: ReportLabels): string {
    return item.touchpoint !== undefined ? `${item.stage} · ${item.touchpoint}` : `${item.stage} (${l.wholeStage})`;
}

export function actionsText(actions: readonly ActionRef[], l: ReportLabels): string {
    return actions.length === 0 ? l.none : actions.map(a => `${a.title} (${l.status[a.status].toLowerCase()})`).join('; ');
}

function LevelTag(props: { level: Level | undefined; l: ReportLabels }): JSX.Element {
    return <span class={`jr-level jr-level-${props.level ?? 'none'}`}>{props.level ? props.l.level[props.level] : props.l.noLevel}</span>;
}

function PainsSection({ pains, l }: { pains: ReportPain[]; l: ReportLabels }): JSX.Element {
    const source = useSource();
    const c = l.columns;
    return (
        <Section id="pains" title={l.sections.pains}>
            {pains.length === 0 ? <p class="jr-empty">{l.nothing}</p> : (
                <table class="jr-table">
                    <thead><tr><th>{c.severity}</th><th>{c.pain}</th><th>{c.map}</th><th>{c.stage} · {c.touchpoint}</th><th>{c.addressedBy}</th></tr></thead>
                    <tbody>
                        {pains.map(p => (
                            <tr class="jr-row" data-kind="pain" data-journey={p.journeyId} data-pain={p.id} data-severity={p.severity ?? 'none'} {...source(p.uri, p.range)}>
                                <td><LevelTag level={p.severity} l={l} /></td>
                                <td>{p.text}</td>
                                <td>{p.journeyTitle}</td>
                                <td>{placeText(p, l)}</td>
                                <td class={p.addressedBy.length === 0 ? 'jr-none' : ''}>{actionsText(p.addressedBy, l)}</td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            )}
        </Section>
    );
}

function OpportunitiesSection({ opportunities, l }: { opportunities: ReportOpportunity[]; l: ReportLabels }): JSX.Element {
    const source = useSource();
    const c = l.columns;
    return (
        <Section id="opportunities" title={l.sections.opportunities}>
            {opportunities.length === 0 ? <p class="jr-empty">{l.nothing}</p> : (
                <>
                    <ImpactEffortMatrix opportunities={opportunities} l={l} />
                    <table class="jr-table">
                        <thead><tr><th>{c.impact}</th><th>{c.effort}</th><th>{c.opportunity}</th><th>{c.map}</th><th>{c.stage} · {c.touchpoint}</th><th>{c.addressedBy}</th></tr></thead>
                        <tbody>
                            {opportunities.map(o => (
                                <tr class="jr-row" data-kind="opportunity" data-journey={o.journeyId} data-opportunity={o.id} data-impact={o.impact ?? 'none'} data-effort={o.effort ?? 'none'} {...source(o.uri, o.range)}>
                                    <td><LevelTag level={o.impact} l={l} /></td>
                                    <td><LevelTag level={o.effort} l={l} /></td>
                                    <td>{o.text}</td>
                                    <td>{o.journeyTitle}</td>
                                    <td>{placeText(o, l)}</td>
                                    <td>{actionsText(o.addressedBy, l)}</td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                </>
            )}
        </Section>
    );
}

const impactRows: Level[] = ['high', 'medium', 'low'];
const effortColumns: Level[] = ['low', 'medium', 'high'];
/** The matrix's geometry, in pixels. */
const matrix = { axis: 86, cell: 250, row: 124, head: 30, lines: 5, font: 12, line: 17 } as const;

/** The opportunities a matrix cell names (up to two lines each, as many as fit) and how many it only counts. */
function fillCell(items: readonly ReportOpportunity[], width: number): { shown: Array<{ item: ReportOpportunity; lines: string[]; top: number }>; more: number } {
    const shown: Array<{ item: ReportOpportunity; lines: string[]; top: number }> = [];
    let top = 0;
    for (const [i, item] of items.entries()) {
        const lines = wrapText(item.text, width, matrix.font, 2);
        // The last line is kept for "+ N more" while more items wait.
        const room = matrix.lines - (i < items.length - 1 ? 1 : 0);
        if (top + lines.length > room) break;
        shown.push({ item, lines, top });
        top += lines.length;
    }
    return { shown, more: items.length - shown.length };
}

/**
 * Impact (up) × effort (right): each opportunity in its cell, the first few by name and the rest
 * counted; the table below lists them all. High impact at low effort, the quick wins, is tinted.
 */
export function ImpactEffortMatrix({ opportunities, l }: { opportunities: ReportOpportunity[]; l: ReportLabels }): JSX.Element {
    const source = useSource();
    const width = matrix.axis + 3 * matrix.cell;
    const height = matrix.head + 3 * matrix.row + matrix.head;
    const placed = opportunities.filter(o => o.impact !== undefined && o.effort !== undefined);
    const unrated = opportunities.length - placed.length;
    return (
        <figure class="jr-matrix-figure">
            <svg class="jm-svg jr-matrix" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={l.sections.matrix} data-placed={placed.length}>
                <text class="jr-axis" x={matrix.axis + 1.5 * matrix.cell} y={height - 8} text-anchor="middle" font-size={13}>{`${l.matrixAxis.effort} →`}</text>
                <text class="jr-axis" x={16} y={matrix.head + 1.5 * matrix.row} text-anchor="middle" font-size={13} transform={`rotate(-90 16 ${matrix.head + 1.5 * matrix.row})`}>{`${l.matrixAxis.impact} →`}</text>
                {effortColumns.map((effort, col) => (
                    <text class="jr-axis-level" x={matrix.axis + col * matrix.cell + matrix.cell / 2} y={matrix.head - 10} text-anchor="middle" font-size={12}>{l.level[effort]}</text>
                ))}
                {impactRows.map((impact, row) => (
                    <text class="jr-axis-level" x={matrix.axis - 10} y={matrix.head + row * matrix.row + matrix.row / 2 + 4} text-anchor="end" font-size={12}>{l.level[impact]}</text>
                ))}
                {impactRows.flatMap((impact, row) => effortColumns.map((effort, col) => {
                    const items = placed.filter(o => o.impact === impact && o.effort === effort);
                    const x = matrix.axis + col * matrix.cell;
                    const y = matrix.head + row * matrix.row;
                    const quickWin = impact === 'high' && effort === 'low';
                    const cell = fillCell(items, matrix.cell - 34);
                    return (
                        <g class={`jr-cell${quickWin ? ' jr-quick-wins' : ''}`} data-impact={impact} data-effort={effort} data-count={items.length}>
                            <rect class="jr-cell-box" x={x + 2} y={y + 2} width={matrix.cell - 4} height={matrix.row - 4} rx={6} />
                            {cell.shown.map(({ item: o, lines, top }) => (
                                <text class="jr-cell-item" x={x + 12} y={y + 20 + top * matrix.line} font-size={matrix.font}
                                    data-kind="opportunity" data-journey={o.journeyId} data-opportunity={o.id} {...source(o.uri, o.range)}>
                                    {lines.map((line, i) => <tspan x={i === 0 ? x + 12 : x + 22} dy={i === 0 ? 0 : matrix.line}>{i === 0 ? `• ${line}` : line}</tspan>)}
                                </text>
                            ))}
                            {cell.more > 0
                                ? <text class="jr-cell-more" x={x + 12} y={y + matrix.row - 12} font-size={matrix.font}>{l.matrixMore(cell.more)}</text>
                                : null}
                            {quickWin ? <text class="jr-cell-caption" x={x + matrix.cell - 12} y={y + matrix.row - 12} text-anchor="end" font-size={11}>{l.matrixQuickWins}</text> : null}
                        </g>
                    );
                }))}
            </svg>
            {unrated > 0 ? <figcaption class="jr-meta">{l.matrixUnrated(unrated)}</figcaption> : null}
        </figure>
    );
}

function ActionsSection({ actions, l }: { actions: ReportAction[]; l: ReportLabels }): JSX.Element {
    const source = useSource();
    const c = l.columns;
    return (
        <Section id="actions" title={l.sections.actions}>
            {actions.length === 0 ? <p class="jr-empty">{l.nothing}</p> : (
                <table class="jr-table">
                    <thead><tr><th>{c.due}</th><th>{c.action}</th><th>{c.map}</th><th>{c.owner}</th><th>{c.status}</th><th>{c.overdue}</th><th>{c.addresses}</th></tr></thead>
                    <tbody>
                        {actions.map(a => (
                            <tr class="jr-row" data-kind="action" data-journey={a.journeyId} data-action={a.id} data-action-status={a.status} data-overdue={a.daysOverdue} {...source(a.uri, a.range)}>
                                <td class="jr-date">{a.due !== undefined ? l.date(a.due) : l.noDue}</td>
                                <td class="jr-strong">{a.title}</td>
                                <td>{a.journeyTitle}</td>
                                <td>{a.owner ?? l.noOwner}</td>
                                <td><span class={`jr-status jr-status-${a.status}`}>{l.status[a.status]}</span></td>
                                <td class={a.daysOverdue !== undefined ? 'jr-late jr-number' : 'jr-number'}>{a.daysOverdue !== undefined ? String(a.daysOverdue) : ''}</td>
                                <td>{a.addresses.join('; ') || l.none}</td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            )}
        </Section>
    );
}

function ComparisonsSection({ comparisons, l }: { comparisons: ReportComparison[]; l: ReportLabels }): JSX.Element {
    return (
        <Section id="comparisons" title={l.sections.comparisons}>
            {comparisons.map(c => (
                <div class="jr-comparison" data-current={c.current.id} data-future={c.future.id}>
                    <h3>{l.comparisonTitle(c.current.title, c.future.title)}</h3>
                    <div class="jr-columns">
                        <PainList kind="resolved" title={l.columns.resolved} pains={c.resolved} l={l} journey={c.current.id} />
                        <PainList kind="dropped" title={l.columns.dropped} pains={c.dropped} l={l} journey={c.current.id} />
                        <PainList kind="new" title={l.columns.new} pains={c.new} l={l} journey={c.future.id} />
                    </div>
                </div>
            ))}
        </Section>
    );
}

function PainList(props: { kind: 'resolved' | 'dropped' | 'new'; title: string; pains: ComparedPain[]; l: ReportLabels; journey: string }): JSX.Element {
    const source = useSource();
    const { l } = props;
    return (
        <div class={`jr-pain-list jr-${props.kind}`} data-list={props.kind}>
            <h4>{`${props.title} (${props.pains.length})`}</h4>
            {props.pains.length === 0 ? <p class="jr-empty">{l.nothing}</p> : (
                <ul>
                    {props.pains.map(p => (
                        <li class="jr-row" data-kind="pain" data-journey={props.journey} data-pain={p.id} {...(p.uri ? source(p.uri, p.range) : {})}>
                            <LevelTag level={p.severity} l={l} /> {p.text}
                            {props.kind === 'resolved' && p.by.length > 0 ? <span class="jr-by">{` — ${l.resolvedBy(p.by.map(a => a.title).join('; '))}`}</span> : null}
                        </li>
                    ))}
                </ul>
            )}
        </div>
    );
}
