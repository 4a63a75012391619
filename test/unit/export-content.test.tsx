// What the SVG and HTML exports carry: well-formed XML whatever the map's text holds, the text a
// reader should see, and no trace of where the source files are.
import assert from 'node:assert/strict';
import { renderToString } from 'preact-render-to-string';
import { URI } from 'langium';
import { modelOf, today } from './helpers.js';
import { buildDocumentSet } from '../../src/workspace/document-set.js';
import { buildMapModel } from '../../src/language/build-model.js';
import type { MapModel } from '../../src/model/map-model.js';
import { hostileFiles } from '../browser/fixtures.js';
import { forbiddenCharacter, xmlError, xmlTextContent } from '../support/xml.js';
import { MapView, SourceLinks, renderMapHtml, renderMapSvg, type ViewOptions } from '../../src/renderer/index.js';

/**
 * In source form: `]]>`; the escapes `\0`, `\b`, `\f`, `\v` (NUL, backspace, form feed, vertical
 * tab); a colour code as a terminal prints it; U+FFFE and U+FFFF; a lone surrogate (an editor can
 * send one over LSP).
 */
const hostileText = 'A ]]> B \\0\\b\\f\\v \u001b[31mred\u001b[0m \ufffe\uffff\ud800 end';

const views: ViewOptions[] = [
    { mode: 'side-by-side', journey: 'bad_future' },
    { mode: 'overlay', journey: 'bad_future' },
    { mode: 'single', journey: 'bad' },
];

describe('exports of text that XML forbids', () => {
    it('the SVG export is well-formed XML in every view, and shows the text without the forbidden characters', async () => {
        const model = await modelOf(hostileFiles(hostileText));
        assert.ok(model.journeys[0].title.includes('\0'), 'the map model holds a NUL from the escape \\0');
        for (const view of views) {
            const svg = renderMapSvg(model, view);
            assert.equal(xmlError(svg), undefined, `${view.mode}: not well-formed`);
            assert.equal(forbiddenCharacter(svg), undefined, view.mode);
            const text = xmlTextContent(svg);
            assert.match(text, /A \]\]> B/, `${view.mode}: ']]>' is shown as typed`);
            assert.match(text, /red/);
            assert.doesNotMatch(text, /\[31m|\[0m/, 'a terminal colour code is dropped whole');
            assert.match(text, /\uFFFD end/, 'a lone surrogate shows as the replacement character');
        }
    });

    it('a map still being typed (no title, no names) is well-formed: no attribute without a value', async () => {
        const model = await modelOf({ 'typing.journey': 'journey j {\n  stage s { touchpoint t { emotion 1 } }\n  stage {\n    touchpoint "Pays" {' });
        assert.equal(model.journeys[0].title, '');
        for (const view of views.map(v => ({ ...v, journey: 'j' }))) {
            const svg = renderMapSvg(model, view);
            assert.equal(xmlError(svg), undefined, `${view.mode}: not well-formed`);
            assert.match(svg, / aria-label=""/);
        }
    });

    it('the HTML export carries none of those characters either', async () => {
        const model = await modelOf(hostileFiles(hostileText));
        for (const view of views) {
            const html = renderMapHtml(model, view);
            assert.equal(forbiddenCharacter(html), undefined, view.mode);
            assert.match(html, /A \]\]&gt; B/);
        }
    });
});

describe('exports name no source files', () => {
    const home = '/home/someone/Documents/Klanten/secret-project';
    const files = hostileFiles('Plain text');
    const at = (name: string) => `file://${home}/${name}`;
    /** The model of `files` as if they were on disk in `home`. */
    const modelAtHome = async (): Promise<MapModel> => {
        const sources = Object.entries(files).map(([name, text]) => ({ uri: URI.parse(at(name)), text }));
        return buildMapModel((await buildDocumentSet(sources, { today })).documents);
    };

    it('the SVG and HTML exports carry no URI or path of the files they were drawn from', async () => {
        const model = await modelAtHome();
        assert.ok(model.journeys[0].uri.startsWith(`file://${home}`), 'the model knows where its file is');
        for (const view of views) {
            for (const markup of [renderMapSvg(model, view), renderMapHtml(model, view)]) {
                assert.doesNotMatch(markup, /data-uri|file:|secret-project/, view.mode);
                assert.match(markup, /data-line="\d+"/, 'source lines stay: they name no file');
            }
        }
    });

    it('the preview sets source links: its drawn elements carry data-uri for click-to-source', async () => {
        const model = await modelAtHome();
        const view: ViewOptions = { mode: 'side-by-side', journey: 'bad_future' };
        const preview = renderToString(<SourceLinks.Provider value={true}><MapView model={model} view={view} /></SourceLinks.Provider>);
        const linked = [...preview.matchAll(/data-uri="([^"]*)"/g)].map(m => m[1]);
        assert.ok(linked.length > 10, `${linked.length} elements with data-uri`);
        assert.ok(linked.every(uri => uri === at('hostile.journey')), 'each names its own document');
        assert.match(preview, /class="jm-journey-head"[^>]*data-uri=/, 'the header too');
        assert.doesNotMatch(renderToString(<MapView model={model} view={view} />), /data-uri/, 'without the option, none');
    });
});
