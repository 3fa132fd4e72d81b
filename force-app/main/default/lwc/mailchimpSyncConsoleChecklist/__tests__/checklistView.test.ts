import { readFileSync } from 'fs';
import { join } from 'path';
import {
    connectionSummary,
    formatLabel,
    labelSuffix,
    mergeTested,
    sentenceTemplate,
    SETUP_URLS,
    toStepView
} from '../checklistView';
import { LABELS, type Labels } from '../labels';
import statusScheduled from '../../mailchimpSyncConsole/__tests__/data/statusScheduled.json';
import statusNotScheduled from '../../mailchimpSyncConsole/__tests__/data/statusNotScheduled.json';
import connectionConnected from '../../mailchimpSyncConsole/__tests__/data/connectionConnected.json';
import connectionPlaceholderRejected from '../../mailchimpSyncConsole/__tests__/data/connectionPlaceholderRejected.json';

type Item = MailchimpSyncConsoleApi.ChecklistItem;

/** The labels' real text, read from the project's labels file: the sentences are asserted as admins read them. */
function realLabels(): Labels {
    const xml = readFileSync(join(__dirname, '../../../labels/CustomLabels.labels-meta.xml'), 'utf8');
    const values = new Map<string, string>();
    for (const match of xml.matchAll(/<fullName>([^<]+)<\/fullName>[\s\S]*?<value\s*>([\s\S]*?)<\/value>/g)) {
        values.set(match[1], match[2].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    }
    // Each label import in labels.ts resolves to its name in Jest (c.MailchimpSetupX): map it back to the text.
    return Object.fromEntries(
        Object.entries(LABELS).map(([key, name]) => [key, values.get(String(name).replace(/^c\./, '')) ?? String(name)])
    ) as Labels;
}

const TEXT = realLabels();
const item = (key: Item['key'], state: Item['state'], reason: string, facts: Partial<Item> = {}): Item => ({
    key,
    state,
    reason,
    ...facts
});

/** Every reason MailchimpSetupChecklist can send, per step (MailchimpConnectionCheck.Outcome for the key). */
const REASONS: Record<Item['key'], string[]> = {
    namedCredential: [
        'UNREADABLE',
        'MALFORMED',
        'PLACEHOLDER',
        'PLACEHOLDER_REJECTED',
        'WRONG_DATA_CENTER',
        'NOT_FOUND',
        'UNCONFIRMED',
        'SET',
        'CONFIRMED'
    ],
    apiKey: [
        'NOT_TESTED',
        'CONNECTED',
        'NO_KEY',
        'KEY_REJECTED',
        'PLACEHOLDER_REJECTED',
        'WRONG_DATA_CENTER',
        'NO_PRINCIPAL_ACCESS',
        'CALLOUTS_DISABLED',
        'URL_NOT_FOUND',
        'NETWORK',
        'MAILCHIMP_DOWN',
        'RATE_LIMITED',
        'REFUSED',
        'UNEXPECTED'
    ],
    audiences: ['FOUND', 'NOT_YET', 'NOT_SYNCED_YET', 'NONE_IN_MAILCHIMP'],
    permissionSets: ['ASSIGNED', 'NO_SALES_USERS'],
    schedule: ['SCHEDULED', 'PARTLY', 'NOT_SCHEDULED'],
    lastRun: ['NONE', 'RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED', 'OTHER'],
    syncProblems: ['NONE', 'OPEN', 'NO_ACCESS']
};

describe('checklistView', () => {
    it('has a sentence label for every reason Apex sends', () => {
        for (const [key, reasons] of Object.entries(REASONS)) {
            for (const reason of reasons) {
                const template = sentenceTemplate(item(key as Item['key'], 'action', reason), TEXT);
                expect({ key, reason, template: template && template.length > 0 }).toEqual({
                    key,
                    reason,
                    template: true
                });
            }
        }
    });

    it('turns a reason into its label name', () => {
        expect(labelSuffix('PLACEHOLDER_REJECTED')).toBe('PlaceholderRejected');
        expect(labelSuffix('NO_KEY')).toBe('NoKey');
        expect(formatLabel('{0} of {1}, {0}', 2, 4)).toBe('2 of 4, 2');
        expect(formatLabel('{0} and {2}', 'a')).toBe('a and {2}');
    });

    it('says the packaged URL may be right only for a us1 key, and links to Named Credentials', () => {
        const view = toStepView(
            item('namedCredential', 'unknown', 'PLACEHOLDER', {
                url: 'https://us1.api.mailchimp.com/3.0',
                dataCenter: 'us1'
            }),
            TEXT
        );

        expect(view.title).toBe('Named Credential URL');
        expect(view.stateLabel).toBe('Not known yet');
        expect(view.badgeClass).toBe('slds-badge');
        expect(view.iconName).toBe('utility:help');
        expect(view.sentence).toBe(
            "The URL is still the packaged https://us1.api.mailchimp.com/3.0, right only for a key ending in -us1: set it to your key's data center, or press Test connection if your key ends in -us1."
        );
        expect(view.link).toEqual({ url: SETUP_URLS.namedCredentials, label: 'Open Named Credentials in Setup' });
    });

    it("explains a rejected key with its data center, Mailchimp's own words and the test time", () => {
        const view = toStepView(
            item('apiKey', 'action', 'KEY_REJECTED', {
                dataCenter: 'us21',
                httpStatus: 401,
                detail: 'API Key Invalid: Your API key may be invalid.',
                at: '2026-03-02T10:30:00.000Z'
            }),
            TEXT
        );

        expect(view.stateLabel).toBe('Needs action');
        expect(view.badgeClass).toBe('slds-badge slds-theme_warning');
        expect(view.sentence).toBe(
            'Mailchimp rejected the key at data center us21: if the key ends in -us21 it was revoked or mistyped, so create a new key in Mailchimp and store it on MailchimpPrincipal; if not, fix the URL above.'
        );
        expect(view.detail).toBe('Details: API Key Invalid: Your API key may be invalid.');
        expect(view.at).toBe('2026-03-02T10:30:00.000Z');
        expect(view.atLabel).toBe('Tested');
        expect(view.link?.url).toBe(SETUP_URLS.namedCredentials);
    });

    it('sends a user without principal access to Permission Sets, and names the HTTP status of a refusal', () => {
        expect(toStepView(item('apiKey', 'action', 'NO_PRINCIPAL_ACCESS'), TEXT).link?.url).toBe(
            SETUP_URLS.permissionSets
        );
        expect(toStepView(item('apiKey', 'action', 'MAILCHIMP_DOWN', { httpStatus: 503 }), TEXT).sentence).toContain(
            '(HTTP 503)'
        );
        expect(toStepView(item('apiKey', 'action', 'NETWORK'), TEXT).link).toBeNull();
    });

    it('names the account once connected, without details or a link', () => {
        const view = toStepView(
            item('apiKey', 'done', 'CONNECTED', { accountName: 'Analytical Engines Ltd', detail: 'ignored' }),
            TEXT
        );

        expect(view.sentence).toBe('Mailchimp accepted the key: it belongs to the account Analytical Engines Ltd.');
        expect(view.stateLabel).toBe('Done');
        expect(view.iconName).toBe('utility:success');
        expect(view.detail).toBe('');
        expect(view.link).toBeNull();
    });

    it('lists the audiences Mailchimp has, cut to the names it sent', () => {
        const view = toStepView(
            item('audiences', 'done', 'FOUND', { count: 3, syncEnabled: 2, total: 7, names: ['Newsletter', 'Events'] }),
            TEXT
        );

        expect(view.sentence).toBe('Audiences known to Salesforce: 3, of which 2 with Sync Enabled.');
        expect(view.lines).toEqual([{ key: 'inMailchimp', text: 'In Mailchimp: 7 (Newsletter, Events and 5 more).' }]);
    });

    it('lists the holders of each permission set and links to Permission Sets', () => {
        const [, , , permissionSets] = statusScheduled.checklist as Item[];
        const view = toStepView(permissionSets, TEXT);

        expect(view.lines.map((line) => line.text)).toEqual([
            'Mailchimp Admin: 2',
            'Mailchimp User: 14',
            'Mailchimp Read Only: 6'
        ]);
        expect(view.link?.url).toBe(SETUP_URLS.permissionSets);
    });

    it('links the last run, says when it started, its first error and how many audiences wait for the next run', () => {
        const [, , , , , lastRun] = statusScheduled.checklist as Item[];
        const view = toStepView(lastRun, TEXT);

        expect(view.sentence).toBe(
            "The last run ended Partial: open it, and each failing audience's Last Sync Error says why."
        );
        expect(view.link).toEqual({ url: '/lightning/r/a035g00000SyRn3AAF/view', label: 'Open SR-000103' });
        expect(view.atLabel).toBe('Started');
        expect(view.detail).toContain('Details: Audience Events & Webinars');
        expect(view.lines).toEqual([
            { key: 'deferred', text: 'Audiences left for the next run, which continues with them: 1.' }
        ]);
    });

    it('counts open sync problems up to the cap and links their list view', () => {
        const view = toStepView(
            item('syncProblems', 'action', 'OPEN', {
                count: 10000,
                linkUrl: '/lightning/o/MailchimpSyncProblem__c/list?filterName=All'
            }),
            TEXT
        );

        expect(view.sentence.startsWith('Unsubscribes the sync read but could not save: 10000+;')).toBe(true);
        expect(view.link).toEqual({
            url: '/lightning/o/MailchimpSyncProblem__c/list?filterName=All',
            label: 'Open Mailchimp Sync Problems'
        });
        expect(toStepView(item('syncProblems', 'done', 'NONE', { count: 0, linkUrl: '/x' }), TEXT).link).toBeNull();
    });

    it('shows the state alone for a reason this version does not know', () => {
        const view = toStepView(item('schedule', 'unknown', 'SOMETHING_NEW'), TEXT);

        expect(view.sentence).toBe('');
        expect(view.stateLabel).toBe('Not known yet');
    });

    describe('what a connection test keeps deciding', () => {
        const fresh = statusNotScheduled.checklist as Item[];
        const tested = connectionPlaceholderRejected.checklist as Item[];

        it('keeps the URL and key steps of the last test over a later read', () => {
            const merged = mergeTested(fresh, tested);

            expect(merged.map((step) => `${step.key}:${step.reason}`)).toEqual([
                'namedCredential:PLACEHOLDER_REJECTED',
                'apiKey:PLACEHOLDER_REJECTED',
                'audiences:NOT_YET',
                'permissionSets:NO_SALES_USERS',
                'schedule:NOT_SCHEDULED',
                'lastRun:NONE',
                'syncProblems:NONE'
            ]);
        });

        it("lets Salesforce's own audiences win over the test's view once it knows some", () => {
            const testedAudiences = item('audiences', 'action', 'NOT_SYNCED_YET', { total: 3 });
            const foundLater = item('audiences', 'done', 'FOUND', { count: 3 });
            const stillNone = item('audiences', 'unknown', 'NOT_YET', { count: 0 });

            expect(mergeTested([foundLater], [testedAudiences])[0]).toBe(foundLater);
            expect(mergeTested([stillNone], [testedAudiences])[0]).toBe(testedAudiences);
            expect(mergeTested(fresh, null)).toBe(fresh);
        });

        it("sums up a test in the live region with the key step's sentence", () => {
            const steps = (connectionConnected.checklist as Item[]).map((step) => toStepView(step, TEXT));
            const failed = (tested as Item[]).map((step) => toStepView(step, TEXT));

            expect(connectionSummary(null, steps, TEXT)).toBeNull();
            expect(
                connectionSummary(
                    connectionConnected.connection as MailchimpSyncConsoleApi.ConnectionResult,
                    steps,
                    TEXT
                )
            ).toEqual({
                connected: true,
                headline: 'Connected.',
                sentence: 'Mailchimp accepted the key: it belongs to the account Analytical Engines Ltd.'
            });
            expect(
                connectionSummary(
                    connectionPlaceholderRejected.connection as MailchimpSyncConsoleApi.ConnectionResult,
                    failed,
                    TEXT
                )
            ).toEqual({
                connected: false,
                headline: 'Not connected.',
                sentence:
                    "Mailchimp refused the key at the packaged us1 URL: set the Named Credential URL to your key's data center first, then test again."
            });
        });
    });
});
