/** @jest-environment node */
import {
    BASIC_CREDENTIAL_SPELLINGS,
    credentialBody,
    namedCredentialUpdateBody,
    setPrincipalCredential,
    storedWith
} from '../lib/credential';
import type { TempFiles } from '../lib/secret-files';
import { fakeRunner } from './fake-runner';

const KEY = { key: '0123456789abcdef0123456789abcdef-us21', dc: 'us21' };
const CREDENTIAL = '/services/data/v66.0/named-credentials/credential';
const READ_BACK = `sf api request rest ${CREDENTIAL}?externalCredential=Mailchimp&principalName=MailchimpPrincipal&principalType=NamedPrincipal`;
const [LOWER, UPPER] = BASIC_CREDENTIAL_SPELLINGS;

function readBack(names: [string, string] | undefined, status = 'Configured'): string {
    return JSON.stringify({
        authenticationProtocol: 'Basic',
        authenticationStatus: status,
        credentials:
            names === undefined
                ? {}
                : { [names[0]]: { encrypted: false, value: 'salesforce' }, [names[1]]: { encrypted: true } },
        externalCredential: 'Mailchimp',
        principalName: 'MailchimpPrincipal',
        principalType: 'NamedPrincipal'
    });
}

function run(answers: Parameters<typeof fakeRunner>[0]) {
    const runner = fakeRunner(answers);
    const files = new Map<string, string>();
    const tempFiles: TempFiles = {
        write: (name, content) => {
            files.set(`/tmp/t/${name}`, content);
            return `/tmp/t/${name}`;
        },
        cleanup: () => undefined
    };
    const stdout: string[] = [];
    const stderr: string[] = [];
    const result = setPrincipalCredential(
        { out: (l) => stdout.push(l), err: (l) => stderr.push(l), run: runner.run, tempFiles },
        'dev',
        KEY
    );
    const method = (args: readonly string[]) =>
        args.includes('--method') ? args[args.indexOf('--method') + 1] : 'GET';
    const requests = () =>
        runner.calls.map((c) => `${method(c.args)} ${c.args.includes('--body') ? c.args[9] : c.args[3]}`);
    return { result, runner, files, stdout, stderr, requests };
}

