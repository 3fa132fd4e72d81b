import { createElement } from 'lwc';
import MailchimpSyncConsoleChecklist from 'c/mailchimpSyncConsoleChecklist';
import { $, $$, flushPromises } from 'lwc-test-utils';
import statusScheduled from '../../mailchimpSyncConsole/__tests__/data/statusScheduled.json';
import statusNotScheduled from '../../mailchimpSyncConsole/__tests__/data/statusNotScheduled.json';
import connectionConnected from '../../mailchimpSyncConsole/__tests__/data/connectionConnected.json';
import connectionNoPrincipalAccess from '../../mailchimpSyncConsole/__tests__/data/connectionNoPrincipalAccess.json';

type Item = MailchimpSyncConsoleApi.ChecklistItem;
type Connection = MailchimpSyncConsoleApi.ConnectionResult;

async function render(props: Record<string, unknown>): Promise<HTMLElement> {
    const element = createElement('c-mailchimp-sync-console-checklist', { is: MailchimpSyncConsoleChecklist });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

/** A step's list item (typed loosely, like the other lookups: base-component stubs carry their own props). */
function step(element: HTMLElement, key: string): ReturnType<typeof $> {
    return $(element, `li.step[data-key="${key}"]`);
}

describe('c-mailchimp-sync-console-checklist', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('lists the seven steps in order, each with its state as text and its sentence', async () => {
        const element = await render({ items: statusNotScheduled.checklist });

        expect($$(element, 'li.step').map((li: HTMLElement) => li.dataset.key)).toEqual([
            'namedCredential',
            'apiKey',
            'audiences',
            'permissionSets',
            'schedule',
            'lastRun',
            'syncProblems'
        ]);
        expect($$(element, 'li.step').map((li: HTMLElement) => li.dataset.state)).toEqual([
            'unknown',
            'unknown',
            'unknown',
            'action',
            'action',
            'unknown',
            'done'
        ]);
        expect(step(element, 'schedule').querySelector('.title').textContent).toBe('c.MailchimpSetupItemSchedule');
        expect(step(element, 'schedule').querySelector('.slds-badge').textContent).toBe('c.MailchimpSetupStateAction');
        expect(step(element, 'schedule').querySelector('.sentence').textContent).toBe(
            'c.MailchimpSetupScheduleNotScheduled'
        );
        expect($(element, 'ol.steps').getAttribute('aria-label')).toBe('c.MailchimpSetupChecklistTitle');
        expect($(element, '.connection-result').textContent).toBe('');
        await expect(element).toBeAccessible();
    });

    it('shows the facts under a step: holders, the next run, the last run link and the problems link', async () => {
        const element = await render({ items: statusScheduled.checklist });

        expect(step(element, 'permissionSets').querySelectorAll('li.fact')).toHaveLength(3);
        expect(step(element, 'schedule').querySelector('lightning-formatted-date-time').value).toBe(
            '2025-03-02T09:15:00.000Z'
        );
        const runLink = step(element, 'lastRun').querySelector('a.step-link');
        expect(runLink.getAttribute('href')).toBe('/lightning/r/a035g00000SyRn3AAF/view');
        expect(step(element, 'syncProblems').querySelector('a.step-link').getAttribute('href')).toBe(
            '/lightning/o/MailchimpSyncProblem__c/list?filterName=All'
        );
        expect(step(element, 'namedCredential').querySelector('a.step-link')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('asks the page for a test, and is disabled while a call runs', async () => {
        const element = await render({ items: statusNotScheduled.checklist });
        const asked = jest.fn();
        element.addEventListener('testconnection', asked);

        $(element, 'lightning-button.test-connection').click();
        Object.assign(element, { busy: true });
        await flushPromises();

        expect(asked).toHaveBeenCalledTimes(1);
        expect($(element, 'lightning-button.test-connection').disabled).toBe(true);
        expect($(element, 'lightning-button.test-connection').label).toBe('c.MailchimpSetupTestConnection');
    });

    it('says what the test found in a live region, and shows the tested steps over the later read', async () => {
        const element = await render({
            items: statusScheduled.checklist,
            tested: connectionNoPrincipalAccess.checklist,
            connection: connectionNoPrincipalAccess.connection as Connection
        });

        const result = $(element, '.connection-result');
        expect(result.getAttribute('role')).toBe('status');
        expect(result.querySelector('.result-headline').textContent).toBe('c.MailchimpSetupResultFailed');
        expect(result.querySelector('.result-sentence').textContent).toBe('c.MailchimpSetupKeyNoPrincipalAccess');
        const key = step(element, 'apiKey');
        expect(key.dataset.state).toBe('action');
        expect(key.querySelector('a.step-link').getAttribute('href')).toBe('/lightning/setup/PermSets/home');
        expect(key.querySelector('.detail').textContent).toBe('c.MailchimpSetupDetails');
        expect(step(element, 'schedule').dataset.state).toBe('done');
        await expect(element).toBeAccessible();
    });

    it('says connected, with the account, after a good test', async () => {
        const items = (statusScheduled.checklist as Item[]).map(
            (item) => (connectionConnected.checklist as Item[]).find((tested) => tested.key === item.key) ?? item
        );
        const element = await render({ items, connection: connectionConnected.connection as Connection });

        expect($(element, '.connection-result').className).toContain('connected');
        expect($(element, '.result-headline').textContent).toBe('c.MailchimpSetupResultConnected');
        expect(step(element, 'apiKey').dataset.state).toBe('done');
        expect(step(element, 'audiences').querySelector('li.fact').textContent).toBe(
            'c.MailchimpSetupAudiencesInMailchimp'
        );
        await expect(element).toBeAccessible();
    });
});
