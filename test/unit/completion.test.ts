import assert from 'node:assert/strict';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { expectCompletion, parseHelper } from 'langium/test';
import { InsertTextFormat, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { asciiName, stageTemplates } from '../../src/language/lsp/stage-templates.js';
import { people, today } from './helpers.js';

const services = createJourneyServices(EmptyFileSystem);
const { shared, Journey } = services;
const completion = expectCompletion(Journey);

/** Documents that stay in the workspace for the whole file, as other files of an open folder. */
const maps = `
journey today_map "Laptop purchase — today" {
    persona thierry
    stage orientation "Oriëntatie" {
        touchpoint search "Search engine" { channel web }
        touchpoint reviews "Review sites" { channel web }
    }
    stage purchase "Aankoop" {
        touchpoint checkout "Checkout" { channel web }
    }
    stage delivery "Levering" {
        touchpoint parcel "Parcel arrives" { channel mail }
    }
}
journey planned "Laptop purchase — planned" improves today_map {
    persona thierry
    stage orientation "Oriëntatie" { touchpoint search "Search engine" { channel web } }
}
journey designed "Designed" {
    state future
    stage s "S" { touchpoint t "T" { channel web } }
}
`;

async function addWorkspaceFile(name: string, text: string): Promise<LangiumDocument> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///workspace/${name}`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document]);
    return document;
}

/** The completion items at the `<|>` marker of `text` (the document is removed afterwards). */
async function itemsAt(text: string): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await completion({
        text,
        index: 0,
        disposeAfterCheck: true,
        assert: (list: CompletionList) => { items = list.items; },
    });
    return items;
}

const labels = (items: CompletionItem[]) => items.map(item => item.label);
const keywords = (items: CompletionItem[]) => items.filter(item => item.detail === 'Keyword').map(item => item.label);
const byLabel = (items: CompletionItem[], label: string) => {
    const item = items.find(candidate => candidate.label === label);
    assert.ok(item, `no item "${label}" in ${JSON.stringify(labels(items))}`);
    return item;
};

