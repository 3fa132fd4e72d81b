/**
 * Mailchimp Membership card for Contact and Lead record pages: every audience and status at a glance,
 * a refresh that re-reads Mailchimp now, and a Manage action (opt out of audiences, or add to one).
 * Wiring and events only; the rules live in the sibling modules and in Apex.
 */
import { LightningElement, api, wire } from 'lwc';
import Toast from 'lightning/toast';
import { refreshApex } from '@salesforce/apex';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import getMemberships from '@salesforce/apex/MailchimpMembershipController.getMemberships';
import refreshMemberships from '@salesforce/apex/MailchimpMembershipController.refreshMemberships';
import optOut from '@salesforce/apex/MailchimpMembershipController.optOut';
import addToAudience from '@salesforce/apex/MailchimpMembershipController.addToAudience';
import ManageModal from 'c/mailchimpMembershipManageModal';
import { LABELS } from './labels';
import { reduceError, isNotConfigured, type ReducedError } from 'c/mailchimpErrors';
import {
    COLLAPSED_ROWS,
    canManage,
    deriveState,
    formatLabel,
    summarize,
    toRows,
    visibleRows,
    type CardState,
    type MembershipRow,
    type RowNotice
} from './membershipView';
import {
    addNotices,
    mergeNotices,
    optOutNotices,
    summarizeAdd,
    summarizeOptOut,
    type ToastSpec
} from './actionSummary';

type Overview = MailchimpMembershipApi.Overview;
type Wired = MailchimpMembershipApi.Wired<Overview>;

interface Answer {
    /** What the answer changes on the card. */
    apply: () => void;
    toast: ToastSpec;
}

interface RunOptions {
    reload: boolean;
    reportIfMoved: boolean;
}

/** Record Ids arrive as 15 or 18 characters; the first 15 identify the record. */
const sameRecord = (a: string | null | undefined, b: string | null | undefined): boolean =>
    Boolean(a && b && a.slice(0, 15) === b.slice(0, 15));

export default class MailchimpMembership extends LightningElement {
    labels = LABELS;
    view?: Overview;
    error?: ReducedError;
    busy = false;
    /** "View all" pressed: every row is shown. */
    expanded = false;
    /** Audience id → what the last actions said about it, kept on the rows until the next refresh. */
    notices: Record<string, RowNotice> = {};
    private shownRecordId?: string;
    private wired?: Wired;
    private restoreFocus = false;
    private focusAfterAction: 'manage' | 'refresh' = 'refresh';

    @api
    get recordId(): string | undefined {
        return this.shownRecordId;
    }

    set recordId(value: string | undefined) {
        if (value !== this.shownRecordId) {
            // Another record: nothing about the previous one may stay on the card.
            this.shownRecordId = value;
            this.view = undefined;
            this.error = undefined;
            this.notices = {};
            this.expanded = false;
        }
    }

    @wire(getMemberships, { recordId: '$recordId' })
    wiredMemberships(result: Wired): void {
        this.wired = result;
        if (result.data) {
            if (!sameRecord(result.data.recordId, this.recordId)) {
                return; // an answer for a record the card no longer shows
            }
            this.view = result.data;
            this.error = undefined;
        } else if (result.error) {
            this.view = undefined;
            this.error = reduceError(result.error, LABELS.unexpected);
        }
    }

    get state(): CardState {
        return deriveState(this.view, this.error);
    }

    get isLoading(): boolean {
        return this.state === 'loading';
    }

    get isError(): boolean {
        return this.state === 'error';
    }

    get isNotConfigured(): boolean {
        return this.state === 'notConfigured';
    }

    get isNoEmail(): boolean {
        return this.state === 'noEmail';
    }

    get isEmpty(): boolean {
        return this.state === 'empty';
    }

    private get allRows(): MembershipRow[] {
        return toRows(this.view?.memberships, this.view?.email, LABELS, this.notices);
    }

    get rows(): MembershipRow[] {
        return visibleRows(this.allRows, this.expanded);
    }

    get hasRows(): boolean {
        return Boolean(this.view?.memberships.length);
    }

    /** "Subscribed or pending in 2 of 6 audiences": what the count means is in its words. */
    get summaryText(): string {
        const { active, total } = summarize(this.view?.memberships);
        return formatLabel(total === 1 ? LABELS.summaryOne : LABELS.summary, active, total);
    }

    /** "Updated from Mailchimp " with the space before the relative time in the text, where screen readers hear it. */
    get freshnessLabel(): string {
        return `${LABELS.updated} `;
    }

    /** When Mailchimp was last read, as the timestamp lightning-relative-date-time takes (it refuses ISO text). */
    get lastSyncedAt(): number | undefined {
        const time = this.view?.lastSyncedAt ? Date.parse(this.view.lastSyncedAt) : NaN;
        return Number.isNaN(time) ? undefined : time;
    }

    /** The line above the rows: what the count means, how current it is, and Manage. */
    get showToolbar(): boolean {
        return this.hasRows || this.lastSyncedAt !== undefined || this.showManage;
    }

    get showToggle(): boolean {
        return this.allRows.length > COLLAPSED_ROWS;
    }

    get toggleLabel(): string {
        return this.expanded ? LABELS.showFewer : formatLabel(LABELS.viewAll, this.allRows.length);
    }

