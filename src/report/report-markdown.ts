/**
 * `journey report --format md`: the review report as Markdown tables, for a wiki page or a pull
 * request. Every text of a map is escaped (`escapeMarkdown`: one line, no markup of its own), so a
 * pain that says `<img src=…>` or `[click](…)` reads as written and makes no element or link.
 */
import { escapeMarkdown } from '../model/markdown.js';
import { withPlainText } from '../renderer/xml-text.js';
import { countedWords, reportLabelsFor, type ReportLabels } from './labels.js';
import type { ComparedPain, ReportModel } from './report-model.js';
import { actionsText, placeText, reviewText } from './report-view.js';

const cell = (text: string) => escapeMarkdown(text) || ' ';

function table(head: string[], rows: string[][]): string[] {
    return [
        `| ${head.map(cell).join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map(row => `| ${row.map(cell).join(' | ')} |`),
    ];
}

export function renderReportMarkdown(model: ReportModel, l: ReportLabels = reportLabelsFor(model.language)): string {
    const report = withPlainText(model);
    const c = l.columns;
    const t = report.totals;
    const level = (value: keyof ReportLabels['level'] | undefined) => value ? l.level[value] : l.noLevel;
    const lines: string[] = [
        `# ${cell(l.title)}`,
        '',
        cell(`${l.generated(l.date(report.today), report.maps.length)} · ${l.reviewInterval(report.reviewMonths)}`),
        '',
        ...([
            [t.reviewsDue, l.totals.reviewsDue], [t.highPainsUnaddressed, l.totals.highPainsUnaddressed], [t.openActions, l.totals.openActions],
            [t.overdueActions, l.totals.overdueActions], [t.opportunities, l.totals.opportunities],
        ] as const).map(([n, words]) => `- **${n}** ${cell(countedWords(n, words))}`),
        '',
    ];
    if (report.maps.length === 0) return [...lines, cell(l.noMaps), ''].join('\n');
    const section = (title: string, body: string[]) => lines.push(`## ${cell(title)}`, '', ...(body.length > 0 ? body : [cell(l.nothing)]), '');
    section(l.sections.maps, table([c.map, c.type, c.state, c.personas, c.owner, c.lastReview, c.review], report.maps.map(m => [
        m.title, l.mapType[m.type], l.mapState[m.state], m.personas.join(', ') || l.noOwner, m.owner ?? l.noOwner, m.reviewed !== undefined ? l.date(m.reviewed) : l.noOwner, reviewText(m, l),
    ])));
    section(l.sections.pains, report.pains.length === 0 ? [] : table([c.severity, c.pain, c.map, `${c.stage} · ${c.touchpoint}`, c.addressedBy], report.pains.map(p => [
        level(p.severity), p.text, p.journeyTitle, placeText(p, l), actionsText(p.addressedBy, l),
    ])));
    section(l.sections.opportunities, report.opportunities.length === 0 ? [] : table([c.impact, c.effort, c.opportunity, c.map, `${c.stage} · ${c.touchpoint}`, c.addressedBy], report.opportunities.map(o => [
        level(o.impact), level(o.effort), o.text, o.journeyTitle, placeText(o, l), actionsText(o.addressedBy, l),
    ])));
    section(l.sections.actions, report.actions.length === 0 ? [] : table([c.due, c.action, c.map, c.owner, c.status, c.overdue, c.addresses], report.actions.map(a => [
        a.due !== undefined ? l.date(a.due) : l.noDue, a.title, a.journeyTitle, a.owner ?? l.noOwner, l.status[a.status], a.daysOverdue !== undefined ? String(a.daysOverdue) : '', a.addresses.join('; ') || l.none,
    ])));
    if (report.comparisons.length > 0) {
        const list = (pains: ComparedPain[], withBy: boolean) => pains.length === 0 ? [`- ${cell(l.nothing)}`]
            : pains.map(p => `- ${cell(`${level(p.severity)}: ${p.text}${withBy && p.by.length > 0 ? ` — ${l.resolvedBy(p.by.map(a => a.title).join('; '))}` : ''}`)}`);
        section(l.sections.comparisons, report.comparisons.flatMap(comparison => [
            `### ${cell(l.comparisonTitle(comparison.current.title, comparison.future.title))}`, '',
            `**${cell(`${c.resolved} (${comparison.resolved.length})`)}**`, '', ...list(comparison.resolved, true), '',
            `**${cell(`${c.dropped} (${comparison.dropped.length})`)}**`, '', ...list(comparison.dropped, false), '',
            `**${cell(`${c.new} (${comparison.new.length})`)}**`, '', ...list(comparison.new, false), '',
        ]));
    }
    return lines.join('\n').replace(/\n+$/, '\n');
}
