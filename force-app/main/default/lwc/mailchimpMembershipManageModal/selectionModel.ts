/**
 * Selection model of the Manage modal: which audiences can be opted out of or added to, what the user
 * picked (and whether they confirmed the person's permission), and the choice the modal returns.
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
    /** The user confirmed the person gave permission to receive marketing email from the audience picked. */
    consent: boolean;
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
 * Audiences the person can be added to. Where the server says adding can only be pending (the person's address is
 * there as unsubscribed, cleaned, archived…), Mailchimp will send a confirmation email: the option says so.
 * @param confirmSuffix label with {0} for the audience name
 */
export function addOptions(audiences: Audience[] | undefined, confirmSuffix: string): Option[] {
    return (audiences ?? []).map((a) => ({
        label: a.requiresConfirmation ? confirmSuffix.split('{0}').join(a.name) : a.name,
        value: a.id
    }));
}

/** Whether adding to this audience can only be pending, whatever the user confirms. */
export function requiresConfirmation(audiences: Audience[] | undefined, audienceId: string): boolean {
    return Boolean((audiences ?? []).find((a) => a.id === audienceId)?.requiresConfirmation);
}

/** The consent checkbox is asked only where it can change anything: a picked audience new to the address. */
export function asksConsent(selection: Selection, audiences: Audience[] | undefined): boolean {
    return selection.mode === 'add' && Boolean(selection.addId) && !requiresConfirmation(audiences, selection.addId);
}

export function initialSelection(optOut: Option[], add: Option[]): Selection {
    return { mode: optOut.length || !add.length ? 'optOut' : 'add', optOutIds: [], addId: '', consent: false };
}

/** Picking another audience clears the consent: it was confirmed for one audience, not for any. */
export function pickAudience(selection: Selection, audienceId: string): Selection {
    return { ...selection, addId: audienceId, consent: audienceId === selection.addId && selection.consent };
}

export function canConfirm(selection: Selection): boolean {
    return selection.mode === 'optOut' ? selection.optOutIds.length > 0 : Boolean(selection.addId);
}

/**
 * The choice the modal closes with, or undefined when nothing valid is selected. Adding without the user's
 * confirmation is still a choice: it goes out as pending, so Mailchimp asks the person.
 */
export function toChoice(selection: Selection, audiences: Audience[] | undefined): ManageChoice | undefined {
    if (!canConfirm(selection)) {
        return undefined;
    }
    return selection.mode === 'optOut'
        ? { action: 'optOut', audienceIds: [...selection.optOutIds] }
        : {
              action: 'add',
              audienceId: selection.addId,
              consentConfirmed: selection.consent && asksConsent(selection, audiences)
          };
}

/** Fills {0}, {1}… in a custom label. */
export function fill(template: string, ...values: string[]): string {
    return values.reduce((text, value, i) => text.split(`{${i}}`).join(value), template);
}

export interface AddTexts {
    /** {0} = the address: Mailchimp subscribes it now. */
    subscribes: string;
    /** {0} = the address: Mailchimp emails it to confirm. */
    pending: string;
    /** The address was on the audience before: only a confirmation email can bring it back. */
    confirmationOnly: string;
}

/** What pressing Add will do, said before the user presses it. */
export function addOutcomeText(
    selection: Selection,
    audiences: Audience[] | undefined,
    email: string,
    texts: AddTexts
): string {
    if (selection.mode !== 'add' || !selection.addId) {
        return '';
    }
    if (!asksConsent(selection, audiences)) {
        return texts.confirmationOnly;
    }
    return fill(selection.consent ? texts.subscribes : texts.pending, email);
}
