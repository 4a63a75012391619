// Runs the pipeline in a worker thread, so that the test can stop an input that hangs (a loop
// that never returns cannot be interrupted on the thread it runs on). One services bundle is
// reused across inputs, as a running language server keeps one.
import { parentPort } from 'node:worker_threads';
import type { JourneyServicesBundle } from '../../src/language/journey-module.js';
import { RenderMemo, runPipeline } from './pipeline.js';
import type { PipelineRequest, PipelineResponse, StageMessage } from './runner.js';

let services: JourneyServicesBundle | undefined;
const memo = new RenderMemo();

parentPort!.on('message', (request: PipelineRequest) => {
    void (async () => {
        const started = performance.now();
        let response: PipelineResponse;
        try {
            const { services: used, result } = await runPipeline(request.files, {
                ...(request.fresh ? {} : { reuse: services, memo }),
                ...(request.edited === undefined ? {} : { edited: request.edited }),
                // Where a run that never returns got stuck: the test reports the last stage it heard of.
                onStage: stage => parentPort!.postMessage({ id: request.id, stage } satisfies StageMessage),
            });
            if (!request.fresh) services = used;
            response = { id: request.id, ok: true, ms: performance.now() - started, result };
        } catch (error) {
            // A failed build may leave the bundle in any state: start the next input with a new one.
            services = undefined;
            const message = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
            response = { id: request.id, ok: false, ms: performance.now() - started, error: message };
        }
        parentPort!.postMessage(response);
    })();
});
parentPort!.postMessage({ id: -1, ok: true, ms: 0 } satisfies PipelineResponse);
