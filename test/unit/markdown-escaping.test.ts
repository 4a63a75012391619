import assert from 'node:assert/strict';
import { Marked } from 'marked';
import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver-types';
import { escapeMarkdown, markdownCode } from '../../src/language/lsp/markdown.js';
import { positionOf, textDocument, workspace, type Workspace } from './lsp-helpers.js';

/*
 * Text of a map is data in every Markdown the server sends. Each user-text field that reaches a hover or a completion's
 * documentation gets a payload of Markdown and HTML; the Markdown is rendered with marked (the renderer VS Code's hovers
 * use, GitHub-flavoured) and compared with the Markdown of the same map with a plain word in those fields: the same
 * elements, and the payload readable as text.
 */

/** Inline markup: images (they load a remote address on hover), links, autolinks, HTML, code, emphasis, entities. */
const inline = '![img](https://evil.example/a.png) [link](https://evil.example/b) <img src="https://evil.example/c.png"> '
    + '<b>bold</b> `code` ``two`` *em* **strong** _u_ __uu__ ~~del~~ https://evil.example/d www.evil.example a@evil.example '
    + '&amp; &#x3C;x&#x3E; [ref][1] \\* end\\';
/** Markup that starts a block, each at the start of a line (`\n` in a string is a line break). */
const blocks = '# Heading\n- item\n+ plus\n1. one\n2) two\n> quote\n\n    indented code\n***\nSetext\n===\n| a | b |\n|---|---|\n<div>html</div>\n```\nfence\n```\n[1]: https://evil.example/ref';
const plain = 'plain';

/** `text` as a .journey string. */
function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/**
 * The files of a workspace with `payload` in every user-text field: persona (title, description, goal, need, frustration,
 * quote), channel title, journey, stage and touchpoint titles, action, emotion labels (a persona's too), pain and
 * opportunity text, a documentation
 * comment, and the name of a file. `ask-*.journey` end where completion is asked.
 */
function files(payload: string): Record<string, string> {
    const p = quoted(payload);
    const comment = payload.replace(/\*\//g, '* /').split('\n').map(line => ` * ${line}`).join('\n');
    return {
        'people.journey': `persona thierry ${p} {
    description ${p}
    goal ${p}
    need ${p}
    frustration ${p}
    quote ${p}
}
channel web ${p} icon web
`,
        // A file name with Markdown in it: it is shown in the documentation of completion items.
        'more `![x](evil.png)` *people* <img src=x>.journey': 'persona dominique "Drukke Dominique"\n',
        'today.journey': `journey today ${p} {
    persona thierry, dominique
    /**
${comment}
     */
    stage orientation ${p} {
        touchpoint google ${p} {
            channel web
            action ${p}
            emotion -1 ${p}
            emotion thierry -2 ${p}
            pain slow ${p} severity high
        }
    }
    stage purchase ${p} {
        touchpoint checkout ${p} { channel web }
    }
    action fix ${p} { addresses slow }
}
`,
        'target.journey': `journey target "Target" improves today {
    persona thierry
    stage orientation "Oriëntatie" {
        touchpoint google "Searches better" {
            channel web
            emotion 1 ${p}
        }
    }
}
`,
        'ask-persona.journey': `journey ask1 ${p} {\n    persona <|>`,
        'ask-channel.journey': `journey ask2 ${p} {\n    stage s "S" {\n        touchpoint t "T" {\n            channel <|>`,
        'ask-improves.journey': `journey ask3 ${p} improves <|>`,
        'ask-addresses.journey': `journey ask4 ${p} {\n    stage s "S" {\n        touchpoint t "T" { pain late ${p} opportunity early ${p} }\n    }\n    action a "A" {\n        addresses <|>`,
        'ask-missing.journey': 'journey ask5 "Ask" improves today {\n    stage orientation "O" {\n        <|>\n    }\n    <|>\n}\n',
    };
}

const cursor = '<|>';

interface Built {
    ws: Workspace;
    /** The offsets of the `<|>` markers of each ask file (removed from its text). */
    cursors: Record<string, number[]>;
}

async function build(payload: string): Promise<Built> {
    const texts: Record<string, string> = {};
    const cursors: Record<string, number[]> = {};
    for (const [name, text] of Object.entries(files(payload))) {
        const parts = text.split(cursor);
        const offsets: number[] = [];
        let length = 0;
        for (const part of parts.slice(0, -1)) {
            length += part.length;
            offsets.push(length);
        }
        cursors[name] = offsets;
        texts[name] = parts.join('');
    }
    return { ws: await workspace(texts), cursors };
}

async function hover(ws: Workspace, file: string, needle: string, delta: number): Promise<string> {
    const document = ws.doc(file);
    const result: Hover | undefined = await ws.services.Journey.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: textDocument(document), position: positionOf(document, needle, 0, delta),
    });
    assert.ok(result, `no hover at '${needle}' in ${file}`);
    const contents = result.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    return contents.value;
}

