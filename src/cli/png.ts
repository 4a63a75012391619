import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './cli-error.js';
import { cliText } from './i18n/index.js';

/** The scales `--scale` takes: 1 (the drawing's own pixels) or 2 (sharp on high-density screens and slides). */
export const pngScales = [1, 2] as const;
export type PngScale = typeof pngScales[number];

/** The faces of DejaVu Sans the drawing uses: regular, bold, italic (oblique) and both. */
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'];

/** Where an installed package lives: beside this file's bundle (dist/cli.cjs) or its compiled module (out/src/cli/). */
function packageFolder(name: string): string {
    const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
    return dirname(createRequire(here).resolve(`${name}/package.json`));
}

/** The font files the rasterizer gets: DejaVu Sans from the `dejavu-fonts-ttf` package, nothing of the system's. */
export function dejaVuSansFiles(): string[] {
    const folder = join(packageFolder('dejavu-fonts-ttf'), 'ttf');
    return fontFiles.map(file => join(folder, file));
}

/**
 * A PNG of an SVG drawing, by resvg (a native addon, loaded only here: `validate` and the other
 * exports never pay for it). Only DejaVu Sans is given and system fonts are not loaded, so the
 * image is the same on every machine; it is the font whose metrics the layout wraps text with.
 */
export async function rasterizeSvg(svg: string, scale: PngScale): Promise<Uint8Array> {
    let resvg: typeof import('@resvg/resvg-js');
    try {
        resvg = await import('@resvg/resvg-js');
    } catch {
        throw new CliError(cliText().noRasterizer(`${process.platform}/${process.arch}`));
    }
    const renderer = new resvg.Resvg(svg, {
        fitTo: { mode: 'zoom', value: scale },
        font: { loadSystemFonts: false, fontFiles: dejaVuSansFiles(), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    });
    return renderer.render().asPng();
}
