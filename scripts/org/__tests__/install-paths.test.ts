/**
 * @jest-environment node
 *
 * The three install paths end to end against a stand-in `sf` (and `npm`) first on PATH: the scripts run
 * through the real spawn runner, and each test lists the exact argument arrays the CLI received. This is
 * the record of what `npm run deploy`, `npm run org:setup`, `npm run package:version` /
 * `package:promote` and `npm run test:apex` do to an org or a Dev Hub.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { ExitCode } from '../../mailchimp/lib/exit-codes';
import { runDeploy } from '../deploy-command';
import { apexTestClasses, projectFile } from '../lib/project';
import { createTempFiles } from '../lib/secret-files';
import { runPackagePromote, runPackageVersion } from '../package-command';
import { runSetup } from '../setup-command';
import { runTestApex } from '../test-apex-command';
import { standInCli, type Answers, type StandIn } from './stand-in-cli';

// Every stand-in call starts a Node process: slower than Jest's 5 s default on a shared machine.
jest.setTimeout(60_000);

const ROOT = resolve(__dirname, '../../..');
const KEY = '0123456789abcdef0123456789abcdef-us21';
const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const json = (result: unknown) => JSON.stringify({ status: 0, result });
const records = (...rows: unknown[]) => json({ totalSize: rows.length, done: true, records: rows });

const SF_VERSION: Answers[number] = ['sf --version', { stdout: '@salesforce/cli/2.80.12 linux-x64 node-v22.14.0\n' }];
const orgDisplay = (username: string): Answers[number] => [
    'sf org display',
    { stdout: json({ username, instanceUrl: 'https://acme.my.salesforce.com', accessToken: '00D!not-printed' }) }
];
const NC = '/services/data/v66.0/named-credentials';
const CREDENTIAL_READ_BACK: Answers[number] = [
    `sf api request rest ${NC}/credential?`,
    {
        stdout: JSON.stringify({
            authenticationStatus: 'Configured',
            credentials: { username: { value: 'salesforce', encrypted: false }, password: { encrypted: true } }
        })
    }
];
const PSA_SOQL = (username: string) =>
    `SELECT Id, PermissionSet.Name FROM PermissionSetAssignment WHERE Assignee.Username = '${username}' AND PermissionSet.Name IN ('MailchimpAdmin', 'MailchimpUser', 'MailchimpReadOnly') ORDER BY PermissionSet.Name`;

/** Temporary request-body paths differ on each run: shown as <tmp>/name. */
function normalised(calls: string[][]): string[][] {
    return calls.map((args) => args.map((a) => a.replace(/[^,@\s]*mcms-setup-[^\\/]+[\\/]/g, '<tmp>/')));
}

function output() {
    const stdout: string[] = [];
    const stderr: string[] = [];
    return { stdout, stderr, out: (l: string) => stdout.push(l), err: (l: string) => stderr.push(l) };
}

let cli: StandIn | undefined;
afterEach(() => cli?.cleanup());

