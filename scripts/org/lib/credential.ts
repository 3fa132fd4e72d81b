/**
 * Connects an org to Mailchimp through the Connect REST API: the Named Credential's URL for the key's
 * data center, and the API key on the External Credential's named principal. Used by org:setup and by
 * deploy when MAILCHIMP_API_KEY is set. Request bodies go through a mode-600 temporary file, so the
 * key never appears on a command line.
 */
import { namedCredentialUrl, type ParsedApiKey } from '../../mailchimp/lib/api-key';
import type { TempFiles } from './secret-files';
import { targetArgs, type OrgDeps } from './sf';
import { parseSfJson } from './sf-json';

export const API_VERSION = '66.0';
export const NAMED_CREDENTIAL = 'Mailchimp';
export const EXTERNAL_CREDENTIAL = 'Mailchimp';
export const PRINCIPAL = 'MailchimpPrincipal';

const CONNECT = `/services/data/v${API_VERSION}/named-credentials`;

export interface CredentialDeps extends OrgDeps {
    tempFiles: TempFiles;
}

/** Setup clicks printed when the Connect API calls do not go through. */
export function manualCredentialSteps(dc: string): { url: string; key: string } {
    return {
        url: `Setup › Named Credentials › Named Credentials › ${NAMED_CREDENTIAL} › Edit › URL = ${namedCredentialUrl(dc)} › Save.`,
        key: `Setup › Named Credentials › External Credentials › ${EXTERNAL_CREDENTIAL} › Principals › ${PRINCIPAL} › Edit › Username = salesforce, Password = your API key › Save.`
    };
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

/**
 * The two spellings of the Basic principal's credential names, in the order they are tried.
 * Salesforce's Connect REST "Credential Input" reference lists allowed names only for AwsSv4 and Custom.
 * The only published Basic example, "Populating Credentials with the Connect API" by the Named
 * Credentials product manager (gist.github.com/rossbelmont/b797c1871dd1187657db81cf1431b755, section
 * "Basic Authentication"), uses lower-case `username` / `password`: that shape goes first. The Setup
 * page labels the fields "Username" / "Password": that spelling is the fallback.
 */
export const BASIC_CREDENTIAL_SPELLINGS = [
    { username: 'username', password: 'password', source: 'the published Connect API example' },
    { username: 'Username', password: 'Password', source: 'the Setup page labels' }
] as const;

export type BasicSpelling = (typeof BASIC_CREDENTIAL_SPELLINGS)[number];

/** User name sent with the key; Mailchimp ignores it. */
export const BASIC_USERNAME = 'salesforce';

/** Body for POST/PUT /named-credentials/credential (Connect REST "Credential Input", API 56+). */
export function credentialBody(apiKey: string, spelling: BasicSpelling): Record<string, unknown> {
    return {
        externalCredential: EXTERNAL_CREDENTIAL,
        principalName: PRINCIPAL,
        principalType: 'NamedPrincipal',
        authenticationProtocol: 'Basic',
        credentials: {
            [spelling.username]: { value: BASIC_USERNAME, encrypted: false },
            [spelling.password]: { value: apiKey, encrypted: true }
        }
    };
}

interface CredentialOutput {
    authenticationStatus?: string;
    credentials?: Record<string, { value?: string; encrypted?: boolean } | undefined>;
}

/**
 * Whether a credential read back (Connect REST "Credential" output) holds the key under this spelling:
 * both names present, the user name as sent, the password stored encrypted, and the principal not
 * reported as unconfigured.
 */
export function storedWith(output: CredentialOutput | undefined, spelling: BasicSpelling): boolean {
    const credentials = output?.credentials ?? {};
    const user = credentials[spelling.username];
    const password = credentials[spelling.password];
    return (
        user?.value === BASIC_USERNAME &&
        password !== undefined &&
        password.encrypted !== false &&
        output?.authenticationStatus !== 'NotConfigured'
    );
}

/** Removes the key from anything echoed back, in case Salesforce repeats it. */
function redact(text: string, secret: string): string {
    return secret === '' ? text : text.split(secret).join('****');
}

/** `sf api request rest` with a JSON body read from a (mode 600) file, so no secret is on a command line. */
function sendJson(deps: CredentialDeps, targetOrg: string | undefined, method: string, path: string, file: string) {
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
            `@${file}`,
            ...targetArgs(targetOrg)
        ],
        { capture: true }
    );
}

