// `npm run screenshot`: the README's picture (media/screenshot.png) from the end-to-end suite's
// screenshot of the preview in the real editor. Only this script changes it, never `npm test`.
import { copyFileSync, existsSync } from 'node:fs';

const shot = new URL('../test-artifacts/e2e/preview-light.png', import.meta.url);
if (!existsSync(shot)) {
    console.error('No test-artifacts/e2e/preview-light.png: run `npm run test:e2e` first.');
    process.exit(1);
}
copyFileSync(shot, new URL('../media/screenshot.png', import.meta.url));
console.log('media/screenshot.png updated from test-artifacts/e2e/preview-light.png');
