/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ExitCode } from '../../mailchimp/lib/exit-codes';
import type { TempFiles } from '../lib/secret-files';
import { runSetup, type SetupDeps } from '../setup-command';
import { fakeRunner } from './fake-runner';

const TESTS_PASSED = readFileSync(join(__dirname, 'fixtures', 'apex-run-test-passed.json'), 'utf8');
const TESTS_FAILED = readFileSync(join(__dirname, 'fixtures', 'apex-run-test-failed.json'), 'utf8');

const KEY = '0123456789abcdef0123456789abcdef-us21';
const DEV_HUB_SET = JSON.stringify({
    status: 0,
    result: [{ name: 'target-dev-hub', location: 'Global', value: 'devhub', success: true }],
    warnings: []
});
const DEV_HUB_UNSET = JSON.stringify({ status: 0, result: [{ name: 'target-dev-hub', success: true }], warnings: [] });
const NAMED_CREDENTIAL = JSON.stringify({
    calloutOptions: {
        allowMergeFieldsInBody: false,
        allowMergeFieldsInHeader: false,
        generateAuthorizationHeader: true
    },
    calloutUrl: 'https://us1.api.mailchimp.com/3.0',
    developerName: 'Mailchimp',
    externalCredentials: [{ developerName: 'Mailchimp', id: '0pt000000000001AAA', masterLabel: 'Mailchimp' }],
    masterLabel: 'Mailchimp',
    type: 'SecuredEndpoint'
});
const CREDENTIAL_LOWER_CASE = JSON.stringify({
    authenticationProtocol: 'Basic',
    authenticationStatus: 'Configured',
    credentials: {
        username: { encrypted: false, value: 'salesforce' },
        password: { encrypted: true }
    },
    externalCredential: 'Mailchimp',
    principalName: 'MailchimpPrincipal',
    principalType: 'NamedPrincipal'
});
const CONTACT_QUERY = JSON.stringify({
    status: 0,
    result: { totalSize: 1, done: true, records: [{ Id: '0038c00002AbCdEAAV' }] }
});

function fakeTempFiles(): TempFiles & { files: Map<string, string>; cleaned: boolean } {
    const files = new Map<string, string>();
    const temp = {
        files,
        cleaned: false,
        write(name: string, content: string) {
            const path = `/tmp/mcms-setup-test/${name}`;
            files.set(path, content);
            return path;
        },
        cleanup() {
            temp.cleaned = true;
        }
    };
    return temp;
}

function setup(
    answers: Parameters<typeof fakeRunner>[0] = [],
    env: NodeJS.ProcessEnv = { MAILCHIMP_API_KEY: KEY },
    envFile?: string
) {
    const runner = fakeRunner([
        ...answers,
        ['sf --version', { stdout: '@salesforce/cli/2.80.12 linux-x64 node-v22.14.0\n' }],
        ['sf config get target-dev-hub', { stdout: DEV_HUB_SET }],
        [
            'sf api request rest /services/data/v66.0/named-credentials/named-credential-setup/Mailchimp --target-org',
            { stdout: NAMED_CREDENTIAL }
        ],
        ['sf api request rest /services/data/v66.0/named-credentials/credential?', { stdout: CREDENTIAL_LOWER_CASE }],
        ['sf apex run test', { code: 0, stdout: TESTS_PASSED }],
        ['sf data query', { stdout: CONTACT_QUERY }]
    ]);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const tempFiles = fakeTempFiles();
    const deps: SetupDeps = {
        out: (l) => stdout.push(l),
        err: (l) => stderr.push(l),
        run: runner.run,
        env,
        readEnvFile: () => envFile,
        tempFiles
    };
    return { runner, stdout, stderr, tempFiles, deps };
}

