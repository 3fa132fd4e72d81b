import { optionValue, parseOptions, type OptionSpec } from '../mailchimp/lib/cli';
import { ExitCode, ScriptError } from '../mailchimp/lib/exit-codes';
import { reportScriptError } from '../mailchimp/lib/io';
import { parseApexTestRun } from './lib/coverage';
import { formatCommand } from './lib/runner';
import {
    guardTestsAgainstOurPermissionSets,
    heldPermissionSets,
    orgIdentity,
    requireSf,
    targetArgs,
    type OrgDeps
} from './lib/sf';

export const DEFAULT_MIN_COVERAGE = 90;

export interface TestApexOptions {
    minCoverage: number;
    targetOrg?: string;
    /** Remove our permission sets from the running user for the run, and assign them back after. */
    unassignFirst: boolean;
}

export const TEST_APEX_USAGE = [
    'Usage: npm run test:apex -- [--target-org <alias>] [--min-coverage 90] [--unassign-first]',
    '  Runs every local Apex test with coverage; fails on a failing test or org-wide coverage under the minimum.',
    '  Refuses (exit 16) while the running user holds MailchimpAdmin, MailchimpUser or MailchimpReadOnly:',
    '  --unassign-first removes them for the run and assigns them back afterwards.'
].join('\n');

export const TEST_APEX_OPTIONS: readonly OptionSpec[] = [
    { name: 'target-org', short: 'o', takesValue: true },
    { name: 'min-coverage', takesValue: true },
    { name: 'unassign-first', takesValue: false }
];

export function parseTestApexArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): TestApexOptions {
    const raw = parseOptions(argv, TEST_APEX_OPTIONS, TEST_APEX_USAGE, { env, script: 'test:apex' });
    const min = optionValue(raw, 'min-coverage');
    if (min !== undefined && !(/^\d+(\.\d+)?$/.test(min) && Number(min) <= 100)) {
        throw new ScriptError(ExitCode.USAGE, `--min-coverage must be a percentage from 0 to 100. ${TEST_APEX_USAGE}`);
    }
    const targetOrg = optionValue(raw, 'target-org');
    return {
        minCoverage: min !== undefined ? Number(min) : DEFAULT_MIN_COVERAGE,
        unassignFirst: raw.has('unassign-first'),
        ...(targetOrg !== undefined ? { targetOrg } : {})
    };
}

/** The exact command; without --target-org it uses the CLI's default org (org:setup sets it). */
export function testCommandArgs(options: Pick<TestApexOptions, 'targetOrg'>): string[] {
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
        ...targetArgs(options.targetOrg)
    ];
}

/**
 * Runs every local Apex test with coverage and judges the run: exit 14 on a failing test, 15 below the
 * coverage minimum (90 % by default, stricter than the platform's 75 %), 0 otherwise. Shared by
 * test:apex and org:setup, which both call it before any permission set of ours is assigned.
 */
export async function runApexTestSuite(
    deps: OrgDeps,
    options: Pick<TestApexOptions, 'targetOrg' | 'minCoverage'>
): Promise<number> {
    const args = testCommandArgs(options);
    deps.out(`\n▶ Run the Apex tests: ${formatCommand('sf', args)}`);
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
        deps.err('No Apex tests ran. Fix: deploy the source to this org first (npm run deploy or npm run org:setup).');
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
}

/**
 * `npm run test:apex`: proves the Apex tests pass for a user holding none of our permission sets
 * (issue 10.2) and with enough coverage. The user is checked first; see guardTestsAgainstOurPermissionSets.
 */
export async function runTestApex(
    argv: readonly string[],
    deps: OrgDeps & { env: NodeJS.ProcessEnv }
): Promise<number> {
    let restore: (() => Promise<boolean>) | undefined;
    try {
        const options = parseTestApexArgs(argv, deps.env);
        await requireSf(deps);
        const { username } = await orgIdentity(deps, options.targetOrg);
        const rerun = `npm run test:apex -- ${[...targetArgs(options.targetOrg), '--unassign-first'].join(' ')}`;
        const guard = await guardTestsAgainstOurPermissionSets(deps, {
            username,
            targetOrg: options.targetOrg,
            held: await heldPermissionSets(deps, username, options.targetOrg),
            unassignFirst: options.unassignFirst,
            rerun
        });
        restore = guard.restore;
        const code = await runApexTestSuite(deps, options);
        const restored = await guard.restore();
        return code === ExitCode.OK && !restored ? ExitCode.STEP_FAILED : code;
    } catch (error) {
        await restore?.();
        if (!(error instanceof ScriptError)) throw error;
        return reportScriptError(deps, error);
    }
}
