/**
 * Draws an SVG document into a canvas and gives the PNG as a data URL: the preview's part of
 * `Journey: Export Map as PNG…` (the extension has no rasterizer of its own). The SVG goes in
 * through an `<img>` from a `data:` URL, which neither runs scripts nor taints the canvas.
 */
export async function rasterizeInPage(svg: string, width: number, height: number, scale: number): Promise<string> {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this view cannot draw images (no 2D canvas)');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = canvas.toDataURL('image/png');
    if (!png.startsWith('data:image/png;base64,') || png.length < 100) throw new Error('the image came out empty (the map may be too big to draw at once)');
    return png;
}
