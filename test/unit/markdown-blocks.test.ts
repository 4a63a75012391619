import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { drawingOfModel, isJourneyFence, journeyFencePlugin, type BlockDrawing, type BlockSource } from '../../src/extension/markdown/journey-fence.js';
import type { Translate } from '../../src/extension/journeys/journeys-tree.js';
import { buildDocumentMapModel } from '../../src/language/build-model.js';
import { buildDetachedDocument } from '../../src/language/detached-document.js';
import { buildDocumentSet, sourcesFromTexts } from '../../src/workspace/document-set.js';
import { people } from './helpers.js';

const t: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

/** The model the server gives a block, in a workspace with `people`. */
async function drawingOf(text: string): Promise<BlockDrawing> {
    const { services } = await buildDocumentSet(sourcesFromTexts({ 'people.journey': people }), { today: '2026-11-23' });
    const block = await buildDetachedDocument(services.shared, text);
    return drawingOfModel(buildDocumentMapModel(block, services.shared.workspace.LangiumDocuments.all), 'stacked');
}

/** A source that answers from a table, and records what it was asked. */
class TableSource implements BlockSource {
    readonly asked: string[] = [];
    constructor(private readonly table: Map<string, BlockDrawing>) {}
    drawingOf(text: string): BlockDrawing {
        this.asked.push(text);
        return this.table.get(text) ?? { kind: 'pending' };
    }
}

/** markdown-it as VS Code's Markdown preview sets it up: HTML allowed, and each block's source line as attributes. */
function previewMarkdown(source: BlockSource): MarkdownIt {
    const md = new MarkdownIt({ html: true });
    journeyFencePlugin(md, source, t);
    md.core.ruler.push('source_line', state => {
        for (const token of state.tokens) {
            if (token.map && token.type !== 'inline') {
                token.attrSet('data-line', String(token.map[0]));
                token.attrJoin('class', 'code-line');
            }
        }
    });
    return md;
}

const good = 'journey in_notes "In the notes" {\n    persona thierry\n    stage s "Search" {\n        touchpoint t "Looks for <b>deals</b>" { channel web emotion 1 }\n    }\n}\n';

describe('```journey blocks in Markdown', () => {
    it('recognises the journey info string, alone or with more words, and nothing else', () => {
        assert.ok(isJourneyFence('journey'));
        assert.ok(isJourneyFence(' Journey  stacked'));
        assert.ok(!isJourneyFence('journeys'));
        assert.ok(!isJourneyFence('mermaid'));
        assert.ok(!isJourneyFence(''));
    });

    it('draws a block with the workspace\'s persona and channel as the renderer\'s SVG, its text escaped', async () => {
        const drawing = await drawingOf(good);
        assert.equal(drawing.kind, 'drawn');
        if (drawing.kind !== 'drawn') return;
        assert.match(drawing.svg, /^<svg [^>]*class="jm-svg"/);
        assert.ok(!drawing.svg.includes('<style'), 'the preview styles it (markdown.previewStyles), no style of its own');
        assert.ok(!/<script|\son\w+=/i.test(drawing.svg));
        assert.ok(drawing.svg.includes('Looks for &lt;b>deals&lt;/b>') || drawing.svg.includes('Looks for &lt;b&gt;deals&lt;/b&gt;'), 'map text is text, never markup');
        assert.ok(drawing.svg.includes('Website'), 'the channel of the workspace');
        assert.equal(drawing.note, undefined);
        const html = previewMarkdown(new TableSource(new Map([[good, drawing]]))).render(`# Notes\n\n\`\`\`journey\n${good}\`\`\`\n`);
        assert.match(html, /<div data-line="2" class="code-line journey-block journey-block-drawn"><div class="journey-block-scroll"><svg /);
    });

    it('shows a block that does not parse as its first error with the line of the Markdown file, and its text', async () => {
        const broken = 'journey j "J" {\n    persona thierry\n    stage s "S" {\n        touchpoint t "T" { emotion }\n    }\n}\n';
        const drawing = await drawingOf(broken);
        assert.equal(drawing.kind, 'syntax-error');
        if (drawing.kind !== 'syntax-error') return;
        assert.equal(drawing.line, 3);
        const html = previewMarkdown(new TableSource(new Map([[broken, drawing]]))).render(`Intro\n\n\`\`\`journey\n${broken}\`\`\`\n`);
        // The fence is on line 3 of the file (1-based); the block's fourth line is line 7.
        assert.match(html, /journey-block-error/);
        assert.match(html, /This journey map cannot be drawn\.<\/strong> Line 7: /);
        assert.ok(html.includes(drawing.message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')));
        assert.ok(html.includes('<pre class="journey-block-source"><code>journey j &quot;J&quot; {'), 'the block\'s text is shown, escaped');
        assert.ok(!html.includes('<svg'));
    });

    it('draws a block whose persona is not in the workspace, with that message under it', async () => {
        const drawing = await drawingOf('journey j "J" {\n    persona nobody\n    stage s "S" { touchpoint t "T" { emotion 0 } }\n}\n');
        assert.equal(drawing.kind, 'drawn');
        assert.ok(drawing.kind === 'drawn' && drawing.note?.includes('nobody'));
    });

    it('says a block without a journey has nothing to draw', async () => {
        assert.deepEqual(await drawingOf('persona only "Only a persona"\n'), { kind: 'empty' });
    });

    it('shows a placeholder while the drawing is on its way, and leaves other code blocks to markdown-it', () => {
        const source = new TableSource(new Map());
        const html = previewMarkdown(source).render('```journey\njourney j "J" {}\n```\n\n```js\nconst a = "<b>";\n```\n');
        assert.match(html, /journey-block-pending[^>]*><p class="journey-block-status">Drawing the journey map…<\/p>/);
        assert.match(html, /<pre><code data-line="4" class="code-line language-js">const a = &quot;&lt;b&gt;&quot;;/);
        assert.deepEqual(source.asked, ['journey j "J" {}\n']);
    });

    it('leaves the tokens as they are: rendering again gives the same HTML (VS Code keeps the tokens of a document)', () => {
        const md = previewMarkdown(new TableSource(new Map([[good, { kind: 'drawn', svg: '<svg class="jm-svg"></svg>' }]])));
        const tokens = md.parse(`\`\`\`journey\n${good}\`\`\`\n`, {});
        const first = md.renderer.render(tokens, md.options, {});
        assert.equal(md.renderer.render(tokens, md.options, {}), first);
        assert.equal(tokens[0].attrGet('class'), 'code-line');
    });

    it('escapes a failure message from the language server', () => {
        const html = previewMarkdown(new TableSource(new Map([['x\n', { kind: 'failed', reason: '<img src=x onerror=alert(1)>' }]]))).render('```journey\nx\n```\n');
        assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
        assert.ok(!html.includes('<img'));
    });
});
