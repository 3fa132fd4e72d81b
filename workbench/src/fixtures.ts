/**
 * The components' Jest fixtures: the workbench's scenarios start from exactly this data, so the
 * browser tests and the Jest tests read one set of fixtures. Messages that Apex builds from custom
 * labels come from the same labels here.
 */
import memberships from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/memberships.json';
import membershipsReadOnly from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/membershipsReadOnly.json';
import leadMemberships from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/leadMemberships.json';
import noMemberships from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/noMemberships.json';
import noEmail from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/noEmail.json';
import notConfigured from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/notConfigured.json';
import refreshed from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/refreshed.json';
import emailChanged from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/emailChanged.json';
import optOutPartial from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/optOutPartial.json';
import errorMailchimp from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/errorMailchimp.json';
import errorNotConfigured from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/errorNotConfigured.json';
import syncScheduled from '../../force-app/main/default/lwc/mailchimpSyncConsole/__tests__/data/statusScheduled.json';
import syncNotScheduled from '../../force-app/main/default/lwc/mailchimpSyncConsole/__tests__/data/statusNotScheduled.json';
import syncNotPermitted from '../../force-app/main/default/lwc/mailchimpSyncConsole/__tests__/data/statusNotPermitted.json';
import connectionConnected from '../../force-app/main/default/lwc/mailchimpSyncConsole/__tests__/data/connectionConnected.json';
import connectionNoKey from '../../force-app/main/default/lwc/mailchimpSyncConsole/__tests__/data/connectionNoKey.json';
import connectionNoPrincipalAccess from '../../force-app/main/default/lwc/mailchimpSyncConsole/__tests__/data/connectionNoPrincipalAccess.json';
import connectionPlaceholderRejected from '../../force-app/main/default/lwc/mailchimpSyncConsole/__tests__/data/connectionPlaceholderRejected.json';
import connectionWrongDataCenter from '../../force-app/main/default/lwc/mailchimpSyncConsole/__tests__/data/connectionWrongDataCenter.json';
import complianceMessage from '@salesforce/label/c.MailchimpErrorComplianceState';
import addedSubscribed from '@salesforce/label/c.MailchimpMembershipAddedSubscribed';
import addedPending from '@salesforce/label/c.MailchimpMembershipAddedPending';
import notAMember from '@salesforce/label/c.MailchimpMembershipErrorNotAMember';

type Overview = MailchimpMembershipApi.Overview;

/** A connection test's fixture: its result and the checklist steps it decides. */
export interface ConnectionFound {
    connection: MailchimpSyncConsoleApi.ConnectionResult;
    checklist: MailchimpSyncConsoleApi.ChecklistItem[];
}
type Membership = MailchimpMembershipApi.Membership;

/**
 * Several audiences, every status the fixtures hold: the Contact's four memberships (pending,
 * subscribed, cleaned, unsubscribed) plus the archived and transactional ones from the Lead fixture,
 * as memberships of the Contact's address (so re-adding the archived audience can only be pending).
 */
function severalAudiences(): Overview {
    const base = memberships as Overview;
    const others = (leadMemberships as Overview).memberships
        .filter((m) => m.status === 'archived' || m.status === 'transactional')
        .map((m) => ({ ...m, email: base.email }));
    const ids = new Set(others.map((m) => m.audienceId));
    return {
        ...base,
        memberships: [...base.memberships, ...others],
        addableAudiences: base.addableAudiences.map((a) => (ids.has(a.id) ? { ...a, requiresConfirmation: true } : a))
    };
}

/** What a refresh finds in Mailchimp: refreshed.json's changes applied to the same memberships. */
function refreshedFrom(view: Overview): Overview {
    const latest = refreshed as Overview;
    return {
        ...view,
        lastSyncedAt: latest.lastSyncedAt,
        memberships: view.memberships.map((m) => latest.memberships.find((r) => r.id === m.id) ?? m)
    };
}

