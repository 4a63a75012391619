// The test's side of the pipeline worker: sends one set of files, waits at most a time bound for
// the answer, and stops the worker (starting a new one for the next input) when it does not come.
import { Worker } from 'node:worker_threads';
import type { PipelineResult } from './pipeline.js';

export interface PipelineRequest {
    id: number;
    files: Record<string, string>;
    /** The file that was changed: its own document model is built and drawn too. */
    edited?: string;
    /** Build with a new services bundle instead of the reused one (to compare the two). */
    fresh?: boolean;
}

export type PipelineResponse =
    | { id: number; ok: true; ms: number; result?: PipelineResult }
    | { id: number; ok: false; ms: number; error: string };

/** Sent by the worker as the pipeline enters a stage. */
export interface StageMessage { id: number; stage: string }

export type Outcome =
    | { kind: 'ok'; ms: number; result: PipelineResult }
    | { kind: 'threw'; ms: number; error: string }
    | { kind: 'timeout'; ms: number; stage: string };

export class PipelineRunner {
    private worker: Worker | undefined;
    private ready: Promise<void> | undefined;
    private nextId = 0;
    private pending: { id: number; resolve: (response: PipelineResponse) => void } | undefined;
    private stage = '';

    private start(): Promise<void> {
        if (this.ready) return this.ready;
        const worker = new Worker(new URL('./pipeline-worker.js', import.meta.url), { execArgv: [...process.execArgv, '--enable-source-maps'] });
        this.worker = worker;
        this.ready = new Promise<void>((resolve, reject) => {
            worker.on('message', (message: PipelineResponse | StageMessage) => {
                if (message.id === -1) { resolve(); return; }
                if ('stage' in message) {
                    if (this.pending?.id === message.id) this.stage = message.stage;
                    return;
                }
                const response = message;
                if (this.pending?.id === response.id) {
                    const { resolve: answer } = this.pending;
                    this.pending = undefined;
                    answer(response);
                }
            });
            worker.on('error', error => {
                reject(error);
                if (this.pending) {
                    const { id, resolve: answer } = this.pending;
                    this.pending = undefined;
                    answer({ id, ok: false, ms: 0, error: `the worker failed: ${error.stack ?? String(error)}` });
                }
                this.reset();
            });
        });
        return this.ready;
    }

    private reset(): void {
        const worker = this.worker;
        this.worker = undefined;
        this.ready = undefined;
        void worker?.terminate();
    }

    /** Runs the pipeline once; a run that takes longer than `boundMs` is stopped and reported. */
    async run(files: Record<string, string>, boundMs: number, options: { edited?: string; fresh?: boolean } = {}): Promise<Outcome> {
        await this.start();
        const id = this.nextId++;
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        this.stage = 'sending the files to the worker';
        const answer = new Promise<PipelineResponse>(resolve => { this.pending = { id, resolve }; });
        const timeout = new Promise<'timeout'>(resolve => { timer = setTimeout(() => resolve('timeout'), boundMs); });
        this.worker!.postMessage({ id, files, ...options } satisfies PipelineRequest);
        const response = await Promise.race([answer, timeout]);
        clearTimeout(timer);
        if (response === 'timeout') {
            this.pending = undefined;
            this.reset();
            return { kind: 'timeout', ms: performance.now() - started, stage: this.stage };
        }
        if (!response.ok) return { kind: 'threw', ms: response.ms, error: response.error };
        return { kind: 'ok', ms: response.ms, result: response.result! };
    }

    /**
     * Like `run`, but an input over the bound is run once more on a new worker before it counts:
     * a hang or a blow-up happens again, a pause of a busy machine rarely does.
     */
    async runWithRetry(files: Record<string, string>, boundMs: number, options: { edited?: string; fresh?: boolean } = {}): Promise<Outcome> {
        const first = await this.run(files, boundMs, options);
        return first.kind === 'timeout' ? this.run(files, boundMs, options) : first;
    }

    async close(): Promise<void> {
        const worker = this.worker;
        this.worker = undefined;
        this.ready = undefined;
        await worker?.terminate();
    }
}
