import type { Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { NotificationMethod, RequestMethod } from '../protocol/lsp-protocol.js';

/** Sends one of our requests with the parameter and result types the protocol binds to it. */
export function sendRequest<P, R>(client: LanguageClient, method: RequestMethod<P, R>, params: NoInfer<P>): Promise<R> {
    return client.sendRequest<R>(method, params);
}

type NotificationClient = Pick<LanguageClient, 'onNotification'>;
const listeners = new WeakMap<NotificationClient, Map<string, Set<(params: unknown) => void>>>();

/**
 * Listens to one of our notifications with the parameters the protocol binds to it. The client
 * keeps one handler per method (a second `onNotification` replaces the first), so the handler
 * registered here hands each notification to every listener: the previews, the Journeys view and
 * the Markdown blocks all hear of `modelsChanged`.
 */
export function onNotification<P>(client: NotificationClient, method: NotificationMethod<P>, handler: (params: NoInfer<P>) => void): Disposable {
    let byMethod = listeners.get(client);
    if (!byMethod) {
        byMethod = new Map();
        listeners.set(client, byMethod);
    }
    let all = byMethod.get(method);
    if (!all) {
        const registered = new Set<(params: unknown) => void>();
        all = registered;
        byMethod.set(method, registered);
        client.onNotification(method, (params: unknown) => {
            for (const listener of [...registered]) listener(params);
        });
    }
    const listener = handler as (params: unknown) => void;
    all.add(listener);
    return { dispose: () => { all.delete(listener); } };
}
