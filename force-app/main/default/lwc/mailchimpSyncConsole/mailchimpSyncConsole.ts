/**
 * Mailchimp Sync console (App Launcher › Mailchimp Membership › Mailchimp Sync): whether the unsubscribe sync is
 * scheduled and when it runs next, Schedule / Unschedule / Run now for admins, the last runs and the audiences
 * whose last sync failed. Wiring and events only; the rules live in the sibling modules and in Apex.
 *
 * Imperative Apex, not @wire: the state is live job state (never cacheable), and every action returns the new
 * state, so a click is one server call.
 */
import { LightningElement } from 'lwc';
import Toast from 'lightning/toast';
import UnscheduleModal from 'c/mailchimpSyncConsoleUnscheduleModal';
import getStatus from '@salesforce/apex/MailchimpSyncConsoleController.getStatus';
import schedule from '@salesforce/apex/MailchimpSyncConsoleController.schedule';
import unschedule from '@salesforce/apex/MailchimpSyncConsoleController.unschedule';
import runNow from '@salesforce/apex/MailchimpSyncConsoleController.runNow';
import { LABELS } from './labels';
import { reduceError } from 'c/mailchimpErrors';
import { describeSchedule, formatLabel, type ScheduleView } from './statusText';
import { toProblemItem, toRunRow, type ProblemItem, type RunRow } from './runRows';

type Status = MailchimpSyncConsoleApi.Status;
type Action = 'schedule' | 'unschedule' | 'runNow';

const CALLS: Record<Action, () => Promise<Status>> = { schedule, unschedule, runNow };
const SUCCESS: Record<Action, string> = {
    schedule: LABELS.toastScheduled,
    unschedule: LABELS.toastUnscheduled,
    runNow: LABELS.toastRunStarted
};

export default class MailchimpSyncConsole extends LightningElement {
    labels = LABELS;
    status?: Status;
    loadError?: string;
    busy = false;
    private focusAfter?: Action | 'refresh';

    connectedCallback(): void {
        // load() never rejects: a failed read becomes the error state.
        this.load();
    }

    get isLoading(): boolean {
        return !this.status && !this.loadError;
    }

    get isError(): boolean {
        return !this.status && Boolean(this.loadError);
    }

    get scheduleView(): ScheduleView | undefined {
        return this.status ? describeSchedule(this.status, LABELS) : undefined;
    }

    get isRunning(): boolean {
        return Boolean(this.status?.running);
    }

    get canManage(): boolean {
        return Boolean(this.status?.canManage);
    }

    get showSchedule(): boolean {
        return !this.status?.scheduled;
    }

    get showUnschedule(): boolean {
        return (this.status?.scheduledJobCount ?? 0) > 0;
    }

    get runNowDisabled(): boolean {
        return this.busy || this.isRunning;
    }

    get runNowTitle(): string {
        return this.isRunning ? LABELS.runNowRunning : '';
    }

    get runs(): RunRow[] {
        return (this.status?.lastRuns ?? []).map((run) => toRunRow(run, LABELS));
    }

    get hasRuns(): boolean {
        return this.runs.length > 0;
    }

    get audienceCount(): string {
        const audiences = this.status?.audiences;
        return audiences && audiences.total > 0
            ? formatLabel(LABELS.audiencesCount, audiences.syncEnabled, audiences.total)
            : LABELS.audiencesNone;
    }

    get problems(): ProblemItem[] {
        return (this.status?.audiences?.withErrors ?? []).map(toProblemItem);
    }

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }

    async handleRefresh(): Promise<void> {
        this.focusAfter = 'refresh';
        await this.load();
    }

    async handleSchedule(): Promise<void> {
        await this.act('schedule');
    }

    async handleUnschedule(): Promise<void> {
        const confirmed = await UnscheduleModal.open({
            size: 'small',
            label: LABELS.confirmUnscheduleTitle,
            description: LABELS.confirmUnschedule
        });
        if (confirmed === true) {
            await this.act('unschedule');
        }
    }

    async handleRunNow(): Promise<void> {
        await this.act('runNow');
    }

    private async load(): Promise<void> {
        this.busy = true;
        try {
            await this.read();
        } finally {
            this.busy = false;
        }
    }

    /** Reads the state. A failed first read is the error state; a failed refresh keeps what is shown and says so. */
    private async read(): Promise<void> {
        try {
            this.status = await getStatus();
            this.loadError = undefined;
        } catch (e) {
            const message = reduceError(e, LABELS.unexpected).message;
            if (this.status) {
                this.toast(LABELS.toastRefreshFailed, message, 'error');
            } else {
                this.loadError = message;
            }
        }
    }

    /**
     * One click, one server call: the action returns the new state. After a refusal the state is read again
     * (a second call), since it explains the refusal (e.g. a run started meanwhile is now shown Running).
     */
    private async act(action: Action): Promise<void> {
        this.focusAfter = action;
        this.busy = true;
        try {
            this.status = await CALLS[action]();
            this.toast(SUCCESS[action], '', 'success');
        } catch (e) {
            this.toast(LABELS.toastFailed, reduceError(e, LABELS.unexpected).message, 'error');
            await this.read();
        } finally {
            this.busy = false;
        }
    }

    /**
     * The buttons are disabled while a call runs, and the one clicked may be gone afterwards (Schedule becomes
     * Unschedule), so the browser drops focus to <body>. Put it back on the clicked button, or on Refresh.
     */
    renderedCallback(): void {
        if (!this.focusAfter || this.busy) {
            return;
        }
        const target = this.focusAfter;
        this.focusAfter = undefined;
        if (document.activeElement && document.activeElement !== document.body) {
            return; // the user has moved on: leave their focus alone
        }
        const clicked = this.template?.querySelector<HTMLElement & { disabled?: boolean }>(
            `lightning-button[data-action="${target}"]`
        );
        const refresh = this.template?.querySelector<HTMLElement>('lightning-button-icon.refresh');
        (clicked && !clicked.disabled ? clicked : refresh)?.focus();
    }

    private toast(label: string, message: string, variant: 'success' | 'error'): void {
        Toast.show({ label, message: message || undefined, variant }, this as unknown as HTMLElement);
    }
}
