/**
 * Mailchimp Membership card for Contact, Lead and person account record pages: every audience and status at a
 * glance, a refresh that re-reads Mailchimp now, a Manage action (opt out of audiences, or add to one), and for
 * admins Archive and Forget in Mailchimp. On a business account it says in one sentence why it shows nothing.
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
import archive from '@salesforce/apex/MailchimpMembershipController.archive';
import forgetPerson from '@salesforce/apex/MailchimpMembershipController.forgetPerson';
import ManageModal from 'c/mailchimpMembershipManageModal';
import ArchiveModal from 'c/mailchimpMembershipArchiveModal';
import ForgetModal from 'c/mailchimpMembershipForgetModal';
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
import {
    archiveNotices,
    archiveOptions,
    canArchive,
    canForget,
    forgetAudienceNames,
    summarizeArchive,
    summarizeForget
} from './removalActions';

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
    private focusAfterAction: 'manage' | 'refresh' | 'admin' = 'refresh';

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

    get isNotAPerson(): boolean {
        return this.state === 'notAPerson';
    }

    /** On an Account page that is no person: why the card shows nothing, in the server's sentence. */
    get notAPersonText(): string {
        return this.view?.notAPerson ?? '';
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

    /** The line above the rows: what the count means, how current it is, Manage, and the admin actions. */
    get showToolbar(): boolean {
        return this.hasRows || this.lastSyncedAt !== undefined || this.showManage || this.showAdminMenu;
    }

    get showArchive(): boolean {
        return canArchive(this.view);
    }

    get showForget(): boolean {
        return canForget(this.view);
    }

    /** Archive and Forget, for admins, in a menu beside Manage (a sidebar has no room for two more buttons). */
    get showAdminMenu(): boolean {
        return this.showArchive || this.showForget;
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
        return this.busy || this.isLoading || this.isNoEmail || this.isNotAPerson;
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

    async handleAdminAction(event: CustomEvent<{ value: string }>): Promise<void> {
        if (event.detail.value === 'archive') {
            await this.archiveAudiences();
        } else if (event.detail.value === 'forget') {
            await this.forgetInMailchimp();
        }
    }

    private async archiveAudiences(): Promise<void> {
        const recordId = this.recordId;
        if (!this.view || !recordId) {
            return;
        }
        const choice = await ArchiveModal.open({
            size: 'small',
            label: LABELS.archiveTitle,
            personName: this.view.personName,
            options: archiveOptions(this.view.memberships)
        });
        if (!choice) {
            return;
        }
        this.focusAfterAction = 'admin';
        await this.run(recordId, { reload: true, reportIfMoved: true }, async () => {
            const outcome = await archive({ recordId, audienceIds: choice.audienceIds });
            return {
                apply: () => {
                    this.notices = mergeNotices(this.notices, choice.audienceIds, archiveNotices(outcome, LABELS));
                },
                toast: summarizeArchive(outcome, LABELS)
            };
        });
    }

    private async forgetInMailchimp(): Promise<void> {
        const recordId = this.recordId;
        if (!this.view || !recordId) {
            return;
        }
        const choice = await ForgetModal.open({
            size: 'small',
            label: LABELS.forgetTitle,
            personName: this.view.personName,
            email: this.view.email,
            audienceNames: forgetAudienceNames(this.view.memberships)
        });
        if (!choice) {
            return;
        }
        this.focusAfterAction = 'admin';
        await this.run(recordId, { reload: true, reportIfMoved: true }, async () => {
            const outcome = await forgetPerson({ recordId, confirmation: choice.confirmation });
            return {
                apply: () => {
                    this.notices = {};
                },
                toast: summarizeForget(outcome, LABELS)
            };
        });
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
        const selector = {
            manage: 'lightning-button.manage',
            refresh: 'lightning-button-icon.refresh',
            admin: 'lightning-button-menu.admin-actions'
        }[this.focusAfterAction];
        // After a forget the menu can be gone (nothing left to act on): Refresh is where the user carries on.
        const target =
            this.template?.querySelector<HTMLElement>(selector) ??
            this.template?.querySelector<HTMLElement>('lightning-button-icon.refresh');
        target?.focus();
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
