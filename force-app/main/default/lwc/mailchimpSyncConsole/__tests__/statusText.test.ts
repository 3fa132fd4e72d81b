import { describeSchedule, formatLabel } from '../statusText';
import scheduledFixture from './data/statusScheduled.json';
import notScheduledFixture from './data/statusNotScheduled.json';
import partlyScheduledFixture from './data/statusPartlyScheduled.json';

// JSON widens the checklist's keys and states to string: the fixtures are Status as Apex sends them.
const statusScheduled = scheduledFixture as unknown as MailchimpSyncConsoleApi.Status;
const statusNotScheduled = notScheduledFixture as unknown as MailchimpSyncConsoleApi.Status;
const statusPartlyScheduled = partlyScheduledFixture as unknown as MailchimpSyncConsoleApi.Status;

const LABELS = {
    scheduled: 'Scheduled every 15 minutes',
    notScheduled: 'Not scheduled',
    notScheduledHint: 'Schedule it.',
    partlyScheduled: 'Partly scheduled: {0} of {1} jobs',
    partlyScheduledHint: 'Schedule it again.'
};

describe('statusText', () => {
    it('says scheduled, with the next run and no hint', () => {
        expect(describeSchedule(statusScheduled, LABELS)).toEqual({
            tone: 'scheduled',
            headline: 'Scheduled every 15 minutes',
            hint: '',
            nextRunAt: '2025-03-02T09:15:00.000Z',
            iconName: 'utility:clock'
        });
    });

    it('counts the jobs left when some were deleted', () => {
        const view = describeSchedule(statusPartlyScheduled, LABELS);

        expect(view.tone).toBe('partial');
        expect(view.headline).toBe('Partly scheduled: 2 of 4 jobs');
        expect(view.hint).toBe('Schedule it again.');
        expect(view.nextRunAt).toBe('2025-03-02T09:30:00.000Z');
    });

    it('says not scheduled, with a hint and no next run', () => {
        const view = describeSchedule({ ...statusNotScheduled, nextRunAt: '2025-03-02T09:30:00.000Z' }, LABELS);

        expect(view).toEqual({
            tone: 'off',
            headline: 'Not scheduled',
            hint: 'Schedule it.',
            nextRunAt: null,
            iconName: 'utility:ban'
        });
    });

    it('treats a missing next run as none', () => {
        const { nextRunAt: _omitted, ...withoutNextRun } = statusScheduled;

        expect(describeSchedule(withoutNextRun, LABELS).nextRunAt).toBeNull();
    });

    it('fills placeholders and leaves unknown ones as they are', () => {
        expect(formatLabel('{0} of {1}', 2, 'four')).toBe('2 of four');
        expect(formatLabel('{0} and {2}', 'one')).toBe('one and {2}');
    });
});
