/**
 * Mailchimp Webhooks setup: pick the Site Mailchimp calls, register / re-register / remove each audience's
 * webhook, and see each one's state and last delivery. Built to be embedded in the Mailchimp Setup page and
 * shown on its own tab meanwhile. Wiring and events only; the rules live in the sibling modules and in Apex.
 *
 * Imperative Apex, not @wire: a registration finishes in a Queueable, so the state changes without any record
 * the page could watch; every action returns the new state, and while a registration is under way the page
 * reads the state again every few seconds until Mailchimp has answered.
 */
import { LightningElement } from 'lwc';
import Toast from 'lightning/toast';
import getSetup from '@salesforce/apex/MailchimpWebhookSetupController.getSetup';
import register from '@salesforce/apex/MailchimpWebhookSetupController.register';
import remove from '@salesforce/apex/MailchimpWebhookSetupController.remove';
import RemoveModal from 'c/mailchimpWebhookRemoveModal';
import { reduceError } from 'c/mailchimpErrors';
import { LABELS } from './labels';
import {
    MAX_POLLS,
    POLL_MS,
    isRegistering,
    registrationOutcomes,
    toAudienceRows,
    type AudienceRow
} from './audienceRows';
import {
    OTHER,
    checkSiteUrl,
    defaultChoice,
    processorNote,
    siteNotes,
    siteOptions,
    urlPreview,
    type Note,
    type PickerOption
} from './siteChoice';

type Setup = MailchimpWebhookSetupApi.Setup;

export default class MailchimpWebhookSetup extends LightningElement {
    labels = LABELS;
    setup?: Setup;
    loadError?: string;
    busy = false;
    siteChoice?: string;
    pastedUrl = '';
    pasteError = '';
    private polls = 0;
    private pollTimer?: ReturnType<typeof setTimeout>;
    /** The audience whose button was clicked: focus returns to its row once the action re-rendered it. */
    private focusAfter?: string;

    connectedCallback(): void {
        // load() never rejects: a failed read becomes the error state.
        this.load();
    }

    disconnectedCallback(): void {
        this.stopPolling();
    }

    get isLoading(): boolean {
        return !this.setup && !this.loadError;
    }

    get isError(): boolean {
        return !this.setup && Boolean(this.loadError);
    }

    get canManage(): boolean {
        return Boolean(this.setup?.canManage);
    }

    get showNotPermitted(): boolean {
        return !this.canManage;
    }

    get showPicker(): boolean {
        return Boolean(this.setup?.sitesReadable) && siteOptions(this.setup?.sites ?? [], LABELS).length > 1;
    }

    get pickerOptions(): PickerOption[] {
        return siteOptions(this.setup?.sites ?? [], LABELS);
    }

    get showPaste(): boolean {
        return !this.showPicker || this.siteChoice === OTHER;
    }

    /** Why the admin pastes a URL (shown only when the picker cannot offer Sites). */
    get pasteReason(): string {
        return this.setup?.sitesReadable ? LABELS.sitesNone : LABELS.sitesUnreadable;
    }

    get notes(): Note[] {
        const site = this.setup?.sites.find((candidate) => candidate.baseUrl && candidate.baseUrl === this.siteChoice);
        const all = siteNotes(this.showPaste ? undefined : site, LABELS);
        if (this.setup) {
            all.push(processorNote(this.setup.processorAccess, LABELS));
        }
        return all.map((note, index) => ({ ...note, key: `note-${index}` }));
    }

    get preview(): string {
        const check = checkSiteUrl(this.chosenBaseUrl, LABELS);
        return check.ok ? urlPreview(check.url, this.setup?.receiverPath ?? '', LABELS.urlPreview) : '';
    }

