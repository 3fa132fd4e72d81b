import { createElement } from 'lwc';
import MailchimpWebhookSetup from 'c/mailchimpWebhookSetup';
import { MAX_POLLS, POLL_MS } from '../audienceRows';
import getSetup from '@salesforce/apex/MailchimpWebhookSetupController.getSetup';
import register from '@salesforce/apex/MailchimpWebhookSetupController.register';
import remove from '@salesforce/apex/MailchimpWebhookSetupController.remove';
import RemoveModal from 'c/mailchimpWebhookRemoveModal';
import Toast from 'lightning/toast';
import { $, $$, flushPromises } from 'lwc-test-utils';

import setupNotRegistered from './data/setupNotRegistered.json';
import setupRegistered from './data/setupRegistered.json';
import setupRegistering from './data/setupRegistering.json';
import setupRegisteredNow from './data/setupRegisteredNow.json';
import setupRegistrationFailed from './data/setupRegistrationFailed.json';
import setupRemoved from './data/setupRemoved.json';
import setupSitesUnreadable from './data/setupSitesUnreadable.json';
import setupNotPermitted from './data/setupNotPermitted.json';
import setupNoAudiences from './data/setupNoAudiences.json';
import errorNoAccess from './data/errorNoAccess.json';
import errorRegistering from './data/errorRegistering.json';

