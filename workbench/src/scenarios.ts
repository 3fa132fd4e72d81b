/**
 * Scenarios: what "the server" answers. Each one starts from the component's Jest fixtures
 * (./fixtures.ts imports them, one set of data for both test layers) and behaves like
 * MailchimpMembershipController: opt-outs and adds change the memberships later reads return.
 */
import { ApexFailure } from './platform/apexFailure';
import { DEFAULT_SCENARIO, type ScenarioId } from './scenario-ids';
import { FIXTURES, type ConnectionFound } from './fixtures';
import { SETUP_PAGE_WEBHOOKS, WEBHOOK_SCENARIOS } from './webhook-scenarios';
import bulkDraft from '../../force-app/main/default/lwc/mailchimpBulkOptOut/__tests__/data/draft.json';
import bulkRunning from '../../force-app/main/default/lwc/mailchimpBulkOptOut/__tests__/data/running.json';
import bulkCompleted from '../../force-app/main/default/lwc/mailchimpBulkOptOut/__tests__/data/completed.json';
import everyAudience from '@salesforce/label/c.MailchimpBulkEveryAudience';

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
    /** What the page shows: the membership card on a Contact page, or an app page's component (Mailchimp Setup, webhooks, bulk opt-out). */
    component: 'membership' | 'syncConsole' | 'webhookSetup' | 'bulkOptOut';
    /** The bulk opt-out's job (the `c__jobId` a list button passes). */
    jobId?: string;
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

// ---- the Mailchimp Setup page (checklist, Test connection, sync) ----------------------------------------------

type SetupStatus = MailchimpSyncConsoleApi.Status;
type Step = MailchimpSyncConsoleApi.ChecklistItem;

/** The checklist with the steps `changes` holds put in place of the same keys. */
function withSteps(checklist: Step[] | null | undefined, changes: Step[]): Step[] | null {
    if (!checklist) return null;
    const byKey = new Map(changes.map((step) => [step.key, step]));
    return checklist.map((step) => clone(byKey.get(step.key) ?? step));
}

/** The schedule step MailchimpSetupChecklist derives from a state's cron jobs. */
function scheduleStep(state: SetupStatus): Step {
    const facts = { key: 'schedule' as const, count: state.scheduledJobCount, total: state.expectedJobCount };
    if (state.scheduled) return { ...facts, state: 'done', reason: 'SCHEDULED', at: state.nextRunAt ?? null };
    return state.scheduledJobCount > 0
        ? { ...facts, state: 'action', reason: 'PARTLY', at: state.nextRunAt ?? null }
        : { ...facts, state: 'action', reason: 'NOT_SCHEDULED', at: null };
}

/**
 * A small in-memory MailchimpSyncConsoleController: every action returns the whole new state, checklist included, as
 * the real one does. Like the server, it keeps no connection test: a test's answer carries the steps it decided and
 * later reads do not, so the page's memory of the last test is what the browser tests see.
 */
function setupServer(start: SetupStatus, finds?: ConnectionFound): Scenario['apex'] {
    let state = clone(start);
    const answer = (next: SetupStatus): SetupStatus => {
        state = { ...next, checklist: withSteps(next.checklist, [scheduleStep(next)]), connection: null };
        return state;
    };
    return {
        'MailchimpSyncConsoleController.getStatus': () => state,
        'MailchimpSyncConsoleController.schedule': () =>
            answer({
                ...state,
                scheduled: true,
                scheduledJobCount: state.expectedJobCount,
                nextRunAt: FIXTURES.syncScheduled.nextRunAt
            }),
        'MailchimpSyncConsoleController.unschedule': () =>
            answer({ ...state, scheduled: false, scheduledJobCount: 0, nextRunAt: null }),
        'MailchimpSyncConsoleController.runNow': () => {
            const startedAt = new Date().toISOString();
            const run = {
                id: 'a035g00000SyRnWAAV',
                name: 'SR-000104',
                outcome: 'Running',
                outcomeLabel: 'Running',
                startedAt,
                finishedAt: null,
                audiencesProcessed: 0,
                unsubscribesSeen: 0,
                membershipsUpdated: 0,
                membershipsCreated: 0,
                unmatched: 0,
                audiencesDeferred: 0,
                errorsExcerpt: null,
                errorCount: 0
            };
            const lastRun: Step = {
                key: 'lastRun',
                state: 'unknown',
                reason: 'RUNNING',
                recordId: run.id,
                recordName: run.name,
                at: startedAt,
                count: 0
            };
            return answer({
                ...state,
                running: true,
                lastRuns: [run, ...state.lastRuns].slice(0, 5),
                checklist: withSteps(state.checklist, [lastRun])
            });
        },
        'MailchimpSyncConsoleController.testConnection': () => {
            if (!finds) throw new ApexFailure('Workbench: this scenario has no connection test answer.');
            return {
                ...clone(state),
                checklist: withSteps(state.checklist, finds.checklist),
                connection: { ...clone(finds.connection), testedAt: new Date().toISOString() }
            };
        }
    };
}

