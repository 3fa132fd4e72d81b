import { createElement } from 'lwc';
import MailchimpWebhookRemoveModal from 'c/mailchimpWebhookRemoveModal';
import { $, flushPromises } from 'lwc-test-utils';

jest.mock(
    '@salesforce/label/c.MailchimpWebhookSetupConfirmRemove',
    () => ({ default: 'Mailchimp stops pushing the changes of {0}.' }),
    { virtual: true }
);

function render(): { element: HTMLElement & { audienceName: string }; closed: jest.Mock } {
    const element = createElement('c-mailchimp-webhook-remove-modal', {
        is: MailchimpWebhookRemoveModal
    }) as HTMLElement & { audienceName: string };
    element.audienceName = 'Monthly Newsletter';
    const closed = jest.fn();
    element.addEventListener('close', (event) => closed((event as CustomEvent).detail));
    document.body.appendChild(element);
    return { element, closed };
}

describe('c-mailchimp-webhook-remove-modal', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('asks in a titled dialog what removing means for this audience, with a button that says what it does', async () => {
        const { element } = render();
        await flushPromises();

        expect($(element, 'lightning-modal-header').label).toBe('c.MailchimpWebhookSetupConfirmRemoveTitle');
        expect($(element, '.message').textContent).toBe('Mailchimp stops pushing the changes of Monthly Newsletter.');
        expect($(element, 'lightning-button.confirm').label).toBe('c.MailchimpWebhookSetupRemoveConfirm');
        expect($(element, 'lightning-button.cancel').label).toBe('c.MailchimpWebhookSetupCancel');
        await expect(element).toBeAccessible();
    });

    it('closes with true when the admin confirms', async () => {
        const { element, closed } = render();
        await flushPromises();

        $(element, 'lightning-button.confirm').click();

        expect(closed).toHaveBeenCalledWith(true);
    });

    it('closes with nothing when the admin cancels', async () => {
        const { element, closed } = render();
        await flushPromises();

        $(element, 'lightning-button.cancel').click();

        expect(closed).toHaveBeenCalledTimes(1);
        expect(closed.mock.calls[0][0] ?? undefined).toBeUndefined();
    });
});
