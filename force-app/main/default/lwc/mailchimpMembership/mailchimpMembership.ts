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
import { canManage, deriveState, formatLabel, toRows, type CardState, type MembershipRow } from './membershipView';
import { summarizeAdd, summarizeOptOut, type ToastSpec } from './actionSummary';

type Overview = MailchimpMembershipApi.Overview;
type Wired = MailchimpMembershipApi.Wired<Overview>;

export default class MailchimpMembership extends LightningElement {
    @api recordId?: string;

    labels = LABELS;
    view?: Overview;
    error?: ReducedError;
    busy = false;
    private wired?: Wired;
    private restoreFocus = false;
    private focusAfterAction: 'manage' | 'refresh' = 'refresh';

    @wire(getMemberships, { recordId: '$recordId' })
    wiredMemberships(result: Wired): void {
        this.wired = result;
        if (result.data) {
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

    get cardTitle(): string {
        return formatLabel(LABELS.cardTitle, this.view ? this.view.memberships.length : 0);
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

    get rows(): MembershipRow[] {
        return toRows(this.view?.memberships, LABELS);
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
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

    async handleRefresh(): Promise<void> {
        if (!this.recordId) {
            return;
        }
        this.focusAfterAction = 'refresh';
        // Refresh returns the fresh view itself: one Apex call, no cache reload behind it (a reload
        // would be a second server round trip for data we already hold).
        await this.run(async () => {
            this.view = await refreshMemberships({ recordId: this.recordId as string });
            this.error = undefined;
            this.toast({ label: LABELS.refreshed, message: '', variant: 'success' });
        }, false);
    }

    async handleManage(): Promise<void> {
        if (!this.view || !this.recordId) {
            return;
        }
        const choice = await ManageModal.open({
            size: 'small',
            label: LABELS.modalTitle,
            memberships: this.view.memberships,
            addableAudiences: this.view.addableAudiences
        });
        if (!choice) {
            return;
        }
        const recordId = this.recordId;
        this.focusAfterAction = 'manage';
        await this.run(async () => {
            if (choice.action === 'optOut') {
                this.toast(summarizeOptOut(await optOut({ recordId, audienceIds: choice.audienceIds }), LABELS));
            } else {
                this.toast(summarizeAdd(await addToAudience({ recordId, audienceId: choice.audienceId }), LABELS));
            }
        });
    }

    /**
     * Runs one server action; after a change (opt out, add) re-reads the cached view and tells the
     * record page that data changed.
     */
    private async run(action: () => Promise<void>, reloadAfter = true): Promise<void> {
        this.busy = true;
        try {
            await action();
            if (reloadAfter) {
                await this.reload();
            }
        } catch (e) {
            const error = reduceError(e, LABELS.unexpected);
            if (isNotConfigured(error)) {
                this.error = error;
            }
            this.toast({ label: LABELS.actionFailed, message: error.message, variant: 'error' });
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

    private async reload(): Promise<void> {
        if (this.wired) {
            await refreshApex(this.wired);
        }
        if (this.recordId) {
            await notifyRecordUpdateAvailable([{ recordId: this.recordId }]);
        }
    }

    private toast(spec: ToastSpec): void {
        Toast.show(
            { label: spec.label, message: spec.message || undefined, variant: spec.variant },
            this as unknown as HTMLElement
        );
    }
}
