/**
 * Every colour the renderer uses, in one place. The drawing only ever says `var(--jm-…)`
 * (through the rules in `mapCss`, each with its light fallback); the variables themselves are
 * defined per host:
 * - exports (`renderMapSvg`, `renderMapHtml`): fixed light values (`exportThemeCss`);
 * - the VS Code webview: the editor's theme variables (`webviewThemeCss`), high contrast included.
 *
 * The CSS strings here never contain `& < > " '`, so they survive being written as escaped text
 * inside an SVG `<style>` element unchanged (a unit test checks this).
 */

export interface ThemeColors {
    bg: string;
    fg: string;
    muted: string;
    border: string;
    grid: string;
    band: string;
    card: string;
    stageBg: string;
    stageFg: string;
    accent: string;
    accentBg: string;
    positive: string;
    neutral: string;
    negative: string;
    severityHigh: string;
    severityMedium: string;
    severityLow: string;
    painBg: string;
    opportunity: string;
    opportunityBg: string;
    curve: string;
    curveCurrent: string;
    added: string;
    removed: string;
    moved: string;
    changed: string;
    highlight: string;
    visibility: string;
    /** The curves of the personas, in turn (each also has its own dash and mark shape). */
    persona1: string;
    persona2: string;
    persona3: string;
    persona4: string;
}

/** The light theme: exports use it, and it is every variable's fallback. */
export const lightTheme: ThemeColors = {
    bg: '#ffffff',
    fg: '#1f2328',
    muted: '#59636e',
    border: '#d1d9e0',
    grid: '#e6eaef',
    band: '#f6f8fa',
    card: '#ffffff',
    stageBg: '#e7eef8',
    stageFg: '#0b3a6f',
    accent: '#0969da',
    accentBg: '#ddf4ff',
    positive: '#1a7f37',
    neutral: '#6e7781',
    negative: '#cf222e',
    severityHigh: '#cf222e',
    severityMedium: '#bc4c00',
    severityLow: '#9a6700',
    painBg: '#fff1f0',
    opportunity: '#1a7f37',
    opportunityBg: '#eefbf1',
    curve: '#0969da',
    curveCurrent: '#8c959f',
    added: '#1a7f37',
    removed: '#cf222e',
    moved: '#8250df',
    changed: '#bc4c00',
    highlight: '#bf8700',
    visibility: '#8c959f',
    persona1: '#0969da',
    persona2: '#8250df',
    persona3: '#bc4c00',
    persona4: '#1f2328',
};

/** A dark palette (used by the screenshots; hosts may offer it). */
export const darkTheme: ThemeColors = {
    bg: '#1e1e1e',
    fg: '#d4d4d4',
    muted: '#9d9d9d',
    border: '#454545',
    grid: '#333333',
    band: '#252526',
    card: '#2a2d2e',
    stageBg: '#22374d',
    stageFg: '#cfe3ff',
    accent: '#3794ff',
    accentBg: '#1f3147',
    positive: '#89d185',
    neutral: '#9d9d9d',
    negative: '#f48771',
    severityHigh: '#f48771',
    severityMedium: '#d18616',
    severityLow: '#cca700',
    painBg: '#3a2726',
    opportunity: '#89d185',
    opportunityBg: '#233327',
    curve: '#3794ff',
    curveCurrent: '#9d9d9d',
    added: '#89d185',
    removed: '#f48771',
    moved: '#b180d7',
    changed: '#d18616',
    highlight: '#ffcc00',
    visibility: '#6e6e6e',
    persona1: '#3794ff',
    persona2: '#b180d7',
    persona3: '#d18616',
    persona4: '#d4d4d4',
};

type ColorName = keyof ThemeColors;

const names = Object.keys(lightTheme) as ColorName[];

function varName(name: ColorName): string {
    return `--jm-${name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`;
}

/** `var(--jm-name, light value)`: how every rule refers to a colour. */
export function color(name: ColorName): string {
    return `var(${varName(name)}, ${lightTheme[name]})`;
}

/** Declarations that set the variables to a fixed palette. */
export function paletteDeclarations(theme: ThemeColors): string {
    return names.map(name => `${varName(name)}: ${theme[name]};`).join(' ');
}

const fontStack = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif';

/** The exports' theme: fixed light values on the map's root elements. */
export const exportThemeCss = `.jm-map, .jm-svg { ${paletteDeclarations(lightTheme)} --jm-font: ${fontStack}; }`;

