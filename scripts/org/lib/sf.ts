/**
 * The `sf` calls every org script shares: the CLI check, a titled step, org identity and type,
 * SOQL queries and our permission set assignments. Each takes the runner, so tests record the
 * exact command lines.
 */
import { ExitCode, ScriptError } from '../../mailchimp/lib/exit-codes';
import type { Output } from '../../mailchimp/lib/io';
import { formatCommand, type CommandRunner } from './runner';
import { parseSfJson } from './sf-json';

export interface OrgDeps extends Output {
    run: CommandRunner;
}

/** Every permission set the package ships; none may be held by the user who runs the Apex tests. */
export const ALL_PERMISSION_SETS = ['MailchimpAdmin', 'MailchimpUser', 'MailchimpReadOnly'] as const;
/** What the scripts assign to the admin who installs: everything, and the sales-user view for trying the card. */
export const ADMIN_PERMISSION_SETS = ['MailchimpAdmin', 'MailchimpUser'] as const;

/** `--target-org <alias>`, or nothing to use the CLI's default org. */
export function targetArgs(targetOrg: string | undefined): string[] {
    return targetOrg !== undefined ? ['--target-org', targetOrg] : [];
}

/** Fails with exit 10 when `sf` cannot be started; prints its version otherwise. */
export async function requireSf(deps: OrgDeps): Promise<void> {
    const version = await deps.run('sf', ['--version'], { capture: true });
    if (version.code !== 0) {
        throw new ScriptError(
            ExitCode.SF_MISSING,
            'The Salesforce CLI (sf) is not on PATH. Fix: install it (npm install --global @salesforce/cli, or https://developer.salesforce.com/tools/salesforcecli) and open a new terminal.'
        );
    }
    deps.out(`Using ${version.stdout.trim().split('\n')[0] || 'sf'}`);
}

/** Runs one visible step; a non-zero exit stops the script with exit 12 and the command that failed. */
export async function step(
    deps: OrgDeps,
    title: string,
    command: string,
    args: readonly string[],
    fix: string
): Promise<void> {
    deps.out(`\n▶ ${title}: ${formatCommand(command, args)}`);
    const result = await deps.run(command, args);
    if (result.code !== 0) {
        throw new ScriptError(
            ExitCode.STEP_FAILED,
            `Step "${title}" failed (exit ${result.code}): ${formatCommand(command, args)}. ${fix}`
        );
    }
}

/** The error text of a failed `--json` command, without anything else it printed. */
export function sfErrorText(stdout: string, stderr: string): string {
    const parsed = parseSfJson(stdout) as { message?: string; name?: string } | undefined;
    const text = parsed?.message ?? stderr.trim().split('\n').slice(-3).join(' ');
    return text.replace(/\s+/g, ' ').trim().slice(0, 400) || 'no output';
}

export interface OrgIdentity {
    username: string;
    instanceUrl: string | undefined;
}

/**
 * Who the CLI is logged in as for the org (`sf org display --json`). Its output also holds an access
 * token: it is read here and never printed.
 */
export async function orgIdentity(deps: OrgDeps, targetOrg: string | undefined): Promise<OrgIdentity> {
    const result = await deps.run('sf', ['org', 'display', '--json', ...targetArgs(targetOrg)], { capture: true });
    const parsed = parseSfJson(result.stdout) as { result?: { username?: string; instanceUrl?: string } } | undefined;
    const username = parsed?.result?.username;
    if (result.code !== 0 || typeof username !== 'string' || username === '') {
        const which = targetOrg ?? 'the default org';
        throw new ScriptError(
            ExitCode.STEP_FAILED,
            `Could not reach ${which} (sf org display: ${sfErrorText(result.stdout, result.stderr)}). Fix: log in with sf org login web --alias ${targetOrg ?? '<alias>'}${targetOrg === undefined ? ' --set-default' : ''} (add --instance-url https://test.salesforce.com for a sandbox), then rerun.`
        );
    }
    deps.out(`Org: ${targetOrg ?? 'the default org'}, logged in as ${username}`);
    return { username, instanceUrl: parsed?.result?.instanceUrl };
}

/** Records of a SOQL query through `sf data query --json`, or undefined when the query failed. */
export async function queryRecords<T>(
    deps: OrgDeps,
    soql: string,
    targetOrg: string | undefined
): Promise<{ records: T[] } | { error: string }> {
    const result = await deps.run('sf', ['data', 'query', '--query', soql, '--json', ...targetArgs(targetOrg)], {
        capture: true
    });
    const parsed = parseSfJson(result.stdout) as { result?: { records?: T[] } } | undefined;
    const records = parsed?.result?.records;
    if (result.code !== 0 || !Array.isArray(records)) return { error: sfErrorText(result.stdout, result.stderr) };
    return { records };
}

/** A SOQL string literal. */
export function soqlString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** How the platform treats deploys to the org: production runs tests, the others need not. */
export type OrgKind = 'production' | 'sandbox' | 'developer' | 'trial or scratch';

export interface OrgFacts {
    kind: OrgKind;
    /** OrganizationType, e.g. "Enterprise Edition", "Developer Edition". */
    edition: string;
}

interface OrganizationRow {
    IsSandbox?: boolean;
    OrganizationType?: string;
    TrialExpirationDate?: string | null;
}

/**
 * Reads the Organization record. The Metadata API treats sandboxes, Developer Edition and trial orgs
 * (scratch orgs are trials: TrialExpirationDate is set) as development environments where NoTestRun is
 * allowed; every other org is production, where Apex deploys must run tests. When the query fails the
 * org is treated as production, the safe assumption.
 */