jest.mock('@salesforce/apex/MailchimpWebhookSetupController.getSetup', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/MailchimpWebhookSetupController.register', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/MailchimpWebhookSetupController.remove', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('c/mailchimpWebhookRemoveModal', () => ({ __esModule: true, default: { open: jest.fn() } }));
// Real text for the labels whose placeholders the tests check; every other label resolves to its name.
jest.mock(
    '@salesforce/label/c.MailchimpWebhookSetupUrlPreview',
    () => ({ default: 'Mailchimp will call {0}{1}… The last part is a secret only Mailchimp learns.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.MailchimpWebhookSetupToastRegistered',
    () => ({ default: 'The webhook of {0} is on.' }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/label/c.MailchimpWebhookSetupToastRegistrationFailed',
    () => ({ default: "The webhook of {0} couldn't be registered." }),
    { virtual: true }
);

type ToastMock = { shown(): Array<{ label: string; message?: string; variant?: string }>; reset(): void };

const mockGetSetup = getSetup as unknown as jest.Mock;
const mockRegister = register as unknown as jest.Mock;
const mockRemove = remove as unknown as jest.Mock;
const mockConfirm = RemoveModal.open as unknown as jest.Mock;
const toasts = Toast as unknown as ToastMock;

const NEWSLETTER = 'a015g00000AbCdEAAV';
const SITE = 'https://acme.my.salesforce-sites.com/hooks';

async function renderWith(setup: unknown): Promise<HTMLElement> {
    mockGetSetup.mockResolvedValueOnce(setup);
    const element = createElement('c-mailchimp-webhook-setup', { is: MailchimpWebhookSetup });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function row(element: HTMLElement, audienceId: string): HTMLElement {
    return $$(element, 'li.audience').find(
        (item: HTMLElement) => item.querySelector('.audience-name')?.textContent?.trim() === nameOf(audienceId)
    );
}

/** With fake timers, lets the queued promise callbacks (Apex answers, re-renders) run. */
async function settle(): Promise<void> {
    for (let i = 0; i < 20; i++) {
        // One microtask per turn, on purpose: each queued callback may queue the next.
        // eslint-disable-next-line no-await-in-loop
        await Promise.resolve();
    }
}

function nameOf(audienceId: string): string {
    return (setupNotRegistered.audiences.find((audience) => audience.id === audienceId) as { name: string }).name;
}

function button(element: HTMLElement, audienceId: string, kind: 'register' | 'remove'): any {
    return $(element, `lightning-button.${kind}[data-id="${audienceId}"]`);
}

async function click(target: { click(): void }): Promise<void> {
    target.click();
    await flushPromises();
}

describe('c-mailchimp-webhook-setup', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.resetAllMocks();
        jest.useRealTimers();
        toasts.reset();
    });

    describe('render states', () => {
        it('shows a spinner while the setup loads', async () => {
            mockGetSetup.mockReturnValue(new Promise(() => undefined));
            const element = createElement('c-mailchimp-webhook-setup', { is: MailchimpWebhookSetup });
            document.body.appendChild(element);
            await flushPromises();

            expect($(element, 'lightning-card').title).toBe('c.MailchimpWebhookSetupCardTitle');
            expect($(element, 'lightning-spinner')).not.toBeNull();
            expect($(element, '.loading')).not.toBeNull();
            expect($(element, 'lightning-button-icon.refresh').disabled).toBe(true);
            await expect(element).toBeAccessible();
        });

        it('offers the active Site preselected and Register for every audience without a webhook', async () => {
            const element = await renderWith(setupNotRegistered);

            const picker = $(element, 'lightning-combobox.site-picker');
            expect(picker.value).toBe(SITE);
            expect(picker.options.map((option: { value: string }) => option.value)).toEqual([
                SITE,
                'https://acme.my.salesforce-sites.com/partners',
                '__other__'
            ]);
            expect($(element, 'lightning-input.site-url')).toBeNull();
            expect($(element, '.preview').textContent).toBe(
                `Mailchimp will call ${SITE}/services/apexrest/mailchimp/webhook/… The last part is a secret only Mailchimp learns.`
            );
            expect($$(element, '.note-text').map((note: HTMLElement) => note.textContent)).toEqual([
                'c.MailchimpWebhookSetupGuestGranted',
                'c.MailchimpWebhookSetupProcessorGranted'
            ]);
            const names = $$(element, '.audience-name').map((name: HTMLElement) => name.textContent.trim());
            expect(names).toEqual(['Events & Webinars', 'Monthly Newsletter', 'Product Updates']);
            expect($$(element, 'li.audience .slds-badge').map((badge: HTMLElement) => badge.textContent)).toEqual([
                'c.MailchimpWebhookSetupStateNotRegistered',
                'c.MailchimpWebhookSetupStateNotRegistered',
                'c.MailchimpWebhookSetupStateNotRegistered'
            ]);
            expect(button(element, NEWSLETTER, 'register').label).toBe('c.MailchimpWebhookSetupRegister');
            expect(button(element, NEWSLETTER, 'remove')).toBeNull();
            expect($$(element, '.no-delivery')).toHaveLength(3);
            expect($(element, '.not-permitted')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('shows a registered webhook with when it was registered and its last delivery, and a failed one with why', async () => {
            const element = await renderWith(setupRegistered);

            const newsletter = row(element, NEWSLETTER);
            expect(newsletter.querySelector('.slds-badge')?.textContent).toBe('c.MailchimpWebhookSetupStateRegistered');
            expect(newsletter.querySelector('.slds-badge')?.className).toContain('slds-theme_success');
            expect((newsletter.querySelector('.registered lightning-formatted-date-time') as any).value).toBe(
                '2026-03-01T08:00:00.000Z'
            );
            expect((newsletter.querySelector('.last-delivery') as any).value).toBe('2026-03-02T09:00:05.000Z');
            expect(button(element, NEWSLETTER, 'register').label).toBe('c.MailchimpWebhookSetupReregister');
            expect(button(element, NEWSLETTER, 'register').title).toBe('c.MailchimpWebhookSetupReregisterHint');
            expect(button(element, NEWSLETTER, 'remove')).not.toBeNull();
            const states = $$(element, 'li.audience').map((item: HTMLElement) => item.dataset.state);
            expect(states).toEqual(['removed', 'registered', 'notRegistered']);
            expect($(element, '.last-error').textContent).toContain('could not reach the webhook URL');
            await expect(element).toBeAccessible();
        });

        it('asks for the Site URL when Salesforce cannot list the Sites, and says why', async () => {
            const element = await renderWith(setupSitesUnreadable);

            expect($(element, 'lightning-combobox.site-picker')).toBeNull();
            expect($(element, '.paste-reason').textContent).toBe('c.MailchimpWebhookSetupSitesUnreadable');
            expect($(element, 'lightning-input.site-url')).not.toBeNull();
            expect($(element, '.preview')).toBeNull();
            expect($$(element, '.note-text').map((note: HTMLElement) => note.textContent)).toEqual([
                'c.MailchimpWebhookSetupProcessorUnknown'
            ]);
            await expect(element).toBeAccessible();
        });

        it('hides every action from a user who may not manage webhooks and says what is missing', async () => {
            const element = await renderWith(setupNotPermitted);

            expect($$(element, 'lightning-button')).toHaveLength(0);
            expect($(element, '.not-permitted').textContent.trim()).toBe('c.MailchimpWebhookSetupNotPermitted');
            expect($$(element, '.note-text').pop().textContent).toBe('c.MailchimpWebhookSetupProcessorMissing');
            await expect(element).toBeAccessible();
        });

        it('says there is no audience yet', async () => {
            const element = await renderWith(setupNoAudiences);

            expect($(element, '.no-audiences').textContent).toBe('c.MailchimpWebhookSetupAudiencesEmpty');
            expect($(element, '.paste-reason').textContent).toBe('c.MailchimpWebhookSetupSitesNone');
            await expect(element).toBeAccessible();
        });

        it('shows the server sentence when the setup cannot be read, and reads it again on refresh', async () => {
            mockGetSetup.mockRejectedValueOnce(errorNoAccess);
            const element = createElement('c-mailchimp-webhook-setup', { is: MailchimpWebhookSetup });
            document.body.appendChild(element);
            await flushPromises();

            expect($(element, '.error .error-message').textContent).toBe(
                "You don't have access to Mailchimp audiences. Ask your Salesforce admin for the Mailchimp Admin permission set."
            );
            await expect(element).toBeAccessible();

            mockGetSetup.mockResolvedValueOnce(setupNotRegistered);
            await click($(element, 'lightning-button-icon.refresh'));

            expect($(element, '.error')).toBeNull();
            expect($$(element, 'li.audience')).toHaveLength(3);
        });
    });

    describe('site choice', () => {
        it('notes an inactive Site and a guest user without the permission set', async () => {
            const element = await renderWith(setupNotRegistered);

            $(element, 'lightning-combobox.site-picker').dispatchEvent(
                new CustomEvent('change', { detail: { value: 'https://acme.my.salesforce-sites.com/partners' } })
            );
            await flushPromises();

            expect($$(element, '.note').map((note: HTMLElement) => note.dataset.tone)).toEqual([
                'warning',
                'warning',
                'ok'
            ]);
            expect($$(element, '.note-text').map((note: HTMLElement) => note.textContent)).toEqual([
                'c.MailchimpWebhookSetupSiteInactive',
                'c.MailchimpWebhookSetupGuestMissing',
                'c.MailchimpWebhookSetupProcessorGranted'
            ]);
            await expect(element).toBeAccessible();
        });

        it('registers on a pasted URL once it is a Site base URL, and refuses it before any call while it is not', async () => {
            const element = await renderWith(setupSitesUnreadable);
            const input = $(element, 'lightning-input.site-url');
            const validity = jest.spyOn(input, 'setCustomValidity');
            input.dispatchEvent(new CustomEvent('change', { detail: { value: 'http://acme.example' } }));
            await flushPromises();
            input.dispatchEvent(new CustomEvent('blur'));
            await flushPromises();

            expect(validity).toHaveBeenLastCalledWith('c.MailchimpWebhookSetupErrorNotHttps');

            await click(button(element, NEWSLETTER, 'register'));

            expect(mockRegister).not.toHaveBeenCalled();
            expect(toasts.shown()).toEqual([
                {
                    label: 'c.MailchimpWebhookSetupToastFailed',
                    message: 'c.MailchimpWebhookSetupErrorNotHttps',
                    variant: 'error'
                }
            ]);

            input.dispatchEvent(new CustomEvent('change', { detail: { value: `${SITE}/` } }));
            mockRegister.mockResolvedValueOnce(setupRegistering);
            await click(button(element, NEWSLETTER, 'register'));

            expect(mockRegister).toHaveBeenCalledWith({ audienceId: NEWSLETTER, siteBaseUrl: SITE });
        });
    });

    describe('actions', () => {
        it('registers in one server call, shows it registering, and reads the state until Mailchimp has answered', async () => {
            jest.useFakeTimers();
            mockGetSetup.mockResolvedValueOnce(setupNotRegistered);
            const element = createElement('c-mailchimp-webhook-setup', { is: MailchimpWebhookSetup });
            document.body.appendChild(element);
            await settle();
            mockRegister.mockResolvedValueOnce(setupRegistering);

            button(element, NEWSLETTER, 'register').click();
            await settle();

            expect(mockRegister).toHaveBeenCalledWith({ audienceId: NEWSLETTER, siteBaseUrl: SITE });
            expect(row(element, NEWSLETTER).dataset.state).toBe('registering');
            expect(button(element, NEWSLETTER, 'register').disabled).toBe(true);
            expect(toasts.shown()[0]).toEqual({
                label: 'c.MailchimpWebhookSetupToastRegistering',
                message: setupRegistering.notice,
                variant: 'success'
            });

            mockGetSetup.mockResolvedValueOnce(setupRegistering).mockResolvedValueOnce(setupRegisteredNow);
            jest.advanceTimersByTime(POLL_MS);
            await settle();
            expect(mockGetSetup).toHaveBeenCalledTimes(2);
            jest.advanceTimersByTime(POLL_MS);
            await settle();

            expect(mockGetSetup).toHaveBeenCalledTimes(3);
            expect(row(element, NEWSLETTER).dataset.state).toBe('registered');
            expect(toasts.shown()[1]).toEqual({
                label: 'The webhook of Monthly Newsletter is on.',
                message: undefined,
                variant: 'success'
            });
            jest.advanceTimersByTime(POLL_MS * 3);
            expect(mockGetSetup).toHaveBeenCalledTimes(3);
        });

        it('says so when Mailchimp refused the registration it was waiting for', async () => {
            jest.useFakeTimers();
            mockGetSetup.mockResolvedValueOnce(setupRegistering).mockResolvedValueOnce(setupRegistrationFailed);
            const element = createElement('c-mailchimp-webhook-setup', { is: MailchimpWebhookSetup });
            document.body.appendChild(element);
            await settle();

            jest.advanceTimersByTime(POLL_MS);
            await settle();

            expect(toasts.shown()).toEqual([
                {
                    label: "The webhook of Monthly Newsletter couldn't be registered.",
                    message: undefined,
                    variant: 'error'
                }
            ]);
            expect(row(element, NEWSLETTER).querySelector('.last-error')?.textContent).toContain('could not reach');
        });

        it('stops reading after its maximum while a registration never finishes', async () => {
            jest.useFakeTimers();
            mockGetSetup.mockResolvedValue(setupRegistering);
            const element = createElement('c-mailchimp-webhook-setup', { is: MailchimpWebhookSetup });
            document.body.appendChild(element);
            await settle();

            for (let i = 0; i < MAX_POLLS + 5; i++) {
                jest.advanceTimersByTime(POLL_MS);
                // Each read must answer before the next timer is due: the reads are sequential by design.
                // eslint-disable-next-line no-await-in-loop
                await settle();
            }

            expect(mockGetSetup).toHaveBeenCalledTimes(MAX_POLLS + 1);
            expect(element).toBeTruthy();
        });

        it('stops reading when the page is left', async () => {
            jest.useFakeTimers();
            mockGetSetup.mockResolvedValue(setupRegistering);
            const element = createElement('c-mailchimp-webhook-setup', { is: MailchimpWebhookSetup });
            document.body.appendChild(element);
            await settle();

            document.body.removeChild(element);
            jest.advanceTimersByTime(POLL_MS * 5);

            expect(mockGetSetup).toHaveBeenCalledTimes(1);
        });

        it('removes a webhook only after the admin confirms, and focuses what is left of the row', async () => {
            const element = await renderWith(setupRegistered);
            mockConfirm.mockResolvedValueOnce(undefined).mockResolvedValueOnce(true);
            mockRemove.mockResolvedValueOnce(setupRemoved);

            await click(button(element, NEWSLETTER, 'remove'));
            expect(mockRemove).not.toHaveBeenCalled();
            expect(mockConfirm).toHaveBeenCalledWith({
                size: 'small',
                label: 'c.MailchimpWebhookSetupConfirmRemoveTitle',
                audienceName: 'Monthly Newsletter'
            });

            const focus = jest.spyOn(button(element, NEWSLETTER, 'register'), 'focus');
            await click(button(element, NEWSLETTER, 'remove'));
            await flushPromises();

            expect(mockRemove).toHaveBeenCalledWith({ audienceId: NEWSLETTER });
            expect(row(element, NEWSLETTER).dataset.state).toBe('removed');
            expect(button(element, NEWSLETTER, 'remove')).toBeNull();
            expect(toasts.shown()).toEqual([
                { label: 'c.MailchimpWebhookSetupToastRemoved', message: setupRemoved.notice, variant: 'success' }
            ]);
            expect(focus).toHaveBeenCalled();
            await expect(element).toBeAccessible();
        });

        it('shows a refusal in plain words and reads the state again', async () => {
            const element = await renderWith(setupNotRegistered);
            mockRegister.mockRejectedValueOnce(errorRegistering);
            mockGetSetup.mockResolvedValueOnce(setupRegistering);

            await click(button(element, NEWSLETTER, 'register'));

            expect(toasts.shown()[0]).toEqual({
                label: 'c.MailchimpWebhookSetupToastFailed',
                message:
                    "This audience's webhook is being registered right now. Wait for it to finish, then try again.",
                variant: 'error'
            });
            expect(mockGetSetup).toHaveBeenCalledTimes(2);
            expect(row(element, NEWSLETTER).dataset.state).toBe('registering');
        });

        it('keeps what it shows when a later read fails', async () => {
            const element = await renderWith(setupNotRegistered);
            mockGetSetup.mockRejectedValueOnce(errorNoAccess);

            await click($(element, 'lightning-button-icon.refresh'));

            expect($$(element, 'li.audience')).toHaveLength(3);
            expect(toasts.shown()[0].label).toBe('c.MailchimpWebhookSetupToastRefreshFailed');
        });
    });
});