/** The Markdown documentation of the completion items at each cursor of `file`, by label. */
async function completionDocs(built: Built, file: string): Promise<Array<[string, string]>> {
    const document = built.ws.doc(file);
    const docs: Array<[string, string]> = [];
    for (const offset of built.cursors[file] ?? []) {
        const list: CompletionList | undefined = await built.ws.services.Journey.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: textDocument(document), position: document.textDocument.positionAt(offset),
        });
        for (const item of list?.items ?? [] as CompletionItem[]) {
            const documentation = item.documentation;
            if (typeof documentation === 'object' && documentation.kind === 'markdown') docs.push([String(item.label), documentation.value]);
        }
    }
    return docs;
}

/** Every Markdown text the server gives for the map: the hovers, then the completion documentation. */
async function markdownOf(built: Built): Promise<Array<[string, string]>> {
    const { ws } = built;
    const texts: Array<[string, string]> = [
        ['persona hover (declaration)', await hover(ws, 'people.journey', 'persona thierry', 'persona '.length + 1)],
        ['persona hover (reference)', await hover(ws, 'today.journey', 'persona thierry', 'persona '.length + 1)],
        ['channel hover', await hover(ws, 'people.journey', 'channel web', 'channel '.length + 1)],
        ['emotion hover (current)', await hover(ws, 'today.journey', 'emotion -1', 'emotion '.length + 1)],
        ['emotion hover (future)', await hover(ws, 'target.journey', 'emotion 1', 'emotion '.length)],
        ['emotion hover (a persona\'s, version 2)', await hover(ws, 'today.journey', 'emotion thierry -2', 'emotion thierry '.length + 1)],
        ['future touchpoint hover', await hover(ws, 'target.journey', 'touchpoint google', 'touchpoint '.length + 1)],
        ['documentation comment hover', await hover(ws, 'today.journey', 'stage orientation', 'stage '.length + 1)],
    ];
    for (const file of ['ask-persona.journey', 'ask-channel.journey', 'ask-improves.journey', 'ask-addresses.journey', 'ask-missing.journey']) {
        for (const [label, value] of await completionDocs(built, file)) texts.push([`completion ${label} (${file})`, value]);
    }
    return texts;
}

