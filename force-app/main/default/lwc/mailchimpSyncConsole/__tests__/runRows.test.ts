import { outcomeBadgeClass, recordUrl, toProblemItem, toRunRow } from '../runRows';
import statusScheduled from './data/statusScheduled.json';

const LABELS = { moreErrors: '(+{0} more)' };
const [partial, succeeded, failed] = statusScheduled.lastRuns;

describe('runRows', () => {
    it('turns a run into a table row with its link, badge, counters and first error', () => {
        expect(toRunRow(partial, LABELS)).toEqual({
            id: 'a035g00000SyRn3AAF',
            name: 'SR-000103',
            url: '/lightning/r/a035g00000SyRn3AAF/view',
            startedAt: '2025-03-02T09:00:00.000Z',
            outcomeLabel: 'Partial',
            badgeClass: 'slds-badge slds-theme_warning outcome-badge',
            audiencesProcessed: 3,
            unsubscribesSeen: 42,
            membershipsUpdated: 37,
            membershipsCreated: 4,
            unmatched: 1,
            errorsText:
                'Audience Events & Webinars (4a5b6c7d8e): Mailchimp could not find this audience (HTTP 404 Resource Not Found). (+2 more)'
        });
    });

    it('shows a single error without a count and no text for a clean run', () => {
        expect(toRunRow(failed, LABELS).errorsText).not.toContain('more');
        expect(toRunRow(succeeded, LABELS).errorsText).toBe('');
    });

    it('falls back to the outcome value and zero counters when fields are missing', () => {
        const row = toRunRow(
            {
                id: 'a035g00000SyRn9AAF',
                name: 'SR-000109',
                outcome: 'Running',
                outcomeLabel: null,
                audiencesProcessed: null,
                unsubscribesSeen: null,
                errorCount: 0
            },
            LABELS
        );

        expect(row.outcomeLabel).toBe('Running');
        expect(row.startedAt).toBeNull();
        expect([row.audiencesProcessed, row.unsubscribesSeen, row.membershipsUpdated, row.membershipsCreated]).toEqual([
            0, 0, 0, 0
        ]);
        expect(row.unmatched).toBe(0);
    });

    it('gives every outcome its own badge and an unknown one the plain badge', () => {
        const classes = ['Succeeded', 'Partial', 'Failed', 'Running'].map(outcomeBadgeClass);

        expect(new Set(classes).size).toBe(4);
        expect(outcomeBadgeClass('Paused')).toBe('slds-badge outcome-badge');
        expect(outcomeBadgeClass(null)).toBe('slds-badge outcome-badge');
    });

    it('turns an audience problem into a list item with a link', () => {
        expect(toProblemItem(statusScheduled.audiences.withErrors[0])).toEqual({
            id: 'a015g00000EvntsAAB',
            name: 'Events & Webinars',
            url: recordUrl('a015g00000EvntsAAB'),
            listId: '4a5b6c7d8e',
            lastSyncedAt: '2025-02-27T17:30:05.000Z',
            errorExcerpt: 'Mailchimp could not find this audience (HTTP 404 Resource Not Found).'
        });
        expect(toProblemItem({ id: 'x', name: 'New', errorExcerpt: 'Boom' })).toMatchObject({
            listId: '',
            lastSyncedAt: null
        });
    });
});
