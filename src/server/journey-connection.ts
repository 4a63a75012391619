import type { CancellationToken, Connection, Disposable } from 'vscode-languageserver';
import type { NotificationMethod, RequestMethod } from '../protocol/lsp-protocol.js';

/** Handles one of our requests with the parameter and result types the protocol binds to it. */
export function handleRequest<P, R>(connection: Connection, method: RequestMethod<P, R>, handler: (params: P, token: CancellationToken) => Promise<NoInfer<R>>): Disposable {
    return connection.onRequest(method, handler);
}

/** Sends one of our notifications with the parameters the protocol binds to it. */
export function sendNotification<P>(connection: Connection, method: NotificationMethod<P>, params: NoInfer<P>): Promise<void> {
    return connection.sendNotification(method, params);
}
