import { createElement } from 'lwc';
import MailchimpMembership from 'c/mailchimpMembership';
import getMemberships from '@salesforce/apex/MailchimpMembershipController.getMemberships';
import refreshMemberships from '@salesforce/apex/MailchimpMembershipController.refreshMemberships';
import optOut from '@salesforce/apex/MailchimpMembershipController.optOut';
import addToAudience from '@salesforce/apex/MailchimpMembershipController.addToAudience';
import ManageModal from 'c/mailchimpMembershipManageModal';
import { refreshApex } from '@salesforce/apex';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import Toast from 'lightning/toast';
import { $, $$, flushPromises } from 'lwc-test-utils';

import memberships from './data/memberships.json';
import membershipsReadOnly from './data/membershipsReadOnly.json';
import leadMemberships from './data/leadMemberships.json';
import noMemberships from './data/noMemberships.json';
import noEmail from './data/noEmail.json';
import notConfigured from './data/notConfigured.json';
import refreshed from './data/refreshed.json';
import optOutSuccess from './data/optOutSuccess.json';
import optOutPartial from './data/optOutPartial.json';
import optOutFailed from './data/optOutFailed.json';
import addSubscribed from './data/addSubscribed.json';
import addPending from './data/addPending.json';
import addCompliance from './data/addCompliance.json';
import errorNotConfigured from './data/errorNotConfigured.json';
import errorNoAccess from './data/errorNoAccess.json';
import errorMailchimp from './data/errorMailchimp.json';
import emailChanged from './data/emailChanged.json';

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
jest.mock('@salesforce/apex/MailchimpMembershipController.optOut', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/MailchimpMembershipController.addToAudience', () => ({ default: jest.fn() }), {
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
    '@salesforce/label/c.MailchimpMembershipSummary',
    () => ({ default: 'Subscribed or pending in {0} of {1} audiences' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.MailchimpMembershipViewAll', () => ({ default: 'View all ({0})' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.MailchimpMembershipStatusPrefix', () => ({ default: 'Status:' }), { virtual: true });
jest.mock('@salesforce/label/c.MailchimpMembershipStatusHelpLabel', () => ({ default: 'What {0} means' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.MailchimpMembershipRowOptOutFailed',
    () => ({ default: "Opt-out didn't go through: {0}" }),
    { virtual: true }
);
jest.mock('c/mailchimpMembershipManageModal', () => ({ __esModule: true, default: { open: jest.fn() } }));

type WireMock = { emit(value: unknown): void; error(body?: unknown, status?: number): void; getLastConfig(): unknown };
type ToastMock = { shown(): Array<{ label: string; message?: string; variant?: string }>; reset(): void };

const wire = getMemberships as unknown as WireMock;
const mockRefresh = refreshMemberships as unknown as jest.Mock;
const mockOptOut = optOut as unknown as jest.Mock;
const mockAdd = addToAudience as unknown as jest.Mock;
const mockOpen = ManageModal.open as unknown as jest.Mock;
const mockRefreshApex = refreshApex as unknown as jest.Mock;
const mockNotify = notifyRecordUpdateAvailable as unknown as jest.Mock;
const toasts = Toast as unknown as ToastMock;

const CONTACT_ID = memberships.recordId;

function render(recordId = CONTACT_ID): HTMLElement & { recordId?: string } {
    const element = createElement('c-mailchimp-membership', { is: MailchimpMembership }) as HTMLElement & {
        recordId?: string;
    };
    element.recordId = recordId;
    document.body.appendChild(element);
    return element;
}

async function renderWith(view: unknown, recordId = CONTACT_ID): Promise<HTMLElement> {
    const element = render(recordId);
    wire.emit(view);
    await flushPromises();
    return element;
}

async function clickManage(element: HTMLElement): Promise<void> {
    $(element, 'lightning-button.manage').click();
    await flushPromises();
}

/** A promise the test settles when it wants: the server answers late. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
    let resolve!: (value: T) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
    });
    return { promise, resolve, reject };
}

/** The contact in 14 audiences, as a person on many lists is. */
function manyAudiences(): typeof memberships {
    const template = memberships.memberships[1];
    return {
        ...memberships,
        memberships: Array.from({ length: 14 }, (_, i) => ({
            ...template,
            id: `a025g00000Mx${String(i).padStart(4, '0')}AAB`,
            audienceId: `a015g00000Ax${String(i).padStart(4, '0')}AAB`,
            audienceName: `Audience ${String(i + 1).padStart(2, '0')}`
        }))
    };
}

function expectNoImperativeApexCalls(): void {
    expect(mockRefresh).not.toHaveBeenCalled();
    expect(mockOptOut).not.toHaveBeenCalled();
    expect(mockAdd).not.toHaveBeenCalled();
}

describe('c-mailchimp-membership', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        toasts.reset();
    });

    describe('render states', () => {
        it('shows a spinner while the memberships load', async () => {
            const element = render();

            expect($(element, '.loading lightning-spinner')).not.toBeNull();
            expect($(element, 'lightning-card').title).toBe('Mailchimp Membership');
            expect($(element, '.summary')).toBeNull();
            expect($(element, '.freshness')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('renders one row per audience with a distinct badge per status in one server round trip', async () => {
            const element = await renderWith(memberships);

            expect(wire.getLastConfig()).toEqual({ recordId: CONTACT_ID });
            expectNoImperativeApexCalls();
            const rows = $$(element, 'li.membership');
            expect(rows).toHaveLength(4);
            expect(rows.map((row) => row.querySelector('.audience').textContent)).toEqual([
                'Events & Webinars',
                'Monthly Newsletter',
                'Partner Program',
                'Product Updates'
            ]);
            const badges = $$(element, '.status-badge');
            expect(badges.map((b) => b.textContent)).toEqual(['Pending', 'Subscribed', 'Cleaned', 'Unsubscribed']);
            expect(new Set(badges.map((b) => b.className)).size).toBe(4);
            expect(badges[1].className).toContain('slds-theme_success');
            expect($$(element, '.last-changed lightning-formatted-date-time')[0].value).toBe(
                '2025-03-02T09:15:00.000Z'
            );
            await expect(element).toBeAccessible();
        });

        it('formats dates the way Salesforce shows its own date-time fields in the user’s locale', async () => {
            const element = await renderWith(memberships);

            const date = $$(element, '.last-changed lightning-formatted-date-time')[0];
            // "3/2/2025, 9:15 AM" in en-US: numeric parts, an hour without a leading zero.
            expect([date.year, date.month, date.day, date.hour, date.minute]).toEqual([
                'numeric',
                'numeric',
                'numeric',
                'numeric',
                '2-digit'
            ]);
        });

        it('keeps the count out of the title and says what it counts', async () => {
            const element = await renderWith(memberships);

            expect($(element, 'lightning-card').title).toBe('Mailchimp Membership');
            expect($(element, '.summary').textContent).toBe('Subscribed or pending in 2 of 4 audiences');
        });

        it('says how current the memberships are', async () => {
            const element = await renderWith(memberships);

            expect($(element, '.freshness-label').textContent).toBe('c.MailchimpMembershipUpdated ');
            expect($(element, '.freshness lightning-relative-date-time').value).toBe(
                Date.parse(memberships.lastSyncedAt)
            );
        });

        it('leaves out how current they are when Salesforce never read them from Mailchimp', async () => {
            const element = await renderWith({ ...memberships, lastSyncedAt: null });

            expect($(element, '.freshness')).toBeNull();
            const garbled = await renderWith({ ...memberships, lastSyncedAt: 'not a date' });
            expect($(garbled, '.freshness')).toBeNull();
            expect($(element, '.summary')).not.toBeNull();
        });

        it('explains every status in one sentence, reachable by keyboard and touch', async () => {
            const element = await renderWith(memberships);

            const help = $$(element, 'lightning-helptext.status-help');
            expect(help).toHaveLength(4);
            expect(help.map((h) => h.content)).toEqual([
                'c.MailchimpMembershipStatusHelpPending',
                'c.MailchimpMembershipStatusHelpSubscribed',
                'c.MailchimpMembershipStatusHelpCleaned',
                'c.MailchimpMembershipStatusHelpUnsubscribed'
            ]);
            expect(help[0].alternativeText).toBe('What Pending means');
        });

        it('lets a screen reader hear "Status: Pending", not the audience and status run together', async () => {
            const element = await renderWith(memberships);

            const status = $$(element, 'li.membership .status')[0];
            expect(status.querySelector('.slds-assistive-text').textContent).toBe('Status: ');
            expect(status.textContent).toBe('Status: Pending');
            expect($$(element, 'li.membership')[0].textContent).not.toContain('·');
        });

        it('shows the opt-out audit line only for people opted out, without repeating the date', async () => {
            const element = await renderWith(memberships);

            const audits = $$(element, '.audit');
            expect(audits).toHaveLength(1);
            expect(audits[0].textContent).toBe('c.MailchimpMembershipOptedOutBySalesforce');
            expect(audits[0].querySelector('lightning-formatted-date-time')).toBeNull();
            expect($$(element, 'lightning-formatted-date-time')).toHaveLength(4);
        });

        it('tells two addresses in one audience apart and says who added the person', async () => {
            const element = await renderWith(emailChanged);

            const rows = $$(element, 'li.membership');
            expect(rows.map((row) => row.querySelector('.address')?.textContent ?? null)).toEqual([
                'grace.hopper@example.com',
                'ghopper@navy.example.mil',
                null
            ]);
            expect(rows[0].querySelector('.audit').textContent).toBe('c.MailchimpMembershipAddedByConfirmed');
            expect(rows[2].querySelector('.audit').textContent).toBe('c.MailchimpMembershipAddedByDoubleOptIn');
            expect($(element, '.summary').textContent).toBe('Subscribed or pending in 2 of 2 audiences');
            await expect(element).toBeAccessible();
        });

        it('shows five audiences and the rest behind "View all", like a related list', async () => {
            const element = await renderWith(manyAudiences());

            expect($$(element, 'li.membership')).toHaveLength(5);
            const toggle = $(element, 'button.toggle');
            expect(toggle.textContent.trim()).toBe('View all (14)');
            expect(toggle.getAttribute('aria-expanded')).toBe('false');
            await expect(element).toBeAccessible();

            toggle.click();
            await flushPromises();

            expect($$(element, 'li.membership')).toHaveLength(14);
            expect(toggle.textContent.trim()).toBe('c.MailchimpMembershipShowFewer');
            expect(toggle.getAttribute('aria-expanded')).toBe('true');
            await expect(element).toBeAccessible();

            toggle.click();
            await flushPromises();
            expect($$(element, 'li.membership')).toHaveLength(5);
        });

        it('offers no "View all" when every audience is already shown', async () => {
            const element = await renderWith(memberships);

            expect($(element, 'button.toggle')).toBeNull();
        });

        it('shows the unsubscribe reason and Mailchimp as the source on a Lead', async () => {
            const element = await renderWith(leadMemberships, leadMemberships.recordId);

            expect($(element, '.reason').textContent).toBe('I receive too many emails');
            expect($(element, '.audit').textContent).toContain('c.MailchimpMembershipOptedOutByMailchimp');
            await expect(element).toBeAccessible();
        });

        it('says so when the person is on no audience', async () => {
            const element = await renderWith(noMemberships);

            expect($(element, '.empty').textContent).toBe('c.MailchimpMembershipEmpty');
            expect($(element, 'ul.memberships')).toBeNull();
            expect($(element, '.summary')).toBeNull();
            expect($(element, 'lightning-button.manage')).not.toBeNull();
            await expect(element).toBeAccessible();
        });

        it('explains a record without email and offers neither manage nor refresh', async () => {
            const element = await renderWith(noEmail);

            expect($(element, '.no-email').textContent).toBe('c.MailchimpMembershipNoEmail');
            expect($(element, 'lightning-button.manage')).toBeNull();
            expect($(element, 'lightning-button-icon.refresh').disabled).toBe(true);
            await expect(element).toBeAccessible();
        });

        it('shows the not-configured state when no audience was ever read', async () => {
            const element = await renderWith(notConfigured);

            expect($(element, '.not-configured').textContent).toBe('c.MailchimpMembershipNotConfigured');
            expect($(element, 'lightning-button.manage')).toBeNull();
            expect($(element, 'lightning-button-icon.refresh').disabled).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('shows the not-configured state when the server says the credential is missing', async () => {
            const element = render();
            wire.error(errorNotConfigured.body, 500);
            await flushPromises();

            expect($(element, '.not-configured')).not.toBeNull();
            expect($(element, '.error')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('shows the error sentence without its code when the wire fails', async () => {
            const element = render();
            wire.error(errorNoAccess.body, 500);
            await flushPromises();

            const error = $(element, '.error');
            expect(error.getAttribute('role')).toBe('alert');
            expect(error.textContent).toContain("You don't have access to Mailchimp memberships");
            expect(error.textContent).not.toContain('NO_ACCESS');
            expect($(element, '.summary')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('hides Manage and explains why for a user without the manage permission', async () => {
            const element = await renderWith(membershipsReadOnly);

            expect($(element, 'lightning-button.manage')).toBeNull();
            expect($(element, '.read-only').textContent.trim()).toBe('c.MailchimpMembershipReadOnly');
            expect($$(element, 'li.membership')).toHaveLength(4);
            await expect(element).toBeAccessible();
        });

        it('gives the refresh button an accessible name', async () => {
            const element = await renderWith(memberships);

            expect($(element, 'lightning-button-icon.refresh').alternativeText).toBe('c.MailchimpMembershipRefresh');
        });
    });

    describe('refresh', () => {
        it('re-reads Mailchimp with exactly one Apex call and shows the result', async () => {
            mockRefresh.mockResolvedValue(refreshed);
            const element = await renderWith(memberships);

            $(element, 'lightning-button-icon.refresh').click();
            await flushPromises();

            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(mockRefresh).toHaveBeenCalledWith({ recordId: CONTACT_ID });
            expect(mockOptOut).not.toHaveBeenCalled();
            expect($$(element, '.status-badge')[0].textContent).toBe('Subscribed');
            // The refreshed view comes back with the call: no second round trip to reload the cache.
            expect(mockRefreshApex).not.toHaveBeenCalled();
            expect(mockNotify).not.toHaveBeenCalled();
            expect(toasts.shown()).toEqual([
                { label: 'c.MailchimpMembershipToastRefreshed', message: undefined, variant: 'success' }
            ]);
            await expect(element).toBeAccessible();
        });

        it('says which audiences a refresh left unread instead of claiming everything is up to date', async () => {
            mockRefresh.mockResolvedValue({
                ...refreshed,
                notice: 'Read 25 audiences one by one; 3 are left for the next refresh.'
            });
            const element = await renderWith(memberships);

            $(element, 'lightning-button-icon.refresh').click();
            await flushPromises();

            expect(mockRefresh).toHaveBeenCalledTimes(1);
            expect(toasts.shown()).toEqual([
                {
                    label: 'c.MailchimpMembershipToastRefreshedPartly',
                    message: 'Read 25 audiences one by one; 3 are left for the next refresh.',
                    variant: 'warning'
                }
            ]);
            await expect(element).toBeAccessible();
        });

        it('switches to the not-configured state when Mailchimp rejects the credential', async () => {
            mockRefresh.mockRejectedValue(errorNotConfigured);
            const element = await renderWith(memberships);

            $(element, 'lightning-button-icon.refresh').click();
            await flushPromises();

            expect($(element, '.not-configured')).not.toBeNull();
            expect(toasts.shown()[0].variant).toBe('error');
            expect(mockRefreshApex).not.toHaveBeenCalled();
            await expect(element).toBeAccessible();
        });

        it('keeps the rows and shows an error toast when Mailchimp fails', async () => {
            mockRefresh.mockRejectedValue(errorMailchimp);
            const element = await renderWith(memberships);

            $(element, 'lightning-button-icon.refresh').click();
            await flushPromises();

            expect($$(element, 'li.membership')).toHaveLength(4);
            expect(toasts.shown()).toEqual([
                {
                    label: 'c.MailchimpMembershipToastError',
                    message: 'Mailchimp is having a problem right now. Try again in a few minutes.',
                    variant: 'error'
                }
            ]);
        });
    });

    describe('manage', () => {
        it('passes the memberships and addable audiences to the modal', async () => {
            mockOpen.mockResolvedValue(undefined);
            const element = await renderWith(memberships);

            await clickManage(element);

            expect(mockOpen).toHaveBeenCalledWith(
                expect.objectContaining({
                    size: 'small',
                    label: 'c.MailchimpMembershipModalTitle',
                    personName: 'Grace Hopper',
                    email: 'grace.hopper@example.com',
                    memberships: memberships.memberships,
                    addableAudiences: memberships.addableAudiences
                })
            );
        });

        it('does nothing when the modal is cancelled', async () => {
            mockOpen.mockResolvedValue(undefined);
            const element = await renderWith(memberships);

            await clickManage(element);

            expectNoImperativeApexCalls();
            expect(toasts.shown()).toEqual([]);
            expect(mockRefreshApex).not.toHaveBeenCalled();
        });

        it('opts out of one audience with one Apex call', async () => {
            const [news] = memberships.memberships.filter((m) => m.status === 'subscribed');
            mockOpen.mockResolvedValue({ action: 'optOut', audienceIds: [news.audienceId] });
            mockOptOut.mockResolvedValue({ results: [optOutSuccess.results[0]] });
            const element = await renderWith(memberships);

            await clickManage(element);

            expect(mockOptOut).toHaveBeenCalledTimes(1);
            expect(mockOptOut).toHaveBeenCalledWith({ recordId: CONTACT_ID, audienceIds: [news.audienceId] });
            expect(toasts.shown()[0]).toEqual(
                expect.objectContaining({ label: 'c.MailchimpMembershipToastOptOutDone', variant: 'success' })
            );
            expect(mockRefreshApex).toHaveBeenCalledTimes(1);
            expect(mockNotify).toHaveBeenCalledWith([{ recordId: CONTACT_ID }]);
        });

        it('opts out of several audiences with a single Apex call', async () => {
            const ids = optOutSuccess.results.map((r) => r.audienceId);
            mockOpen.mockResolvedValue({ action: 'optOut', audienceIds: ids });
            mockOptOut.mockResolvedValue(optOutSuccess);
            const element = await renderWith(memberships);

            await clickManage(element);

            expect(mockOptOut).toHaveBeenCalledTimes(1);
            expect(mockOptOut.mock.calls[0][0].audienceIds).toHaveLength(2);
            expect(mockRefresh).not.toHaveBeenCalled();
            expect(toasts.shown()[0].variant).toBe('success');
        });

        it('reports a partial failure per audience', async () => {
            mockOpen.mockResolvedValue({
                action: 'optOut',
                audienceIds: optOutPartial.results.map((r) => r.audienceId)
            });
            mockOptOut.mockResolvedValue(optOutPartial);
            const element = await renderWith(memberships);

            await clickManage(element);

            const [toast] = toasts.shown();
            expect(toast.label).toBe('c.MailchimpMembershipToastOptOutPartial');
            expect(toast.variant).toBe('warning');
            expect(toast.message).toContain(
                'Events & Webinars: Mailchimp is busy with other requests from your company. Wait a minute and try again.'
            );
            expect(mockRefreshApex).toHaveBeenCalledTimes(1);
            await expect(element).toBeAccessible();
        });

        it('keeps a refused opt-out on its row after the reload, until the next refresh', async () => {
            mockOpen.mockResolvedValue({
                action: 'optOut',
                audienceIds: optOutPartial.results.map((r) => r.audienceId)
            });
            mockOptOut.mockResolvedValue(optOutPartial);
            mockRefresh.mockResolvedValue(refreshed);
            const element = await renderWith(memberships);

            await clickManage(element);
            wire.emit(memberships); // what refreshApex re-read
            await flushPromises();

            const notices = $$(element, '.notice');
            expect(notices).toHaveLength(1);
            expect(notices[0].closest('li').dataset.audienceId).toBe('a015g00000EvntsAAB');
            expect(notices[0].textContent).toBe(
                "Opt-out didn't go through: Mailchimp is busy with other requests from your company. Wait a minute and try again."
            );
            expect(notices[0].className).toContain('slds-text-color_error');
            await expect(element).toBeAccessible();

            $(element, 'lightning-button-icon.refresh').click();
            await flushPromises();
            expect($$(element, '.notice')).toHaveLength(0);
        });

        it('shows plainly an opt-out the server had nothing to do for, whatever its outcome code', async () => {
            const updates = memberships.memberships[3];
            mockOpen.mockResolvedValue({ action: 'optOut', audienceIds: [updates.audienceId] });
            mockOptOut.mockResolvedValue({
                results: [
                    {
                        audienceId: updates.audienceId,
                        audienceName: updates.audienceName,
                        success: true,
                        status: 'unsubscribed',
                        outcome: 'AlreadyUnsubscribed',
                        message: 'Already unsubscribed: nothing was sent.'
                    }
                ]
            });
            const element = await renderWith(memberships);

            await clickManage(element);

            expect(toasts.shown()[0]).toEqual(
                expect.objectContaining({
                    label: 'c.MailchimpMembershipToastOptOutDone',
                    message: 'Product Updates: Already unsubscribed: nothing was sent.',
                    variant: 'success'
                })
            );
            const notice = $(element, '.notice');
            expect(notice.textContent).toBe('Already unsubscribed: nothing was sent.');
            expect(notice.className).not.toContain('slds-text-color_error');
        });

        it('reports an opt-out that failed everywhere as an error', async () => {
            mockOpen.mockResolvedValue({ action: 'optOut', audienceIds: [optOutFailed.results[0].audienceId] });
            mockOptOut.mockResolvedValue(optOutFailed);
            const element = await renderWith(memberships);

            await clickManage(element);

            expect(toasts.shown()[0]).toEqual(
                expect.objectContaining({ label: 'c.MailchimpMembershipToastOptOutFailed', variant: 'error' })
            );
        });

        it('adds the person to an audience with one Apex call', async () => {
            const beta = memberships.addableAudiences[0];
            mockOpen.mockResolvedValue({ action: 'add', audienceId: beta.id, consentConfirmed: true });
            mockAdd.mockResolvedValue(addSubscribed);
            const element = await renderWith(memberships);

            await clickManage(element);

            expect(mockAdd).toHaveBeenCalledTimes(1);
            expect(mockAdd).toHaveBeenCalledWith({ recordId: CONTACT_ID, audienceId: beta.id, consentConfirmed: true });
            expect(toasts.shown()).toEqual([
                { label: 'c.MailchimpMembershipToastAdded', message: addSubscribed.message, variant: 'success' }
            ]);
            expect(mockRefreshApex).toHaveBeenCalledTimes(1);
        });

        it('explains a re-subscribe that waits for the confirmation email', async () => {
            mockOpen.mockResolvedValue({
                action: 'add',
                audienceId: memberships.addableAudiences[2].id,
                consentConfirmed: false
            });
            mockAdd.mockResolvedValue(addPending);
            const element = await renderWith(memberships);

            await clickManage(element);

            expect(toasts.shown()[0]).toEqual(
                expect.objectContaining({ label: 'c.MailchimpMembershipToastAddedPending', variant: 'info' })
            );
        });

        it('explains the compliance state when Mailchimp refuses', async () => {
            const partner = memberships.addableAudiences[1];
            mockOpen.mockResolvedValue({ action: 'add', audienceId: partner.id, consentConfirmed: false });
            mockAdd.mockResolvedValue(addCompliance);
            const element = await renderWith(memberships);

            await clickManage(element);

            expect(mockAdd).toHaveBeenCalledWith({
                recordId: CONTACT_ID,
                audienceId: partner.id,
                consentConfirmed: false
            });
            expect(toasts.shown()[0]).toEqual({
                label: 'c.MailchimpMembershipToastAddFailed',
                message: addCompliance.message,
                variant: 'error'
            });
            const notice = $(element, '.notice');
            expect(notice.closest('li').dataset.audienceId).toBe(partner.id);
            expect(notice.textContent).toBe(addCompliance.message);
        });

        it('shows a server refusal as an error toast in plain words', async () => {
            mockOpen.mockResolvedValue({
                action: 'add',
                audienceId: memberships.addableAudiences[0].id,
                consentConfirmed: true
            });
            mockAdd.mockRejectedValue(errorNoAccess);
            const element = await renderWith(memberships);

            await clickManage(element);

            expect(toasts.shown()[0].message).toMatch(/^You don't have access/);
            expect($$(element, 'li.membership')).toHaveLength(4);
        });

        it('falls back to a generic sentence for an error without a message', async () => {
            mockOpen.mockResolvedValue({
                action: 'add',
                audienceId: memberships.addableAudiences[0].id,
                consentConfirmed: true
            });
            mockAdd.mockRejectedValue({});
            const element = await renderWith(memberships);

            await clickManage(element);

            expect(toasts.shown()[0].message).toBe('c.MailchimpMembershipErrorUnexpected');
        });
    });

    describe('another record', () => {
        const LEAD_ID = leadMemberships.recordId;

        it('drops a refresh answer that arrives after the card moved to another record', async () => {
            const late = deferred<typeof refreshed>();
            mockRefresh.mockReturnValue(late.promise);
            const element = await renderWith(memberships);

            $(element, 'lightning-button-icon.refresh').click();
            await flushPromises();
            (element as HTMLElement & { recordId?: string }).recordId = LEAD_ID;
            await flushPromises();
            late.resolve(refreshed);
            await flushPromises();

            expect(mockRefresh).toHaveBeenCalledWith({ recordId: CONTACT_ID });
            expect($(element, '.loading')).not.toBeNull();
            expect($$(element, 'li.membership')).toHaveLength(0);
            expect(toasts.shown()).toEqual([]);
            await expect(element).toBeAccessible();

            wire.emit(leadMemberships);
            await flushPromises();
            expect($$(element, 'li.membership .audience').map((a) => a.textContent)).toEqual(
                leadMemberships.memberships.map((m) => m.audienceName)
            );
        });

        it('drops a failed refresh of the previous record too', async () => {
            const late = deferred<never>();
            mockRefresh.mockReturnValue(late.promise);
            const element = await renderWith(memberships);

            $(element, 'lightning-button-icon.refresh').click();
            await flushPromises();
            (element as HTMLElement & { recordId?: string }).recordId = LEAD_ID;
            late.reject(errorNotConfigured);
            await flushPromises();

            expect($(element, '.not-configured')).toBeNull();
            expect(toasts.shown()).toEqual([]);
        });

        it('ignores wired data that belongs to another record', async () => {
            const element = await renderWith(memberships);

            (element as HTMLElement & { recordId?: string }).recordId = LEAD_ID;
            wire.emit(memberships);
            await flushPromises();

            expect($$(element, 'li.membership')).toHaveLength(0);
            expect($(element, '.loading')).not.toBeNull();
        });

        it('still reports the outcome of the user’s own opt-out, but keeps it off the next record’s rows', async () => {
            const late = deferred<typeof optOutPartial>();
            mockOpen.mockResolvedValue({
                action: 'optOut',
                audienceIds: optOutPartial.results.map((r) => r.audienceId)
            });
            mockOptOut.mockReturnValue(late.promise);
            const element = await renderWith(memberships);

            await clickManage(element);
            (element as HTMLElement & { recordId?: string }).recordId = LEAD_ID;
            wire.emit(leadMemberships);
            await flushPromises();
            late.resolve(optOutPartial);
            await flushPromises();

            expect(mockOptOut).toHaveBeenCalledTimes(1);
            expect(toasts.shown()[0].label).toBe('c.MailchimpMembershipToastOptOutPartial');
            expect($$(element, '.notice')).toHaveLength(0);
            expect(mockRefreshApex).not.toHaveBeenCalled();
            expect(mockNotify).not.toHaveBeenCalled();
        });
    });
});
