/**
 * Parses the JSON an `sf ... --json` command prints. Tolerates text before the JSON (update
 * warnings, spinners) by starting at the first line that opens an object.
 */
export function parseSfJson(stdout: string): unknown {
    const start = stdout.search(/^\s*\{/m);
    if (start < 0) return undefined;
    try {
        return JSON.parse(stdout.slice(start)) as unknown;
    } catch {
        return undefined;
    }
}

interface ConfigGetEntry {
    name?: string;
    value?: unknown;
}

/** The Dev Hub alias/username from `sf config get target-dev-hub --json`, or undefined when none is set. */
export function devHubFromConfigGet(stdout: string): string | undefined {
    const parsed = parseSfJson(stdout) as { result?: ConfigGetEntry[] } | undefined;
    const entry = parsed?.result?.find((e) => e.name === 'target-dev-hub');
    return typeof entry?.value === 'string' && entry.value.trim() !== '' ? entry.value : undefined;
}
