/**
 * View → what the card renders: which state it is in, what its summary says, and one row per membership.
 */
import { explainStatus, toBadge, type StatusHelpLabels } from './statusBadge';
import { isNotConfigured, type ReducedError } from 'c/mailchimpErrors';

type Overview = MailchimpMembershipApi.Overview;
type Membership = MailchimpMembershipApi.Membership;

export type CardState = 'loading' | 'error' | 'notConfigured' | 'notAPerson' | 'noEmail' | 'empty' | 'data';

/** Rows shown before "View all", like a related list on a record page. */
export const COLLAPSED_ROWS = 5;

export interface RowLabels {
    optedOutBySalesforce: string;
    optedOutByMailchimp: string;
    addedConfirmed: string;
    addedDoubleOptIn: string;
    /** Screen-reader text before the status badge ("Status:"). */
    statusPrefix: string;
    /** Accessible name of a status's help icon, {0} = the status. */
    statusHelpLabel: string;
    statusHelp: StatusHelpLabels;
    /** A new address waiting to be sent to Mailchimp, {0} = the address. */
    emailPending: string;
    /** The new address Mailchimp already has in the audience, and what to do, {0} = the address. */
    emailConflict: string;
}

/** What happened to an audience in the last action on this card, shown on its row until the next refresh. */
export interface RowNotice {
    text: string;
    isError: boolean;
}

export interface MembershipRow {
    id: string;
    audienceId: string;
    audienceName: string;
    statusLabel: string;
    badgeClass: string;
    /** "Status: " before the badge, for screen readers (a trailing space, so "Status: Pending" reads as two words). */
    statusPrefix: string;
    statusHelp?: string;
    statusHelpLabel?: string;
    /** The membership's address, shown when it could be mistaken for another (see showAddress). */
    email?: string | null;
    showAddress: boolean;
    /** When Mailchimp last changed it; the opt-out time stands in when Mailchimp sent none. */
    lastChanged?: string | null;
    unsubscribeReason?: string | null;
    hasDetails: boolean;
    /** Who opted the person out, or who added them and on what basis. */
    auditText?: string;
    notice?: RowNotice;
    noticeClass?: string;
    /** The person's new address is about to be sent to Mailchimp for this membership. */
    pendingText?: string;
    /** Mailchimp refused the new address here because it is already a member: what happened and what to do. */
    conflictText?: string;
}

export interface Summary {
    /** Audiences where the person is subscribed or pending. */
    active: number;
    /** Audiences the person is in at all, whatever the status (two addresses in one audience count once). */
    total: number;
}

/** Fills {0}, {1}… in a custom label. */
export function formatLabel(template: string, ...values: Array<string | number>): string {
    return values.reduce<string>((text, value, i) => text.split(`{${i}}`).join(String(value)), template);
}

export function deriveState(view: Overview | undefined, error: ReducedError | undefined): CardState {
    if (error) {
        return isNotConfigured(error) ? 'notConfigured' : 'error';
    }
    if (!view) {
        return 'loading';
    }
    if (view.notAPerson) {
        return 'notAPerson';
    }
    if (!view.hasEmail) {
        return 'noEmail';
    }
    if (!view.configured && !view.memberships.length) {
        return 'notConfigured';
    }
    return view.memberships.length ? 'data' : 'empty';
}

const ACTIVE = new Set(['subscribed', 'pending']);

export function isActive(status: string | null | undefined): boolean {
    return ACTIVE.has(status ?? '');
}

/** Addresses compare as Mailchimp compares them: trimmed, case-insensitive (toLowerCase is locale-independent). */
function sameAddress(a: string | null | undefined, b: string | null | undefined): boolean {
    return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}

/**
 * Who changed the membership from Salesforce: the opt-out while the person is unsubscribed, the add while they are
 * subscribed or pending. Otherwise a later change (in Mailchimp) made that line stale, so it is left out.
 */
function auditText(membership: Membership, labels: RowLabels): string | undefined {
    if (membership.status === 'unsubscribed' && membership.optOutSource) {
        return membership.optOutSource === 'Salesforce'
            ? formatLabel(labels.optedOutBySalesforce, membership.optedOutByName || '—')
            : labels.optedOutByMailchimp;
    }
    if (isActive(membership.status) && membership.addedByName && membership.consentBasis) {
        const template =
            membership.consentBasis === 'ConfirmedConsent' ? labels.addedConfirmed : labels.addedDoubleOptIn;
        return formatLabel(template, membership.addedByName);
    }
    return undefined;
}

