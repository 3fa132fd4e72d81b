import { createElement } from 'lwc';
import MailchimpBulkOptOut from 'c/mailchimpBulkOptOut';
import getJob from '@salesforce/apex/MailchimpBulkOptOutController.getJob';
import start from '@salesforce/apex/MailchimpBulkOptOutController.start';
import { CurrentPageReference } from 'lightning/navigation';
import Toast from 'lightning/toast';
import { $, $$, flushPromises } from 'lwc-test-utils';

import draft from './data/draft.json';
import draftNoAudiences from './data/draftNoAudiences.json';
import draftManyAudiences from './data/draftManyAudiences.json';
import running from './data/running.json';
import completed from './data/completed.json';
import failed from './data/failed.json';
import errorNotFound from './data/errorNotFound.json';
import errorAlreadyStarted from './data/errorAlreadyStarted.json';

jest.mock('@salesforce/apex/MailchimpBulkOptOutController.getJob', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/MailchimpBulkOptOutController.start', () => ({ default: jest.fn() }), { virtual: true });
// Real text for the labels whose placeholders the tests check; every other label resolves to its name.
jest.mock(
    '@salesforce/label/c.MailchimpBulkPeopleSelected',
    () => ({ default: 'People selected: {0} ({1} contacts, {2} leads).' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.MailchimpBulkConfirmChosen',
    () => ({ default: 'Opt the selected people ({0}) out of {1}?' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.MailchimpBulkProgress', () => ({ default: 'People done: {0} of {1}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.MailchimpBulkOpenJob', () => ({ default: 'Open {0}' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.MailchimpBulkTooManyAudiences',
    () => ({ default: 'Choose at most {0} audiences at once.' }),
    { virtual: true }
);

type ToastMock = { shown(): Array<{ label: string; message?: string; variant?: string }>; reset(): void };
type WireAdapterMock = { emit(value: unknown): void };

const mockGetJob = getJob as unknown as jest.Mock;
const mockStart = start as unknown as jest.Mock;
// The test drives the page reference the way Lightning does: through the wire adapter's test stub.
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const pageReference = CurrentPageReference as unknown as WireAdapterMock;
const toasts = Toast as unknown as ToastMock;
const JOB_ID = 'a0B5g00000BulkJ1AAA';

async function open(first: unknown, state: Record<string, string> = { c__jobId: JOB_ID }): Promise<HTMLElement> {
    if (first !== undefined) mockGetJob.mockResolvedValueOnce(first);
    const element = createElement('c-mailchimp-bulk-opt-out', { is: MailchimpBulkOptOut });
    document.body.appendChild(element);
    pageReference.emit({ type: 'standard__navItemPage', attributes: { apiName: 'MailchimpBulkOptOut' }, state });
    await flushPromises();
    return element;
}

async function click(target: { click(): void }): Promise<void> {
    target.click();
    await flushPromises();
}

async function change(target: HTMLElement, value: unknown): Promise<void> {
    target.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

/** Lets resolved Apex promises and the re-render run while fake timers hold setTimeout. */
function settle(): Promise<void> {
    return [1, 2, 3, 4, 5].reduce((chain) => chain.then(() => undefined), Promise.resolve());
}

function heading(element: HTMLElement): string {
    return $(element, '[data-step-heading]')?.textContent.trim();
}

function counts(element: HTMLElement): Record<string, string> {
    return Object.fromEntries($$(element, 'dd[data-count]').map((dd) => [dd.dataset.count, dd.textContent]));
}

describe('c-mailchimp-bulk-opt-out', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.resetAllMocks();
        jest.useRealTimers();
        toasts.reset();
    });

    describe('render states', () => {
        it('shows a spinner while the job loads', async () => {
            mockGetJob.mockReturnValue(new Promise(() => undefined));
            const element = await open(undefined);

            expect(mockGetJob).toHaveBeenCalledWith({ jobId: JOB_ID });
            expect($(element, 'lightning-card').title).toBe('c.MailchimpBulkPageTitle');
            expect($(element, 'lightning-spinner')).not.toBeNull();
            expect($(element, '.loading')).not.toBeNull();
            await expect(element).toBeAccessible();
        });

        it('explains how to get here when the page has no job', async () => {
            const element = await open(undefined, {});

            expect(mockGetJob).not.toHaveBeenCalled();
            expect($(element, '.error').getAttribute('role')).toBe('alert');
            expect($(element, '.error-message').textContent).toBe('c.MailchimpBulkNoJob');
            expect($(element, 'lightning-button-icon.refresh').disabled).toBe(true);
            await expect(element).toBeAccessible();
        });

        it("says why a job cannot be shown, in the server's words", async () => {
            mockGetJob.mockRejectedValueOnce(errorNotFound);
            const element = await open(undefined);

            expect($(element, '.error-message').textContent).toBe(
                "This bulk opt-out doesn't exist any more, or you don't have access to it."
            );
            await expect(element).toBeAccessible();
        });

        it('offers every audience first, and the audiences to choose from', async () => {
            const element = await open(draft);

            expect($(element, '.people').textContent).toBe('People selected: 37 (30 contacts, 7 leads).');
            const scope = $(element, 'lightning-radio-group.scope');
            expect(scope.value).toBe('every');
            expect(scope.options.map((o: { value: string }) => o.value)).toEqual(['every', 'chosen']);
            expect($(element, 'lightning-checkbox-group')).toBeNull();
            await change(scope, 'chosen');
            const audiences = $(element, 'lightning-checkbox-group.audiences');
            expect(audiences.options.map((o: { label: string }) => o.label)).toEqual([
                'Monthly Newsletter',
                'Events & Webinars',
                'Product Updates'
            ]);
            expect($(element, '.audiences-help').textContent).toBe('c.MailchimpBulkAudiencesHelp');
            await expect(element).toBeAccessible();
        });

        it('says when no audience is known yet, and still allows every audience', async () => {
            const element = await open(draftNoAudiences);

            await change($(element, 'lightning-radio-group.scope'), 'chosen');
            expect($(element, 'lightning-checkbox-group')).toBeNull();
            expect($(element, '.no-audiences').textContent).toBe('c.MailchimpBulkNoAudiences');
            await click($(element, 'lightning-button.next'));
            expect($(element, '.choice-error').textContent).toBe('c.MailchimpBulkNoAudiences');
            await expect(element).toBeAccessible();
        });

        it('shows the progress of a running job', async () => {
            mockGetJob.mockResolvedValue(running);
            const element = await open(undefined);

            expect(heading(element)).toBe('c.MailchimpBulkRunningTitle');
            expect($(element, 'lightning-progress-bar').value).toBe(32);
            expect($(element, '.progress').textContent).toBe('People done: 12 of 37');
            expect($(element, '.progress').getAttribute('aria-live')).toBe('polite');
            expect(counts(element)).toMatchObject({ succeeded: '20', nothingToDo: '2', noEmail: '1', failed: '0' });
            expect($(element, '.leave-note').textContent).toBe('c.MailchimpBulkLeaveNote');
            await expect(element).toBeAccessible();
        });

        it('reads a running job again every 3 seconds until it ends, then stops', async () => {
            jest.useFakeTimers();
            mockGetJob.mockResolvedValueOnce(running).mockResolvedValueOnce(completed);
            const element = createElement('c-mailchimp-bulk-opt-out', { is: MailchimpBulkOptOut });
            document.body.appendChild(element);
            pageReference.emit({ state: { c__jobId: JOB_ID } });
            await settle();
            expect(heading(element)).toBe('c.MailchimpBulkRunningTitle');

            jest.advanceTimersByTime(2999);
            expect(mockGetJob).toHaveBeenCalledTimes(1);
            jest.advanceTimersByTime(1);
            await settle();

            expect(mockGetJob).toHaveBeenCalledTimes(2);
            expect(heading(element)).toBe('c.MailchimpBulkSummaryTitle');
            jest.advanceTimersByTime(10000);
            expect(mockGetJob).toHaveBeenCalledTimes(2);
        });

        it("sums up a finished job: counts, what needs attention with Mailchimp's reason, files and the job", async () => {
            const element = await open(completed);

            expect(heading(element)).toBe('c.MailchimpBulkSummaryTitle');
            expect($(element, '.audience-names').textContent).toBe('Events & Webinars, Monthly Newsletter');
            expect(counts(element)).toEqual({
                succeeded: '66',
                nothingToDo: '4',
                notAMember: '1',
                noEmail: '1',
                noAccess: '0',
                failed: '1'
            });
            const rows = $$(element, 'tr.problem');
            expect(rows).toHaveLength(3);
            expect(rows[0].querySelector('.person').textContent).toBe('Alan Turing');
            expect(rows[0].querySelector('.outcome').textContent).toBe('c.MailchimpBulkOutcomeFailed');
            expect(rows[0].querySelector('.details').textContent).toContain('looks fake or invalid');
            expect($(element, 'a.file').getAttribute('href')).toBe(
                '/sfc/servlet.shepherd/document/download/0695g00000File1AAA'
            );
            expect($(element, 'a.file').textContent).toBe('BJ-000042 results 001');
            expect($(element, 'a.open-job').getAttribute('href')).toBe(`/lightning/r/${JOB_ID}/view`);
            expect($(element, 'a.open-job').textContent).toBe('Open BJ-000042');
            expect($(element, '.last-error')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('says why a failed job stopped', async () => {
            const element = await open(failed);

            expect(heading(element)).toBe('c.MailchimpBulkFailedTitle');
            expect($(element, '.last-error').textContent).toContain("Mailchimp isn't connected yet");
            expect($(element, '.last-error').getAttribute('role')).toBe('alert');
            expect($(element, '.no-problems').textContent).toBe('c.MailchimpBulkProblemsNone');
            expect($(element, '.files')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it("shows someone else's draft as an error, never their choice", async () => {
            const element = await open({ ...draft, canStart: false });

            expect($(element, '.error')).not.toBeNull();
            expect($(element, 'lightning-radio-group')).toBeNull();
        });
    });

    describe('choose, confirm, start', () => {
        it('opts the selection out of every audience after a confirmation, in one start call', async () => {
            const element = await open(draft);
            mockStart.mockResolvedValueOnce(completed);

            await click($(element, 'lightning-button.next'));
            expect(heading(element)).toBe('c.MailchimpBulkConfirmTitle');
            expect($(element, '.confirm-text').textContent).toBe('c.MailchimpBulkConfirmEvery');
            expect($(element, '.confirm-note').textContent).toBe('c.MailchimpBulkConfirmNote');
            expect($(element, 'lightning-button.confirm').variant).toBe('destructive');
            await expect(element).toBeAccessible();
            await click($(element, 'lightning-button.confirm'));

            expect(mockStart).toHaveBeenCalledTimes(1);
            expect(mockStart).toHaveBeenCalledWith({ jobId: JOB_ID, audienceIds: [] });
            expect(heading(element)).toBe('c.MailchimpBulkSummaryTitle');
        });

        it('opts out of the chosen audiences only, names them, and lets the user go back', async () => {
            const element = await open(draft);
            mockStart.mockResolvedValueOnce(running);
            mockGetJob.mockResolvedValue(running);

            await change($(element, 'lightning-radio-group.scope'), 'chosen');
            await click($(element, 'lightning-button.next'));
            expect($(element, '.choice-error').textContent).toBe('c.MailchimpBulkNoneChosen');
            expect(heading(element)).toBe('c.MailchimpBulkPageTitle');

            await change($(element, 'lightning-checkbox-group.audiences'), [
                'a015g00000AudEvtAAA',
                'a015g00000AudNewAAA'
            ]);
            expect($(element, '.choice-error')).toBeNull();
            await click($(element, 'lightning-button.next'));
            expect($(element, '.confirm-text').textContent).toBe(
                'Opt the selected people (37) out of Monthly Newsletter, Events & Webinars?'
            );
            await click($(element, 'lightning-button.back'));
            expect($(element, 'lightning-checkbox-group.audiences').value).toEqual([
                'a015g00000AudEvtAAA',
                'a015g00000AudNewAAA'
            ]);
            await click($(element, 'lightning-button.next'));
            await click($(element, 'lightning-button.confirm'));

            expect(mockStart).toHaveBeenCalledWith({
                jobId: JOB_ID,
                audienceIds: ['a015g00000AudNewAAA', 'a015g00000AudEvtAAA']
            });
            expect(heading(element)).toBe('c.MailchimpBulkRunningTitle');
        });

        it('refuses more audiences than one opt-out may name', async () => {
            const element = await open(draftManyAudiences);

            await change($(element, 'lightning-radio-group.scope'), 'chosen');
            await change(
                $(element, 'lightning-checkbox-group.audiences'),
                draftManyAudiences.audiences.slice(0, 11).map((a) => a.id)
            );
            await click($(element, 'lightning-button.next'));

            expect($(element, '.choice-error').textContent).toBe('Choose at most 10 audiences at once.');
            expect(mockStart).not.toHaveBeenCalled();
        });

        it('says why the opt-out did not start and shows the job as it now stands', async () => {
            const element = await open(draft);
            mockStart.mockRejectedValueOnce(errorAlreadyStarted);
            mockGetJob.mockResolvedValueOnce(completed);

            await click($(element, 'lightning-button.next'));
            await click($(element, 'lightning-button.confirm'));

            expect(toasts.shown()).toEqual([
                {
                    label: 'c.MailchimpBulkStartFailed',
                    message: 'This bulk opt-out has already started. Open it to see its progress.',
                    variant: 'error'
                }
            ]);
            expect(mockGetJob).toHaveBeenCalledTimes(2);
            expect(heading(element)).toBe('c.MailchimpBulkSummaryTitle');
        });
    });

    describe('refresh and leaving', () => {
        it('reads the job again on Refresh and keeps what is shown when that fails', async () => {
            const element = await open(completed);
            mockGetJob.mockRejectedValueOnce(errorNotFound);

            await click($(element, 'lightning-button-icon.refresh'));

            expect(mockGetJob).toHaveBeenCalledTimes(2);
            expect(heading(element)).toBe('c.MailchimpBulkSummaryTitle');
            expect(toasts.shown()[0].label).toBe('c.MailchimpBulkRefreshFailed');
        });

        it('stops reading a running job once the page is gone', async () => {
            jest.useFakeTimers();
            mockGetJob.mockResolvedValue(running);
            const element = createElement('c-mailchimp-bulk-opt-out', { is: MailchimpBulkOptOut });
            document.body.appendChild(element);
            pageReference.emit({ state: { c__jobId: JOB_ID } });
            await settle();
            expect(mockGetJob).toHaveBeenCalledTimes(1);

            document.body.removeChild(element);
            jest.advanceTimersByTime(10000);

            expect(mockGetJob).toHaveBeenCalledTimes(1);
        });

        it('shows the job set directly, without a page reference', async () => {
            mockGetJob.mockResolvedValueOnce(completed);
            const element = createElement('c-mailchimp-bulk-opt-out', { is: MailchimpBulkOptOut });
            (element as unknown as { jobId: string }).jobId = JOB_ID;
            document.body.appendChild(element);
            await flushPromises();

            expect(mockGetJob).toHaveBeenCalledWith({ jobId: JOB_ID });
            expect(heading(element)).toBe('c.MailchimpBulkSummaryTitle');
        });
    });
});
