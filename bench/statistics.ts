/** Figures the benchmark suites print: quantiles of timings, and numbers formatted for tables. */

/** The q-quantile (0..1) of `values`, interpolated between neighbours; NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
    if (values.length === 0) return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

/** `n` with thousands separators and `digits` decimals; 'n/a' when it is not a number. */
export function fmt(n: number, digits = 1): string {
    return Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';
}
