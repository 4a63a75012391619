/**
 * Draws an SVG document into a canvas and gives the PNG as a data URL: the preview's part of
 * `Journey: Export Map as PNG…` (the extension has no rasterizer of its own). The SVG goes in
 * through an `<img>` from a `data:` URL, which neither runs scripts nor taints the canvas.
 */
export async function rasterizeInPage(svg: string, width: number, height: number, scale: number): Promise<string> {
    const canvas = await drawIntoCanvas(svg, width, height, scale);
    const png = canvas.toDataURL('image/png');
    if (!png.startsWith('data:image/png;base64,') || png.length < 100) throw new Error('the image came out empty (the map may be too big to draw at once)');
    return png;
}

/** The same drawing as a PNG blob, for the clipboard. */
export async function rasterizeToBlob(svg: string, width: number, height: number, scale: number): Promise<Blob> {
    const canvas = await drawIntoCanvas(svg, width, height, scale);
    const blob = await new Promise<Blob | null>(resolve => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the image came out empty (the map may be too big to draw at once)');
    return blob;
}

async function drawIntoCanvas(svg: string, width: number, height: number, scale: number): Promise<HTMLCanvasElement> {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this view cannot draw images (no 2D canvas)');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
}

/**
 * The Copy button's click: the clipboard write starts now, while the click's permission holds,
 * with the image to come (a ClipboardItem takes a promise); the drawing arrives from the extension.
 */
export function startCopy(): { deliver(svg: string, width: number, height: number, scale: number): void; fail(reason: string): void; written: Promise<void> } {
    let deliver!: (blob: Blob) => void;
    let fail!: (error: Error) => void;
    const image = new Promise<Blob>((resolve, reject) => { deliver = resolve; fail = reject; });
    const written = navigator.clipboard.write([new ClipboardItem({ 'image/png': image })]);
    return {
        deliver: (svg, width, height, scale) => { rasterizeToBlob(svg, width, height, scale).then(deliver, fail); },
        fail: reason => fail(new Error(reason)),
        written,
    };
}
