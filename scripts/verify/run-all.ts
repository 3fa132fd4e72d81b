/**
 * `npm test`: the whole offline verification chain, in order, stopping at the first broken link.
 * No Salesforce org is reachable from where this project is built, so each step stands in for
 * something an org (or the AppExchange security review) would otherwise tell us.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface Step {
    name: string;
    proves: string;
    command: string[];
}

const ROOT = path.resolve(__dirname, '..', '..');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

export const STEPS: Step[] = [
    {
        name: 'types',
        proves: 'TypeScript type-checks (components, tests, scripts, workbench)',
        command: [bin('tsc'), '--noEmit', '-p', 'tsconfig.json']
    },
    {
        name: 'lint',
        proves: "ESLint with Salesforce's LWC rules and typescript-eslint",
        command: [bin('eslint'), '--max-warnings', '0', '.']
    },
    {
        name: 'format',
        proves: 'Prettier formatting of Apex, LWC, XML, JSON, Markdown',
        command: [bin('prettier'), '--check', '--log-level', 'warn', '.']
    },
    {
        name: 'build',
        proves: 'components compile from TypeScript to the JavaScript the platform deploys',
        command: [process.execPath, path.join('scripts', 'build-lwc.mjs'), '--out', '.verify/lwc-build']
    },
    {
        name: 'metadata',
        proves: 'metadata is well-formed, valid against the Metadata API schema, within the lengths an org enforces, cross-referenced, and converts',
        command: [bin('tsx'), path.join('scripts', 'verify', 'metadata', 'check-metadata.ts')]
    },
    {
        name: 'apex-ls',
        proves: 'Apex compiles semantically against our objects and the platform (types, fields, methods)',
        command: [bin('tsx'), path.join('scripts', 'verify', 'apex-ls.ts')]
    },
    {
        name: 'soql',
        proves: 'every SOQL/SOSL query names objects, fields and relationships that exist (our metadata + standard objects)',
        command: [bin('tsx'), path.join('scripts', 'verify', 'soql', 'check-soql.ts')]
    },
    {
        name: 'jest',
        proves: 'LWC and tooling unit tests (with accessibility checks and coverage thresholds)',
        // Two workers on two cores: much of the tooling tests' time is spent waiting on Java child processes.
        command: [bin('jest'), '--coverage', '--silent', '--maxWorkers=2']
    },
    {
        name: 'browser',
        proves: 'the real component in Chromium (workbench): rows and badges, one Apex call per refresh, opt-out by mouse and keyboard, partial failure, read-only, axe in every state',
        command: [bin('tsx'), path.join('workbench', 'test', 'run.ts')]
    },
    {
        name: 'code-analyzer',
        proves: 'Salesforce Code Analyzer (PMD + Graph Engine): no severity 1-2 findings',
        command: [bin('tsx'), path.join('scripts', 'verify', 'code-analyzer.ts')]
    }
];

export function selectedSteps(argv: string[], steps: Step[] = STEPS): Step[] {
    const only = argv.filter((a) => !a.startsWith('-'));
    if (only.length === 0) return steps;
    const unknown = only.filter((n) => !steps.some((s) => s.name === n));
    if (unknown.length) {
        throw new Error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${steps.map((s) => s.name).join(', ')}`);
    }
    return steps.filter((s) => only.includes(s.name));
}

/** Runs the steps in order and stops at the first one that fails. Returns the process exit code. */
export function runChain(steps: Step[], log: (line: string) => void = console.log, cwd: string = ROOT): number {
    const summary: string[] = [];
    let passed = 0;
    for (const step of steps) {
        const started = Date.now();
        log(`\n=== ${step.name}: ${step.proves}`);
        const [cmd, ...args] = step.command;
        const result = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const ok = result.status === 0;
        summary.push(`  ${ok ? 'ok  ' : 'FAIL'} ${step.name.padEnd(14)} ${seconds.padStart(6)} s`);
        if (!ok) {
            log(`\n=== Summary\n${summary.join('\n')}`);
            log(`\n${passed} passed, 1 failed`);
            log(`\n'${step.name}' failed: ${step.proves}. Fix it and run \`npm test\` again.`);
            return 1;
        }
        passed += 1;
    }
    log(`\n=== Summary\n${summary.join('\n')}`);
    log(`\n${passed} passed, 0 failed`);
    return 0;
}

if (require.main === module) {
    process.exit(runChain(selectedSteps(process.argv.slice(2))));
}
