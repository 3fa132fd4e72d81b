/**
 * @jest-environment node
 *
 * npm run e2e:webhook against stand-ins: a stand-in `sf` first on PATH (the org scripts' real spawn runner) and a
 * fake Mailchimp HTTP server that the real Mailchimp SDK calls. The clock is a stand-in too, so latencies are exact.
 */
import { ExitCode } from '../../mailchimp/lib/exit-codes';
import { createSdkClient } from '../../mailchimp/lib/sdk-client';
import { subscriberHash } from '../../mailchimp/lib/subscriber-hash';
import { TEST_AUDIENCE_NAME } from '../../mailchimp/seed-command';
import { standInCli, type Answers, type StandIn } from '../../org/__tests__/stand-in-cli';
import { runWebhookE2e, type E2eDeps } from '../e2e-command';
import type { WebhookE2eClient } from '../lib/mailchimp';
import { startFakeMailchimp, type FakeMailchimpServer, type FakeMember } from './fake-mailchimp-server';

// Every stand-in call starts a Node process: slower than Jest's 5 s default on a shared machine.
jest.setTimeout(60_000);

const KEY = '0123456789abcdef0123456789abcdef-us21';
const LIST_ID = 'test000001';
const T0 = Date.parse('2026-03-02T10:00:00.000Z');
const address = (n: number) => `mcms-test+${n}@example.com`;
const at = (secondsAfterT0: number) => new Date(T0 + secondsAfterT0 * 1000).toISOString().replace('Z', '+0000');
const json = (result: unknown) => JSON.stringify({ status: 0, result });
const records = (...rows: unknown[]) => json({ totalSize: rows.length, done: true, records: rows });

const BASE_ANSWERS: Answers = [
    ['sf --version', { stdout: '@salesforce/cli/2.80.12 linux-x64 node-v22.14.0\n' }],
    ['sf org display', { stdout: json({ username: 'admin@acme.example', accessToken: '00D!not-printed' }) }],
    [
        'sf data query --query SELECT Name, WebhookId__c',
        {
            stdout: records({
                Name: TEST_AUDIENCE_NAME,
                WebhookId__c: '4d2a7c1b9e',
                WebhookLastDeliveryAt__c: '2026-03-01T08:00:00.000+0000'
            })
        }
    ],
    [
        'sf data query --query SELECT Email FROM Contact',
        { stdout: records(...[1, 2, 3, 4, 5].map((n) => ({ Email: address(n) }))) }
    ],
    // Member 1's membership is unsubscribed already (an earlier run): it must not be picked.
    [
        'sf data query --query SELECT SubscriberHash__c FROM MailchimpMembership__c',
        { stdout: records({ SubscriberHash__c: subscriberHash(address(1)) }) }
    ]
];

function flips(rows: Array<[n: number, secondsAfterT0: number]>): Answers[number] {
    return [
        'sf data query --query SELECT SubscriberHash__c, LastModifiedDate',
        {
            stdout: records(
                ...rows.map(([n, s]) => ({ SubscriberHash__c: subscriberHash(address(n)), LastModifiedDate: at(s) }))
            )
        }
    ];
}

function seededMembers(): Map<string, FakeMember[]> {
    const members: FakeMember[] = [1, 2, 3, 4, 5, 6].map((n) => ({ email_address: address(n), status: 'subscribed' }));
    members.push({ email_address: address(7), status: 'unsubscribed' });
    members.push({ email_address: 'ada@example.org', status: 'subscribed' });
    return new Map([[LIST_ID, members]]);
}

let server: FakeMailchimpServer;
let cli: StandIn | undefined;

beforeEach(async () => {
    server = await startFakeMailchimp([{ id: LIST_ID, name: TEST_AUDIENCE_NAME }], seededMembers());
});

afterEach(async () => {
    cli?.cleanup();
    cli = undefined;
    await server.close();
});

/** Runs the command with the stand-ins; the clock moves 1 s per reading and by every sleep. */
async function run(argv: string[], answers: Answers) {
    cli = standInCli(answers, ['sf']);
    let clock = T0;
    const stdout: string[] = [];
    const stderr: string[] = [];
    const sleeps: number[] = [];
    const deps: E2eDeps = {
        out: (line) => stdout.push(line),
        err: (line) => stderr.push(line),
        run: cli.run,
        env: { MAILCHIMP_API_KEY: KEY },
        readEnvFile: () => undefined,
        createClient: (config) => {
            const sdk = createSdkClient(config) as unknown as WebhookE2eClient & { basePath: string };
            sdk.basePath = server.baseUrl;
            return sdk;
        },
        now: () => {
            const reading = clock;
            clock += 1000;
            return reading;
        },
        sleep: async (ms) => {
            sleeps.push(ms);
            clock += ms;
        }
    };
    const code = await runWebhookE2e(argv, deps);
    return { code, stdout, stderr, sleeps, calls: cli.calls() };
}

