/**
 * The browser tests: the user flows of the Mailchimp Membership card, in Chromium, against the real
 * component. Expected values come from the component's Jest fixtures and the project's custom labels
 * (what users read), never from the page itself.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { readLabels } from '../build/labels';
import { SCENARIO_IDS, WEBHOOK_SCENARIO_IDS, type ScenarioId } from '../src/scenario-ids';
import { expect, TestContext, type TestCase } from './harness';
import { WEBHOOK_TESTS } from './webhook-tests';
import memberships from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/memberships.json';
import leadMemberships from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/leadMemberships.json';
import optOutPartial from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/optOutPartial.json';
import errorMailchimp from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/errorMailchimp.json';

const ROOT = path.resolve(__dirname, '..', '..');
const LABELS = readLabels(path.join(ROOT, 'force-app/main/default/labels/CustomLabels.labels-meta.xml')).values;
const label = (name: string): string => {
    const value = LABELS.get(name);
    if (value === undefined) throw new Error(`custom label ${name} is missing`);
    return value;
};
const fill = (template: string, ...values: (string | number)[]) =>
    values.reduce<string>((text, value, i) => text.split(`{${i}}`).join(String(value)), template);

/** The several-audiences scenario: the Contact fixture's memberships plus the Lead fixture's archived one. */
const SEVERAL = [
    ...memberships.memberships,
    ...leadMemberships.memberships.filter((m) => m.status === 'archived' || m.status === 'transactional')
];

/** What each status must look like: the SLDS theme on the badge (colour is never the only cue: text too). */
const BADGE_CLASS: Record<string, string> = {
    subscribed: 'slds-theme_success',
    pending: 'slds-theme_warning',
    unsubscribed: 'slds-badge_inverse',
    cleaned: 'slds-theme_error',
    archived: 'slds-badge',
    transactional: 'slds-badge_lightest'
};

const NEWSLETTER = 'Monthly Newsletter';
const EVENTS = 'Events & Webinars';

// ---- page helpers -------------------------------------------------------------------------------

const card = (page: Page) => page.locator('c-mailchimp-membership');
const row = (page: Page, audience: string) =>
    card(page)
        .locator('li.membership')
        .filter({ has: page.locator('.audience', { hasText: audience }) });
const badgeOf = (page: Page, audience: string) => row(page, audience).locator('.slds-badge');
const manageButton = (page: Page) => card(page).getByRole('button', { name: label('MailchimpMembershipManage') });
const refreshButton = (page: Page) => card(page).getByRole('button', { name: label('MailchimpMembershipRefresh') });
const dialog = (page: Page) => page.getByRole('dialog');
/** The toast the base components render (lightning-toast inside the toast container). */
const toast = (page: Page) => page.locator('lightning-toast');

async function rowsOnScreen(page: Page): Promise<{ audience: string; badge: string; badgeClass: string }[]> {
    const rows = card(page).locator('li.membership');
    const result = [];
    for (const item of await rows.all()) {
        const badge = item.locator('.slds-badge');
        result.push({
            audience: (await item.locator('.audience').innerText()).trim(),
            badge: (await badge.innerText()).trim(),
            badgeClass: (await badge.getAttribute('class')) ?? ''
        });
    }
    return result;
}

async function expectText(locator: Locator, text: string, what: string): Promise<void> {
    await locator.waitFor({ state: 'visible' }).catch(() => undefined);
    const actual = (await locator.count()) ? await locator.innerText() : '(not on the page)';
    expect(actual.includes(text), `${what}: expected to read "${text}", read "${actual}"`);
}

/** The element that has focus, looking through shadow roots: a label a user would hear. */
function focused(page: Page): Promise<string> {
    return page.evaluate(() => {
        let element: Element | null = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        if (!element) return '';
        const input = element as HTMLInputElement;
        const labelText = input.labels?.[0]?.textContent ?? '';
        return [
            element.tagName.toLowerCase(),
            input.type ?? '',
            element.getAttribute('aria-label') ?? '',
            element.getAttribute('title') ?? '',
            labelText,
            (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)
        ].join('|');
    });
}

