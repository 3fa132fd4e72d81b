/**
 * Mailchimp Bulk Opt-Out page (the Mailchimp Bulk Opt-Out tab), opened by the "Opt Out of Mailchimp" list button of
 * Contacts and Leads with the draft job that holds the selection (`c__jobId`): choose audiences → confirm (how many
 * people, which audiences) → progress → summary (counts per outcome, what needs attention with Mailchimp's reason,
 * the result files). Also shows any job of the user's later. Wiring and events only; the rules live in bulkView and
 * in Apex.
 *
 * Imperative Apex, not @wire: the job is live state (never cacheable), and the page polls it while it runs.
 */
import { LightningElement, api, wire } from 'lwc';
import { CurrentPageReference, type PageReference } from 'lightning/navigation';
import Toast from 'lightning/toast';
import getJob from '@salesforce/apex/MailchimpBulkOptOutController.getJob';
import start from '@salesforce/apex/MailchimpBulkOptOutController.start';
import { reduceError } from 'c/mailchimpErrors';
import { LABELS } from './labels';
import {
    audienceIdsToSend,
    audienceOptions,
    confirmText,
    countRows,
    isRunning,
    peopleText,
    problemRows,
    problemsMoreText,
    progressPercent,
    progressText,
    scopeOptions,
    stepOf,
    validateChoice,
    type Choice,
    type CountRow,
    type Option,
    type ProblemRow,
    type Scope,
    type Step
} from './bulkView';

type Job = MailchimpBulkOptOutApi.Job;

/** How often the page reads a running job again. */
export const POLL_MILLIS = 3000;

export default class MailchimpBulkOptOut extends LightningElement {
    labels = LABELS;
    job?: Job;
    errorMessage?: string;
    confirming = false;
    busy = false;
    scope: Scope = 'every';
    chosenIds: string[] = [];
    choiceError?: string;
    private shownJobId?: string;
    private pollTimer?: ReturnType<typeof setTimeout>;
    private focusedStep?: Step;

    /** The job to show; set from the page's `c__jobId` state, or directly (workbench, tests). */
    @api
    get jobId(): string | undefined {
        return this.shownJobId;
    }

    set jobId(value: string | undefined) {
        this.show(value);
    }

    @wire(CurrentPageReference)
    setPageReference(reference?: PageReference): void {
        const jobId = reference?.state?.c__jobId;
        if (jobId) {
            this.show(jobId);
        } else if (reference && !this.shownJobId) {
            this.errorMessage = LABELS.noJob;
        }
    }

    /** Shows another job: nothing of the previous one may stay on the page. */
    private show(jobId: string | undefined): void {
        if (jobId && jobId !== this.shownJobId) {
            this.shownJobId = jobId;
            this.job = undefined;
            this.errorMessage = undefined;
            this.confirming = false;
            this.stopPolling();
            this.load();
        }
    }

    disconnectedCallback(): void {
        this.stopPolling();
    }

    get step(): Step {
        return stepOf(this.job, Boolean(this.errorMessage), this.confirming);
    }

    get isLoading(): boolean {
        return this.step === 'loading';
    }

    get isError(): boolean {
        return this.step === 'error';
    }

    get isChoosing(): boolean {
        return this.step === 'choose';
    }

    get isConfirming(): boolean {
        return this.step === 'confirm';
    }

    get isRunningStep(): boolean {
        return this.step === 'running';
    }

    get isSummary(): boolean {
        return this.step === 'summary';
    }

    get shownError(): string {
        return this.errorMessage ?? LABELS.noJob;
    }

    get people(): string {
        return this.job ? peopleText(this.job, LABELS) : '';
    }

    get scopes(): Option[] {
        return scopeOptions(LABELS);
    }

    get choosesAudiences(): boolean {
        return this.scope === 'chosen';
    }

    get audiences(): Option[] {
        return audienceOptions(this.job);
    }

    get hasAudiences(): boolean {
        return this.audiences.length > 0;
    }

    get audiencesHelp(): string {
        return LABELS.audiencesHelp.replace('{0}', String(this.job?.maxAudiences ?? ''));
    }

    get choice(): Choice {
        return { scope: this.scope, audienceIds: this.chosenIds };
    }

