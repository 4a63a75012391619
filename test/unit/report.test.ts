import assert from 'node:assert/strict';
import { Marked } from 'marked';
import { modelOf, people } from './helpers.js';
import { buildReport, csvField, csvText, renderReportCsv, renderReportHtml, renderReportMarkdown, type ReportModel } from '../../src/report/index.js';
import { decideReviewSelection, parseFromReviewMessage } from '../../src/extension/review/review-messages.js';
import { hostileFiles, payload } from '../browser/fixtures.js';

const current = `journey now "Now" {
    persona thierry
    owner "CX team"
    reviewed "2026-03-01"
    stage s "Search" {
        pain whole "Nobody answers at night" severity medium
        opportunity night "Night chat" impact high effort high
        touchpoint a "Ad" { channel web emotion -1 pain slow "Slow page" severity high pain fees "Hidden fees" severity low opportunity table "Compare in one table" impact high effort low }
        touchpoint b "Form" { channel web pain long "Long form" severity high opportunity save "Save halfway" impact medium effort low opportunity vague "Something vague" }
    }
    action speed "Make the page fast" { owner "Web" due "2026-11-01" addresses slow status doing }
    action done_one "Explain fees" { owner "Finance" due "2026-10-01" addresses fees status done }
    action later "Rewrite the form" { due "2027-02-01" addresses long, save }
    action undated "Find out why" { addresses night }
}`;

const future = `journey next "Next" improves now {
    persona thierry
    review every 12 months
    reviewed "2026-01-10"
    stage s "Search" {
        touchpoint a "Ad" { channel web emotion 1 pain long "Long form" severity low pain bot "Chatbot loops" severity medium }
    }
    action bot_fix "Fix the bot" { addresses bot }
}`;

const single = `journey solo "Solo" { persona dominique stage s "S" { touchpoint t "T" { channel web emotion 0 } } }`;

describe('the review report: its model', () => {
    let report: ReportModel;
    before(async () => {
        const model = await modelOf({ 'people.journey': people, 'now.journey': current, 'next.journey': future, 'solo.journey': single });
        report = buildReport(model, { today: '2026-11-23', reviewMonths: 6 });
    });

    it('per map: type, state, personas, owner, last review and whether the review is overdue (a map\'s own interval wins)', () => {
        const byId = Object.fromEntries(report.maps.map(m => [m.id, m]));
        assert.deepEqual([byId.now.type, byId.now.state, byId.now.personas, byId.now.owner, byId.now.reviewed], ['customer-journey', 'current', ['Twijfelende Thierry'], 'CX team', '2026-03-01']);
        // Reviewed 2026-03-01, every 6 months: due 2026-09-01, 83 days before 2026-11-23.
        assert.deepEqual([byId.now.review, byId.now.reviewDue, byId.now.reviewDaysOverdue], ['overdue', '2026-09-01', 83]);
        // Its own `review every 12 months`: due 2027-01-10, not overdue though the default interval would say so.
        assert.deepEqual([byId.next.review, byId.next.reviewDue, byId.next.reviewEveryMonths, byId.next.improves], ['ok', '2027-01-10', 12, 'Now']);
        assert.equal(byId.solo.review, 'never');
        assert.equal(report.totals.reviewsDue, 2);
        // --review-months changes the default, not a map's own interval.
        const yearly = buildReport(reportModel, { today: '2026-11-23', reviewMonths: 12 });
        assert.equal(yearly.maps.find(m => m.id === 'now')!.review, 'ok');
    });

    let reportModel: Parameters<typeof buildReport>[0];
    before(async () => {
        reportModel = await modelOf({ 'people.journey': people, 'now.journey': current, 'next.journey': future, 'solo.journey': single });
    });

    it('every pain by severity, high first, with the actions that address it or none', () => {
        assert.deepEqual(report.pains.map(p => `${p.severity ?? '-'}:${p.id}`), ['high:slow', 'high:long', 'medium:whole', 'medium:bot', 'low:fees', 'low:long']);
        const slow = report.pains.find(p => p.id === 'slow')!;
        assert.deepEqual(slow.addressedBy, [{ id: 'speed', title: 'Make the page fast', status: 'doing' }]);
        assert.deepEqual([slow.stage, slow.touchpoint, slow.journeyTitle], ['Search', 'Ad', 'Now']);
        const whole = report.pains.find(p => p.id === 'whole')!;
        assert.equal(whole.touchpoint, undefined, 'a stage-wide pain');
        assert.deepEqual(whole.addressedBy, []);
        assert.ok(slow.range && slow.uri.endsWith('now.journey'), 'its source, for click-to-source');
        assert.equal(report.totals.highPainsUnaddressed, 0);
    });

    it('every opportunity by impact (high first), then effort (low first), unrated last', () => {
        assert.deepEqual(report.opportunities.map(o => o.id), ['table', 'night', 'save', 'vague']);
        assert.deepEqual(report.opportunities.find(o => o.id === 'save')!.addressedBy.map(a => a.id), ['later']);
    });

    it('every action by due date (undated last) with owner, status and days overdue while not done', () => {
        assert.deepEqual(report.actions.map(a => a.id), ['done_one', 'speed', 'later', 'undated', 'bot_fix']);
        const byId = Object.fromEntries(report.actions.map(a => [a.id, a]));
        assert.equal(byId.speed.daysOverdue, 22, 'due 2026-11-01, 22 days before 2026-11-23, still doing');
        assert.equal(byId.done_one.daysOverdue, undefined, 'done: never overdue');
        assert.equal(byId.later.daysOverdue, undefined, 'due later');
        assert.deepEqual(byId.later.addresses, ['Long form', 'Save halfway'], 'what it addresses, in the map\'s words');
        assert.deepEqual([report.totals.openActions, report.totals.overdueActions], [4, 1]);
    });

    it('for each comparison its resolved, dropped and new pains', () => {
        const [c] = report.comparisons;
        assert.deepEqual([c.current.id, c.future.id], ['now', 'next']);
        assert.deepEqual(c.resolved.map(p => `${p.id}:${p.by.map(a => a.id).join('+')}`), ['slow:speed', 'fees:done_one']);
        assert.deepEqual(c.dropped.map(p => p.id), ['whole']);
        assert.deepEqual(c.new.map(p => p.id), ['bot']);
    });

    it('today fixes every overdue figure', () => {
        const later = buildReport(reportModel, { today: '2027-03-01', reviewMonths: 6 });
        assert.equal(later.actions.find(a => a.id === 'later')!.daysOverdue, 28);
        assert.equal(later.maps.find(m => m.id === 'next')!.review, 'overdue');
    });
});

