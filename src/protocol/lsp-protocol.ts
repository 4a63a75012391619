import type { MapModel } from '../model/map-model.js';

/**
 * The extension/server boundary beyond standard LSP: the server announces, lightly, that maps
 * changed; the extension pulls the model only for the previews that are open.
 */
export interface MapModelParams {
    uri: string;
}

export interface DocumentMapModel extends MapModel {
    /** The document the model was asked for, and the document version it was built from
     * (`version` is the model's own: the JSON model's version). */
    uri: string;
    documentVersion: number;
}

// Plain method names: the client and the server bundle different copies of vscode-jsonrpc, whose
// RequestType classes do not mix; the interfaces above and below type both ends.
export const MapModelRequest = 'journey/mapModel';
export type MapModelResult = DocumentMapModel | null;

export interface ModelsChangedParams {
    uris: string[];
}

export const ModelsChangedNotification = 'journey/modelsChanged';
