import { namedCredentialUrl, parseApiKey, type ParsedApiKey } from '../mailchimp/lib/api-key';
import { findApiKey } from '../mailchimp/lib/dot-env';
import { ExitCode, ScriptError } from '../mailchimp/lib/exit-codes';
import type { Output } from '../mailchimp/lib/io';
import { formatCommand, type CommandRunner } from './lib/runner';
import type { TempFiles } from './lib/secret-files';
import { devHubFromConfigGet, parseSfJson } from './lib/sf-json';

export const ORG_ALIAS = 'mailchimp-membership';
export const API_VERSION = '66.0';
export const NAMED_CREDENTIAL = 'Mailchimp';
export const EXTERNAL_CREDENTIAL = 'Mailchimp';
export const PRINCIPAL = 'MailchimpPrincipal';
export const PERMISSION_SETS = ['MailchimpAdmin', 'MailchimpUser'] as const;
export const SAMPLE_DATA = ['scripts/org/data/Contact.json', 'scripts/org/data/Lead.json'] as const;
/** Sample Contacts use the addresses `npm run mailchimp:seed` creates, so the sync has matches. */
export const SAMPLE_EMAIL_PATTERN = 'mcms-test+%';

const CONNECT = `/services/data/v${API_VERSION}/named-credentials`;
const TARGET = ['--target-org', ORG_ALIAS] as const;

export interface SetupDeps extends Output {
    run: CommandRunner;
    env: NodeJS.ProcessEnv;
    readEnvFile: () => string | undefined;
    tempFiles: TempFiles;
}

/** Manual Setup steps printed when the Connect API calls do not go through. */
export function manualCredentialSteps(dc: string): string[] {
    return [
        `Setup › Named Credentials › Named Credentials › ${NAMED_CREDENTIAL} › Edit › URL = ${namedCredentialUrl(dc)} › Save.`,
        `Setup › Named Credentials › External Credentials › ${EXTERNAL_CREDENTIAL} › Principals › ${PRINCIPAL} › Edit › Username = salesforce, Password = your API key › Save.`
    ];
}

/**
 * `npm run org:setup`: one command from a Dev Hub to a working scratch org. Checks every prerequisite
 * before creating anything; a failed step stops the run with the command that failed.
 */
export async function runSetup(deps: SetupDeps): Promise<number> {
    try {
        const key = await checkPrerequisites(deps);
        await step(deps, 'Create the scratch org', 'sf', [
            'org',
            'create',
            'scratch',
            '-f',
            'config/project-scratch-def.json',
            '-a',
            ORG_ALIAS,
            '-d',
            '-y',
            '7',
            '--wait',
            '15'
        ]);
        await step(deps, 'Build the components', 'npm', ['run', 'build']);
        await step(deps, 'Deploy the source', 'sf', ['project', 'deploy', 'start', ...TARGET]);
        await step(deps, 'Assign the permission sets', 'sf', [
            'org',
            'assign',
            'permset',
            ...PERMISSION_SETS.flatMap((name) => ['--name', name]),
            ...TARGET
        ]);

        const manual: string[] = [];
        if (!(await setNamedCredentialUrl(deps, key.dc))) manual.push(manualCredentialSteps(key.dc)[0] as string);
        if (!(await setPrincipalCredential(deps, key))) manual.push(manualCredentialSteps(key.dc)[1] as string);

        await step(deps, 'Import sample Contacts and Leads', 'sf', [
            'data',
            'import',
            'tree',
            '--files',
            SAMPLE_DATA.join(','),
            ...TARGET
        ]);
        if (!(await scheduleSync(deps))) {
            manual.push(
                'Schedule the sync: Developer Console › Debug › Open Execute Anonymous › MailchimpSyncScheduler.schedule(); › Execute.'
            );
        }
        await openContact(deps);

        deps.out('');
        deps.out(
            `Scratch org "${ORG_ALIAS}" is ready. Seed Mailchimp with: npm run mailchimp:seed -- --count 10 --unsubscribe 3`
        );
        if (manual.length > 0) {
            deps.err('Finish these by hand in the org (the automatic step failed, see above):');
            for (const line of manual) deps.err(`  - ${line}`);
            return ExitCode.MANUAL_STEPS_LEFT;
        }
        return ExitCode.OK;
    } catch (error) {
        if (!(error instanceof ScriptError)) throw error;
        deps.err(error.message);
        return error.exitCode;
    } finally {
        deps.tempFiles.cleanup();
    }
}

