/**
 * Selection model of the Manage modal: which audiences can be opted out of or added to, what the user
 * picked, and the choice the modal returns.
 */
type Membership = MailchimpMembershipApi.Membership;
type Audience = MailchimpMembershipApi.Audience;
type ManageChoice = MailchimpMembershipApi.ManageChoice;

export type Mode = 'optOut' | 'add';

export interface Option {
    label: string;
    value: string;
}

export interface Selection {
    mode: Mode;
    optOutIds: string[];
    addId: string;
}

const OPT_OUTABLE = new Set(['subscribed', 'pending']);

/**
 * Audiences the person currently receives (or is about to receive) marketing email from, once each: a person
 * who changed email can hold two memberships in one audience, and opting out of the audience covers both.
 */
export function optOutOptions(memberships: Membership[] | undefined): Option[] {
    const seen = new Set<string>();
    return (memberships ?? [])
        .filter((m) => OPT_OUTABLE.has(m.status))
        .filter((m) => !seen.has(m.audienceId) && Boolean(seen.add(m.audienceId)))
        .map((m) => ({ label: m.audienceName, value: m.audienceId }));
}

/**
 * Audiences the person can be added to. Where Salesforce already holds a membership (unsubscribed,
 * cleaned, archived…), Mailchimp will send a confirmation email: the option says so.
 * @param confirmSuffix label with {0} for the audience name
 */
export function addOptions(
    audiences: Audience[] | undefined,
    memberships: Membership[] | undefined,
    confirmSuffix: string
): Option[] {
    const known = new Set((memberships ?? []).map((m) => m.audienceId));
    return (audiences ?? []).map((a) => ({
        label: known.has(a.id) ? confirmSuffix.split('{0}').join(a.name) : a.name,
        value: a.id
    }));
}

export function initialSelection(optOut: Option[], add: Option[]): Selection {
    return { mode: optOut.length || !add.length ? 'optOut' : 'add', optOutIds: [], addId: '' };
}

export function canConfirm(selection: Selection): boolean {
    return selection.mode === 'optOut' ? selection.optOutIds.length > 0 : Boolean(selection.addId);
}

/** The choice the modal closes with, or undefined when nothing valid is selected. */
export function toChoice(selection: Selection): ManageChoice | undefined {
    if (!canConfirm(selection)) {
        return undefined;
    }
    return selection.mode === 'optOut'
        ? { action: 'optOut', audienceIds: [...selection.optOutIds] }
        : { action: 'add', audienceId: selection.addId };
}
