import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DiagnosticCode } from '../../src/model/diagnostic-codes.js';
import { modelOf } from './helpers.js';

// docs/language.md is the users' reference: every report code has an entry there, and every
// ```journey example in it is checked. Info string: `journey [v2] [id=NAME] [with=NAME] [expect=CODE,...]`:
// `with` builds the example together with the example of that id (the personas and channels),
// `expect` lists the codes it shows (its errors and warnings must be those; without `expect`
// it has none). `v2` marks examples that need what version 2 of the language brings; the language
// has version 2, so they are checked like the others.
const doc = readFileSync(new URL('../../../docs/language.md', import.meta.url), 'utf8');
const codes: readonly string[] = Object.values(DiagnosticCode);

interface Example { line: number; text: string; v2: boolean; id?: string; with?: string; expect: string[] }

function examples(): Example[] {
    const found: Example[] = [];
    const fence = /^```journey([^\n]*)\n([\s\S]*?)^```$/gm;
    for (let m = fence.exec(doc); m; m = fence.exec(doc)) {
        const words = m[1].trim().split(/\s+/).filter(Boolean);
        const option = (key: string) => words.find(w => w.startsWith(`${key}=`))?.slice(key.length + 1);
        found.push({
            line: doc.slice(0, m.index).split('\n').length,
            text: m[2],
            v2: words.includes('v2'),
            id: option('id'),
            with: option('with'),
            expect: option('expect')?.split(',') ?? [],
        });
    }
    return found;
}

describe('docs/language.md, the language reference for map writers', () => {
    const all = examples();

    it('has an entry for every report code, with what it means and what to do', () => {
        for (const code of codes) {
            const entry = new RegExp(`^### \`${code}\`\\n\\*\\*(error|warning|hint)[ .(][\\s\\S]*?\\*\\*What to do:\\*\\*`, 'm');
            assert.match(doc, entry, `docs/language.md has no entry "### \`${code}\`" with its severity and what to do`);
        }
    });

    it('shows every report code with an example that produces it', () => {
        // `validation-stopped` is what a check that breaks reports: no short, correct example makes it.
        const noExample = ['validation-stopped'];
        const shown = new Set(all.flatMap(e => e.expect));
        assert.deepEqual(codes.filter(code => !shown.has(code) && !noExample.includes(code)), []);
    });

    for (const example of all) {
        const what = example.expect.length ? `shows ${example.expect.join(', ')}` : 'has no errors and no warnings';
        it(`the example at line ${example.line} ${what}${example.v2 ? ' (version 2)' : ''}`, async () => {
            const files: Record<string, string> = { 'example.journey': example.text };
            if (example.with) {
                const context = all.find(e => e.id === example.with);
                assert.ok(context, `no example with id=${example.with}`);
                files['context.journey'] = context.text;
            }
            const model = await modelOf(files);
            const reported = model.diagnostics.filter(d => d.uri.endsWith('/example.journey'));
            const serious = reported.filter(d => d.severity === 'error' || d.severity === 'warning');
            const describe = (list: typeof reported) => list.map(d => `${d.range.start.line + 1}: ${d.severity} ${d.code} ${d.message}`).join('\n');
            assert.deepEqual([...new Set(serious.map(d => d.code))].filter(c => !example.expect.includes(c ?? '')), [], describe(serious));
            for (const code of example.expect) assert.ok(reported.some(d => d.code === code), `no ${code} in:\n${describe(reported)}`);
            const context = model.diagnostics.filter(d => d.uri.endsWith('/context.journey') && (d.severity === 'error' || d.severity === 'warning'));
            assert.deepEqual(context, [], 'the personas and channels it uses are clean');
        });
    }
});