describe('storing the API key on the Basic principal', () => {
    it('tries the published lower-case names first and stops when the credential reads back with them', async () => {
        const { result, files, stdout, requests } = run([[READ_BACK, { stdout: readBack(['username', 'password']) }]]);

        await expect(result).resolves.toBe(true);

        expect(requests()).toEqual([
            'POST @/tmp/t/credential-1.json',
            `GET ${CREDENTIAL}?externalCredential=Mailchimp&principalName=MailchimpPrincipal&principalType=NamedPrincipal`
        ]);
        expect(JSON.parse(files.get('/tmp/t/credential-1.json') ?? '{}').credentials).toEqual({
            username: { value: 'salesforce', encrypted: false },
            password: { value: KEY.key, encrypted: true }
        });
        expect(stdout).toContain(
            '  Stored and read back as "username"/"password" (the published Connect API example).'
        );
    });

    it('falls back to Username/Password, saying why, when the org refuses the lower-case names', async () => {
        const { result, files, stdout, requests } = run([
            [
                `sf api request rest ${CREDENTIAL} --method POST --header Content-Type: application/json --body @/tmp/t/credential-1.json`,
                { code: 1, stdout: '[{"errorCode":"INVALID_INPUT","message":"Invalid credential key: username"}]' }
            ],
            [
                `sf api request rest ${CREDENTIAL} --method PUT --header Content-Type: application/json --body @/tmp/t/credential-1.json`,
                { code: 1, stdout: '[{"errorCode":"INVALID_INPUT","message":"Invalid credential key: username"}]' }
            ],
            [READ_BACK, { stdout: readBack(['Username', 'Password']) }]
        ]);

        await expect(result).resolves.toBe(true);

        expect(requests()).toEqual([
            'POST @/tmp/t/credential-1.json',
            'PUT @/tmp/t/credential-1.json',
            'POST @/tmp/t/credential-2.json',
            `GET ${CREDENTIAL}?externalCredential=Mailchimp&principalName=MailchimpPrincipal&principalType=NamedPrincipal`
        ]);
        expect(Object.keys(JSON.parse(files.get('/tmp/t/credential-2.json') ?? '{}').credentials)).toEqual([
            'Username',
            'Password'
        ]);
        expect(stdout).toContain(
            '  The org refused the credential names "username"/"password" (the published Connect API example): [{"errorCode":"INVALID_INPUT","message":"Invalid credential key: username"}]. Trying "Username"/"Password" (the Setup page labels).'
        );
    });

    it('falls back when the org accepts the lower-case names but does not return them', async () => {
        const answers: Parameters<typeof fakeRunner>[0] = [];
        let reads = 0;
        const { result, stdout, runner } = run(answers);
        // First read-back shows nothing stored; the second shows the Setup-label spelling.
        answers.push([
            READ_BACK,
            {
                get stdout() {
                    reads++;
                    return reads === 1 ? readBack(undefined, 'NotConfigured') : readBack(['Username', 'Password']);
                }
            }
        ]);
        await expect(result).resolves.toBe(true);
        expect(runner.calls.map((c) => (c.args.includes('--method') ? c.args[5] : 'GET'))).toEqual([
            'POST',
            'GET',
            'POST',
            'GET'
        ]);
        expect(stdout.join('\n')).toContain(
            'The org accepted "username"/"password" (the published Connect API example), but reading the credential back does not show them. Trying "Username"/"Password"'
        );
    });

    it('gives up with the last reason, never printing the key, when neither spelling is stored', async () => {
        const echo = `[{"message":"Invalid credential for Basic: ${KEY.key}"}]`;
        const { result, stderr } = run([[`sf api request rest ${CREDENTIAL}`, { code: 1, stdout: echo }]]);
        await expect(result).resolves.toBe(false);
        expect(stderr.join('\n')).toContain(
            'Could not store the API key through the Connect API. The org refused the credential names "Username"/"Password"'
        );
        expect(stderr.join('\n')).not.toContain(KEY.key);
    });

    it('keeps the stored key but says so when it cannot be read back', async () => {
        const { result, stderr } = run([[READ_BACK, { code: 1, stdout: '' }]]);
        await expect(result).resolves.toBe(true);
        expect(stderr[0]).toContain('could not read the credential back to confirm it');
    });
});

describe('Connect API bodies', () => {
    it('falls back to the packaged definition when the Named Credential could not be read', () => {
        expect(namedCredentialUpdateBody(undefined, 'us5')).toMatchObject({
            developerName: 'Mailchimp',
            type: 'SecuredEndpoint',
            calloutUrl: 'https://us5.api.mailchimp.com/3.0',
            externalCredentials: [{ developerName: 'Mailchimp' }]
        });
    });

    it('encrypts the password and not the user name, in both spellings', () => {
        for (const spelling of [LOWER, UPPER]) {
            const body = credentialBody('k-us1', spelling) as { credentials: Record<string, { encrypted: boolean }> };
            expect(body.credentials[spelling.password]?.encrypted).toBe(true);
            expect(body.credentials[spelling.username]?.encrypted).toBe(false);
        }
    });

    it('counts a credential as stored only with both names, the user name as sent and a configured status', () => {
        expect(storedWith(JSON.parse(readBack(['username', 'password'])), LOWER)).toBe(true);
        expect(storedWith(JSON.parse(readBack(['username', 'password'])), UPPER)).toBe(false);
        expect(storedWith(JSON.parse(readBack(['username', 'password'], 'NotConfigured')), LOWER)).toBe(false);
        expect(storedWith(undefined, LOWER)).toBe(false);
    });
});
