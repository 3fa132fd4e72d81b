import { canManage, deriveState, formatLabel, toRows } from '../membershipView';
import memberships from './data/memberships.json';
import membershipsReadOnly from './data/membershipsReadOnly.json';
import leadMemberships from './data/leadMemberships.json';
import noMemberships from './data/noMemberships.json';
import noEmail from './data/noEmail.json';
import notConfigured from './data/notConfigured.json';

type Overview = MailchimpMembershipApi.Overview;

const LABELS = {
    optedOutBySalesforce: 'Opted out in Salesforce by {0}',
    optedOutByMailchimp: 'Unsubscribed in Mailchimp'
};

describe('membershipView', () => {
    describe('deriveState', () => {
        it('maps every view to its state', () => {
            expect(deriveState(undefined, undefined)).toBe('loading');
            expect(deriveState(memberships as Overview, undefined)).toBe('data');
            expect(deriveState(noMemberships as Overview, undefined)).toBe('empty');
            expect(deriveState(noEmail as Overview, undefined)).toBe('noEmail');
            expect(deriveState(notConfigured as Overview, undefined)).toBe('notConfigured');
        });

        it('lets an error win over stale data', () => {
            expect(deriveState(memberships as Overview, { code: 'NOT_CONFIGURED', message: 'x' })).toBe(
                'notConfigured'
            );
            expect(deriveState(memberships as Overview, { code: 'NO_ACCESS', message: 'x' })).toBe('error');
        });

        it('shows stored memberships even before the first audience read', () => {
            expect(deriveState({ ...(memberships as Overview), configured: false }, undefined)).toBe('data');
        });
    });

    describe('toRows', () => {
        it('builds one row per membership with badge, details and audit', () => {
            const rows = toRows((memberships as Overview).memberships, LABELS);

            expect(rows).toHaveLength(4);
            expect(rows[3]).toEqual(
                expect.objectContaining({
                    audienceName: 'Product Updates',
                    statusLabel: 'Unsubscribed',
                    auditText: 'Opted out in Salesforce by Ada Lovelace',
                    optedOutAt: '2025-01-07T10:30:02.000Z',
                    hasDetails: true
                })
            );
            expect(rows[1].auditText).toBeUndefined();
        });

        it('names Mailchimp as the source of an unsubscribe seen there', () => {
            const rows = toRows((leadMemberships as Overview).memberships, LABELS);

            expect(rows[0].auditText).toBe('Unsubscribed in Mailchimp');
            expect(rows[0].unsubscribeReason).toBe('I receive too many emails');
        });

        it('uses a dash when the user who opted out is unknown and hides details when there are none', () => {
            const [row] = toRows(
                [
                    {
                        id: 'm1',
                        audienceId: 'a1',
                        audienceName: 'A',
                        listId: 'l1',
                        status: 'unsubscribed',
                        statusLabel: 'Unsubscribed',
                        optOutSource: 'Salesforce'
                    }
                ],
                LABELS
            );

            expect(row.auditText).toBe('Opted out in Salesforce by —');
            expect(row.hasDetails).toBe(false);
            expect(toRows(undefined, LABELS)).toEqual([]);
        });
    });

    describe('canManage', () => {
        it('offers Manage only to managers, for a person with an email, with something to do', () => {
            expect(canManage(memberships as Overview)).toBe(true);
            expect(canManage(noMemberships as Overview)).toBe(true);
            expect(canManage(membershipsReadOnly as Overview)).toBe(false);
            expect(canManage(noEmail as Overview)).toBe(false);
            expect(canManage(notConfigured as Overview)).toBe(false);
            expect(canManage(undefined)).toBe(false);
        });
    });

    it('fills numbered placeholders, repeated ones too', () => {
        expect(formatLabel('Mailchimp Membership ({0})', 3)).toBe('Mailchimp Membership (3)');
        expect(formatLabel('{0} and {1} and {0}', 'a', 'b')).toBe('a and b and a');
    });
});
