import type { ViewMode } from '../model/vocabulary.js';

/**
 * The extension/webview boundary: one discriminated union per direction, typed and small. The
 * extension checks every message from the webview (`src/extension/preview/webview-messages.ts`).
 */
export type { ViewMode };

export interface PreviewState {
    uri: string;
    journey?: string;
    mode: ViewMode;
    zoom: number;
    locked: boolean;
    /** The persona drawn alone (the toolbar's persona filter); all personas when absent. */
    persona?: string;
}

export type ToWebviewMessage =
    /**
     * `modelJson`: the DocumentMapModel (lsp-protocol.ts) as JSON text. A string crosses from the
     * extension host to the webview at little cost, where an object of the same model (690 KB for
     * 1,000 touchpoints) is decoded and cloned on the workbench's main thread (about 60 ms
     * measured), during typing; the page parses it when it is idle.
     */
    | { type: 'update'; modelJson: string; state: PreviewState }
    | { type: 'highlight'; uri: string; line: number }
    | { type: 'state'; state: PreviewState }
    /** Draw this SVG (the export's drawing) into a canvas at `scale` and post back the PNG. */
    | { type: 'rasterize'; id: number; svg: string; width: number; height: number; scale: number; purpose: 'file' | 'clipboard' };

/** What the preview's export buttons ask for. */
export type ExportFormat = 'svg' | 'html' | 'png';

export type FromWebviewMessage =
    | { type: 'ready' }
    | { type: 'rendered'; uri: string; version: number; journeys: number; touchpoints: number; stale: boolean }
    | { type: 'select'; uri: string; line: number; character?: number }
    /** `persona: ''` shows every persona again. */
    | { type: 'setState'; journey?: string; mode?: ViewMode; zoom?: number; persona?: string }
    | { type: 'export'; format: ExportFormat }
    /** The PNG of a `rasterize` request, as a `data:image/png;base64,` URL, or why there is none. */
    | { type: 'png'; id: number; data: string }
    | { type: 'pngFailed'; id: number; reason: string }
    /** The Copy button: put the map on the clipboard as an image (the page writes it when the drawing arrives). */
    | { type: 'copyImage' }
    /** The image of a `rasterize` request for the clipboard is on it. */
    | { type: 'copied'; id: number }
    /** A click on an evidence link: the extension opens it only when the drawn map of `uri` has that link. */
    | { type: 'openLink'; uri: string; link: string };
