import { createElement } from 'lwc';
import MailchimpMembershipManageModal from 'c/mailchimpMembershipManageModal';
import memberships from '../../mailchimpMembership/__tests__/data/memberships.json';
import noMemberships from '../../mailchimpMembership/__tests__/data/noMemberships.json';
import { $, flushPromises } from 'lwc-test-utils';

// Real text for the labels whose placeholders the tests check; every other label resolves to its name.
jest.mock('@salesforce/label/c.MailchimpMembershipModalFor', () => ({ default: 'For {0}' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.MailchimpMembershipModalConsent',
    () => ({ default: '{0} gave permission to receive marketing email from this audience.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.MailchimpMembershipModalAddSubscribes',
    () => ({ default: 'Mailchimp adds {0} as Subscribed right away.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.MailchimpMembershipModalAddPending',
    () => ({ default: 'Without that permission, Mailchimp emails {0} to confirm.' }),
    { virtual: true }
);

type View = {
    personName?: string | null;
    email?: string | null;
    memberships: unknown[];
    addableAudiences: unknown[];
};

const BETA = 'a015g00000BetaTAAB';
const UPDATES = 'a015g00000PrdUpAAB';

function render(view: View): { element: HTMLElement; closed: jest.Mock } {
    const element = createElement('c-mailchimp-membership-manage-modal', {
        is: MailchimpMembershipManageModal
    }) as HTMLElement & View;
    element.personName = view.personName;
    element.email = view.email;
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

function check(target: HTMLElement, checked: boolean): void {
    target.dispatchEvent(new CustomEvent('change', { detail: { checked } }));
}

async function openAdd(view: View = memberships): Promise<{ element: HTMLElement; closed: jest.Mock }> {
    const rendered = render(view);
    change($(rendered.element, 'lightning-radio-group.mode'), 'add');
    await flushPromises();
    return rendered;
}

describe('c-mailchimp-membership-manage-modal', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('names the person and lists the subscribed and pending audiences, confirm disabled until one is ticked', async () => {
        const { element } = render(memberships);
        await flushPromises();

        expect($(element, 'lightning-modal-header').label).toBe('c.MailchimpMembershipModalTitle');
        expect($(element, '.person').textContent).toBe('For Grace Hopper');
        expect($(element, 'lightning-radio-group.mode').value).toBe('optOut');
        expect($(element, 'lightning-checkbox-group.opt-out').options).toHaveLength(2);
        expect($(element, 'lightning-button.confirm').disabled).toBe(true);
        expect($(element, 'lightning-button.confirm').label).toBe('c.MailchimpMembershipModalConfirmOptOut');
        await expect(element).toBeAccessible();
    });

    it('leaves the subtitle out when the name is unknown', async () => {
        const { element } = render({ ...memberships, personName: null });
        await flushPromises();

        expect($(element, '.person')).toBeNull();
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

    it('shows the address it will add and marks the audiences that need a confirmation email', async () => {
        const { element } = await openAdd();

        const combobox = $(element, 'lightning-combobox.add');
        expect(combobox.options.map((o: { label: string }) => o.label)).toEqual([
            'Beta Testers',
            'c.MailchimpMembershipModalConfirmSuffix',
            'c.MailchimpMembershipModalConfirmSuffix'
        ]);
        expect($(element, '.address-value').textContent).toBe('grace.hopper@example.com');
        expect($(element, 'lightning-input.consent')).toBeNull();
        expect($(element, '.add-outcome').textContent).toBe('');
        expect($(element, 'lightning-button.confirm').label).toBe('c.MailchimpMembershipModalConfirmAdd');
        await expect(element).toBeAccessible();
    });

    it('subscribes a new audience only when the user confirms the person gave permission', async () => {
        const { element, closed } = await openAdd();
        change($(element, 'lightning-combobox.add'), BETA);
        await flushPromises();

        const consent = $(element, 'lightning-input.consent');
        expect(consent.type).toBe('checkbox');
        expect(consent.checked).toBe(false);
        expect(consent.label).toBe('Grace Hopper gave permission to receive marketing email from this audience.');
        expect($(element, '.add-outcome').textContent).toBe(
            'Without that permission, Mailchimp emails grace.hopper@example.com to confirm.'
        );
        await expect(element).toBeAccessible();

        check(consent, true);
        await flushPromises();
        expect($(element, '.add-outcome').textContent).toBe(
            'Mailchimp adds grace.hopper@example.com as Subscribed right away.'
        );
        await expect(element).toBeAccessible();
        $(element, 'lightning-button.confirm').click();

        expect(closed).toHaveBeenCalledWith({ action: 'add', audienceId: BETA, consentConfirmed: true });
    });

    it('adds as pending when the user does not confirm permission', async () => {
        const { element, closed } = await openAdd();
        change($(element, 'lightning-combobox.add'), BETA);
        await flushPromises();

        $(element, 'lightning-button.confirm').click();

        expect(closed).toHaveBeenCalledWith({ action: 'add', audienceId: BETA, consentConfirmed: false });
    });

    it('does not ask for permission where only a confirmation email can bring the address back', async () => {
        const { element, closed } = await openAdd();
        change($(element, 'lightning-combobox.add'), BETA);
        await flushPromises();
        check($(element, 'lightning-input.consent'), true);
        change($(element, 'lightning-combobox.add'), UPDATES);
        await flushPromises();

        expect($(element, 'lightning-input.consent')).toBeNull();
        expect($(element, '.add-outcome').textContent).toBe('c.MailchimpMembershipModalAddHelp');
        await expect(element).toBeAccessible();
        $(element, 'lightning-button.confirm').click();

        expect(closed).toHaveBeenCalledWith({ action: 'add', audienceId: UPDATES, consentConfirmed: false });
    });

    it('speaks of "this person" in the consent when the name is unknown', async () => {
        const { element } = await openAdd({ ...memberships, personName: '' });
        change($(element, 'lightning-combobox.add'), BETA);
        await flushPromises();

        expect($(element, 'lightning-input.consent').label).toBe(
            'c.MailchimpMembershipModalThisPerson gave permission to receive marketing email from this audience.'
        );
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
        const { element } = await openAdd({ ...memberships, addableAudiences: [] });

        expect($(element, '.nothing-to-add').textContent).toBe('c.MailchimpMembershipModalNothingToAdd');
        expect($(element, '.address-value')).toBeNull();
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
