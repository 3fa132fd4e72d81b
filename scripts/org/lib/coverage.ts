import { parseSfJson } from './sf-json';

/** What `test:apex` needs from `sf apex run test --code-coverage --result-format json`. */
export interface ApexTestRunSummary {
    outcome: string;
    testsRan: number;
    passing: number;
    failing: number;
    skipped: number;
    /** Org-wide coverage percent (0-100). */
    orgWideCoverage: number;
    testRunCoverage: number | undefined;
    failures: Array<{ name: string; message: string }>;
    /** Classes under the threshold, lowest first. */
    lowClasses: Array<{ name: string; percent: number }>;
}

interface RawTest {
    FullName?: string;
    fullName?: string;
    MethodName?: string;
    methodName?: string;
    Outcome?: string;
    outcome?: string;
    Message?: string | null;
    message?: string | null;
    ApexClass?: { Name?: string };
    apexClass?: { name?: string };
}

interface RawCoverage {
    name?: string;
    coveredPercent?: number;
    percentage?: string;
}

interface RawResult {
    summary?: Record<string, unknown>;
    tests?: RawTest[];
    coverage?: { coverage?: RawCoverage[]; summary?: Record<string, unknown> };
    codecoverage?: RawCoverage[];
}

/** "91%" / "91.5%" / 91 -> 91.5; undefined when absent or unreadable. */
export function percent(value: unknown): number | undefined {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value !== 'string') return undefined;
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
    return match ? Number(match[1]) : undefined;
}

function count(value: unknown): number {
    return typeof value === 'number' ? value : Number(value ?? 0) || 0;
}

/**
 * Reads the test run from the command's stdout. Accepts the `{status, result}` envelope or a bare
 * result, and both the PascalCase (ApexTestResult records) and camelCase test shapes the CLI has used.
 * @returns undefined when there is no summary (e.g. --wait expired and only a testRunId came back).
 */
export function parseApexTestRun(stdout: string, threshold: number): ApexTestRunSummary | undefined {
    const parsed = parseSfJson(stdout) as ({ result?: RawResult } & RawResult) | undefined;
    const result: RawResult | undefined = parsed?.result ?? parsed;
    const summary = result?.summary;
    if (summary === undefined) return undefined;
    const orgWide = percent(summary.orgWideCoverage) ?? percent(result?.coverage?.summary?.orgWideCoverage);
    if (orgWide === undefined) return undefined;

    const failures = (result?.tests ?? [])
        .filter((t) => /^fail/i.test(t.Outcome ?? t.outcome ?? '') || /^compile/i.test(t.Outcome ?? t.outcome ?? ''))
        .map((t) => ({
            name:
                t.FullName ??
                t.fullName ??
                `${t.ApexClass?.Name ?? t.apexClass?.name ?? '?'}.${t.MethodName ?? t.methodName ?? '?'}`,
            message: (t.Message ?? t.message ?? '').replace(/\s+/g, ' ').trim()
        }));

    const lowClasses = (result?.coverage?.coverage ?? result?.codecoverage ?? [])
        .map((c) => ({ name: c.name ?? '?', percent: c.coveredPercent ?? percent(c.percentage) ?? 0 }))
        .filter((c) => c.percent < threshold)
        .sort((a, b) => a.percent - b.percent);

    return {
        outcome: String(summary.outcome ?? 'Unknown'),
        testsRan: count(summary.testsRan),
        passing: count(summary.passing),
        failing: count(summary.failing),
        skipped: count(summary.skipped),
        orgWideCoverage: orgWide,
        testRunCoverage: percent(summary.testRunCoverage),
        failures,
        lowClasses
    };
}
