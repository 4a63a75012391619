import assert from 'node:assert/strict';
import { UpdateThrottle } from '../../src/extension/preview/update-throttle.js';
import { parseFromWebviewMessage } from '../../src/extension/preview/webview-messages.js';
import { sourceRangeAt } from '../../src/extension/preview/source-ranges.js';
import { decideSelection } from '../../src/extension/preview/selection.js';
import { decideLink } from '../../src/extension/preview/evidence-links.js';
import { LayoutCache } from '../../src/webview/layout-cache.js';
import { findHighlight } from '../../src/webview/highlight.js';
import { previewHtml } from '../../src/extension/preview/preview-html.js';
import { modelOf, people } from './helpers.js';

describe('preview update throttle', () => {
    // A fake clock: the throttle's timers are real setTimeouts, so tests wait on them briefly.
    const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

    it('draws the first change at once and a burst once it pauses', async () => {
        let runs = 0;
        const throttle = new UpdateThrottle(() => runs++, 40, 1000);
        throttle.trigger();
        assert.equal(runs, 1, 'first update at once');
        for (let i = 0; i < 5; i++) { throttle.trigger(); await sleep(5); }
        assert.equal(runs, 1, 'nothing while typing goes on');
        await sleep(80);
        assert.equal(runs, 2, 'one redraw after the pause');
        throttle.dispose();
    });

    it('redraws at least every maxWait during a long burst', async () => {
        let runs = 0;
        const throttle = new UpdateThrottle(() => runs++, 60, 100);
        throttle.trigger();
        const until = Date.now() + 350;
        while (Date.now() < until) { throttle.trigger(); await sleep(10); }
        assert.ok(runs >= 3, `expected at least 3 redraws during 350 ms of typing, got ${runs}`);
        throttle.dispose();
    });
});

describe('messages from the webview are checked before use', () => {
    it('accepts the known shapes', () => {
        assert.deepEqual(parseFromWebviewMessage({ type: 'select', uri: 'file:///a.journey', line: 3 }), { type: 'select', uri: 'file:///a.journey', line: 3 });
        assert.deepEqual(parseFromWebviewMessage({ type: 'setState', mode: 'overlay', zoom: 1.5 }), { type: 'setState', mode: 'overlay', zoom: 1.5 });
        assert.deepEqual(parseFromWebviewMessage({ type: 'export', format: 'svg' }), { type: 'export', format: 'svg' });
        assert.deepEqual(parseFromWebviewMessage({ type: 'export', format: 'png' }), { type: 'export', format: 'png' });
        assert.deepEqual(parseFromWebviewMessage({ type: 'png', id: 3, data: 'data:image/png;base64,iVBORw0KGgo=' }), { type: 'png', id: 3, data: 'data:image/png;base64,iVBORw0KGgo=' });
        assert.deepEqual(parseFromWebviewMessage({ type: 'pngFailed', id: 3, reason: 'too big' }), { type: 'pngFailed', id: 3, reason: 'too big' });
        assert.deepEqual(parseFromWebviewMessage({ type: 'copyImage' }), { type: 'copyImage' });
        assert.deepEqual(parseFromWebviewMessage({ type: 'copied', id: 4 }), { type: 'copied', id: 4 });
    });

    it('accepts the persona filter (a persona\'s name, or \'\' for every persona) and a click on an evidence link', () => {
        for (const persona of ['thierry', 'Zoë_2', 'Ελένη', '_x', '']) {
            assert.deepEqual(parseFromWebviewMessage({ type: 'setState', persona }), { type: 'setState', persona }, persona);
        }
        assert.deepEqual(parseFromWebviewMessage({ type: 'setState', mode: 'stacked', persona: 'dominique' }), { type: 'setState', mode: 'stacked', persona: 'dominique' });
        assert.deepEqual(parseFromWebviewMessage({ type: 'openLink', uri: 'file:///a.journey', link: 'https://example.com/' }),
            { type: 'openLink', uri: 'file:///a.journey', link: 'https://example.com/' });
    });

    for (const bad of [null, 'select', 42, {}, { type: 'select', uri: 'x', line: -1 }, { type: 'select', uri: 'x', line: 1.5 }, { type: 'select', uri: 7, line: 1 },
        { type: 'select', uri: 'x', line: Number.NaN }, { type: 'select', uri: 'x', line: Number.POSITIVE_INFINITY }, { type: 'select', uri: 'x', line: 1e12 },
        { type: 'select', uri: 'x', line: '3' }, { type: 'select', uri: 'x', line: 1, character: -1 }, { type: 'select', uri: 'x', line: 1, character: 'end' },
        { type: 'select', uri: 'x'.repeat(20_000), line: 1 },
        { type: 'setState', mode: 'fullscreen' }, { type: 'setState', zoom: 100 }, { type: 'export', format: 'pdf' }, { type: 'runCommand', command: 'rm' },
        { type: 'png', id: 1, data: 'data:text/html;base64,PHNjcmlwdD4=' }, { type: 'png', id: 0, data: 'data:image/png;base64,x' }, { type: 'png', id: 1.5, data: 'data:image/png;base64,x' },
        { type: 'png', id: 1 }, { type: 'pngFailed', id: 1 }, { type: 'copied', id: -1 },
        { type: 'setState', persona: 42 }, { type: 'setState', persona: null }, { type: 'setState', persona: ['thierry'] }, { type: 'setState', persona: '<script>' },
        { type: 'setState', persona: 'two words' }, { type: 'setState', persona: '1st' }, { type: 'setState', persona: 'x'.repeat(201) }, { type: 'setState', mode: 'single', persona: {} },
        { type: 'openLink', uri: 'file:///a.journey' }, { type: 'openLink', link: 'https://example.com/' }, { type: 'openLink', uri: 'file:///a.journey', link: '' },
        { type: 'openLink', uri: 'file:///a.journey', link: 7 }, { type: 'openLink', uri: 'file:///a.journey', link: 'x'.repeat(20_000) }]) {
        it(`drops ${JSON.stringify(bad)}`, () => assert.equal(parseFromWebviewMessage(bad), undefined));
    }
});

