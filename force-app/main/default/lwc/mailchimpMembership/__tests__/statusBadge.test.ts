import { explainStatus, toBadge } from '../statusBadge';

const HELP = {
    subscribed: 'Gets marketing email.',
    unsubscribed: 'Opted out.',
    cleaned: 'Bounced.',
    pending: 'Asked to confirm.',
    transactional: 'Receipts only.',
    archived: 'Removed.'
};

describe('statusBadge', () => {
    it('gives every Mailchimp status its own look', () => {
        const statuses = ['subscribed', 'pending', 'unsubscribed', 'cleaned', 'transactional', 'archived'];
        const classes = statuses.map((s) => toBadge(s, s).className);

        expect(new Set(classes).size).toBe(statuses.length);
        expect(toBadge('subscribed', 'Subscribed')).toEqual({
            label: 'Subscribed',
            className: 'slds-badge slds-theme_success status-badge'
        });
        expect(toBadge('cleaned', 'Cleaned').className).toContain('slds-theme_error');
    });

    it('falls back to the raw status and a plain badge for an unknown status', () => {
        expect(toBadge('mystery', null)).toEqual({ label: 'mystery', className: 'slds-badge status-badge' });
    });

    it('copes with a missing status', () => {
        expect(toBadge(undefined)).toEqual({ label: '', className: 'slds-badge status-badge' });
    });

    it('explains each of the six statuses with its own sentence', () => {
        const statuses = Object.keys(HELP);

        expect(statuses.map((s) => explainStatus(s, HELP))).toEqual(Object.values(HELP));
    });

    it('explains nothing rather than guess for a status it does not know', () => {
        expect(explainStatus('mystery', HELP)).toBeUndefined();
        expect(explainStatus('toString', HELP)).toBeUndefined();
        expect(explainStatus(null, HELP)).toBeUndefined();
    });
});