/** Presses Tab until the focused element matches, like a keyboard user looking for a control. */
async function tabTo(page: Page, matches: (description: string) => boolean, what: string): Promise<void> {
    for (let presses = 0; presses < 40; presses += 1) {
        await page.keyboard.press('Tab');
        if (matches(await focused(page))) return;
    }
    throw new Error(`Tab never reached ${what} (focus ended on ${await focused(page)})`);
}

async function tickInDialog(page: Page, audience: string): Promise<void> {
    // SLDS hides the checkbox input visually; a user clicks its label.
    await dialog(page).locator('label').filter({ hasText: audience }).click();
}

async function expectOptOutCall(t: TestContext, audiences: string[]): Promise<void> {
    const ids = audiences.map((name) => SEVERAL.find((m) => m.audienceName === name)!.audienceId).sort();
    const calls = (await t.log()).calls.filter((c) => c.method.endsWith('.optOut'));
    expect(calls.length === 1, `expected one optOut call, saw ${calls.length}`);
    const sent = [...((calls[0].params as { audienceIds: string[] }).audienceIds ?? [])].sort();
    expect(
        JSON.stringify(sent) === JSON.stringify(ids),
        `optOut sent ${JSON.stringify(sent)}, expected ${JSON.stringify(ids)}`
    );
}

async function expectStatus(page: Page, audience: string, status: string): Promise<void> {
    const text = (await badgeOf(page, audience).innerText()).trim();
    expect(text === status, `${audience}: badge reads "${text}", expected "${status}"`);
}

// ---- tests --------------------------------------------------------------------------------------

const renders: TestCase = {
    name: 'renders-memberships',
    proves: 'one row per audience with the right status badge, SLDS styling applied',
    async run(t) {
        await t.open('several-audiences');
        const { page } = t;
        await expectText(
            card(page).locator('.slds-card__header'),
            fill(label('MailchimpMembershipCardTitle'), SEVERAL.length),
            'card title'
        );
        const rows = await rowsOnScreen(page);
        expect(rows.length === SEVERAL.length, `expected ${SEVERAL.length} rows, saw ${rows.length}`);
        for (const m of SEVERAL) {
            const shown = rows.find((r) => r.audience === m.audienceName);
            expect(shown, `no row for ${m.audienceName}`);
            expect(
                shown.badge === m.statusLabel,
                `${m.audienceName}: badge "${shown.badge}", expected "${m.statusLabel}"`
            );
            expect(
                shown.badgeClass.split(' ').includes(BADGE_CLASS[m.status]),
                `${m.audienceName} (${m.status}): badge class "${shown.badgeClass}" lacks ${BADGE_CLASS[m.status]}`
            );
        }
        // SLDS reaches inside the component (synthetic shadow): the subscribed badge is green, not grey.
        const colour = await badgeOf(page, NEWSLETTER).evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(colour === 'rgb(46, 132, 74)', `subscribed badge background is ${colour}, expected SLDS success green`);
        expect(await manageButton(page).isVisible(), 'Manage is visible for a user who may manage');
        expect(await refreshButton(page).isVisible(), 'Refresh is visible');
    }
};

const refresh: TestCase = {
    name: 'refresh-one-apex-call',
    proves: 'Refresh asks the server exactly once, then shows what Mailchimp says now',
    async run(t) {
        await t.open('several-audiences');
        await t.clearCalls();
        await refreshButton(t.page).click();
        await toast(t.page).waitFor();
        await t.settled();
        const calls = (await t.log()).calls.map((c) => c.method.split('.').pop());
        await expectStatus(t.page, EVENTS, 'Subscribed');
        await expectText(toast(t.page), label('MailchimpMembershipToastRefreshed'), 'refresh toast');
        expect(calls.length === 1, `Refresh made ${calls.length} Apex calls (${calls.join(', ')}); expected exactly 1`);
        expect(calls[0] === 'refreshMemberships', `Refresh called ${calls[0]}, expected refreshMemberships`);
    }
};

