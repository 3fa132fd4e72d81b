/**
 * The admin actions that take a person out of Mailchimp: archive (per audience) and forget (delete permanently from
 * every audience). When the card offers them, what their modals list, and outcome → toast and row notices.
 */
import { formatLabel, type RowNotice } from './membershipView';
import type { ToastSpec } from './actionSummary';

type Overview = MailchimpMembershipApi.Overview;
type Membership = MailchimpMembershipApi.Membership;
type AudienceResult = MailchimpMembershipApi.AudienceResult;

/** A choice in a modal's list. */
export interface Option {
    label: string;
    value: string;
}

export interface RemovalLabels {
    archiveDone: string;
    archivePartial: string;
    archiveFailed: string;
    forgetDone: string;
    forgetPartial: string;
    forgetFailed: string;
    /** "{0}: {1}" = audience, what happened. */
    resultLine: string;
    /** Row text of a refused archive, {0} = why. */
    rowArchiveFailed: string;
}

/** Statuses Mailchimp can archive: not pending, not cleaned (bounced), not already archived. */
const ARCHIVABLE = new Set(['subscribed', 'unsubscribed', 'transactional']);

/**
 * The audiences the person can be archived in, once each, in the card's order.
 * @param memberships the view's memberships
 */
export function archiveOptions(memberships: Membership[] | undefined): Option[] {
    const options: Option[] = [];
    const seen = new Set<string>();
    for (const m of memberships ?? []) {
        if (ARCHIVABLE.has(m.status) && !seen.has(m.audienceId)) {
            seen.add(m.audienceId);
            options.push({ label: m.audienceName, value: m.audienceId });
        }
    }
    return options;
}

/** The audiences Salesforce knows the person is in, once each: what a forget will erase (Mailchimp checks the rest). */
export function forgetAudienceNames(memberships: Membership[] | undefined): string[] {
    return [...new Set((memberships ?? []).map((m) => m.audienceName))];
}

/** Archive is offered to a user holding the permission, on a person with something Mailchimp can archive. */
export function canArchive(view: Overview | undefined): boolean {
    return Boolean(view?.canArchive && !view.notAPerson && archiveOptions(view.memberships).length > 0);
}

/** Forget is offered to a user holding the permission, on a person Mailchimp may know: an address or a membership. */
export function canForget(view: Overview | undefined): boolean {
    return Boolean(view?.canForget && !view.notAPerson && (view.hasEmail || view.memberships.length > 0));
}

const nameOf = (r: AudienceResult): string => r.audienceName || r.audienceId || '';

/** Every audience archived → success; some refused → warning listing why; none → error. Notes are listed too. */
export function summarizeArchive(outcome: MailchimpMembershipApi.ArchiveOutcome, labels: RemovalLabels): ToastSpec {
    const results = outcome?.results ?? [];
    const failed = results.filter((r) => !r.success);
    const message = results
        .filter((r) => r.message)
        .map((r) => formatLabel(labels.resultLine, nameOf(r), r.message ?? ''))
        .join(' ');
    if (!failed.length) {
        return { label: labels.archiveDone, message, variant: 'success' };
    }
    if (failed.length === results.length) {
        return { label: labels.archiveFailed, message, variant: 'error' };
    }
    return { label: labels.archivePartial, message, variant: 'warning' };
}

/** What each audience's row says after an archive: a refusal and why, or the server's note. */
export function archiveNotices(
    outcome: MailchimpMembershipApi.ArchiveOutcome,
    labels: RemovalLabels
): Record<string, RowNotice> {
    const notices: Record<string, RowNotice> = {};
    for (const result of outcome?.results ?? []) {
        if (!result.audienceId || !result.message) {
            continue;
        }
        notices[result.audienceId] = result.success
            ? { text: result.message, isError: false }
            : { text: formatLabel(labels.rowArchiveFailed, result.message), isError: true };
    }
    return notices;
}

/** Forgotten or nothing to forget → success; partly → warning with each refusal; refused → error. */
export function summarizeForget(outcome: MailchimpMembershipApi.ForgetOutcome, labels: RemovalLabels): ToastSpec {
    const refusals = (outcome?.results ?? [])
        .filter((r) => !r.success && r.message)
        .map((r) => formatLabel(labels.resultLine, nameOf(r), r.message ?? ''));
    const message = [outcome?.message ?? '', ...refusals].filter(Boolean).join(' ');
    if (outcome?.success) {
        return { label: labels.forgetDone, message, variant: 'success' };
    }
    if (outcome?.status === 'PartlyForgotten') {
        return { label: labels.forgetPartial, message, variant: 'warning' };
    }
    return { label: labels.forgetFailed, message, variant: 'error' };
}
