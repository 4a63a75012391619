/**
 * The project's architecture rules (README, "Layout"), checked by `npm run test:architecture`,
 * which `npm test` runs: a change that breaks one fails the tests.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
    forbidden: [
        {
            name: 'model-is-the-core',
            comment: 'src/model/ is the Langium-free core every part shares: it imports nothing of the project but itself.',
            severity: 'error',
            from: { path: '^src/model/' },
            to: { path: '^src/', pathNot: '^src/model/' },
        },
        {
            name: 'model-without-langium-or-vscode',
            comment: 'src/model/ imports neither Langium nor VS Code nor the language server protocol libraries.',
            severity: 'error',
            from: { path: '^src/model/' },
            to: { path: '^(node_modules/(langium|langium-cli|vscode-languageserver[^/]*|vscode-languageclient|vscode-jsonrpc|@types/vscode)/|vscode$)' },
        },
        {
            name: 'language-knows-no-host',
            comment: 'src/language/ is hosted by the server, the CLI and the tests: it never imports them, the extension or the webview (a host injects its parts into createJourneyServices).',
            severity: 'error',
            from: { path: '^src/language/' },
            to: { path: '^src/(server|extension|webview|cli)/' },
        },
        {
            name: 'drawing-without-the-language',
            comment: 'src/renderer/ and src/webview/ draw the map model: they never import the language or Langium (the webview runs in a browser).',
            severity: 'error',
            from: { path: '^src/(renderer|webview)/' },
            to: { path: '^(src/language/|node_modules/langium/)' },
        },
        {
            name: 'report-without-the-language',
            comment: 'src/report/ builds and draws the review report from the map model: it never imports the language or Langium (the review panel draws it in a webview).',
            severity: 'error',
            from: { path: '^src/report/' },
            to: { path: '^(src/(language|server|extension|cli|webview)/|node_modules/langium/)' },
        },
        {
            name: 'protocol-is-types',
            comment: 'src/protocol/ holds the types (and method names) of each boundary: it imports types only.',
            severity: 'error',
            from: { path: '^src/protocol/' },
            to: { dependencyTypesNot: ['type-only'] },
        },
        {
            name: 'only-the-extension-imports-vscode',
            comment: 'Only src/extension/ runs in VS Code: nothing else imports vscode or its language client.',
            severity: 'error',
            from: { path: '^src/', pathNot: '^src/extension/' },
            to: { path: '^(vscode$|node_modules/(@types/vscode|vscode-languageclient)/)' },
        },
        {
            name: 'no-cycles-between-folders',
            comment: 'The folders of src/ depend on each other in one direction only.',
            severity: 'error',
            scope: 'folder',
            from: { path: '^src/([^/]+)' },
            to: { circular: true, pathNot: '^src/$1(/|$)' },
        },
    ],
    options: {
        doNotFollow: { path: 'node_modules' },
        exclude: { path: '^src/language/generated/' },
        tsPreCompilationDeps: true,
        tsConfig: { fileName: 'tsconfig.json' },
        // Langium and the LSP libraries are ESM packages that export only under the `import` condition.
        enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    },
};
