import { COLLAPSED_ROWS, canManage, deriveState, formatLabel, summarize, toRows, visibleRows } from '../membershipView';
import memberships from './data/memberships.json';
import membershipsReadOnly from './data/membershipsReadOnly.json';
import leadMemberships from './data/leadMemberships.json';
import noMemberships from './data/noMemberships.json';
import noEmail from './data/noEmail.json';
import notConfigured from './data/notConfigured.json';
import emailChanged from './data/emailChanged.json';

type Overview = MailchimpMembershipApi.Overview;
type Membership = MailchimpMembershipApi.Membership;

const LABELS = {
    optedOutBySalesforce: 'Opted out in Salesforce by {0}',
    optedOutByMailchimp: 'Unsubscribed in Mailchimp',
    addedConfirmed: 'Added by {0} with consent',
    addedDoubleOptIn: 'Added by {0}; Mailchimp asked them',
    statusPrefix: 'Status:',
    statusHelpLabel: 'What {0} means',
    statusHelp: {
        subscribed: 'Gets marketing email.',
        unsubscribed: 'Opted out.',
        cleaned: 'Bounced.',
        pending: 'Asked to confirm.',
        transactional: 'Receipts only.',
        archived: 'Removed.'
    },
    emailPending: 'The new address {0} is about to be sent to Mailchimp.',
    emailConflict: 'Mailchimp already has {0} here.'
};

const contact = memberships as Overview;

function membership(n: number, status = 'subscribed'): Membership {
    return {
        id: `m${n}`,
        audienceId: `a${n}`,
        audienceName: `Audience ${n}`,
        listId: `l${n}`,
        email: 'grace.hopper@example.com',
        status,
        statusLabel: status
    };
}

