/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ExitCode } from '../../mailchimp/lib/exit-codes';
import { parseApexTestRun, percent } from '../lib/coverage';
import { devHubFromConfigGet, parseSfJson } from '../lib/sf-json';
import { parseTestApexArgs, runTestApex, testCommandArgs } from '../test-apex-command';
import { fakeRunner } from './fake-runner';

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

const ORG_DISPLAY = JSON.stringify({
    status: 0,
    result: {
        username: 'test-x1y2z3@example.com',
        instanceUrl: 'https://x.my.salesforce.com',
        accessToken: '00D!secret'
    }
});
const NONE_HELD = JSON.stringify({ status: 0, result: { totalSize: 0, done: true, records: [] } });
const TWO_HELD = JSON.stringify({
    status: 0,
    result: {
        totalSize: 2,
        done: true,
        records: [
            { Id: '0Pa000000000001AAA', PermissionSet: { Name: 'MailchimpAdmin' } },
            { Id: '0Pa000000000002AAA', PermissionSet: { Name: 'MailchimpUser' } }
        ]
    }
});
const PSA_QUERY =
    "sf data query --query SELECT Id, PermissionSet.Name FROM PermissionSetAssignment WHERE Assignee.Username = 'test-x1y2z3@example.com' AND PermissionSet.Name IN ('MailchimpAdmin', 'MailchimpUser', 'MailchimpReadOnly') ORDER BY PermissionSet.Name --json";

function run(
    argv: string[],
    testRun: { code: number; stdout: string; stderr?: string },
    sfVersionCode = 0,
    extra: Parameters<typeof fakeRunner>[0] = [],
    env: NodeJS.ProcessEnv = {}
) {
    const runner = fakeRunner([
        ...extra,
        ['sf --version', { code: sfVersionCode }],
        ['sf org display', { stdout: ORG_DISPLAY }],
        ['sf data query', { stdout: NONE_HELD }],
        ['sf apex run test', testRun]
    ]);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const result = runTestApex(argv, { out: (l) => stdout.push(l), err: (l) => stderr.push(l), run: runner.run, env });
    return { result, runner, stdout, stderr };
}

describe('test:apex', () => {
    it('runs all local tests with coverage and passes at 94% org-wide coverage', async () => {
        const { result, runner, stdout } = run([], { code: 0, stdout: fixture('apex-run-test-passed.json') });

        await expect(result).resolves.toBe(ExitCode.OK);
        expect(runner.calls.map((c) => c.line)).toEqual([
            'sf --version',
            'sf org display --json',
            PSA_QUERY,
            'sf apex run test --code-coverage --result-format json --wait 30 --test-level RunLocalTests'
        ]);
        expect(stdout).toContain(
            'test-x1y2z3@example.com holds none of MailchimpAdmin, MailchimpUser, MailchimpReadOnly: the tests run without them.'
        );
        expect(stdout.join('\n')).not.toContain('00D!secret');
        expect(stdout).toContain('Apex tests: Passed, 4 ran, 4 passed, 0 failed, 0 skipped.');
        expect(stdout).toContain('Coverage: org-wide 94% (minimum 90%), this run 94%.');
    });

    it('fails with exit 14 and lists each failing test even though sf exited 100', async () => {
        const { result, stderr } = run([], { code: 100, stdout: fixture('apex-run-test-failed.json') });
        await expect(result).resolves.toBe(ExitCode.TESTS_FAILED);
        expect(stderr[0]).toBe(
            '  FAIL MailchimpSyncService_Tests.it_marks_membership_unsubscribed_when_mailchimp_reports_it: System.AssertException: Assertion Failed: the membership should be unsubscribed: Expected: unsubscribed, Actual: subscribed'
        );
        expect(stderr[1]).toMatch(/^1 Apex test\(s\) failed/);
    });

    it('fails with exit 15 below 90% org-wide coverage and names the weak classes', async () => {
        const { result, stdout, stderr } = run([], { code: 0, stdout: fixture('apex-run-test-low-coverage.json') });
        await expect(result).resolves.toBe(ExitCode.COVERAGE_TOO_LOW);
        expect(stdout).toContain('  below 90%: MailchimpSyncService 67%');
        expect(stderr).toEqual(['Org-wide coverage 82% is below 90%. Fix: add tests for the classes listed above.']);
    });

    it('honours --min-coverage and --target-org', async () => {
        const { result, runner } = run(['--min-coverage', '80', '--target-org', 'other'], {
            code: 0,
            stdout: fixture('apex-run-test-low-coverage.json')
        });
        await expect(result).resolves.toBe(ExitCode.OK);
        expect(runner.calls.map((c) => c.line.endsWith('--target-org other'))).toEqual([false, true, true, true]);
    });

    it('fails with exit 12 when sf returns no summary (the wait expired)', async () => {
        const { result, stderr } = run([], { code: 0, stdout: fixture('apex-run-test-still-running.json') });
        await expect(result).resolves.toBe(ExitCode.STEP_FAILED);
        expect(stderr[0]).toMatch(/^Could not read a test result from sf/);
    });

    it('fails with exit 12 and the CLI error when there is no JSON at all', async () => {
        const { result, stderr } = run([], {
            code: 1,
            stdout: '',
            stderr: 'Error (NoDefaultEnvError): No default environment found.'
        });
        await expect(result).resolves.toBe(ExitCode.STEP_FAILED);
        expect(stderr[0]).toContain('No default environment found');
    });

    it('fails at once with exit 10 when sf is missing', async () => {
        const { result, runner } = run([], { code: 0, stdout: '' }, 127);
        await expect(result).resolves.toBe(ExitCode.SF_MISSING);
        expect(runner.calls).toHaveLength(1);
    });

    it('rejects unknown arguments with exit 8', async () => {
        const { result } = run(['--coverage', 'lots'], { code: 0, stdout: '' });
        await expect(result).resolves.toBe(ExitCode.USAGE);
    });

    it('prints its usage and exits 0 for --help', async () => {
        const { result, runner, stdout } = run(['--help'], { code: 0, stdout: '' });
        await expect(result).resolves.toBe(ExitCode.OK);
        expect(runner.calls).toEqual([]);
        expect(stdout[0]).toMatch(/^Usage: npm run test:apex -- /);
    });

    it('says to put the options after -- when npm swallowed them', async () => {
        const { result, runner, stderr } = run(['myorg'], { code: 0, stdout: '' }, 0, [], {
            npm_lifecycle_event: 'test:apex',
            npm_config_target_org: 'true'
        });
        await expect(result).resolves.toBe(ExitCode.USAGE);
        expect(runner.calls).toEqual([]);
        expect(stderr).toEqual([
            'npm kept --target-org for itself: a script\'s options go after a lone "--". Run: npm run test:apex -- --target-org myorg'
        ]);
    });
});