async function optOutWithMouse(t: TestContext, scenario: ScenarioId): Promise<void> {
    await t.open(scenario);
    await manageButton(t.page).click();
    await dialog(t.page).waitFor();
    await tickInDialog(t.page, NEWSLETTER);
    await tickInDialog(t.page, EVENTS);
    await t.screenshot(`${scenario}-manage-ticked.png`);
    await dialog(t.page)
        .getByRole('button', { name: label('MailchimpMembershipModalConfirmOptOut') })
        .click();
    await dialog(t.page).waitFor({ state: 'detached' });
    await toast(t.page).waitFor();
    await t.settled();
}

const optOut: TestCase = {
    name: 'opt-out-two-audiences',
    proves: 'Manage → tick two audiences → Opt Out: one optOut call, success toast, both rows Unsubscribed',
    async run(t) {
        await optOutWithMouse(t, 'several-audiences');
        await expectOptOutCall(t, [NEWSLETTER, EVENTS]);
        await expectText(toast(t.page), label('MailchimpMembershipToastOptOutDone'), 'toast title');
        await expectText(toast(t.page), NEWSLETTER, 'toast message');
        await expectText(toast(t.page), EVENTS, 'toast message');
        await expectStatus(t.page, NEWSLETTER, 'Unsubscribed');
        await expectStatus(t.page, EVENTS, 'Unsubscribed');
    }
};

const partialFailure: TestCase = {
    name: 'opt-out-partial-failure',
    proves: 'when Mailchimp refuses one audience, the toast names it and says why; only the other changes; axe passes with the toast',
    async run(t) {
        await optOutWithMouse(t, 'opt-out-partial-failure');
        const refused = optOutPartial.results.find((r) => !r.success)!;
        const accepted = optOutPartial.results.find((r) => r.success)!;
        await expectOptOutCall(t, [NEWSLETTER, EVENTS]);
        await expectText(toast(t.page), label('MailchimpMembershipToastOptOutPartial'), 'toast title');
        await expectText(
            toast(t.page),
            fill(
                label('MailchimpMembershipToastResultLine'),
                refused.audienceName,
                label('MailchimpErrorComplianceState')
            ),
            'toast names the refused audience and why'
        );
        await expectStatus(t.page, accepted.audienceName, 'Unsubscribed');
        await t.expectAccessible('warning toast shown');
        await expectStatus(
            t.page,
            refused.audienceName,
            SEVERAL.find((m) => m.audienceId === refused.audienceId)!.statusLabel
        );
    }
};

const readOnly: TestCase = {
    name: 'read-only-hides-manage',
    proves: 'a user without MailchimpManageMemberships sees the memberships and no Manage button',
    async run(t) {
        await t.open('read-only');
        expect((await manageButton(t.page).count()) === 0, 'Manage is shown to a read-only user');
        expect((await rowsOnScreen(t.page)).length === memberships.memberships.length, 'memberships are listed');
        await expectText(card(t.page), label('MailchimpMembershipReadOnly'), 'read-only note');
    }
};

/** Manage → tick Events & Webinars and Monthly Newsletter → Opt Out, with Tab, Space and Enter only. */
async function optOutWithKeyboard(t: TestContext, screenshot?: string): Promise<void> {
    const { page } = t;
    await t.open('several-audiences');
    const manage = label('MailchimpMembershipManage');
    await tabTo(page, (d) => d.startsWith('button|') && d.endsWith(`|${manage}`), 'the Manage button');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    for (const audience of [EVENTS, NEWSLETTER]) {
        await tabTo(
            page,
            (d) => d.startsWith('input|checkbox|') && d.includes(`|${audience}|`),
            `the ${audience} checkbox`
        );
        await page.keyboard.press('Space');
    }
    const confirm = label('MailchimpMembershipModalConfirmOptOut');
    await tabTo(page, (d) => d.startsWith('button|') && d.endsWith(`|${confirm}`), 'the Opt Out button');
    if (screenshot) await t.screenshot(screenshot);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ state: 'detached' });
    await toast(page).waitFor();
    await t.settled();
}

