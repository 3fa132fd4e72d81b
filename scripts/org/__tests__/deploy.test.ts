/** @jest-environment node */
import { ExitCode } from '../../mailchimp/lib/exit-codes';
import { chooseTestLevel, runDeploy, type DeployDeps } from '../deploy-command';
import type { TempFiles } from '../lib/secret-files';
import { fakeRunner } from './fake-runner';

const KEY = '0123456789abcdef0123456789abcdef-us21';
const ORG_DISPLAY = JSON.stringify({
    status: 0,
    result: { username: 'admin@acme.com', instanceUrl: 'https://acme.my.salesforce.com', accessToken: '00D!secret' }
});
const org = (row: Record<string, unknown>) =>
    JSON.stringify({ status: 0, result: { totalSize: 1, done: true, records: [row] } });
const PRODUCTION = org({ IsSandbox: false, OrganizationType: 'Enterprise Edition', TrialExpirationDate: null });
const SANDBOX = org({ IsSandbox: true, OrganizationType: 'Enterprise Edition', TrialExpirationDate: null });
const DEVELOPER = org({ IsSandbox: false, OrganizationType: 'Developer Edition', TrialExpirationDate: null });
const SCRATCH = org({
    IsSandbox: false,
    OrganizationType: 'Developer Edition',
    TrialExpirationDate: '2026-03-09T10:00:00.000+0000'
});
const assignments = (...names: string[]) =>
    JSON.stringify({
        status: 0,
        result: {
            totalSize: names.length,
            done: true,
            records: names.map((Name, i) => ({ Id: `0Pa00000000000${i}AAA`, PermissionSet: { Name } }))
        }
    });
const ORG_QUERY = 'sf data query --query SELECT IsSandbox, OrganizationType, TrialExpirationDate FROM Organization';
const PSA_QUERY = 'sf data query --query SELECT Id, PermissionSet.Name FROM PermissionSetAssignment';
const CLASSES = ['MailchimpClient_Tests', 'MailchimpSyncService_Tests'];

function setup(argv: string[], answers: Parameters<typeof fakeRunner>[0] = [], env: NodeJS.ProcessEnv = {}) {
    const runner = fakeRunner([
        ...answers,
        ['sf --version', { stdout: '@salesforce/cli/2.80.12 linux-x64 node-v22.14.0\n' }],
        ['sf org display', { stdout: ORG_DISPLAY }],
        [ORG_QUERY, { stdout: PRODUCTION }],
        [PSA_QUERY, { stdout: assignments() }]
    ]);
    const stdout: string[] = [];
    const stderr: string[] = [];
    let cleaned = false;
    const tempFiles: TempFiles = {
        write: (name) => `/tmp/t/${name}`,
        cleanup: () => {
            cleaned = true;
        }
    };
    const deps: DeployDeps = {
        out: (l) => stdout.push(l),
        err: (l) => stderr.push(l),
        run: runner.run,
        env,
        readEnvFile: () => undefined,
        tempFiles,
        testClasses: () => CLASSES
    };
    const result = runDeploy(argv, deps);
    return { result, runner, stdout, stderr, lines: () => runner.calls.map((c) => c.line), cleaned: () => cleaned };
}