/** The dark palette as a block, for hosts and screenshots that want it. */
export const darkThemeCss = `.jm-map, .jm-svg { ${paletteDeclarations(darkTheme)} }`;

/** VS Code theme variables behind each colour; tints are mixed from the theme's own colours. */
const vs = (name: string, fallback: string) => `var(--vscode-${name}, ${fallback})`;
const editorBg = vs('editor-background', lightTheme.bg);
const editorFg = vs('editor-foreground', lightTheme.fg);
const tint = (source: string, percent: number) => `color-mix(in srgb, ${source} ${percent}%, ${editorBg})`;
const vscodeSources: Record<ColorName, string> = {
    bg: editorBg,
    fg: editorFg,
    muted: vs('descriptionForeground', lightTheme.muted),
    border: vs('editorWidget-border', lightTheme.border),
    grid: tint(editorFg, 12),
    band: tint(editorFg, 4),
    card: editorBg,
    stageBg: tint(vs('charts-blue', lightTheme.accent), 16),
    stageFg: editorFg,
    accent: vs('charts-blue', lightTheme.accent),
    accentBg: tint(vs('charts-blue', lightTheme.accent), 14),
    positive: vs('charts-green', lightTheme.positive),
    neutral: vs('descriptionForeground', lightTheme.neutral),
    negative: vs('charts-red', lightTheme.negative),
    severityHigh: vs('charts-red', lightTheme.severityHigh),
    severityMedium: vs('charts-orange', lightTheme.severityMedium),
    severityLow: vs('charts-yellow', lightTheme.severityLow),
    painBg: tint(vs('charts-red', lightTheme.negative), 10),
    opportunity: vs('charts-green', lightTheme.opportunity),
    opportunityBg: tint(vs('charts-green', lightTheme.opportunity), 10),
    curve: vs('charts-blue', lightTheme.curve),
    curveCurrent: vs('descriptionForeground', lightTheme.curveCurrent),
    added: vs('charts-green', lightTheme.added),
    removed: vs('charts-red', lightTheme.removed),
    moved: vs('charts-purple', lightTheme.moved),
    changed: vs('charts-orange', lightTheme.changed),
    highlight: vs('focusBorder', lightTheme.highlight),
    visibility: vs('descriptionForeground', lightTheme.visibility),
    persona1: vs('charts-blue', lightTheme.persona1),
    persona2: vs('charts-purple', lightTheme.persona2),
    persona3: vs('charts-orange', lightTheme.persona3),
    persona4: editorFg,
};

/**
 * The webview's theme: each colour follows the VS Code theme. In high contrast themes borders
 * take `--vscode-contrastBorder` and tinted fills give way to the background, so text keeps
 * its contrast.
 */
export const webviewThemeCss = [
    `.jm-map, .jm-svg { ${names.map(name => `${varName(name)}: ${vscodeSources[name]};`).join(' ')}`
    + ` --jm-font: var(--vscode-font-family, ${fontStack}); }`,
    `.vscode-high-contrast .jm-map, .vscode-high-contrast .jm-svg, .vscode-high-contrast-light .jm-map, .vscode-high-contrast-light .jm-svg {`
    + ` --jm-border: var(--vscode-contrastBorder, #6fc3df); --jm-grid: var(--vscode-contrastBorder, #6fc3df);`
    + ` --jm-band: transparent; --jm-card: ${editorBg}; --jm-stage-bg: ${editorBg};`
    + ` --jm-pain-bg: ${editorBg}; --jm-opportunity-bg: ${editorBg}; --jm-accent-bg: ${editorBg}; }`,
].join('\n');

/**
 * Coloured text and badges must read in any theme, whatever its chart colours: text in a hue is
 * the hue mixed half with the foreground (so it keeps the foreground's contrast with the
 * background), and a badge is a light wash of its hue with foreground text and a border in the hue.
 */
const ink = (name: ColorName) => `color-mix(in srgb, ${color(name)} 50%, ${color('fg')})`;
const wash = (name: ColorName) => `color-mix(in srgb, ${color(name)} 18%, ${color('bg')})`;

/** How the drawing rules name a colour: through the variables (browsers), or as a value (an SVG rasterizer that knows no `var()` or `color-mix()`). */
interface Paint {
    color(name: ColorName): string;
    ink(name: ColorName): string;
    wash(name: ColorName): string;
    font: string;
}

