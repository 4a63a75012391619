import { readFileSync } from 'node:fs';

// docs/language.md is the users' reference: every report code has an entry there, and every
// ```journey example in it is checked. Info string: `journey [v2] [id=NAME] [with=NAME] [expect=CODE,...]`:
// `with` builds the example together with the example of that id (the personas and channels),
// `expect` lists the codes it shows (its errors and warnings must be those; without `expect`
// it has none). `v2` marks examples that need what version 2 of the language brings; the language
// has version 2, so they are checked like the others.
export const doc = readFileSync(new URL('../../../docs/language.md', import.meta.url), 'utf8');

export interface Example { line: number; text: string; v2: boolean; id?: string; with?: string; expect: string[] }

export function examples(): Example[] {
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

