import { maskKey, parseApiKey } from './lib/api-key';
import {
    listAllAudiences,
    PAGE_SIZE,
    type CreateAudienceBody,
    type MailchimpAccount,
    type MailchimpAudience,
    type MailchimpClient,
    type MailchimpClientFactory,
    type MemberStatus
} from './lib/client';
import { findApiKey, findSetting } from './lib/dot-env';
import { classifyMailchimpError } from './lib/errors';
import { ExitCode, ScriptError } from './lib/exit-codes';
import { reportScriptError, type Output } from './lib/io';
import {
    DEFAULT_DOMAIN,
    DEFAULT_LOCAL_PART,
    parseSeedArgs,
    TEST_DOMAIN_SETTING,
    testAddress,
    type SeedOptions
} from './lib/seed-args';
import { subscriberHash } from './lib/subscriber-hash';

/** The only audience the seed script writes to without --force. */
export const TEST_AUDIENCE_NAME = 'Mailchimp Membership for Salesforce — TEST';

export interface SeedDeps extends Output {
    env: NodeJS.ProcessEnv;
    readEnvFile: () => string | undefined;
    createClient: MailchimpClientFactory;
}

export interface SeedReport {
    audienceId: string;
    audienceCreated: boolean;
    created: number;
    alreadyPresent: number;
    unsubscribed: number;
    alreadyUnsubscribed: number;
    /** Members meant to be subscribed that an earlier run left unsubscribed; resubscribing needs consent. */
    leftUnsubscribed: number;
}

/**
 * `npm run mailchimp:seed`: makes the test audience hold members 1..count, with 1..unsubscribe unsubscribed.
 * Idempotent: members are written with PUT by subscriber hash, and only missing work is done.
 */
export async function runSeed(argv: readonly string[], deps: SeedDeps): Promise<number> {
    let dc = '';
    try {
        const options = parseSeedArgs(argv, {
            env: deps.env,
            defaultDomain: findSetting(TEST_DOMAIN_SETTING, deps.env, deps.readEnvFile)
        });
        const { key, dc: dataCenter } = parseApiKey(findApiKey(deps.env, deps.readEnvFile).value);
        dc = dataCenter;
        const client = deps.createClient({ apiKey: key, server: dc });
        deps.out(`Seeding with key ${maskKey(key)} (data center ${dc}).`);

        const { audience, created } = await resolveAudience(client, options, deps, dc);
        const report = await seedMembers(client, audience.id, options);
        printReport(deps, { ...report, audienceCreated: created }, audience, options);
        return ExitCode.OK;
    } catch (error) {
        return reportScriptError(deps, error instanceof ScriptError ? error : classifyMailchimpError(error, dc));
    }
}

async function resolveAudience(
    client: MailchimpClient,
    options: SeedOptions,
    deps: Output,
    dc: string
): Promise<{ audience: MailchimpAudience; created: boolean }> {
    const audiences = await listAllAudiences(client);
    if (options.audience !== undefined) {
        const chosen = audiences.find((a) => a.id === options.audience);
        if (chosen === undefined) {
            throw new ScriptError(
                ExitCode.USAGE,
                `No audience with id ${options.audience} in this Mailchimp account. Fix: pick an id from npm run mailchimp:check, or omit --audience to use the test audience.`
            );
        }
        if (chosen.name !== TEST_AUDIENCE_NAME && !options.force) {
            throw new ScriptError(
                ExitCode.REFUSED,
                `Refusing to write test members into "${chosen.name}" (${chosen.id}): it is not the test audience "${TEST_AUDIENCE_NAME}". Fix: omit --audience, or add --force if you really mean to seed that audience.`
            );
        }
        return { audience: chosen, created: false };
    }
    const matches = audiences.filter((a) => a.name === TEST_AUDIENCE_NAME);
    if (matches.length > 1) {
        deps.out(`Note: ${matches.length} audiences are named "${TEST_AUDIENCE_NAME}"; using ${matches[0]?.id}.`);
    }
    if (matches[0] !== undefined) return { audience: matches[0], created: false };

    const account = await client.root.getRoot();
    try {
        const audience = await client.lists.createList(testAudienceBody(account));
        return { audience, created: true };
    } catch (error) {
        const failure = classifyMailchimpError(error, dc);
        if (failure.exitCode !== ExitCode.API_ERROR) throw error;
        throw new ScriptError(
            ExitCode.API_ERROR,
            `Could not create the test audience: ${failure.message} Free Mailchimp plans allow a single audience: rename an unused one to "${TEST_AUDIENCE_NAME}", or pass --audience <id> --force.`
        );
    }
}

