import type { ViewMode } from '../model/vocabulary.js';
import type { DocumentMapModel } from './lsp-protocol.js';

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
    | { type: 'update'; model: DocumentMapModel; state: PreviewState }
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
