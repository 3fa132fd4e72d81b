/**
 * Run → row and audience problem → list item. Each outcome gets its own badge look; the outcome's text is always
 * shown too, so colour is never the only cue.
 */
import { formatLabel } from './statusText';
import type { Labels } from './labels';

const THEME_BY_OUTCOME: Record<string, string> = {
    Succeeded: 'slds-theme_success',
    Partial: 'slds-theme_warning',
    Failed: 'slds-theme_error',
    Running: 'slds-badge_inverse'
};

export interface RunRow {
    id: string;
    name: string;
    url: string;
    startedAt: string | null;
    outcomeLabel: string;
    badgeClass: string;
    audiencesProcessed: number;
    unsubscribesSeen: number;
    membershipsUpdated: number;
    membershipsCreated: number;
    unmatched: number;
    /** The first error and how many more; empty when the run had none. */
    errorsText: string;
}

export interface ProblemItem {
    id: string;
    name: string;
    url: string;
    listId: string;
    lastSyncedAt: string | null;
    errorExcerpt: string;
}

/** Lightning's record URL; it needs no object name, so it works with or without a package namespace. */
export function recordUrl(recordId: string): string {
    return `/lightning/r/${recordId}/view`;
}

export function outcomeBadgeClass(outcome: string | null | undefined): string {
    const theme = outcome ? (THEME_BY_OUTCOME[outcome] ?? '') : '';
    return theme ? `slds-badge ${theme} outcome-badge` : 'slds-badge outcome-badge';
}

export function toRunRow(run: MailchimpSyncConsoleApi.RunSummary, labels: Pick<Labels, 'moreErrors'>): RunRow {
    const more = run.errorCount > 1 ? ` ${formatLabel(labels.moreErrors, run.errorCount - 1)}` : '';
    return {
        id: run.id,
        name: run.name,
        url: recordUrl(run.id),
        startedAt: run.startedAt ?? null,
        outcomeLabel: run.outcomeLabel || run.outcome || '',
        badgeClass: outcomeBadgeClass(run.outcome),
        audiencesProcessed: run.audiencesProcessed ?? 0,
        unsubscribesSeen: run.unsubscribesSeen ?? 0,
        membershipsUpdated: run.membershipsUpdated ?? 0,
        membershipsCreated: run.membershipsCreated ?? 0,
        unmatched: run.unmatched ?? 0,
        errorsText: run.errorsExcerpt ? run.errorsExcerpt + more : ''
    };
}

export function toProblemItem(problem: MailchimpSyncConsoleApi.AudienceProblem): ProblemItem {
    return {
        id: problem.id,
        name: problem.name,
        url: recordUrl(problem.id),
        listId: problem.listId ?? '',
        lastSyncedAt: problem.lastSyncedAt ?? null,
        errorExcerpt: problem.errorExcerpt
    };
}