const US21 = 'https://us21.api.mailchimp.com/3.0';

/** A fresh install whose admin already set the URL to a data center (us21): the key is what the test judges. */
const URL_SET: SetupStatus = {
    ...clone(FIXTURES.syncNotScheduled),
    checklist: withSteps(FIXTURES.syncNotScheduled.checklist, [
        { key: 'namedCredential', state: 'done', reason: 'SET', url: US21, dataCenter: 'us21' },
        { key: 'apiKey', state: 'unknown', reason: 'NOT_TESTED', dataCenter: 'us21' }
    ])
};

function setupScenario(
    id: ScenarioId,
    title: string,
    description: string,
    start: SetupStatus,
    finds?: ConnectionFound
): Scenario {
    return {
        id,
        title,
        description,
        component: 'syncConsole',
        record: contact(FIXTURES.severalAudiences),
        // The page's webhooks section answers too, as on the real page.
        apex: { ...setupServer(start, finds), ...SETUP_PAGE_WEBHOOKS() }
    };
}

/** The Mailchimp Setup page's scenarios: not connected three ways, connected, and a user who may not see setup. */
const SETUP_SCENARIOS: Scenario[] = [
    setupScenario(
        'sync-console',
        'Setup: connected',
        'The admin page: scheduled, three runs (the last Partial, one Failed), an audience failing, 3 sync problems; Test connection finds the account and its 3 audiences.',
        FIXTURES.syncScheduled,
        FIXTURES.connections.connected
    ),
    setupScenario(
        'setup-not-connected',
        'Setup: fresh',
        'Nothing set up: the packaged us1 URL, no sales user holds a permission set, not scheduled, no run. Test connection: Mailchimp refuses the key at us1.',
        FIXTURES.syncNotScheduled,
        FIXTURES.connections.placeholderRejected
    ),
    setupScenario(
        'setup-no-key',
        'Setup: no key',
        'The URL is set to us21 but no key is stored on the principal: Test connection gets 401 API Key Missing.',
        URL_SET,
        FIXTURES.connections.noKey
    ),
    setupScenario(
        'setup-wrong-data-center',
        'Setup: wrong DC',
        'The URL says us21, the key belongs to another data center: Test connection gets 403 Wrong Datacenter.',
        URL_SET,
        FIXTURES.connections.wrongDataCenter
    ),
    setupScenario(
        'setup-no-access',
        'Setup: no access',
        'The admin holds Manage Mailchimp Sync through a permission set of their own, not Mailchimp Admin: the platform refuses the credential.',
        URL_SET,
        FIXTURES.connections.noPrincipalAccess
    ),
    setupScenario(
        'setup-not-permitted',
        'Setup: viewer',
        'A user who may read sync runs but lacks Manage Mailchimp Sync: no checklist, no buttons, a sentence naming the permission set.',
        FIXTURES.syncNotPermitted
    )
];

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
    ...SETUP_SCENARIOS,
    ...WEBHOOK_SCENARIOS
];

// ---- Bulk opt-out from a list view (issue 14) ----------------------------------------------------------

type BulkJob = MailchimpBulkOptOutApi.Job;

/**
 * A small in-memory MailchimpBulkOptOutController over one draft job: start takes the audiences chosen and answers
 * Running, and the page's next read (its 3-second poll) finds the job Completed with the fixture's results. Starts
 * from the component's Jest fixtures; the audiences' names are those chosen, as the server writes them.
 */
function bulkServer(start: BulkJob, finished: BulkJob, running: BulkJob): Scenario['apex'] {
    let state = clone(start);
    return {
        'MailchimpBulkOptOutController.getJob': () => {
            if (state.status === 'Running') {
                state = { ...clone(finished), audienceNames: state.audienceNames };
            }
            return state;
        },
        'MailchimpBulkOptOutController.start': (params) => {
            const ids = (params.audienceIds as string[]) ?? [];
            const names = state.audiences.filter((a) => ids.includes(a.id)).map((a) => a.name);
            state = {
                ...clone(running),
                audiences: [],
                canStart: false,
                audienceNames: names.length ? names.sort().join(', ') : everyAudience
            };
            return state;
        }
    };
}

SCENARIOS.push({
    id: 'bulk-opt-out',
    title: 'Bulk opt-out (list view)',
    description:
        '37 people selected in a Contact list view: choose audiences, confirm, follow the progress, read the summary.',
    component: 'bulkOptOut',
    record: contact(FIXTURES.severalAudiences),
    jobId: bulkDraft.id,
    apex: bulkServer(bulkDraft as BulkJob, bulkCompleted as BulkJob, bulkRunning as BulkJob)
});

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