describe('npm run deploy -- --target-org <alias> (any org, no Dev Hub)', () => {
    it('production: RunSpecifiedTests of the package tests, then the permission sets', async () => {
        cli = standInCli([
            SF_VERSION,
            orgDisplay('admin@acme.com'),
            [
                'sf data query --query SELECT IsSandbox',
                {
                    stdout: records({
                        IsSandbox: false,
                        OrganizationType: 'Enterprise Edition',
                        TrialExpirationDate: null
                    })
                }
            ],
            ['sf data query --query SELECT Id, PermissionSet.Name', { stdout: records() }]
        ]);
        const io = output();

        const code = await runDeploy(['--target-org', 'acme-prod'], {
            ...io,
            run: cli.run,
            env: {},
            readEnvFile: () => undefined,
            tempFiles: createTempFiles(),
            testClasses: () => apexTestClasses(ROOT)
        });

        expect(code).toBe(ExitCode.OK);
        expect(cli.calls()).toEqual([
            ['sf', '--version'],
            ['sf', 'org', 'display', '--json', '--target-org', 'acme-prod'],
            [
                'sf',
                'data',
                'query',
                '--query',
                'SELECT IsSandbox, OrganizationType, TrialExpirationDate FROM Organization',
                '--json',
                '--target-org',
                'acme-prod'
            ],
            ['sf', 'data', 'query', '--query', PSA_SOQL('admin@acme.com'), '--json', '--target-org', 'acme-prod'],
            ['npm', 'run', 'build'],
            [
                'sf',
                'project',
                'deploy',
                'start',
                '--source-dir',
                'force-app',
                '--target-org',
                'acme-prod',
                '--wait',
                '60',
                '--test-level',
                'RunSpecifiedTests',
                ...apexTestClasses(ROOT).flatMap((name) => ['--tests', name])
            ],
            [
                'sf',
                'org',
                'assign',
                'permset',
                '--name',
                'MailchimpAdmin',
                '--name',
                'MailchimpUser',
                '--target-org',
                'acme-prod'
            ]
        ]);
        expect(apexTestClasses(ROOT)).toContain('MailchimpClient_Tests');
        expect(apexTestClasses(ROOT).every((name) => name.endsWith('_Tests'))).toBe(true);
        expect(io.stdout.join('\n')).not.toContain('00D!not-printed');
    });

    it('sandbox with MAILCHIMP_API_KEY: no tests, then the Named Credential URL and the key through a temp file', async () => {
        cli = standInCli([
            SF_VERSION,
            orgDisplay('admin@acme.com.uat'),
            [
                'sf data query --query SELECT IsSandbox',
                {
                    stdout: records({
                        IsSandbox: true,
                        OrganizationType: 'Enterprise Edition',
                        TrialExpirationDate: null
                    })
                }
            ],
            ['sf data query --query SELECT Id, PermissionSet.Name', { stdout: records() }],
            CREDENTIAL_READ_BACK
        ]);
        const io = output();
        const code = await runDeploy(['-o', 'acme-uat'], {
            ...io,
            run: cli.run,
            env: { MAILCHIMP_API_KEY: KEY },
            readEnvFile: () => undefined,
            tempFiles: createTempFiles(),
            testClasses: () => apexTestClasses(ROOT)
        });

        expect(code).toBe(ExitCode.OK);
        expect(normalised(cli.calls()).slice(4)).toEqual([
            ['npm', 'run', 'build'],
            [
                'sf',
                'project',
                'deploy',
                'start',
                '--source-dir',
                'force-app',
                '--target-org',
                'acme-uat',
                '--wait',
                '60',
                '--test-level',
                'NoTestRun'
            ],
            [
                'sf',
                'org',
                'assign',
                'permset',
                '--name',
                'MailchimpAdmin',
                '--name',
                'MailchimpUser',
                '--target-org',
                'acme-uat'
            ],
            ['sf', 'api', 'request', 'rest', `${NC}/named-credential-setup/Mailchimp`, '--target-org', 'acme-uat'],
            [
                'sf',
                'api',
                'request',
                'rest',
                `${NC}/named-credential-setup/Mailchimp`,
                '--method',
                'PUT',
                '--header',
                'Content-Type: application/json',
                '--body',
                '@<tmp>/named-credential.json',
                '--target-org',
                'acme-uat'
            ],
            [
                'sf',
                'api',
                'request',
                'rest',
                `${NC}/credential`,
                '--method',
                'POST',
                '--header',
                'Content-Type: application/json',
                '--body',
                '@<tmp>/credential-1.json',
                '--target-org',
                'acme-uat'
            ],
            [
                'sf',
                'api',
                'request',
                'rest',
                `${NC}/credential?externalCredential=Mailchimp&principalName=MailchimpPrincipal&principalType=NamedPrincipal`,
                '--target-org',
                'acme-uat'
            ]
        ]);
        expect(
            cli
                .calls()
                .flat()
                .some((a) => a.includes(KEY))
        ).toBe(false);
    });
});

