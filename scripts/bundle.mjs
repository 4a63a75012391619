// Bundles the extension, the language server and the CLI into CommonJS files in dist/ (Langium
// is ESM-only; VS Code and `require` want CommonJS). `--production` minifies.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: production ? false : 'linked',
    minify: production,
    logLevel: 'warning',
    define: { 'process.env.JOURNEY_VERSION': JSON.stringify(version) },
    // vscode-languageserver/node and friends use `require` of optional modules that esbuild should leave alone.
    mainFields: ['module', 'main'],
};

/**
 * One copy of vscode-languageserver-protocol (and so of vscode-jsonrpc) in the server: the one
 * vscode-languageserver uses. Langium imports the protocol itself, and npm installs it there in
 * another version; with two copies, `instanceof ResponseError` in the connection failed for the
 * errors Langium's request handlers return (request cancelled, no such document), and they reached
 * the client as results: a hover of `{"code":-32802}`.
 */
const oneProtocol = {
    name: 'one-protocol',
    setup(build) {
        const own = { oneProtocol: true };
        let serverDir;
        build.onResolve({ filter: /^vscode-languageserver-protocol(\/|$)/ }, async args => {
            if (args.pluginData?.oneProtocol) return undefined;
            serverDir ??= dirname((await build.resolve('vscode-languageserver', { kind: 'import-statement', resolveDir: process.cwd(), pluginData: own })).path);
            return build.resolve(args.path, { kind: args.kind, resolveDir: serverDir, pluginData: own });
        });
    },
};

await Promise.all([
    build({ ...common, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, external: ['vscode'] }),
    // The PNG rasterizer is a native addon: it cannot be bundled, and the CLI loads it only for `--format png`.
    // src/cli/png.ts finds its packages from `__filename` in the bundle (`import.meta` only in the ES modules of out/).
    build({
        ...common, entryPoints: { server: 'src/server/main.ts', cli: 'src/cli/entry.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, plugins: [oneProtocol],
        external: ['@resvg/resvg-js'], logOverride: { 'empty-import-meta': 'silent' },
        // `import()` as `require()`: the launcher runs these bundles as a script of its own (with a V8 code cache, see
        // src/platform/code-cache.ts), and such a script has no loader for `import()` (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
        supported: { 'dynamic-import': false },
    }),
    // Runs the CLI (bin/journey.cjs) and the extension's server with a V8 code cache.
    build({ ...common, entryPoints: { launch: 'src/platform/code-cache.ts', 'server-launch': 'src/server/launch.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } }),
    // The preview's page script runs in the webview (a browser), drawing with the shared renderer.
    // The review panel's page script draws the review report with the report's components.
    build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { webview: 'src/webview/main.tsx', report: 'src/webview/report-main.tsx' }, outdir: 'dist', jsx: 'automatic', jsxImportSource: 'preact', mainFields: ['browser', 'module', 'main'] }),
    // The end-to-end suite runs inside VS Code's extension host, which loads it with `require`.
    build({ ...common, entryPoints: { index: 'test/suite/index.ts' }, outdir: 'out/test/suite', external: ['vscode', 'mocha'], sourcemap: 'inline', minify: false, jsx: 'automatic', jsxImportSource: 'preact' }),
]);
// The preview's stylesheet: the renderer's theme (VS Code's colour variables) and map rules, and
// the preview's own controls. A file, because the webview's CSP allows styles only from files.
const theme = await import(new URL('../out/src/renderer/theme.js', import.meta.url).href);
const chrome = readFileSync(new URL('../media/preview-chrome.css', import.meta.url), 'utf8');
writeFileSync('dist/preview.css', [theme.webviewThemeCss, theme.mapCss, theme.pageCss, chrome].join('\n'));
// The review panel's stylesheet: the same theme variables and the report's rules.
const report = await import(new URL('../out/src/report/report-css.js', import.meta.url).href);
writeFileSync('dist/report.css', [theme.webviewThemeCss, 'body { margin: 0; padding: 0; background: var(--vscode-editor-background); }', report.reportCss].join('\n'));
// The stylesheet of ```journey blocks in VS Code's Markdown preview (`markdown.previewStyles`): the same
// theme and map rules as the preview, and the block's frame and messages.
const blocks = readFileSync(new URL('../media/markdown-journey.css', import.meta.url), 'utf8');
writeFileSync('dist/markdown-journey.css', [theme.webviewThemeCss, theme.mapCss, blocks].join('\n'));
mkdirSync('out/test/suite', { recursive: true });
writeFileSync('out/test/suite/package.json', '{ "type": "commonjs" }\n');
