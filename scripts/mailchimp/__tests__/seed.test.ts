/** @jest-environment node */
import { ExitCode } from '../lib/exit-codes';
import type { MailchimpMember } from '../lib/client';
import { subscriberHash } from '../lib/subscriber-hash';
import { runSeed, TEST_AUDIENCE_NAME, testAudienceBody, type SeedDeps } from '../seed-command';
import {
    API_KEY_INVALID,
    audience,
    captureOutput,
    fakeMailchimp,
    httpError,
    networkError,
    VALID_KEY
} from './fake-mailchimp';

function setup(
    partial: Parameters<typeof fakeMailchimp>[0] = {},
    env: NodeJS.ProcessEnv = { MAILCHIMP_API_KEY: VALID_KEY }
) {
    const fake = fakeMailchimp(partial);
    const output = captureOutput();
    const deps: SeedDeps = { ...output, env, readEnvFile: () => undefined, createClient: fake.factory };
    return { fake, output, deps };
}

describe('mailchimp:seed', () => {
    it('seeds MAILCHIMP_TEST_DOMAIN addresses and says how to give the org matching sample people', async () => {
        const { fake, output, deps } = setup({}, { MAILCHIMP_API_KEY: VALID_KEY, MAILCHIMP_TEST_DOMAIN: 'acme.io' });

        await expect(runSeed(['--count', '2'], deps)).resolves.toBe(ExitCode.OK);

        expect(fake.recorded.puts.map((p) => p.body.email_address)).toEqual([
            'mcms-test+1@acme.io',
            'mcms-test+2@acme.io'
        ]);
        expect(output.stdout.join('\n')).toContain(
            'Sample Contacts and Leads match these members only in an org set up with the same addresses: npm run org:setup -- --domain acme.io (or put MAILCHIMP_TEST_DOMAIN=acme.io in .env for both scripts).'
        );
    });

    it('prints its usage on stdout and exits 0 for --help, without calling Mailchimp', async () => {
        const { fake, output, deps } = setup();
        await expect(runSeed(['--help'], deps)).resolves.toBe(ExitCode.OK);
        expect(fake.recorded.configs).toEqual([]);
        expect(output.stdout[0]).toMatch(/^Usage: npm run mailchimp:seed -- /);
        expect(output.stderr).toEqual([]);
    });

    it('creates the test audience with the fields Mailchimp requires, then adds and unsubscribes members', async () => {
        const { fake, output, deps } = setup({ audiences: [audience('real000001', 'Customers', 5000)] });

        await expect(runSeed(['--count', '3', '--unsubscribe', '1'], deps)).resolves.toBe(ExitCode.OK);

        expect(fake.recorded.created).toHaveLength(1);
        const body = fake.recorded.created[0];
        expect(body?.name).toBe(TEST_AUDIENCE_NAME);
        expect(body?.contact).toMatchObject({
            company: 'Acme',
            address1: '1 Main St',
            city: 'Springfield',
            zip: '62701',
            country: 'US'
        });
        expect(body?.campaign_defaults).toMatchObject({
            from_name: 'Acme Test Co',
            from_email: 'owner@acme.test',
            language: 'en'
        });
        expect(body?.permission_reminder).not.toBe('');
        expect(body?.email_type_option).toBe(false);

        expect(fake.recorded.puts.map((p) => [p.hash, p.body.status_if_new ?? null, p.body.status ?? null])).toEqual([
            [subscriberHash('mcms-test+1@example.com'), 'subscribed', null],
            [subscriberHash('mcms-test+1@example.com'), null, 'unsubscribed'],
            [subscriberHash('mcms-test+2@example.com'), 'subscribed', null],
            [subscriberHash('mcms-test+3@example.com'), 'subscribed', null]
        ]);
        expect(fake.recorded.puts.every((p) => p.listId === 'newtest001')).toBe(true);
        const text = output.stdout.join('\n');
        expect(text).toContain(`Created audience "${TEST_AUDIENCE_NAME}" (id newtest001)`);
        expect(text).toContain('3 added, 0 already there');
        expect(text).toContain('Unsubscribed 1 now');
    });

    it('is idempotent: a second identical run writes nothing', async () => {
        const { fake, output, deps } = setup();
        await runSeed(['--count', '4', '--unsubscribe', '2'], deps);
        const writes = fake.recorded.puts.length;

        await expect(runSeed(['--count', '4', '--unsubscribe', '2'], deps)).resolves.toBe(ExitCode.OK);

        expect(fake.recorded.puts).toHaveLength(writes);
        expect(fake.recorded.created).toHaveLength(1);
        expect(output.stdout.join('\n')).toContain(`Reused audience "${TEST_AUDIENCE_NAME}"`);
        expect(output.stdout.join('\n')).toContain('0 added, 4 already there');
    });

    it('unsubscribes more members on a later run but never resubscribes anyone', async () => {
        const members: MailchimpMember[] = [
            { email_address: 'mcms-test+1@example.com', status: 'subscribed' },
            { email_address: 'mcms-test+2@example.com', status: 'unsubscribed' }
        ];
        const { fake, output, deps } = setup({
            audiences: [audience('test000001', TEST_AUDIENCE_NAME)],
            members: new Map([['test000001', members]])
        });

        await expect(runSeed(['--count', '2', '--unsubscribe', '1'], deps)).resolves.toBe(ExitCode.OK);

        expect(fake.recorded.puts.map((p) => [p.body.email_address, p.body.status])).toEqual([
            ['mcms-test+1@example.com', 'unsubscribed']
        ]);
        expect(output.stdout.join('\n')).toContain('1 member(s) beyond --unsubscribe 1 stay unsubscribed');
    });

    it('refuses an audience that is not the test audience without --force (exit 7) and writes nothing', async () => {
        const { fake, output, deps } = setup({ audiences: [audience('real000001', 'Customers', 5000)] });

        await expect(runSeed(['--count', '3', '--audience', 'real000001'], deps)).resolves.toBe(ExitCode.REFUSED);

        expect(output.stderr[0]).toMatch(/^Refusing to write test members into "Customers" \(real000001\).*--force/);
        expect(fake.recorded.puts).toEqual([]);
        expect(fake.recorded.created).toEqual([]);
    });

    it('seeds another audience when --force is given', async () => {
        const { fake, deps } = setup({ audiences: [audience('real000001', 'Customers', 5000)] });
        await expect(runSeed(['--count', '1', '--audience', 'real000001', '--force'], deps)).resolves.toBe(ExitCode.OK);
        expect(fake.recorded.puts.map((p) => p.listId)).toEqual(['real000001']);
        expect(fake.recorded.puts[0]?.opts).toEqual({ skipMergeValidation: true });
    });

    it('accepts --audience naming the test audience without --force', async () => {
        const { fake, deps } = setup({ audiences: [audience('test000001', TEST_AUDIENCE_NAME)] });
        await expect(runSeed(['--count', '1', '--audience', 'test000001'], deps)).resolves.toBe(ExitCode.OK);
        expect(fake.recorded.puts.map((p) => p.listId)).toEqual(['test000001']);
    });

    it('exits 8 for an audience id that does not exist', async () => {
        const { output, deps } = setup();
        await expect(runSeed(['--count', '1', '--audience', 'nope000001'], deps)).resolves.toBe(ExitCode.USAGE);
        expect(output.stderr[0]).toMatch(/No audience with id nope000001/);
    });

    it('uses the configured --domain for addresses', async () => {
        const { fake, deps } = setup();
        await runSeed(['--count', '1', '--domain', 'acme.io'], deps);
        expect(fake.recorded.puts[0]?.body.email_address).toBe('mcms-test+1@acme.io');
    });

    it('explains the single-audience limit of free plans when the audience cannot be created', async () => {
        const { output, deps } = setup({
            createListFails: httpError(403, {
                title: 'Forbidden',
                status: 403,
                detail: 'You have reached the maximum number of audiences.'
            })
        });
        await expect(runSeed(['--count', '1'], deps)).resolves.toBe(ExitCode.API_ERROR);
        expect(output.stderr[0]).toMatch(
            /^Could not create the test audience:.*Free Mailchimp plans allow a single audience/
        );
    });

    it.each([
        ['usage errors', ['--count', 'x'], {}, ExitCode.USAGE],
        ['a missing key', ['--count', '1'], { env: {} }, ExitCode.MISSING_KEY],
        ['a malformed key', ['--count', '1'], { env: { MAILCHIMP_API_KEY: 'nope' } }, ExitCode.MALFORMED_KEY],
        ['a rejected key', ['--count', '1'], { failWith: httpError(401, API_KEY_INVALID) }, ExitCode.REJECTED_KEY],
        ['a network failure', ['--count', '1'], { failWith: networkError('ETIMEDOUT') }, ExitCode.NETWORK]
    ])('ends with the shared exit code for %s', async (_label, argv, options, code) => {
        const { env, failWith } = options as { env?: NodeJS.ProcessEnv; failWith?: unknown };
        const { output, deps } = setup(
            failWith !== undefined ? { failWith } : {},
            env ?? { MAILCHIMP_API_KEY: VALID_KEY }
        );
        await expect(runSeed(argv, deps)).resolves.toBe(code);
        expect(output.stderr).toHaveLength(1);
    });
});

describe('testAudienceBody', () => {
    it('falls back to the account name and placeholders when the account has no postal contact', () => {
        const body = testAudienceBody({ account_name: 'Solo', email: 'solo@acme.test' });
        expect(body.contact).toEqual({
            company: 'Solo',
            address1: 'Address not set',
            city: 'Unknown',
            state: '',
            zip: '00000',
            country: 'US'
        });
    });
});
