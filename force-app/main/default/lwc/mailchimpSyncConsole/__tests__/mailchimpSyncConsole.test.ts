import { createElement } from 'lwc';
import MailchimpSyncConsole from 'c/mailchimpSyncConsole';
import getStatus from '@salesforce/apex/MailchimpSyncConsoleController.getStatus';
import schedule from '@salesforce/apex/MailchimpSyncConsoleController.schedule';
import unschedule from '@salesforce/apex/MailchimpSyncConsoleController.unschedule';
import runNow from '@salesforce/apex/MailchimpSyncConsoleController.runNow';
import testConnection from '@salesforce/apex/MailchimpSyncConsoleController.testConnection';
import UnscheduleModal from 'c/mailchimpSyncConsoleUnscheduleModal';
import Toast from 'lightning/toast';
import { $, $$, flushPromises } from 'lwc-test-utils';

import statusScheduled from './data/statusScheduled.json';
import statusNotScheduled from './data/statusNotScheduled.json';
import statusRunning from './data/statusRunning.json';
import statusPartlyScheduled from './data/statusPartlyScheduled.json';
import statusNotPermitted from './data/statusNotPermitted.json';
import errorAlreadyRunning from './data/errorAlreadyRunning.json';
import errorNoPermission from './data/errorNoPermission.json';
import errorNoAccess from './data/errorNoAccess.json';
import connectionConnected from './data/connectionConnected.json';
import connectionPlaceholderRejected from './data/connectionPlaceholderRejected.json';

