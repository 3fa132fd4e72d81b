/**
 * The card's people features (issue 15), apart from the Contact/Lead tests in mailchimpMembership.test.ts: the card on
 * person and business account pages, an email change waiting or in conflict, and the admins' Archive and Forget.
 */
import { createElement } from 'lwc';
import MailchimpMembership from 'c/mailchimpMembership';
import getMemberships from '@salesforce/apex/MailchimpMembershipController.getMemberships';
import archive from '@salesforce/apex/MailchimpMembershipController.archive';
import forgetPerson from '@salesforce/apex/MailchimpMembershipController.forgetPerson';
import ArchiveModal from 'c/mailchimpMembershipArchiveModal';
import ForgetModal from 'c/mailchimpMembershipForgetModal';
import { refreshApex } from '@salesforce/apex';
import Toast from 'lightning/toast';
import { $, $$, flushPromises } from 'lwc-test-utils';

import memberships from './data/memberships.json';
import businessAccount from './data/businessAccount.json';
import personAccount from './data/personAccount.json';
import emailConflict from './data/emailConflict.json';
import archivePartial from './data/archivePartial.json';
import forgetDone from './data/forgetDone.json';
import forgetPartial from './data/forgetPartial.json';
import errorMailchimp from './data/errorMailchimp.json';