const keyboard: TestCase = {
    name: 'keyboard-only-opt-out',
    proves: 'the whole opt-out flow works with Tab, Space and Enter alone',
    async run(t) {
        await optOutWithKeyboard(t, 'keyboard-only-opt-out-focus.png');
        await expectOptOutCall(t, [NEWSLETTER, EVENTS]);
        await expectStatus(t.page, NEWSLETTER, 'Unsubscribed');
        await expectStatus(t.page, EVENTS, 'Unsubscribed');
    }
};

const focusAfterOptOut: TestCase = {
    name: 'keyboard-focus-kept-after-opt-out',
    proves: 'after confirming, keyboard focus comes back to the card (WCAG 2.4.3), not to the top of the page',
    async run(t) {
        await optOutWithKeyboard(t);
        const where = await focused(t.page);
        const manage = label('MailchimpMembershipManage');
        expect(
            where.startsWith('button|') && where.endsWith(`|${manage}`),
            `focus after the opt-out is on "${where || 'nothing'}", expected the Manage button`
        );
    }
};

const slow: TestCase = {
    name: 'slow-shows-loading',
    proves: 'while Apex is slow the card shows its loading spinner, then the memberships',
    async run(t) {
        await t.open('slow', { settle: false });
        const spinner = card(t.page).locator('lightning-spinner');
        await spinner.waitFor({ state: 'visible' });
        await expectText(spinner, label('MailchimpMembershipLoading'), 'spinner alternative text');
        expect((await t.log()).pending > 0, 'the Apex answer is still pending while the spinner shows');
        await t.screenshot();
        await t.settled();
        await card(t.page).locator('li.membership').first().waitFor();
        expect((await spinner.count()) === 0, 'the spinner is gone once the answer arrived');
    }
};

/** What each scenario must say on screen besides passing axe. */
const STATE_TEXT: Partial<Record<ScenarioId, () => string>> = {
    'no-memberships': () => label('MailchimpMembershipEmpty'),
    'no-email': () => label('MailchimpMembershipNoEmail'),
    'not-configured': () => label('MailchimpMembershipNotConfigured'),
    'server-error': () => errorMailchimp.body.message.replace(/^[A-Z_]+: /, ''),
    'read-only': () => label('MailchimpMembershipReadOnly')
};

const webhookScenarios: readonly string[] = WEBHOOK_SCENARIO_IDS;
const accessibility: TestCase[] = SCENARIO_IDS.filter((scenario) => !webhookScenarios.includes(scenario)).map(
    (scenario) => ({
        name: `a11y-${scenario}`,
        proves: `scenario ${scenario} renders its state; axe finds no serious or critical violation`,
        async run(t: TestContext) {
            await t.open(scenario);
            await card(t.page).locator('li.membership, p, .error').first().waitFor();
            const text = STATE_TEXT[scenario]?.();
            if (text) await expectText(card(t.page), text, `${scenario} state`);
            if (scenario === 'server-error')
                await expectText(card(t.page), label('MailchimpMembershipErrorTitle'), 'error title');
            await t.expectAccessible(scenario);
        }
    })
);

const modalAccessibility: TestCase = {
    name: 'a11y-manage-modal',
    proves: 'the Manage modal, open with an audience ticked, passes axe (no serious or critical violation)',
    async run(t) {
        await t.open('several-audiences');
        await manageButton(t.page).click();
        await dialog(t.page).waitFor();
        await tickInDialog(t.page, NEWSLETTER);
        await t.expectAccessible('Manage modal open');
    }
};

export const TESTS: TestCase[] = [
    renders,
    refresh,
    optOut,
    partialFailure,
    readOnly,
    keyboard,
    focusAfterOptOut,
    slow,
    ...accessibility,
    modalAccessibility,
    ...WEBHOOK_TESTS
];
