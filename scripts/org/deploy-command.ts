import { parseApiKey, type ParsedApiKey } from '../mailchimp/lib/api-key';
import { optionValue, parseOptions, type OptionSpec } from '../mailchimp/lib/cli';
import { findApiKey } from '../mailchimp/lib/dot-env';
import { ExitCode, ScriptError } from '../mailchimp/lib/exit-codes';
import { reportScriptError } from '../mailchimp/lib/io';
import { manualCredentialSteps, setNamedCredentialUrl, setPrincipalCredential } from './lib/credential';
import { SOURCE_DIR } from './lib/project';
import type { TempFiles } from './lib/secret-files';
import {
    ADMIN_PERMISSION_SETS,
    assignArgs,
    guardTestsAgainstOurPermissionSets,
    heldPermissionSets,
    orgFacts,
    orgIdentity,
    requireSf,
    step,
    type OrgDeps,
    type OrgKind,
    type TestGuard
} from './lib/sf';

export const TEST_LEVELS = ['NoTestRun', 'RunSpecifiedTests', 'RunLocalTests'] as const;
export type TestLevel = (typeof TEST_LEVELS)[number];

export const DEPLOY_USAGE = [
    'Usage: npm run deploy -- --target-org <alias> [--test-level NoTestRun|RunSpecifiedTests|RunLocalTests] [--unassign-first]',
    '  Builds, deploys the source to an org you are logged in to (Developer Edition, sandbox or production; no',
    '  Dev Hub needed), assigns Mailchimp Admin and Mailchimp User to you, and prints what is left to click.',
    "  Test level: production runs the package's own test classes (RunSpecifiedTests); sandboxes, Developer",
    '  Edition and trial orgs run none unless --test-level says so. Tests run before any permission set of ours',
    '  is assigned; --unassign-first removes ones you already hold for the deploy and assigns them back after.',
    '  With MAILCHIMP_API_KEY set (environment or .env) it also sets the Named Credential URL and stores the key.',
    '  Log in first: sf org login web --alias <alias> (add --instance-url https://test.salesforce.com for a sandbox).'
].join('\n');

const DEPLOY_OPTIONS: readonly OptionSpec[] = [
    { name: 'target-org', short: 'o', takesValue: true },
    { name: 'test-level', short: 'l', takesValue: true },
    { name: 'unassign-first', takesValue: false }
];

export interface DeployDeps extends OrgDeps {
    env: NodeJS.ProcessEnv;
    readEnvFile: () => string | undefined;
    tempFiles: TempFiles;
    /** The package's Apex test classes (for RunSpecifiedTests). */
    testClasses: () => string[];
}

export interface DeployOptions {
    targetOrg: string;
    testLevel: TestLevel | undefined;
    unassignFirst: boolean;
}

export function parseDeployArgs(argv: readonly string[], env: NodeJS.ProcessEnv): DeployOptions {
    const raw = parseOptions(argv, DEPLOY_OPTIONS, DEPLOY_USAGE, { env, script: 'deploy' });
    const targetOrg = optionValue(raw, 'target-org');
    if (targetOrg === undefined) {
        // Never the CLI's default org: deploying to production by accident must not be one command away.
        throw new ScriptError(ExitCode.USAGE, `--target-org is required. ${DEPLOY_USAGE}`);
    }
    const level = optionValue(raw, 'test-level');
    if (level !== undefined && !(TEST_LEVELS as readonly string[]).includes(level)) {
        throw new ScriptError(ExitCode.USAGE, `--test-level must be one of ${TEST_LEVELS.join(', ')}. ${DEPLOY_USAGE}`);
    }
    return { targetOrg, testLevel: level as TestLevel | undefined, unassignFirst: raw.has('unassign-first') };
}

/**
 * The test level for the org.
 * - Production: RunSpecifiedTests of the package's own test classes by default. The deploy is then
 *   judged by our tests alone, not by the org's unrelated tests (which may already fail, or take an
 *   hour); the platform requires each deployed class and trigger to reach 75 % coverage from the
 *   specified tests (per class, not overall; test:apex lists every class under 90 %). RunLocalTests
 *   is allowed; NoTestRun is refused here because the platform refuses it for Apex in production.
 * - Sandbox, Developer Edition, trial and scratch orgs: NoTestRun unless asked, as the platform allows.
 */
export function chooseTestLevel(kind: OrgKind, requested: TestLevel | undefined): TestLevel {
    if (kind === 'production') {
        if (requested === 'NoTestRun') {
            throw new ScriptError(
                ExitCode.USAGE,
                "A production org runs Apex tests on every deploy that contains Apex: --test-level NoTestRun is not allowed there. Fix: omit --test-level (runs the package's own tests) or pass RunLocalTests."
            );
        }
        return requested ?? 'RunSpecifiedTests';
    }
    return requested ?? 'NoTestRun';
}

export function deployArgs(targetOrg: string, level: TestLevel, testClasses: readonly string[]): string[] {
    return [
        'project',
        'deploy',
        'start',
        '--source-dir',
        SOURCE_DIR,
        '--target-org',
        targetOrg,
        '--wait',
        '60',
        '--test-level',
        level,
        ...(level === 'RunSpecifiedTests' ? testClasses.flatMap((name) => ['--tests', name]) : [])
    ];
}

