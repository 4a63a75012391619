/**
 * When to redraw a live preview: the first change at once; later ones when typing pauses for
 * `quietMs`, but at least every `maxWaitMs` during a long burst so the map keeps up.
 */
export class UpdateThrottle {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private burstStart: number | undefined;
    private lastRun = -Infinity;

    constructor(
        private readonly run: () => void,
        private readonly quietMs = 150,
        private readonly maxWaitMs = 400,
        private readonly now: () => number = () => Date.now(),
    ) {}

    trigger(): void {
        const now = this.now();
        if (this.timer === undefined && now - this.lastRun >= this.quietMs) {
            this.fire();
            return;
        }
        this.burstStart ??= now;
        if (this.timer !== undefined) clearTimeout(this.timer);
        const untilQuiet = this.quietMs;
        const untilMax = this.burstStart + this.maxWaitMs - now;
        this.timer = setTimeout(() => this.fire(), Math.max(0, Math.min(untilQuiet, untilMax)));
    }

    dispose(): void {
        if (this.timer !== undefined) clearTimeout(this.timer);
        this.timer = undefined;
    }

    private fire(): void {
        this.timer = undefined;
        this.burstStart = undefined;
        this.lastRun = this.now();
        this.run();
    }
}