describe('the review report: its outputs', () => {
    let report: ReportModel;
    let hostile: ReportModel;
    before(async () => {
        report = buildReport(await modelOf({ 'people.journey': people, 'now.journey': current, 'next.journey': future }), { today: '2026-11-23', reviewMonths: 6 });
        hostile = buildReport(await modelOf(hostileFiles()), { today: '2026-11-23', reviewMonths: 6 });
        assert.ok(hostile.pains.some(p => p.text === payload) && hostile.maps.some(m => m.title === payload), 'the payload is in the report');
    });

    it('the totals say one or several: "1 overdue action", "4 open actions", in English and Dutch', () => {
        assert.deepEqual([report.totals.openActions, report.totals.overdueActions], [4, 1]);
        const markdown = renderReportMarkdown(report);
        assert.match(markdown, /^- \*\*1\*\* overdue action$/m);
        assert.match(markdown, /^- \*\*4\*\* open actions$/m);
        assert.match(renderReportHtml(report), /data-total="overdue-actions"><strong>1<\/strong> overdue action<\/li>/);
        const dutch = renderReportMarkdown({ ...report, language: 'nl' });
        assert.match(dutch, /^- \*\*1\*\* actie over de deadline$/m);
        assert.match(dutch, /^- \*\*4\*\* open acties$/m);
    });

    it('HTML: a page without scripts, the matrix with every rated opportunity in its cell, map text as text', () => {
        const html = renderReportHtml(report);
        assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
        assert.match(html, /@page \{ size: landscape/);
        assert.match(html, /data-impact="high" data-effort="low" data-count="1"/);
        assert.match(html, /data-impact="high" data-effort="high" data-count="1"/);
        assert.match(html, /data-impact="medium" data-effort="low" data-count="1"/);
        assert.match(html, /data-placed="3"/, 'the unrated one is not placed');
        assert.match(html, /Not placed \(no impact or no effort\): 1/);
        assert.match(html, /data-action="speed" data-action-status="doing" data-overdue="22"/);
        assert.doesNotMatch(html, /data-uri=/, 'the page names no source file');
        const page = renderReportHtml(hostile);
        assert.doesNotMatch(page, /<script|<img|<svg onload/i);
        assert.ok(page.includes('&lt;script>') || page.includes('&lt;script&gt;'), 'the payload is shown as text');
    });

    it('Markdown: every map text escaped, so none of it becomes markup', () => {
        const md = renderReportMarkdown(hostile);
        const html = new Marked({ gfm: true }).parse(md) as string;
        assert.doesNotMatch(html, /<(script|img|a|iframe|em|strong|code)\b[^>]*>[^]*?(alert|payload|evil)/i);
        assert.doesNotMatch(html, /<img|<script|<a /i);
        const plain = renderReportMarkdown(report);
        assert.match(plain, /^\| High \| Slow page \| Now \| Search · Ad \| Make the page fast \(doing\) \|$/m);
        assert.match(plain, /^\| Medium \| Nobody answers at night \| Now \| Search \(whole stage\) \| none \|$/m);
        assert.match(plain, /^\| 2026-11-01 \| Make the page fast \| Now \| Web \| Doing \| 22 \| Slow page \|$/m);
        // Each table keeps its columns: no cell holds an unescaped pipe.
        for (const line of md.split('\n').filter(l => l.startsWith('| '))) {
            const cells = line.split(/(?<!\\)\|/).length;
            assert.ok(cells === line.split(/(?<!\\)\|/).length && !/(?<!\\)\|(?!\s|$)/.test(line.slice(1, -1).replace(/ \| /g, '')), line);
        }
    });

    it('CSV: RFC 4180 quoting, CRLF lines, and a cell of map text that a spreadsheet would run as a formula made text', () => {
        assert.equal(csvField('plain'), 'plain');
        assert.equal(csvField('a, b'), '"a, b"');
        assert.equal(csvField('say "hi"'), '"say ""hi"""');
        assert.equal(csvField('two\nlines'), '"two\nlines"');
        for (const formula of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) assert.ok(csvText(formula).replace(/^"/, '').startsWith("'"), formula);
        assert.equal(csvText('Fine text'), 'Fine text');
        const csv = renderReportCsv(report);
        assert.ok(csv.endsWith('\r\n') && !/[^\r]\n/.test(csv), 'CRLF line ends');
        const rows = csv.trimEnd().split('\r\n');
        const width = rows[0].split(',').length;
        assert.ok(rows.every(r => !r.includes('"') ? r.split(',').length === width : true));
        assert.match(csv, /^action,now,Now,,,,Web,,,,,22,,,speed,Make the page fast,,,,doing,2026-11-01,Slow page,$/m);
        assert.match(csv, /^resolved pain,now,Now,.*,slow,Slow page,high,.*Make the page fast,Next$/m);
        const hostileCsv = renderReportCsv(hostile);
        for (const line of hostileCsv.split('\r\n')) assert.doesNotMatch(line, /(^|,)[=+\-@]/, line);
    });
});

describe('the review panel: messages and selections', () => {
    let report: ReportModel;
    before(async () => {
        report = buildReport(await modelOf({ 'people.journey': people, 'now.journey': current, 'next.journey': future }), { today: '2026-11-23', reviewMonths: 6 });
    });

    it('accepts only messages of a known shape', () => {
        assert.deepEqual(parseFromReviewMessage({ type: 'ready' }), { type: 'ready' });
        assert.deepEqual(parseFromReviewMessage({ type: 'select', uri: 'file:///a.journey', line: 3 }), { type: 'select', uri: 'file:///a.journey', line: 3 });
        for (const bad of [null, '<script>', { type: 'select', uri: 'x', line: -1 }, { type: 'select', uri: 'x', line: 1.5 }, { type: 'select', line: 2 },
            { type: 'select', uri: 'x', line: 1, character: -3 }, { type: 'rendered', maps: 'all' }, { type: 'runCommand', command: 'x' }]) {
            assert.equal(parseFromReviewMessage(bad), undefined, JSON.stringify(bad));
        }
    });

    it('selects the clicked item\'s source only in a document the report shows, at a line it has', () => {
        const pain = report.pains.find(p => p.id === 'slow')!;
        const decision = decideReviewSelection(report, { uri: pain.uri, line: pain.range!.start.line, character: pain.range!.start.character }, 100);
        assert.deepEqual(decision, { accepted: true, uri: pain.uri, line: pain.range!.start.line, range: pain.range });
        const action = report.actions.find(a => a.id === 'speed')!;
        assert.deepEqual((decideReviewSelection(report, { uri: action.uri, line: action.range!.start.line }, 100) as { range: unknown }).range, action.range);
        assert.equal(decideReviewSelection(report, { uri: 'file:///etc/passwd', line: 0 }).accepted, false);
        assert.equal(decideReviewSelection(report, { uri: pain.uri, line: 100 }, 100).accepted, false);
        assert.equal(decideReviewSelection(undefined, { uri: pain.uri, line: 1 }).accepted, false);
    });
});
