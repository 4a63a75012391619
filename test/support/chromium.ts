/**
 * Debian's Chromium, driven by playwright-core: the one browser the tests and the render benchmark
 * use (a browser download from a test tool would fail offline).
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/** Whether Chromium is installed (the tests skip, the benchmark says so, when it is not). */
export function hasChromium(): boolean {
    return existsSync(chromiumPath);
}

/** Headless, no sandbox (containers), no GPU, and nothing from the network. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
    const { chromium } = await import('playwright-core');
    return chromium.launch({
        executablePath: chromiumPath,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', ...extraArgs],
    });
}
