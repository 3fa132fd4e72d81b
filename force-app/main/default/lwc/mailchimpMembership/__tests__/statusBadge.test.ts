import { toBadge } from '../statusBadge';

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
});