async function checkPrerequisites(deps: SetupDeps): Promise<ParsedApiKey> {
    const version = await deps.run('sf', ['--version'], { capture: true });
    if (version.code !== 0) {
        throw new ScriptError(
            ExitCode.SF_MISSING,
            'The Salesforce CLI (sf) is not on PATH. Fix: install it (npm install --global @salesforce/cli, or https://developer.salesforce.com/tools/salesforcecli) and open a new terminal.'
        );
    }
    deps.out(`Using ${version.stdout.trim().split('\n')[0] ?? 'sf'}`);

    const hub = await deps.run('sf', ['config', 'get', 'target-dev-hub', '--json'], { capture: true });
    const devHub = hub.code === 0 ? devHubFromConfigGet(hub.stdout) : undefined;
    if (devHub === undefined) {
        throw new ScriptError(
            ExitCode.NO_DEV_HUB,
            'No default Dev Hub is set. Fix: sf org login web --set-default-dev-hub --alias devhub (log in to your Dev Hub org), then rerun.'
        );
    }
    deps.out(`Dev Hub: ${devHub}`);

    const key = parseApiKey(findApiKey(deps.env, deps.readEnvFile).value);
    deps.out(`Mailchimp data center: ${key.dc}`);
    return key;
}

async function step(deps: SetupDeps, title: string, command: string, args: readonly string[]): Promise<void> {
    deps.out(`\n▶ ${title}: ${formatCommand(command, args)}`);
    const result = await deps.run(command, args);
    if (result.code !== 0) {
        throw new ScriptError(
            ExitCode.STEP_FAILED,
            `Step "${title}" failed (exit ${result.code}): ${formatCommand(command, args)}. Fix the error above and rerun; to start over delete the org with sf org delete scratch -o ${ORG_ALIAS} -p.`
        );
    }
}

/** Removes the key from anything echoed back, in case Salesforce repeats it. */
function redact(text: string, secret: string): string {
    return secret === '' ? text : text.split(secret).join('****');
}

interface NamedCredentialOutput {
    developerName?: string;
    masterLabel?: string;
    type?: string;
    externalCredentials?: Array<{ developerName?: string }>;
    calloutOptions?: Record<string, boolean>;
}

/**
 * PUT /named-credentials/named-credential-setup/{name} needs the whole definition, so read it first and
 * change only calloutUrl. Shape from the Connect REST "Named Credential Input" docs (API 58+);
 * UNCONFIRMED against an org.
 */
export function namedCredentialUpdateBody(
    current: NamedCredentialOutput | undefined,
    dc: string
): Record<string, unknown> {
    return {
        developerName: current?.developerName ?? NAMED_CREDENTIAL,
        masterLabel: current?.masterLabel ?? NAMED_CREDENTIAL,
        type: current?.type ?? 'SecuredEndpoint',
        calloutUrl: namedCredentialUrl(dc),
        externalCredentials: (current?.externalCredentials ?? [{ developerName: EXTERNAL_CREDENTIAL }]).map((e) => ({
            developerName: e.developerName ?? EXTERNAL_CREDENTIAL
        })),
        calloutOptions: current?.calloutOptions ?? {
            allowMergeFieldsInBody: false,
            allowMergeFieldsInHeader: false,
            generateAuthorizationHeader: true
        }
    };
}

