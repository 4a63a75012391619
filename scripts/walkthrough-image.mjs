// The walkthrough's picture of a journey map (media/walkthrough/journey-map.svg), drawn by the
// map renderer from the small map below: `node scripts/walkthrough-image.mjs` after a build.
import { writeFileSync } from 'node:fs';

const { buildDocumentSet, sourcesFromTexts } = await import(new URL('../out/src/workspace/document-set.js', import.meta.url).href);
const { buildMapModel } = await import(new URL('../out/src/language/build-model.js', import.meta.url).href);
const { renderMapSvg } = await import(new URL('../out/src/renderer/export.js', import.meta.url).href);

const text = `persona priya "Pendelende Priya"
channel social "Instagram" icon social
channel site "Website" icon web
channel app "App" icon app

journey first_map "E-bike subscription — today" {
    persona priya
    stage orientation "Orientation" {
        touchpoint ad "Sees an ad" { channel social action "Taps an ad for a €19 e-bike" emotion 1 "curious" }
        touchpoint prices "Compares prices" { channel site action "Looks for the real monthly price" thought "What does it cost in the end?" emotion -1 "unsure" pain hidden_costs "Insurance costs are hidden" severity high }
    }
    stage subscribe "Subscribe" {
        touchpoint form "Fills in the form" { channel site action "Enters her details twice" thought "Didn't I just type this?" emotion -2 "annoyed" opportunity prefill "Prefill from the app account" impact high effort low }
    }
    stage use "Use" {
        touchpoint ride "First ride" { channel app action "Unlocks the bike with the app" emotion 2 "delighted" }
    }
    action show_total "Show the total price on the first page" { owner "Web team" due "2027-01-15" addresses hidden_costs }
}
`;
const { documents } = await buildDocumentSet(sourcesFromTexts({ 'first-map.journey': text }), { today: '2026-11-23' });
const svg = renderMapSvg(buildMapModel(documents), { mode: 'single' });
writeFileSync(new URL('../media/walkthrough/journey-map.svg', import.meta.url), svg);
console.log(`media/walkthrough/journey-map.svg: ${svg.length} characters`);
