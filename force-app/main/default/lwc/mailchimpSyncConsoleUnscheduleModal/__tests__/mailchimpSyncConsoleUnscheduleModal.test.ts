import { createElement } from 'lwc';
import MailchimpSyncConsoleUnscheduleModal from 'c/mailchimpSyncConsoleUnscheduleModal';
import { $, flushPromises } from 'lwc-test-utils';

function render(): { element: HTMLElement; closed: jest.Mock } {
    const element = createElement('c-mailchimp-sync-console-unschedule-modal', {
        is: MailchimpSyncConsoleUnscheduleModal
    });
    const closed = jest.fn();
    element.addEventListener('close', (event) => closed((event as CustomEvent).detail));
    document.body.appendChild(element);
    return { element, closed };
}

describe('c-mailchimp-sync-console-unschedule-modal', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('asks in a titled dialog what unscheduling means, with a button that says what it does', async () => {
        const { element } = render();
        await flushPromises();

        expect($(element, 'lightning-modal-header').label).toBe('c.MailchimpSyncConsoleConfirmUnscheduleTitle');
        expect($(element, '.message').textContent).toBe('c.MailchimpSyncConsoleConfirmUnschedule');
        expect($(element, 'lightning-button.confirm').label).toBe('c.MailchimpSyncConsoleUnschedule');
        expect($(element, 'lightning-button.cancel').label).toBe('c.MailchimpSyncConsoleCancel');
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