    get rows(): AudienceRow[] {
        return toAudienceRows(this.setup?.audiences, LABELS).map((row) => ({
            ...row,
            registerDisabled: row.registerDisabled || this.busy
        }));
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    private get chosenBaseUrl(): string | undefined {
        return this.showPaste ? this.pastedUrl : this.siteChoice;
    }

    handleSiteChange(event: CustomEvent<{ value: string }>): void {
        this.siteChoice = event.detail.value;
    }

    handleUrlChange(event: CustomEvent<{ value: string }>): void {
        this.pastedUrl = event.detail.value ?? '';
        this.pasteError = '';
        this.reportPasteValidity();
    }

    handleUrlBlur(): void {
        if (this.pastedUrl) {
            const check = checkSiteUrl(this.pastedUrl, LABELS);
            this.pasteError = check.ok ? '' : check.message;
            this.reportPasteValidity();
        }
    }

    async handleRefresh(): Promise<void> {
        await this.load();
    }

    async handleRegister(event: Event): Promise<void> {
        const audienceId = (event.currentTarget as HTMLElement).dataset.id as string;
        const check = checkSiteUrl(this.chosenBaseUrl, LABELS);
        if (!check.ok) {
            if (this.showPaste) {
                this.pasteError = check.message;
                this.reportPasteValidity();
            }
            this.toast(LABELS.toastFailed, check.message, 'error');
            return;
        }
        this.focusAfter = audienceId;
        await this.act(() => register({ audienceId, siteBaseUrl: check.url }), LABELS.toastRegistering);
    }

    async handleRemove(event: Event): Promise<void> {
        const audienceId = (event.currentTarget as HTMLElement).dataset.id as string;
        const name = this.setup?.audiences.find((audience) => audience.id === audienceId)?.name ?? '';
        const confirmed = await RemoveModal.open({
            size: 'small',
            label: LABELS.confirmRemoveTitle,
            audienceName: name
        });
        if (confirmed === true) {
            this.focusAfter = audienceId;
            await this.act(() => remove({ audienceId }), LABELS.toastRemoved);
        }
    }

    private async load(): Promise<void> {
        this.busy = true;
        try {
            await this.read();
        } finally {
            this.busy = false;
        }
    }

    /** Reads the state. A failed first read is the error state; a failed later read keeps what is shown. */
    private async read(): Promise<void> {
        const before = this.setup?.audiences;
        try {
            this.show(await getSetup());
            this.announceOutcomes(before);
        } catch (e) {
            const message = reduceError(e, LABELS.unexpected).message;
            if (this.setup) {
                this.toast(LABELS.toastRefreshFailed, message, 'error');
            } else {
                this.loadError = message;
            }
        }
    }

    /** One click, one server call returning the new state; after a refusal the state is read again. */
    private async act(call: () => Promise<Setup>, success: string): Promise<void> {
        this.busy = true;
        try {
            const setup = await call();
            this.show(setup);
            this.toast(success, setup.notice ?? '', 'success');
        } catch (e) {
            this.toast(LABELS.toastFailed, reduceError(e, LABELS.unexpected).message, 'error');
            await this.read();
        } finally {
            this.busy = false;
        }
    }

    private show(setup: Setup): void {
        this.setup = setup;
        this.loadError = undefined;
        if (this.siteChoice === undefined) {
            const initial = defaultChoice(setup);
            this.siteChoice = initial.choice;
            this.pastedUrl = this.pastedUrl || initial.pasted;
        }
        this.schedulePoll();
    }

    private announceOutcomes(before: MailchimpWebhookSetupApi.AudienceWebhook[] | undefined): void {
        const { registered, failed } = registrationOutcomes(before, this.setup?.audiences);
        registered.forEach((name) => this.toast(LABELS.toastRegistered.replace('{0}', name), '', 'success'));
        failed.forEach((name) => this.toast(LABELS.toastRegistrationFailed.replace('{0}', name), '', 'error'));
    }

    /** While Mailchimp checks a registration, read again every POLL_MS, at most MAX_POLLS times in a row. */
    private schedulePoll(): void {
        this.stopPolling();
        if (!isRegistering(this.setup?.audiences)) {
            this.polls = 0;
            return;
        }
        if (this.polls >= MAX_POLLS) {
            return;
        }
        this.polls += 1;
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.pollTimer = setTimeout(() => {
            this.pollTimer = undefined;
            this.read();
        }, POLL_MS);
    }

    private stopPolling(): void {
        if (this.pollTimer !== undefined) {
            clearTimeout(this.pollTimer);
            this.pollTimer = undefined;
        }
    }

    /**
     * The clicked button is disabled while the call runs and may be gone afterwards (Remove disappears, Register
     * waits for Mailchimp), so the browser drops focus to <body>. Put it back on the row's first usable button,
     * or on Refresh.
     */
    renderedCallback(): void {
        if (!this.focusAfter || this.busy) {
            return;
        }
        const audienceId = this.focusAfter;
        this.focusAfter = undefined;
        if (document.activeElement && document.activeElement !== document.body) {
            return; // the user has moved on: leave their focus alone
        }
        const usable = Array.from(
            this.template?.querySelectorAll<HTMLElement & { disabled?: boolean }>(
                `lightning-button[data-id="${audienceId}"]`
            ) ?? []
        ).find((button) => !button.disabled);
        const refresh = this.template?.querySelector<HTMLElement>('lightning-button-icon.refresh');
        (usable ?? refresh)?.focus();
    }

    private reportPasteValidity(): void {
        const input = this.template?.querySelector<
            HTMLElement & { setCustomValidity(m: string): void; reportValidity(): boolean }
        >('lightning-input.site-url');
        if (input) {
            input.setCustomValidity(this.pasteError);
            input.reportValidity();
        }
    }

    private toast(label: string, message: string, variant: 'success' | 'error'): void {
        Toast.show({ label, message: message || undefined, variant }, this as unknown as HTMLElement);
    }
}
