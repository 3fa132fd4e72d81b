/**
 * Mailchimp Setup (App Launcher › Mailchimp Membership › Mailchimp Setup; the component keeps its first API name,
 * mailchimpSyncConsole). For Mailchimp admins: the setup checklist with Test connection (c-mailchimp-sync-console-
 * checklist), then the unsubscribe sync: whether it is scheduled and when it runs next, Schedule / Unschedule / Run
 * now, the last runs and the audiences whose last sync failed. Wiring and events only; the rules live in the sibling
 * modules and in Apex.
 *
 * Imperative Apex, not @wire: the state is live job state (never cacheable), Test connection calls out, and every
 * action returns the whole new state (checklist included), so a click is one server call.
 */
import { LightningElement } from 'lwc';
import Toast from 'lightning/toast';
import UnscheduleModal from 'c/mailchimpSyncConsoleUnscheduleModal';
import getStatus from '@salesforce/apex/MailchimpSyncConsoleController.getStatus';
import schedule from '@salesforce/apex/MailchimpSyncConsoleController.schedule';
import unschedule from '@salesforce/apex/MailchimpSyncConsoleController.unschedule';
import runNow from '@salesforce/apex/MailchimpSyncConsoleController.runNow';
import testConnection from '@salesforce/apex/MailchimpSyncConsoleController.testConnection';
import { LABELS } from './labels';
import { reduceError } from 'c/mailchimpErrors';
import { describeSchedule, formatLabel, type ScheduleView } from './statusText';
import { toProblemItem, toRunRow, type ProblemItem, type RunRow } from './runRows';

type Status = MailchimpSyncConsoleApi.Status;
type Action = 'schedule' | 'unschedule' | 'runNow' | 'testConnection';

const CALLS: Record<Action, () => Promise<Status>> = { schedule, unschedule, runNow, testConnection };
/** What a refused or failed action's toast is titled. */
const FAILED: Record<Action, string> = {
    schedule: LABELS.toastFailed,
    unschedule: LABELS.toastFailed,
    runNow: LABELS.toastFailed,
    testConnection: LABELS.toastTestFailed
};
/** No toast for a connection test: its result stays on the page, in the checklist (a toast goes away). */
const SUCCESS: Record<Action, string> = {
    schedule: LABELS.toastScheduled,
    unschedule: LABELS.toastUnscheduled,
    runNow: LABELS.toastRunStarted,
    testConnection: ''
};

export default class MailchimpSyncConsole extends LightningElement {
    labels = LABELS;
    /** A word space between inline parts ("Next run" and its time): templates drop whitespace between tags. */
    space = ' ';
    status?: Status;
    loadError?: string;
    busy = false;
    /** The checklist the last connection test returned, and what it found: kept until the next test or a reload. */
    testedChecklist: MailchimpSyncConsoleApi.ChecklistItem[] | null = null;
    lastConnection: MailchimpSyncConsoleApi.ConnectionResult | null = null;
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

    /** The checklist is sent only to holders of MailchimpManageSync. */
    get hasChecklist(): boolean {
        return Array.isArray(this.status?.checklist);
    }

    get checklist(): MailchimpSyncConsoleApi.ChecklistItem[] {
        return this.status?.checklist ?? [];
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

    async handleTestConnection(): Promise<void> {
        await this.act('testConnection');
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
        // The checklist section gives focus back to its own Test connection button.
        this.focusAfter = action === 'testConnection' ? undefined : action;
        this.busy = true;
        try {
            this.status = await CALLS[action]();
            if (this.status.connection) {
                this.testedChecklist = this.status.checklist ?? null;
                this.lastConnection = this.status.connection;
            }
            if (SUCCESS[action]) this.toast(SUCCESS[action], '', 'success');
        } catch (e) {
            this.toast(FAILED[action], reduceError(e, LABELS.unexpected).message, 'error');
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
