import assert from 'node:assert/strict';
import { DiagnosticCode } from '../../src/model/diagnostic-codes.js';
import { modelOf } from './helpers.js';
import { doc, examples } from './language-doc-examples.js';

const codes: readonly string[] = Object.values(DiagnosticCode);

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
