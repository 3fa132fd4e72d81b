/**
 * The slice of the official Mailchimp Node SDK the end-to-end webhook check uses: find the audience, list its
 * subscribed members, and unsubscribe one (PATCH, as a person's unsubscribe would). Typed here because the
 * community typings lack these option names; the command receives a factory, so tests point the real SDK at a
 * fake Mailchimp HTTP server.
 */
import type { MailchimpAudience, MailchimpClientConfig, MemberStatus } from '../../mailchimp/lib/client';

export interface E2eMember {
    id?: string;
    email_address: string;
    status: MemberStatus;
}

export interface WebhookE2eClient {
    lists: {
        getAllLists(opts: {
            count: number;
            offset: number;
            fields?: string[];
        }): Promise<{ lists: MailchimpAudience[]; total_items: number }>;
        getListMembersInfo(
            listId: string,
            opts: { count: number; offset: number; status?: MemberStatus; fields?: string[] }
        ): Promise<{ members: E2eMember[]; total_items: number }>;
        updateListMember(listId: string, subscriberHash: string, body: { status: MemberStatus }): Promise<E2eMember>;
    };
}

export type WebhookE2eClientFactory = (config: MailchimpClientConfig) => WebhookE2eClient;

const PAGE_SIZE = 1000;

/** Every audience of the account (paged). */
export async function allAudiences(client: WebhookE2eClient): Promise<MailchimpAudience[]> {
    const all: MailchimpAudience[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
        // Pages depend on each other's count: read one after the other.
        const page = await client.lists.getAllLists({
            count: PAGE_SIZE,
            offset,
            fields: [
                'lists.id',
                'lists.name',
                'lists.stats.member_count',
                'lists.stats.unsubscribe_count',
                'total_items'
            ]
        });
        all.push(...page.lists);
        if (page.lists.length < PAGE_SIZE || all.length >= page.total_items) return all;
    }
}

/**
 * The audience's subscribed members whose address matches the test pattern, in seed order (by their number),
 * at most `limit` of them.
 */
export async function subscribedTestMembers(
    client: WebhookE2eClient,
    listId: string,
    pattern: RegExp,
    limit: number
): Promise<string[]> {
    const found: Array<{ n: number; email: string }> = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
        const page = await client.lists.getListMembersInfo(listId, {
            count: PAGE_SIZE,
            offset,
            status: 'subscribed',
            fields: ['members.email_address', 'members.status', 'total_items']
        });
        for (const member of page.members) {
            const match = pattern.exec(member.email_address.trim().toLowerCase());
            if (match && member.status === 'subscribed')
                found.push({ n: Number(match[1]), email: member.email_address });
        }
        if (page.members.length < PAGE_SIZE || offset + PAGE_SIZE >= page.total_items) break;
    }
    return found
        .sort((a, b) => a.n - b.n)
        .slice(0, limit)
        .map((member) => member.email);
}

/** `<local-part>+<n>@<domain>`, capturing n; case-insensitive like addresses. */
export function testAddressPattern(localPart: string, domain: string): RegExp {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${escape(localPart.toLowerCase())}\\+(\\d+)@${escape(domain.toLowerCase())}$`);
}
