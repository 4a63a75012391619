/**
 * The theme variables a VS Code webview gets, for three of VS Code's own themes: Light Modern,
 * Dark Modern and High Contrast (dark). Values from VS Code's theme-defaults
 * (light_modern.json, dark_modern.json, hc_black.json) and, for the colours those files leave to
 * the colour registry (charts.*, editorWidget.border, descriptionForeground in high contrast), the
 * registry's defaults. Only the variables the preview uses are listed.
 */
export interface VsCodeTheme { name: string; bodyClass: string; variables: Record<string, string> }

const font = { 'font-family': 'system-ui, sans-serif', 'font-size': '13px' };

export const vscodeThemes: VsCodeTheme[] = [
    {
        name: 'light', bodyClass: 'vscode-light', variables: {
            ...font,
            'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', 'descriptionForeground': '#3b3b3b',
            'editorWidget-border': '#c8c8c8', 'editorWidget-background': '#f8f8f8', 'panel-border': '#e5e5e5',
            'charts-blue': '#1a85ff', 'charts-green': '#388a34', 'charts-red': '#e51400', 'charts-orange': '#d18616',
            'charts-yellow': '#bf8803', 'charts-purple': '#652d90', 'focusBorder': '#005fb8',
            'button-background': '#005fb8', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b',
            'dropdown-background': '#ffffff', 'dropdown-foreground': '#3b3b3b', 'dropdown-border': '#cecece',
            'badge-background': '#cccccc', 'badge-foreground': '#3b3b3b',
            'inputValidation-warningBackground': '#f6f5d2', 'inputValidation-warningBorder': '#b89500',
        },
    },
    {
        name: 'dark', bodyClass: 'vscode-dark', variables: {
            ...font,
            'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', 'descriptionForeground': '#9d9d9d',
            'editorWidget-border': '#454545', 'editorWidget-background': '#202020', 'panel-border': '#2b2b2b',
            'charts-blue': '#3794ff', 'charts-green': '#89d185', 'charts-red': '#f14c4c', 'charts-orange': '#d18616',
            'charts-yellow': '#cca700', 'charts-purple': '#b180d7', 'focusBorder': '#0078d4',
            'button-background': '#0078d4', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#00000000', 'button-secondaryForeground': '#cccccc',
            'dropdown-background': '#313131', 'dropdown-foreground': '#cccccc', 'dropdown-border': '#3c3c3c',
            'badge-background': '#616161', 'badge-foreground': '#f8f8f8',
            'inputValidation-warningBackground': '#352a05', 'inputValidation-warningBorder': '#b89500',
        },
    },
    {
        name: 'high-contrast', bodyClass: 'vscode-high-contrast', variables: {
            ...font,
            'editor-background': '#000000', 'editor-foreground': '#ffffff', 'descriptionForeground': 'rgba(255, 255, 255, 0.7)',
            'contrastBorder': '#6fc3df', 'editorWidget-border': '#6fc3df', 'editorWidget-background': '#0c141f', 'panel-border': '#6fc3df',
            'charts-blue': '#3794ff', 'charts-green': '#89d185', 'charts-red': '#f48771', 'charts-orange': '#ab5a00',
            'charts-yellow': '#ffd370', 'charts-purple': '#b180d7', 'focusBorder': '#f38518',
            'button-background': '#000000', 'button-foreground': '#ffffff', 'button-border': '#6fc3df',
            'dropdown-background': '#000000', 'dropdown-foreground': '#ffffff', 'dropdown-border': '#6fc3df',
            'badge-background': '#000000', 'badge-foreground': '#ffffff',
            'inputValidation-warningBackground': '#000000', 'inputValidation-warningBorder': '#6fc3df',
        },
    },
];

/** CSS that gives the page a theme's variables and body class, as VS Code does for a webview. */
export function themeCss(theme: VsCodeTheme): string {
    return `html { ${Object.entries(theme.variables).map(([name, value]) => `--vscode-${name}: ${value};`).join(' ')} }`;
}