/** Audience creation needs a postal contact and campaign defaults: taken from the account itself. */
export function testAudienceBody(account: MailchimpAccount): CreateAudienceBody {
    const contact = account.contact ?? {};
    return {
        name: TEST_AUDIENCE_NAME,
        contact: {
            company: contact.company || account.account_name,
            address1: contact.addr1 || 'Address not set',
            ...(contact.addr2 ? { address2: contact.addr2 } : {}),
            city: contact.city || 'Unknown',
            state: contact.state || '',
            zip: contact.zip || '00000',
            country: contact.country || 'US'
        },
        permission_reminder:
            'You are on this list because a developer created you as a test member for Mailchimp Membership for Salesforce.',
        campaign_defaults: {
            from_name: account.account_name,
            from_email: account.email,
            subject: 'Test audience: do not send campaigns',
            language: 'en'
        },
        email_type_option: false
    };
}

async function existingStatuses(client: MailchimpClient, listId: string): Promise<Map<string, MemberStatus>> {
    const statuses = new Map<string, MemberStatus>();
    for (let offset = 0; ; offset += PAGE_SIZE) {
        const page = await client.lists.getListMembersInfo(listId, {
            count: PAGE_SIZE,
            offset,
            fields: ['members.email_address', 'members.status', 'total_items']
        });
        for (const m of page.members) statuses.set(m.email_address.trim().toLowerCase(), m.status);
        if (page.members.length < PAGE_SIZE || statuses.size >= page.total_items) return statuses;
    }
}

async function seedMembers(
    client: MailchimpClient,
    listId: string,
    options: SeedOptions
): Promise<Omit<SeedReport, 'audienceCreated'>> {
    const report = {
        audienceId: listId,
        created: 0,
        alreadyPresent: 0,
        unsubscribed: 0,
        alreadyUnsubscribed: 0,
        leftUnsubscribed: 0
    };
    const statuses = await existingStatuses(client, listId);
    for (let n = 1; n <= options.count; n++) {
        const email = testAddress(options, n);
        const hash = subscriberHash(email);
        const status = statuses.get(email);
        const wantsUnsubscribed = n <= options.unsubscribe;

        if (status === undefined || status === 'archived') {
            await client.lists.setListMember(
                listId,
                hash,
                {
                    email_address: email,
                    status_if_new: 'subscribed',
                    merge_fields: { FNAME: 'Test', LNAME: `Member ${n}` }
                },
                { skipMergeValidation: true }
            );
            report.created++;
        } else {
            report.alreadyPresent++;
        }

        if (wantsUnsubscribed) {
            if (status === 'unsubscribed') {
                report.alreadyUnsubscribed++;
            } else {
                // A real subscribed -> unsubscribed change, so Mailchimp stamps last_changed for the sync to find.
                await client.lists.setListMember(listId, hash, { email_address: email, status: 'unsubscribed' });
                report.unsubscribed++;
            }
        } else if (status === 'unsubscribed') {
            report.leftUnsubscribed++;
        }
    }
    return report;
}

function printReport(deps: Output, report: SeedReport, audience: MailchimpAudience, options: SeedOptions): void {
    deps.out(`${report.audienceCreated ? 'Created' : 'Reused'} audience "${audience.name}" (id ${audience.id}).`);
    deps.out(
        `Members ${testAddress(options, 1)} … ${testAddress(options, options.count)}: ${report.created} added, ${report.alreadyPresent} already there.`
    );
    deps.out(
        `Unsubscribed ${report.unsubscribed} now, ${report.alreadyUnsubscribed} were already unsubscribed (target: the first ${options.unsubscribe}).`
    );
    if (report.leftUnsubscribed > 0) {
        deps.out(
            `${report.leftUnsubscribed} member(s) beyond --unsubscribe ${options.unsubscribe} stay unsubscribed from an earlier run: the script never resubscribes anyone.`
        );
    }
    deps.out(`Use audience id ${audience.id} in Salesforce. Never send a campaign to this audience.`);
    if (options.domain !== DEFAULT_DOMAIN || options.localPart !== DEFAULT_LOCAL_PART) {
        const flags = `${options.domain !== DEFAULT_DOMAIN ? ` --domain ${options.domain}` : ''}${options.localPart !== DEFAULT_LOCAL_PART ? ` --local-part ${options.localPart}` : ''}`;
        deps.out(
            `Sample Contacts and Leads match these members only in an org set up with the same addresses: npm run org:setup --${flags} (or put ${TEST_DOMAIN_SETTING}=${options.domain} in .env for both scripts).`
        );
    }
}