/**
 * Which row of an audience carries its notice: the first active one (what an opt-out acts on), else the first.
 * @return membership id → notice
 */
function noticesByRow(
    memberships: Membership[],
    notices: Record<string, RowNotice> | undefined
): Map<string, RowNotice> {
    const byRow = new Map<string, RowNotice>();
    for (const [audienceId, notice] of Object.entries(notices ?? {})) {
        const rows = memberships.filter((m) => m.audienceId === audienceId);
        const target = rows.find((m) => isActive(m.status)) ?? rows[0];
        if (target) {
            byRow.set(target.id, notice);
        }
    }
    return byRow;
}

/**
 * One row per membership.
 * @param memberships the view's memberships, in display order
 * @param currentEmail the person's email now: a row for another address always shows its address; so does every
 *        row of an audience the person is in under more than one address (otherwise two "Monthly Newsletter" rows
 *        could not be told apart). Rows of the current, only address do not repeat what the record page shows.
 * @param notices audience id → what the last action said about it
 */
export function toRows(
    memberships: Membership[] | undefined,
    currentEmail: string | null | undefined,
    labels: RowLabels,
    notices?: Record<string, RowNotice>
): MembershipRow[] {
    const list = memberships ?? [];
    const addressesByAudience = new Map<string, Set<string>>();
    for (const m of list) {
        const addresses = addressesByAudience.get(m.audienceId) ?? new Set<string>();
        addresses.add((m.email ?? '').trim().toLowerCase());
        addressesByAudience.set(m.audienceId, addresses);
    }
    const rowNotices = noticesByRow(list, notices);
    return list.map((membership) => {
        const badge = toBadge(membership.status, membership.statusLabel);
        const help = explainStatus(membership.status, labels.statusHelp);
        const lastChanged = membership.lastChanged || membership.optedOutAt;
        const notice = rowNotices.get(membership.id);
        const showAddress =
            Boolean(membership.email) &&
            ((addressesByAudience.get(membership.audienceId)?.size ?? 0) > 1 ||
                !sameAddress(membership.email, currentEmail));
        return {
            id: membership.id,
            audienceId: membership.audienceId,
            audienceName: membership.audienceName,
            statusLabel: badge.label,
            badgeClass: badge.className,
            statusPrefix: `${labels.statusPrefix} `,
            statusHelp: help,
            statusHelpLabel: help ? formatLabel(labels.statusHelpLabel, badge.label) : undefined,
            email: membership.email,
            showAddress,
            lastChanged,
            unsubscribeReason: membership.unsubscribeReason,
            hasDetails: Boolean(showAddress || lastChanged || membership.unsubscribeReason),
            auditText: auditText(membership, labels),
            notice,
            noticeClass: notice
                ? `notice slds-text-body_small slds-m-top_xx-small ${notice.isError ? 'slds-text-color_error' : ''}`.trim()
                : undefined,
            pendingText: membership.pendingEmail
                ? formatLabel(labels.emailPending, membership.pendingEmail)
                : undefined,
            // Once the member was archived (the admin kept the other one), the conflict is settled.
            conflictText:
                membership.emailConflict && membership.status !== 'archived'
                    ? formatLabel(labels.emailConflict, membership.emailConflict)
                    : undefined
        };
    });
}

/** The rows to show: the first few until the user asks for all, and always a row that carries a notice or a conflict. */
export function visibleRows(rows: MembershipRow[], expanded: boolean, limit = COLLAPSED_ROWS): MembershipRow[] {
    return expanded
        ? rows
        : rows.filter((row, index) => index < limit || Boolean(row.notice) || Boolean(row.conflictText));
}

/** How many audiences the person is in, and in how many of them they get (or are about to get) marketing email. */
export function summarize(memberships: Membership[] | undefined): Summary {
    const all = new Set<string>();
    const active = new Set<string>();
    for (const m of memberships ?? []) {
        all.add(m.audienceId);
        if (isActive(m.status)) {
            active.add(m.audienceId);
        }
    }
    return { active: active.size, total: all.size };
}

/** Manage is offered only to users who may manage, for a person with an email, when there is something to do. */
export function canManage(view: Overview | undefined): boolean {
    if (!view || !view.canManage || !view.hasEmail) {
        return false;
    }
    return view.addableAudiences.length > 0 || view.memberships.some((m) => isActive(m.status));
}
