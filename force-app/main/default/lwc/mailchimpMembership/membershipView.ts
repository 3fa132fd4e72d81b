/**
 * View → what the card renders: which state it is in, and one row per audience.
 */
import { toBadge } from './statusBadge';
import { isNotConfigured, type ReducedError } from 'c/mailchimpErrors';

type Overview = MailchimpMembershipApi.Overview;
type Membership = MailchimpMembershipApi.Membership;

export type CardState = 'loading' | 'error' | 'notConfigured' | 'noEmail' | 'empty' | 'data';

export interface RowLabels {
    optedOutBySalesforce: string;
    optedOutByMailchimp: string;
}

export interface MembershipRow {
    id: string;
    audienceName: string;
    statusLabel: string;
    badgeClass: string;
    lastChanged?: string | null;
    unsubscribeReason?: string | null;
    hasDetails: boolean;
    auditText?: string;
    optedOutAt?: string | null;
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
    if (!view.hasEmail) {
        return 'noEmail';
    }
    if (!view.configured && !view.memberships.length) {
        return 'notConfigured';
    }
    return view.memberships.length ? 'data' : 'empty';
}

/** The opt-out audit line is shown only while the person is unsubscribed. */
function auditText(membership: Membership, labels: RowLabels): string | undefined {
    if (membership.status !== 'unsubscribed' || !membership.optOutSource) {
        return undefined;
    }
    if (membership.optOutSource === 'Salesforce') {
        return formatLabel(labels.optedOutBySalesforce, membership.optedOutByName || '—');
    }
    return labels.optedOutByMailchimp;
}

export function toRows(memberships: Membership[] | undefined, labels: RowLabels): MembershipRow[] {
    return (memberships ?? []).map((membership) => {
        const badge = toBadge(membership.status, membership.statusLabel);
        const text = auditText(membership, labels);
        return {
            id: membership.id,
            audienceName: membership.audienceName,
            statusLabel: badge.label,
            badgeClass: badge.className,
            lastChanged: membership.lastChanged,
            unsubscribeReason: membership.unsubscribeReason,
            hasDetails: Boolean(membership.lastChanged || membership.unsubscribeReason),
            auditText: text,
            optedOutAt: text ? membership.optedOutAt : undefined
        };
    });
}

const ACTIVE = new Set(['subscribed', 'pending']);

/** Manage is offered only to users who may manage, for a person with an email, when there is something to do. */
export function canManage(view: Overview | undefined): boolean {
    if (!view || !view.canManage || !view.hasEmail) {
        return false;
    }
    return view.addableAudiences.length > 0 || view.memberships.some((m) => ACTIVE.has(m.status));
}
