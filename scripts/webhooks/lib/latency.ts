/** Latency statistics of the end-to-end run, in milliseconds. */

/** The median: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
    if (values.length === 0) throw new Error('median of nothing');
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds as seconds with one decimal, e.g. 4210 → "4.2 s". */
export function seconds(ms: number): string {
    return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * The latency of one member: from the moment its unsubscribe was sent (this machine's clock) to the membership's
 * LastModifiedDate (Salesforce's clock). Clocks a little apart can make it negative: it is then 0, and `skewed`
 * says so.
 */
export function latencyOf(sentAt: number, modifiedAt: string): { ms: number; skewed: boolean } {
    const ms = Date.parse(modifiedAt) - sentAt;
    return ms < 0 ? { ms: 0, skewed: true } : { ms, skewed: false };
}
