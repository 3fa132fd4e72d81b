/**
 * Salesforce Code Analyzer, run offline through its Node API (no `sf` CLI): PMD and Salesforce
 * Graph Engine over the Apex and metadata. The gate is the AppExchange security review's bar:
 * no violation of severity 1 (Critical) or 2 (High). Lower severities are printed for the reader.
 * Apex that PMD cannot parse shows up as an engine error, not a violation: that fails the gate too.
 */
import path from 'node:path';
import {
    CodeAnalyzer,
    CodeAnalyzerConfig,
    EventType,
    LogLevel,
    SeverityLevel,
    type EngineLogEvent,
    type Violation
} from '@salesforce/code-analyzer-core';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import * as sfgeEngine from '@salesforce/code-analyzer-sfge-engine';

export interface Finding {
    severity: number;
    engine: string;
    rule: string;
    file: string;
    line: number;
    message: string;
}

export interface CodeAnalyzerResult {
    findings: Finding[];
    engineErrors: string[];
}

/** Security review selectors plus the general recommended set, as the review's report runs them. */
export const DEFAULT_SELECTORS = ['Recommended', 'AppExchange', 'Security'];

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export async function runCodeAnalyzer(
    workspaceDir: string,
    options: { selectors?: string[]; engines?: Array<'pmd' | 'sfge'>; configFile?: string } = {}
): Promise<CodeAnalyzerResult> {
    const configFile = options.configFile ?? path.join(PROJECT_ROOT, 'code-analyzer.yml');
    const config = CodeAnalyzerConfig.fromFile(configFile);
    const analyzer = new CodeAnalyzer(config);
    const engines = options.engines ?? ['pmd', 'sfge'];
    const engineErrors: string[] = [];
    analyzer.onEvent(EventType.EngineLogEvent, (event: EngineLogEvent) => {
        if (event.logLevel === LogLevel.Error) {
            engineErrors.push(`${event.engineName}: ${event.message}`);
        }
    });
    if (engines.includes('pmd')) await analyzer.addEnginePlugin(pmdEngine.createEnginePlugin());
    if (engines.includes('sfge')) await analyzer.addEnginePlugin(sfgeEngine.createEnginePlugin());

    const workspace = await analyzer.createWorkspace([path.resolve(workspaceDir, 'force-app')]);
    const selectors = (options.selectors ?? DEFAULT_SELECTORS).flatMap((s) =>
        // "pmd:Security" style intersections keep the selection to the engines we run.
        engines.map((engine) => `${engine}:${s}`)
    );
    const selection = await analyzer.selectRules(selectors, { workspace });
    const results = await analyzer.run(selection, { workspace });
    const findings = results.getViolations().map(toFinding);
    findings.sort((a, b) => a.severity - b.severity || a.file.localeCompare(b.file) || a.line - b.line);
    return { findings, engineErrors };
}

function toFinding(v: Violation): Finding {
    const loc = v.getPrimaryLocation();
    return {
        severity: v.getRule().getSeverityLevel(),
        engine: v.getRule().getEngineName(),
        rule: v.getRule().getName(),
        file: loc.getFile() ?? '',
        line: loc.getStartLine() ?? 0,
        message: v.getMessage()
    };
}

export function isBlocking(f: Finding): boolean {
    return f.severity === SeverityLevel.Critical || f.severity === SeverityLevel.High;
}

async function main(): Promise<void> {
    const target = process.argv.slice(2).find((a) => !a.startsWith('--'));
    const workspace = path.resolve(target ?? PROJECT_ROOT);
    const { findings, engineErrors } = await runCodeAnalyzer(workspace);
    // Severity 1-3 are listed one by one; 4-5 (mostly ApexDoc) only counted, to keep the log readable.
    // `npm run check:analyzer -- . --all` lists everything.
    const listAll = process.argv.includes('--all');
    for (const f of findings.filter((x) => listAll || x.severity <= SeverityLevel.Moderate)) {
        const rel = path.relative(workspace, f.file);
        console.log(`  sev ${f.severity} ${f.engine}:${f.rule} ${rel}:${f.line} ${f.message.trim()}`);
    }
    for (const e of engineErrors) console.error(`  engine error: ${e}`);
    const blocking = findings.filter(isBlocking);
    const bySeverity = [1, 2, 3, 4, 5].map((s) => `sev${s}=${findings.filter((f) => f.severity === s).length}`);
    console.log(`Code Analyzer: ${findings.length} finding(s) (${bySeverity.join(' ')}).`);
    if (blocking.length > 0 || engineErrors.length > 0) {
        console.error(
            `Code Analyzer: ${blocking.length} severity 1-2 finding(s), ${engineErrors.length} engine error(s): failing.`
        );
        process.exit(1);
    }
}

if (require.main === module) {
    main().catch((err: unknown) => {
        console.error(err instanceof Error ? (err.stack ?? err.message) : err);
        process.exit(1);
    });
}
