// `npm run pictures`: the README's pictures of presenting maps (media/stacked.png, media/report.png)
// from the browser test's screenshots (test/browser/print.test.ts, "pictures"). Only this script
// changes them, never `npm test`.
import { copyFileSync, existsSync } from 'node:fs';

const pictures = [
    ['stacked-bike.png', 'stacked.png'],
    ['report-light.png', 'report.png'],
];
for (const [shot, picture] of pictures) {
    const from = new URL(`../test-artifacts/browser/${shot}`, import.meta.url);
    if (!existsSync(from)) {
        console.error(`No test-artifacts/browser/${shot}: run the browser test's pictures first (npm run pictures does).`);
        process.exit(1);
    }
    copyFileSync(from, new URL(`../media/${picture}`, import.meta.url));
    console.log(`media/${picture} updated from test-artifacts/browser/${shot}`);
}
