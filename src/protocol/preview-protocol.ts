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
    | { type: 'state'; state: PreviewState };

export type FromWebviewMessage =
    | { type: 'ready' }
    | { type: 'rendered'; uri: string; version: number; journeys: number; touchpoints: number; stale: boolean }
    | { type: 'select'; uri: string; line: number; character?: number }
    /** `persona: ''` shows every persona again. */
    | { type: 'setState'; journey?: string; mode?: ViewMode; zoom?: number; persona?: string }
    | { type: 'export'; format: 'svg' | 'html' }
    /** A click on an evidence link: the extension opens it only when the drawn map of `uri` has that link. */
    | { type: 'openLink'; uri: string; link: string };