describe('e2e:webhook', () => {
    it('unsubscribes N seeded members through the API and prints each latency, the median and the max', async () => {
        const { code, stdout, stderr, calls } = await run(
            ['--count', '3'],
            [
                ...BASE_ANSWERS,
                flips([
                    [2, 4],
                    [3, 7],
                    [4, 11]
                ])
            ]
        );

        expect(stderr).toEqual([]);
        expect(code).toBe(ExitCode.OK);
        const patches = server.requests.filter((r) => r.method === 'PATCH');
        expect(patches.map((r) => r.path)).toEqual(
            [2, 3, 4].map((n) => `/3.0/lists/${LIST_ID}/members/${subscriberHash(address(n))}`)
        );
        expect(patches.every((r) => JSON.stringify(r.body) === '{"status":"unsubscribed"}')).toBe(true);
        expect(patches[0].authorization).toBe(`Basic ${Buffer.from(`user:${KEY}`).toString('base64')}`);
        const listing = server.requests.find((r) => r.path === `/3.0/lists/${LIST_ID}/members`);
        expect(listing?.query).toMatchObject({ status: 'subscribed', count: '1000', offset: '0' });
        expect(
            server.members
                .get(LIST_ID)
                ?.filter((m) => m.status === 'unsubscribed')
                .map((m) => m.email_address)
        ).toEqual([address(2), address(3), address(4), address(7)]);

        expect(stdout).toContain(
            `Unsubscribing 3 member(s) through the Mailchimp API: ${[2, 3, 4].map(address).join(', ')}`
        );
        // Sent at T0, T0+1 s and T0+2 s by the stand-in clock; flipped at +4, +7 and +11 s.
        expect(stdout).toContain(`  ${address(2)}  unsubscribed in Salesforce after 4.0 s`);
        expect(stdout).toContain(`  ${address(3)}  unsubscribed in Salesforce after 6.0 s`);
        expect(stdout).toContain(`  ${address(4)}  unsubscribed in Salesforce after 9.0 s`);
        expect(stdout).toContain('Latency over 3 member(s): median 6.0 s, max 9.0 s (target: median ≤ 10.0 s, met).');
        expect(stdout.join('\n')).not.toContain('00D!not-printed');

        const poll = calls.find((c) => c.join(' ').includes('SubscriberHash__c, LastModifiedDate'));
        expect(poll).toEqual([
            'sf',
            'data',
            'query',
            '--query',
            `SELECT SubscriberHash__c, LastModifiedDate FROM MailchimpMembership__c WHERE Audience__r.ListId__c = '${LIST_ID}' AND Status__c = 'unsubscribed' AND SubscriberHash__c IN (${[2, 3, 4].map((n) => `'${subscriberHash(address(n))}'`).join(', ')})`,
            '--json'
        ]);
    });

    it('polls until the timeout and fails with the fix when some memberships never flip', async () => {
        const { code, stdout, stderr, sleeps } = await run(
            ['--count', '2', '--timeout', '5', '--target-org', 'acme'],
            [...BASE_ANSWERS, flips([[2, 3]])]
        );

        expect(code).toBe(ExitCode.STEP_FAILED);
        expect(sleeps.length).toBeGreaterThan(0);
        expect(sleeps.every((ms) => ms === 1000)).toBe(true);
        expect(stdout).toContain(`  ${address(3)}  not unsubscribed in Salesforce after 5 s`);
        expect(stdout).toContain('Latency over 1 member(s): median 3.0 s, max 3.0 s (target: median ≤ 10.0 s, met).');
        expect(stderr[0]).toMatch(/^1 of 2 membership\(s\) did not flip within 5 s\. Fix: check the audience/);
    });

    it('stops before unsubscribing anyone when the audience has no webhook in Salesforce', async () => {
        const answers: Answers = [
            [
                'sf data query --query SELECT Name, WebhookId__c',
                { stdout: records({ Name: TEST_AUDIENCE_NAME, WebhookId__c: null }) }
            ],
            ...BASE_ANSWERS
        ];

        const { code, stderr } = await run([], answers);

        expect(code).toBe(ExitCode.STEP_FAILED);
        expect(stderr[0]).toContain('has no webhook registered in Salesforce. Fix: Mailchimp Setup › Webhooks');
        expect(server.requests.some((r) => r.method === 'PATCH')).toBe(false);
    });

    it('refuses when fewer seeded members can be measured than asked, and touches nobody', async () => {
        const { code, stderr } = await run(['--count', '5'], [...BASE_ANSWERS, flips([])]);

        expect(code).toBe(ExitCode.USAGE);
        expect(stderr[0]).toMatch(/^Only 4 subscribed test member\(s\) of mcms-test\+<n>@example\.com have a Contact/);
        expect(server.requests.some((r) => r.method === 'PATCH')).toBe(false);
    });

    it('refuses an audience that is not the test audience without --force', async () => {
        await server.close();
        server = await startFakeMailchimp([{ id: 'real000001', name: 'Customers' }], seededMembers());

        const { code, stderr } = await run(['--audience', 'real000001'], BASE_ANSWERS);

        expect(code).toBe(ExitCode.REFUSED);
        expect(stderr[0]).toContain('Refusing to unsubscribe members of "Customers" (real000001)');
    });

    it('explains a missing key before calling anything', async () => {
        cli = standInCli([], ['sf']);
        const stderr: string[] = [];
        const code = await runWebhookE2e([], {
            out: () => undefined,
            err: (line) => stderr.push(line),
            run: cli.run,
            env: {},
            readEnvFile: () => undefined,
            createClient: () => {
                throw new Error('no client without a key');
            },
            now: () => T0,
            sleep: async () => undefined
        });

        expect(code).toBe(ExitCode.MISSING_KEY);
        expect(stderr[0]).toMatch(/^MAILCHIMP_API_KEY is not set/);
        expect(cli.calls()).toEqual([]);
    });
});