/** `sf api request rest` with a JSON body read from a (mode 600) file, so no secret is on a command line. */
function sendJson(deps: SetupDeps, method: string, path: string, bodyFile: string) {
    return deps.run(
        'sf',
        [
            'api',
            'request',
            'rest',
            path,
            '--method',
            method,
            '--header',
            'Content-Type: application/json',
            '--body',
            `@${bodyFile}`,
            ...TARGET
        ],
        { capture: true }
    );
}

async function setNamedCredentialUrl(deps: SetupDeps, dc: string): Promise<boolean> {
    const path = `${CONNECT}/named-credential-setup/${NAMED_CREDENTIAL}`;
    deps.out(`\n▶ Point Named Credential ${NAMED_CREDENTIAL} at ${namedCredentialUrl(dc)}`);
    const current = await deps.run('sf', ['api', 'request', 'rest', path, ...TARGET], { capture: true });
    const parsed = current.code === 0 ? (parseSfJson(current.stdout) as NamedCredentialOutput | undefined) : undefined;
    const body = deps.tempFiles.write('named-credential.json', JSON.stringify(namedCredentialUpdateBody(parsed, dc)));
    const result = await sendJson(deps, 'PUT', path, body);
    if (result.code === 0) return true;
    deps.err(`Could not update the Named Credential URL: ${(result.stdout + result.stderr).trim().slice(0, 500)}`);
    return false;
}

/**
 * Body for POST/PUT /named-credentials/credential (Connect REST "Credential Input", API 56+).
 * Mailchimp accepts any user name with the key as password. The credential names `Username` and
 * `Password` for the Basic protocol are UNCONFIRMED (Salesforce documents allowlists only for AwsSv4
 * and Custom); if the org rejects them, the run ends with the manual Setup steps.
 */
export function credentialBody(apiKey: string): Record<string, unknown> {
    return {
        externalCredential: EXTERNAL_CREDENTIAL,
        principalName: PRINCIPAL,
        principalType: 'NamedPrincipal',
        authenticationProtocol: 'Basic',
        credentials: {
            Username: { value: 'salesforce', encrypted: false },
            Password: { value: apiKey, encrypted: true }
        }
    };
}

async function setPrincipalCredential(deps: SetupDeps, key: ParsedApiKey): Promise<boolean> {
    deps.out(`\n▶ Store the API key on External Credential ${EXTERNAL_CREDENTIAL}, principal ${PRINCIPAL}`);
    const body = deps.tempFiles.write('credential.json', JSON.stringify(credentialBody(key.key)));
    let last = '';
    // POST creates the principal's credential; PUT replaces one that an earlier run already stored.
    for (const method of ['POST', 'PUT']) {
        const result = await sendJson(deps, method, `${CONNECT}/credential`, body);
        if (result.code === 0) return true;
        last = redact((result.stdout + result.stderr).trim(), key.key).slice(0, 500);
    }
    deps.err(`Could not store the API key through the Connect API: ${last}`);
    return false;
}

async function scheduleSync(deps: SetupDeps): Promise<boolean> {
    const file = deps.tempFiles.write('schedule.apex', 'MailchimpSyncScheduler.schedule();\n');
    deps.out('\n▶ Schedule the sync (every 15 minutes)');
    const result = await deps.run('sf', ['apex', 'run', '--file', file, ...TARGET]);
    return result.code === 0;
}

async function openContact(deps: SetupDeps): Promise<void> {
    const query = await deps.run(
        'sf',
        [
            'data',
            'query',
            '--query',
            `SELECT Id FROM Contact WHERE Email LIKE '${SAMPLE_EMAIL_PATTERN}' ORDER BY Email LIMIT 1`,
            '--json',
            ...TARGET
        ],
        { capture: true }
    );
    const records = (parseSfJson(query.stdout) as { result?: { records?: Array<{ Id?: string }> } } | undefined)?.result
        ?.records;
    const id = records?.[0]?.Id;
    const page = id !== undefined ? `/lightning/r/Contact/${id}/view` : '/lightning/o/Contact/list';
    deps.out(`\n▶ Open ${page}`);
    await deps.run('sf', ['org', 'open', '--path', page, ...TARGET]);
}
