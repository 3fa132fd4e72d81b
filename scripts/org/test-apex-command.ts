import { ExitCode, ScriptError } from '../mailchimp/lib/exit-codes';
import type { Output } from '../mailchimp/lib/io';
import { parseApexTestRun } from './lib/coverage';
import { formatCommand, type CommandRunner } from './lib/runner';

export const DEFAULT_MIN_COVERAGE = 90;

export interface TestApexOptions {
    minCoverage: number;
    targetOrg?: string;
}

export const TEST_APEX_USAGE = 'Usage: npm run test:apex [-- --target-org <alias>] [--min-coverage 90]';

export function parseTestApexArgs(argv: readonly string[]): TestApexOptions {
    const options: TestApexOptions = { minCoverage: DEFAULT_MIN_COVERAGE };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        const [name, inline] = arg.includes('=')
            ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
            : [arg, undefined];
        const value = inline ?? argv[++i];
        if ((name === '--target-org' || name === '-o') && value !== undefined && value !== '') {
            options.targetOrg = value;
        } else if (
            name === '--min-coverage' &&
            value !== undefined &&
            /^\d+(\.\d+)?$/.test(value) &&
            Number(value) <= 100
        ) {
            options.minCoverage = Number(value);
        } else {
            throw new ScriptError(ExitCode.USAGE, `Unexpected argument "${arg}". ${TEST_APEX_USAGE}`);
        }
    }
    return options;
}

/** The exact command; without --target-org it uses the default org that org:setup set. */
export function testCommandArgs(options: TestApexOptions): string[] {
    return [
        'apex',
        'run',
        'test',
        '--code-coverage',
        '--result-format',
        'json',
        '--wait',
        '30',
        '--test-level',
        'RunLocalTests',
        ...(options.targetOrg !== undefined ? ['--target-org', options.targetOrg] : [])
    ];
}

/**
 * `npm run test:apex`: runs every local Apex test with coverage and fails on any failing test or
 * org-wide coverage under the threshold (90 % by default, stricter than the platform's 75 %).
 */
export async function runTestApex(argv: readonly string[], deps: Output & { run: CommandRunner }): Promise<number> {
    try {
        const options = parseTestApexArgs(argv);
        const version = await deps.run('sf', ['--version'], { capture: true });
        if (version.code !== 0) {
            throw new ScriptError(
                ExitCode.SF_MISSING,
                'The Salesforce CLI (sf) is not on PATH. Fix: install it (npm install --global @salesforce/cli) and run npm run org:setup first.'
            );
        }
        const args = testCommandArgs(options);
        deps.out(`▶ ${formatCommand('sf', args)}`);
        // sf exits non-zero when a test fails (100), but still prints the result: parse before judging the code.
        const result = await deps.run('sf', args, { capture: true });
        const run = parseApexTestRun(result.stdout, options.minCoverage);
        if (run === undefined) {
            const why = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ').slice(0, 400);
            throw new ScriptError(
                ExitCode.STEP_FAILED,
                `Could not read a test result from sf (exit ${result.code}): ${why || 'no output'}. Fix: check the org (sf org display${options.targetOrg ? ` -o ${options.targetOrg}` : ''}) and rerun.`
            );
        }

        deps.out(
            `Apex tests: ${run.outcome}, ${run.testsRan} ran, ${run.passing} passed, ${run.failing} failed, ${run.skipped} skipped.`
        );
        deps.out(
            `Coverage: org-wide ${run.orgWideCoverage}% (minimum ${options.minCoverage}%)${run.testRunCoverage !== undefined ? `, this run ${run.testRunCoverage}%` : ''}.`
        );
        for (const c of run.lowClasses) deps.out(`  below ${options.minCoverage}%: ${c.name} ${c.percent}%`);

        if (run.failing > 0 || run.failures.length > 0) {
            for (const f of run.failures) deps.err(`  FAIL ${f.name}: ${f.message}`);
            deps.err(
                `${Math.max(run.failing, run.failures.length)} Apex test(s) failed. Fix the tests above and rerun npm run test:apex.`
            );
            return ExitCode.TESTS_FAILED;
        }
        if (run.testsRan === 0) {
            deps.err('No Apex tests ran. Fix: deploy the package (npm run org:setup) to this org first.');
            return ExitCode.TESTS_FAILED;
        }
        if (run.orgWideCoverage < options.minCoverage) {
            deps.err(
                `Org-wide coverage ${run.orgWideCoverage}% is below ${options.minCoverage}%. Fix: add tests for the classes listed above.`
            );
            return ExitCode.COVERAGE_TOO_LOW;
        }
        deps.out('Apex tests passed and coverage meets the threshold.');
        return ExitCode.OK;
    } catch (error) {
        if (!(error instanceof ScriptError)) throw error;
        deps.err(error.message);
        return error.exitCode;
    }
}
