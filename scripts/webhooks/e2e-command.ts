/**
 * `npm run e2e:webhook`: measures, against a real org and a real Mailchimp account, how long an unsubscribe
 * made in Mailchimp takes to reach the membership record in Salesforce through the webhook.
 *
 * 1. Finds the test audience (or --audience, with --force when it is not the test audience) and checks in
 *    Salesforce that its webhook is registered.
 * 2. Picks N subscribed seeded members (npm run mailchimp:seed) whose address a Contact holds and whose
 *    membership is not unsubscribed yet.
 * 3. Unsubscribes them one after the other through the API (PATCH status unsubscribed), noting when each was sent.
 * 4. Polls Salesforce (`sf data query`, about once a second) until each membership is unsubscribed, or the
 *    timeout passes.
 * 5. Prints each latency (sent → the membership's LastModifiedDate), the median and the max.
 *
 * Exit codes (scripts/mailchimp/lib/exit-codes.ts): 0 when every membership flipped, 12 when some did not within
 * the timeout or a Salesforce step failed, 8 for bad arguments or too few seeded members, and the Mailchimp
 * codes (2-7) for key and API failures.
 */
import { maskKey, parseApiKey } from '../mailchimp/lib/api-key';
import { findApiKey, findSetting } from '../mailchimp/lib/dot-env';
import { classifyMailchimpError } from '../mailchimp/lib/errors';
import { ExitCode, ScriptError } from '../mailchimp/lib/exit-codes';
import { reportScriptError } from '../mailchimp/lib/io';
import { TEST_DOMAIN_SETTING } from '../mailchimp/lib/seed-args';
import { subscriberHash } from '../mailchimp/lib/subscriber-hash';
import { TEST_AUDIENCE_NAME } from '../mailchimp/seed-command';
import { orgIdentity, requireSf, type OrgDeps } from '../org/lib/sf';
import { parseE2eArgs, type E2eOptions } from './lib/e2e-args';
import { latencyOf, median, seconds } from './lib/latency';
import {
    allAudiences,
    subscribedTestMembers,
    testAddressPattern,
    type WebhookE2eClient,
    type WebhookE2eClientFactory
} from './lib/mailchimp';
import { addressesWithContacts, alreadyUnsubscribed, audienceWebhook, flippedMemberships } from './lib/salesforce';

/** The latency the webhook is built for (issue 13). */
export const TARGET_MEDIAN_MS = 10_000;
/** Pause between two polls of Salesforce (each `sf data query` itself takes a second or two). */
export const POLL_INTERVAL_MS = 1000;

export interface E2eDeps extends OrgDeps {
    env: NodeJS.ProcessEnv;
    readEnvFile: () => string | undefined;
    createClient: WebhookE2eClientFactory;
    /** Milliseconds since the epoch (Date.now in production). */
    now: () => number;
    sleep: (ms: number) => Promise<void>;
}

interface Sent {
    email: string;
    hash: string;
    sentAt: number;
}

export async function runWebhookE2e(argv: readonly string[], deps: E2eDeps): Promise<number> {
    let dc = '';
    try {
        const options = parseE2eArgs(argv, {
            env: deps.env,
            defaultDomain: findSetting(TEST_DOMAIN_SETTING, deps.env, deps.readEnvFile)
        });
        const { key, dc: dataCenter } = parseApiKey(findApiKey(deps.env, deps.readEnvFile).value);
        dc = dataCenter;
        deps.out(`Using key ${maskKey(key)} (data center ${dc}).`);
        await requireSf(deps);
        await orgIdentity(deps, options.targetOrg);
        const client = deps.createClient({ apiKey: key, server: dc });

        const listId = await resolveAudience(client, options);
        const webhook = await audienceWebhook(deps, listId, options.targetOrg);
        deps.out(
            `Audience "${webhook.name}" (${listId}): webhook ${webhook.webhookId} registered in Salesforce${webhook.lastDeliveryAt ? `, last delivery ${webhook.lastDeliveryAt}` : ', no delivery yet'}.`
        );
        const emails = await pickMembers(client, deps, listId, options);
        deps.out(`Unsubscribing ${emails.length} member(s) through the Mailchimp API: ${emails.join(', ')}`);
        const sent = await unsubscribe(client, deps, listId, emails);
        return await waitForFlips(deps, listId, sent, options);
    } catch (error) {
        return reportScriptError(deps, error instanceof ScriptError ? error : classifyMailchimpError(error, dc));
    }
}

async function resolveAudience(client: WebhookE2eClient, options: E2eOptions): Promise<string> {
    const audiences = await allAudiences(client);
    const chosen =
        options.audience !== undefined
            ? audiences.find((a) => a.id === options.audience)
            : audiences.find((a) => a.name === TEST_AUDIENCE_NAME);
    if (chosen === undefined) {
        throw new ScriptError(
            ExitCode.USAGE,
            options.audience !== undefined
                ? `No audience with id ${options.audience} in this Mailchimp account. Fix: pick an id from npm run mailchimp:check.`
                : `No audience named "${TEST_AUDIENCE_NAME}". Fix: npm run mailchimp:seed -- --count 20 creates it.`
        );
    }
    if (chosen.name !== TEST_AUDIENCE_NAME && !options.force) {
        throw new ScriptError(
            ExitCode.REFUSED,
            `Refusing to unsubscribe members of "${chosen.name}" (${chosen.id}): it is not the test audience "${TEST_AUDIENCE_NAME}". Fix: omit --audience, or add --force if you really mean it.`
        );
    }
    return chosen.id;
}

