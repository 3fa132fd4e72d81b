/**
 * Scenarios: what "the server" answers. Each one starts from the component's Jest fixtures
 * (./fixtures.ts imports them, one set of data for both test layers) and behaves like
 * MailchimpMembershipController: opt-outs and adds change the memberships later reads return.
 */
import { ApexFailure } from './platform/apexFailure';
import { DEFAULT_SCENARIO, type ScenarioId } from './scenario-ids';
import { FIXTURES } from './fixtures';

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
    /** What the page shows: the membership card on a Contact page, or the Sync console on an app page. */
    component: 'membership' | 'syncConsole';
    record: ScenarioRecord;
    /** Custom permissions the user lacks are listed as false. */
    permissions?: Record<string, boolean>;
    /** Delay before each Apex answer (the loading state). */
    latencyMs?: number;
    apex: Record<string, (params: Params) => unknown>;
}

const STATUS_LABELS = FIXTURES.statusLabels;

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
    /** Audience id → Mailchimp's refusal message: adds to these audiences fail. */
    refuseAdd?: Record<string, string>;
    /** Every call fails with this error (a fixture shaped like Lightning's Apex error). */
    fail?: object;
    /** What refreshMemberships finds in Mailchimp (later reads return it too); the current view if unset. */
    refreshTo?: Overview;
    /** refreshMemberships fails with this error (a fixture). */
    refreshFails?: object;
}

const fill = (template: string, ...values: string[]) =>
    values.reduce((text, value, i) => text.split(`{${i}}`).join(value), template);

const sameAddress = (a: string | null | undefined, b: string | null | undefined) =>
    (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** The user the workbench runs as: the name the card shows for what they did. */
const YOU = 'Wendy Workbench (you)';

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
            state.lastSyncedAt = new Date().toISOString();
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
                const now = new Date().toISOString();
                Object.assign(membership, {
                    status: 'unsubscribed',
                    statusLabel: STATUS_LABELS.unsubscribed,
                    lastChanged: now,
                    lastSyncedAt: now,
                    optOutSource: 'Salesforce',
                    optedOutByName: YOU,
                    optedOutAt: now,
                    unsubscribeReason: null
                });
                state.lastSyncedAt = now;
                return { audienceId, audienceName: membership.audienceName, success: true, status: 'unsubscribed' };
            });
            return { results };
        },
        'MailchimpMembershipController.addToAudience': (params) => {
            guard();
            const audience = state.addableAudiences.find((a) => a.id === params.audienceId);
            if (!audience) return { success: false, status: null, message: FIXTURES.messages.notAMember };
            const refusal = options.refuseAdd?.[audience.id];
            if (refusal) return { success: false, status: null, message: refusal };
            const existing = state.memberships.find(
                (m) => m.audienceId === audience.id && sameAddress(m.email, state.email)
            );
            // MailchimpMembershipAdder's rule: subscribed only with the user's confirmation that the person gave
            // permission, for an address new to the audience; everything else is pending (double opt-in).
            const status = !existing && params.consentConfirmed === true ? 'subscribed' : 'pending';
            const now = new Date().toISOString();
            const membership = existing ?? {
                id: `a01WB${audience.id.slice(-13)}`,
                audienceId: audience.id,
                audienceName: audience.name,
                listId: audience.listId,
                email: state.email
            };
            Object.assign(membership, {
                status,
                statusLabel: STATUS_LABELS[status],
                lastChanged: now,
                lastSyncedAt: now,
                optOutSource: null,
                optedOutByName: null,
                optedOutAt: null,
                unsubscribeReason: null,
                addedByName: YOU,
                addedAt: now,
                consentBasis: status === 'subscribed' ? 'ConfirmedConsent' : 'DoubleOptIn'
            });
            if (!existing) state.memberships.push(membership as MailchimpMembershipApi.Membership);
            state.addableAudiences = state.addableAudiences.filter((a) => a.id !== audience.id);
            state.lastSyncedAt = now;
            const template = status === 'pending' ? FIXTURES.messages.addedPending : FIXTURES.messages.addedSubscribed;
            return { success: true, status, message: fill(template, state.email ?? '', audience.name) };
        }
    };
}

