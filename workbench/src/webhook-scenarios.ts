/**
 * The Mailchimp Webhooks setup's scenarios, kept apart from the membership card's. Each starts from the
 * component's Jest fixtures and behaves like MailchimpWebhookSetupController: Register shows the audience
 * registering, and the next read finds Mailchimp's check done (the registration job has run); Remove shows it
 * removed.
 */
import { ApexFailure } from './platform/apexFailure';
import type { Scenario } from './scenarios';
import type { ScenarioId } from './scenario-ids';
import setupNotRegistered from '../../force-app/main/default/lwc/mailchimpWebhookSetup/__tests__/data/setupNotRegistered.json';
import setupRegistered from '../../force-app/main/default/lwc/mailchimpWebhookSetup/__tests__/data/setupRegistered.json';
import setupRegisteredNow from '../../force-app/main/default/lwc/mailchimpWebhookSetup/__tests__/data/setupRegisteredNow.json';
import setupSitesUnreadable from '../../force-app/main/default/lwc/mailchimpWebhookSetup/__tests__/data/setupSitesUnreadable.json';
import errorNoAccess from '../../force-app/main/default/lwc/mailchimpWebhookSetup/__tests__/data/errorNoAccess.json';
import noticeRegistering from '@salesforce/label/c.MailchimpWebhookSetupNoticeRegistering';
import noticeRemoved from '@salesforce/label/c.MailchimpWebhookSetupNoticeRemoved';
import errorNotHttps from '@salesforce/label/c.MailchimpWebhookSetupErrorNotHttps';

type Setup = MailchimpWebhookSetupApi.Setup;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The app page has no record: the scenario's record is empty. */
const NO_RECORD = { id: '', objectApiName: '', fields: {} };

/** A small in-memory MailchimpWebhookSetupController over one Setup. */
export function webhookServer(start: Setup, fail?: object): Scenario['apex'] {
    let state = clone(start);
    const find = (audienceId: unknown) => {
        const audience = state.audiences.find((a) => a.id === audienceId);
        if (!audience) throw new ApexFailure('Workbench: no such audience');
        return audience;
    };
    return {
        'MailchimpWebhookSetupController.getSetup': () => {
            if (fail) throw new ApexFailure(fail);
            const answer = clone({ ...state, notice: null });
            // Mailchimp's check of a registration is done by the next read.
            for (const audience of state.audiences.filter((a) => a.state === 'registering')) {
                Object.assign(audience, {
                    state: 'registered',
                    registeredAt: new Date().toISOString(),
                    lastError: null
                });
            }
            return answer;
        },
        'MailchimpWebhookSetupController.register': (params) => {
            const base = String(params.siteBaseUrl ?? '');
            if (!base.startsWith('https://')) {
                throw new ApexFailure({ body: { message: `REFUSED: ${errorNotHttps}` }, ok: false, status: 500 });
            }
            const audience = find(params.audienceId);
            Object.assign(audience, { state: 'registering', siteBaseUrl: base, lastError: null });
            state = { ...state, notice: noticeRegistering.replace('{0}', audience.name) };
            return clone(state);
        },
        'MailchimpWebhookSetupController.remove': (params) => {
            const audience = find(params.audienceId);
            Object.assign(audience, { state: 'removed', registeredAt: null, siteBaseUrl: null, lastError: null });
            state = { ...state, notice: noticeRemoved.replace('{0}', audience.name) };
            return clone(state);
        }
    };
}

function webhookScenario(id: ScenarioId, title: string, description: string, start: Setup, fail?: object): Scenario {
    return { id, title, description, component: 'webhookSetup', record: NO_RECORD, apex: webhookServer(start, fail) };
}

/** What the Mailchimp Setup page's webhooks section answers in the setup scenarios: the last delivery shown. */
export const SETUP_PAGE_WEBHOOKS = (): Scenario['apex'] => webhookServer(setupRegistered as Setup);

export const WEBHOOK_SCENARIOS: Scenario[] = [
    webhookScenario(
        'webhooks-not-registered',
        'Webhooks: none registered',
        'Mailchimp Webhooks setup with two Sites (one inactive) and three audiences without a webhook.',
        setupNotRegistered as Setup
    ),
    webhookScenario(
        'webhooks-registered',
        'Webhooks: registered, no delivery yet',
        'Monthly Newsletter has its webhook; Mailchimp has not pushed anything yet.',
        setupRegisteredNow as Setup
    ),
    webhookScenario(
        'webhooks-last-delivery',
        'Webhooks: last delivery shown',
        "Monthly Newsletter's webhook delivered a change; one audience's webhook was removed, one failed to register.",
        setupRegistered as Setup
    ),
    webhookScenario(
        'webhooks-no-sites',
        'Webhooks: Sites cannot be listed',
        "The admin lacks View Setup: the Site's URL is pasted; who processes webhooks cannot be checked.",
        setupSitesUnreadable as Setup
    ),
    webhookScenario(
        'webhooks-error',
        'Webhooks: cannot be read',
        'Every read of the webhook setup fails: the user has no access to audiences.',
        setupNotRegistered as Setup,
        errorNoAccess
    )
];
