/**
 * `journey report --format csv`: one row per map, pain, opportunity, action and compared pain,
 * with a `record` column to filter on, for a spreadsheet. RFC 4180: comma-separated, CRLF line
 * ends, a field with a comma, quote or line break in double quotes (quotes doubled). A cell of a
 * map's text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`: a
 * spreadsheet would run it as a formula (CSV injection).
 */
import { withPlainText } from '../renderer/xml-text.js';
import { reportLabelsFor, type ReportLabels } from './labels.js';
import type { ComparedPain, ReportModel } from './report-model.js';
import { actionsText } from './report-view.js';

/** A field as RFC 4180 writes it. */
export function csvField(value: string): string {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text a person wrote: never a formula when the spreadsheet opens it. */
export function csvText(value: string | undefined): string {
    const text = value ?? '';
    return csvField(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}

export function renderReportCsv(model: ReportModel, l: ReportLabels = reportLabelsFor(model.language)): string {
    const report = withPlainText(model);
    const c = l.columns;
    const k = l.csv;
    const head = [k.record, k.mapId, c.map, c.type, c.state, c.personas, c.owner, c.lastReview, k.reviewEveryMonths, k.reviewDue, c.review,
        c.overdue, c.stage, c.touchpoint, k.id, k.text, c.severity, c.impact, c.effort, c.status, c.due, c.addressedBy, k.comparedWith];
    const column = new Map(head.map((name, i) => [name, i]));
    const rows: string[][] = [head.map(csvField)];
    /** A row from named cells: ours as they are, a map's text guarded. */
    const row = (record: string, ours: Record<string, string | number | undefined>, text: Record<string, string | undefined>) => {
        const cells = head.map(() => '');
        cells[0] = csvField(record);
        for (const [name, value] of Object.entries(ours)) if (value !== undefined) cells[column.get(name)!] = csvField(String(value));
        for (const [name, value] of Object.entries(text)) if (value !== undefined) cells[column.get(name)!] = csvText(value);
        rows.push(cells);
    };
    for (const m of report.maps) {
        row(k.records.map, { [c.type]: m.type, [c.state]: m.state, [c.lastReview]: m.reviewed, [k.reviewEveryMonths]: m.reviewEveryMonths, [k.reviewDue]: m.reviewDue,
            [c.review]: l.reviewWord[m.review], [c.overdue]: m.reviewDaysOverdue },
        { [k.mapId]: m.id, [c.map]: m.title, [c.personas]: m.personas.join('; '), [c.owner]: m.owner, [k.comparedWith]: m.improves });
    }
    for (const p of report.pains) {
        row(k.records.pain, { [c.severity]: p.severity ?? '' },
            { [k.mapId]: p.journeyId, [c.map]: p.journeyTitle, [c.stage]: p.stage, [c.touchpoint]: p.touchpoint, [k.id]: p.id, [k.text]: p.text, [c.addressedBy]: actionsText(p.addressedBy, l) });
    }
    for (const o of report.opportunities) {
        row(k.records.opportunity, { [c.impact]: o.impact ?? '', [c.effort]: o.effort ?? '' },
            { [k.mapId]: o.journeyId, [c.map]: o.journeyTitle, [c.stage]: o.stage, [c.touchpoint]: o.touchpoint, [k.id]: o.id, [k.text]: o.text, [c.addressedBy]: actionsText(o.addressedBy, l) });
    }
    for (const a of report.actions) {
        row(k.records.action, { [c.status]: a.status, [c.due]: a.due, [c.overdue]: a.daysOverdue },
            { [k.mapId]: a.journeyId, [c.map]: a.journeyTitle, [k.id]: a.id, [k.text]: a.title, [c.owner]: a.owner, [c.addressedBy]: a.addresses.join('; ') });
    }
    for (const comparison of report.comparisons) {
        const compared = (record: string, p: ComparedPain, journey: { id: string; title: string }) => row(record, { [c.severity]: p.severity ?? '' }, {
            [k.mapId]: journey.id, [c.map]: journey.title, [k.id]: p.id, [k.text]: p.text, [c.addressedBy]: p.by.map(a => a.title).join('; ') || undefined,
            [k.comparedWith]: journey === comparison.current ? comparison.future.title : comparison.current.title,
        });
        for (const p of comparison.resolved) compared(k.records.resolved, p, comparison.current);
        for (const p of comparison.dropped) compared(k.records.dropped, p, comparison.current);
        for (const p of comparison.new) compared(k.records.new, p, comparison.future);
    }
    return `${rows.map(cells => cells.join(',')).join('\r\n')}\r\n`;
}
