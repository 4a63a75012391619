import assert from 'node:assert/strict';
import { UpdateThrottle } from '../../src/extension/preview/update-throttle.js';
import { parseFromWebviewMessage } from '../../src/protocol/preview-protocol.js';
import { sourceRangeAt } from '../../src/extension/preview/source-ranges.js';
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
    });

    for (const bad of [null, 'select', 42, {}, { type: 'select', uri: 'x', line: -1 }, { type: 'select', uri: 'x', line: 1.5 }, { type: 'select', uri: 7, line: 1 },
        { type: 'setState', mode: 'fullscreen' }, { type: 'setState', zoom: 100 }, { type: 'export', format: 'pdf' }, { type: 'runCommand', command: 'rm' }]) {
        it(`drops ${JSON.stringify(bad)}`, () => assert.equal(parseFromWebviewMessage(bad), undefined));
    }
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
        const render = () => previewHtml(webview as never, { path: '/ext' } as never, joinPath as never);
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
});