const variablePaint: Paint = { color, ink, wash, font: `var(--jm-font, ${fontStack})` };

/** `color-mix(in srgb, a p%, b)` worked out: each sRGB channel mixed. */
export function mixColors(a: string, percent: number, b: string): string {
    const channels = (hex: string) => [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));
    const [x, y] = [channels(a), channels(b)];
    return `#${x.map((v, i) => Math.round(v * percent / 100 + y[i] * (1 - percent / 100)).toString(16).padStart(2, '0')).join('')}`;
}

/** The same colours as values, for a rasterizer: the palette's own, mixed as the variables' rules mix them. */
function valuePaint(theme: ThemeColors, font: string): Paint {
    return {
        color: name => theme[name],
        ink: name => mixColors(theme[name], 50, theme.fg),
        wash: name => mixColors(theme[name], 18, theme.bg),
        font,
    };
}

/**
 * The personas' curves, faces and marks: each persona its colour, its line's dash and (in
 * map-svg.tsx) its marks' shape, so that they are told apart in print and without colour.
 */
function personaCss(color: (name: ColorName) => string): string {
    const dashes = ['none', '9 5', '2 4', '12 4 3 4'];
    return dashes.map((dash, i) => {
        const hue = color(`persona${i + 1}` as ColorName);
        const cls = `.jm-svg .jm-persona-${i}`;
        return `${cls}.jm-curve { stroke: ${hue}; stroke-dasharray: ${dash}; stroke-linecap: round; }\n`
            + `${cls}.jm-curve-current-persona { stroke-dasharray: ${dash === 'none' ? '5 4' : dash}; }\n`
            + `${cls}.jm-dot-persona { stroke: ${hue}; }\n`
            + `${cls}.jm-persona-mark { fill: ${hue}; stroke: none; }\n`
            + `${cls}.jm-persona-mark-hollow { stroke: ${hue}; }`;
    }).join('\n');
}

/** The drawing rules: shapes and text by class, colours only through the variables. */
export const mapCss = mapRules(variablePaint);

/**
 * The drawing rules for the PNG export's rasterizer (resvg knows neither `var()` nor
 * `color-mix()`): the light palette as values and one font, DejaVu Sans, whose metrics the layout
 * measures with (text.ts), so the image is the same on every machine.
 */
export const rasterCss = mapRules(valuePaint(lightTheme, 'DejaVu Sans'));

