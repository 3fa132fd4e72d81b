import { LABELS } from '../labels';
import { OTHER, checkSiteUrl, defaultChoice, processorNote, siteNotes, siteOptions, urlPreview } from '../siteChoice';

type Setup = MailchimpWebhookSetupApi.Setup;
type SiteOption = MailchimpWebhookSetupApi.SiteOption;

const hooks: SiteOption = {
    id: '0DM1',
    label: 'Mailchimp Webhooks',
    baseUrl: 'https://acme.my.salesforce-sites.com/hooks',
    active: true,
    guestAccess: 'granted'
};
const portal: SiteOption = {
    id: '0DM2',
    label: 'Partner Portal',
    baseUrl: 'https://acme.my.salesforce-sites.com/partners',
    active: false,
    guestAccess: 'missing'
};
const noUrl: SiteOption = { id: '0DM3', label: 'Draft', baseUrl: null, active: false, guestAccess: 'unknown' };

const setup = (overrides: Partial<Setup> = {}): Setup => ({
    canManage: true,
    sitesReadable: true,
    sites: [portal, hooks],
    receiverPath: '/services/apexrest/mailchimp/webhook/',
    processorAccess: 'granted',
    audiences: [],
    ...overrides
});

describe('siteChoice', () => {
    it('lists the Sites that have a secure URL, then "Another URL…"', () => {
        expect(siteOptions([hooks, noUrl], LABELS)).toEqual([
            { label: 'Mailchimp Webhooks (https://acme.my.salesforce-sites.com/hooks)', value: hooks.baseUrl },
            { label: LABELS.siteOther, value: OTHER }
        ]);
    });

    it('preselects the Site a webhook already uses, else the first active one, else nothing', () => {
        const used = {
            id: 'a01',
            name: 'Newsletter',
            listId: 'a1b2c3d4e5',
            state: 'registered',
            siteBaseUrl: portal.baseUrl
        };
        expect(defaultChoice(setup({ audiences: [used] }))).toEqual({ choice: portal.baseUrl, pasted: '' });
        expect(defaultChoice(setup())).toEqual({ choice: hooks.baseUrl, pasted: '' });
        expect(defaultChoice(setup({ sites: [noUrl] }))).toEqual({ choice: undefined, pasted: '' });
        expect(
            defaultChoice(setup({ sites: [], audiences: [{ ...used, siteBaseUrl: 'https://hooks.acme.example' }] }))
        ).toEqual({ choice: OTHER, pasted: 'https://hooks.acme.example' });
    });

    it('accepts a Site base URL as Apex does and refuses what cannot carry the webhook', () => {
        expect(checkSiteUrl(' https://acme.my.salesforce-sites.com/hooks/ ', LABELS)).toEqual({
            ok: true,
            url: 'https://acme.my.salesforce-sites.com/hooks'
        });
        const refused: Array<[string | undefined, string]> = [
            [undefined, LABELS.errorNoSite],
            ['  ', LABELS.errorNoSite],
            ['http://acme.example', LABELS.errorNotHttps],
            ['acme.my.salesforce-sites.com', LABELS.errorNotHttps],
            ['https://acme.example/services/apexrest/mailchimp/webhook/x', LABELS.errorBadSiteUrl],
            ['https://acme.example?x=1', LABELS.errorBadSiteUrl],
            ['https://acme.example/#top', LABELS.errorBadSiteUrl],
            ['https://user@acme.example', LABELS.errorBadSiteUrl],
            ['https://acme.example:8443', LABELS.errorBadSiteUrl],
            ['https://localhost', LABELS.errorBadSiteUrl],
            ['https://acme example.com', LABELS.errorBadSiteUrl],
            [`https://acme.example/${'p'.repeat(200)}`, LABELS.errorBadSiteUrl]
        ];
        for (const [raw, message] of refused) {
            expect(checkSiteUrl(raw, LABELS)).toEqual({ ok: false, message });
        }
    });

    it('notes what stops Mailchimp reaching the chosen Site', () => {
        expect(siteNotes(hooks, LABELS)).toEqual([
            { text: LABELS.guestGranted, tone: 'ok', iconName: 'utility:success' }
        ]);
        expect(siteNotes(portal, LABELS).map((note) => note.text)).toEqual([LABELS.siteInactive, LABELS.guestMissing]);
        expect(siteNotes(noUrl, LABELS).map((note) => [note.text, note.tone])).toEqual([
            [LABELS.siteInactive, 'warning'],
            [LABELS.siteNoUrl, 'warning'],
            [LABELS.guestUnknown, 'unknown']
        ]);
        expect(siteNotes(undefined, LABELS)).toEqual([]);
    });

    it('says whether the processing user can read Mailchimp', () => {
        expect(processorNote('granted', LABELS).text).toBe(LABELS.processorGranted);
        expect(processorNote('missing', LABELS).tone).toBe('warning');
        expect(processorNote('unknown', LABELS).text).toBe(LABELS.processorUnknown);
    });

    it('previews the URL up to the secret', () => {
        expect(urlPreview('https://acme.example', '/services/apexrest/mailchimp/webhook/', 'Calls {0}{1}…')).toBe(
            'Calls https://acme.example/services/apexrest/mailchimp/webhook/…'
        );
        expect(urlPreview(undefined, '/x/', 'Calls {0}{1}…')).toBe('');
    });
});