    get confirmation(): string {
        return this.job ? confirmText(this.choice, this.job, LABELS) : '';
    }

    get percent(): number {
        return this.job ? progressPercent(this.job) : 0;
    }

    get progress(): string {
        return this.job ? progressText(this.job, LABELS) : '';
    }

    get counts(): CountRow[] {
        return this.job ? countRows(this.job, LABELS) : [];
    }

    get problems(): ProblemRow[] {
        return this.job ? problemRows(this.job, LABELS) : [];
    }

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }

    get problemsMore(): string | undefined {
        return this.job ? problemsMoreText(this.job, LABELS) : undefined;
    }

    get files(): MailchimpBulkOptOutApi.File[] {
        return this.job?.files ?? [];
    }

    get hasFiles(): boolean {
        return this.files.length > 0;
    }

    get failedJob(): boolean {
        return this.job?.status === 'Failed';
    }

    get summaryTitle(): string {
        return this.failedJob ? LABELS.failedTitle : LABELS.summaryTitle;
    }

    get jobUrl(): string {
        return this.job ? `/lightning/r/${this.job.id}/view` : '';
    }

    get openJobText(): string {
        return this.job ? LABELS.openJob.replace('{0}', this.job.name) : '';
    }

    get refreshDisabled(): boolean {
        return this.busy || !this.shownJobId;
    }

    handleScopeChange(event: CustomEvent<{ value: Scope }>): void {
        this.scope = event.detail.value;
        this.choiceError = undefined;
    }

    handleAudiencesChange(event: CustomEvent<{ value: string[] }>): void {
        this.chosenIds = [...event.detail.value];
        this.choiceError = undefined;
    }

    handleNext(): void {
        if (!this.job) return;
        this.choiceError = validateChoice(this.choice, this.job, LABELS);
        if (!this.choiceError) this.confirming = true;
    }

    handleBack(): void {
        this.confirming = false;
    }

    async handleConfirm(): Promise<void> {
        if (!this.job || this.busy) return;
        this.busy = true;
        try {
            this.job = await start({ jobId: this.job.id, audienceIds: audienceIdsToSend(this.choice, this.job) });
            this.confirming = false;
            this.schedulePoll();
        } catch (e) {
            this.toast(LABELS.startFailed, reduceError(e, LABELS.unexpected).message);
            this.confirming = false;
            await this.read(false);
        } finally {
            this.busy = false;
        }
    }

    async handleRefresh(): Promise<void> {
        await this.read(true);
    }

    private async load(): Promise<void> {
        this.busy = true;
        try {
            await this.read(false);
        } finally {
            this.busy = false;
        }
    }

    /** Reads the job. A failed first read is the error state; a failed later read keeps what is shown and says so. */
    private async read(announceFailure: boolean): Promise<void> {
        const jobId = this.shownJobId;
        if (!jobId) return;
        try {
            const job = await getJob({ jobId });
            if (jobId !== this.shownJobId) return;
            this.job = job;
            this.errorMessage = undefined;
            this.schedulePoll();
        } catch (e) {
            const message = reduceError(e, LABELS.unexpected).message;
            this.stopPolling();
            if (this.job) {
                if (announceFailure || isRunning(this.job.status)) this.toast(LABELS.refreshFailed, message);
            } else {
                this.errorMessage = message;
            }
        }
    }

    private schedulePoll(): void {
        this.stopPolling();
        if (!isRunning(this.job?.status)) return;
        // Polling is the only way to follow a background job from here; the timer stops with the page.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.pollTimer = setTimeout(() => {
            this.pollTimer = undefined;
            this.read(false);
        }, POLL_MILLIS);
    }

    private stopPolling(): void {
        if (this.pollTimer !== undefined) {
            clearTimeout(this.pollTimer);
            this.pollTimer = undefined;
        }
    }

    /** Each step's heading takes the focus when the step changes, so keyboard and screen-reader users follow. */
    renderedCallback(): void {
        const step = this.step;
        if (step === this.focusedStep || step === 'loading') return;
        const previous = this.focusedStep;
        this.focusedStep = step;
        if (previous === undefined) return; // the first render: leave the focus where the page put it
        this.template?.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    }

    private toast(label: string, message: string): void {
        Toast.show({ label, message, variant: 'error' }, this as unknown as HTMLElement);
    }
}