describe('test:apex and our permission sets (issue 10.2)', () => {
    it('refuses with exit 16 while the running user holds them, and names the commands that remove them', async () => {
        const { result, runner, stderr } = run(
            ['-o', 'dev'],
            { code: 0, stdout: fixture('apex-run-test-passed.json') },
            0,
            [['sf data query', { stdout: TWO_HELD }]]
        );

        await expect(result).resolves.toBe(ExitCode.PERMISSION_SETS_HELD);

        expect(runner.calls.some((c) => c.line.startsWith('sf apex run test'))).toBe(false);
        expect(stderr.join('\n')).toBe(
            [
                'test-x1y2z3@example.com holds MailchimpAdmin, MailchimpUser: a test passing now could pass only because of them, and would fail in a package build or a first production deploy, where nobody holds them.',
                'Fix: npm run test:apex -- --target-org dev --unassign-first (removes them, runs the tests, assigns them back), or remove them yourself:',
                '  sf data delete record --sobject PermissionSetAssignment --record-id 0Pa000000000001AAA --target-org dev',
                '  sf data delete record --sobject PermissionSetAssignment --record-id 0Pa000000000002AAA --target-org dev'
            ].join('\n')
        );
    });

    it('with --unassign-first removes them, runs the tests, then assigns them back', async () => {
        const { result, runner } = run(
            ['--unassign-first', '-o', 'dev'],
            { code: 0, stdout: fixture('apex-run-test-passed.json') },
            0,
            [['sf data query', { stdout: TWO_HELD }]]
        );

        await expect(result).resolves.toBe(ExitCode.OK);

        expect(runner.calls.slice(3).map((c) => c.line)).toEqual([
            'sf data delete record --sobject PermissionSetAssignment --record-id 0Pa000000000001AAA --target-org dev',
            'sf data delete record --sobject PermissionSetAssignment --record-id 0Pa000000000002AAA --target-org dev',
            'sf apex run test --code-coverage --result-format json --wait 30 --test-level RunLocalTests --target-org dev',
            'sf org assign permset --name MailchimpAdmin --name MailchimpUser --target-org dev'
        ]);
    });

    it('assigns them back even when a test fails, and keeps the failure exit code', async () => {
        const { result, runner } = run(
            ['--unassign-first'],
            { code: 100, stdout: fixture('apex-run-test-failed.json') },
            0,
            [['sf data query', { stdout: TWO_HELD }]]
        );
        await expect(result).resolves.toBe(ExitCode.TESTS_FAILED);
        expect(runner.calls.at(-1)?.line).toBe('sf org assign permset --name MailchimpAdmin --name MailchimpUser');
    });

    it('assigns them back when the test result cannot be read, and exits 12', async () => {
        const { result, runner } = run(['--unassign-first'], { code: 1, stdout: '', stderr: 'boom' }, 0, [
            ['sf data query', { stdout: TWO_HELD }]
        ]);
        await expect(result).resolves.toBe(ExitCode.STEP_FAILED);
        expect(runner.calls.at(-1)?.line).toBe('sf org assign permset --name MailchimpAdmin --name MailchimpUser');
    });

    it('exits 12 when the assignments cannot be read (it cannot prove anything then)', async () => {
        const { result, stderr } = run([], { code: 0, stdout: '' }, 0, [
            [
                'sf data query',
                {
                    code: 1,
                    stdout: '{"status":1,"message":"sObject type \'PermissionSetAssignment\' is not supported."}'
                }
            ]
        ]);
        await expect(result).resolves.toBe(ExitCode.STEP_FAILED);
        expect(stderr[0]).toContain("sObject type 'PermissionSetAssignment' is not supported.");
    });

    it('exits 12 and says how to log in when the org cannot be reached', async () => {
        const { result, stderr } = run(['-o', 'gone'], { code: 0, stdout: '' }, 0, [
            [
                'sf org display',
                {
                    code: 1,
                    stdout: '{"status":1,"name":"NoAuthInfoFound","message":"No authorization information found for gone."}'
                }
            ]
        ]);
        await expect(result).resolves.toBe(ExitCode.STEP_FAILED);
        expect(stderr[0]).toMatch(
            /^Could not reach gone \(sf org display: No authorization information found for gone\.\)\. Fix: log in with sf org login web --alias gone/
        );
    });
});

