/** @jest-environment node */
import { runCheck, type CheckDeps } from '../check-command';
import { ExitCode } from '../lib/exit-codes';
import {
    API_KEY_INVALID,
    audience,
    captureOutput,
    fakeMailchimp,
    httpError,
    networkError,
    VALID_KEY,
    WRONG_DATACENTER
} from './fake-mailchimp';

function setup(options: { env?: NodeJS.ProcessEnv; envFile?: string; failWith?: unknown; audiences?: number } = {}) {
    const fake = fakeMailchimp({
        audiences: Array.from({ length: options.audiences ?? 2 }, (_, i) =>
            audience(`list${String(i).padStart(4, '0')}`, i === 0 ? 'Newsletter' : `Audience ${i}`, 100 + i, i)
        ),
        ...(options.failWith !== undefined ? { failWith: options.failWith } : {})
    });
    const output = captureOutput();
    const deps: CheckDeps = {
        ...output,
        env: options.env ?? { MAILCHIMP_API_KEY: VALID_KEY },
        readEnvFile: () => options.envFile,
        createClient: fake.factory
    };
    return { fake, output, deps };
}

describe('mailchimp:check', () => {
    it('prints its usage and exits 0 for --help, and refuses other arguments with exit 8', async () => {
        const { fake, output, deps } = setup();
        await expect(runCheck(deps, ['--help'])).resolves.toBe(ExitCode.OK);
        expect(output.stdout[0]).toMatch(/^Usage: npm run mailchimp:check\n/);
        await expect(runCheck(deps, ['--verbose'])).resolves.toBe(ExitCode.USAGE);
        expect(output.stderr[0]).toMatch(/^Unknown option --verbose\. Usage: npm run mailchimp:check/);
        expect(fake.recorded.configs).toEqual([]);
    });

    it('pings, then prints the account, every audience and the Named Credential URL', async () => {
        const { fake, output, deps } = setup();

        await expect(runCheck(deps)).resolves.toBe(ExitCode.OK);

        expect(fake.recorded.configs).toEqual([{ apiKey: VALID_KEY, server: 'us21' }]);
        expect(fake.recorded.calls).toEqual(['ping.get', 'root.getRoot', 'lists.getAllLists(1000,0)']);
        const text = output.stdout.join('\n');
        expect(text).toContain('Account: Acme Test Co <owner@acme.test>');
        expect(text).toMatch(/AUDIENCE ID\s+MEMBERS\s+UNSUBSCRIBED\s+NAME/);
        expect(text).toMatch(/list0000\s+100\s+0\s+Newsletter/);
        expect(text).toMatch(/list0001\s+101\s+1\s+Audience 1/);
        expect(text).toContain('Named Credential URL: https://us21.api.mailchimp.com/3.0');
        expect(text).toContain(
            'Setup › Quick Find "Named Credentials" › Named Credentials tab › Mailchimp › Edit › URL'
        );
        expect(output.stderr).toEqual([]);
    });

    it('never prints the API key, only its last four characters', async () => {
        const { output, deps } = setup();
        await runCheck(deps);
        const all = [...output.stdout, ...output.stderr].join('\n');
        expect(all).not.toContain(VALID_KEY.slice(0, 32));
        expect(all).toContain('****us21');
    });

    it('pages through more than 1000 audiences', async () => {
        const { fake, output, deps } = setup({ audiences: 1001 });
        await expect(runCheck(deps)).resolves.toBe(ExitCode.OK);
        expect(fake.recorded.calls).toContain('lists.getAllLists(1000,1000)');
        expect(output.stdout.join('\n')).toContain('Audiences (1001):');
    });

    it('says how to create an audience when there is none', async () => {
        const { output, deps } = setup({ audiences: 0 });
        await expect(runCheck(deps)).resolves.toBe(ExitCode.OK);
        expect(output.stdout.join('\n')).toContain('Audiences: none yet');
    });

    it('reads the key from .env when the environment has none', async () => {
        const { fake, output, deps } = setup({ env: {}, envFile: `# local\nMAILCHIMP_API_KEY="${VALID_KEY}"\n` });
        await expect(runCheck(deps)).resolves.toBe(ExitCode.OK);
        expect(fake.recorded.configs[0]?.server).toBe('us21');
        expect(output.stdout[0]).toContain('from .env');
    });

    it('exits 2 with one line naming the fix when the key is missing', async () => {
        const { fake, output, deps } = setup({ env: {} });
        await expect(runCheck(deps)).resolves.toBe(ExitCode.MISSING_KEY);
        expect(output.stderr).toHaveLength(1);
        expect(output.stderr[0]).toMatch(/^MAILCHIMP_API_KEY is not set\. Fix:/);
        expect(fake.recorded.calls).toEqual([]);
    });

    it('exits 3 when the key is malformed, without calling Mailchimp', async () => {
        const { fake, output, deps } = setup({ env: { MAILCHIMP_API_KEY: '0123456789abcdef0123456789abcdef' } });
        await expect(runCheck(deps)).resolves.toBe(ExitCode.MALFORMED_KEY);
        expect(output.stderr[0]).toMatch(/^MAILCHIMP_API_KEY is malformed/);
        expect(fake.recorded.calls).toEqual([]);
    });

    it.each([
        ['a rejected key (401)', httpError(401, API_KEY_INVALID), ExitCode.REJECTED_KEY, /rejected the API key/],
        [
            'the wrong data center (403)',
            httpError(403, WRONG_DATACENTER),
            ExitCode.WRONG_DATA_CENTER,
            /wrong data center/
        ],
        ['an unknown host', networkError('ENOTFOUND'), ExitCode.NETWORK, /could not resolve us21\.api\.mailchimp\.com/],
        ['a refused connection', networkError('ECONNREFUSED'), ExitCode.NETWORK, /refused the connection/],
        [
            'any other API error',
            httpError(500, { title: 'Internal Server Error', status: 500, detail: 'x' }),
            ExitCode.API_ERROR,
            /500/
        ]
    ])('exits with the documented code for %s', async (_label, thrown, code, message) => {
        const { output, deps } = setup({ failWith: thrown });
        await expect(runCheck(deps)).resolves.toBe(code);
        expect(output.stderr).toHaveLength(1);
        expect(output.stderr[0]).toMatch(message);
        expect(output.stderr[0]).toMatch(/Fix:/);
        expect(output.stderr[0]).not.toContain('\n');
        expect(output.stdout).toEqual([]);
    });
});
