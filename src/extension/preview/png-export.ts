import * as vscode from 'vscode';
import { renderMapSvg } from '../../renderer/index.js';
import type { FromWebviewMessage, ToWebviewMessage } from '../../protocol/preview-protocol.js';
import type { JourneyPreview } from './journey-preview.js';

/** The largest canvas side and area Chromium draws (a bigger one comes out blank). */
const canvasLimits = { side: 32_767, area: 268_435_456 };

/** The PNG signature: the first eight bytes of every PNG file. */
const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * PNGs from the preview's webview. The `.vsix` carries no native rasterizer, but the webview is a
 * browser: the extension sends it the export's SVG, the page draws it into a canvas through an
 * `<img>` (a `data:` URL, which the page's policy already allows for images) and posts back the
 * PNG, which is checked before it is written.
 */
export class PngRequests {
    private next = 1;
    private readonly pending = new Map<number, { resolve(bytes: Uint8Array | undefined): void; reject(error: Error): void; timer: ReturnType<typeof setTimeout> }>();

    constructor(private readonly post: (message: ToWebviewMessage) => void) {}

    rasterize(svg: string, width: number, height: number, scale: number, timeoutMs = 60_000): Promise<Uint8Array> {
        return this.request(svg, width, height, scale, 'file', timeoutMs) as Promise<Uint8Array>;
    }

    /** The page draws the image and writes it to the clipboard (its Copy button asked, so the write has the click's permission). */
    copy(svg: string, width: number, height: number, scale: number, timeoutMs = 60_000): Promise<void> {
        return this.request(svg, width, height, scale, 'clipboard', timeoutMs).then(() => undefined);
    }

    private request(svg: string, width: number, height: number, scale: number, purpose: 'file' | 'clipboard', timeoutMs: number): Promise<Uint8Array | undefined> {
        const id = this.next++;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pending.delete(id);
                reject(new Error(vscode.l10n.t('the preview did not draw the image in time; is its panel still open?')));
            }, timeoutMs);
            this.pending.set(id, { resolve, reject, timer });
            this.post({ type: 'rasterize', id, svg, width, height, scale, purpose });
        });
    }

    /** The webview's answer: a PNG (checked) or why it could not draw one. Answers to no request are ignored. */
    settle(message: Extract<FromWebviewMessage, { type: 'png' | 'pngFailed' | 'copied' }>): void {
        const request = this.pending.get(message.id);
        if (!request) return;
        this.pending.delete(message.id);
        clearTimeout(request.timer);
        if (message.type === 'pngFailed') {
            request.reject(new Error(message.reason));
            return;
        }
        if (message.type === 'copied') {
            request.resolve(undefined);
            return;
        }
        const bytes = Buffer.from(message.data.slice('data:image/png;base64,'.length), 'base64');
        if (!pngSignature.every((byte, i) => bytes[i] === byte)) {
            request.reject(new Error(vscode.l10n.t('the preview sent something that is not a PNG image')));
            return;
        }
        request.resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    }

    dispose(): void {
        for (const request of this.pending.values()) {
            clearTimeout(request.timer);
            request.reject(new Error(vscode.l10n.t('the preview was closed')));
        }
        this.pending.clear();
    }
}

/** Twice the drawing's size (sharp on slides) when the canvas allows it, else its own size; undefined when even that is too big. */
export function pngScale(width: number, height: number): number | undefined {
    for (const scale of [2, 1]) {
        const w = Math.ceil(width * scale);
        const h = Math.ceil(height * scale);
        if (w <= canvasLimits.side && h <= canvasLimits.side && w * h <= canvasLimits.area) return scale;
    }
    return undefined;
}

/** The size an SVG document says it has (its root's width and height). */
export function svgSize(svg: string): { width: number; height: number } | undefined {
    const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
    const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
    return width > 0 && height > 0 ? { width, height } : undefined;
}

/** The drawing of the preview's map and view as the exports draw it, with the scale its PNG gets; undefined (and the user told) when it is too big for one image. */
function drawingOf(preview: JourneyPreview): { svg: string; width: number; height: number; scale: number } | undefined {
    const model = preview.model;
    if (!model) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The preview has not drawn a map yet.'));
        return undefined;
    }
    const { mode, journey } = preview.viewState;
    const svg = renderMapSvg(model, { mode, ...(journey ? { journey } : {}) });
    const size = svgSize(svg);
    const scale = size ? pngScale(size.width, size.height) : undefined;
    if (!size || scale === undefined) {
        void vscode.window.showErrorMessage(vscode.l10n.t('This map is too big for one image. Export it as SVG or HTML instead, or show one map at a time.'));
        return undefined;
    }
    return { svg, ...size, scale };
}

/** The preview's Copy button: the map on the clipboard as a PNG image, drawn by the preview's page. */
export async function copyPreviewImage(preview: JourneyPreview): Promise<boolean> {
    const drawing = drawingOf(preview);
    if (!drawing) return false;
    try {
        await preview.pngs.copy(drawing.svg, drawing.width, drawing.height, drawing.scale);
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not copy the map as an image: {0}. Export it as PNG instead.', error instanceof Error ? error.message : String(error)));
        return false;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Copied the map as an image.'));
    return true;
}

/**
 * `Journey: Export Map as PNG…`: the drawing the SVG export writes, as a PNG drawn by the preview's
 * webview, saved where the user says (or at `target`, for automation and tests).
 */
export async function exportPreviewPng(preview: JourneyPreview, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const drawing = drawingOf(preview);
    if (!drawing) return undefined;
    const { svg, scale } = drawing;
    const size = drawing;
    const file = target ?? await vscode.window.showSaveDialog({
        defaultUri: defaultPngTarget(vscode.Uri.parse(preview.model!.uri)),
        filters: { [vscode.l10n.t('PNG image')]: ['png'] },
        saveLabel: vscode.l10n.t('Export {0}', 'PNG'),
    });
    if (!file) return undefined;
    let bytes: Uint8Array;
    try {
        bytes = await preview.pngs.rasterize(svg, size.width, size.height, scale);
        await vscode.workspace.fs.writeFile(file, bytes);
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the map to {0}: {1}', vscode.workspace.asRelativePath(file), error instanceof Error ? error.message : String(error)));
        return undefined;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported the map to {0}.', vscode.workspace.asRelativePath(file)));
    return file;
}

function defaultPngTarget(source: vscode.Uri): vscode.Uri | undefined {
    if (source.scheme === 'untitled') {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const name = source.path.split('/').pop()?.replace(/\.journey$/, '') || 'journey-map';
        return folder ? vscode.Uri.joinPath(folder, `${name}.png`) : undefined;
    }
    return source.with({ path: `${source.path.replace(/\.journey$/, '')}.png`, query: '', fragment: '' });
}