function mapRules({ color, ink, wash, font }: Paint): string {
    return `
.jm-svg { font-family: ${font}; color: ${color('fg')}; }
.jm-svg text { fill: ${color('fg')}; }
.jm-svg .jm-bg { fill: ${color('bg')}; }
.jm-svg .jm-muted { fill: ${color('muted')}; }
.jm-svg .jm-strong { font-weight: 600; }
.jm-svg .jm-bold { font-weight: 700; }
.jm-svg .jm-italic { font-style: italic; }
.jm-svg .jm-title { font-weight: 700; }
.jm-svg .jm-lane-band { fill: ${color('band')}; }
.jm-svg .jm-lane-label { fill: ${color('fg')}; font-weight: 700; }
.jm-svg .jm-side-tag { fill: ${color('muted')}; font-weight: 700; letter-spacing: 0.04em; }
.jm-svg .jm-axis-label { fill: ${color('muted')}; }
.jm-svg .jm-caption { fill: ${color('muted')}; font-style: italic; }
.jm-svg .jm-grid { stroke: ${color('grid')}; stroke-width: 1; fill: none; }
.jm-svg .jm-grid-strong { stroke: ${color('border')}; stroke-width: 1; fill: none; }
.jm-svg .jm-divider { stroke: ${color('border')}; stroke-width: 1; fill: none; }
.jm-svg .jm-divider-half { stroke-dasharray: 3 3; }
.jm-svg .jm-stage-box { fill: ${color('stageBg')}; stroke: none; }
.jm-svg .jm-stage-box-changed { stroke: ${color('border')}; stroke-width: 1.5; stroke-dasharray: 6 4; }
.jm-svg .jm-stage-name { fill: ${color('stageFg')}; font-weight: 700; }
.jm-svg .jm-stage-metric { fill: ${color('stageFg')}; }
.jm-svg .jm-stage-goal { fill: ${color('fg')}; font-style: italic; }
.jm-svg .jm-stage-metric-line { fill: ${color('fg')}; }
.jm-svg .jm-placeholder { fill: none; stroke: ${color('border')}; stroke-width: 1.5; stroke-dasharray: 6 4; }
.jm-svg .jm-placeholder-text { fill: ${color('muted')}; font-style: italic; }
.jm-svg .jm-card { fill: ${color('card')}; stroke: ${color('border')}; stroke-width: 1; }
.jm-svg .jm-icon-bg { fill: ${color('accentBg')}; }
.jm-svg .jm-icon { fill: none; stroke: ${color('accent')}; stroke-width: 1.7; stroke-linecap: round; stroke-linejoin: round; }
.jm-svg .jm-icon-fill { fill: ${color('accent')}; stroke: none; }
.jm-svg .jm-thought { fill: ${color('band')}; stroke: ${color('border')}; stroke-width: 1; }
.jm-svg .jm-baseline { stroke: ${color('neutral')}; stroke-width: 1; stroke-dasharray: 4 4; fill: none; }
.jm-svg .jm-curve { stroke: ${color('curve')}; stroke-width: 2.5; fill: none; }
.jm-svg .jm-curve-before { stroke: ${color('curveCurrent')}; }
.jm-svg .jm-curve-current { stroke: ${color('curveCurrent')}; stroke-width: 2; stroke-dasharray: 7 5; fill: none; }
.jm-svg .jm-dot { stroke: ${color('bg')}; stroke-width: 2; }
.jm-svg .jm-dot-positive { fill: ${color('positive')}; }
.jm-svg .jm-dot-neutral { fill: ${color('neutral')}; }
.jm-svg .jm-dot-negative { fill: ${color('negative')}; }
.jm-svg .jm-face-mouth, .jm-svg .jm-bg-stroke { stroke: ${color('bg')}; }
.jm-svg .jm-dot-current { fill: ${color('bg')}; stroke: ${color('curveCurrent')}; stroke-width: 2; }
.jm-svg .jm-curve.jm-curve-neutral { stroke: ${color('fg')}; }
${personaCss(color)}
.jm-svg .jm-dot-persona { stroke-width: 2.5; }
.jm-svg .jm-curve-current-persona { stroke: ${color('curveCurrent')}; stroke-width: 1.6; }
.jm-svg .jm-dot-current.jm-persona-0, .jm-svg .jm-dot-current.jm-persona-1, .jm-svg .jm-dot-current.jm-persona-2, .jm-svg .jm-dot-current.jm-persona-3 { fill: ${color('bg')}; stroke: ${color('curveCurrent')}; stroke-width: 2; }
.jm-svg .jm-persona-mark-hollow { fill: ${color('bg')}; stroke-width: 2; }
.jm-svg .jm-time { fill: ${color('fg')}; }
.jm-svg .jm-card-details { fill: ${color('fg')}; }
.jm-svg .jm-link { fill: ${ink('accent')}; text-decoration: underline; }
.jm-svg .jm-bullet-hollow { fill: none; stroke: ${color('muted')}; stroke-width: 1.4; }
.jm-svg .jm-current-label { fill: ${color('muted')}; font-weight: 600; }
.jm-svg .jm-emotion-positive { fill: ${ink('positive')}; }
.jm-svg .jm-emotion-neutral { fill: ${color('muted')}; }
.jm-svg .jm-emotion-negative { fill: ${ink('negative')}; }
.jm-svg .jm-pain-box { fill: ${color('painBg')}; stroke-width: 1; }
.jm-svg .jm-severity-high { stroke: ${color('severityHigh')}; }
.jm-svg .jm-severity-medium { stroke: ${color('severityMedium')}; }
.jm-svg .jm-severity-low { stroke: ${color('severityLow')}; }
.jm-svg .jm-severity-none { stroke: ${color('border')}; }
.jm-svg .jm-severity-mark-high { fill: ${color('severityHigh')}; }
.jm-svg .jm-severity-mark-medium { fill: ${color('severityMedium')}; }
.jm-svg .jm-severity-mark-low { fill: ${color('severityLow')}; }
.jm-svg .jm-severity-mark-none { fill: ${color('neutral')}; }
.jm-svg .jm-severity-tag { font-weight: 700; }
.jm-svg .jm-severity-text-high, .jm-svg .jm-severity-text-medium, .jm-svg .jm-severity-text-low, .jm-svg .jm-severity-text-none, .jm-svg .jm-severity-text-result { fill: ${color('fg')}; }
.jm-svg .jm-pain-box-resolved { fill: ${color('card')}; stroke: ${color('positive')}; stroke-width: 1.5; }
.jm-svg .jm-pain-box-dropped { fill: ${color('band')}; stroke: ${color('neutral')}; stroke-width: 1.5; stroke-dasharray: 5 3; }
.jm-svg .jm-pain-result { fill: ${color('fg')}; font-weight: 600; }
.jm-svg .jm-severity-change { fill: ${color('fg')}; font-style: italic; }
.jm-svg .jm-opportunity-box { fill: ${color('opportunityBg')}; stroke: ${color('opportunity')}; stroke-width: 1; }
.jm-svg .jm-opportunity-mark { fill: ${color('opportunity')}; }
.jm-svg .jm-visibility { stroke: ${color('visibility')}; stroke-width: 1.5; stroke-dasharray: 8 5; fill: none; }
.jm-svg .jm-line-interaction { stroke-dasharray: none; }
.jm-svg .jm-line-internal { stroke-dasharray: 2 4; stroke-linecap: round; stroke-width: 2; }
.jm-svg .jm-visibility-label { fill: ${color('muted')}; font-style: italic; }
.jm-svg .jm-bullet { fill: ${color('muted')}; }
.jm-svg .jm-status-added .jm-card, .jm-svg .jm-card.jm-status-added { stroke: ${color('added')}; stroke-width: 2.5; }
.jm-svg .jm-status-removed .jm-card, .jm-svg .jm-card.jm-status-removed { stroke: ${color('removed')}; stroke-width: 2; stroke-dasharray: 6 4; }
.jm-svg .jm-status-moved .jm-card { stroke: ${color('moved')}; stroke-width: 2; stroke-dasharray: 10 3 2 3; }
.jm-svg .jm-status-changed .jm-card { stroke: ${color('changed')}; stroke-width: 2; }
.jm-svg .jm-ghost .jm-card { fill: ${color('band')}; }
.jm-svg .jm-badge-added, .jm-svg .jm-badge-resolved { fill: ${wash('added')}; stroke: ${color('added')}; }
.jm-svg .jm-badge-removed { fill: ${wash('removed')}; stroke: ${color('removed')}; }
.jm-svg .jm-badge-moved { fill: ${wash('moved')}; stroke: ${color('moved')}; }
.jm-svg .jm-badge-changed { fill: ${wash('changed')}; stroke: ${color('changed')}; }
.jm-svg .jm-badge-new { fill: ${wash('negative')}; stroke: ${color('negative')}; }
.jm-svg .jm-badge-dropped { fill: ${wash('neutral')}; stroke: ${color('neutral')}; }
.jm-svg .jm-badge rect { stroke-width: 1.2; }
.jm-svg .jm-badge-text { fill: ${color('fg')}; font-weight: 700; letter-spacing: 0.04em; }
.jm-svg .jm-state-text { fill: ${color('fg')}; font-weight: 700; letter-spacing: 0.04em; }
.jm-svg .jm-delta-up { fill: ${ink('positive')}; font-weight: 700; }
.jm-svg .jm-delta-down { fill: ${ink('negative')}; font-weight: 700; }
.jm-svg .jm-delta-same { fill: ${color('muted')}; font-weight: 700; }
.jm-svg .jm-state-current { fill: ${wash('neutral')}; stroke: ${color('neutral')}; }
.jm-svg .jm-state-future { fill: ${wash('accent')}; stroke: ${color('accent')}; }
.jm-svg .jm-block-head { fill: ${color('band')}; }
.jm-svg .jm-summary-box { fill: ${color('accentBg')}; stroke: ${color('accent')}; stroke-width: 1; }
.jm-svg .jm-action-row { fill: ${color('card')}; stroke: ${color('border')}; stroke-width: 1; }
.jm-svg .jm-action-open { fill: ${color('neutral')}; }
.jm-svg .jm-action-doing { fill: ${color('accent')}; }
.jm-svg .jm-action-done { fill: ${color('positive')}; }
.jm-svg .jm-highlight .jm-card, .jm-svg .jm-highlight.jm-card { stroke: ${color('highlight')}; stroke-width: 3.5; stroke-dasharray: none; }
.jm-svg .jm-highlight-band { fill: ${color('highlight')}; opacity: 0.12; }
`;
}

