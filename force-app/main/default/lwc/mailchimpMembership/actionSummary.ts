/**
 * Outcome of a Manage action → the toast to show, and what stays on each audience's row until the next refresh
 * (a phone shows only a toast's title, and a toast disappears: the row keeps what failed and why).
 */
import { formatLabel, type RowNotice } from './membershipView';

type OptOutOutcome = MailchimpMembershipApi.OptOutOutcome;
type OptOutResult = MailchimpMembershipApi.OptOutResult;
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
    /** Row text of a refused opt-out, {0} = why. */
    rowOptOutFailed: string;
}

/** The plain success code; any other code the server sends with a success is shown with its message. */
const SUCCEEDED = 'Succeeded';

type Kind = 'done' | 'noted' | 'failed';

/**
 * Failed when not successful. Noted when successful but the server said something about it: a message, or an outcome
 * code other than a plain success (e.g. "already unsubscribed, nothing to do"), whatever that code is.
 */
function kindOf(result: OptOutResult): Kind {
    if (!result.success) {
        return 'failed';
    }
    return result.message || (result.outcome && result.outcome !== SUCCEEDED) ? 'noted' : 'done';
}

const nameOf = (r: OptOutResult): string => r.audienceName || r.audienceId;

/** All accepted → success; some refused → warning listing what failed and why; none → error. Notes are listed too. */
export function summarizeOptOut(outcome: OptOutOutcome, labels: SummaryLabels): ToastSpec {
    const results = outcome?.results ?? [];
    const of = (kind: Kind) => results.filter((r) => kindOf(r) === kind);
    const [done, noted, failed] = [of('done'), of('noted'), of('failed')];
    const line = (r: OptOutResult) => formatLabel(labels.resultLine, nameOf(r), r.message || r.outcome || '');
    const parts = [
        done.length ? formatLabel(labels.optOutDoneMessage, done.map(nameOf).join(', ')) : '',
        ...noted.map(line),
        ...failed.map(line)
    ].filter(Boolean);
    const message = parts.join(' ');
    if (!failed.length) {
        return { label: labels.optOutDone, message, variant: 'success' };
    }
    if (!done.length && !noted.length) {
        return { label: labels.optOutFailed, message, variant: 'error' };
    }
    return { label: labels.optOutPartial, message, variant: 'warning' };
}

/** What each audience's row says after an opt-out: a refusal and why, or the server's note; nothing when it just worked. */
export function optOutNotices(outcome: OptOutOutcome, labels: SummaryLabels): Record<string, RowNotice> {
    const notices: Record<string, RowNotice> = {};
    for (const result of outcome?.results ?? []) {
        const kind = kindOf(result);
        if (kind === 'failed') {
            notices[result.audienceId] = {
                text: formatLabel(labels.rowOptOutFailed, result.message || ''),
                isError: true
            };
        } else if (kind === 'noted' && result.message) {
            notices[result.audienceId] = { text: result.message, isError: false };
        }
    }
    return notices;
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

/** A refused add stays on the card too: on the audience's row when the person has one there. */
export function addNotices(audienceId: string, outcome: AddOutcome): Record<string, RowNotice> {
    return outcome?.success || !outcome?.message ? {} : { [audienceId]: { text: outcome.message, isError: true } };
}

/**
 * The notices after an action: those of the audiences it acted on are replaced (a retried opt-out that worked
 * clears its earlier failure); the others stay until the next refresh.
 */
export function mergeNotices(
    previous: Record<string, RowNotice>,
    actedOn: string[],
    next: Record<string, RowNotice>
): Record<string, RowNotice> {
    const merged: Record<string, RowNotice> = { ...previous };
    for (const audienceId of actedOn) {
        delete merged[audienceId];
    }
    return { ...merged, ...next };
}