jest.mock(
    '@salesforce/apex/MailchimpMembershipController.getMemberships',
    () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.mock factories cannot use import
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/MailchimpMembershipController.refreshMemberships', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/MailchimpMembershipController.optOut', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/MailchimpMembershipController.addToAudience', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/MailchimpMembershipController.archive', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/MailchimpMembershipController.forgetPerson', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
// Real text for the labels whose placeholders the tests check; every other label resolves to its name.
jest.mock('@salesforce/label/c.MailchimpMembershipCardTitle', () => ({ default: 'Mailchimp Membership' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.MailchimpMembershipToastResultLine', () => ({ default: '{0}: {1}' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.MailchimpMembershipEmailPending',
    () => ({ default: 'The new address {0} is about to be sent to Mailchimp for this audience.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.MailchimpMembershipEmailConflict',
    () => ({ default: 'Mailchimp already has the new address {0} in this audience.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.MailchimpArchiveRowFailed', () => ({ default: "Archive didn't go through: {0}" }), {
    virtual: true
});
jest.mock('c/mailchimpMembershipManageModal', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('c/mailchimpMembershipArchiveModal', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('c/mailchimpMembershipForgetModal', () => ({ __esModule: true, default: { open: jest.fn() } }));

type WireMock = { emit(value: unknown): void };
type ToastMock = { shown(): Array<{ label: string; message?: string; variant?: string }>; reset(): void };

const wire = getMemberships as unknown as WireMock;
const mockArchive = archive as unknown as jest.Mock;
const mockForget = forgetPerson as unknown as jest.Mock;
const mockArchiveOpen = ArchiveModal.open as unknown as jest.Mock;
const mockForgetOpen = ForgetModal.open as unknown as jest.Mock;
const mockRefreshApex = refreshApex as unknown as jest.Mock;
const toasts = Toast as unknown as ToastMock;

const NEWSLETTER = 'a015g00000NwsLtAAB';
const UPDATES = 'a015g00000PrdUpAAB';

async function renderWith(view: { recordId: string }): Promise<HTMLElement> {
    const element = createElement('c-mailchimp-membership', { is: MailchimpMembership }) as HTMLElement & {
        recordId?: string;
    };
    element.recordId = view.recordId;
    document.body.appendChild(element);
    wire.emit(view);
    await flushPromises();
    return element;
}

async function choose(element: HTMLElement, action: 'archive' | 'forget'): Promise<void> {
    $(element, 'lightning-button-menu.admin-actions').dispatchEvent(
        new CustomEvent('select', { detail: { value: action } })
    );
    await flushPromises();
}

describe('c-mailchimp-membership: people', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        toasts.reset();
    });

    describe('account pages', () => {
        it('explains a business account in one sentence, with nothing to refresh, manage or remove', async () => {
            const element = await renderWith(businessAccount);

            const sentence = $(element, '.not-a-person');
            expect(sentence.textContent).toBe(businessAccount.notAPerson);
            expect(sentence.getAttribute('role')).toBe('status');
            expect($(element, '.error')).toBeNull();
            expect($(element, '.no-email')).toBeNull();
            expect($(element, 'lightning-button.manage')).toBeNull();
            expect($(element, 'lightning-button-menu.admin-actions')).toBeNull();
            expect($(element, 'lightning-button-icon.refresh').disabled).toBe(true);
            await expect(element).toBeAccessible();
        });

        it("shows a person account's memberships on the account page, as on its contact", async () => {
            const element = await renderWith(personAccount);

            expect($$(element, 'li.membership')).toHaveLength(4);
            expect($(element, 'lightning-button.manage')).not.toBeNull();
            expect($(element, '.not-a-person')).toBeNull();
            await expect(element).toBeAccessible();
        });
    });

    describe('email changes', () => {
        it('says which new address is waiting and where Mailchimp already has it, with what to do', async () => {
            const element = await renderWith(emailConflict);

            const events = $$(element, 'li.membership')[0];
            const newsletter = $$(element, 'li.membership')[1];
            expect(events.querySelector('.pending-email').textContent.trim()).toBe(
                'The new address grace.hopper@example.org is about to be sent to Mailchimp for this audience.'
            );
            expect(newsletter.querySelector('.email-conflict').textContent.trim()).toBe(
                'Mailchimp already has the new address grace.hopper@example.org in this audience.'
            );
            expect(newsletter.querySelector('.email-conflict').classList).toContain('slds-text-color_error');
            await expect(element).toBeAccessible();
        });
    });

    describe('admin actions', () => {
        it('offers Archive and Forget in a named menu to an admin', async () => {
            const element = await renderWith(personAccount);

            const menu = $(element, 'lightning-button-menu.admin-actions');
            expect(menu.alternativeText).toBe('c.MailchimpMembershipMoreActions');
            expect($$(element, 'lightning-menu-item').map((item) => item.value)).toEqual(['archive', 'forget']);
            expect($(element, 'lightning-menu-item.archive').label).toBe('c.MailchimpArchiveMenuItem');
            expect($(element, 'lightning-menu-item.forget').label).toBe('c.MailchimpForgetMenuItem');
            await expect(element).toBeAccessible();
        });

        it('offers no admin menu without the permissions', async () => {
            const element = await renderWith(memberships);

            expect($(element, 'lightning-button-menu.admin-actions')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('offers only Forget when Mailchimp can archive none of the memberships', async () => {
            const unarchivable = {
                ...personAccount,
                memberships: personAccount.memberships.filter((m) => m.status === 'pending' || m.status === 'cleaned')
            };
            const element = await renderWith(unarchivable);

            expect($$(element, 'lightning-menu-item').map((item) => item.value)).toEqual(['forget']);
        });

        it('archives the ticked audiences with one Apex call and keeps a refusal on its row', async () => {
            mockArchiveOpen.mockResolvedValue({ audienceIds: [NEWSLETTER, UPDATES] });
            mockArchive.mockResolvedValue(archivePartial);
            const element = await renderWith(personAccount);

            await choose(element, 'archive');

            expect(mockArchiveOpen).toHaveBeenCalledWith({
                size: 'small',
                label: 'c.MailchimpArchiveModalTitle',
                personName: 'Grace Hopper',
                options: [
                    { label: 'Monthly Newsletter', value: NEWSLETTER },
                    { label: 'Product Updates', value: UPDATES }
                ]
            });
            expect(mockArchive).toHaveBeenCalledTimes(1);
            expect(mockArchive).toHaveBeenCalledWith({
                recordId: personAccount.recordId,
                audienceIds: [NEWSLETTER, UPDATES]
            });
            expect(toasts.shown()).toEqual([
                {
                    label: 'c.MailchimpArchiveToastPartial',
                    message: `Product Updates: ${archivePartial.results[1].message}`,
                    variant: 'warning'
                }
            ]);
            const updatesRow = $$(element, 'li.membership')[3];
            expect(updatesRow.querySelector('.notice').textContent).toBe(
                `Archive didn't go through: ${archivePartial.results[1].message}`
            );
            expect(mockRefreshApex).toHaveBeenCalledTimes(1);
            await expect(element).toBeAccessible();
        });

        it('sends nothing when the archive modal is cancelled', async () => {
            mockArchiveOpen.mockResolvedValue(undefined);
            const element = await renderWith(personAccount);

            await choose(element, 'archive');

            expect(mockArchive).not.toHaveBeenCalled();
            expect(toasts.shown()).toEqual([]);
        });

        it('forgets the person after the typed confirmation and says so', async () => {
            mockForgetOpen.mockResolvedValue({ confirmation: 'FORGET' });
            mockForget.mockResolvedValue(forgetDone);
            const element = await renderWith(personAccount);

            await choose(element, 'forget');

            expect(mockForgetOpen).toHaveBeenCalledWith({
                size: 'small',
                label: 'c.MailchimpForgetModalTitle',
                personName: 'Grace Hopper',
                email: 'grace.hopper@example.com',
                audienceNames: ['Events & Webinars', 'Monthly Newsletter', 'Partner Program', 'Product Updates']
            });
            expect(mockForget).toHaveBeenCalledTimes(1);
            expect(mockForget).toHaveBeenCalledWith({ recordId: personAccount.recordId, confirmation: 'FORGET' });
            expect(toasts.shown()).toEqual([
                { label: 'c.MailchimpForgetToastDone', message: forgetDone.message, variant: 'success' }
            ]);
            expect(mockRefreshApex).toHaveBeenCalledTimes(1);
            await expect(element).toBeAccessible();
        });

        it('lists each audience that refused a forget in the warning', async () => {
            mockForgetOpen.mockResolvedValue({ confirmation: 'FORGET' });
            mockForget.mockResolvedValue(forgetPartial);
            const element = await renderWith(personAccount);

            await choose(element, 'forget');

            expect(toasts.shown()).toEqual([
                {
                    label: 'c.MailchimpForgetToastPartial',
                    message: `${forgetPartial.message} Partner Program: ${forgetPartial.results[2].message}`,
                    variant: 'warning'
                }
            ]);
        });

        it("shows the server's sentence when the forget fails", async () => {
            mockForgetOpen.mockResolvedValue({ confirmation: 'FORGET' });
            mockForget.mockRejectedValue(errorMailchimp);
            const element = await renderWith(personAccount);

            await choose(element, 'forget');

            const [shown] = toasts.shown();
            expect(shown.label).toBe('c.MailchimpMembershipToastError');
            expect(shown.variant).toBe('error');
            expect(shown.message).not.toContain('MAILCHIMP_ERROR');
            await expect(element).toBeAccessible();
        });

        it('sends nothing when the forget modal is cancelled', async () => {
            mockForgetOpen.mockResolvedValue(undefined);
            const element = await renderWith(personAccount);

            await choose(element, 'forget');

            expect(mockForget).not.toHaveBeenCalled();
        });
    });
});
