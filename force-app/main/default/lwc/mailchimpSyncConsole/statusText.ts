/**
 * Status → text. What the status line says about the schedule, and the hint under it: scheduled (with the next
 * run), partly scheduled (cron jobs deleted by hand), or not scheduled.
 */
import type { Labels } from './labels';

export type ScheduleTone = 'scheduled' | 'partial' | 'off';

export interface ScheduleView {
    tone: ScheduleTone;
    headline: string;
    /** A sentence under the status line; empty when there is nothing to add. */
    hint: string;
    /** ISO date-time of the next run, shown formatted for the user's locale; null when none. */
    nextRunAt: string | null;
    iconName: string;
}

type ScheduleLabels = Pick<
    Labels,
    'scheduled' | 'notScheduled' | 'notScheduledHint' | 'partlyScheduled' | 'partlyScheduledHint'
>;

/** Replaces {0}, {1}… in a custom label. */
export function formatLabel(template: string, ...values: Array<string | number>): string {
    return template.replace(/\{(\d+)\}/g, (match, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? match : String(value);
    });
}

export function describeSchedule(status: MailchimpSyncConsoleApi.Status, labels: ScheduleLabels): ScheduleView {
    const nextRunAt = status.nextRunAt ?? null;
    if (status.scheduled) {
        return { tone: 'scheduled', headline: labels.scheduled, hint: '', nextRunAt, iconName: 'utility:clock' };
    }
    if (status.scheduledJobCount > 0) {
        return {
            tone: 'partial',
            headline: formatLabel(labels.partlyScheduled, status.scheduledJobCount, status.expectedJobCount),
            hint: labels.partlyScheduledHint,
            nextRunAt,
            iconName: 'utility:warning'
        };
    }
    return {
        tone: 'off',
        headline: labels.notScheduled,
        hint: labels.notScheduledHint,
        nextRunAt: null,
        iconName: 'utility:ban'
    };
}