/** N subscribed seeded members a Contact holds whose membership is not unsubscribed yet. */
async function pickMembers(
    client: WebhookE2eClient,
    deps: OrgDeps,
    listId: string,
    options: E2eOptions
): Promise<string[]> {
    const candidates = await subscribedTestMembers(
        client,
        listId,
        testAddressPattern(options.localPart, options.domain),
        options.count * 4
    );
    const withContacts = await addressesWithContacts(deps, candidates, options.targetOrg);
    const known = candidates.filter((email) => withContacts.has(email.toLowerCase()));
    const stale = await alreadyUnsubscribed(deps, listId, known.map(subscriberHash), options.targetOrg);
    const picked = known.filter((email) => !stale.has(subscriberHash(email))).slice(0, options.count);
    if (picked.length < options.count) {
        throw new ScriptError(
            ExitCode.USAGE,
            `Only ${picked.length} subscribed test member(s) of ${options.localPart}+<n>@${options.domain} have a Contact in Salesforce and a membership not yet unsubscribed; ${options.count} asked. Fix: npm run mailchimp:seed -- --count <more> and import matching Contacts (npm run org:setup), or pass a smaller --count.`
        );
    }
    return picked;
}

async function unsubscribe(client: WebhookE2eClient, deps: E2eDeps, listId: string, emails: string[]): Promise<Sent[]> {
    const sent: Sent[] = [];
    for (const email of emails) {
        const hash = subscriberHash(email);
        const sentAt = deps.now();
        // One change at a time, each timed from its own request.
        await client.lists.updateListMember(listId, hash, { status: 'unsubscribed' });
        sent.push({ email, hash, sentAt });
    }
    return sent;
}

async function waitForFlips(deps: E2eDeps, listId: string, sent: Sent[], options: E2eOptions): Promise<number> {
    const deadline = deps.now() + options.timeoutSeconds * 1000;
    const flipped = new Map<string, string>();
    for (;;) {
        const pending = sent.filter((s) => !flipped.has(s.hash)).map((s) => s.hash);
        // Each poll depends on what the previous one found.
        const found = await flippedMemberships(deps, listId, pending, options.targetOrg);
        for (const [hash, modifiedAt] of found) flipped.set(hash, modifiedAt);
        if (flipped.size === sent.length || deps.now() >= deadline) break;
        await deps.sleep(POLL_INTERVAL_MS);
    }
    return report(deps, sent, flipped, options);
}

function report(deps: OrgDeps, sent: Sent[], flipped: Map<string, string>, options: E2eOptions): number {
    const latencies: number[] = [];
    let skewed = false;
    for (const member of sent) {
        const modifiedAt = flipped.get(member.hash);
        if (modifiedAt === undefined) {
            deps.out(`  ${member.email}  not unsubscribed in Salesforce after ${options.timeoutSeconds} s`);
            continue;
        }
        const latency = latencyOf(member.sentAt, modifiedAt);
        skewed = skewed || latency.skewed;
        latencies.push(latency.ms);
        deps.out(`  ${member.email}  unsubscribed in Salesforce after ${seconds(latency.ms)}`);
    }
    if (latencies.length > 0) {
        const middle = median(latencies);
        deps.out(
            `Latency over ${latencies.length} member(s): median ${seconds(middle)}, max ${seconds(Math.max(...latencies))} (target: median ≤ ${seconds(TARGET_MEDIAN_MS)}${middle <= TARGET_MEDIAN_MS ? ', met' : ', NOT met'}).`
        );
        deps.out(
            "Measured from each unsubscribe request (this machine's clock) to the membership's LastModifiedDate (Salesforce's clock, whole seconds)."
        );
    }
    if (skewed) {
        deps.out(
            "Some memberships changed before their request was sent by this clock: keep this machine's clock in sync (NTP)."
        );
    }
    deps.out(
        `The ${sent.length} member(s) stay unsubscribed in Mailchimp (re-subscribing needs each person's consent); seed more with npm run mailchimp:seed -- --count <n>.`
    );
    const missing = sent.length - latencies.length;
    if (missing > 0) {
        deps.err(
            `${missing} of ${sent.length} membership(s) did not flip within ${options.timeoutSeconds} s. Fix: check the audience in the Webhooks section of Mailchimp Setup (last delivery, last error), that the Automated Process user has the Mailchimp Webhook Processor permission set, and Setup › Apex Jobs for MailchimpWebhookJob; the 15-minute sync still brings these unsubscribes.`
        );
        return ExitCode.STEP_FAILED;
    }
    return ExitCode.OK;
}
