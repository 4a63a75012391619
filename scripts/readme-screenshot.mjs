// `npm run screenshot`: the README's pictures from the end-to-end suite's screenshots in the real
// editor: the preview (media/screenshot.png), the Journeys view and a Markdown preview with a map.
// Only this script changes them, never `npm test`.
import { copyFileSync, existsSync } from 'node:fs';

const pictures = [
    ['preview-light.png', 'screenshot.png'],
    ['journeys-view.png', 'journeys-view.png'],
    ['markdown-preview.png', 'markdown-preview.png'],
];
const missing = pictures.filter(([shot]) => !existsSync(new URL(`../test-artifacts/e2e/${shot}`, import.meta.url)));
if (missing.length > 0) {
    console.error(`No ${missing.map(([shot]) => `test-artifacts/e2e/${shot}`).join(', ')}: run \`npm run test:e2e\` first.`);
    process.exit(1);
}
for (const [shot, picture] of pictures) {
    copyFileSync(new URL(`../test-artifacts/e2e/${shot}`, import.meta.url), new URL(`../media/${picture}`, import.meta.url));
    console.log(`media/${picture} updated from test-artifacts/e2e/${shot}`);
}
