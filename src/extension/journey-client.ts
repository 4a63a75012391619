import type { Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { NotificationMethod, RequestMethod } from '../protocol/lsp-protocol.js';

/** Sends one of our requests with the parameter and result types the protocol binds to it. */
export function sendRequest<P, R>(client: LanguageClient, method: RequestMethod<P, R>, params: NoInfer<P>): Promise<R> {
    return client.sendRequest<R>(method, params);
}

/** Listens to one of our notifications with the parameters the protocol binds to it. */
export function onNotification<P>(client: LanguageClient, method: NotificationMethod<P>, handler: (params: NoInfer<P>) => void): Disposable {
    return client.onNotification(method, handler);
}
