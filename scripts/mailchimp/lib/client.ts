/**
 * The slice of the official Mailchimp Node SDK (`@mailchimp/mailchimp_marketing`) the scripts use,
 * typed here because the community typings lack `root.getRoot` and `lists.createList`.
 * Commands receive a factory for it, so tests pass a fake and never touch the network.
 */

export interface MailchimpAccountContact {
    company?: string;
    addr1?: string;
    addr2?: string;
    city?: string;
    state?: string;
    zip?: string;
    country?: string;
}

/** GET / (account information). */
export interface MailchimpAccount {
    account_id?: string;
    account_name: string;
    email: string;
    contact?: MailchimpAccountContact;
}

/** One entry of GET /lists. */
export interface MailchimpAudience {
    id: string;
    name: string;
    stats: { member_count: number; unsubscribe_count: number };
}

export interface MailchimpAudiencePage {
    lists: MailchimpAudience[];
    total_items: number;
}

/** POST /lists body: Mailchimp requires contact, permission_reminder, campaign_defaults and email_type_option. */
export interface CreateAudienceBody {
    name: string;
    contact: {
        company: string;
        address1: string;
        address2?: string;
        city: string;
        state: string;
        zip: string;
        country: string;
    };
    permission_reminder: string;
    campaign_defaults: { from_name: string; from_email: string; subject: string; language: string };
    email_type_option: boolean;
}

export type MemberStatus = 'subscribed' | 'unsubscribed' | 'cleaned' | 'pending' | 'transactional' | 'archived';

export interface MailchimpMember {
    id?: string;
    email_address: string;
    status: MemberStatus;
}

export interface MailchimpMemberPage {
    members: MailchimpMember[];
    total_items: number;
}

/** PUT /lists/{list_id}/members/{subscriber_hash} body (add or update). */
export interface SetMemberBody {
    email_address: string;
    status_if_new?: MemberStatus;
    status?: MemberStatus;
    merge_fields?: Record<string, string>;
}

export interface MailchimpClient {
    ping: { get(): Promise<{ health_status?: string }> };
    root: { getRoot(opts?: { fields?: string[] }): Promise<MailchimpAccount> };
    lists: {
        getAllLists(opts: { count: number; offset: number; fields?: string[] }): Promise<MailchimpAudiencePage>;
        createList(body: CreateAudienceBody): Promise<MailchimpAudience>;
        getListMembersInfo(
            listId: string,
            opts: { count: number; offset: number; fields?: string[] }
        ): Promise<MailchimpMemberPage>;
        setListMember(
            listId: string,
            subscriberHash: string,
            body: SetMemberBody,
            opts?: { skipMergeValidation?: boolean }
        ): Promise<MailchimpMember>;
    };
}

export interface MailchimpClientConfig {
    apiKey: string;
    /** Data center, e.g. `us21`. */
    server: string;
}

export type MailchimpClientFactory = (config: MailchimpClientConfig) => MailchimpClient;

/** Largest page Mailchimp serves. */
export const PAGE_SIZE = 1000;

/** Every audience in the account, following `offset` until `total_items` are read. */
export async function listAllAudiences(client: MailchimpClient): Promise<MailchimpAudience[]> {
    const all: MailchimpAudience[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
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