describe('completion', () => {
    before(async () => {
        Journey.journey.Settings.setToday(today);
        await addWorkspaceFile('people.journey', people);
        await addWorkspaceFile('maps.journey', maps);
    });

    describe('keywords', () => {
        it('offers the top-level keywords and snippets in an empty document', async () => {
            const items = await itemsAt('<|>');
            assert.deepEqual(keywords(items).sort(), ['channel', 'journey', 'persona']);
            assert.deepEqual(items.filter(item => item.insertTextFormat === InsertTextFormat.Snippet).map(item => item.label).sort(),
                ['channel', 'journey', 'persona']);
        });

        it('offers the keywords of a touchpoint inside a touchpoint, and not those of a stage or journey', async () => {
            const items = await itemsAt('journey j "J" {\n  stage s "S" {\n    touchpoint t "T" {\n      <|>\n    }\n  }\n}');
            const offered = keywords(items);
            for (const expected of ['channel', 'action', 'thought', 'emotion', 'pain', 'opportunity', 'backstage', 'support', 'evidence', 'metric', 'owner', 'persona']) {
                assert.ok(offered.includes(expected), `missing ${expected}`);
            }
            for (const absent of ['stage', 'touchpoint', 'goal', 'state', 'journey', 'severity']) {
                assert.ok(!offered.includes(absent), `unexpected ${absent}`);
            }
        });

        it('offers the keywords of the element around the cursor after other top-level elements', async () => {
            const items = await itemsAt('journey j "J" {\n  stage s "S" {\n    touchpoint t "T" { channel web }\n  }\n}\npersona p "P" {\n  <|>');
            assert.deepEqual(keywords(items).sort(), ['description', 'frustration', 'goal', 'need', 'quote']);
            const after = await itemsAt('journey j "J" {\n  stage s "S" {\n    touchpoint t "T" { channel web }\n  }\n}\n<|>');
            assert.deepEqual(keywords(after).sort(), ['channel', 'journey', 'persona']);
        });

        it('offers only the levels after `severity`', async () => {
            const items = await itemsAt('journey j "J" {\n  stage s "S" {\n    touchpoint t "T" {\n      pain p "Slow" severity <|>');
            assert.deepEqual(labels(items), ['low', 'medium', 'high']);
        });

        it('offers the levels after `impact` and `effort`', async () => {
            const impact = await itemsAt('journey j "J" {\n  stage s "S" {\n    opportunity o "Faster" impact <|>');
            assert.deepEqual(labels(impact), ['low', 'medium', 'high']);
            const effort = await itemsAt('journey j "J" {\n  stage s "S" {\n    opportunity o "Faster" impact high effort <|>');
            assert.deepEqual(labels(effort), ['low', 'medium', 'high']);
        });

        it('offers the icon kinds after `icon`', async () => {
            const items = await itemsAt('channel web "Website" icon <|>');
            assert.deepEqual(labels(items), ['web', 'app', 'mail', 'phone', 'chat', 'social', 'search', 'ad', 'video', 'store', 'print', 'person', 'other']);
        });

        it('offers the map states after `state` and the action statuses after `status`', async () => {
            assert.deepEqual(labels(await itemsAt('journey j "J" {\n  state <|>')), ['current', 'future']);
            assert.deepEqual(labels(await itemsAt('journey j "J" {\n  action a "A" {\n    status <|>')), ['open', 'doing', 'done']);
        });
    });

    describe('name positions', () => {
        it('offers no keyword where a new persona, channel, stage or pain is named', async () => {
            assert.deepEqual(labels(await itemsAt('channel <|>')), []);
            assert.deepEqual(labels(await itemsAt('persona <|>')), []);
            assert.deepEqual(labels(await itemsAt('journey j "J" {\n  stage <|>')), []);
            assert.deepEqual(labels(await itemsAt('journey j "J" {\n  stage s "S" {\n    touchpoint t "T" {\n      pain <|>')), []);
        });

        it('after `persona` in an unfinished journey offers personas and no keyword like `stage`', async () => {
            const items = await itemsAt('journey j "J" {\n  persona <|>');
            assert.deepEqual(labels(items).sort(), ['dominique', 'thierry']);
        });
    });

    describe('references', () => {
        it('shows a persona\'s display name and the file that defines it', async () => {
            const items = await itemsAt('journey j "J" {\n  persona <|>\n}');
            const thierry = byLabel(items, 'thierry');
            assert.equal(thierry.detail, 'Twijfelende Thierry');
            assert.match(thierry.labelDetails?.description ?? '', /Twijfelende Thierry/);
            assert.match(thierry.labelDetails?.description ?? '', /people\.journey/);
        });

        it('does not offer a persona that the line already lists', async () => {
            const items = await itemsAt('journey j "J" {\n  persona thierry, <|>');
            assert.deepEqual(labels(items), ['dominique']);
        });

        it('after `channel` in a touchpoint offers only channels', async () => {
            const items = await itemsAt('journey j "J" {\n  stage s "S" {\n    touchpoint t "T" {\n      channel <|>');
            assert.deepEqual(labels(items).sort(), ['mail', 'phone', 'web']);
            assert.equal(byLabel(items, 'mail').detail, 'E-mail');
        });

        it('after `improves` offers current maps only: not the map itself, not future maps', async () => {
            const items = await itemsAt('journey me "Me" improves <|> {\n  state current\n}');
            assert.deepEqual(labels(items), ['today_map']);
            assert.equal(items[0].detail, 'Laptop purchase — today');
            assert.match(items[0].labelDetails?.description ?? '', /maps\.journey/);
        });

        it('after `addresses` offers the pains of the same journey that the action does not list yet', async () => {
            const text = `
journey other "Other" {
    stage s "S" { touchpoint t "T" { pain foreign "Not ours" } }
}
journey j "J" {
    stage s "S" {
        touchpoint t "T" {
            pain slow "Slow site" severity high
            pain costly "Hidden costs"
        }
        pain lost "Gets lost"
    }
    action fix "Fix it" {
        addresses slow, <|>`;
            const items = await itemsAt(text);
            assert.deepEqual(labels(items).sort(), ['costly', 'lost']);
            assert.equal(byLabel(items, 'costly').detail, 'Hidden costs');
        });
    });

    describe('values', () => {
        it('offers the emotions -2..+2 with their meaning', async () => {
            const items = await itemsAt('journey j "J" {\n  stage s "S" {\n    touchpoint t "T" {\n      emotion <|>');
            assert.deepEqual(items.map(item => `${item.label} ${item.detail}`),
                ['-2 very negative', '-1 negative', '0 neutral', '+1 positive', '+2 very positive']);
        });

        it('offers today\'s date after `reviewed` and `due`', async () => {
            Journey.journey.Settings.setToday('2027-03-04');
            try {
                assert.deepEqual(labels(await itemsAt('journey j "J" {\n  reviewed <|>')), ['"2027-03-04"']);
                assert.deepEqual(labels(await itemsAt('journey j "J" {\n  action a "A" {\n    due <|>\n  }\n}')), ['"2027-03-04"']);
            } finally {
                Journey.journey.Settings.setToday(today);
            }
        });
    });

    describe('snippets and templates', () => {
        it('offers stage and action snippets and the stage templates in a journey body', async () => {
            const items = await itemsAt('journey j "J" {\n  persona thierry\n  <|>');
            const snippets = items.filter(item => item.insertTextFormat === InsertTextFormat.Snippet);
            assert.ok(snippets.some(item => item.label === 'stage'));
            assert.ok(snippets.some(item => item.label === 'action'));
            assert.equal(snippets.filter(item => String(item.label).startsWith('stages:')).length, stageTemplates.length);
        });

        it('offers a touchpoint snippet in a stage body', async () => {
            const items = await itemsAt('journey j "J" {\n  stage s "S" {\n    <|>');
            const touchpoint = items.find(item => item.label === 'touchpoint' && item.insertTextFormat === InsertTextFormat.Snippet);
            assert.ok(touchpoint);
            assert.match(touchpoint.insertText ?? '', /^touchpoint \$\{1:name\} "\$\{2:Display name\}" \{/);
        });

        it('inserts whole sets of stages with ASCII names, display names and a touchpoint each', async () => {
            const items = await itemsAt('journey j "J" {\n  <|>\n}');
            const expected: Record<string, string[]> = {
                orientatie: ['Oriëntatie', 'Afweging', 'Aankoop', 'Service en gebruik', 'Loyaliteit'],
                awareness: ['Awareness', 'Consideration', 'Decision', 'Service', 'Retention'],
                see: ['See', 'Think', 'Do', 'Care', 'Advocacy'],
                latente_behoefte: ['Latente behoefte', 'Concrete behoefte', 'Oriëntatie', 'Overweging', 'Beslismoment',
                    'Koop', 'Levering', 'Gebruik', 'Loyaliteit', 'Ambassadeur'],
            };
            const templates = items.filter(item => String(item.label).startsWith('stages:'));
            for (const stages of Object.values(expected)) {
                const template = templates.find(item => (item.insertText ?? '').startsWith(`stage ${asciiName(stages[0])} "${stages[0]}"`));
                assert.ok(template, `no template starting with ${stages[0]}`);
                assert.equal(template.insertTextFormat, InsertTextFormat.Snippet);
                const text = template.insertText ?? '';
                const written = [...text.matchAll(/^stage (\w+) "([^"]*)" \{/gm)].map(match => [match[1], match[2]]);
                assert.deepEqual(written, stages.map(stage => [asciiName(stage), stage]));
                assert.equal([...text.matchAll(/\ttouchpoint \$\{\d+:/g)].length, stages.length);
            }
            assert.equal(asciiName('Oriëntatie'), 'orientatie');
            assert.equal(asciiName('Service en gebruik'), 'service_en_gebruik');
        });
    });

    describe('future maps line up with their current map', () => {
        it('offers the stages of the current map that the future map lacks', async () => {
            const items = await itemsAt('journey next "Next" improves today_map {\n  stage orientation "Oriëntatie" {\n  }\n  <|>\n}');
            const stageItems = items.filter(item => String(item.label).startsWith('stage ') && item.insertTextFormat === InsertTextFormat.Snippet);
            assert.deepEqual(labels(stageItems), ['stage purchase', 'stage delivery']);
            const purchase = byLabel(items, 'stage purchase');
            assert.equal(purchase.detail, 'Aankoop');
            assert.match(purchase.insertText ?? '', /^stage purchase "Aankoop" \{\n\ttouchpoint checkout "Checkout" \{/);
        });

        it('offers the touchpoints of the current map that the future map lacks, in a stage body', async () => {
            const items = await itemsAt('journey next "Next" improves today_map {\n  stage orientation "Oriëntatie" {\n    touchpoint search "Search engine" { }\n    <|>\n  }\n}');
            const touchpointItems = items.filter(item => String(item.label).startsWith('touchpoint '));
            assert.deepEqual(labels(touchpointItems).sort(), ['touchpoint checkout', 'touchpoint parcel', 'touchpoint reviews']);
            const reviews = byLabel(items, 'touchpoint reviews');
            assert.equal(reviews.detail, 'Review sites');
            assert.match(reviews.insertText ?? '', /^touchpoint reviews "Review sites" \{/);
            // The touchpoints of the matching stage come first.
            assert.ok((reviews.sortText ?? '') < (byLabel(items, 'touchpoint parcel').sortText ?? ''));
        });

        it('offers no such items in a map that improves nothing', async () => {
            const items = await itemsAt('journey next "Next" {\n  <|>\n}');
            assert.ok(!items.some(item => String(item.label).startsWith('stage ')));
        });
    });

    describe('version 2 lines', () => {
        const twoPersonas = (touchpoint: string) => `journey j "J" {\n  persona thierry, dominique\n  stage s "S" {\n    touchpoint t "T" {\n${touchpoint}`;

        it('offers the new lines where they may stand: type, language, review every in a journey; time in a stage; time, frontstage, prop in a touchpoint', async () => {
            const journey = keywords(await itemsAt('journey j "J" {\n  <|>'));
            for (const keyword of ['type', 'language', 'review']) assert.ok(journey.includes(keyword), `${keyword} in ${journey}`);
            assert.ok(keywords(await itemsAt('journey j "J" {\n  stage s "S" {\n    <|>')).includes('time'));
            const touchpoint = keywords(await itemsAt('journey j "J" {\n  stage s "S" {\n    touchpoint t "T" {\n      <|>'));
            for (const keyword of ['time', 'frontstage', 'prop']) assert.ok(touchpoint.includes(keyword), `${keyword} in ${touchpoint}`);
            assert.ok(!touchpoint.includes('due') && !touchpoint.includes('goal'), 'no line of another block, although the grammar parses them there');
            const snippet = byLabel(await itemsAt('journey j "J" {\n  <|>'), 'review every');
            assert.equal(snippet.insertText, 'review every ${1:3} months$0');
        });

        it('offers the map types after `type` and the languages after `language`, with what they mean', async () => {
            const types = await itemsAt('journey j "J" {\n  type <|>');
            assert.deepEqual(labels(types), ['customer-journey', 'day-in-the-life', 'service-blueprint']);
            assert.match(String(byLabel(types, 'day-in-the-life').detail), /whole day/);
            assert.deepEqual(labels(await itemsAt('journey j "J" {\n  language <|>')), ['nl', 'en']);
            assert.deepEqual(labels(await itemsAt('journey j "J" {\n  review <|>')), ['every']);
            assert.deepEqual(labels(await itemsAt('journey j "J" {\n  review every 3 <|>')).sort(), ['month', 'months']);
        });

        it('completing `emotion ` offers the touchpoint\'s personas, then the values', async () => {
            const both = await itemsAt(twoPersonas('      emotion <|>'));
            assert.deepEqual(labels(both), ['thierry', 'dominique', '-2', '-1', '0', '+1', '+2']);
            assert.equal(byLabel(both, 'dominique').detail, 'Drukke Dominique');
            assert.deepEqual(labels(await itemsAt(twoPersonas('      persona dominique\n      emotion <|>'))), ['dominique', '-2', '-1', '0', '+1', '+2']);
            // A persona that has its emotion line already is not offered again.
            assert.deepEqual(labels(await itemsAt(twoPersonas('      emotion thierry -1\n      emotion <|>'))), ['dominique', '-2', '-1', '0', '+1', '+2']);
            assert.deepEqual(labels(await itemsAt(twoPersonas('      emotion thierry <|>'))), ['-2', '-1', '0', '+1', '+2']);
        });

        it('offers `link` after evidence, and a web address or a relative path after `link`', async () => {
            assert.deepEqual(keywords(await itemsAt(twoPersonas('      evidence "GA4" <|>'))).filter(k => k === 'link'), ['link']);
            assert.deepEqual(labels(await itemsAt(twoPersonas('      evidence "GA4" link <|>'))), ['"https://…"', '"…/….md"']);
        });

        it('offers a time and a range after `time`', async () => {
            assert.deepEqual(labels(await itemsAt(twoPersonas('      time <|>'))), ['"HH:MM"', '"HH:MM-HH:MM"']);
        });

        it('after `addresses` offers the pains and the opportunities of the journey', async () => {
            const items = await itemsAt('journey j "J" {\n  stage s "S" {\n    touchpoint t "T" { pain slow "Slow" opportunity faster "Faster" }\n  }\n  action a "A" {\n    addresses <|>');
            assert.deepEqual(labels(items), ['slow', 'faster']);
        });
    });

    describe('big documents', () => {
        function bigJourney(touchpoints: number): string {
            const lines = ['journey big "Big" {', '    persona thierry'];
            for (let stage = 0; stage < touchpoints / 10; stage++) {
                lines.push(`    stage s${stage} "Stage ${stage}" {`);
                for (let t = 0; t < 10; t++) {
                    const id = stage * 10 + t;
                    lines.push(`        touchpoint t${id} "Touchpoint ${id}" {`, '            channel web', `            action "Does ${id}"`,
                        '            emotion 1', `            pain p${id} "Pain ${id}"`, '        }');
                }
                lines.push('    }');
            }
            return lines.join('\n');
        }

        it('completes at the end of a 1,000-touchpoint journey, parsing only the last element', async () => {
            const parser = Journey.parser.CompletionParser;
            const parse = parser.parse.bind(parser);
            const parsedLengths: number[] = [];
            parser.parse = (input: string) => {
                parsedLengths.push(input.length);
                return parse(input);
            };
            const text = `${bigJourney(1000)}
    stage last "Last" {
        touchpoint last "Last" {
            channel @channel@
        }
    }
    @body@
    action fix "Fix" {
        addresses p0, p999, @end@`;
            const markers = ['@channel@', '@body@', '@end@'];
            const offsets: number[] = [];
            let source = text;
            for (const marker of markers) {
                offsets.push(source.indexOf(marker));
                source = source.replace(marker, '');
            }
            assert.equal(offsets[2], source.length, 'the last marker is the end of the document');
            assert.ok(source.split('\n').length > 6_000);
            const document = await parseHelper(Journey)(source);
            const at = async (offset: number) => (await Journey.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() },
                position: document.textDocument.positionAt(offset),
            }))?.items ?? [];
            try {
                const channels = await at(offsets[0]);
                assert.deepEqual(labels(channels).sort(), ['mail', 'phone', 'web']);
                const body = keywords(await at(offsets[1]));
                assert.ok(body.includes('stage') && body.includes('action') && !body.includes('touchpoint'), JSON.stringify(body));
                const atEnd = await at(offsets[2]);
                assert.equal(atEnd.length, 998);
                assert.ok(!labels(atEnd).includes('p0') && !labels(atEnd).includes('p999') && labels(atEnd).includes('p500'));
                assert.ok(Math.max(...parsedLengths) < 1_000, `the completion parser read ${Math.max(...parsedLengths)} characters`);
            } finally {
                parser.parse = parse;
                await shared.workspace.DocumentBuilder.update([], [document.uri]);
            }
        });
    });
});
