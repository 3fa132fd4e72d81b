import { isRegistering, registrationOutcomes, toAudienceRow, toAudienceRows } from '../audienceRows';
import { LABELS } from '../labels';

type AudienceWebhook = MailchimpWebhookSetupApi.AudienceWebhook;

const audience = (overrides: Partial<AudienceWebhook> = {}): AudienceWebhook => ({
    id: 'a015g00000AbCdEAAV',
    name: 'Monthly Newsletter',
    listId: 'a1b2c3d4e5',
    state: 'notRegistered',
    registeredAt: null,
    lastDeliveryAt: null,
    lastError: null,
    siteBaseUrl: null,
    ...overrides
});

describe('audienceRows', () => {
    it('offers Register and no Remove for an audience without a webhook', () => {
        const row = toAudienceRow(audience(), LABELS);

        expect(row.stateLabel).toBe(LABELS.stateNotRegistered);
        expect(row.badgeClass).toBe('slds-badge');
        expect(row.registerLabel).toBe(LABELS.register);
        expect(row.registerTitle).toBe('');
        expect(row.registerDisabled).toBe(false);
        expect(row.showRemove).toBe(false);
        expect(row.headingId).toBe('audience-a015g00000AbCdEAAV');
        expect(row.noDeliveryText).toBe(LABELS.noDelivery);
    });

    it('offers Re-register (a new secret) and Remove for a registered webhook, with its dates', () => {
        const row = toAudienceRow(
            audience({
                state: 'registered',
                registeredAt: '2026-03-01T08:00:00.000Z',
                lastDeliveryAt: '2026-03-02T09:00:05.000Z'
            }),
            LABELS
        );

        expect(row.stateLabel).toBe(LABELS.stateRegistered);
        expect(row.badgeClass).toContain('slds-theme_success');
        expect(row.registerLabel).toBe(LABELS.reregister);
        expect(row.registerTitle).toBe(LABELS.reregisterHint);
        expect(row.showRemove).toBe(true);
        expect(row.registeredAt).toBe('2026-03-01T08:00:00.000Z');
        expect(row.lastDeliveryAt).toBe('2026-03-02T09:00:05.000Z');
    });

    it('disables Register while Mailchimp checks a registration but still allows Remove', () => {
        const row = toAudienceRow(audience({ state: 'registering' }), LABELS);

        expect(row.stateLabel).toBe(LABELS.stateRegistering);
        expect(row.registerDisabled).toBe(true);
        expect(row.showRemove).toBe(true);
    });

    it('shows a removed webhook as such, its old registration date hidden and its last error kept', () => {
        const row = toAudienceRow(
            audience({ state: 'removed', registeredAt: '2026-03-01T08:00:00.000Z', lastError: 'Mailchimp is down.' }),
            LABELS
        );

        expect(row.stateLabel).toBe(LABELS.stateRemoved);
        expect(row.badgeClass).toContain('slds-badge_inverse');
        expect(row.registeredAt).toBeNull();
        expect(row.lastError).toBe('Mailchimp is down.');
        expect(row.registerLabel).toBe(LABELS.register);
    });

    it('treats a state it does not know as no webhook', () => {
        expect(toAudienceRow(audience({ state: 'paused' }), LABELS).stateLabel).toBe(LABELS.stateNotRegistered);
        expect(toAudienceRows(undefined, LABELS)).toEqual([]);
    });

    it('knows when a registration is under way', () => {
        expect(isRegistering([audience(), audience({ state: 'registering' })])).toBe(true);
        expect(isRegistering([audience({ state: 'registered' })])).toBe(false);
        expect(isRegistering(undefined)).toBe(false);
    });

    it('names the audiences whose registration finished or failed since the last read', () => {
        const before = [
            audience({ id: '1', name: 'A', state: 'registering' }),
            audience({ id: '2', name: 'B', state: 'registering' }),
            audience({ id: '3', name: 'C', state: 'registering' }),
            audience({ id: '4', name: 'D', state: 'registered' })
        ];
        const after = [
            audience({ id: '1', name: 'A', state: 'registered' }),
            audience({ id: '2', name: 'B', state: 'notRegistered', lastError: 'Refused' }),
            audience({ id: '3', name: 'C', state: 'registering' }),
            audience({ id: '4', name: 'D', state: 'registered' }),
            audience({ id: '5', name: 'E', state: 'registered' })
        ];

        expect(registrationOutcomes(before, after)).toEqual({ registered: ['A'], failed: ['B'] });
        expect(registrationOutcomes(undefined, after)).toEqual({ registered: [], failed: [] });
        expect(registrationOutcomes(before, [audience({ id: '1', state: 'removed' })])).toEqual({
            registered: [],
            failed: []
        });
    });
});