describe('npm run deploy', () => {
    it("runs only the package's own tests in production, before assigning the permission sets", async () => {
        const { result, lines, stdout } = setup(['--target-org', 'prod']);

        await expect(result).resolves.toBe(ExitCode.OK);

        expect(lines()).toEqual([
            'sf --version',
            'sf org display --json --target-org prod',
            `${ORG_QUERY} --json --target-org prod`,
            `${PSA_QUERY} WHERE Assignee.Username = 'admin@acme.com' AND PermissionSet.Name IN ('MailchimpAdmin', 'MailchimpUser', 'MailchimpReadOnly') ORDER BY PermissionSet.Name --json --target-org prod`,
            'npm run build',
            'sf project deploy start --source-dir force-app --target-org prod --wait 60 --test-level RunSpecifiedTests --tests MailchimpClient_Tests --tests MailchimpSyncService_Tests',
            'sf org assign permset --name MailchimpAdmin --name MailchimpUser --target-org prod'
        ]);
        const text = stdout.join('\n');
        expect(text).toContain(
            'Org type: Enterprise Edition (production). Test level: RunSpecifiedTests (2 test classes of this package).'
        );
        expect(text).toContain(
            'admin@acme.com holds none of MailchimpAdmin, MailchimpUser, MailchimpReadOnly: the tests run without them.'
        );
        expect(text).toContain('  1. Connect Mailchimp: App Launcher › Mailchimp Membership › Mailchimp Setup');
        expect(text).toContain('Add the Mailchimp Membership component to the Contact and Lead record pages');
        expect(text).toContain('Schedule the sync: Mailchimp Setup › Schedule');
        expect(text).not.toContain('00D!secret');
    });

    it.each([
        ['a sandbox', SANDBOX, 'Enterprise Edition (sandbox)'],
        ['a Developer Edition org', DEVELOPER, 'Developer Edition (developer)'],
        ['a scratch org', SCRATCH, 'Developer Edition (trial or scratch)']
    ])('deploys to %s without tests by default', async (_label, row, described) => {
        const { result, lines, stdout } = setup(['-o', 'dev'], [[ORG_QUERY, { stdout: row }]]);
        await expect(result).resolves.toBe(ExitCode.OK);
        expect(lines()).toContain(
            'sf project deploy start --source-dir force-app --target-org dev --wait 60 --test-level NoTestRun'
        );
        expect(stdout.join('\n')).toContain(`Org type: ${described}. Test level: NoTestRun.`);
    });

    it('runs the tests in a sandbox when asked', async () => {
        const { result, lines } = setup(
            ['-o', 'uat', '--test-level', 'RunLocalTests'],
            [[ORG_QUERY, { stdout: SANDBOX }]]
        );
        await expect(result).resolves.toBe(ExitCode.OK);
        expect(lines()).toContain(
            'sf project deploy start --source-dir force-app --target-org uat --wait 60 --test-level RunLocalTests'
        );
    });

    it('treats an org whose type cannot be read as production', async () => {
        const { result, lines, stderr } = setup(
            ['-o', 'x'],
            [[ORG_QUERY, { code: 1, stdout: '{"status":1,"message":"INVALID_TYPE"}' }]]
        );
        await expect(result).resolves.toBe(ExitCode.OK);
        expect(stderr[0]).toBe("Could not read the org's type (INVALID_TYPE); treating it as production.");
        expect(lines().find((l) => l.startsWith('sf project deploy start'))).toContain(
            '--test-level RunSpecifiedTests'
        );
    });

    it('refuses NoTestRun in production before building anything', async () => {
        const { result, lines, stderr } = setup(['-o', 'prod', '--test-level', 'NoTestRun']);
        await expect(result).resolves.toBe(ExitCode.USAGE);
        expect(lines()).not.toContain('npm run build');
        expect(stderr[0]).toMatch(/^A production org runs Apex tests on every deploy that contains Apex/);
    });

    it('refuses to run the tests for an admin who already holds our permission sets (exit 16)', async () => {
        const { result, lines, stderr } = setup(
            ['-o', 'prod'],
            [[PSA_QUERY, { stdout: assignments('MailchimpAdmin') }]]
        );
        await expect(result).resolves.toBe(ExitCode.PERMISSION_SETS_HELD);
        expect(lines().some((l) => l.startsWith('sf project deploy start'))).toBe(false);
        expect(stderr[0]).toContain('Fix: npm run deploy -- --target-org prod --unassign-first (removes them');
    });

    it('with --unassign-first removes them, deploys with tests, then assigns everything in one call', async () => {
        const { result, lines } = setup(
            ['-o', 'prod', '--unassign-first'],
            [[PSA_QUERY, { stdout: assignments('MailchimpAdmin', 'MailchimpReadOnly') }]]
        );
        await expect(result).resolves.toBe(ExitCode.OK);
        expect(lines().slice(4)).toEqual([
            'sf data delete record --sobject PermissionSetAssignment --record-id 0Pa000000000000AAA --target-org prod',
            'sf data delete record --sobject PermissionSetAssignment --record-id 0Pa000000000001AAA --target-org prod',
            'npm run build',
            'sf project deploy start --source-dir force-app --target-org prod --wait 60 --test-level RunSpecifiedTests --tests MailchimpClient_Tests --tests MailchimpSyncService_Tests',
            'sf org assign permset --name MailchimpAdmin --name MailchimpReadOnly --name MailchimpUser --target-org prod'
        ]);
    });

    it('assigns removed permission sets back when the deploy fails on tests, and exits 12', async () => {
        const { result, lines, stderr } = setup(
            ['-o', 'prod', '--unassign-first'],
            [
                [PSA_QUERY, { stdout: assignments('MailchimpAdmin') }],
                ['sf project deploy start', { code: 1 }]
            ]
        );
        await expect(result).resolves.toBe(ExitCode.STEP_FAILED);
        expect(lines().at(-1)).toBe('sf org assign permset --name MailchimpAdmin --target-org prod');
        expect(stderr.at(-1)).toContain('see docs/troubleshooting.md, "Deploy fails on tests"');
    });

    it('only assigns what the admin lacks, and nothing when a NoTestRun deploy finds both held', async () => {
        const some = setup(
            ['-o', 'dev'],
            [
                [ORG_QUERY, { stdout: DEVELOPER }],
                [PSA_QUERY, { stdout: assignments('MailchimpAdmin') }]
            ]
        );
        await expect(some.result).resolves.toBe(ExitCode.OK);
        expect(some.lines().at(-1)).toBe('sf org assign permset --name MailchimpUser --target-org dev');

        const all = setup(
            ['-o', 'dev'],
            [
                [ORG_QUERY, { stdout: DEVELOPER }],
                [PSA_QUERY, { stdout: assignments('MailchimpAdmin', 'MailchimpUser') }]
            ]
        );
        await expect(all.result).resolves.toBe(ExitCode.OK);
        expect(all.lines().some((l) => l.startsWith('sf org assign permset'))).toBe(false);
        expect(all.stdout.join('\n')).toContain('admin@acme.com already holds MailchimpAdmin, MailchimpUser.');
    });

    it('connects the credential when MAILCHIMP_API_KEY is set, and exits 13 with the clicks when the org refuses', async () => {
        const ok = setup(
            ['-o', 'dev'],
            [
                [ORG_QUERY, { stdout: DEVELOPER }],
                [
                    'sf api request rest /services/data/v66.0/named-credentials/credential?',
                    {
                        stdout: JSON.stringify({
                            authenticationStatus: 'Configured',
                            credentials: {
                                username: { value: 'salesforce', encrypted: false },
                                password: { encrypted: true }
                            }
                        })
                    }
                ]
            ],
            { MAILCHIMP_API_KEY: KEY }
        );
        await expect(ok.result).resolves.toBe(ExitCode.OK);
        expect(ok.lines().filter((l) => l.startsWith('sf api request rest'))).toHaveLength(4);
        expect(ok.stdout.join('\n')).toContain(
            'Connection: set by this script. Confirm it: App Launcher › Mailchimp Membership › Mailchimp Setup › Test connection.'
        );

        const refused = setup(
            ['-o', 'dev'],
            [
                [ORG_QUERY, { stdout: DEVELOPER }],
                ['sf api request rest', { code: 1, stdout: '[{"errorCode":"NOT_FOUND"}]' }]
            ],
            { MAILCHIMP_API_KEY: KEY }
        );
        await expect(refused.result).resolves.toBe(ExitCode.MANUAL_STEPS_LEFT);
        expect(refused.stdout.join('\n')).toContain(
            'Finish by hand (the automatic step failed, see above): Setup › Named Credentials › Named Credentials › Mailchimp › Edit › URL = https://us21.api.mailchimp.com/3.0 › Save.'
        );
    });

    it('stops before touching the org when MAILCHIMP_API_KEY is malformed (exit 3)', async () => {
        const { result, lines } = setup(['-o', 'dev'], [], { MAILCHIMP_API_KEY: 'nope' });
        await expect(result).resolves.toBe(ExitCode.MALFORMED_KEY);
        expect(lines()).toEqual([]);
    });

    it('requires --target-org, so the default org is never deployed to by accident', async () => {
        const { result, lines, stderr } = setup([]);
        await expect(result).resolves.toBe(ExitCode.USAGE);
        expect(lines()).toEqual([]);
        expect(stderr[0]).toMatch(/^--target-org is required\. Usage: npm run deploy -- --target-org <alias>/);
    });

    it('turns a forgotten -- into the command to run', async () => {
        const { result, stderr } = setup(['prod'], [], {
            npm_lifecycle_event: 'deploy',
            npm_config_target_org: 'true'
        });
        await expect(result).resolves.toBe(ExitCode.USAGE);
        expect(stderr).toEqual([
            'npm kept --target-org for itself: a script\'s options go after a lone "--". Run: npm run deploy -- --target-org prod'
        ]);
    });

    it('prints its usage and exits 0 for --help', async () => {
        const { result, stdout, cleaned } = setup(['--help']);
        await expect(result).resolves.toBe(ExitCode.OK);
        expect(stdout[0]).toMatch(/^Usage: npm run deploy -- --target-org <alias>/);
        expect(cleaned()).toBe(true);
    });
});

describe('chooseTestLevel', () => {
    it("defaults production to the package's own tests and development orgs to none", () => {
        expect(chooseTestLevel('production', undefined)).toBe('RunSpecifiedTests');
        expect(chooseTestLevel('production', 'RunLocalTests')).toBe('RunLocalTests');
        expect(chooseTestLevel('sandbox', undefined)).toBe('NoTestRun');
        expect(chooseTestLevel('developer', 'RunSpecifiedTests')).toBe('RunSpecifiedTests');
        expect(chooseTestLevel('trial or scratch', undefined)).toBe('NoTestRun');
    });
});