    get toggleExpanded(): string {
        return String(this.expanded);
    }

    get errorMessage(): string {
        return this.error?.message ?? '';
    }

    get showManage(): boolean {
        return canManage(this.view);
    }

    /** Tell a viewer why there is no Manage button. */
    get showReadOnlyNote(): boolean {
        return Boolean(this.view && !this.view.canManage && this.view.hasEmail && this.view.configured);
    }

    get refreshDisabled(): boolean {
        return this.busy || this.isLoading || this.isNoEmail;
    }

    handleToggle(): void {
        this.expanded = !this.expanded;
    }

    async handleRefresh(): Promise<void> {
        const recordId = this.recordId;
        if (!recordId) {
            return;
        }
        this.focusAfterAction = 'refresh';
        // Refresh returns the fresh view itself: one Apex call, no cache reload behind it (a reload
        // would be a second server round trip for data we already hold).
        await this.run(recordId, { reload: false, reportIfMoved: false }, async () => {
            const view = await refreshMemberships({ recordId });
            return {
                apply: () => {
                    this.view = view;
                    this.error = undefined;
                    this.notices = {};
                },
                // A refresh that left audiences unread (too many to read one by one) says which, in the
                // server's own sentence, instead of claiming everything is up to date.
                toast: view.notice
                    ? { label: LABELS.refreshedPartly, message: view.notice, variant: 'warning' }
                    : { label: LABELS.refreshed, message: '', variant: 'success' }
            };
        });
    }

    async handleManage(): Promise<void> {
        const recordId = this.recordId;
        if (!this.view || !recordId) {
            return;
        }
        const choice = await ManageModal.open({
            size: 'small',
            label: LABELS.modalTitle,
            personName: this.view.personName,
            email: this.view.email,
            memberships: this.view.memberships,
            addableAudiences: this.view.addableAudiences
        });
        if (!choice) {
            return;
        }
        this.focusAfterAction = 'manage';
        // The user's own change happened whatever the card shows now: its toast is always shown.
        const options = { reload: true, reportIfMoved: true };
        if (choice.action === 'optOut') {
            await this.run(recordId, options, async () => {
                const outcome = await optOut({ recordId, audienceIds: choice.audienceIds });
                return {
                    apply: () => {
                        this.notices = mergeNotices(this.notices, choice.audienceIds, optOutNotices(outcome, LABELS));
                    },
                    toast: summarizeOptOut(outcome, LABELS)
                };
            });
        } else {
            const { audienceId, consentConfirmed } = choice;
            await this.run(recordId, options, async () => {
                const outcome = await addToAudience({ recordId, audienceId, consentConfirmed });
                return {
                    apply: () => {
                        this.notices = mergeNotices(this.notices, [audienceId], addNotices(audienceId, outcome));
                    },
                    toast: summarizeAdd(outcome, LABELS)
                };
            });
        }
    }

    /**
     * Runs one server call for the record shown when it started. Its answer reaches the card only while the card
     * still shows that record: a slow answer must never land on the next record's card. After a change (opt out,
     * add) the cached view is re-read and the record page is told that data changed.
     * @param options reload: re-read the cached view afterwards; reportIfMoved: toast the outcome even when the card
     *        shows another record by then (the outcome of the user's own change, never data)
     * @param action makes the call and says what its answer changes on the card and what the toast says
     */
    private async run(recordId: string, options: RunOptions, action: () => Promise<Answer>): Promise<void> {
        this.busy = true;
        try {
            const answer = await action();
            const stillShown = sameRecord(recordId, this.recordId);
            if (stillShown) {
                answer.apply();
            }
            if (stillShown || options.reportIfMoved) {
                this.toast(answer.toast);
            }
            if (stillShown && options.reload) {
                await this.reload(recordId);
            }
        } catch (e) {
            const stillShown = sameRecord(recordId, this.recordId);
            const error = reduceError(e, LABELS.unexpected);
            if (stillShown && isNotConfigured(error)) {
                this.error = error;
            }
            if (stillShown || options.reportIfMoved) {
                this.toast({ label: LABELS.actionFailed, message: error.message, variant: 'error' });
            }
        } finally {
            this.busy = false;
            this.restoreFocus = true;
        }
    }

    /**
     * The buttons are disabled while an action runs, so the browser drops focus to <body> when the modal
     * hands it back to the disabled Manage button. Put it back where the user was once they are enabled.
     */
    renderedCallback(): void {
        if (!this.restoreFocus) {
            return;
        }
        this.restoreFocus = false;
        if (document.activeElement && document.activeElement !== document.body) {
            return; // the user has moved on: leave their focus alone
        }
        const selector =
            this.focusAfterAction === 'manage' ? 'lightning-button.manage' : 'lightning-button-icon.refresh';
        this.template?.querySelector<HTMLElement>(selector)?.focus();
    }

    private async reload(recordId: string): Promise<void> {
        if (this.wired) {
            await refreshApex(this.wired);
        }
        await notifyRecordUpdateAvailable([{ recordId }]);
    }

    private toast(spec: ToastSpec): void {
        Toast.show(
            { label: spec.label, message: spec.message || undefined, variant: spec.variant },
            this as unknown as HTMLElement
        );
    }
}