describe('parseApexTestRun', () => {
    it('reads a bare result and camelCase tests (newer CLI shape) after leading noise', () => {
        const bare = {
            summary: { outcome: 'Failed', testsRan: 2, passing: 1, failing: 1, skipped: 0, orgWideCoverage: '91.5%' },
            tests: [
                { fullName: 'A_Tests.it_works', outcome: 'Pass', message: null },
                {
                    apexClass: { name: 'B_Tests' },
                    methodName: 'it_breaks',
                    outcome: 'Fail',
                    message: 'boom\n  at line 3'
                }
            ],
            codecoverage: [{ name: 'B', percentage: '50%' }]
        };
        const parsed = parseApexTestRun(`Warning: update available\n${JSON.stringify(bare)}`, 90);
        expect(parsed).toMatchObject({
            orgWideCoverage: 91.5,
            failing: 1,
            failures: [{ name: 'B_Tests.it_breaks', message: 'boom at line 3' }],
            lowClasses: [{ name: 'B', percent: 50 }]
        });
    });

    it('returns undefined without a summary', () => {
        expect(parseApexTestRun('{"status":0,"result":{"testRunId":"707"}}', 90)).toBeUndefined();
        expect(parseApexTestRun('not json', 90)).toBeUndefined();
    });

    it('reads percentages as numbers', () => {
        expect(percent('94%')).toBe(94);
        expect(percent(' 90.5 % ')).toBe(90.5);
        expect(percent(88)).toBe(88);
        expect(percent('n/a')).toBeUndefined();
    });
});

describe('argument and sf output helpers', () => {
    it('builds the documented test command', () => {
        expect(testCommandArgs(parseTestApexArgs([]))).toEqual([
            'apex',
            'run',
            'test',
            '--code-coverage',
            '--result-format',
            'json',
            '--wait',
            '30',
            '--test-level',
            'RunLocalTests'
        ]);
        expect(parseTestApexArgs(['-o=myorg', '--min-coverage=95'])).toEqual({
            minCoverage: 95,
            targetOrg: 'myorg',
            unassignFirst: false
        });
    });

    it('reads the Dev Hub from sf config get', () => {
        expect(
            devHubFromConfigGet(
                '{"status":0,"result":[{"name":"target-dev-hub","value":"hub@acme.com","success":true}]}'
            )
        ).toBe('hub@acme.com');
        expect(devHubFromConfigGet('{"status":0,"result":[{"name":"target-dev-hub","success":true}]}')).toBeUndefined();
        expect(parseSfJson('')).toBeUndefined();
    });
});
