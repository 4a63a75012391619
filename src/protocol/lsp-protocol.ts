import type { MapModel } from '../model/map-model.js';
import type { ReportModel } from '../report/report-model.js';
import type { WorkspaceOutline } from '../model/workspace-outline.js';

/**
 * The extension/server boundary beyond standard LSP: the server announces, lightly, that maps
 * changed; the extension pulls the model only for the previews that are open.
 *
 * Each method name is bound here to its parameter and result types. At run time it is a plain
 * string: the client and the server bundle different copies of vscode-jsonrpc, whose RequestType
 * classes do not mix. Each end sends and handles them through a small typed helper
 * (`src/server/journey-connection.ts`, `src/extension/journey-client.ts`).
 */
export type RequestMethod<P, R> = string & { readonly '~request'?: { params: P; result: R } };
export type NotificationMethod<P> = string & { readonly '~notification'?: { params: P } };

export interface MapModelParams {
    uri: string;
}

export interface DocumentMapModel extends MapModel {
    /** The document the model was asked for, and the document version it was built from
     * (`version` is the model's own: the JSON model's version). */
    uri: string;
    documentVersion: number;
}

export type MapModelResult = DocumentMapModel | null;

/** The map model of a document, for its preview (null: the server does not know the document). */
export const MapModelRequest = 'journey/mapModel' as RequestMethod<MapModelParams, MapModelResult>;

export interface ModelsChangedParams {
    uris: string[];
}

/** After each validation: the documents whose models may have changed. */
export const ModelsChangedNotification = 'journey/modelsChanged' as NotificationMethod<ModelsChangedParams>;

export interface ReviewReportParams {
    /** The date overdue figures count from, `YYYY-MM-DD` (default: the server's today, or its fixed date). */
    today?: string;
}

/** The quarterly review report of every map the server knows (the workspace's and the open ones). */
export type ReviewReportResult = ReportModel;

export const ReviewReportRequest = 'journey/reviewReport' as RequestMethod<ReviewReportParams, ReviewReportResult>;
/** The outline of every map of the workspace, for the Journeys view (refreshed after `modelsChanged`). */
export const WorkspaceOutlineRequest = 'journey/workspaceOutline' as RequestMethod<Record<string, never>, WorkspaceOutline>;

export interface BlockModelParams {
    /** The text of a map written inside another document (a ```journey block in Markdown). */
    text: string;
}

/**
 * The model of a map written inside another document: parsed as a file of the workspace, so the
 * workspace's personas, channels and journeys are found, but never part of it (no reports are
 * published for it, and no file sees its names). Its `diagnostics` hold the block's own reports.
 */
export const BlockModelRequest = 'journey/blockModel' as RequestMethod<BlockModelParams, MapModel>;