/** A small in-memory MailchimpSyncConsoleController: every action returns the new state, as the real one does. */
function syncServer(start: MailchimpSyncConsoleApi.Status): Scenario['apex'] {
    let state = clone(start);
    return {
        'MailchimpSyncConsoleController.getStatus': () => state,
        'MailchimpSyncConsoleController.schedule': () => {
            state = { ...clone(FIXTURES.syncScheduled), lastRuns: state.lastRuns, audiences: state.audiences };
            return state;
        },
        'MailchimpSyncConsoleController.unschedule': () => {
            state = { ...state, scheduled: false, scheduledJobCount: 0, nextRunAt: null };
            return state;
        },
        'MailchimpSyncConsoleController.runNow': () => {
            state = { ...state, running: true };
            return state;
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
    return {
        id,
        title,
        description,
        component: 'membership',
        record: contact(overview),
        apex: server(overview, options),
        ...rest
    };
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
        'add-refused',
        'Add refused by Mailchimp',
        'Adding the person back to Partner Program (where their address bounced): Mailchimp refuses (compliance state).',
        FIXTURES.severalAudiences,
        { server: { refuseAdd: FIXTURES.addRefusals } }
    ),
    scenario(
        'email-changed',
        'Email changed',
        'The person changed address: Monthly Newsletter holds the old one (unsubscribed) and the new one (subscribed, added in Salesforce).',
        FIXTURES.emailChanged
    ),
    scenario(
        'many-audiences',
        'Many audiences',
        'Fourteen audiences, one with a very long name: five show, the rest behind View all.',
        FIXTURES.manyAudiences
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
    {
        id: 'sync-console',
        title: 'Sync console (admin)',
        description:
            'The Mailchimp Sync console on its app page: scheduled, three runs, one audience whose sync failed.',
        component: 'syncConsole',
        record: contact(FIXTURES.severalAudiences),
        apex: syncServer(FIXTURES.syncScheduled)
    }
];

// ---- People (issue 15): person and business account pages, an email change in conflict, Archive and Forget ----------

import personAccount from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/personAccount.json';
import businessAccount from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/businessAccount.json';
import emailConflict from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/emailConflict.json';
import forgetConfirmWord from '@salesforce/label/c.MailchimpForgetConfirmWord';
import forgetDone from '@salesforce/label/c.MailchimpForgetDone';
import forgetNotConfirmed from '@salesforce/label/c.MailchimpForgetErrorNotConfirmed';

const ARCHIVABLE = new Set(['subscribed', 'unsubscribed', 'transactional']);

/** A person account's page: the Account record, whose card shows its person contact's memberships. */
function account(overview: Overview, name: string): ScenarioRecord {
    return {
        id: overview.recordId,
        objectApiName: 'Account',
        fields: {
            Name: name,
            Title: null,
            'Account.Name': null,
            Phone: '+1 415 555 0142',
            Email: overview.email ?? null
        }
    };
}

/**
 * MailchimpMembershipController for an admin: reads and refresh as the card's server does, plus archive (DELETE member:
 * archivable memberships become Archived) and forgetPerson (only with the typed word; every membership goes).
 */
function peopleServer(start: Overview): Scenario['apex'] {
    let state = clone(start);
    const base = server(start);
    return {
        ...base,
        'MailchimpMembershipController.getMemberships': () => state,
        'MailchimpMembershipController.refreshMemberships': () => {
            state.lastSyncedAt = new Date().toISOString();
            return state;
        },
        'MailchimpMembershipController.archive': (params) => {
            const now = new Date().toISOString();
            const results = ((params.audienceIds as string[]) ?? []).map((audienceId) => {
                const targets = state.memberships.filter(
                    (m) => m.audienceId === audienceId && ARCHIVABLE.has(m.status)
                );
                for (const membership of targets) {
                    Object.assign(membership, {
                        status: 'archived',
                        statusLabel: STATUS_LABELS.archived,
                        lastChanged: now,
                        lastSyncedAt: now,
                        emailConflict: null,
                        pendingEmail: null
                    });
                }
                return {
                    audienceId,
                    audienceName: targets[0]?.audienceName ?? null,
                    success: targets.length > 0,
                    status: targets.length ? 'archived' : null,
                    message: targets.length ? null : FIXTURES.messages.notAMember
                };
            });
            return { results };
        },
        'MailchimpMembershipController.forgetPerson': (params) => {
            const typed = String(params.confirmation ?? '')
                .trim()
                .toLowerCase();
            if (typed !== forgetConfirmWord.toLowerCase()) {
                throw new ApexFailure(`NOT_CONFIRMED: ${forgetNotConfirmed}`);
            }
            const audiences = [...new Set(state.memberships.map((m) => m.audienceName))];
            state = { ...state, memberships: [], lastSyncedAt: new Date().toISOString() };
            return {
                success: true,
                status: 'Forgotten',
                message: fill(forgetDone, state.personName ?? '', String(audiences.length)),
                results: audiences.map((audienceName) => ({ audienceName, success: true, status: null, message: null }))
            };
        }
    };
}

SCENARIOS.push(
    {
        id: 'person-account',
        title: 'Person account (admin)',
        description:
            "A person account page: the card shows its person contact's memberships; the admin can archive or forget.",
        component: 'membership',
        record: account(personAccount as Overview, 'Grace Hopper'),
        apex: peopleServer(personAccount as Overview)
    },
    {
        id: 'business-account',
        title: 'Business account',
        description: 'A business account page: the card says in one sentence why it shows no memberships.',
        component: 'membership',
        record: account(businessAccount as Overview, 'Compiler Systems Inc.'),
        apex: peopleServer(businessAccount as Overview)
    },
    {
        id: 'email-conflict',
        title: 'Email change in conflict',
        description:
            "Grace's new address waits to be sent for one audience; Mailchimp already has it in another, so that row says what to do.",
        component: 'membership',
        record: contact(emailConflict as Overview),
        apex: peopleServer(emailConflict as Overview)
    }
);