describe('org:setup', () => {
    it('builds first, runs the Apex tests before assigning any permission set, then connects and fills the org', async () => {
        const { runner, tempFiles, deps } = setup();

        await expect(runSetup([], deps)).resolves.toBe(ExitCode.OK);

        expect(runner.calls.map((c) => c.line)).toEqual([
            'sf --version',
            'sf config get target-dev-hub --json',
            'npm run build',
            'sf org create scratch -f config/project-scratch-def.json -a mailchimp-membership -d -y 7 --wait 15',
            'sf project deploy start --source-dir force-app --target-org mailchimp-membership',
            'sf apex run test --code-coverage --result-format json --wait 30 --test-level RunLocalTests --target-org mailchimp-membership',
            'sf org assign permset --name MailchimpAdmin --name MailchimpUser --target-org mailchimp-membership',
            'sf api request rest /services/data/v66.0/named-credentials/named-credential-setup/Mailchimp --target-org mailchimp-membership',
            'sf api request rest /services/data/v66.0/named-credentials/named-credential-setup/Mailchimp --method PUT --header Content-Type: application/json --body @/tmp/mcms-setup-test/named-credential.json --target-org mailchimp-membership',
            'sf api request rest /services/data/v66.0/named-credentials/credential --method POST --header Content-Type: application/json --body @/tmp/mcms-setup-test/credential-1.json --target-org mailchimp-membership',
            'sf api request rest /services/data/v66.0/named-credentials/credential?externalCredential=Mailchimp&principalName=MailchimpPrincipal&principalType=NamedPrincipal --target-org mailchimp-membership',
            'sf data import tree --files scripts/org/data/Contact.json,scripts/org/data/Lead.json --target-org mailchimp-membership',
            'sf apex run --file /tmp/mcms-setup-test/schedule.apex --target-org mailchimp-membership',
            "sf data query --query SELECT Id FROM Contact WHERE Email LIKE 'mcms-test+%@example.com' ORDER BY Email LIMIT 1 --json --target-org mailchimp-membership",
            'sf org open --path /lightning/r/Contact/0038c00002AbCdEAAV/view --target-org mailchimp-membership'
        ]);
        expect(tempFiles.files.get('/tmp/mcms-setup-test/schedule.apex')).toBe('MailchimpSyncScheduler.schedule();\n');
        expect(tempFiles.cleaned).toBe(true);
    });

    it('finishes the setup but exits 14 when an Apex test fails', async () => {
        const { runner, stderr, deps } = setup([['sf apex run test', { code: 100, stdout: TESTS_FAILED }]]);
        await expect(runSetup([], deps)).resolves.toBe(ExitCode.TESTS_FAILED);
        expect(runner.calls.at(-1)?.line).toMatch(/^sf org open/);
        expect(stderr.join('\n')).toContain('The org is set up, but the Apex tests did not pass');
    });

    it('skips the Apex tests with --no-tests', async () => {
        const { runner, stdout, deps } = setup();
        await expect(runSetup(['--no-tests'], deps)).resolves.toBe(ExitCode.OK);
        expect(runner.calls.some((c) => c.line.startsWith('sf apex run test'))).toBe(false);
        expect(stdout.join('\n')).toContain('npm run test:apex -- --unassign-first');
    });

    it('rewrites the sample people to the seeded domain and prints the matching seed command', async () => {
        const { runner, tempFiles, stdout, deps } = setup(
            [],
            { MAILCHIMP_API_KEY: KEY },
            'MAILCHIMP_TEST_DOMAIN=acme.io\n'
        );

        await expect(runSetup(['--local-part', 'dev'], deps)).resolves.toBe(ExitCode.OK);

        expect(runner.calls.find((c) => c.line.startsWith('sf data import tree'))?.line).toBe(
            'sf data import tree --files /tmp/mcms-setup-test/Contact.json,/tmp/mcms-setup-test/Lead.json --target-org mailchimp-membership'
        );
        const contacts = JSON.parse(tempFiles.files.get('/tmp/mcms-setup-test/Contact.json') ?? '{}') as {
            records: Array<{ Email: string; LastName: string }>;
        };
        expect(contacts.records.map((r) => r.Email)).toEqual([
            'dev+1@acme.io',
            'dev+2@acme.io',
            'dev+3@acme.io',
            'dev+4@acme.io',
            'dev+5@acme.io',
            'dev+6@acme.io',
            undefined,
            // A deliberately unmatched person keeps its address: it shows the card's "not in Mailchimp" state.
            'not-in-mailchimp@example.com'
        ]);
        expect(contacts.records[0]?.LastName).toBe('Lovelace');
        const leads = JSON.parse(tempFiles.files.get('/tmp/mcms-setup-test/Lead.json') ?? '{}') as {
            records: Array<{ Email: string }>;
        };
        expect(leads.records.map((r) => r.Email)).toEqual([
            'dev+7@acme.io',
            'dev+8@acme.io',
            'dev+9@acme.io',
            'dev+10@acme.io'
        ]);
        expect(runner.calls.find((c) => c.line.startsWith('sf data query'))?.args[3]).toBe(
            "SELECT Id FROM Contact WHERE Email LIKE 'dev+%@acme.io' ORDER BY Email LIMIT 1"
        );
        expect(stdout.join('\n')).toContain(
            'npm run mailchimp:seed -- --count 10 --unsubscribe 3 --domain acme.io --local-part dev'
        );
    });

    it('prints its usage and exits 0 for --help, before running anything', async () => {
        const { runner, stdout, deps } = setup();
        await expect(runSetup(['--help'], deps)).resolves.toBe(ExitCode.OK);
        expect(runner.calls).toEqual([]);
        expect(stdout[0]).toMatch(/^Usage: npm run org:setup -- /);
    });

    it('keeps the API key off every command line and puts it only in the temporary body file', async () => {
        const { runner, tempFiles, deps } = setup();
        await runSetup([], deps);

        expect(runner.calls.some((c) => c.args.some((a) => a.includes(KEY)))).toBe(false);
        expect(JSON.parse(tempFiles.files.get('/tmp/mcms-setup-test/credential-1.json') ?? '{}')).toEqual({
            externalCredential: 'Mailchimp',
            principalName: 'MailchimpPrincipal',
            principalType: 'NamedPrincipal',
            authenticationProtocol: 'Basic',
            credentials: {
                username: { value: 'salesforce', encrypted: false },
                password: { value: KEY, encrypted: true }
            }
        });
        expect(tempFiles.cleaned).toBe(true);
    });

    it("changes only the Named Credential's URL to the key's data center", async () => {
        const { tempFiles, deps } = setup();
        await runSetup([], deps);
        expect(JSON.parse(tempFiles.files.get('/tmp/mcms-setup-test/named-credential.json') ?? '{}')).toEqual({
            developerName: 'Mailchimp',
            masterLabel: 'Mailchimp',
            type: 'SecuredEndpoint',
            calloutUrl: 'https://us21.api.mailchimp.com/3.0',
            externalCredentials: [{ developerName: 'Mailchimp' }],
            calloutOptions: {
                allowMergeFieldsInBody: false,
                allowMergeFieldsInHeader: false,
                generateAuthorizationHeader: true
            }
        });
    });

    it('fails at once with exit 10 when sf is not on PATH', async () => {
        const { runner, stderr, deps } = setup([['sf --version', { code: 127, stderr: 'spawn sf ENOENT' }]]);
        await expect(runSetup([], deps)).resolves.toBe(ExitCode.SF_MISSING);
        expect(runner.calls).toHaveLength(1);
        expect(stderr).toEqual([expect.stringMatching(/^The Salesforce CLI \(sf\) is not on PATH\. Fix: install it/)]);
    });

    it.each([
        ['no value configured', { stdout: DEV_HUB_UNSET }],
        ['the config command failing', { code: 1, stdout: '' }],
        ['unreadable output', { stdout: 'Warning: update available' }]
    ])('fails at once with exit 11 when there is no default Dev Hub (%s)', async (_label, answer) => {
        const { runner, stderr, deps } = setup([['sf config get target-dev-hub', answer]]);
        await expect(runSetup([], deps)).resolves.toBe(ExitCode.NO_DEV_HUB);
        expect(runner.calls.map((c) => c.line)).toEqual(['sf --version', 'sf config get target-dev-hub --json']);
        expect(stderr[0]).toMatch(/^No default Dev Hub is set\. Fix: sf org login web --set-default-dev-hub/);
    });

    it('fails at once with exit 2 when MAILCHIMP_API_KEY is missing, before creating an org', async () => {
        const { runner, stderr, deps } = setup([], {});
        await expect(runSetup([], deps)).resolves.toBe(ExitCode.MISSING_KEY);
        expect(runner.calls.map((c) => c.line)).toEqual(['sf --version', 'sf config get target-dev-hub --json']);
        expect(stderr[0]).toMatch(/^MAILCHIMP_API_KEY is not set/);
    });

    it('fails at once with exit 3 when MAILCHIMP_API_KEY is malformed', async () => {
        const { runner, deps } = setup([], { MAILCHIMP_API_KEY: 'not-a-key' });
        await expect(runSetup([], deps)).resolves.toBe(ExitCode.MALFORMED_KEY);
        expect(runner.calls).toHaveLength(2);
    });

    it('stops at the first failing step with exit 12 and names the command', async () => {
        const { runner, stderr, tempFiles, deps } = setup([['sf project deploy start', { code: 1 }]]);
        await expect(runSetup([], deps)).resolves.toBe(ExitCode.STEP_FAILED);
        expect(runner.calls.at(-1)?.line).toBe(
            'sf project deploy start --source-dir force-app --target-org mailchimp-membership'
        );
        expect(stderr[0]).toMatch(/^Step "Deploy the source" failed \(exit 1\): sf project deploy start/);
        expect(tempFiles.cleaned).toBe(true);
    });

    it('retries the credential with PUT when POST fails (already stored by an earlier run)', async () => {
        const { runner, deps } = setup([
            [
                'sf api request rest /services/data/v66.0/named-credentials/credential --method POST',
                { code: 1, stdout: '[{"errorCode":"DUPLICATE_VALUE"}]' }
            ]
        ]);
        await expect(runSetup([], deps)).resolves.toBe(ExitCode.OK);
        expect(runner.calls.filter((c) => c.line.includes('/credential ')).map((c) => c.args[5])).toEqual([
            'POST',
            'PUT'
        ]);
        expect(runner.calls.filter((c) => c.line.includes('/credential ')).map((c) => c.args[9])).toEqual([
            '@/tmp/mcms-setup-test/credential-1.json',
            '@/tmp/mcms-setup-test/credential-1.json'
        ]);
    });

    it('finishes the other steps and ends with exit 13 and the Setup clicks when the Connect API refuses', async () => {
        const echoedKey = `[{"message":"Invalid credential key for Basic: ${KEY}"}]`;
        const { runner, stderr, deps } = setup([
            [
                'sf api request rest /services/data/v66.0/named-credentials/named-credential-setup/Mailchimp --method PUT',
                { code: 1, stdout: '[{"errorCode":"NOT_FOUND"}]' }
            ],
            ['sf api request rest /services/data/v66.0/named-credentials/credential', { code: 1, stdout: echoedKey }]
        ]);

        await expect(runSetup([], deps)).resolves.toBe(ExitCode.MANUAL_STEPS_LEFT);

        expect(runner.calls.at(-1)?.line).toMatch(/^sf org open/);
        const text = stderr.join('\n');
        expect(text).toContain('URL = https://us21.api.mailchimp.com/3.0');
        expect(text).toContain('Principals › MailchimpPrincipal › Edit');
        expect(text).not.toContain(KEY);
    });

    it('opens the Contact list when no sample Contact is found', async () => {
        const { runner, deps } = setup([
            ['sf data query', { stdout: JSON.stringify({ status: 0, result: { records: [] } }) }]
        ]);
        await runSetup([], deps);
        expect(runner.calls.at(-1)?.line).toBe(
            'sf org open --path /lightning/o/Contact/list --target-org mailchimp-membership'
        );
    });

    it('reports a failed schedule as a manual step', async () => {
        const { stderr, deps } = setup([['sf apex run --file', { code: 1 }]]);
        await expect(runSetup([], deps)).resolves.toBe(ExitCode.MANUAL_STEPS_LEFT);
        expect(stderr.join('\n')).toContain('MailchimpSyncScheduler.schedule();');
    });

    it('creates the scratch org from the Person Accounts definition with --person-accounts, the rest unchanged', async () => {
        const plain = setup();
        await runSetup([], plain.deps);
        const { runner, deps } = setup();

        await expect(runSetup(['--person-accounts'], deps)).resolves.toBe(ExitCode.OK);

        const lines = runner.calls.map((c) => c.line);
        expect(lines).toContain(
            'sf org create scratch -f config/project-scratch-def-person-accounts.json -a mailchimp-membership -d -y 7 --wait 15'
        );
        const others = (calls: { line: string }[]) =>
            calls.map((c) => c.line).filter((line) => !line.startsWith('sf org create scratch'));
        expect(others(runner.calls)).toEqual(others(plain.runner.calls));
    });

    it('names --person-accounts in its usage', async () => {
        const { stdout, deps } = setup();
        await runSetup(['--help'], deps);
        expect(stdout.join('\n')).toContain('--person-accounts');
        expect(stdout.join('\n')).toContain('config/project-scratch-def-person-accounts.json');
    });

    it('keeps the Person Accounts definition the default one plus the PersonAccounts feature', () => {
        const root = join(__dirname, '..', '..', '..');
        const plain = JSON.parse(readFileSync(join(root, 'config/project-scratch-def.json'), 'utf8')) as {
            features: string[];
            [key: string]: unknown;
        };
        const person = JSON.parse(
            readFileSync(join(root, 'config/project-scratch-def-person-accounts.json'), 'utf8')
        ) as typeof plain;

        expect(person.features).toEqual([...plain.features, 'PersonAccounts']);
        expect(person.edition).toBe(plain.edition);
        expect(person.settings).toEqual(plain.settings);
    });
});