describe('npm run org:setup (scratch org, needs a Dev Hub)', () => {
    it('builds, creates, deploys, runs the tests, then assigns, connects, imports, schedules and opens', async () => {
        cli = standInCli([
            SF_VERSION,
            [
                'sf config get target-dev-hub',
                { stdout: JSON.stringify({ status: 0, result: [{ name: 'target-dev-hub', value: 'devhub' }] }) }
            ],
            ['sf apex run test', { stdout: fixture('apex-run-test-passed.json') }],
            CREDENTIAL_READ_BACK,
            ['sf data query', { stdout: records({ Id: '0038c00002AbCdEAAV' }) }]
        ]);
        const io = output();
        const code = await runSetup([], {
            ...io,
            run: cli.run,
            env: { MAILCHIMP_API_KEY: KEY },
            readEnvFile: () => undefined,
            tempFiles: createTempFiles()
        });

        expect(code).toBe(ExitCode.OK);
        const target = ['--target-org', 'mailchimp-membership'];
        expect(normalised(cli.calls())).toEqual([
            ['sf', '--version'],
            ['sf', 'config', 'get', 'target-dev-hub', '--json'],
            ['npm', 'run', 'build'],
            [
                'sf',
                'org',
                'create',
                'scratch',
                '-f',
                'config/project-scratch-def.json',
                '-a',
                'mailchimp-membership',
                '-d',
                '-y',
                '7',
                '--wait',
                '15'
            ],
            ['sf', 'project', 'deploy', 'start', '--source-dir', 'force-app', ...target],
            [
                'sf',
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
                ...target
            ],
            ['sf', 'org', 'assign', 'permset', '--name', 'MailchimpAdmin', '--name', 'MailchimpUser', ...target],
            ['sf', 'api', 'request', 'rest', `${NC}/named-credential-setup/Mailchimp`, ...target],
            [
                'sf',
                'api',
                'request',
                'rest',
                `${NC}/named-credential-setup/Mailchimp`,
                '--method',
                'PUT',
                '--header',
                'Content-Type: application/json',
                '--body',
                '@<tmp>/named-credential.json',
                ...target
            ],
            [
                'sf',
                'api',
                'request',
                'rest',
                `${NC}/credential`,
                '--method',
                'POST',
                '--header',
                'Content-Type: application/json',
                '--body',
                '@<tmp>/credential-1.json',
                ...target
            ],
            [
                'sf',
                'api',
                'request',
                'rest',
                `${NC}/credential?externalCredential=Mailchimp&principalName=MailchimpPrincipal&principalType=NamedPrincipal`,
                ...target
            ],
            [
                'sf',
                'data',
                'import',
                'tree',
                '--files',
                'scripts/org/data/Contact.json,scripts/org/data/Lead.json',
                ...target
            ],
            ['sf', 'apex', 'run', '--file', '<tmp>/schedule.apex', ...target],
            [
                'sf',
                'data',
                'query',
                '--query',
                "SELECT Id FROM Contact WHERE Email LIKE 'mcms-test+%@example.com' ORDER BY Email LIMIT 1",
                '--json',
                ...target
            ],
            ['sf', 'org', 'open', '--path', '/lightning/r/Contact/0038c00002AbCdEAAV/view', ...target]
        ]);
    });

    it('--person-accounts: the scratch org is created from the Person Accounts definition, which sf can read', async () => {
        cli = standInCli([
            SF_VERSION,
            [
                'sf config get target-dev-hub',
                { stdout: JSON.stringify({ status: 0, result: [{ name: 'target-dev-hub', value: 'devhub' }] }) }
            ],
            ['sf apex run test', { stdout: fixture('apex-run-test-passed.json') }],
            CREDENTIAL_READ_BACK,
            ['sf data query', { stdout: records({ Id: '0038c00002AbCdEAAV' }) }]
        ]);
        const io = output();
        const code = await runSetup(['--person-accounts'], {
            ...io,
            run: cli.run,
            env: { MAILCHIMP_API_KEY: KEY },
            readEnvFile: () => undefined,
            tempFiles: createTempFiles()
        });

        expect(code).toBe(ExitCode.OK);
        const create = cli.calls().find((args) => args.slice(0, 4).join(' ') === 'sf org create scratch');
        expect(create).toEqual([
            'sf',
            'org',
            'create',
            'scratch',
            '-f',
            'config/project-scratch-def-person-accounts.json',
            '-a',
            'mailchimp-membership',
            '-d',
            '-y',
            '7',
            '--wait',
            '15'
        ]);
        const definition = JSON.parse(readFileSync(join(ROOT, create![5]), 'utf8')) as { features: string[] };
        expect(definition.features).toContain('PersonAccounts');
    });
});

describe('npm run test:apex (issue 10.2: tests run by a user without our permission sets)', () => {
    it('--unassign-first: removes the assignments, runs the tests, assigns them back', async () => {
        cli = standInCli([
            SF_VERSION,
            orgDisplay('dev@example.com'),
            [
                'sf data query',
                { stdout: records({ Id: '0PaAAA000000001', PermissionSet: { Name: 'MailchimpAdmin' } }) }
            ],
            ['sf apex run test', { stdout: fixture('apex-run-test-passed.json') }]
        ]);
        const io = output();
        const code = await runTestApex(['--unassign-first'], { ...io, run: cli.run, env: {} });

        expect(code).toBe(ExitCode.OK);
        expect(cli.calls()).toEqual([
            ['sf', '--version'],
            ['sf', 'org', 'display', '--json'],
            ['sf', 'data', 'query', '--query', PSA_SOQL('dev@example.com'), '--json'],
            [
                'sf',
                'data',
                'delete',
                'record',
                '--sobject',
                'PermissionSetAssignment',
                '--record-id',
                '0PaAAA000000001'
            ],
            [
                'sf',
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
            ],
            ['sf', 'org', 'assign', 'permset', '--name', 'MailchimpAdmin']
        ]);
    });
});

