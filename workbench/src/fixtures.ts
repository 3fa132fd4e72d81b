/**
 * The component's Jest fixtures: the workbench's scenarios start from exactly this data, so the
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
import optOutPartial from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/optOutPartial.json';
import errorMailchimp from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/errorMailchimp.json';
import errorNotConfigured from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/errorNotConfigured.json';
import complianceMessage from '@salesforce/label/c.MailchimpErrorComplianceState';
import addedSubscribed from '@salesforce/label/c.MailchimpMembershipAddedSubscribed';
import addedPending from '@salesforce/label/c.MailchimpMembershipAddedPending';
import notAMember from '@salesforce/label/c.MailchimpMembershipErrorNotAMember';

type Overview = MailchimpMembershipApi.Overview;

/**
 * Several audiences, every status the fixtures hold: the Contact's four memberships (pending,
 * subscribed, cleaned, unsubscribed) plus the archived and transactional ones from the Lead fixture.
 */
function severalAudiences(): Overview {
    const base = memberships as Overview;
    const others = (leadMemberships as Overview).memberships.filter(
        (m) => m.status === 'archived' || m.status === 'transactional'
    );
    return { ...base, memberships: [...base.memberships, ...others] };
}

/** What a refresh finds in Mailchimp: refreshed.json's changes applied to the same memberships. */
function refreshedFrom(view: Overview): Overview {
    const latest = refreshed as Overview;
    return { ...view, memberships: view.memberships.map((m) => latest.memberships.find((r) => r.id === m.id) ?? m) };
}

const partial = optOutPartial as MailchimpMembershipApi.OptOutOutcome;

const several = severalAudiences();

export const FIXTURES = {
    severalAudiences: several,
    severalAudiencesRefreshed: refreshedFrom(several),
    readOnly: membershipsReadOnly as Overview,
    noMemberships: noMemberships as Overview,
    noEmail: noEmail as Overview,
    notConfigured: notConfigured as Overview,
    errorMailchimp,
    errorNotConfigured,
    /** The audience optOutPartial.json refuses, refused with the text Apex sends for Mailchimp's compliance state. */
    refusals: Object.fromEntries(
        partial.results.filter((r) => !r.success).map((r) => [r.audienceId, complianceMessage])
    ),
    messages: { addedSubscribed, addedPending, notAMember }
};
