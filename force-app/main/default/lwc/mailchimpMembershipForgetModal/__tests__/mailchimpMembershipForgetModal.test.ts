import { createElement } from 'lwc';
import MailchimpMembershipForgetModal from 'c/mailchimpMembershipForgetModal';
import { isConfirmation } from '../confirmation';
import { $, $$, flushPromises } from 'lwc-test-utils';

jest.mock('@salesforce/label/c.MailchimpForgetConfirmWord', () => ({ default: 'FORGET' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.MailchimpForgetModalWarning',
    () => ({ default: 'This permanently deletes {0} from every Mailchimp audience. It cannot be undone.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.MailchimpForgetModalTypeLabel', () => ({ default: 'Type {0} to confirm' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.MailchimpForgetModalSearch',
    () => ({ default: 'Mailchimp also checks every other audience for {0}.' }),
    { virtual: true }
);

type Props = { personName?: string | null; email?: string | null; audienceNames: string[] };

function render(props: Props): { element: HTMLElement; closed: jest.Mock } {
    const element = createElement('c-mailchimp-membership-forget-modal', {
        is: MailchimpMembershipForgetModal
    }) as HTMLElement & Props;
    element.personName = props.personName;
    element.email = props.email;
    element.audienceNames = props.audienceNames;
    const closed = jest.fn();
    element.addEventListener('close', (event) => closed((event as CustomEvent).detail));
    document.body.appendChild(element);
    return { element, closed };
}

async function type(element: HTMLElement, value: string): Promise<void> {
    $(element, 'lightning-input.confirmation').dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

const GRACE: Props = {
    personName: 'Grace Hopper',
    email: 'grace.hopper@example.com',
    audienceNames: ['Monthly Newsletter', 'Product Updates']
};

describe('c-mailchimp-membership-forget-modal', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('says what cannot be undone, what Mailchimp erases and what Salesforce keeps, and waits for the word', async () => {
        const { element } = render(GRACE);
        await flushPromises();

        expect($(element, 'lightning-modal-header').label).toBe('c.MailchimpForgetModalTitle');
        expect($(element, '.warning').textContent).toBe(
            'This permanently deletes Grace Hopper from every Mailchimp audience. It cannot be undone.'
        );
        expect($$(element, '.audiences li').map((li) => li.textContent)).toEqual([
            'Monthly Newsletter',
            'Product Updates'
        ]);
        expect($(element, '.search').textContent).toBe(
            'Mailchimp also checks every other audience for grace.hopper@example.com.'
        );
        expect($(element, '.keeps').textContent).toBe('c.MailchimpForgetModalKeeps');
        expect($(element, 'lightning-input.confirmation').label).toBe('Type FORGET to confirm');
        const confirm = $(element, 'lightning-button.confirm');
        expect(confirm.variant).toBe('destructive');
        expect(confirm.disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('enables the button only for the word, spaces and case aside, and closes with it', async () => {
        const { element, closed } = render(GRACE);
        await flushPromises();

        await type(element, 'FORGOT');
        expect($(element, 'lightning-button.confirm').disabled).toBe(true);
        $(element, 'lightning-button.confirm').click();
        expect(closed).not.toHaveBeenCalled();

        await type(element, '  forget ');
        expect($(element, 'lightning-button.confirm').disabled).toBe(false);
        $(element, 'lightning-button.confirm').click();

        expect(closed).toHaveBeenCalledWith({ confirmation: 'forget' });
        await expect(element).toBeAccessible();
    });

    it('says Salesforce knows no audience, and promises no search without an address', async () => {
        const { element } = render({ personName: null, email: null, audienceNames: [] });
        await flushPromises();

        expect($(element, '.warning').textContent).toContain('c.MailchimpMembershipModalThisPerson');
        expect($(element, '.no-audiences').textContent).toBe('c.MailchimpForgetModalNoAudiences');
        expect($(element, '.audiences')).toBeNull();
        expect($(element, '.search')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('closes with nothing on cancel', async () => {
        const { element, closed } = render(GRACE);
        await flushPromises();

        $(element, 'lightning-button.cancel').click();

        // close(undefined): a CustomEvent carries a missing detail as null.
        expect(closed).toHaveBeenCalledWith(null);
    });

    it('compares the word as the server does', () => {
        expect(isConfirmation(' Forget ', 'FORGET')).toBe(true);
        expect(isConfirmation(undefined, 'FORGET')).toBe(false);
        expect(isConfirmation('', 'FORGET')).toBe(false);
    });
});