describe('membershipView', () => {
    describe('deriveState', () => {
        it('maps every view to its state', () => {
            expect(deriveState(undefined, undefined)).toBe('loading');
            expect(deriveState(contact, undefined)).toBe('data');
            expect(deriveState(noMemberships as Overview, undefined)).toBe('empty');
            expect(deriveState(noEmail as Overview, undefined)).toBe('noEmail');
            expect(deriveState(notConfigured as Overview, undefined)).toBe('notConfigured');
        });

        it('explains an account that is no person instead of showing memberships or a missing email', () => {
            const businessAccount: Overview = {
                ...(noEmail as Overview),
                recordId: '001000000000001AAA',
                notAPerson: 'This is a business account.'
            };
            expect(deriveState(businessAccount, undefined)).toBe('notAPerson');
            expect(canManage(businessAccount)).toBe(false);
        });

        it('lets an error win over stale data', () => {
            expect(deriveState(contact, { code: 'NOT_CONFIGURED', message: 'x' })).toBe('notConfigured');
            expect(deriveState(contact, { code: 'NO_ACCESS', message: 'x' })).toBe('error');
        });

        it('shows stored memberships even before the first audience read', () => {
            expect(deriveState({ ...contact, configured: false }, undefined)).toBe('data');
        });
    });

    describe('toRows', () => {
        it('builds one row per membership with badge, status help, details and audit', () => {
            const rows = toRows(contact.memberships, contact.email, LABELS);

            expect(rows).toHaveLength(4);
            expect(rows[3]).toEqual(
                expect.objectContaining({
                    audienceId: 'a015g00000PrdUpAAB',
                    audienceName: 'Product Updates',
                    statusLabel: 'Unsubscribed',
                    statusPrefix: 'Status: ',
                    statusHelp: 'Opted out.',
                    statusHelpLabel: 'What Unsubscribed means',
                    auditText: 'Opted out in Salesforce by Ada Lovelace',
                    lastChanged: '2025-01-07T10:30:00.000Z',
                    showAddress: false,
                    hasDetails: true
                })
            );
            expect(rows[0].statusHelp).toBe('Asked to confirm.');
            expect(rows[1].auditText).toBeUndefined();
            expect(rows.every((row) => !row.notice)).toBe(true);
        });

        it('names Mailchimp as the source of an unsubscribe seen there', () => {
            const lead = leadMemberships as Overview;
            const rows = toRows(lead.memberships, lead.email, LABELS);

            expect(rows[0].auditText).toBe('Unsubscribed in Mailchimp');
            expect(rows[0].unsubscribeReason).toBe('I receive too many emails');
        });

        it('shows the address on every row of an audience the person is in under two addresses', () => {
            const view = emailChanged as Overview;
            const rows = toRows(view.memberships, view.email, LABELS);

            const newsletter = rows.filter((row) => row.audienceName === 'Monthly Newsletter');
            expect(newsletter.map((row) => [row.email, row.showAddress])).toEqual([
                ['grace.hopper@example.com', true],
                ['ghopper@navy.example.mil', true]
            ]);
            expect(rows.find((row) => row.audienceName === 'Events & Webinars')?.showAddress).toBe(false);
        });

        it('shows the address of a row that is not the person’s current email, whatever its case', () => {
            const old = { ...membership(1), email: 'old@example.com' };
            const sameButUpper = { ...membership(2), email: ' GRACE.HOPPER@example.com ' };

            const rows = toRows([old, sameButUpper], 'grace.hopper@example.com', LABELS);

            expect(rows.map((row) => row.showAddress)).toEqual([true, false]);
            expect(toRows([old], null, LABELS)[0].showAddress).toBe(true);
            expect(toRows([{ ...old, email: null }], 'x@example.com', LABELS)[0].showAddress).toBe(false);
        });

        it('says who added the person and on what basis while they are active, and not after', () => {
            const view = emailChanged as Overview;
            const rows = toRows(view.memberships, view.email, LABELS);

            expect(rows[0].auditText).toBe('Added by Sam Sales with consent');
            expect(rows[2].auditText).toBe('Added by Sam Sales; Mailchimp asked them');
            const laterCleaned = { ...view.memberships[0], status: 'cleaned' };
            expect(toRows([laterCleaned], view.email, LABELS)[0].auditText).toBeUndefined();
        });

        it('dates a row by its opt-out when Mailchimp sent no last change, so a date shows once', () => {
            const optedOut = {
                ...membership(1, 'unsubscribed'),
                optOutSource: 'Salesforce',
                optedOutByName: null,
                optedOutAt: '2025-01-07T10:30:02.000Z'
            };

            const [row] = toRows([optedOut], 'grace.hopper@example.com', LABELS);

            expect(row.lastChanged).toBe('2025-01-07T10:30:02.000Z');
            expect(row.auditText).toBe('Opted out in Salesforce by —');
        });

        it('hides details when there are none and leaves an unknown status unexplained', () => {
            const [row] = toRows([membership(1, 'mystery')], 'grace.hopper@example.com', LABELS);

            expect(row.hasDetails).toBe(false);
            expect(row.statusHelp).toBeUndefined();
            expect(row.statusHelpLabel).toBeUndefined();
            expect(toRows(undefined, 'x', LABELS)).toEqual([]);
        });

        it('puts a notice on the active row of its audience, else on its first row', () => {
            const view = emailChanged as Overview;
            const notices = {
                a015g00000NwsLtAAB: { text: 'Refused', isError: true },
                a015g00000EvntsAAB: { text: 'Already done', isError: false },
                unknown: { text: 'nowhere', isError: true }
            };

            const rows = toRows(view.memberships, view.email, LABELS, notices);

            expect(rows.map((row) => row.notice?.text)).toEqual(['Refused', undefined, 'Already done']);
            expect(rows[0].noticeClass).toContain('slds-text-color_error');
            expect(rows[2].noticeClass).not.toContain('slds-text-color_error');
            const inactive = [membership(1, 'unsubscribed'), { ...membership(2, 'cleaned'), audienceId: 'a1' }];
            expect(
                toRows(inactive, null, LABELS, { a1: { text: 'x', isError: true } }).map((row) => row.notice?.text)
            ).toEqual(['x', undefined]);
        });
    });

    describe('visibleRows', () => {
        const rows = toRows(
            Array.from({ length: 14 }, (_, i) => membership(i)),
            'grace.hopper@example.com',
            LABELS
        );

        it('shows the first rows until the user asks for all', () => {
            expect(visibleRows(rows, false)).toHaveLength(COLLAPSED_ROWS);
            expect(visibleRows(rows, true)).toHaveLength(14);
            expect(visibleRows(rows.slice(0, 3), false)).toHaveLength(3);
        });

        it('never hides a row that carries a notice', () => {
            const withNotice = rows.map((row, i) => (i === 9 ? { ...row, notice: { text: 'x', isError: true } } : row));

            expect(visibleRows(withNotice, false).map((row) => row.id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm9']);
        });
    });

    describe('summarize', () => {
        it('counts audiences, and those the person gets or is about to get email from', () => {
            expect(summarize(contact.memberships)).toEqual({ active: 2, total: 4 });
            expect(summarize((emailChanged as Overview).memberships)).toEqual({ active: 2, total: 2 });
            expect(summarize(undefined)).toEqual({ active: 0, total: 0 });
        });
    });

    describe('canManage', () => {
        it('offers Manage only to managers, for a person with an email, with something to do', () => {
            expect(canManage(contact)).toBe(true);
            expect(canManage(noMemberships as Overview)).toBe(true);
            expect(canManage(membershipsReadOnly as Overview)).toBe(false);
            expect(canManage(noEmail as Overview)).toBe(false);
            expect(canManage(notConfigured as Overview)).toBe(false);
            expect(canManage(undefined)).toBe(false);
        });
    });

    it('fills numbered placeholders, repeated ones too', () => {
        expect(formatLabel('Subscribed or pending in {0} of {1} audiences', 2, 4)).toBe(
            'Subscribed or pending in 2 of 4 audiences'
        );
        expect(formatLabel('{0} and {1} and {0}', 'a', 'b')).toBe('a and b and a');
    });

    describe('email changes on the rows', () => {
        it('says a new address is waiting and shows a conflict with what to do, until the member is archived', () => {
            const rows = toRows(
                [
                    { ...membership(1), pendingEmail: 'grace@example.org' },
                    { ...membership(2), emailConflict: 'grace@example.org' },
                    { ...membership(3, 'archived'), emailConflict: 'grace@example.org' }
                ],
                'grace.hopper@example.com',
                LABELS
            );

            expect(rows[0].pendingText).toBe('The new address grace@example.org is about to be sent to Mailchimp.');
            expect(rows[0].conflictText).toBeUndefined();
            expect(rows[1].conflictText).toBe('Mailchimp already has grace@example.org here.');
            expect(rows[1].pendingText).toBeUndefined();
            expect(rows[2].conflictText).toBeUndefined();
        });

        it('never hides a row with a conflict behind View all', () => {
            const list = Array.from({ length: 7 }, (_, i) => membership(i));
            list[6] = { ...list[6], emailConflict: 'grace@example.org' };

            const shown = visibleRows(toRows(list, 'grace.hopper@example.com', LABELS), false);

            expect(shown.map((r) => r.id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm6']);
        });
    });
});
