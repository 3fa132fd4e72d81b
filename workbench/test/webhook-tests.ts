/**
 * Browser tests of the Mailchimp Webhooks setup (c-mailchimp-webhook-setup) on an app page, in Chromium,
 * against the real component. Kept in a file of their own beside the membership card's tests. Every state
 * and every flow is checked with axe at every impact (minor included), not only serious and critical.
 * Expected text comes from the custom labels and the component's Jest fixtures, never from the page.
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { readLabels } from '../build/labels';
import { WEBHOOK_SCENARIO_IDS } from '../src/scenario-ids';
import { expect, type TestCase, type TestContext } from './harness';
import setupRegistered from '../../force-app/main/default/lwc/mailchimpWebhookSetup/__tests__/data/setupRegistered.json';
import errorNoAccess from '../../force-app/main/default/lwc/mailchimpWebhookSetup/__tests__/data/errorNoAccess.json';

type WebhookScenarioId = (typeof WEBHOOK_SCENARIO_IDS)[number];

const ROOT = path.resolve(__dirname, '..', '..');
const LABELS = readLabels(path.join(ROOT, 'force-app/main/default/labels/CustomLabels.labels-meta.xml')).values;
const label = (name: string): string => {
    const value = LABELS.get(name);
    if (value === undefined) throw new Error(`custom label ${name} is missing`);
    return value;
};

const NEWSLETTER = 'Monthly Newsletter';
const UPDATES = 'Product Updates';
const EVENTS = 'Events & Webinars';
const SITE = 'https://acme.my.salesforce-sites.com/hooks';
const NEWSLETTER_ID = 'a015g00000AbCdEAAV';

// ---- page helpers -------------------------------------------------------------------------------

const setup = (page: Page) => page.locator('c-mailchimp-webhook-setup');
const audience = (page: Page, name: string) => setup(page).getByRole('group', { name });
const badgeOf = (page: Page, name: string) => audience(page, name).locator('.slds-badge');
const toast = (page: Page) => page.locator('lightning-toast');

/** The control a flow needs, once visible; a control that never renders fails the test by name. */
async function control(locator: Locator, what: string, timeout = 3000): Promise<Locator> {
    try {
        await locator.first().waitFor({ state: 'visible', timeout });
    } catch {
        throw new Error(`${what} did not render (waited ${timeout} ms)`);
    }
    return locator.first();
}

async function expectText(locator: Locator, text: string, what: string, timeout = 3000): Promise<void> {
    await locator
        .filter({ hasText: text })
        .first()
        .waitFor({ state: 'visible', timeout })
        .catch(() => undefined);
    const actual = (await locator.count()) ? await locator.first().innerText() : '(not on the page)';
    expect(actual.includes(text), `${what}: expected to read "${text}", read "${actual}"`);
}

