/**
 * Outcome of a Manage action → the toast to show.
 */
import { formatLabel } from './membershipView';

type OptOutOutcome = MailchimpMembershipApi.OptOutOutcome;
type AddOutcome = MailchimpMembershipApi.AddOutcome;

export type ToastVariant = 'success' | 'warning' | 'error' | 'info';

export interface ToastSpec {
    label: string;
    message: string;
    variant: ToastVariant;
}

export interface SummaryLabels {
    optOutDone: string;
    optOutDoneMessage: string;
    optOutPartial: string;
    optOutFailed: string;
    resultLine: string;
    added: string;
    addedPending: string;
    addFailed: string;
}

/** All accepted → success; some → warning listing what failed and why; none → error. */
export function summarizeOptOut(outcome: OptOutOutcome, labels: SummaryLabels): ToastSpec {
    const results = outcome?.results ?? [];
    const done = results.filter((r) => r.success);
    const failed = results.filter((r) => !r.success);
    const name = (r: MailchimpMembershipApi.OptOutResult) => r.audienceName || r.audienceId;
    if (!failed.length) {
        return {
            label: labels.optOutDone,
            message: formatLabel(labels.optOutDoneMessage, done.map(name).join(', ')),
            variant: 'success'
        };
    }
    const reasons = failed.map((r) => formatLabel(labels.resultLine, name(r), r.message || '')).join(' ');
    if (!done.length) {
        return { label: labels.optOutFailed, message: reasons, variant: 'error' };
    }
    return {
        label: labels.optOutPartial,
        message: `${formatLabel(labels.optOutDoneMessage, done.map(name).join(', '))} ${reasons}`,
        variant: 'warning'
    };
}

export function summarizeAdd(outcome: AddOutcome, labels: SummaryLabels): ToastSpec {
    if (!outcome?.success) {
        return { label: labels.addFailed, message: outcome?.message || '', variant: 'error' };
    }
    if (outcome.status === 'pending') {
        return { label: labels.addedPending, message: outcome.message || '', variant: 'info' };
    }
    return { label: labels.added, message: outcome.message || '', variant: 'success' };
}