/** A long audience name, as real lists have: it must wrap on a 360 px sidebar, never be cut. */
export const LONG_AUDIENCE_NAME =
    'Enterprise Customer Advisory Board — Quarterly Product Roadmap Briefings (EMEA & APAC)';

const MANY_STATUSES = ['subscribed', 'unsubscribed', 'pending', 'subscribed', 'cleaned', 'subscribed', 'archived'];
const STATUS_LABELS: Record<string, string> = {
    subscribed: 'Subscribed',
    unsubscribed: 'Unsubscribed',
    cleaned: 'Cleaned',
    pending: 'Pending',
    transactional: 'Transactional',
    archived: 'Archived'
};

/** A person on 14 audiences (the long name first), to see the card collapse behind "View all". */
function manyAudiences(): Overview {
    const base = memberships as Overview;
    const template = base.memberships[1];
    const names = [
        LONG_AUDIENCE_NAME,
        'Monthly Newsletter',
        'Events & Webinars',
        'Product Updates',
        'Partner Program',
        'Beta Testers',
        'Customer Stories',
        'Developer Digest',
        'Holiday Offers',
        'Industry Reports',
        'Local Meetups',
        'Security Advisories',
        'Training & Certification',
        'Weekly Tips'
    ];
    const rows: Membership[] = names.map((name, i) => {
        const status = MANY_STATUSES[i % MANY_STATUSES.length];
        return {
            ...template,
            id: `a025g00000Mx${String(i).padStart(4, '0')}AAB`,
            audienceId: `a015g00000Ax${String(i).padStart(4, '0')}AAB`,
            audienceName: name,
            status,
            statusLabel: STATUS_LABELS[status]
        };
    });
    return { ...base, memberships: rows, addableAudiences: [] };
}

const partial = optOutPartial as MailchimpMembershipApi.OptOutOutcome;

const several = severalAudiences();

/** Partner Program: the person bounced there; Mailchimp refuses to add them again (compliance state). */
const PARTNER_PROGRAM = several.addableAudiences.find((a) => a.name === 'Partner Program')!;

export const FIXTURES = {
    severalAudiences: several,
    severalAudiencesRefreshed: refreshedFrom(several),
    readOnly: membershipsReadOnly as Overview,
    noMemberships: noMemberships as Overview,
    noEmail: noEmail as Overview,
    notConfigured: notConfigured as Overview,
    emailChanged: emailChanged as Overview,
    manyAudiences: manyAudiences(),
    errorMailchimp,
    errorNotConfigured,
    /** The audience optOutPartial.json refuses, refused with the text Apex sends for Mailchimp's compliance state. */
    refusals: Object.fromEntries(
        partial.results.filter((r) => !r.success).map((r) => [r.audienceId, complianceMessage])
    ),
    addRefusals: { [PARTNER_PROGRAM.id]: complianceMessage },
    // ---- the Mailchimp Setup page (JSON widens the checklist's keys and states to string: cast as Apex sends them)
    syncScheduled: syncScheduled as unknown as MailchimpSyncConsoleApi.Status,
    syncNotScheduled: syncNotScheduled as unknown as MailchimpSyncConsoleApi.Status,
    syncNotPermitted: syncNotPermitted as unknown as MailchimpSyncConsoleApi.Status,
    /** What Test connection finds: the result and the steps it decides (URL, key, audiences). */
    connections: {
        connected: connectionConnected as unknown as ConnectionFound,
        noKey: connectionNoKey as unknown as ConnectionFound,
        noPrincipalAccess: connectionNoPrincipalAccess as unknown as ConnectionFound,
        placeholderRejected: connectionPlaceholderRejected as unknown as ConnectionFound,
        wrongDataCenter: connectionWrongDataCenter as unknown as ConnectionFound
    },
    messages: { addedSubscribed, addedPending, notAMember },
    statusLabels: STATUS_LABELS
};
