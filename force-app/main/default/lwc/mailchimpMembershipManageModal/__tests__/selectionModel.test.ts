import {
    addOptions,
    addOutcomeText,
    asksConsent,
    canConfirm,
    fill,
    initialSelection,
    optOutOptions,
    pickAudience,
    requiresConfirmation,
    toChoice,
    type Selection
} from '../selectionModel';
import memberships from '../../mailchimpMembership/__tests__/data/memberships.json';
import noMemberships from '../../mailchimpMembership/__tests__/data/noMemberships.json';

const SUFFIX = '{0} (confirmation email)';
const AUDIENCES = memberships.addableAudiences;
const BETA = 'a015g00000BetaTAAB';
const UPDATES = 'a015g00000PrdUpAAB';
const TEXTS = {
    subscribes: 'Subscribes {0} now.',
    pending: 'Emails {0} to confirm.',
    confirmationOnly: 'Only a confirmation email can bring this address back.'
};

const select = (changes: Partial<Selection>): Selection => ({
    mode: 'add',
    optOutIds: [],
    addId: '',
    consent: false,
    ...changes
});

describe('selectionModel', () => {
    it('offers opt-out only for subscribed and pending audiences', () => {
        expect(optOutOptions(memberships.memberships)).toEqual([
            { label: 'Events & Webinars', value: 'a015g00000EvntsAAB' },
            { label: 'Monthly Newsletter', value: 'a015g00000NwsLtAAB' }
        ]);
        expect(optOutOptions(undefined)).toEqual([]);
    });

    it('offers an audience once when the person holds two active memberships in it (old and new email)', () => {
        const newsletter = memberships.memberships[1];
        const twoAddresses = [
            newsletter,
            { ...newsletter, id: 'a025g00000Mm0009AAB', status: 'pending', statusLabel: 'Pending' },
            memberships.memberships[0]
        ];

        const options = optOutOptions(twoAddresses);

        expect(options).toEqual([
            { label: 'Monthly Newsletter', value: 'a015g00000NwsLtAAB' },
            { label: 'Events & Webinars', value: 'a015g00000EvntsAAB' }
        ]);
    });

    it('marks the audiences the server says need a confirmation email', () => {
        expect(addOptions(AUDIENCES, SUFFIX)).toEqual([
            { label: 'Beta Testers', value: BETA },
            { label: 'Partner Program (confirmation email)', value: 'a015g00000PrtnrAAB' },
            { label: 'Product Updates (confirmation email)', value: UPDATES }
        ]);
        expect(addOptions(undefined, SUFFIX)).toEqual([]);
        expect(requiresConfirmation(AUDIENCES, UPDATES)).toBe(true);
        expect(requiresConfirmation(AUDIENCES, BETA)).toBe(false);
        expect(requiresConfirmation(undefined, BETA)).toBe(false);
    });

    it('starts in opt-out mode unless there is only something to add, with no consent given', () => {
        const add = addOptions(noMemberships.addableAudiences, SUFFIX);

        expect(initialSelection(optOutOptions(memberships.memberships), add)).toEqual({
            mode: 'optOut',
            optOutIds: [],
            addId: '',
            consent: false
        });
        expect(initialSelection([], add).mode).toBe('add');
        expect(initialSelection([], []).mode).toBe('optOut');
    });

    it('asks for consent only for a picked audience new to the address', () => {
        expect(asksConsent(select({ addId: BETA }), AUDIENCES)).toBe(true);
        expect(asksConsent(select({ addId: UPDATES }), AUDIENCES)).toBe(false);
        expect(asksConsent(select({ addId: '' }), AUDIENCES)).toBe(false);
        expect(asksConsent(select({ mode: 'optOut', addId: BETA }), AUDIENCES)).toBe(false);
    });

    it('forgets the consent when another audience is picked', () => {
        const consented = select({ addId: BETA, consent: true });

        expect(pickAudience(consented, BETA).consent).toBe(true);
        expect(pickAudience(consented, UPDATES)).toEqual(select({ addId: UPDATES, consent: false }));
    });

    it('confirms only a complete selection and returns the matching choice', () => {
        expect(canConfirm(select({ mode: 'optOut', addId: 'x' }))).toBe(false);
        expect(toChoice(select({ mode: 'optOut' }), AUDIENCES)).toBeUndefined();
        expect(toChoice(select({ mode: 'optOut', optOutIds: ['a', 'b'], addId: 'x' }), AUDIENCES)).toEqual({
            action: 'optOut',
            audienceIds: ['a', 'b']
        });
        expect(canConfirm(select({ optOutIds: ['a'] }))).toBe(false);
    });

    it('sends the consent only where it can make a difference', () => {
        expect(toChoice(select({ addId: BETA, consent: true }), AUDIENCES)).toEqual({
            action: 'add',
            audienceId: BETA,
            consentConfirmed: true
        });
        expect(toChoice(select({ addId: BETA }), AUDIENCES)).toEqual({
            action: 'add',
            audienceId: BETA,
            consentConfirmed: false
        });
        expect(toChoice(select({ addId: UPDATES, consent: true }), AUDIENCES)).toEqual({
            action: 'add',
            audienceId: UPDATES,
            consentConfirmed: false
        });
    });

    it('says what Add will do before it is pressed', () => {
        const email = 'grace.hopper@example.com';

        expect(addOutcomeText(select({ addId: BETA, consent: true }), AUDIENCES, email, TEXTS)).toBe(
            'Subscribes grace.hopper@example.com now.'
        );
        expect(addOutcomeText(select({ addId: BETA }), AUDIENCES, email, TEXTS)).toBe(
            'Emails grace.hopper@example.com to confirm.'
        );
        expect(addOutcomeText(select({ addId: UPDATES, consent: true }), AUDIENCES, email, TEXTS)).toBe(
            TEXTS.confirmationOnly
        );
        expect(addOutcomeText(select({}), AUDIENCES, email, TEXTS)).toBe('');
        expect(addOutcomeText(select({ mode: 'optOut', addId: BETA }), AUDIENCES, email, TEXTS)).toBe('');
    });

    it('fills numbered placeholders', () => {
        expect(fill('For {0}', 'Grace Hopper')).toBe('For Grace Hopper');
        expect(fill('{0} and {1} and {0}', 'a', 'b')).toBe('a and b and a');
    });
});