describe('npm run package:version / package:promote (managed package, needs a Dev Hub and a namespace)', () => {
    let dir: string;
    beforeEach(() => {
        dir = mkdtempSync(join(tmpdir(), 'mcms-project-'));
        const project = JSON.parse(readFileSync(join(ROOT, 'sfdx-project.json'), 'utf8')) as Record<string, unknown>;
        writeFileSync(join(dir, 'sfdx-project.json'), JSON.stringify({ ...project, namespace: 'mcms' }, null, 2));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('creates the package and a version with code coverage, writes packageAliases, then promotes it', async () => {
        cli = standInCli([
            SF_VERSION,
            [
                'sf config get target-dev-hub',
                { stdout: JSON.stringify({ status: 0, result: [{ name: 'target-dev-hub', value: 'devhub' }] }) }
            ],
            ['sf package create', { stdout: json({ Id: '0Ho8c000000CaFeCAK' }) }],
            [
                'sf package version create',
                {
                    stdout: json({
                        Status: 'Success',
                        SubscriberPackageVersionId: '04t8c000000BeEfAAC',
                        VersionNumber: '0.1.0.1',
                        CodeCoverage: 91,
                        Error: []
                    })
                }
            ],
            ['sf package version promote', { stdout: json({ id: '04t8c000000BeEfAAC', success: true }) }]
        ]);
        const io = output();
        const deps = { ...io, run: cli.run, env: {}, project: projectFile(dir) };

        expect(await runPackageVersion([], deps)).toBe(ExitCode.OK);
        expect(await runPackagePromote([], deps)).toBe(ExitCode.OK);

        expect(cli.calls()).toEqual([
            ['sf', '--version'],
            ['sf', 'config', 'get', 'target-dev-hub', '--json'],
            ['npm', 'run', 'build'],
            [
                'sf',
                'package',
                'create',
                '--name',
                'Mailchimp Membership',
                '--package-type',
                'Managed',
                '--path',
                'force-app',
                '--target-dev-hub',
                'devhub',
                '--json'
            ],
            [
                'sf',
                'package',
                'version',
                'create',
                '--package',
                'Mailchimp Membership',
                '--code-coverage',
                '--installation-key-bypass',
                '--definition-file',
                'config/project-scratch-def.json',
                '--wait',
                '60',
                '--target-dev-hub',
                'devhub',
                '--json'
            ],
            ['sf', '--version'],
            ['sf', 'config', 'get', 'target-dev-hub', '--json'],
            [
                'sf',
                'package',
                'version',
                'promote',
                '--package',
                '04t8c000000BeEfAAC',
                '--no-prompt',
                '--target-dev-hub',
                'devhub',
                '--json'
            ]
        ]);
        const written = JSON.parse(readFileSync(join(dir, 'sfdx-project.json'), 'utf8')) as { packageAliases: unknown };
        expect(written.packageAliases).toEqual({
            'Mailchimp Membership': '0Ho8c000000CaFeCAK',
            'Mailchimp Membership@0.1.0-1': '04t8c000000BeEfAAC'
        });
        expect(io.stdout.join('\n')).toContain(
            'https://login.salesforce.com/packaging/installPackage.apexp?p0=04t8c000000BeEfAAC'
        );
    });
});

describe('every org script from the command line', () => {
    const TSX = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');

    it.each([
        ['deploy.ts', /^Usage: npm run deploy -- --target-org <alias>/],
        ['setup.ts', /^Usage: npm run org:setup -- /],
        ['test-apex.ts', /^Usage: npm run test:apex -- /],
        ['package-version.ts', /^Usage: npm run package:version -- /],
        ['package-promote.ts', /^Usage: npm run package:promote -- /]
    ])('%s --help prints its usage and exits 0 without calling sf', (script, usage) => {
        const result = spawnSync(TSX, [join(ROOT, 'scripts/org', script), '--help'], {
            cwd: ROOT,
            encoding: 'utf8',
            timeout: 60_000,
            shell: process.platform === 'win32'
        });
        expect(result.status).toBe(ExitCode.OK);
        expect(result.stdout).toMatch(usage);
        expect(result.stderr).toBe('');
    });
});