describe('a selection the webview asks for is checked against the drawn model and the document', () => {
    const current = 'journey cur "Current" {\n    persona thierry\n    stage s "S" {\n        touchpoint t "T" { channel web emotion 0 evidence "x" }\n    }\n}\n';
    const future = 'journey fut "Future" improves cur {\n    stage s "S" {\n        touchpoint t "T" { channel web emotion 1 }\n    }\n}\n';
    let model: Awaited<ReturnType<typeof modelOf>> & { uri: string };
    let uri: string;
    let other: string;

    before(async () => {
        const all = await modelOf({ 'people.journey': people, 'cur.journey': current, 'fut.journey': future });
        uri = all.journeys.find(j => j.id === 'fut')!.uri;
        other = all.journeys.find(j => j.id === 'cur')!.uri;
        // What the server sends for the future map's file: its journey and the one it improves.
        model = { ...all, uri };
    });

    it('accepts a line of a document the preview draws, and finds the element that starts there', () => {
        const stage = decideSelection(model, { uri, line: 1 }, 6);
        assert.equal(stage.accepted, true);
        assert.deepEqual(stage.accepted && stage.range, { start: { line: 1, character: 4 }, end: { line: 3, character: 5 } });
        const touchpoint = decideSelection(model, { uri, line: 2, character: 8 }, 6);
        assert.deepEqual(touchpoint.accepted && touchpoint.range?.start, { line: 2, character: 8 });
        // The map it improves lives in another file the preview also draws.
        assert.equal(decideSelection(model, { uri: other, line: 3 }, 6).accepted, true);
        // A line without an element: the whole line, not a guess.
        const blank = decideSelection(model, { uri, line: 4 }, 6);
        assert.deepEqual(blank, { accepted: true, uri, line: 4, range: undefined });
    });

    for (const [what, request, lineCount] of [
        ['a document it does not show', { uri: 'file:///etc/passwd', line: 0 }, 100],
        ['a document of the workspace it does not draw', { uri: 'memory:///workspace/people.journey', line: 0 }, 100],
        ['a URI that differs only in case', { uri: 'SHOWN_UPPER', line: 0 }, 100],
        ['no URI', { uri: undefined, line: 0 }, 100],
        ['a negative line', { uri: 'SHOWN', line: -1 }, 100],
        ['a line that is not a number', { uri: 'SHOWN', line: '2' }, 100],
        ['NaN', { uri: 'SHOWN', line: Number.NaN }, 100],
        ['Infinity', { uri: 'SHOWN', line: Number.POSITIVE_INFINITY }, 100],
        ['a fractional line', { uri: 'SHOWN', line: 1.5 }, 100],
        ['a huge line', { uri: 'SHOWN', line: 9_999_999 }, 6],
        ['the line just past the end', { uri: 'SHOWN', line: 6 }, 6],
        ['a line beyond the largest safe integer', { uri: 'SHOWN', line: 2 ** 60 }, 100],
        ['a negative character', { uri: 'SHOWN', line: 1, character: -3 }, 100],
        ['a NaN character', { uri: 'SHOWN', line: 1, character: Number.NaN }, 100],
        ['a fractional character', { uri: 'SHOWN', line: 1, character: 0.5 }, 100],
        ['a character that is not a number', { uri: 'SHOWN', line: 1, character: '4' }, 100],
    ] as const) {
        it(`ignores ${what}`, () => {
            const target = request.uri === 'SHOWN' ? uri : request.uri === 'SHOWN_UPPER' ? uri.toUpperCase() : request.uri;
            const decision = decideSelection(model, { ...request, uri: target }, lineCount);
            assert.equal(decision.accepted, false);
            assert.ok(!decision.accepted && decision.reason.length > 0);
        });
    }

    it('ignores every selection before a map is drawn, and an element range the edited text no longer has', () => {
        assert.equal(decideSelection(undefined, { uri, line: 0 }, 10).accepted, false);
        // Before the document is opened the line count is unknown: only the document and the numbers are checked.
        assert.equal(decideSelection(model, { uri, line: 9_999_999 }).accepted, true);
        // The text was cut to 3 lines after the model was built: the stage's range (lines 1-3) no longer fits.
        assert.deepEqual(decideSelection(model, { uri, line: 1 }, 3), { accepted: true, uri, line: 1, range: undefined });
    });

    it('a message that passes the shape check still meets the document check', () => {
        const message = parseFromWebviewMessage({ type: 'select', uri: 'file:///home/user/.ssh/id_rsa', line: 0 });
        assert.ok(message && message.type === 'select', 'a well-formed message');
        assert.equal(decideSelection(model, message).accepted, false);
    });
});