/** axe-core, WCAG 2.1 A/AA and best practices: any violation fails, whatever its impact. */
async function expectNoViolations(t: TestContext, where: string): Promise<void> {
    await t.animationsDone();
    const results = await new AxeBuilder({ page: t.page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
    if (results.violations.length) {
        const lines = results.violations.map(
            (v) =>
                `  [${v.impact}] ${v.id}: ${v.help}\n` +
                v.nodes
                    .slice(0, 3)
                    .map((n) => `      ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`)
                    .join('\n')
        );
        throw new Error(`axe (${where}): ${results.violations.length} violation(s)\n${lines.join('\n')}`);
    }
}

/** The focused element, through shadow roots: tag|type|aria-label|title|label|text, as a user hears it. */
function focused(page: Page): Promise<string> {
    return page.evaluate(() => {
        let element: Element | null = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        if (!element) return '';
        const input = element as HTMLInputElement;
        return [
            element.tagName.toLowerCase(),
            input.type ?? '',
            element.getAttribute('aria-label') ?? '',
            element.getAttribute('title') ?? '',
            input.labels?.[0]?.textContent ?? '',
            (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)
        ].join('|');
    });
}

async function tabTo(page: Page, matches: (description: string) => boolean, what: string): Promise<void> {
    for (let presses = 0; presses < 40; presses += 1) {
        await page.keyboard.press('Tab');
        if (matches(await focused(page))) return;
    }
    throw new Error(`Tab never reached ${what} (focus ended on ${await focused(page)})`);
}

const isButton = (text: string) => (d: string) => d.startsWith('button|') && d.endsWith(`|${text}`);

// ---- every state -------------------------------------------------------------------------------

/** What each scenario must show besides passing axe. */
const STATE_CHECKS: Record<WebhookScenarioId, (t: TestContext) => Promise<void>> = {
    async 'webhooks-not-registered'(t) {
        for (const name of [EVENTS, NEWSLETTER, UPDATES]) {
            await expectText(badgeOf(t.page, name), label('MailchimpWebhookSetupStateNotRegistered'), `${name} badge`);
            await control(
                audience(t.page, name).getByRole('button', { name: label('MailchimpWebhookSetupRegister') }),
                `Register of ${name}`
            );
        }
        await expectText(setup(t.page).locator('.preview'), `${SITE}/services/apexrest/mailchimp/webhook/`, 'URL');
    },
    async 'webhooks-registered'(t) {
        await expectText(badgeOf(t.page, NEWSLETTER), label('MailchimpWebhookSetupStateRegistered'), 'badge');
        await expectText(audience(t.page, NEWSLETTER), label('MailchimpWebhookSetupNoDelivery'), 'no delivery yet');
        await control(
            audience(t.page, NEWSLETTER).getByRole('button', { name: label('MailchimpWebhookSetupReregister') }),
            'Re-register'
        );
    },
    async 'webhooks-last-delivery'(t) {
        await expectText(audience(t.page, NEWSLETTER), label('MailchimpWebhookSetupLastDelivery'), 'delivery label');
        // The fixture's last delivery, 2026-03-02T09:00:05Z, shown in the browser's locale and time zone (UTC).
        await expectText(audience(t.page, NEWSLETTER).locator('.last-delivery'), 'Mar 2, 2026', 'delivery date');
        await expectText(badgeOf(t.page, EVENTS), label('MailchimpWebhookSetupStateRemoved'), 'removed badge');
        const failed = setupRegistered.audiences.find((a) => a.name === UPDATES)?.lastError ?? '';
        await expectText(audience(t.page, UPDATES).locator('.last-error'), failed, 'registration error');
    },
    async 'webhooks-no-sites'(t) {
        await control(setup(t.page).getByLabel(label('MailchimpWebhookSetupSiteUrlLabel')), 'Site URL input');
        await expectText(setup(t.page).locator('.paste-reason'), label('MailchimpWebhookSetupSitesUnreadable'), 'why');
        await expectText(setup(t.page), label('MailchimpWebhookSetupProcessorUnknown'), 'processor note');
    },
    async 'webhooks-error'(t) {
        await expectText(setup(t.page).locator('.error'), label('MailchimpWebhookSetupErrorTitle'), 'error title');
        await expectText(
            setup(t.page).locator('.error'),
            errorNoAccess.body.message.replace(/^[A-Z_]+: /, ''),
            'error sentence'
        );
    }
};

const states: TestCase[] = WEBHOOK_SCENARIO_IDS.map((scenario) => ({
    name: `a11y-${scenario}`,
    proves: `${scenario}: the webhook setup renders its state; axe finds no violation of any impact`,
    async run(t: TestContext) {
        await t.open(scenario);
        await STATE_CHECKS[scenario](t);
        await expectNoViolations(t, scenario);
    }
}));

// ---- flows ---------------------------------------------------------------------------------------

const registerByMouse: TestCase = {
    name: 'webhooks-register-by-mouse',
    proves: 'Register sends the chosen Site in one call, shows Registering…, then the webhook on once Mailchimp has answered',
    async run(t) {
        await t.open('webhooks-not-registered');
        await t.clearCalls();
        const register = await control(
            audience(t.page, NEWSLETTER).getByRole('button', { name: label('MailchimpWebhookSetupRegister') }),
            'Register of Monthly Newsletter'
        );
        await register.click();
        await expectText(toast(t.page), label('MailchimpWebhookSetupToastRegistering'), 'toast');
        await expectText(badgeOf(t.page, NEWSLETTER), label('MailchimpWebhookSetupStateRegistering'), 'badge');
        const calls = (await t.log()).calls.filter((c) => c.method.endsWith('.register'));
        expect(calls.length === 1, `expected one register call, saw ${calls.length}`);
        const params = calls[0].params as { audienceId: string; siteBaseUrl: string };
        expect(params.audienceId === NEWSLETTER_ID, `register sent audience ${params.audienceId}`);
        expect(params.siteBaseUrl === SITE, `register sent Site ${params.siteBaseUrl}, expected ${SITE}`);
        await expectNoViolations(t, 'registering');
        // The page reads the state again after 3 s and finds Mailchimp's check done.
        await expectText(badgeOf(t.page, NEWSLETTER), label('MailchimpWebhookSetupStateRegistered'), 'badge', 8000);
        await t.settled();
        await expectNoViolations(t, 'registered');
    }
};

const removeByKeyboard: TestCase = {
    name: 'webhooks-remove-by-keyboard',
    proves: 'Remove with Tab and Enter only: a titled confirmation (axe clean), the webhook removed, focus kept in the row',
    async run(t) {
        const { page } = t;
        await t.open('webhooks-last-delivery');
        await tabTo(page, isButton(label('MailchimpWebhookSetupRemove')), 'the Remove button');
        await page.keyboard.press('Enter');
        const dialog = await control(page.getByRole('dialog'), 'the confirmation dialog');
        // The package's own mailchimpWebhookRemoveModal: LightningConfirm's dialog host has no accessible name, which
        // the axe check below would report.
        await expectText(dialog, label('MailchimpWebhookSetupConfirmRemoveTitle'), 'dialog title');
        await expectText(dialog, NEWSLETTER, 'dialog names the audience');
        await expectNoViolations(t, 'confirmation open');
        await t.screenshot('webhooks-remove-confirmation.png');
        await tabTo(page, isButton(label('MailchimpWebhookSetupRemoveConfirm')), 'the Remove webhook button');
        await page.keyboard.press('Enter');
        await dialog.waitFor({ state: 'detached' });
        await expectText(toast(page), label('MailchimpWebhookSetupToastRemoved'), 'toast');
        await t.settled();
        await expectText(badgeOf(page, NEWSLETTER), label('MailchimpWebhookSetupStateRemoved'), 'badge');
        const where = await focused(page);
        expect(
            isButton(label('MailchimpWebhookSetupRegister'))(where),
            `focus after removing is on "${where || 'nothing'}", expected the row's Register button`
        );
        await expectNoViolations(t, 'removed');
    }
};

const pasteUrl: TestCase = {
    name: 'webhooks-paste-site-url',
    proves: 'without a Site list the admin pastes the URL: a wrong one is explained on the field, a right one is sent trimmed',
    async run(t) {
        const { page } = t;
        await t.open('webhooks-no-sites');
        const input = await control(setup(page).getByLabel(label('MailchimpWebhookSetupSiteUrlLabel')), 'Site URL');
        await input.fill('http://acme.my.salesforce-sites.com/hooks');
        await page.keyboard.press('Tab');
        await expectText(setup(page).locator('.site'), label('MailchimpWebhookSetupErrorNotHttps'), 'field error');
        await expectNoViolations(t, 'field error shown');
        await input.fill(`${SITE}/`);
        await t.clearCalls();
        await (
            await control(
                audience(page, NEWSLETTER).getByRole('button', { name: label('MailchimpWebhookSetupRegister') }),
                'Register'
            )
        ).click();
        await expectText(toast(page), label('MailchimpWebhookSetupToastRegistering'), 'toast');
        const calls = (await t.log()).calls.filter((c) => c.method.endsWith('.register'));
        const sent = (calls[0]?.params as { siteBaseUrl?: string } | undefined)?.siteBaseUrl;
        expect(sent === SITE, `register sent "${sent}", expected "${SITE}" (no trailing slash)`);
    }
};

const phone: TestCase = {
    name: 'webhooks-phone-375',
    proves: 'on a 375 px phone the webhook setup stacks each audience, keeps every control and passes axe',
    async run(t) {
        await t.page.setViewportSize({ width: 375, height: 812 });
        await t.open('webhooks-last-delivery');
        await control(
            audience(t.page, NEWSLETTER).getByRole('button', { name: label('MailchimpWebhookSetupRemove') }),
            'Remove on a phone'
        );
        // Inside the component (the workbench's desktop header is not what is under test), no element may spill
        // past its box: overflowing text in a box that does not clip it would run off the screen.
        const spilling = await setup(t.page).evaluate((host) => {
            const found: string[] = [];
            // A stack, not a recursive helper: tsx would wrap a named inner function in a helper the page lacks.
            const roots: ParentNode[] = [host.shadowRoot ?? host];
            while (roots.length) {
                for (const element of Array.from((roots.pop() as ParentNode).querySelectorAll('*'))) {
                    const clips = getComputedStyle(element).overflowX !== 'visible';
                    if (!clips && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
                        found.push(`${element.tagName.toLowerCase()}.${element.className}`);
                    }
                    if (element.shadowRoot) roots.push(element.shadowRoot);
                }
            }
            const card = host.shadowRoot?.querySelector('lightning-card') ?? host;
            if (card.getBoundingClientRect().right > window.innerWidth) found.push('the card itself');
            return found;
        });
        expect(spilling.length === 0, `on a phone these spill past their box: ${spilling.join(', ')}`);
        await t.screenshot('webhooks-phone-375.png');
        await expectNoViolations(t, 'phone');
    }
};

export const WEBHOOK_TESTS: TestCase[] = [...states, registerByMouse, removeByKeyboard, pasteUrl, phone];
