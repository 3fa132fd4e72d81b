import { createElement } from 'lwc';
import MailchimpMembershipManageModal from 'c/mailchimpMembershipManageModal';
import memberships from '../../mailchimpMembership/__tests__/data/memberships.json';
import noMemberships from '../../mailchimpMembership/__tests__/data/noMemberships.json';
import { $, flushPromises } from 'lwc-test-utils';

type View = { memberships: unknown[]; addableAudiences: unknown[] };

function render(view: View): { element: HTMLElement; closed: jest.Mock } {
    const element = createElement('c-mailchimp-membership-manage-modal', {
        is: MailchimpMembershipManageModal
    }) as HTMLElement & View;
    element.memberships = view.memberships;
    element.addableAudiences = view.addableAudiences;
    const closed = jest.fn();
    element.addEventListener('close', (event) => closed((event as CustomEvent).detail));
    document.body.appendChild(element);
    return { element, closed };
}

function change(target: HTMLElement, value: unknown): void {
    target.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-mailchimp-membership-manage-modal', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('lists the subscribed and pending audiences to opt out of, confirm disabled until one is ticked', async () => {
        const { element } = render(memberships);
        await flushPromises();

        expect($(element, 'lightning-modal-header').label).toBe('c.MailchimpMembershipModalTitle');
        expect($(element, 'lightning-radio-group.mode').value).toBe('optOut');
        expect($(element, 'lightning-checkbox-group.opt-out').options).toHaveLength(2);
        expect($(element, 'lightning-button.confirm').disabled).toBe(true);
        expect($(element, 'lightning-button.confirm').label).toBe('c.MailchimpMembershipModalConfirmOptOut');
        await expect(element).toBeAccessible();
    });

    it('closes with every ticked audience', async () => {
        const { element, closed } = render(memberships);
        change($(element, 'lightning-checkbox-group.opt-out'), ['a015g00000EvntsAAB', 'a015g00000NwsLtAAB']);
        await flushPromises();

        expect($(element, 'lightning-button.confirm').disabled).toBe(false);
        $(element, 'lightning-button.confirm').click();

        expect(closed).toHaveBeenCalledWith({
            action: 'optOut',
            audienceIds: ['a015g00000EvntsAAB', 'a015g00000NwsLtAAB']
        });
    });

    it('switches to add, explains confirmation emails and closes with the picked audience', async () => {
        const { element, closed } = render(memberships);
        change($(element, 'lightning-radio-group.mode'), 'add');
        await flushPromises();

        const combobox = $(element, 'lightning-combobox.add');
        expect(combobox.options.map((o: { label: string }) => o.label)).toEqual([
            'Beta Testers',
            'c.MailchimpMembershipModalConfirmSuffix',
            'c.MailchimpMembershipModalConfirmSuffix'
        ]);
        expect($(element, 'lightning-button.confirm').label).toBe('c.MailchimpMembershipModalConfirmAdd');
        await expect(element).toBeAccessible();

        change(combobox, 'a015g00000BetaTAAB');
        await flushPromises();
        $(element, 'lightning-button.confirm').click();

        expect(closed).toHaveBeenCalledWith({ action: 'add', audienceId: 'a015g00000BetaTAAB' });
    });

    it('starts on add when the person is subscribed nowhere', async () => {
        const { element } = render(noMemberships);
        await flushPromises();

        expect($(element, 'lightning-combobox.add')).not.toBeNull();
        change($(element, 'lightning-radio-group.mode'), 'optOut');
        await flushPromises();
        expect($(element, '.nothing-to-opt-out').textContent).toBe('c.MailchimpMembershipModalNothingToOptOut');
        await expect(element).toBeAccessible();
    });

    it('says there is nothing to add when no audience is left', async () => {
        const { element } = render({ memberships: memberships.memberships, addableAudiences: [] });
        change($(element, 'lightning-radio-group.mode'), 'add');
        await flushPromises();

        expect($(element, '.nothing-to-add').textContent).toBe('c.MailchimpMembershipModalNothingToAdd');
        await expect(element).toBeAccessible();
    });

    it('closes with nothing on cancel', async () => {
        const { element, closed } = render(memberships);
        await flushPromises();

        $(element, 'lightning-button.cancel').click();

        // close(undefined) reaches the test as a CustomEvent detail, which the DOM turns into null.
        expect(closed).toHaveBeenCalledTimes(1);
        expect(closed.mock.calls[0][0] ?? undefined).toBeUndefined();
    });

    it('ignores confirm while nothing is selected', async () => {
        const { element, closed } = render(memberships);
        await flushPromises();

        (element as unknown as { shadowRoot: ShadowRoot }).shadowRoot
            .querySelector('lightning-button.confirm')!
            .dispatchEvent(new CustomEvent('click'));

        expect(closed).not.toHaveBeenCalled();
    });
});