/** The HTML page around the map: the compact header, then the drawing with its frozen row and column. */
export const pageCss = `
html, body { margin: 0; padding: 0; }
body { background: ${color('bg')}; color: ${color('fg')}; font-family: var(--jm-font, ${fontStack}); }
.jm-map { background: ${color('bg')}; color: ${color('fg')}; font-family: var(--jm-font, ${fontStack}); padding: 16px 24px; width: max-content; min-width: calc(100% - 48px); }
.jm-header { position: sticky; left: 24px; box-sizing: border-box; width: calc(100vw - 64px); margin: 0 0 12px 0; }
.jm-heads { display: flex; flex-wrap: wrap; gap: 4px 32px; }
.jm-journey-head { flex: 1 1 320px; min-width: 0; }
.jm-header h1 { font-size: 17px; line-height: 1.3; margin: 0; }
.jm-header .jm-state { display: inline-block; font-size: 10.5px; font-weight: 700; letter-spacing: 0.05em; padding: 0 8px; border-radius: 10px; vertical-align: middle; margin-left: 8px; color: ${color('fg')}; border: 1px solid; }
.jm-header .jm-state-current { background: ${wash('neutral')}; border-color: ${color('neutral')}; }
.jm-header .jm-state-future { background: ${wash('accent')}; border-color: ${color('accent')}; }
.jm-header .jm-meta { font-size: 12.5px; color: ${color('muted')}; margin: 2px 0 4px 0; }
.jm-summary-text { font-size: 13px; line-height: 1.45; margin: 6px 0; padding: 6px 10px; border-left: 3px solid ${color('accent')}; background: ${color('accentBg')}; overflow-wrap: anywhere; }
.jm-legend-text { font-size: 12.5px; margin: 4px 0; }
.jm-persona-alone { font-size: 12.5px; margin: 4px 0; font-weight: 600; }
.jm-key { display: inline-block; width: 28px; height: 0; vertical-align: middle; margin: 0 6px 0 14px; }
.jm-key:first-child { margin-left: 0; }
.jm-key-future { border-top: 3px solid ${color('curve')}; }
.jm-key-current { border-top: 2px dashed ${color('curveCurrent')}; }
.jm-about { font-size: 13px; margin: 4px 0; }
.jm-about summary { cursor: pointer; list-style-position: outside; margin-left: 16px; line-height: 1.9; }
.jm-about-title { font-weight: 600; margin-right: 6px; }
.jm-persona-chip { display: inline-block; border: 1px solid ${color('border')}; border-radius: 10px; padding: 0 8px; margin-right: 6px; line-height: 1.5; }
.jm-scenario-line { margin: 6px 0; max-width: 900px; }
.jm-personas { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 8px; }
.jm-persona { border: 1px solid ${color('border')}; border-radius: 8px; padding: 12px 14px; background: ${color('band')}; width: 330px; max-width: 100%; box-sizing: border-box; font-size: 13px; }
.jm-persona h2 { font-size: 15px; margin: 0 0 4px 0; }
.jm-persona p { margin: 4px 0; }
.jm-persona .jm-quote { font-style: italic; border-left: 3px solid ${color('accent')}; padding-left: 8px; }
.jm-persona h3 { font-size: 11.5px; text-transform: uppercase; letter-spacing: 0.05em; color: ${color('muted')}; margin: 8px 0 2px 0; }
.jm-persona ul { margin: 0; padding-left: 18px; }
.jm-grid { display: grid; width: max-content; }
.jm-grid svg { display: block; }
.jm-frozen-top { position: sticky; top: 0; z-index: 2; }
.jm-frozen-left { position: sticky; left: 0; z-index: 2; }
.jm-frozen-corner { position: sticky; top: 0; left: 0; z-index: 3; }
.jm-roadmaps { grid-column: 1 / -1; }
.jm-legend-persona { display: inline-flex; align-items: center; gap: 4px; margin-left: 14px; }
.jm-key-svg { display: inline-block; vertical-align: middle; }
.jm-sources { position: sticky; left: 24px; box-sizing: border-box; width: calc(100vw - 64px); max-width: 1320px; margin: 16px 0 0 0; font-size: 12.5px; }
.jm-sources h2 { font-size: 14px; margin: 0 0 6px 0; }
.jm-sources ol { margin: 0; padding-left: 28px; }
.jm-sources li { margin: 2px 0; overflow-wrap: anywhere; }
.jm-sources a { color: ${ink('accent')}; }
`;
