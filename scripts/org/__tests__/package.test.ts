/** @jest-environment node */
import { ExitCode } from '../../mailchimp/lib/exit-codes';
import { compareVersions, versionAlias, versionAliases, type ProjectFile, type SfdxProject } from '../lib/project';
import { installLinks, runPackagePromote, runPackageVersion, type PackageDeps } from '../package-command';
import { fakeRunner } from './fake-runner';

const BASE: SfdxProject = {
    packageDirectories: [
        {
            path: 'force-app',
            default: true,
            package: 'Mailchimp Membership',
            versionName: "Spring '27",
            versionNumber: '0.1.0.NEXT'
        }
    ],
    name: 'mailchimp-membership-for-salesforce',
    namespace: 'mcms',
    sfdcLoginUrl: 'https://login.salesforce.com',
    sourceApiVersion: '66.0'
};
const DEV_HUB = JSON.stringify({ status: 0, result: [{ name: 'target-dev-hub', value: 'devhub', success: true }] });
const CREATED = JSON.stringify({ status: 0, result: { Id: '0Ho8c000000CaFeCAK' } });
const VERSION = JSON.stringify({
    status: 0,
    result: {
        Id: '08c8c000000AbCdAAK',
        Status: 'Success',
        Package2Id: '0Ho8c000000CaFeCAK',
        SubscriberPackageVersionId: '04t8c000000BeEfAAC',
        VersionNumber: '0.1.0.1',
        CodeCoverage: 91,
        HasPassedCodeCoverageCheck: true,
        Error: []
    }
});

function memoryProject(initial: SfdxProject): ProjectFile & { current: () => SfdxProject; writes: number } {
    let current = structuredClone(initial);
    const file = {
        writes: 0,
        current: () => current,
        read: () => structuredClone(current),
        write: (project: SfdxProject) => {
            file.writes++;
            current = structuredClone(project);
        }
    };
    return file;
}

function setup(project: SfdxProject, answers: Parameters<typeof fakeRunner>[0] = [], env: NodeJS.ProcessEnv = {}) {
    const runner = fakeRunner([
        ...answers,
        ['sf --version', { stdout: '@salesforce/cli/2.80.12\n' }],
        ['sf config get target-dev-hub', { stdout: DEV_HUB }],
        ['sf package create', { stdout: CREATED }],
        ['sf package version create', { stdout: VERSION }],
        [
            'sf package version promote',
            { stdout: JSON.stringify({ status: 0, result: { id: '04t8c000000BeEfAAC', success: true } }) }
        ]
    ]);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const file = memoryProject(project);
    const deps: PackageDeps = {
        out: (l) => stdout.push(l),
        err: (l) => stderr.push(l),
        run: runner.run,
        env,
        project: file
    };
    return { deps, file, runner, stdout, stderr, lines: () => runner.calls.map((c) => c.line) };
}