jest.mock('@salesforce/apex/MailchimpSyncConsoleController.getStatus', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/MailchimpSyncConsoleController.schedule', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/MailchimpSyncConsoleController.unschedule', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/MailchimpSyncConsoleController.runNow', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/MailchimpSyncConsoleController.testConnection', () => ({ default: jest.fn() }), {
    virtual: true
});
// The tests decide what the admin answers in the confirmation.
jest.mock('c/mailchimpSyncConsoleUnscheduleModal', () => ({ __esModule: true, default: { open: jest.fn() } }));
// Real text for the labels whose placeholders the tests check; every other label resolves to its name.
jest.mock(
    '@salesforce/label/c.MailchimpSyncConsolePartlyScheduled',
    () => ({ default: 'Partly scheduled: {0} of {1} jobs' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.MailchimpSyncConsoleAudiencesCount',
    () => ({ default: '{0} of {1} audiences have Sync Enabled.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.MailchimpSyncConsoleMoreErrors', () => ({ default: '(+{0} more)' }), {
    virtual: true
});

type ToastMock = { shown(): Array<{ label: string; message?: string; variant?: string }>; reset(): void };

const mockGetStatus = getStatus as unknown as jest.Mock;
const mockSchedule = schedule as unknown as jest.Mock;
const mockUnschedule = unschedule as unknown as jest.Mock;
const mockRunNow = runNow as unknown as jest.Mock;
const mockTestConnection = testConnection as unknown as jest.Mock;
const mockConfirm = UnscheduleModal.open as unknown as jest.Mock;
const toasts = Toast as unknown as ToastMock;

function button(element: HTMLElement, action: string): any {
    return $(element, `lightning-button[data-action="${action}"]`);
}

async function renderWith(status: unknown): Promise<HTMLElement> {
    mockGetStatus.mockResolvedValueOnce(status);
    const element = createElement('c-mailchimp-sync-console', { is: MailchimpSyncConsole });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

async function click(target: { click(): void }): Promise<void> {
    target.click();
    await flushPromises();
}

function expectApexCalls(calls: {
    getStatus?: number;
    schedule?: number;
    unschedule?: number;
    runNow?: number;
    testConnection?: number;
}) {
    expect(mockGetStatus).toHaveBeenCalledTimes(calls.getStatus ?? 0);
    expect(mockSchedule).toHaveBeenCalledTimes(calls.schedule ?? 0);
    expect(mockUnschedule).toHaveBeenCalledTimes(calls.unschedule ?? 0);
    expect(mockRunNow).toHaveBeenCalledTimes(calls.runNow ?? 0);
    expect(mockTestConnection).toHaveBeenCalledTimes(calls.testConnection ?? 0);
}

type Item = MailchimpSyncConsoleApi.ChecklistItem;

/** What testConnection returns: the page's state with the tested steps and the result (as Apex builds it). */
function tested(
    base: { checklist: unknown[] },
    found: { connection: unknown; checklist: unknown[] }
): MailchimpSyncConsoleApi.Status {
    const byKey = new Map((found.checklist as Item[]).map((item) => [item.key, item]));
    return {
        ...(base as unknown as MailchimpSyncConsoleApi.Status),
        checklist: (base.checklist as Item[]).map((item) => byKey.get(item.key) ?? item),
        connection: found.connection as MailchimpSyncConsoleApi.ConnectionResult
    };
}

function checklistOf(element: HTMLElement): any {
    return $(element, 'c-mailchimp-sync-console-checklist');
}

describe('c-mailchimp-sync-console', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.resetAllMocks();
        toasts.reset();
    });

    describe('render states', () => {
        it('shows a spinner while the state loads', async () => {
            mockGetStatus.mockReturnValue(new Promise(() => undefined));
            const element = createElement('c-mailchimp-sync-console', { is: MailchimpSyncConsole });
            document.body.appendChild(element);
            await flushPromises();

            expect($(element, 'lightning-card').title).toBe('c.MailchimpSyncConsoleCardTitle');
            expect($(element, 'lightning-spinner')).not.toBeNull();
            expect($(element, '.loading')).not.toBeNull();
            expect($(element, '.status-line')).toBeNull();
            expect($(element, 'lightning-button-icon.refresh').disabled).toBe(true);
            await expect(element).toBeAccessible();
        });

        it('says the sync is not scheduled, offers Schedule and Run now, and has no run yet', async () => {
            const element = await renderWith(statusNotScheduled);

            expectApexCalls({ getStatus: 1 });
            expect($(element, '.headline').textContent).toBe('c.MailchimpSyncConsoleNotScheduled');
            expect($(element, '.status-line').dataset.tone).toBe('off');
            expect($(element, '.hint').textContent).toBe('c.MailchimpSyncConsoleNotScheduledHint');
            expect($(element, '.next-run')).toBeNull();
            expect($(element, 'lightning-spinner')).toBeNull();
            expect(button(element, 'schedule')).not.toBeNull();
            expect(button(element, 'unschedule')).toBeNull();
            expect(button(element, 'runNow').disabled).toBe(false);
            expect($(element, '.running')).toBeNull();
            expect($(element, 'table.runs')).toBeNull();
            expect($(element, '.no-runs').textContent).toBe('c.MailchimpSyncConsoleRunsEmpty');
            expect($(element, '.audience-count').textContent).toBe('c.MailchimpSyncConsoleAudiencesNone');
            expect($(element, '.no-problems').textContent).toBe('c.MailchimpSyncConsoleAudienceErrorsNone');
            await expect(element).toBeAccessible();
        });

        it('shows the schedule with its next run, the last runs and the audiences whose sync failed', async () => {
            const element = await renderWith(statusScheduled);

            expectApexCalls({ getStatus: 1 });
            expect($(element, '.headline').textContent).toBe('c.MailchimpSyncConsoleScheduled');
            expect($(element, '.next-run lightning-formatted-date-time').value).toBe('2025-03-02T09:15:00.000Z');
            expect($(element, '.hint')).toBeNull();
            expect(button(element, 'schedule')).toBeNull();
            expect(button(element, 'unschedule')).not.toBeNull();

            const rows = $$(element, 'tr.run');
            expect(rows).toHaveLength(3);
            expect(rows.map((row) => row.querySelector('.run-link').textContent)).toEqual([
                'SR-000103',
                'SR-000102',
                'SR-000101'
            ]);
            expect(rows[0].querySelector('.run-link').getAttribute('href')).toBe(
                '/lightning/r/a035g00000SyRn3AAF/view'
            );
            expect(rows[0].querySelector('.started lightning-formatted-date-time').value).toBe(
                '2025-03-02T09:00:00.000Z'
            );
            const badges = $$(element, '.outcome-badge');
            expect(badges.map((badge) => badge.textContent)).toEqual(['Partial', 'Succeeded', 'Failed']);
            expect(badges[0].className).toContain('slds-theme_warning');
            expect(badges[1].className).toContain('slds-theme_success');
            expect(badges[2].className).toContain('slds-theme_error');
            expect(
                ['audiences', 'unsubscribes', 'updated', 'created', 'unmatched'].map(
                    (column) => rows[0].querySelector(`.${column}`).textContent
                )
            ).toEqual(['3', '42', '37', '4', '1']);
            expect(rows[0].querySelector('.errors').textContent).toBe(
                'Audience Events & Webinars (4a5b6c7d8e): Mailchimp could not find this audience (HTTP 404 Resource Not Found). (+2 more)'
            );
            expect(rows[1].querySelector('.errors').textContent).toBe('');

            expect($(element, '.audience-count').textContent).toBe('2 of 3 audiences have Sync Enabled.');
            const problems = $$(element, 'li.problem');
            expect(problems).toHaveLength(1);
            expect(problems[0].querySelector('.problem-name').textContent).toBe('Events & Webinars');
            expect(problems[0].querySelector('.problem-error').textContent).toBe(
                'Mailchimp could not find this audience (HTTP 404 Resource Not Found).'
            );
            expect(problems[0].querySelector('.last-synced-date').value).toBe('2025-02-27T17:30:05.000Z');
            await expect(element).toBeAccessible();
        });

        it('stacks each run as labelled lines on a phone, and dates runs as Salesforce dates its own fields', async () => {
            const element = await renderWith(statusScheduled);

            expect($(element, 'table.runs').className).toContain('slds-max-medium-table_stacked-horizontal');
            const [first] = $$(element, 'tr.run');
            expect(Array.from(first.children).map((cell) => (cell as HTMLElement).dataset.label)).toEqual(
                $$(element, 'thead th').map((header) => header.textContent)
            );
            const started = first.querySelector('.started lightning-formatted-date-time');
            expect([started.month, started.day, started.hour, started.minute]).toEqual([
                'numeric',
                'numeric',
                'numeric',
                '2-digit'
            ]);
            expect($(element, '.next-run lightning-formatted-date-time').hour).toBe('numeric');
        });

        it('puts the setup checklist first and the sync under its own heading, for a Mailchimp admin', async () => {
            const element = await renderWith(statusScheduled);

            const checklist = checklistOf(element);
            expect(checklist.items).toEqual(statusScheduled.checklist);
            expect(checklist.tested).toBeNull();
            expect(checklist.connection).toBeNull();
            expect(checklist.busy).toBe(false);
            expect($(element, '.setup-not-permitted')).toBeNull();
            expect($(element, '.sync-title').textContent).toBe('c.MailchimpSetupSyncTitle');
            expect($(element, 'lightning-card').title).toBe('c.MailchimpSyncConsoleCardTitle');
            // The webhooks section follows on the same page, for the same admins.
            expect($(element, 'c-mailchimp-webhook-setup')).not.toBeNull();
            await expect(element).toBeAccessible();
        });

        it('shows a Running badge and disables Run now while a run is in progress', async () => {
            const element = await renderWith(statusRunning);

            expect($(element, '.running').textContent).toBe('c.MailchimpSyncConsoleRunning');
            expect(button(element, 'runNow').disabled).toBe(true);
            expect(button(element, 'runNow').title).toBe('c.MailchimpSyncConsoleRunNowRunning');
            expect($$(element, '.outcome-badge')[0].className).toContain('slds-badge_inverse');
            await expect(element).toBeAccessible();
        });

        it('says how many jobs are left when the schedule is incomplete and offers both Schedule and Unschedule', async () => {
            const element = await renderWith(statusPartlyScheduled);

            expect($(element, '.headline').textContent).toBe('Partly scheduled: 2 of 4 jobs');
            expect($(element, '.status-line').dataset.tone).toBe('partial');
            expect($(element, '.hint').textContent).toBe('c.MailchimpSyncConsolePartlyScheduledHint');
            expect($(element, '.next-run lightning-formatted-date-time').value).toBe('2025-03-02T09:30:00.000Z');
            expect(button(element, 'schedule')).not.toBeNull();
            expect(button(element, 'unschedule')).not.toBeNull();
            await expect(element).toBeAccessible();
        });

        it('hides every action from a user without the manage permission and says why', async () => {
            const element = await renderWith(statusNotPermitted);

            expect($$(element, 'lightning-button')).toHaveLength(0);
            expect(checklistOf(element)).toBeNull();
            expect($(element, 'c-mailchimp-webhook-setup')).toBeNull();
            expect($(element, '.setup-not-permitted').textContent).toBe('c.MailchimpSetupNotPermitted');
            expect($(element, '.not-permitted').textContent.trim()).toBe('c.MailchimpSyncConsoleNotPermitted');
            expect($$(element, 'tr.run')).toHaveLength(3);
            await expect(element).toBeAccessible();
        });

        it('shows the server sentence when the state cannot be read, and reads it again on refresh', async () => {
            mockGetStatus.mockRejectedValueOnce(errorNoAccess);
            const element = createElement('c-mailchimp-sync-console', { is: MailchimpSyncConsole });
            document.body.appendChild(element);
            await flushPromises();

            expect($(element, '.error .error-message').textContent).toBe(
                "You don't have access to Mailchimp Sync Runs and Audiences. Ask your Salesforce admin for the Mailchimp Admin permission set."
            );
            expect($(element, '.status-line')).toBeNull();
            expect($(element, 'lightning-button-icon.refresh').disabled).toBe(false);
            await expect(element).toBeAccessible();

            mockGetStatus.mockResolvedValueOnce(statusScheduled);
            await click($(element, 'lightning-button-icon.refresh'));

            expectApexCalls({ getStatus: 2 });
            expect($(element, '.error')).toBeNull();
            expect($$(element, 'tr.run')).toHaveLength(3);
            expect(toasts.shown()).toEqual([]);
        });
    });

    describe('actions', () => {
        it('schedules the sync in one server call and shows the state it returns', async () => {
            const element = await renderWith(statusNotScheduled);
            mockSchedule.mockResolvedValueOnce(statusScheduled);

            await click(button(element, 'schedule'));

            expectApexCalls({ getStatus: 1, schedule: 1 });
            expect(toasts.shown()).toEqual([
                { label: 'c.MailchimpSyncConsoleToastScheduled', message: undefined, variant: 'success' }
            ]);
            expect($(element, '.headline').textContent).toBe('c.MailchimpSyncConsoleScheduled');
            expect(button(element, 'schedule')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('gives keyboard focus back to Refresh when the clicked button is gone', async () => {
            const element = await renderWith(statusNotScheduled);
            mockSchedule.mockResolvedValueOnce(statusScheduled);
            const refresh = $(element, 'lightning-button-icon.refresh');
            const focus = jest.spyOn(refresh, 'focus');

            await click(button(element, 'schedule'));

            expect(focus).toHaveBeenCalled();
        });

        it('unschedules only after the user confirms', async () => {
            const element = await renderWith(statusScheduled);
            mockConfirm.mockResolvedValueOnce(true);
            mockUnschedule.mockResolvedValueOnce(statusNotScheduled);

            await click(button(element, 'unschedule'));

            expect(mockConfirm).toHaveBeenCalledWith({
                size: 'small',
                label: 'c.MailchimpSyncConsoleConfirmUnscheduleTitle',
                description: 'c.MailchimpSyncConsoleConfirmUnschedule'
            });
            expectApexCalls({ getStatus: 1, unschedule: 1 });
            expect(toasts.shown()[0]).toEqual({
                label: 'c.MailchimpSyncConsoleToastUnscheduled',
                message: undefined,
                variant: 'success'
            });
            expect($(element, '.headline').textContent).toBe('c.MailchimpSyncConsoleNotScheduled');
        });

        it('leaves the schedule alone when the user cancels the confirmation', async () => {
            const element = await renderWith(statusScheduled);
            mockConfirm.mockResolvedValueOnce(undefined);

            await click(button(element, 'unschedule'));

            expectApexCalls({ getStatus: 1 });
            expect(toasts.shown()).toEqual([]);
            expect($(element, '.headline').textContent).toBe('c.MailchimpSyncConsoleScheduled');
        });

        it('starts a run now and shows it running', async () => {
            const element = await renderWith(statusScheduled);
            mockRunNow.mockResolvedValueOnce(statusRunning);

            await click(button(element, 'runNow'));

            expectApexCalls({ getStatus: 1, runNow: 1 });
            expect(toasts.shown()[0].label).toBe('c.MailchimpSyncConsoleToastRunStarted');
            expect($(element, '.running')).not.toBeNull();
            expect(button(element, 'runNow').disabled).toBe(true);
        });

        it('says a run is already under way in a plain sentence and reads the state again', async () => {
            const element = await renderWith(statusScheduled);
            mockRunNow.mockRejectedValueOnce(errorAlreadyRunning);
            mockGetStatus.mockResolvedValueOnce(statusRunning);

            await click(button(element, 'runNow'));

            expectApexCalls({ getStatus: 2, runNow: 1 });
            expect(toasts.shown()).toEqual([
                {
                    label: 'c.MailchimpSyncConsoleToastFailed',
                    message:
                        'A Mailchimp sync is already running. It was not started again; see the latest Mailchimp Sync Run.',
                    variant: 'error'
                }
            ]);
            expect($(element, '.running')).not.toBeNull();
            await expect(element).toBeAccessible();
        });

        it('tells a user whose permission was removed meanwhile why nothing changed', async () => {
            const element = await renderWith(statusNotScheduled);
            mockSchedule.mockRejectedValueOnce(errorNoPermission);
            mockGetStatus.mockResolvedValueOnce({ ...statusNotScheduled, canManage: false });

            await click(button(element, 'schedule'));

            expectApexCalls({ getStatus: 2, schedule: 1 });
            expect(toasts.shown()[0].message).toBe(
                'You need the Manage Mailchimp Sync permission (Mailchimp Admin permission set) to control the sync.'
            );
            expect($(element, '.not-permitted')).not.toBeNull();
            expect(button(element, 'schedule')).toBeNull();
        });

        it('tests the connection in one server call, without a toast, and hands the result to the checklist', async () => {
            const element = await renderWith(statusNotScheduled);
            const found = tested(statusNotScheduled, connectionPlaceholderRejected);
            mockTestConnection.mockResolvedValueOnce(found);

            checklistOf(element).dispatchEvent(new CustomEvent('testconnection'));
            await flushPromises();

            expectApexCalls({ getStatus: 1, testConnection: 1 });
            expect(toasts.shown()).toEqual([]);
            const checklist = checklistOf(element);
            expect(checklist.connection).toEqual(connectionPlaceholderRejected.connection);
            expect(checklist.tested).toEqual(found.checklist);
            expect(checklist.items).toEqual(found.checklist);
            expect(checklist.busy).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('keeps the last test for the checklist when a later action returns a state without one', async () => {
            const element = await renderWith(statusScheduled);
            const found = tested(statusScheduled, connectionConnected);
            mockTestConnection.mockResolvedValueOnce(found);
            mockRunNow.mockResolvedValueOnce(statusRunning);

            checklistOf(element).dispatchEvent(new CustomEvent('testconnection'));
            await flushPromises();
            await click(button(element, 'runNow'));

            expectApexCalls({ getStatus: 1, testConnection: 1, runNow: 1 });
            const checklist = checklistOf(element);
            expect(checklist.items).toEqual(statusRunning.checklist);
            expect(checklist.tested).toEqual(found.checklist);
            expect(checklist.connection).toEqual(connectionConnected.connection);
        });

        it('says in a toast that the test did not run when the server refuses it, and reads the state again', async () => {
            const element = await renderWith(statusScheduled);
            mockTestConnection.mockRejectedValueOnce({
                body: { message: 'REFUSED: You need the Manage Mailchimp Sync permission.' },
                ok: false,
                status: 500,
                statusText: 'Server Error'
            });
            mockGetStatus.mockResolvedValueOnce(statusNotPermitted);

            checklistOf(element).dispatchEvent(new CustomEvent('testconnection'));
            await flushPromises();

            expectApexCalls({ getStatus: 2, testConnection: 1 });
            expect(toasts.shown()).toEqual([
                {
                    label: 'c.MailchimpSetupToastTestFailed',
                    message: 'You need the Manage Mailchimp Sync permission.',
                    variant: 'error'
                }
            ]);
            expect(checklistOf(element)).toBeNull();
            expect($(element, '.setup-not-permitted')).not.toBeNull();
        });

        it('refreshes the state with one server call', async () => {
            const element = await renderWith(statusScheduled);
            mockGetStatus.mockResolvedValueOnce(statusRunning);

            await click($(element, 'lightning-button-icon.refresh'));

            expectApexCalls({ getStatus: 2 });
            expect($(element, '.running')).not.toBeNull();
        });

        it('keeps what it shows and says so when a refresh fails', async () => {
            const element = await renderWith(statusScheduled);
            mockGetStatus.mockRejectedValueOnce(new Error('Network down'));

            await click($(element, 'lightning-button-icon.refresh'));

            expectApexCalls({ getStatus: 2 });
            expect(toasts.shown()).toEqual([
                { label: 'c.MailchimpSyncConsoleToastRefreshFailed', message: 'Network down', variant: 'error' }
            ]);
            expect($(element, '.error')).toBeNull();
            expect($$(element, 'tr.run')).toHaveLength(3);
        });
    });
});