describe('source positions of drawn elements', () => {
    const text = `journey j "J" {
    persona thierry
    stage s "S" {
        touchpoint t "T" {
            channel web emotion 0 evidence "x"
            pain p "P"
        }
    }
}`;

    it('maps a click on an element back to its whole source range, and the cursor to the element under it', async () => {
        const model = await modelOf({ 'people.journey': people, 'j.journey': text });
        const uri = model.journeys[0].uri;
        assert.deepEqual(sourceRangeAt(model, uri, 3), { start: { line: 3, character: 8 }, end: { line: 6, character: 9 } });
        assert.deepEqual(sourceRangeAt(model, uri, 5)?.start, { line: 5, character: 12 });
        assert.equal(sourceRangeAt(model, 'file:///other.journey', 3), undefined);
        assert.deepEqual(findHighlight(model, uri, 4), { uri, line: 3 });
        assert.deepEqual(findHighlight(model, uri, 2), { uri, line: 2 });
        assert.equal(findHighlight(model, uri, 20), undefined);
    });
});

describe('the preview page', () => {
    const webview = { cspSource: 'https://webview.example', asWebviewUri: (uri: { path: string }) => ({ toString: () => `https://webview.example${uri.path}` }) };
    const joinPath = (base: { path: string }, ...parts: string[]) => ({ path: [base.path, ...parts].join('/') });

    it('puts a strict Content-Security-Policy first in <head> and a fresh nonce on every script', () => {
        const render = () => previewHtml(webview as never, { path: '/ext' } as never, joinPath as never, (text: string) => text);
        const html = render();
        const head = html.slice(html.indexOf('<head>') + '<head>'.length).trimStart();
        assert.match(head, /^<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
        const csp = /content="([^"]+)"/.exec(head)![1];
        assert.match(csp, /default-src 'none'/);
        assert.doesNotMatch(csp, /unsafe-(inline|eval)|\*|http:/);
        const nonce = /script-src 'nonce-([^']+)'/.exec(csp)![1];
        assert.ok(nonce.length >= 16);
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        assert.ok(scripts.length > 0);
        for (const script of scripts) assert.ok(script.includes(`nonce="${nonce}"`), script);
        assert.notEqual(/nonce-([^']+)/.exec(render())![1], nonce, 'a new nonce each time');
    });

    it('says its title and name in the display language (through the translation it is handed), as text', () => {
        const said: string[] = [];
        const html = previewHtml(webview as never, { path: '/ext' } as never, joinPath as never, (text: string) => { said.push(text); return `«${text}» <b>&"`; });
        assert.deepEqual(said.sort(), ['Journey Map Preview', 'Journey map']);
        assert.match(html, /<title>«Journey Map Preview» &lt;b&gt;&amp;&quot;<\/title>/);
        assert.match(html, /aria-label="«Journey map» &lt;b&gt;&amp;&quot;"/);
    });
});