describe('npm run package:version', () => {
    it('creates the package when packageAliases lacks it, then a version with code coverage, and records both', async () => {
        const { deps, file, lines, stdout } = setup(BASE);

        await expect(runPackageVersion([], deps)).resolves.toBe(ExitCode.OK);

        expect(lines()).toEqual([
            'sf --version',
            'sf config get target-dev-hub --json',
            'npm run build',
            'sf package create --name Mailchimp Membership --package-type Managed --path force-app --target-dev-hub devhub --json',
            'sf package version create --package Mailchimp Membership --code-coverage --installation-key-bypass --definition-file config/project-scratch-def.json --wait 60 --target-dev-hub devhub --json'
        ]);
        expect(file.current().packageAliases).toEqual({
            'Mailchimp Membership': '0Ho8c000000CaFeCAK',
            'Mailchimp Membership@0.1.0-1': '04t8c000000BeEfAAC'
        });
        const text = stdout.join('\n');
        expect(text).toContain(
            'Package version Mailchimp Membership@0.1.0-1 created: 04t8c000000BeEfAAC, Apex coverage 91%.'
        );
        expect(text).toContain('https://login.salesforce.com/packaging/installPackage.apexp?p0=04t8c000000BeEfAAC');
        expect(text).toContain('https://test.salesforce.com/packaging/installPackage.apexp?p0=04t8c000000BeEfAAC');
        expect(text).toContain('not in production');
        expect(text).toContain('npm run package:promote -- --version 04t8c000000BeEfAAC');
    });

    it('reuses the package already named in packageAliases and keeps aliases the CLI wrote', async () => {
        const project = {
            ...BASE,
            packageAliases: { 'Mailchimp Membership': '0Ho8c000000CaFeCAK', 'Other@1.0.0-1': '04tOTHER' }
        };
        const { deps, file, lines } = setup(project, [], {});
        await expect(runPackageVersion(['--target-dev-hub', 'hub2', '--wait', '90'], deps)).resolves.toBe(ExitCode.OK);
        expect(lines()).toEqual([
            'sf --version',
            'npm run build',
            'sf package version create --package Mailchimp Membership --code-coverage --installation-key-bypass --definition-file config/project-scratch-def.json --wait 90 --target-dev-hub hub2 --json'
        ]);
        expect(file.current().packageAliases).toEqual({
            'Mailchimp Membership': '0Ho8c000000CaFeCAK',
            'Other@1.0.0-1': '04tOTHER',
            'Mailchimp Membership@0.1.0-1': '04t8c000000BeEfAAC'
        });
    });

    it('refuses without a namespace (exit 17), before calling anything, and points to deploy', async () => {
        const { deps, lines, stderr } = setup({ ...BASE, namespace: '' });
        await expect(runPackageVersion([], deps)).resolves.toBe(ExitCode.NO_NAMESPACE);
        expect(lines()).toEqual([]);
        expect(stderr[0]).toContain('a managed package needs one');
        expect(stderr[0]).toContain('npm run deploy -- --target-org <alias>');
    });

    it('exits 11 without a Dev Hub', async () => {
        const { deps, stderr } = setup(BASE, [
            ['sf config get target-dev-hub', { stdout: '{"status":0,"result":[{"name":"target-dev-hub"}]}' }]
        ]);
        await expect(runPackageVersion([], deps)).resolves.toBe(ExitCode.NO_DEV_HUB);
        expect(stderr[0]).toMatch(/^No Dev Hub given and none is the default/);
    });

    it("exits 12 with the build org's errors when the version fails, recording only the package", async () => {
        const failed = JSON.stringify({
            status: 1,
            name: 'PackageVersionCreateError',
            message: 'MailchimpSyncService_Tests.it_runs: System.AssertException: Assertion Failed'
        });
        const { deps, file, stderr } = setup(BASE, [['sf package version create', { code: 1, stdout: failed }]]);
        await expect(runPackageVersion([], deps)).resolves.toBe(ExitCode.STEP_FAILED);
        expect(stderr[0]).toContain('MailchimpSyncService_Tests.it_runs: System.AssertException: Assertion Failed');
        expect(file.current().packageAliases).toEqual({ 'Mailchimp Membership': '0Ho8c000000CaFeCAK' });
    });

    it('says so when the version is still building after --wait', async () => {
        const pending = JSON.stringify({
            status: 0,
            result: { Status: 'InProgress', SubscriberPackageVersionId: null, Error: [] }
        });
        const { deps, stderr } = setup(BASE, [['sf package version create', { stdout: pending }]]);
        await expect(runPackageVersion([], deps)).resolves.toBe(ExitCode.STEP_FAILED);
        expect(stderr[0]).toMatch(/^The package version did not finish \(status InProgress\)/);
    });

    it('prints its usage and exits 0 for --help', async () => {
        const { deps, stdout, lines } = setup(BASE);
        await expect(runPackageVersion(['--help'], deps)).resolves.toBe(ExitCode.OK);
        expect(stdout[0]).toMatch(/^Usage: npm run package:version/);
        expect(lines()).toEqual([]);
    });
});

describe('npm run package:promote', () => {
    const released = {
        ...BASE,
        packageAliases: {
            'Mailchimp Membership': '0Ho8c000000CaFeCAK',
            'Mailchimp Membership@0.1.0-2': '04t000000000002',
            'Mailchimp Membership@0.1.0-10': '04t000000000010',
            'Mailchimp Membership@0.1.0-9': '04t000000000009'
        }
    };

    it('promotes the newest version alias by default and prints the production install link', async () => {
        const { deps, lines, stdout } = setup(released);
        await expect(runPackagePromote([], deps)).resolves.toBe(ExitCode.OK);
        expect(lines()).toEqual([
            'sf --version',
            'sf config get target-dev-hub --json',
            'sf package version promote --package 04t000000000010 --no-prompt --target-dev-hub devhub --json'
        ]);
        expect(stdout.join('\n')).toContain(
            'https://login.salesforce.com/packaging/installPackage.apexp?p0=04t000000000010'
        );
    });

    it('promotes the version given by alias', async () => {
        const { deps, lines, stdout } = setup(released);
        await expect(runPackagePromote(['--version', 'Mailchimp Membership@0.1.0-2', '-v', 'hub'], deps)).resolves.toBe(
            ExitCode.OK
        );
        expect(lines().at(-1)).toBe(
            'sf package version promote --package Mailchimp Membership@0.1.0-2 --no-prompt --target-dev-hub hub --json'
        );
        expect(stdout.join('\n')).toContain('p0=04t000000000002');
    });

    it('exits 8 when there is no version to promote', async () => {
        const { deps, stderr } = setup(BASE);
        await expect(runPackagePromote([], deps)).resolves.toBe(ExitCode.USAGE);
        expect(stderr[0]).toContain('npm run package:version first');
    });
});

describe('package helpers', () => {
    it('orders versions numerically and builds the CLI alias form', () => {
        expect(['0.1.0-10', '0.2.0-1', '0.1.0-2'].sort(compareVersions)).toEqual(['0.1.0-2', '0.1.0-10', '0.2.0-1']);
        expect(versionAlias('Mailchimp Membership', '1.2.0.3')).toBe('Mailchimp Membership@1.2.0-3');
        expect(
            versionAliases({ ...BASE, packageAliases: { 'Mailchimp Membership': '0Ho1' } }, 'Mailchimp Membership')
        ).toEqual([]);
        expect(installLinks('04tX').production).toBe(
            'https://login.salesforce.com/packaging/installPackage.apexp?p0=04tX'
        );
    });
});
