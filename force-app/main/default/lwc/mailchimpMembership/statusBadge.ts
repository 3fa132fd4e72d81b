/**
 * Status → badge and explanation. Each Mailchimp status gets its own look so a glance tells them apart; the text
 * label is always shown too, so colour is never the only cue; and each has one plain sentence saying what it means
 * for the person (a rep does not have to know Mailchimp's vocabulary).
 */
const THEME_BY_STATUS: Record<string, string> = {
    subscribed: 'slds-theme_success',
    pending: 'slds-theme_warning',
    unsubscribed: 'slds-badge_inverse',
    cleaned: 'slds-theme_error',
    transactional: 'slds-badge_lightest',
    archived: ''
};

export interface Badge {
    label: string;
    className: string;
}

/** One sentence per Mailchimp status (custom labels MailchimpMembershipStatusHelp*). */
export type StatusHelpLabels = Record<
    'subscribed' | 'unsubscribed' | 'cleaned' | 'pending' | 'transactional' | 'archived',
    string
>;

/**
 * @param status Mailchimp status value (subscribed, unsubscribed, cleaned, pending, transactional, archived)
 * @param statusLabel translated label from the server; the raw status when missing
 */
export function toBadge(status: string | null | undefined, statusLabel?: string | null): Badge {
    const theme = status ? (THEME_BY_STATUS[status] ?? '') : '';
    return {
        label: statusLabel || status || '',
        className: theme ? `slds-badge ${theme} status-badge` : 'slds-badge status-badge'
    };
}

/**
 * What a status means for the person, in plain words.
 * @return the sentence, or undefined for a status Mailchimp may add later (nothing is better than a guess)
 */
export function explainStatus(status: string | null | undefined, help: StatusHelpLabels): string | undefined {
    return status && Object.prototype.hasOwnProperty.call(help, status)
        ? help[status as keyof StatusHelpLabels]
        : undefined;
}