describe('a link the webview asks to open is checked against the drawn maps', () => {
    const map = `journey j "J" {
    persona thierry
    stage s "S" {
        touchpoint t "T" {
            channel web
            evidence "Survey" link "https://example.com/survey"
            evidence "Notes" link "../research/notes 2026.md"
            evidence "Bad" link "javascript:alert(1)"
            evidence "Plain"
        }
    }
}`;
    let model: Awaited<ReturnType<typeof modelOf>> & { uri: string };
    let uri: string;
    before(async () => {
        const all = await modelOf({ 'people.journey': people, 'maps/j.journey': map });
        uri = all.journeys[0].uri;
        model = { ...all, uri };
    });

    it('opens a web address of an evidence line in the browser, a relative path beside the map in the editor', () => {
        assert.deepEqual(decideLink(model, { uri, link: 'https://example.com/survey' }), { accepted: true, kind: 'web', target: 'https://example.com/survey' });
        assert.deepEqual(decideLink(model, { uri, link: '../research/notes 2026.md' }), { accepted: true, kind: 'file', mapUri: uri, segments: ['..', 'research', 'notes 2026.md'] });
    });

    for (const [what, request] of [
        ['a link no evidence line has', { uri: 'SHOWN', link: 'https://evil.example/' }],
        ['an evidence text that is no link', { uri: 'SHOWN', link: 'Plain' }],
        ['a link the map has but the spec forbids (javascript:)', { uri: 'SHOWN', link: 'javascript:alert(1)' }],
        ['a link of the map said to be in another document', { uri: 'file:///other.journey', link: 'https://example.com/survey' }],
        ['no document', { uri: undefined, link: 'https://example.com/survey' }],
        ['a link that is not text', { uri: 'SHOWN', link: 42 }],
    ] as const) {
        it(`ignores ${what}`, () => {
            const decision = decideLink(model, { ...request, uri: request.uri === 'SHOWN' ? uri : request.uri });
            assert.equal(decision.accepted, false);
            assert.ok(!decision.accepted && decision.reason.length > 0);
        });
    }

    it('ignores every link before a map is drawn', () => {
        assert.equal(decideLink(undefined, { uri, link: 'https://example.com/survey' }).accepted, false);
    });
});

describe('the preview lays a map out once per model and view', () => {
    it('a persona filter is part of the view: another persona lays it out again, the same one does not', async () => {
        const model = await modelOf({ 'people.journey': people, 'j.journey': 'journey j "J" { persona thierry, dominique stage s "S" { touchpoint t "T" { channel web emotion thierry 1 emotion dominique -1 } } }' });
        const cache = new LayoutCache();
        const all = cache.get(model, { mode: 'single' });
        assert.equal(cache.get(model, { mode: 'single' }), all);
        const thierry = cache.get(model, { mode: 'single', persona: 'thierry' });
        assert.notEqual(thierry, all);
        assert.equal(thierry?.persona, 'thierry');
        assert.equal(cache.get(model, { mode: 'single', persona: 'thierry' }), thierry);
        assert.equal(cache.get(model, { mode: 'single', persona: 'dominique' })?.persona, 'dominique');
    });
});
