import { addOptions, canConfirm, initialSelection, optOutOptions, toChoice } from '../selectionModel';
import memberships from '../../mailchimpMembership/__tests__/data/memberships.json';
import noMemberships from '../../mailchimpMembership/__tests__/data/noMemberships.json';

const SUFFIX = '{0} (confirmation email)';

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
        expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
    });

    it('marks audiences that will need a confirmation email', () => {
        expect(addOptions(memberships.addableAudiences, memberships.memberships, SUFFIX)).toEqual([
            { label: 'Beta Testers', value: 'a015g00000BetaTAAB' },
            { label: 'Partner Program (confirmation email)', value: 'a015g00000PrtnrAAB' },
            { label: 'Product Updates (confirmation email)', value: 'a015g00000PrdUpAAB' }
        ]);
        expect(addOptions(undefined, undefined, SUFFIX)).toEqual([]);
    });

    it('starts in opt-out mode unless there is only something to add', () => {
        const add = addOptions(noMemberships.addableAudiences, [], SUFFIX);

        expect(initialSelection(optOutOptions(memberships.memberships), add).mode).toBe('optOut');
        expect(initialSelection([], add).mode).toBe('add');
        expect(initialSelection([], []).mode).toBe('optOut');
    });

    it('confirms only a complete selection and returns the matching choice', () => {
        expect(canConfirm({ mode: 'optOut', optOutIds: [], addId: 'x' })).toBe(false);
        expect(toChoice({ mode: 'optOut', optOutIds: [], addId: '' })).toBeUndefined();
        expect(toChoice({ mode: 'optOut', optOutIds: ['a', 'b'], addId: 'x' })).toEqual({
            action: 'optOut',
            audienceIds: ['a', 'b']
        });
        expect(canConfirm({ mode: 'add', optOutIds: ['a'], addId: '' })).toBe(false);
        expect(toChoice({ mode: 'add', optOutIds: ['a'], addId: 'x' })).toEqual({ action: 'add', audienceId: 'x' });
    });
});