export async function orgFacts(deps: OrgDeps, targetOrg: string | undefined): Promise<OrgFacts> {
    const answer = await queryRecords<OrganizationRow>(
        deps,
        'SELECT IsSandbox, OrganizationType, TrialExpirationDate FROM Organization',
        targetOrg
    );
    const row = 'records' in answer ? answer.records[0] : undefined;
    if (row === undefined) {
        deps.err(
            `Could not read the org's type (${'error' in answer ? answer.error : 'no Organization row'}); treating it as production.`
        );
        return { kind: 'production', edition: 'unknown' };
    }
    const edition = row.OrganizationType ?? 'unknown';
    const kind: OrgKind =
        row.IsSandbox === true
            ? 'sandbox'
            : edition === 'Developer Edition' && !row.TrialExpirationDate
              ? 'developer'
              : row.TrialExpirationDate
                ? 'trial or scratch'
                : 'production';
    return { kind, edition };
}

export interface HeldPermissionSet {
    /** PermissionSetAssignment Id (deleting it unassigns). */
    assignmentId: string;
    name: string;
}

/** Which of our permission sets the user holds (directly assigned). */
export async function heldPermissionSets(
    deps: OrgDeps,
    username: string,
    targetOrg: string | undefined
): Promise<HeldPermissionSet[]> {
    const names = ALL_PERMISSION_SETS.map(soqlString).join(', ');
    const answer = await queryRecords<{ Id?: string; PermissionSet?: { Name?: string } }>(
        deps,
        `SELECT Id, PermissionSet.Name FROM PermissionSetAssignment WHERE Assignee.Username = ${soqlString(username)} AND PermissionSet.Name IN (${names}) ORDER BY PermissionSet.Name`,
        targetOrg
    );
    if ('error' in answer) {
        throw new ScriptError(
            ExitCode.STEP_FAILED,
            `Could not read ${username}'s permission set assignments (${answer.error}). Fix: run as a user who can view setup (a System Administrator) and rerun.`
        );
    }
    return answer.records
        .filter((r) => typeof r.Id === 'string' && typeof r.PermissionSet?.Name === 'string')
        .map((r) => ({ assignmentId: r.Id as string, name: r.PermissionSet?.Name as string }));
}

/** The command that removes one assignment (printed for people, run by --unassign-first). */
export function unassignArgs(assignmentId: string, targetOrg: string | undefined): string[] {
    return [
        'data',
        'delete',
        'record',
        '--sobject',
        'PermissionSetAssignment',
        '--record-id',
        assignmentId,
        ...targetArgs(targetOrg)
    ];
}

/** `sf org assign permset` for the running user. */
export function assignArgs(names: readonly string[], targetOrg: string | undefined): string[] {
    return ['org', 'assign', 'permset', ...names.flatMap((name) => ['--name', name]), ...targetArgs(targetOrg)];
}

export interface TestGuard {
    /** Names --unassign-first removed (empty otherwise). */
    removed: string[];
    /** Assigns back what --unassign-first removed (no-op otherwise). Never throws; reports failures. */
    restore(): Promise<boolean>;
}

/**
 * Issue 10.2: the Apex tests must pass for a user who holds none of our permission sets, because that
 * is who runs them in a package version build or a first production deploy. Refuses (exit 16) when the
 * running user holds any, naming the commands that remove them; with `unassignFirst` removes them and
 * returns a guard that assigns them back after the tests.
 */
export async function guardTestsAgainstOurPermissionSets(
    deps: OrgDeps,
    options: {
        username: string;
        targetOrg: string | undefined;
        /** What heldPermissionSets returned for the user. */
        held: readonly HeldPermissionSet[];
        unassignFirst: boolean;
        /** The same command with --unassign-first, for the message. */
        rerun: string;
    }
): Promise<TestGuard> {
    const { held, username, targetOrg } = options;
    if (held.length === 0) {
        deps.out(`${username} holds none of ${ALL_PERMISSION_SETS.join(', ')}: the tests run without them.`);
        return { removed: [], restore: async () => true };
    }
    const names = held.map((h) => h.name);
    if (!options.unassignFirst) {
        throw new ScriptError(
            ExitCode.PERMISSION_SETS_HELD,
            [
                `${username} holds ${names.join(', ')}: a test passing now could pass only because of them, and would fail in a package build or a first production deploy, where nobody holds them.`,
                `Fix: ${options.rerun} (removes them, runs the tests, assigns them back), or remove them yourself:`,
                ...held.map((h) => `  ${formatCommand('sf', unassignArgs(h.assignmentId, targetOrg))}`)
            ].join('\n')
        );
    }
    for (const h of held) {
        await step(
            deps,
            `Remove ${h.name} from ${username} for the test run`,
            'sf',
            unassignArgs(h.assignmentId, targetOrg),
            `Fix: remove it in Setup › Users › ${username} › Permission Set Assignments, then rerun.`
        );
    }
    let restored = false;
    return {
        removed: names,
        async restore() {
            if (restored) return true;
            restored = true;
            const args = assignArgs(names, targetOrg);
            deps.out(`\n▶ Assign ${names.join(', ')} back to ${username}: ${formatCommand('sf', args)}`);
            const result = await deps.run('sf', args);
            if (result.code === 0) return true;
            deps.err(
                `Could not assign ${names.join(', ')} back to ${username} (exit ${result.code}). Fix: ${formatCommand('sf', args)}`
            );
            return false;
        }
    };
}