const renderer = new Marked({ gfm: true });
const render = (markdown: string) => renderer.parse(markdown, { async: false }) as string;
/** The elements of rendered HTML, attributes included, in order. */
const tags = (html: string) => html.match(/<[^>]*>/g) ?? [];
const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
/** The text of rendered HTML, white space collapsed. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&(lt|gt|amp|quot|#39);/g, m => entities[m]!).replace(/\s+/g, ' ');
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('user text in hover and completion Markdown is text, never markup', function () {
    this.timeout(60_000);
    let baseline: Array<[string, string]>;
    /** Whether each baseline text shows a field of the map (snippets and keyword documentation do not). */
    let carriesText: boolean[];
    before(async () => {
        baseline = await markdownOf(await build(plain));
        carriesText = baseline.map(([, markdown]) => textOf(render(markdown)).includes(plain));
        const reached = baseline.filter((_, index) => carriesText[index]).map(([what]) => what);
        for (const expected of [
            'persona hover (declaration)', 'persona hover (reference)', 'channel hover', 'emotion hover (current)', 'emotion hover (future)',
            'future touchpoint hover', 'documentation comment hover', 'completion thierry (ask-persona.journey)', 'completion web (ask-channel.journey)',
            'completion today (ask-improves.journey)', 'completion late (ask-addresses.journey)', 'completion early (ask-addresses.journey)',
            'emotion hover (a persona\'s, version 2)', 'completion stage purchase (ask-missing.journey)',
            'completion touchpoint checkout (ask-missing.journey)',
        ]) {
            assert.ok(reached.includes(expected), `no user text in '${expected}'; reached:\n${reached.join('\n')}`);
        }
    });

    for (const [name, payload] of [['inline markup', inline], ['block markup', blocks]] as const) {
        it(`${name} in every field renders as the same elements as a plain word, and reads as written`, async () => {
            const hostile = await markdownOf(await build(payload));
            assert.deepEqual(hostile.map(([what]) => what), baseline.map(([what]) => what));
            hostile.forEach(([what, markdown], index) => {
                const html = render(markdown);
                assert.doesNotMatch(html, /<(img|a|script|h\d|div|table|del|em)\b/i, `${what}:\n${markdown}\n${html}`);
                assert.deepEqual(tags(html), tags(render(baseline[index]![1])), `${what}:\n${markdown}\n${html}`);
                if (carriesText[index] && !what.includes('comment')) {
                    assert.ok(textOf(html).includes(collapsed(payload)), `${what}: the text does not read as written:\n${textOf(html)}`);
                }
            });
        });
    }

    it('shows a file name with markup in it as text', async () => {
        const { ws, cursors } = await build(plain);
        const docs = await completionDocs({ ws, cursors }, 'ask-persona.journey');
        const dominique = docs.find(([label]) => label === 'dominique');
        assert.ok(dominique, JSON.stringify(docs));
        const html = render(dominique[1]);
        assert.doesNotMatch(html, /<(img|a|em|b)\b/, html);
        assert.ok(textOf(html).includes('more `![x](evil.png)` *people* <img src=x>.journey'), textOf(html));
    });
});

describe('escapeMarkdown and markdownCode', () => {
    it('escape the ASCII punctuation that can make markup, so that rendered text reads as written', () => {
        const all = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
        assert.equal(textOf(render(escapeMarkdown(all))).trim(), all);
        assert.equal(textOf(render(escapeMarkdown('&amp; &#60; &#x3C; R&D'))).trim(), '&amp; &#60; &#x3C; R&D');
        assert.equal(escapeMarkdown('a\n# b\r\n\tc'), 'a # b c');
    });

    it('leave prose alone: apostrophes, hyphens, full stops, colons, other scripts', () => {
        for (const prose of ["I don't want to regret this.", 'Find the best price-quality ratio', 'Note: 5 (of 10)!', 'Oriëntatie café — €19', '#1 choice']) {
            assert.equal(escapeMarkdown(prose), prose);
        }
    });

    it('no block starts at the beginning of the text', () => {
        const starts = ['# h', '## h', '- item', '+ item', '* item', '1. one', '123) one', '> quote', '=== x', '--- x', '***', '___', '```js', '~~~',
            '<div>x</div>', '<!-- c -->', '| a | b |', '[1]: https://evil.example', '    code', '\tcode', ' - item', ' 2. two'];
        for (const start of starts) {
            const html = render(escapeMarkdown(start));
            assert.deepEqual(tags(html), ['<p>', '</p>'], `${start}: ${html}`);
            assert.equal(textOf(html).trim(), collapsed(start), start);
        }
    });

    it('markdownCode keeps a name in a code span, and escapes what would break out of one', () => {
        assert.equal(markdownCode('thierry'), '`thierry`');
        assert.equal(render(markdownCode('a`b')).includes('<code>'), false);
        assert.equal(textOf(render(markdownCode('a`*b*`'))).trim(), 'a`*b*`');
        assert.equal(markdownCode(''), '');
    });
});