/** Points the Named Credential at the key's data center. @returns false when the org refused. */
export async function setNamedCredentialUrl(
    deps: CredentialDeps,
    targetOrg: string | undefined,
    dc: string
): Promise<boolean> {
    const path = `${CONNECT}/named-credential-setup/${NAMED_CREDENTIAL}`;
    deps.out(`\n▶ Point Named Credential ${NAMED_CREDENTIAL} at ${namedCredentialUrl(dc)}`);
    const current = await deps.run('sf', ['api', 'request', 'rest', path, ...targetArgs(targetOrg)], {
        capture: true
    });
    const parsed = current.code === 0 ? (parseSfJson(current.stdout) as NamedCredentialOutput | undefined) : undefined;
    const body = deps.tempFiles.write('named-credential.json', JSON.stringify(namedCredentialUpdateBody(parsed, dc)));
    const result = await sendJson(deps, targetOrg, 'PUT', path, body);
    if (result.code === 0) return true;
    deps.err(`Could not update the Named Credential URL: ${(result.stdout + result.stderr).trim().slice(0, 500)}`);
    return false;
}

/**
 * Stores the key on the principal. For each spelling: POST (create), else PUT (replace what an earlier
 * run stored), then read the credential back. The first spelling the org both accepts and returns wins;
 * otherwise the other spelling is tried, with a message saying why.
 * @returns false when neither spelling could be stored and read back (the caller prints the Setup clicks).
 */
export async function setPrincipalCredential(
    deps: CredentialDeps,
    targetOrg: string | undefined,
    key: ParsedApiKey
): Promise<boolean> {
    deps.out(`\n▶ Store the API key on External Credential ${EXTERNAL_CREDENTIAL}, principal ${PRINCIPAL}`);
    const query = `externalCredential=${EXTERNAL_CREDENTIAL}&principalName=${PRINCIPAL}&principalType=NamedPrincipal`;
    let problem = '';
    for (const [i, spelling] of BASIC_CREDENTIAL_SPELLINGS.entries()) {
        const names = `"${spelling.username}"/"${spelling.password}" (${spelling.source})`;
        if (i > 0) deps.out(`  ${problem} Trying ${names}.`);
        const body = deps.tempFiles.write(
            `credential-${i + 1}.json`,
            JSON.stringify(credentialBody(key.key, spelling))
        );
        let stored = false;
        let refusal = '';
        // POST creates the principal's credential; PUT replaces one that an earlier run already stored.
        for (const method of ['POST', 'PUT']) {
            const result = await sendJson(deps, targetOrg, method, `${CONNECT}/credential`, body);
            if (result.code === 0) {
                stored = true;
                break;
            }
            refusal = redact((result.stdout + result.stderr).trim(), key.key).slice(0, 500);
        }
        if (!stored) {
            problem = `The org refused the credential names ${names}: ${refusal}.`;
            continue;
        }
        const readBack = await deps.run(
            'sf',
            ['api', 'request', 'rest', `${CONNECT}/credential?${query}`, ...targetArgs(targetOrg)],
            { capture: true }
        );
        if (readBack.code !== 0) {
            deps.err(
                `  Stored the key as ${names}, but could not read the credential back to confirm it. Check it with "Test connection" on the Mailchimp Setup page.`
            );
            return true;
        }
        if (storedWith(parseSfJson(readBack.stdout) as CredentialOutput | undefined, spelling)) {
            deps.out(`  Stored and read back as ${names}.`);
            return true;
        }
        problem = `The org accepted ${names}, but reading the credential back does not show them.`;
    }
    deps.err(`Could not store the API key through the Connect API. ${problem}`);
    return false;
}
