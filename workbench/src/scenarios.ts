/**
 * Scenarios: what "the server" answers. Each one starts from the component's Jest fixtures
 * (./fixtures.ts imports them, one set of data for both test layers) and behaves like
 * MailchimpMembershipController: opt-outs and adds change the memberships later reads return.
 */
import { ApexFailure } from './platform/apexFailure';
import { DEFAULT_SCENARIO, type ScenarioId } from './scenario-ids';
import { FIXTURES } from './fixtures';
import { WEBHOOK_SCENARIOS } from './webhook-scenarios';

export { DEFAULT_SCENARIO };

type Overview = MailchimpMembershipApi.Overview;
type Params = Record<string, unknown>;

export interface ScenarioRecord {
    id: string;
    objectApiName: string;
    /** Field API name → value, as getRecord would return them. */
    fields: Record<string, string | null>;
}

export interface Scenario {
    id: ScenarioId;
    title: string;
    description: string;
    /** What the page shows: the membership card on a Contact page (the default), or an app page's component. */
    component?: 'membership' | 'webhookSetup';
    record: ScenarioRecord;
    /** Custom permissions the user lacks are listed as false. */
    permissions?: Record<string, boolean>;
    /** Delay before each Apex answer (the loading state). */
    latencyMs?: number;
    apex: Record<string, (params: Params) => unknown>;
}

const STATUS_LABELS: Record<string, string> = {
    subscribed: 'Subscribed',
    unsubscribed: 'Unsubscribed',
    cleaned: 'Cleaned',
    pending: 'Pending',
    transactional: 'Transactional',
    archived: 'Archived'
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function contact(overview: Overview): ScenarioRecord {
    return {
        id: overview.recordId,
        objectApiName: 'Contact',
        fields: {
            Name: 'Grace Hopper',
            Title: 'Director of Engineering',
            'Account.Name': 'Compiler Systems Inc.',
            Phone: '+1 415 555 0142',
            Email: overview.hasEmail ? (overview.email ?? null) : null
        }
    };
}

interface ServerOptions {
    /** Audience id → Mailchimp's refusal message: opt-outs of these audiences fail. */
    refuse?: Record<string, string>;
    /** Every call fails with this error (a fixture shaped like Lightning's Apex error). */
    fail?: object;
    /** What refreshMemberships finds in Mailchimp (later reads return it too); the current view if unset. */
    refreshTo?: Overview;
    /** refreshMemberships fails with this error (a fixture). */
    refreshFails?: object;
}

const fill = (template: string, ...values: string[]) =>
    values.reduce((text, value, i) => text.split(`{${i}}`).join(value), template);

/** A small in-memory MailchimpMembershipController over one Overview. */
function server(start: Overview, options: ServerOptions = {}): Scenario['apex'] {
    let state = clone(start);
    const guard = () => {
        if (options.fail) throw new ApexFailure(options.fail);
    };
    return {
        'MailchimpMembershipController.getMemberships': () => {
            guard();
            return state;
        },
        'MailchimpMembershipController.refreshMemberships': () => {
            guard();
            if (options.refreshFails) throw new ApexFailure(options.refreshFails);
            if (options.refreshTo) state = clone(options.refreshTo);
            return state;
        },
        'MailchimpMembershipController.optOut': (params) => {
            guard();
            const ids = (params.audienceIds as string[]) ?? [];
            const results = ids.map((audienceId) => {
                const membership = state.memberships.find((m) => m.audienceId === audienceId);
                const refusal = options.refuse?.[audienceId];
                if (!membership || refusal) {
                    return {
                        audienceId,
                        audienceName: membership?.audienceName ?? null,
                        success: false,
                        status: membership?.status ?? null,
                        message: refusal ?? FIXTURES.messages.notAMember
                    };
                }
                Object.assign(membership, {
                    status: 'unsubscribed',
                    statusLabel: STATUS_LABELS.unsubscribed,
                    lastChanged: new Date().toISOString(),
                    optOutSource: 'Salesforce',
                    optedOutByName: 'Wendy Workbench (you)',
                    optedOutAt: new Date().toISOString(),
                    unsubscribeReason: null
                });
                return { audienceId, audienceName: membership.audienceName, success: true, status: 'unsubscribed' };
            });
            return { results };
        },
        'MailchimpMembershipController.addToAudience': (params) => {
            guard();
            const audience = state.addableAudiences.find((a) => a.id === params.audienceId);
            if (!audience) return { success: false, status: null, message: FIXTURES.messages.notAMember };
            const existing = state.memberships.find((m) => m.audienceId === audience.id);
            const status = existing ? 'pending' : 'subscribed';
            const membership = existing ?? {
                id: `a01WB${audience.id.slice(-13)}`,
                audienceId: audience.id,
                audienceName: audience.name,
                listId: audience.listId
            };
            Object.assign(membership, {
                status,
                statusLabel: STATUS_LABELS[status],
                lastChanged: new Date().toISOString(),
                optOutSource: null,
                optedOutByName: null,
                optedOutAt: null,
                unsubscribeReason: null
            });
            if (!existing) state.memberships.push(membership as MailchimpMembershipApi.Membership);
            state.addableAudiences = state.addableAudiences.filter((a) => a.id !== audience.id);
            const template = status === 'pending' ? FIXTURES.messages.addedPending : FIXTURES.messages.addedSubscribed;
            return { success: true, status, message: fill(template, state.email ?? '', audience.name) };
        }
    };
}

function scenario(
    id: ScenarioId,
    title: string,
    description: string,
    overview: Overview,
    extra: Partial<Scenario> & { server?: ServerOptions } = {}
): Scenario {
    const { server: options, ...rest } = extra;
    return { id, title, description, record: contact(overview), apex: server(overview, options), ...rest };
}

export const SCENARIOS: Scenario[] = [
    scenario(
        'several-audiences',
        'Several audiences, every status',
        'Six audiences, one per status: pending, subscribed, cleaned, unsubscribed, archived, transactional. The user can manage.',
        FIXTURES.severalAudiences,
        { server: { refreshTo: FIXTURES.severalAudiencesRefreshed } }
    ),
    scenario('no-memberships', 'No memberships', 'Has an email, in no audience yet.', FIXTURES.noMemberships),
    scenario('no-email', 'No email on the record', 'The Contact has no email address.', FIXTURES.noEmail),
    scenario(
        'not-configured',
        'Mailchimp not configured',
        'No audience known in Salesforce; refreshing reports that Mailchimp is not connected.',
        FIXTURES.notConfigured,
        { server: { refreshFails: FIXTURES.errorNotConfigured } }
    ),
    scenario(
        'read-only',
        'Read-only user',
        'The user lacks the MailchimpManageMemberships custom permission.',
        FIXTURES.readOnly,
        { permissions: { MailchimpManageMemberships: false } }
    ),
    scenario(
        'server-error',
        'Server error',
        'Every Apex call fails: Mailchimp is having a problem.',
        FIXTURES.severalAudiences,
        {
            server: { fail: FIXTURES.errorMailchimp }
        }
    ),
    scenario(
        'opt-out-partial-failure',
        'Opt-out partly refused',
        'Opting out of Monthly Newsletter and Events & Webinars: Mailchimp accepts the first and refuses the second.',
        FIXTURES.severalAudiences,
        { server: { refuse: FIXTURES.refusals } }
    ),
    scenario(
        'slow',
        'Slow responses',
        'Every Apex answer takes 1.5 s, so the loading state shows.',
        FIXTURES.severalAudiences,
        {
            latencyMs: 1500
        }
    ),
    ...WEBHOOK_SCENARIOS
];
