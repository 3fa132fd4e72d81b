/**
 * Pure logic of the Mailchimp Bulk Opt-Out page: which step to show for a job, the choice of audiences and its
 * checks, and the texts and rows each step shows. No DOM, no Apex: the component wires these to its template.
 */
import type { Labels } from './labels';

type Job = MailchimpBulkOptOutApi.Job;

/** What the page shows. */
export type Step = 'loading' | 'error' | 'choose' | 'confirm' | 'running' | 'summary';

/** Every audience each person is in, or only the chosen ones. */
export type Scope = 'every' | 'chosen';

export interface Choice {
    scope: Scope;
    audienceIds: string[];
}

export interface CountRow {
    key: string;
    label: string;
    value: number;
    /** The count's tone; colour is never the only cue: each row has its label. */
    tone: 'success' | 'neutral' | 'warning' | 'error';
}

export interface ProblemRow {
    key: string;
    person: string;
    email: string;
    audience: string;
    outcome: string;
    details: string;
}

export interface Option {
    label: string;
    value: string;
}

/** Replaces {0}, {1}… (labels contain apostrophes, so no String.format-like quoting). */
export function formatLabel(template: string, ...values: (string | number)[]): string {
    return values.reduce<string>((text, value, i) => text.split(`{${i}}`).join(String(value)), template);
}

export function isRunning(status: string | undefined): boolean {
    return status === 'Queued' || status === 'Running';
}

export function isFinished(status: string | undefined): boolean {
    return status === 'Completed' || status === 'Failed';
}

/**
 * @param job the job, once read
 * @param hasError the page could not read it
 * @param confirming the user pressed Next on the choice
 */
export function stepOf(job: Job | undefined, hasError: boolean, confirming: boolean): Step {
    if (hasError) return 'error';
    if (!job) return 'loading';
    if (job.canStart) return confirming ? 'confirm' : 'choose';
    if (isRunning(job.status)) return 'running';
    if (isFinished(job.status)) return 'summary';
    // Someone else's draft, or one started elsewhere that is still a draft: nothing this user can do here.
    return 'error';
}

export function scopeOptions(labels: Labels): Option[] {
    return [
        { label: labels.scopeEvery, value: 'every' },
        { label: labels.scopeChosen, value: 'chosen' }
    ];
}

export function audienceOptions(job: Job | undefined): Option[] {
    return (job?.audiences ?? []).map((audience) => ({ label: audience.name, value: audience.id }));
}

/** Why the choice cannot go on (a plain sentence), or undefined when it can. */
export function validateChoice(choice: Choice, job: Job, labels: Labels): string | undefined {
    if (choice.scope === 'every') return undefined;
    const known = new Set(job.audiences.map((audience) => audience.id));
    const chosen = choice.audienceIds.filter((id) => known.has(id));
    if (chosen.length === 0) return job.audiences.length ? labels.noneChosen : labels.noAudiences;
    if (chosen.length > job.maxAudiences) return formatLabel(labels.tooManyAudiences, job.maxAudiences);
    return undefined;
}

/** The audience ids to send: none for every audience, else the chosen ones the job offers, in its order. */
export function audienceIdsToSend(choice: Choice, job: Job): string[] {
    if (choice.scope === 'every') return [];
    const chosen = new Set(choice.audienceIds);
    return job.audiences.filter((audience) => chosen.has(audience.id)).map((audience) => audience.id);
}

export function peopleText(job: Job, labels: Labels): string {
    return formatLabel(labels.peopleSelected, job.peopleRequested, job.contactCount, job.leadCount);
}

export function confirmText(choice: Choice, job: Job, labels: Labels): string {
    if (choice.scope === 'every') return formatLabel(labels.confirmEvery, job.peopleRequested);
    const chosen = new Set(choice.audienceIds);
    const names = job.audiences.filter((audience) => chosen.has(audience.id)).map((audience) => audience.name);
    return formatLabel(labels.confirmChosen, job.peopleRequested, names.join(', '));
}

export function progressPercent(job: Job): number {
    if (!job.peopleRequested) return 0;
    return Math.min(100, Math.round((100 * job.peopleProcessed) / job.peopleRequested));
}

export function progressText(job: Job, labels: Labels): string {
    return formatLabel(labels.progress, job.peopleProcessed, job.peopleRequested);
}

const OUTCOME_LABEL: Record<string, keyof Labels> = {
    Succeeded: 'outcomeSucceeded',
    NothingToDo: 'outcomeNothingToDo',
    NotAMember: 'outcomeNotAMember',
    NoEmail: 'outcomeNoEmail',
    NoAccess: 'outcomeNoAccess',
    Failed: 'outcomeFailed'
};

export function outcomeLabel(outcome: string, labels: Labels): string {
    const key = OUTCOME_LABEL[outcome];
    return key ? labels[key] : outcome;
}

/** The counts, in the order of the outcomes; every one shown, zero included, so nothing looks missing. */
export function countRows(job: Job, labels: Labels): CountRow[] {
    return [
        { key: 'succeeded', label: labels.outcomeSucceeded, value: job.succeeded, tone: 'success' },
        { key: 'nothingToDo', label: labels.outcomeNothingToDo, value: job.nothingToDo, tone: 'neutral' },
        { key: 'notAMember', label: labels.outcomeNotAMember, value: job.notAMember, tone: 'neutral' },
        { key: 'noEmail', label: labels.outcomeNoEmail, value: job.noEmail, tone: 'warning' },
        { key: 'noAccess', label: labels.outcomeNoAccess, value: job.noAccess, tone: 'warning' },
        { key: 'failed', label: labels.outcomeFailed, value: job.failed, tone: 'error' }
    ];
}

export function problemRows(job: Job, labels: Labels): ProblemRow[] {
    return job.problems.map((row, i) => ({
        key: `${row.personId ?? 'person'}-${row.audienceId ?? 'all'}-${i}`,
        person: row.personName ?? row.personId ?? '',
        email: row.email ?? '',
        audience: row.audienceName ?? '',
        outcome: outcomeLabel(row.outcome, labels),
        details: row.message ?? ''
    }));
}

/** Problems are kept up to this many on the job (MailchimpBulkJobWriter.MAX_PROBLEMS). */
export const MAX_PROBLEMS = 100;

export function problemsMoreText(job: Job, labels: Labels): string | undefined {
    const problems = job.noEmail + job.noAccess + job.failed + job.notAMember;
    return job.problems.length >= MAX_PROBLEMS && problems > job.problems.length
        ? formatLabel(labels.problemsMore, job.problems.length)
        : undefined;
}
