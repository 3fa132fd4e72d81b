/**
 * A fake of the Mailchimp SDK slice the scripts use, recording calls; plus builders for errors shaped
 * like the ones the SDK's HTTP library (superagent 3.8) throws.
 */
import type {
    CreateAudienceBody,
    MailchimpAccount,
    MailchimpAudience,
    MailchimpClient,
    MailchimpClientConfig,
    MailchimpMember,
    SetMemberBody
} from '../lib/client';

export interface FakeState {
    account: MailchimpAccount;
    audiences: MailchimpAudience[];
    members: Map<string, MailchimpMember[]>;
    /** When set, every API call rejects with this. */
    failWith?: unknown;
    /** When set, only createList rejects with this. */
    createListFails?: unknown;
}

export interface Recorded {
    configs: MailchimpClientConfig[];
    calls: string[];
    created: CreateAudienceBody[];
    puts: Array<{ listId: string; hash: string; body: SetMemberBody; opts?: { skipMergeValidation?: boolean } }>;
}

export function audience(id: string, name: string, members = 0, unsubscribes = 0): MailchimpAudience {
    return { id, name, stats: { member_count: members, unsubscribe_count: unsubscribes } };
}

export function fakeMailchimp(partial: Partial<FakeState> = {}): {
    state: FakeState;
    recorded: Recorded;
    factory: (config: MailchimpClientConfig) => MailchimpClient;
} {
    const state: FakeState = {
        account: {
            account_name: 'Acme Test Co',
            email: 'owner@acme.test',
            contact: {
                company: 'Acme',
                addr1: '1 Main St',
                city: 'Springfield',
                state: 'IL',
                zip: '62701',
                country: 'US'
            }
        },
        audiences: [],
        members: new Map(),
        ...partial
    };
    const recorded: Recorded = { configs: [], calls: [], created: [], puts: [] };
    const guard = async <T>(name: string, value: () => T): Promise<T> => {
        recorded.calls.push(name);
        if (state.failWith !== undefined) throw state.failWith;
        return value();
    };
    const client: MailchimpClient = {
        ping: { get: () => guard('ping.get', () => ({ health_status: "Everything's Chimpy!" })) },
        root: { getRoot: () => guard('root.getRoot', () => state.account) },
        lists: {
            getAllLists: (opts) =>
                guard(`lists.getAllLists(${opts.count},${opts.offset})`, () => ({
                    lists: state.audiences.slice(opts.offset, opts.offset + opts.count),
                    total_items: state.audiences.length
                })),
            createList: (body) =>
                guard('lists.createList', () => {
                    if (state.createListFails !== undefined) throw state.createListFails;
                    recorded.created.push(body);
                    const created = audience('newtest001', body.name);
                    state.audiences.push(created);
                    return created;
                }),
            getListMembersInfo: (listId, opts) =>
                guard(`lists.getListMembersInfo(${listId},${opts.offset})`, () => {
                    const members = state.members.get(listId) ?? [];
                    return {
                        members: members.slice(opts.offset, opts.offset + opts.count),
                        total_items: members.length
                    };
                }),
            setListMember: (listId, hash, body, opts) =>
                guard(`lists.setListMember(${listId})`, () => {
                    recorded.puts.push({ listId, hash, body, ...(opts ? { opts } : {}) });
                    const members = state.members.get(listId) ?? [];
                    const existing = members.find((m) => m.email_address === body.email_address);
                    const status = body.status ?? existing?.status ?? body.status_if_new ?? 'subscribed';
                    if (existing) existing.status = status;
                    else members.push({ email_address: body.email_address, status });
                    state.members.set(listId, members);
                    return { email_address: body.email_address, status };
                })
        }
    };
    return {
        state,
        recorded,
        factory: (config) => {
            recorded.configs.push(config);
            return client;
        }
    };
}

/** An HTTP error as superagent builds it: status on the error, parsed problem document on response.body. */
export function httpError(status: number, body: unknown): Error {
    return Object.assign(new Error(status === 401 ? 'Unauthorized' : 'Error'), {
        status,
        response: { status, body }
    });
}

/** A socket error as Node reports it (no HTTP status). */
export function networkError(code: string): Error {
    return Object.assign(new Error(`connect ${code}`), { code });
}

export const API_KEY_INVALID = {
    type: 'https://mailchimp.com/developer/marketing/docs/errors/',
    title: 'API Key Invalid',
    status: 401,
    detail: "Your API key may be invalid, or you've attempted to access the wrong datacenter.",
    instance: '9a822b2e-a4f4-852b-bbf3-f7c1222af5d5'
};

/** Glossary code 403 WrongDatacenter; the exact live title/detail wording is UNCONFIRMED, this is a stand-in. */
export const WRONG_DATACENTER = {
    type: 'https://mailchimp.com/developer/marketing/docs/errors/#403-WrongDatacenter',
    title: 'Wrong Datacenter',
    status: 403,
    detail: 'The API key provided is linked to a different datacenter.',
    instance: 'c3d2a1b0-0000-4000-8000-000000000000'
};

export const VALID_KEY = '0123456789abcdef0123456789abcdef-us21';

/** Collects output lines instead of printing them. */
export function captureOutput(): {
    out: (line: string) => void;
    err: (line: string) => void;
    stdout: string[];
    stderr: string[];
} {
    const stdout: string[] = [];
    const stderr: string[] = [];
    return { out: (l) => stdout.push(l), err: (l) => stderr.push(l), stdout, stderr };
}