/** What an admin still does by hand after a deploy, with where the admin guide explains each. */
export function remainingClicks(connected: boolean, manual: readonly string[]): string[] {
    return [
        connected
            ? 'Connection: set by this script. Confirm it: App Launcher › Mailchimp Membership › Mailchimp Setup › Test connection.'
            : 'Connect Mailchimp: App Launcher › Mailchimp Membership › Mailchimp Setup (docs/admin-guide.md, "Connect Mailchimp"): the Named Credential URL for your data center and the API key on the principal, then Test connection.',
        ...manual.map((line) => `Finish by hand (the automatic step failed, see above): ${line}`),
        'Give users access: Setup › Permission Sets › Mailchimp User (or Mailchimp Read Only) › Manage Assignments (docs/admin-guide.md, "Assign permission sets").',
        'Add the Mailchimp Membership component to the Contact and Lead record pages in Lightning App Builder (docs/admin-guide.md, "Add the component").',
        'Schedule the sync: Mailchimp Setup › Schedule (docs/admin-guide.md, "Schedule the sync").',
        'Then check it end to end: docs/admin-guide.md, "Verify it works".'
    ];
}

/**
 * `npm run deploy -- --target-org <alias>`: the source into any org, no Dev Hub. Reads the org's type to
 * pick the test level; runs the tests (when any) before any permission set of ours is assigned to the
 * running admin, refusing when the admin already holds one (issue 10.2), then assigns them.
 */
export async function runDeploy(argv: readonly string[], deps: DeployDeps): Promise<number> {
    let guard: TestGuard | undefined;
    try {
        const options = parseDeployArgs(argv, deps.env);
        const key = optionalKey(deps);
        await requireSf(deps);
        const { username } = await orgIdentity(deps, options.targetOrg);
        const facts = await orgFacts(deps, options.targetOrg);
        const level = chooseTestLevel(facts.kind, options.testLevel);
        const classes = level === 'RunSpecifiedTests' ? deps.testClasses() : [];
        deps.out(
            `Org type: ${facts.edition} (${facts.kind}). Test level: ${level}${classes.length > 0 ? ` (${classes.length} test classes of this package)` : ''}.`
        );

        const held = await heldPermissionSets(deps, username, options.targetOrg);
        if (level !== 'NoTestRun') {
            guard = await guardTestsAgainstOurPermissionSets(deps, {
                username,
                targetOrg: options.targetOrg,
                held,
                unassignFirst: options.unassignFirst,
                rerun: `npm run deploy -- --target-org ${options.targetOrg}${options.testLevel ? ` --test-level ${options.testLevel}` : ''} --unassign-first`
            });
        }

        await step(
            deps,
            'Build the components',
            'npm',
            ['run', 'build'],
            'Fix: correct the build error above and rerun.'
        );
        await step(
            deps,
            'Deploy the source',
            'sf',
            deployArgs(options.targetOrg, level, classes),
            level === 'NoTestRun'
                ? 'Fix the component errors above and rerun (docs/troubleshooting.md, "Deploy fails").'
                : 'If a test failed or coverage was too low, see docs/troubleshooting.md, "Deploy fails on tests"; nothing was changed in the org.'
        );

        const stillHeld = held.map((h) => h.name).filter((name) => !(guard?.removed ?? []).includes(name));
        const toAssign = [
            ...new Set([...(guard?.removed ?? []), ...ADMIN_PERMISSION_SETS.filter((n) => !stillHeld.includes(n))])
        ];
        guard = undefined;
        if (toAssign.length > 0) {
            await step(
                deps,
                `Assign ${toAssign.join(', ')} to ${username}`,
                'sf',
                assignArgs(toAssign, options.targetOrg),
                `Fix: assign them in Setup › Permission Sets › Manage Assignments (the deploy itself succeeded).`
            );
        } else {
            deps.out(`\n${username} already holds ${ADMIN_PERMISSION_SETS.join(', ')}.`);
        }

        const manual: string[] = [];
        if (key !== undefined) {
            const clicks = manualCredentialSteps(key.dc);
            if (!(await setNamedCredentialUrl(deps, options.targetOrg, key.dc))) manual.push(clicks.url);
            if (!(await setPrincipalCredential(deps, options.targetOrg, key))) manual.push(clicks.key);
        }

        deps.out(`\nDeployed to ${options.targetOrg}. What is left, in the org:`);
        remainingClicks(key !== undefined && manual.length === 0, manual).forEach((line, i) =>
            deps.out(`  ${i + 1}. ${line}`)
        );
        return manual.length > 0 ? ExitCode.MANUAL_STEPS_LEFT : ExitCode.OK;
    } catch (error) {
        await guard?.restore();
        if (!(error instanceof ScriptError)) throw error;
        return reportScriptError(deps, error);
    } finally {
        deps.tempFiles.cleanup();
    }
}

/** The key, when one is configured; a malformed key stops before anything is deployed. */
function optionalKey(deps: DeployDeps): ParsedApiKey | undefined {
    const source = findApiKey(deps.env, deps.readEnvFile);
    return source.value === undefined ? undefined : parseApiKey(source.value);
}
