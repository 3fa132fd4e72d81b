/**
 * The browser tests: the user flows of the Mailchimp Membership card and the Mailchimp Setup page, in Chromium, against the
 * real components. Expected values come from the components' Jest fixtures and the project's custom labels (what
 * users read), never from the page itself. Every flow runs by mouse and by keyboard; axe runs at every impact
 * level in each state a flow passes through.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { readLabels } from '../build/labels';
import { SCENARIO_IDS, WEBHOOK_SCENARIO_IDS, type ScenarioId } from '../src/scenario-ids';
import { expect, PHONE, TestContext, type Device, type OpenOptions, type TestCase } from './harness';
import { WEBHOOK_TESTS } from './webhook-tests';
import memberships from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/memberships.json';
import leadMemberships from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/leadMemberships.json';
import noMemberships from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/noMemberships.json';
import emailChanged from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/emailChanged.json';
import errorMailchimp from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/errorMailchimp.json';
import bulkDraft from '../../force-app/main/default/lwc/mailchimpBulkOptOut/__tests__/data/draft.json';
import bulkRunning from '../../force-app/main/default/lwc/mailchimpBulkOptOut/__tests__/data/running.json';
import bulkCompleted from '../../force-app/main/default/lwc/mailchimpBulkOptOut/__tests__/data/completed.json';

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
const PRODUCT_UPDATES = 'Product Updates';
const PARTNER = 'Partner Program';
const BETA = 'Beta Testers';
/** The person the workbench's scenarios show, and the user who acts. */
const PERSON = memberships.personName;
const EMAIL = memberships.email;
const YOU = 'Wendy Workbench (you)';

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
const consoleCard = (page: Page) => page.locator('c-mailchimp-sync-console');

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
    await locator
        .first()
        .waitFor({ state: 'visible' })
        .catch(() => undefined);
    const actual = (await locator.count()) ? await locator.first().innerText() : '(not on the page)';
    expect(
        actual.replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ')),
        `${what}: expected to read "${text}", read "${actual}"`
    );
}

/** The element that has focus, looking through shadow roots: what a keyboard user is on. */
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
            element.getAttribute('role') ?? '',
            element.getAttribute('aria-label') ?? '',
            element.getAttribute('title') ?? '',
            labelText.trim(),
            (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80)
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

const isButton = (text: string) => (d: string) => d.startsWith('button|') && d.endsWith(`|${text}`);

async function expectStatus(page: Page, audience: string, status: string): Promise<void> {
    const text = (await badgeOf(page, audience).first().innerText()).trim();
    expect(text === status, `${audience}: badge reads "${text}", expected "${status}"`);
}

async function apexCalls(t: TestContext, method: string): Promise<Record<string, unknown>[]> {
    return (await t.log()).calls
        .filter((c) => c.method.endsWith(`.${method}`))
        .map((c) => c.params as Record<string, unknown>);
}

async function expectOptOutCall(t: TestContext, audiences: string[]): Promise<void> {
    const ids = audiences.map((name) => SEVERAL.find((m) => m.audienceName === name)!.audienceId).sort();
    const calls = await apexCalls(t, 'optOut');
    expect(calls.length === 1, `expected one optOut call, saw ${calls.length}`);
    const sent = [...((calls[0].audienceIds as string[]) ?? [])].sort();
    expect(
        JSON.stringify(sent) === JSON.stringify(ids),
        `optOut sent ${JSON.stringify(sent)}, expected ${JSON.stringify(ids)}`
    );
}

async function expectAddCall(t: TestContext, audienceId: string, consentConfirmed: boolean): Promise<void> {
    const calls = await apexCalls(t, 'addToAudience');
    expect(calls.length === 1, `expected one addToAudience call, saw ${calls.length}`);
    const [call] = calls;
    expect(
        call.audienceId === audienceId && call.consentConfirmed === consentConfirmed,
        `addToAudience sent ${JSON.stringify(call)}, expected audience ${audienceId} with consentConfirmed=${consentConfirmed}`
    );
}

/** Two boxes overlap or touch (less than 4 px apart): controls a finger cannot tell apart. */
function touching(a: Box, b: Box): boolean {
    const gap = 4;
    return !(
        a.x + a.width + gap <= b.x ||
        b.x + b.width + gap <= a.x ||
        a.y + a.height + gap <= b.y ||
        b.y + b.height + gap <= a.y
    );
}
type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator, what: string): Promise<Box> {
    const found = await locator.first().boundingBox();
    if (!found) throw new Error(`${what} has no box on screen`);
    return found;
}

/** Text cut with an ellipsis: its content is wider than its box. */
async function isCut(locator: Locator): Promise<boolean> {
    return locator.first().evaluate((el) => el.scrollWidth > el.clientWidth + 1);
}

// ---- how a user drives the Manage modal: by mouse, or with the keyboard alone ------------------------

interface Driver {
    kind: 'mouse' | 'keyboard';
    openManage(t: TestContext): Promise<void>;
    chooseMode(t: TestContext, mode: 'optOut' | 'add'): Promise<void>;
    tickAudience(t: TestContext, audience: string): Promise<void>;
    pickAudience(t: TestContext, audience: string): Promise<void>;
    giveConsent(t: TestContext): Promise<void>;
    confirm(t: TestContext, buttonLabel: string): Promise<void>;
}

const MODE_LABEL = {
    optOut: () => label('MailchimpMembershipModalActionOptOut'),
    add: () => label('MailchimpMembershipModalActionAdd')
};

const consentText = () => fill(label('MailchimpMembershipModalConsent'), PERSON);

const audiencePicker = (page: Page) =>
    dialog(page).getByRole('combobox', { name: label('MailchimpMembershipModalAddLabel') });

const mouse: Driver = {
    kind: 'mouse',
    async openManage(t) {
        await (await t.control(manageButton(t.page), 'the Manage button')).click();
        await t.control(dialog(t.page), 'the Manage modal');
    },
    async chooseMode(t, mode) {
        const option = dialog(t.page).locator('label').filter({ hasText: MODE_LABEL[mode]() });
        await (await t.control(option, `the "${MODE_LABEL[mode]()}" choice`)).click();
    },
    async tickAudience(t, audience) {
        // SLDS hides the checkbox input visually; a user clicks its label.
        const option = dialog(t.page).locator('label').filter({ hasText: audience });
        await (await t.control(option, `the ${audience} checkbox`)).click();
    },
    async pickAudience(t, audience) {
        await (await t.control(audiencePicker(t.page), 'the audience picker (lightning-combobox)')).click();
        const option = t.page.getByRole('option', { name: new RegExp(`^${audience}`) });
        await (await t.control(option, `the ${audience} option`)).click();
    },
    async giveConsent(t) {
        const checkbox = dialog(t.page).locator('label').filter({ hasText: consentText() });
        await (await t.control(checkbox, 'the consent checkbox')).click();
    },
    async confirm(t, buttonLabel) {
        await (await t.control(dialog(t.page).getByRole('button', { name: buttonLabel }), buttonLabel)).click();
    }
};

const keyboard: Driver = {
    kind: 'keyboard',
    async openManage(t) {
        await t.control(manageButton(t.page), 'the Manage button');
        await tabTo(t.page, isButton(label('MailchimpMembershipManage')), 'the Manage button');
        await t.page.keyboard.press('Enter');
        await t.control(dialog(t.page), 'the Manage modal');
    },
    async chooseMode(t, mode) {
        const wanted = MODE_LABEL[mode]();
        await t.control(dialog(t.page).locator('label').filter({ hasText: wanted }), `the "${wanted}" choice`);
        await tabTo(t.page, (d) => d.startsWith('input|radio|'), 'the action choice');
        // Arrow keys move through a radio group and select as they go.
        for (let presses = 0; presses < 3 && !(await focused(t.page)).includes(`|${wanted}|`); presses += 1) {
            await t.page.keyboard.press('ArrowRight');
        }
        expect((await focused(t.page)).includes(`|${wanted}|`), `arrow keys never reached "${wanted}"`);
    },
    async tickAudience(t, audience) {
        await t.control(dialog(t.page).locator('label').filter({ hasText: audience }), `the ${audience} checkbox`);
        await tabTo(
            t.page,
            (d) => d.startsWith('input|checkbox|') && d.includes(`|${audience}|`),
            `the ${audience} checkbox`
        );
        await t.page.keyboard.press('Space');
    },
    async pickAudience(t, audience) {
        await t.control(audiencePicker(t.page), 'the audience picker (lightning-combobox)');
        await tabTo(t.page, (d) => d.includes('|combobox|'), 'the audience picker');
        await t.page.keyboard.press('ArrowDown');
        await t.control(t.page.getByRole('listbox'), 'the audience list');
        const highlighted = t.page.locator('lightning-base-combobox-item.slds-has-focus');
        await t.control(highlighted, 'a highlighted audience');
        let current = (await highlighted.first().innerText()).trim();
        for (let presses = 0; presses < 12; presses += 1) {
            if (current.startsWith(audience)) {
                await t.page.keyboard.press('Enter');
                return;
            }
            await t.page.keyboard.press('ArrowDown');
            // The highlight moves on the next render: read it only once it has moved.
            const previous = current;
            for (let waits = 0; waits < 40 && current === previous; waits += 1) {
                await t.page.waitForTimeout(25);
                current = (await highlighted.first().innerText()).trim();
            }
        }
        throw new Error(`the arrow keys never highlighted ${audience} in the audience list`);
    },
    async giveConsent(t) {
        await t.control(dialog(t.page).locator('label').filter({ hasText: consentText() }), 'the consent checkbox');
        await tabTo(
            t.page,
            (d) => d.startsWith('input|checkbox|') && d.includes(consentText()),
            'the consent checkbox'
        );
        await t.page.keyboard.press('Space');
    },
    async confirm(t, buttonLabel) {
        await t.control(dialog(t.page).getByRole('button', { name: buttonLabel }), buttonLabel);
        await tabTo(t.page, isButton(buttonLabel), `the ${buttonLabel} button`);
        await t.page.keyboard.press('Enter');
    }
};

/** After the confirm button: the modal is gone, the toast is up, every Apex answer is in. */
async function afterConfirm(t: TestContext): Promise<void> {
    await dialog(t.page).waitFor({ state: 'detached' });
    await toast(t.page).waitFor();
    await t.settled();
}

// ---- the flows, each by mouse and by keyboard -------------------------------------------------------

interface Flow {
    name: string;
    proves: string;
    run(t: TestContext, driver: Driver): Promise<void>;
}

const optOutOne: Flow = {
    name: 'opt-out-one-audience',
    proves: 'Manage → tick one audience → Opt Out: one optOut call, success toast, that row Unsubscribed',
    async run(t, driver) {
        await t.open('several-audiences');
        await driver.openManage(t);
        await driver.tickAudience(t, NEWSLETTER);
        await t.expectAccessible('modal, one audience ticked');
        await driver.confirm(t, label('MailchimpMembershipModalConfirmOptOut'));
        await afterConfirm(t);
        await expectOptOutCall(t, [NEWSLETTER]);
        await expectText(toast(t.page), label('MailchimpMembershipToastOptOutDone'), 'toast title');
        await expectStatus(t.page, NEWSLETTER, 'Unsubscribed');
        await expectStatus(t.page, EVENTS, 'Pending');
        await expectText(
            row(t.page, NEWSLETTER).locator('.audit'),
            fill(label('MailchimpMembershipOptedOutBySalesforce'), YOU),
            'who opted the person out'
        );
        await t.expectAccessible('after the opt-out, toast shown');
    }
};

const optOutTwo: Flow = {
    name: 'opt-out-two-audiences',
    proves: 'Manage → tick two audiences → Opt Out: one optOut call, success toast naming both, both rows Unsubscribed',
    async run(t, driver) {
        await t.open('several-audiences');
        await driver.openManage(t);
        await driver.tickAudience(t, EVENTS);
        await driver.tickAudience(t, NEWSLETTER);
        if (driver.kind === 'mouse') await t.screenshot('several-audiences-manage-ticked.png');
        await t.expectAccessible('modal, two audiences ticked');
        await driver.confirm(t, label('MailchimpMembershipModalConfirmOptOut'));
        await afterConfirm(t);
        await expectOptOutCall(t, [NEWSLETTER, EVENTS]);
        await expectText(toast(t.page), label('MailchimpMembershipToastOptOutDone'), 'toast title');
        await expectText(toast(t.page), NEWSLETTER, 'toast message');
        await expectText(toast(t.page), EVENTS, 'toast message');
        await expectStatus(t.page, NEWSLETTER, 'Unsubscribed');
        await expectStatus(t.page, EVENTS, 'Unsubscribed');
        await t.expectAccessible('after the opt-out, toast shown');
    }
};

const optOutPartial: Flow = {
    name: 'opt-out-partial-failure',
    proves: 'Mailchimp refuses one of two: the toast says which and why, the refused row keeps saying so, the other changes',
    async run(t, driver) {
        await t.open('opt-out-partial-failure');
        await driver.openManage(t);
        await driver.tickAudience(t, NEWSLETTER);
        await driver.tickAudience(t, EVENTS);
        await driver.confirm(t, label('MailchimpMembershipModalConfirmOptOut'));
        await afterConfirm(t);
        await expectOptOutCall(t, [NEWSLETTER, EVENTS]);
        const why = label('MailchimpErrorComplianceState');
        await expectText(toast(t.page), label('MailchimpMembershipToastOptOutPartial'), 'toast title');
        await expectText(
            toast(t.page),
            fill(label('MailchimpMembershipToastResultLine'), EVENTS, why),
            'toast names the refused audience and why'
        );
        await expectStatus(t.page, NEWSLETTER, 'Unsubscribed');
        await expectStatus(t.page, EVENTS, 'Pending');
        // On a phone a toast shows only its title, and it goes away: the row keeps what failed and why.
        await expectText(
            row(t.page, EVENTS).locator('.notice'),
            fill(label('MailchimpMembershipRowOptOutFailed'), why),
            'the refused row'
        );
        expect((await row(t.page, NEWSLETTER).locator('.notice').count()) === 0, 'no notice on the accepted row');
        await t.expectAccessible('warning toast and row notice shown');
        if (driver.kind === 'mouse') await t.screenshot('opt-out-partial-failure.png');
        await refreshButton(t.page).click();
        await t.settled();
        expect((await card(t.page).locator('.notice').count()) === 0, 'Refresh clears the notice');
    }
};

const addWithConsent: Flow = {
    name: 'add-new-person-with-consent',
    proves: 'Add a new audience, permission confirmed: the modal names the person and address, one addToAudience call with consent, Subscribed, who added them',
    async run(t, driver) {
        await t.open('no-memberships');
        await driver.openManage(t);
        await expectText(dialog(t.page), fill(label('MailchimpMembershipModalFor'), PERSON), 'whom the modal is for');
        await driver.pickAudience(t, BETA);
        await expectText(dialog(t.page).locator('.address-value'), EMAIL, 'the address to add');
        await expectText(
            dialog(t.page).locator('.add-outcome'),
            fill(label('MailchimpMembershipModalAddPending'), EMAIL),
            'what Add does without permission'
        );
        await t.expectAccessible('modal, audience picked');
        await driver.giveConsent(t);
        await expectText(
            dialog(t.page).locator('.add-outcome'),
            fill(label('MailchimpMembershipModalAddSubscribes'), EMAIL),
            'what Add does with permission'
        );
        if (driver.kind === 'mouse') await t.screenshot('add-with-consent-modal.png');
        await t.expectAccessible('modal, consent given');
        await driver.confirm(t, label('MailchimpMembershipModalConfirmAdd'));
        await afterConfirm(t);
        const beta = noMemberships.addableAudiences.find((a) => a.name === BETA)!;
        await expectAddCall(t, beta.id, true);
        await expectText(toast(t.page), label('MailchimpMembershipToastAdded'), 'toast title');
        await expectStatus(t.page, BETA, 'Subscribed');
        await expectText(
            row(t.page, BETA).locator('.audit'),
            fill(label('MailchimpMembershipAddedByConfirmed'), YOU),
            'who added the person and on what basis'
        );
        await t.expectAccessible('after the add, toast shown');
    }
};

const addWithoutConsent: Flow = {
    name: 'add-without-consent-goes-pending',
    proves: 'Add without confirming permission: consentConfirmed=false, Mailchimp asks the person, the row is Pending',
    async run(t, driver) {
        await t.open('no-memberships');
        await driver.openManage(t);
        await driver.pickAudience(t, EVENTS);
        await t.control(dialog(t.page).locator('label').filter({ hasText: consentText() }), 'the consent checkbox');
        await driver.confirm(t, label('MailchimpMembershipModalConfirmAdd'));
        await afterConfirm(t);
        const events = noMemberships.addableAudiences.find((a) => a.name === EVENTS)!;
        await expectAddCall(t, events.id, false);
        await expectText(toast(t.page), label('MailchimpMembershipToastAddedPending'), 'toast title');
        await expectStatus(t.page, EVENTS, 'Pending');
        await expectText(
            row(t.page, EVENTS).locator('.audit'),
            fill(label('MailchimpMembershipAddedByDoubleOptIn'), YOU),
            'added on double opt-in'
        );
        await t.expectAccessible('after the pending add');
    }
};

const addResubscribe: Flow = {
    name: 'add-resubscribe-as-pending',
    proves: 'Re-adding someone who unsubscribed: marked "(confirmation email)", no consent asked, sent as pending, row Pending',
    async run(t, driver) {
        await t.open('several-audiences');
        await driver.openManage(t);
        await driver.chooseMode(t, 'add');
        await driver.pickAudience(t, PRODUCT_UPDATES);
        await expectText(
            dialog(t.page).locator('.add-outcome'),
            label('MailchimpMembershipModalAddHelp'),
            'only a confirmation email can bring them back'
        );
        expect(
            (await dialog(t.page).locator('lightning-input.consent').count()) === 0,
            'no consent checkbox where it cannot change anything'
        );
        await t.expectAccessible('modal, re-subscribe picked');
        await driver.confirm(t, label('MailchimpMembershipModalConfirmAdd'));
        await afterConfirm(t);
        const updates = memberships.addableAudiences.find((a) => a.name === PRODUCT_UPDATES)!;
        await expectAddCall(t, updates.id, false);
        await expectText(toast(t.page), label('MailchimpMembershipToastAddedPending'), 'toast title');
        await expectStatus(t.page, PRODUCT_UPDATES, 'Pending');
        await t.expectAccessible('after the re-subscribe');
    }
};

const addRefused: Flow = {
    name: 'add-refused-compliance',
    proves: 'Mailchimp refuses an add (compliance state): error toast in plain words, the row keeps the reason, nothing changes',
    async run(t, driver) {
        await t.open('add-refused');
        await driver.openManage(t);
        await driver.chooseMode(t, 'add');
        await driver.pickAudience(t, PARTNER);
        await driver.confirm(t, label('MailchimpMembershipModalConfirmAdd'));
        await afterConfirm(t);
        const partner = memberships.addableAudiences.find((a) => a.name === PARTNER)!;
        await expectAddCall(t, partner.id, false);
        const why = label('MailchimpErrorComplianceState');
        await expectText(toast(t.page), label('MailchimpMembershipToastAddFailed'), 'toast title');
        await expectText(toast(t.page), why, 'toast says why');
        await expectStatus(t.page, PARTNER, 'Cleaned');
        await expectText(row(t.page, PARTNER).locator('.notice'), why, 'the row keeps the reason');
        await t.expectAccessible('error toast and row notice shown');
    }
};

const FLOWS = [optOutOne, optOutTwo, optOutPartial, addWithConsent, addWithoutConsent, addResubscribe, addRefused];

const flowTests: TestCase[] = FLOWS.flatMap((flow) =>
    [mouse, keyboard].map((driver) => ({
        name: driver.kind === 'mouse' ? flow.name : `${flow.name}-keyboard`,
        proves: `${flow.proves} (${driver.kind === 'mouse' ? 'mouse' : 'keyboard only'})`,
        run: (t: TestContext) => flow.run(t, driver)
    }))
);

// ---- the card as it renders ------------------------------------------------------------------------

const renders: TestCase = {
    name: 'renders-memberships',
    proves: 'one row per audience with its badge and status help; the summary says what it counts and how current it is',
    async run(t) {
        await t.open('several-audiences');
        const { page } = t;
        await expectText(card(page).locator('.slds-card__header'), label('MailchimpMembershipCardTitle'), 'card title');
        const active = SEVERAL.filter((m) => m.status === 'subscribed' || m.status === 'pending').length;
        await expectText(
            card(page).locator('.summary'),
            fill(label('MailchimpMembershipSummary'), active, SEVERAL.length),
            'what the count means'
        );
        await expectText(
            card(page).locator('.freshness'),
            `${label('MailchimpMembershipUpdated')} 5 minutes ago`,
            'how current'
        );
        await card(page)
            .getByRole('button', { name: fill(label('MailchimpMembershipViewAll'), SEVERAL.length) })
            .click();
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
            const help = row(page, m.audienceName).getByRole('button', {
                name: fill(label('MailchimpMembershipStatusHelpLabel'), m.statusLabel)
            });
            expect(await help.isVisible(), `${m.audienceName}: no help for status ${m.statusLabel}`);
        }
        // SLDS reaches inside the component (synthetic shadow): the subscribed badge is green, not grey.
        const colour = await badgeOf(page, NEWSLETTER).evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(colour === 'rgb(46, 132, 74)', `subscribed badge background is ${colour}, expected SLDS success green`);
        // Dates as Salesforce shows its own date-time fields in en-US: "3/2/2025, 9:15 AM", no leading zero.
        const date = (await row(page, EVENTS).locator('.last-changed').innerText()).trim();
        expect(/^\d{1,2}\/\d{1,2}\/\d{4}, [1-9]\d?:\d{2} (AM|PM)$/.test(date), `date reads "${date}"`);
        expect(await manageButton(page).isVisible(), 'Manage is visible for a user who may manage');
        expect(await refreshButton(page).isVisible(), 'Refresh is visible');
        await t.expectAccessible('every row shown');
    }
};

const screenReader: TestCase = {
    name: 'screen-reader-hears-status',
    proves: 'the accessibility tree reads "Status: Pending" for a row, and no decorative separator anywhere on the card',
    async run(t) {
        await t.open('several-audiences');
        const tree = await row(t.page, EVENTS).first().ariaSnapshot();
        expect(tree.includes('Status: Pending'), `the row reads:\n${tree}`);
        const text = await card(t.page).innerText();
        expect(!/[·•|]/.test(text), `the card shows a separator: ${JSON.stringify(text)}`);
    }
};

const statusHelp: TestCase = {
    name: 'status-help-by-keyboard',
    proves: "a status's explanation opens from the keyboard (Tab onto its help icon) and passes axe while shown",
    async run(t) {
        await t.open('several-audiences');
        const name = fill(label('MailchimpMembershipStatusHelpLabel'), 'Pending');
        await t.control(row(t.page, EVENTS).getByRole('button', { name }), 'the Pending help icon');
        await tabTo(t.page, (d) => d.includes(name), 'the Pending help icon');
        await expectText(t.page.getByRole('tooltip'), label('MailchimpMembershipStatusHelpPending'), 'the explanation');
        // lightning-helptext puts its bubble on document.body, outside the page's landmarks, as Lightning's own
        // overlays are: that one best-practice rule is allowed for the bubble; every other check still covers it.
        await t.expectAccessible('status help open', [{ rule: 'region', target: /tooltip-bubble/ }]);
    }
};

const statusHelpTouch: TestCase = {
    name: 'status-help-by-touch',
    proves: "on a phone, tapping a status's help icon shows its explanation",
    device: PHONE,
    async run(t) {
        await t.open('several-audiences');
        const name = fill(label('MailchimpMembershipStatusHelpLabel'), 'Cleaned');
        await (await t.control(row(t.page, PARTNER).getByRole('button', { name }), 'the Cleaned help icon')).tap();
        await expectText(t.page.getByRole('tooltip'), label('MailchimpMembershipStatusHelpCleaned'), 'the explanation');
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
        const freshness = await card(t.page).locator('.freshness').innerText();
        expect(
            freshness.startsWith(`${label('MailchimpMembershipUpdated')} `) && !freshness.includes('5 minutes'),
            `after Refresh the card still reads "${freshness}"`
        );
        expect(calls.length === 1, `Refresh made ${calls.length} Apex calls (${calls.join(', ')}); expected exactly 1`);
        expect(calls[0] === 'refreshMemberships', `Refresh called ${calls[0]}, expected refreshMemberships`);
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

const focusAfterOptOut: TestCase = {
    name: 'keyboard-focus-kept-after-opt-out',
    proves: 'after confirming, keyboard focus comes back to the card (WCAG 2.4.3), not to the top of the page',
    async run(t) {
        await optOutTwo.run(t, keyboard);
        const where = await focused(t.page);
        expect(
            isButton(label('MailchimpMembershipManage'))(where),
            `focus after the opt-out is on "${where || 'nothing'}", expected the Manage button`
        );
    }
};

const slow: TestCase = {
    name: 'slow-shows-loading',
    proves: 'while Apex is slow the card shows its spinner and no count, then the memberships',
    async run(t) {
        await t.open('slow', { settle: false });
        const spinner = card(t.page).locator('lightning-spinner');
        await spinner.waitFor({ state: 'visible' });
        await expectText(spinner, label('MailchimpMembershipLoading'), 'spinner alternative text');
        expect((await t.log()).pending > 0, 'the Apex answer is still pending while the spinner shows');
        expect((await card(t.page).locator('.summary').count()) === 0, 'no count while loading');
        await t.screenshot();
        await t.settled();
        await card(t.page).locator('li.membership').first().waitFor();
        expect((await spinner.count()) === 0, 'the spinner is gone once the answer arrived');
    }
};

// ---- where the card lives: sidebar, main column, phone ------------------------------------------------

/** Title whole, controls apart, nothing wider than the card, long names wrapped: the card fits its column. */
async function expectFits(t: TestContext, where: string): Promise<void> {
    const { page } = t;
    const title = card(page).locator('.slds-card__header-title span').first();
    expect(!(await isCut(title)), `${where}: the card title is cut ("${await title.innerText()}")`);
    const controls: [string, Locator][] = [
        ['the title', title],
        ['Refresh', refreshButton(page)],
        ['Manage', manageButton(page)],
        ['the summary', card(page).locator('.overview')]
    ];
    for (let i = 0; i < controls.length; i += 1) {
        for (let j = i + 1; j < controls.length; j += 1) {
            if (!(await controls[i][1].count()) || !(await controls[j][1].count())) continue;
            const [a, b] = [await box(controls[i][1], controls[i][0]), await box(controls[j][1], controls[j][0])];
            expect(!touching(a, b), `${where}: ${controls[i][0]} and ${controls[j][0]} touch`);
        }
    }
    const article = card(page).locator('article').first();
    expect(!(await isCut(article)), `${where}: something is wider than the card`);
    for (const name of await card(page).locator('.audience').all()) {
        expect(!(await isCut(name)), `${where}: "${await name.innerText()}" is cut`);
    }
    const page_ = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(page_ <= 0, `${where}: the page scrolls sideways by ${page_} px`);
}

function layoutTest(
    name: string,
    proves: string,
    scenario: ScenarioId,
    options: OpenOptions,
    device: Device | undefined,
    extra?: (t: TestContext) => Promise<void>
): TestCase {
    return {
        name,
        proves,
        device,
        async run(t) {
            await t.open(scenario, options);
            await expectFits(t, name);
            await extra?.(t);
            await t.expectAccessible(name);
        }
    };
}

const collapsed = async (t: TestContext) => {
    const shown = await card(t.page).locator('li.membership').count();
    expect(shown === 5, `${shown} rows shown before View all, expected 5`);
    const toggle = card(t.page).getByRole('button', { name: fill(label('MailchimpMembershipViewAll'), 14) });
    await t.control(toggle, 'View all');
    await t.screenshot(); // collapsed, as a rep first sees it
    await toggle.click();
    expect((await card(t.page).locator('li.membership').count()) === 14, 'View all shows all 14');
    await expectFits(t, 'many audiences, all shown');
};

const layouts: TestCase[] = [
    layoutTest(
        'layout-sidebar-360',
        'at a 360 px sidebar: whole title, controls apart, no row wider than the card',
        'several-audiences',
        { sidebar: 360 },
        undefined
    ),
    layoutTest(
        'layout-sidebar-420-many-audiences',
        'at a 420 px sidebar: 14 audiences collapse to 5 and View all; the longest name wraps, never cut',
        'many-audiences',
        { sidebar: 420 },
        undefined,
        collapsed
    ),
    layoutTest(
        'layout-sidebar-360-many-audiences',
        'at a 360 px sidebar with 14 audiences, all shown: every name whole',
        'many-audiences',
        { sidebar: 360 },
        undefined,
        collapsed
    ),
    layoutTest(
        'layout-main-column',
        'in the main column: a person whose email changed shows each address on its Monthly Newsletter rows',
        'email-changed',
        { layout: 'main' },
        undefined,
        async (t) => {
            const addresses = await row(t.page, NEWSLETTER).locator('.address').allInnerTexts();
            const expected = emailChanged.memberships.filter((m) => m.audienceName === NEWSLETTER).map((m) => m.email);
            expect(
                JSON.stringify(addresses) === JSON.stringify(expected),
                `Monthly Newsletter rows show ${JSON.stringify(addresses)}, expected ${JSON.stringify(expected)}`
            );
            expect((await row(t.page, EVENTS).locator('.address').count()) === 0, 'one address: not repeated');
        }
    ),
    layoutTest(
        'layout-phone-375',
        'on a 375 px phone: the workbench page and the card fit, nothing scrolls sideways',
        'several-audiences',
        {},
        PHONE,
        async (t) => {
            const bar = await box(t.page.locator('.wb-bar'), 'the workbench bar');
            expect(bar.width <= PHONE.width, `the workbench bar is ${bar.width} px wide`);
        }
    )
];

const phoneModal: TestCase = {
    name: 'layout-phone-375-add-modal',
    proves: 'on a 375 px phone, Add with consent fits the screen and passes axe',
    device: PHONE,
    async run(t) {
        await t.open('no-memberships');
        await mouse.openManage(t);
        await mouse.pickAudience(t, BETA);
        await mouse.giveConsent(t);
        const width = await t.page.evaluate(() => document.documentElement.scrollWidth);
        expect(width <= PHONE.width, `the page is ${width} px wide with the modal open`);
        await t.expectAccessible('phone, Add modal');
    }
};

// ---- the Sync console ----------------------------------------------------------------------------------

const consoleUnschedule: TestCase = {
    name: 'console-unschedule-confirm',
    proves: 'the Sync console asks before unscheduling in a dialog with a name (axe), then makes one unschedule call',
    async run(t) {
        await t.open('sync-console');
        const unschedule = label('MailchimpSyncConsoleUnschedule');
        await (await t.control(consoleCard(t.page).getByRole('button', { name: unschedule }), 'Unschedule')).click();
        const confirm = t.page.getByRole('dialog', { name: label('MailchimpSyncConsoleConfirmUnscheduleTitle') });
        await t.control(confirm, 'the named confirmation dialog');
        await expectText(confirm, label('MailchimpSyncConsoleConfirmUnschedule'), 'what unscheduling means');
        await t.expectAccessible('unschedule confirmation open');
        await confirm.getByRole('button', { name: unschedule }).click();
        await confirm.waitFor({ state: 'detached' });
        await toast(t.page).waitFor();
        await t.settled();
        const calls = await apexCalls(t, 'unschedule');
        expect(calls.length === 1, `expected one unschedule call, saw ${calls.length}`);
        await expectText(consoleCard(t.page).locator('.headline'), label('MailchimpSyncConsoleNotScheduled'), 'status');
    }
};

const consolePhone: TestCase = {
    name: 'console-phone-375',
    proves: 'on a 375 px phone the Sync console stacks each run as labelled lines; nothing scrolls sideways',
    device: PHONE,
    async run(t) {
        await t.open('sync-console');
        const table = consoleCard(t.page).locator('table.runs');
        const scroll = await table.evaluate((el) => el.scrollWidth - (el.parentElement?.clientWidth ?? 0));
        expect(scroll <= 0, `the runs table is ${scroll} px wider than its column`);
        const firstCell = table.locator('tr.run td').first();
        const before = await firstCell.evaluate((el) => getComputedStyle(el, '::before').content);
        expect(
            before === `"${label('MailchimpSyncConsoleColumnStarted')}"`,
            `a stacked cell is labelled ${before}, expected its column name`
        );
        const width = await t.page.evaluate(() => document.documentElement.scrollWidth);
        expect(width <= PHONE.width, `the page is ${width} px wide`);
        await t.expectAccessible('console on a phone');
    }
};

// ---- the Mailchimp Setup page: checklist, Test connection, and the sync actions by mouse and keyboard ----------

const checklistSection = (page: Page) => page.locator('c-mailchimp-sync-console-checklist');
const stepOf = (page: Page, key: string) => checklistSection(page).locator(`li.step[data-key="${key}"]`);
const testConnectionButton = (page: Page) =>
    checklistSection(page).getByRole('button', { name: label('MailchimpSetupTestConnection') });
const consoleButton = (page: Page, name: string) => consoleCard(page).getByRole('button', { name, exact: true });

/** Exactly these Apex calls, and no other, since the log was cleared. */
async function expectOnlyCalls(t: TestContext, methods: string[]): Promise<void> {
    const made = (await t.log()).calls.map((c) => c.method.split('.').pop());
    expect(
        JSON.stringify(made) === JSON.stringify(methods),
        `Apex calls ${JSON.stringify(made)}, expected ${JSON.stringify(methods)}`
    );
}

async function expectStep(page: Page, key: string, state: string, sentence?: string): Promise<void> {
    const step = stepOf(page, key);
    const actual = await step.getAttribute('data-state');
    expect(actual === state, `step ${key} is "${actual}", expected "${state}"`);
    if (sentence) await expectText(step.locator('.sentence'), sentence, `step ${key}`);
}

/** A user on a keyboard or a mouse: presses a button of the setup page. */
interface SetupDriver {
    kind: 'mouse' | 'keyboard';
    press(t: TestContext, button: Locator, name: string): Promise<void>;
}

const setupMouse: SetupDriver = {
    kind: 'mouse',
    async press(t, button, name) {
        await (await t.control(button, name)).click();
    }
};

const setupKeyboard: SetupDriver = {
    kind: 'keyboard',
    async press(t, button, name) {
        await t.control(button, name);
        await tabTo(t.page, isButton(name), name);
        await t.page.keyboard.press('Enter');
    }
};

interface ConnectionCase {
    name: string;
    scenario: ScenarioId;
    connected: boolean;
    /** What the key step (and the live region) must say after the test. */
    keySentence: () => string;
    /** The state of the URL, key and audiences steps after the test. */
    states: [string, string, string];
    /** Where the key step sends the admin to fix it. */
    keyLink?: string;
}

const NAMED_CREDENTIALS_SETUP = '/lightning/setup/NamedCredential/home';

const CONNECTION_CASES: ConnectionCase[] = [
    {
        name: 'not-connected',
        scenario: 'setup-not-connected',
        connected: false,
        keySentence: () => label('MailchimpSetupKeyPlaceholderRejected'),
        states: ['action', 'action', 'unknown'],
        keyLink: NAMED_CREDENTIALS_SETUP
    },
    {
        name: 'no-key',
        scenario: 'setup-no-key',
        connected: false,
        keySentence: () => label('MailchimpSetupKeyNoKey'),
        states: ['done', 'action', 'unknown'],
        keyLink: NAMED_CREDENTIALS_SETUP
    },
    {
        name: 'wrong-data-center',
        scenario: 'setup-wrong-data-center',
        connected: false,
        keySentence: () => fill(label('MailchimpSetupKeyWrongDataCenter'), 'us21'),
        states: ['action', 'action', 'unknown'],
        keyLink: NAMED_CREDENTIALS_SETUP
    },
    {
        name: 'no-principal-access',
        scenario: 'setup-no-access',
        connected: false,
        keySentence: () => label('MailchimpSetupKeyNoPrincipalAccess'),
        states: ['done', 'action', 'unknown'],
        keyLink: '/lightning/setup/PermSets/home'
    },
    {
        name: 'connected',
        scenario: 'sync-console',
        connected: true,
        keySentence: () => fill(label('MailchimpSetupKeyConnected'), 'us21', 'Analytical Engines Ltd'),
        states: ['done', 'done', 'done']
    }
];

const connectionTests: TestCase[] = [setupMouse, setupKeyboard].flatMap((driver) =>
    CONNECTION_CASES.map((c): TestCase => ({
        name: `setup-connection-${c.name}${driver.kind === 'keyboard' ? '-keyboard' : ''}`,
        proves: `Test connection by ${driver.kind} (${c.scenario}): one call, the result and its fix in a live region and on the steps, axe clean`,
        async run(t) {
            await t.open(c.scenario);
            await expectStep(t.page, 'apiKey', 'unknown', label('MailchimpSetupKeyNotTested'));
            await t.clearCalls();

            await driver.press(t, testConnectionButton(t.page), label('MailchimpSetupTestConnection'));
            await t.settled();

            await expectOnlyCalls(t, ['testConnection']);
            expect(
                (await t.log()).toasts.length === 0,
                'a connection test shows its result on the page, not in a toast'
            );
            const result = checklistSection(t.page).locator('.connection-result');
            expect((await result.getAttribute('role')) === 'status', 'the result is announced (role=status)');
            await expectText(
                result,
                `${label(c.connected ? 'MailchimpSetupResultConnected' : 'MailchimpSetupResultFailed')} ${c.keySentence()}`,
                'the test result'
            );
            const [url, key, audiences] = c.states;
            await expectStep(t.page, 'namedCredential', url);
            await expectStep(t.page, 'apiKey', key, c.keySentence());
            await expectStep(t.page, 'audiences', audiences);
            if (c.keyLink) {
                const href = await stepOf(t.page, 'apiKey').locator('a.step-link').getAttribute('href');
                expect(href === c.keyLink, `the key step links to ${href}, expected ${c.keyLink}`);
            }
            if (driver.kind === 'keyboard') {
                const on = await focused(t.page);
                expect(isButton(label('MailchimpSetupTestConnection'))(on), `focus went back to ${on}`);
            }
            await t.expectAccessible(`after Test connection (${c.name})`);
        }
    }))
);

const setupSchedule: TestCase[] = [setupMouse, setupKeyboard].map((driver) => ({
    name: `setup-schedule${driver.kind === 'keyboard' ? '-keyboard' : ''}`,
    proves: `Schedule by ${driver.kind} on a fresh install: one schedule call, the sync and the checklist say scheduled`,
    async run(t) {
        await t.open('setup-not-connected');
        await expectStep(t.page, 'schedule', 'action', label('MailchimpSetupScheduleNotScheduled'));
        await t.clearCalls();

        await driver.press(
            t,
            consoleButton(t.page, label('MailchimpSyncConsoleSchedule')),
            label('MailchimpSyncConsoleSchedule')
        );
        await toast(t.page).waitFor();
        await t.settled();

        await expectOnlyCalls(t, ['schedule']);
        await expectText(toast(t.page), label('MailchimpSyncConsoleToastScheduled'), 'toast');
        await expectText(consoleCard(t.page).locator('.headline'), label('MailchimpSyncConsoleScheduled'), 'status');
        await expectStep(t.page, 'schedule', 'done', label('MailchimpSetupScheduleScheduled'));
        await t.control(consoleButton(t.page, label('MailchimpSyncConsoleUnschedule')), 'Unschedule, now offered');
        if (driver.kind === 'keyboard') {
            const on = await focused(t.page);
            expect(on.startsWith('button|'), `focus is on a button after Schedule, not lost (${on})`);
        }
        await t.expectAccessible('after Schedule');
    }
}));

const setupRunNow: TestCase[] = [setupMouse, setupKeyboard].map((driver) => ({
    name: `setup-run-now${driver.kind === 'keyboard' ? '-keyboard' : ''}`,
    proves: `Run now by ${driver.kind}: one runNow call, the run shows Running, Run now waits, the last-run step follows`,
    async run(t) {
        await t.open('sync-console');
        await t.clearCalls();

        await driver.press(
            t,
            consoleButton(t.page, label('MailchimpSyncConsoleRunNow')),
            label('MailchimpSyncConsoleRunNow')
        );
        await toast(t.page).waitFor();
        await t.settled();

        await expectOnlyCalls(t, ['runNow']);
        await expectText(toast(t.page), label('MailchimpSyncConsoleToastRunStarted'), 'toast');
        await t.control(consoleCard(t.page).locator('.running'), 'the Running badge');
        const runNow = consoleButton(t.page, label('MailchimpSyncConsoleRunNow'));
        expect(await runNow.isDisabled(), 'Run now waits while a run is in progress');
        await expectStep(t.page, 'lastRun', 'unknown', label('MailchimpSetupLastRunRunning'));
        await t.expectAccessible('after Run now');
    }
}));

const setupUnscheduleKeyboard: TestCase = {
    name: 'setup-unschedule-keyboard',
    proves: 'Unschedule with the keyboard alone: the named confirmation dialog, its Unschedule button, one unschedule call',
    async run(t) {
        await t.open('sync-console');
        await t.clearCalls();
        const unschedule = label('MailchimpSyncConsoleUnschedule');

        await setupKeyboard.press(t, consoleButton(t.page, unschedule), unschedule);
        const confirm = t.page.getByRole('dialog', { name: label('MailchimpSyncConsoleConfirmUnscheduleTitle') });
        await t.control(confirm, 'the named confirmation dialog');
        await t.expectAccessible('unschedule confirmation, keyboard');
        await tabTo(t.page, isButton(unschedule), "the dialog's Unschedule button");
        await t.page.keyboard.press('Enter');
        await confirm.waitFor({ state: 'detached' });
        await toast(t.page).waitFor();
        await t.settled();

        await expectOnlyCalls(t, ['unschedule']);
        await expectText(consoleCard(t.page).locator('.headline'), label('MailchimpSyncConsoleNotScheduled'), 'status');
        await expectStep(t.page, 'schedule', 'action', label('MailchimpSetupScheduleNotScheduled'));
    }
};

const setupKeepsTest: TestCase = {
    name: 'setup-test-then-run-now',
    proves: 'a connection test keeps deciding the URL and key steps after a later action, whose answer carries no test',
    async run(t) {
        await t.open('sync-console');
        await setupMouse.press(t, testConnectionButton(t.page), label('MailchimpSetupTestConnection'));
        await t.settled();
        await setupMouse.press(
            t,
            consoleButton(t.page, label('MailchimpSyncConsoleRunNow')),
            label('MailchimpSyncConsoleRunNow')
        );
        await toast(t.page).waitFor();
        await t.settled();

        await expectStep(
            t.page,
            'apiKey',
            'done',
            fill(label('MailchimpSetupKeyConnected'), 'us21', 'Analytical Engines Ltd')
        );
        await expectStep(t.page, 'namedCredential', 'done', fill(label('MailchimpSetupUrlConfirmed'), '', 'us21'));
        await expectStep(t.page, 'lastRun', 'unknown', label('MailchimpSetupLastRunRunning'));
    }
};

const setupNotPermitted: TestCase = {
    name: 'setup-not-permitted',
    proves: 'without Manage Mailchimp Sync: no checklist, no Test connection, no sync buttons, and sentences naming the permission set',
    async run(t) {
        await t.open('setup-not-permitted');
        await expectText(
            consoleCard(t.page).locator('.setup-not-permitted'),
            label('MailchimpSetupNotPermitted'),
            'setup'
        );
        await expectText(
            consoleCard(t.page).locator('.not-permitted'),
            label('MailchimpSyncConsoleNotPermitted'),
            'sync'
        );
        expect((await checklistSection(t.page).count()) === 0, 'no checklist');
        expect(
            (await consoleCard(t.page)
                .getByRole('button', { name: label('MailchimpSetupTestConnection') })
                .count()) === 0,
            'no Test connection'
        );
        expect((await consoleButton(t.page, label('MailchimpSyncConsoleRunNow')).count()) === 0, 'no Run now');
        await t.expectAccessible('not permitted');
    }
};

const setupPhone: TestCase = {
    name: 'setup-phone-375',
    proves: "on a 375 px phone the setup checklist, a failed test's fix and the sync section fit; nothing scrolls sideways; axe clean",
    device: PHONE,
    async run(t) {
        await t.open('setup-not-connected');
        await setupMouse.press(t, testConnectionButton(t.page), label('MailchimpSetupTestConnection'));
        await t.settled();
        await expectStep(t.page, 'apiKey', 'action', label('MailchimpSetupKeyPlaceholderRejected'));
        const width = await t.page.evaluate(() => document.documentElement.scrollWidth);
        expect(width <= PHONE.width, `the page is ${width} px wide`);
        for (const key of ['namedCredential', 'apiKey', 'permissionSets']) {
            const step = await box(stepOf(t.page, key), `step ${key}`);
            expect(step.x >= 0 && step.x + step.width <= PHONE.width, `step ${key} runs off the screen`);
        }
        await t.expectAccessible('setup on a phone');
    }
};

const setupTests: TestCase[] = [
    ...connectionTests,
    ...setupSchedule,
    ...setupRunNow,
    setupUnscheduleKeyboard,
    setupKeepsTest,
    setupNotPermitted,
    setupPhone
];

// ---- the axe gate itself -----------------------------------------------------------------------------------

/**
 * Proves the accessibility gate can fail: a button with no name planted next to the card must make
 * expectAccessible throw, naming the rule. Without this, an axe set-up that checked nothing would pass every test.
 */
const axeCatchesPlantedViolation: TestCase = {
    name: 'axe-gate-fails-on-a-planted-violation',
    proves: 'expectAccessible throws on a nameless button planted beside the card (the gate is not a no-op)',
    async run(t) {
        await t.open('several-audiences');
        await t.expectAccessible('before planting');
        await t.page.evaluate(() => {
            const planted = document.createElement('button');
            planted.id = 'planted-nameless-button';
            document.body.appendChild(planted);
        });
        let failure = '';
        try {
            await t.expectAccessible('with the planted button');
        } catch (error) {
            failure = (error as Error).message;
        }
        expect(failure.includes('button-name'), `axe did not report the planted button: "${failure}"`);
        expect(failure.includes('planted-nameless-button'), `axe did not name the planted node: "${failure}"`);
    }
};

// ---- every scenario, axe at every impact ---------------------------------------------------------------

/** What each scenario must say on screen besides passing axe. */
const STATE_TEXT: Partial<Record<ScenarioId, () => string>> = {
    'no-memberships': () => label('MailchimpMembershipEmpty'),
    'no-email': () => label('MailchimpMembershipNoEmail'),
    'not-configured': () => label('MailchimpMembershipNotConfigured'),
    'server-error': () => errorMailchimp.body.message.replace(/^[A-Z_]+: /, ''),
    'read-only': () => label('MailchimpMembershipReadOnly'),
    'sync-console': () => label('MailchimpSyncConsoleScheduled'),
    'setup-not-connected': () => fill(label('MailchimpSetupUrlPlaceholder'), 'https://us1.api.mailchimp.com/3.0'),
    'setup-no-key': () => label('MailchimpSetupKeyNotTested'),
    'setup-wrong-data-center': () => fill(label('MailchimpSetupUrlSet'), '', 'us21'),
    'setup-no-access': () => label('MailchimpSetupKeyNotTested'),
    'setup-not-permitted': () => label('MailchimpSetupNotPermitted'),
    'bulk-opt-out': () => fill(label('MailchimpBulkPeopleSelected'), 37, 30, 7)
};

const webhookScenarios: readonly string[] = WEBHOOK_SCENARIO_IDS;
// The webhook scenarios have their own accessibility tests (webhook-tests.ts).
const accessibility: TestCase[] = SCENARIO_IDS.filter((scenario) => !webhookScenarios.includes(scenario)).map(
    (scenario) => ({
        name: `a11y-${scenario}`,
        proves: `scenario ${scenario} renders its state; axe finds no violation at any impact`,
        async run(t: TestContext) {
            await t.open(scenario);
            const onSetupPage = scenario === 'sync-console' || scenario.startsWith('setup-');
            const root = onSetupPage
                ? consoleCard(t.page)
                : scenario === 'bulk-opt-out'
                  ? bulkCard(t.page)
                  : card(t.page);
            await root.locator('li, p, .error').first().waitFor();
            const text = STATE_TEXT[scenario]?.();
            if (text) await expectText(root, text, `${scenario} state`);
            if (scenario === 'server-error') {
                await expectText(card(t.page), label('MailchimpMembershipErrorTitle'), 'error title');
                expect((await card(t.page).locator('.summary').count()) === 0, 'no count on error');
            }
            await t.expectAccessible(scenario);
        }
    })
);

// ---- Bulk opt-out from a list view (issue 14) ----------------------------------------------------------

const bulkCard = (page: Page) => page.locator('c-mailchimp-bulk-opt-out');
const bulkHeading = (page: Page) => bulkCard(page).locator('[data-step-heading]');
const NEWSLETTER_ID = bulkDraft.audiences.find((a) => a.name === NEWSLETTER)!.id;
const EVENTS_ID = bulkDraft.audiences.find((a) => a.name === EVENTS)!.id;

interface BulkDriver {
    kind: 'mouse' | 'keyboard';
    chooseScope(t: TestContext, scope: 'every' | 'chosen'): Promise<void>;
    tick(t: TestContext, audience: string): Promise<void>;
    press(t: TestContext, buttonLabel: string): Promise<void>;
}

const SCOPE_LABEL = {
    every: () => label('MailchimpBulkScopeEvery'),
    chosen: () => label('MailchimpBulkScopeChosen')
};

const bulkMouse: BulkDriver = {
    kind: 'mouse',
    async chooseScope(t, scope) {
        const option = bulkCard(t.page).locator('label').filter({ hasText: SCOPE_LABEL[scope]() });
        await (await t.control(option, `the "${SCOPE_LABEL[scope]()}" choice`)).click();
    },
    async tick(t, audience) {
        const option = bulkCard(t.page).locator('label').filter({ hasText: audience });
        await (await t.control(option, `the ${audience} checkbox`)).click();
    },
    async press(t, buttonLabel) {
        await (await t.control(bulkCard(t.page).getByRole('button', { name: buttonLabel }), buttonLabel)).click();
    }
};

const bulkKeyboard: BulkDriver = {
    kind: 'keyboard',
    async chooseScope(t, scope) {
        const wanted = SCOPE_LABEL[scope]();
        await t.control(bulkCard(t.page).locator('label').filter({ hasText: wanted }), `the "${wanted}" choice`);
        await tabTo(t.page, (d) => d.startsWith('input|radio|'), 'the audience choice');
        for (let presses = 0; presses < 3 && !(await focused(t.page)).includes(`|${wanted}|`); presses += 1) {
            await t.page.keyboard.press('ArrowDown');
        }
        expect((await focused(t.page)).includes(`|${wanted}|`), `arrow keys never reached "${wanted}"`);
    },
    async tick(t, audience) {
        await t.control(bulkCard(t.page).locator('label').filter({ hasText: audience }), `the ${audience} checkbox`);
        await tabTo(
            t.page,
            (d) => d.startsWith('input|checkbox|') && d.includes(`|${audience}|`),
            `the ${audience} box`
        );
        await t.page.keyboard.press('Space');
    },
    async press(t, buttonLabel) {
        await t.control(bulkCard(t.page).getByRole('button', { name: buttonLabel }), buttonLabel);
        await tabTo(t.page, isButton(buttonLabel), `the ${buttonLabel} button`);
        await t.page.keyboard.press('Enter');
    }
};

async function expectHeading(t: TestContext, text: string, what: string, timeout = 3000): Promise<void> {
    await t.control(bulkHeading(t.page).filter({ hasText: text }), what, timeout);
}

/** Start → Running; the page reads the job again 3 s later and finds it Completed. */
async function followToSummary(t: TestContext): Promise<void> {
    await expectHeading(t, label('MailchimpBulkRunningTitle'), 'the progress step');
    await expectText(
        bulkCard(t.page).locator('.progress'),
        fill(label('MailchimpBulkProgress'), bulkRunning.peopleProcessed, bulkRunning.peopleRequested),
        'progress'
    );
    await t.expectAccessible('bulk opt-out running');
    await t.screenshot('bulk-opt-out-running.png');
    await expectHeading(t, label('MailchimpBulkSummaryTitle'), 'the summary after the next read', 6000);
    await t.settled();
}

async function expectSummary(t: TestContext): Promise<void> {
    const counts = bulkCard(t.page).locator('dd[data-count]');
    expect((await counts.count()) === 6, 'six counts, one per outcome');
    await expectText(
        bulkCard(t.page).locator('dd[data-count="succeeded"]'),
        String(bulkCompleted.succeeded),
        'opted out'
    );
    await expectText(bulkCard(t.page).locator('dd[data-count="failed"]'), String(bulkCompleted.failed), 'failed');
    const problems = bulkCard(t.page).locator('tr.problem');
    expect((await problems.count()) === bulkCompleted.problems.length, 'one row per problem');
    await expectText(problems.first(), bulkCompleted.problems[0].personName!, 'the person who needs attention');
    await expectText(problems.first(), 'looks fake or invalid', "with Mailchimp's reason");
    await t.control(bulkCard(t.page).getByRole('link', { name: bulkCompleted.files[0].title }), 'the result file');
    await t.expectAccessible('bulk opt-out summary');
}

async function bulkStartCalls(t: TestContext): Promise<Record<string, unknown>[]> {
    return apexCalls(t, 'start');
}

function bulkFlow(name: string, proves: string, run: (t: TestContext, d: BulkDriver) => Promise<void>): TestCase[] {
    return [bulkMouse, bulkKeyboard].map((driver) => ({
        name: driver.kind === 'mouse' ? name : `${name}-keyboard`,
        proves: `${proves} (${driver.kind})`,
        run: (t: TestContext) => run(t, driver)
    }));
}

const bulkTests: TestCase[] = [
    ...bulkFlow(
        'bulk-opt-out-every-audience',
        'select → choose every audience → confirm (how many, which) → progress → summary with counts, problems, files',
        async (t, driver) => {
            await t.open('bulk-opt-out');
            await expectText(
                bulkCard(t.page).locator('.people'),
                fill(label('MailchimpBulkPeopleSelected'), 37, 30, 7),
                'who'
            );
            await t.expectAccessible('bulk opt-out choose');
            await t.screenshot('bulk-opt-out-choose.png');
            await driver.press(t, label('MailchimpBulkNext'));
            await expectHeading(t, label('MailchimpBulkConfirmTitle'), 'the confirmation');
            await expectText(
                bulkCard(t.page).locator('.confirm-text'),
                fill(label('MailchimpBulkConfirmEvery'), 37),
                'what'
            );
            await t.expectAccessible('bulk opt-out confirm');
            await driver.press(t, label('MailchimpBulkOptOutButton'));
            await followToSummary(t);
            const calls = await bulkStartCalls(t);
            expect(calls.length === 1, `expected one start call, saw ${calls.length}`);
            expect(
                JSON.stringify(calls[0].audienceIds) === '[]',
                `every audience sends none: ${JSON.stringify(calls[0].audienceIds)}`
            );
            await expectSummary(t);
            await t.screenshot('bulk-opt-out-summary.png');
        }
    ),
    ...bulkFlow(
        'bulk-opt-out-chosen-audiences',
        'choose two audiences: the confirmation names them, one start call with exactly those',
        async (t, driver) => {
            await t.open('bulk-opt-out');
            await driver.chooseScope(t, 'chosen');
            await driver.press(t, label('MailchimpBulkNext'));
            await expectText(
                bulkCard(t.page).locator('.choice-error'),
                label('MailchimpBulkNoneChosen'),
                'none chosen'
            );
            await t.expectAccessible('bulk opt-out nothing chosen');
            await driver.tick(t, NEWSLETTER);
            await driver.tick(t, EVENTS);
            await driver.press(t, label('MailchimpBulkNext'));
            await expectText(
                bulkCard(t.page).locator('.confirm-text'),
                fill(label('MailchimpBulkConfirmChosen'), 37, `${NEWSLETTER}, ${EVENTS}`),
                'the audiences named'
            );
            await t.screenshot(`bulk-opt-out-confirm-${driver.kind}.tmp.png`);
            await driver.press(t, label('MailchimpBulkOptOutButton'));
            await followToSummary(t);
            const calls = await bulkStartCalls(t);
            expect(calls.length === 1, `expected one start call, saw ${calls.length}`);
            const sent = [...((calls[0].audienceIds as string[]) ?? [])].sort();
            expect(
                JSON.stringify(sent) === JSON.stringify([NEWSLETTER_ID, EVENTS_ID].sort()),
                `start sent ${JSON.stringify(sent)}`
            );
            await expectText(bulkCard(t.page).locator('.audience-names'), `${EVENTS}, ${NEWSLETTER}`, 'audiences');
        }
    ),
    ...bulkFlow(
        'bulk-opt-out-back',
        'Back from the confirmation keeps the choice; nothing is started',
        async (t, driver) => {
            await t.open('bulk-opt-out');
            await driver.chooseScope(t, 'chosen');
            await driver.tick(t, EVENTS);
            await driver.press(t, label('MailchimpBulkNext'));
            await driver.press(t, label('MailchimpBulkBack'));
            await expectHeading(t, label('MailchimpBulkPageTitle'), 'the choice again');
            const ticked = bulkCard(t.page).locator('input[type="checkbox"]:checked');
            expect((await ticked.count()) === 1, 'the ticked audience is still ticked');
            expect((await bulkStartCalls(t)).length === 0, 'nothing started');
        }
    ),
    {
        name: 'bulk-opt-out-phone-375',
        proves: 'on a 375 px phone the summary stacks its problems table and nothing scrolls sideways',
        device: PHONE,
        async run(t) {
            await t.open('bulk-opt-out');
            await bulkMouse.press(t, label('MailchimpBulkNext'));
            await bulkMouse.press(t, label('MailchimpBulkOptOutButton'));
            await followToSummary(t);
            const width = await t.page.evaluate(() => document.documentElement.scrollWidth);
            expect(width <= PHONE.width, `the page is ${width} px wide`);
            await t.expectAccessible('bulk opt-out on a phone');
        }
    }
];

export const TESTS: TestCase[] = [
    renders,
    screenReader,
    statusHelp,
    statusHelpTouch,
    refresh,
    ...flowTests,
    readOnly,
    focusAfterOptOut,
    slow,
    ...layouts,
    phoneModal,
    consoleUnschedule,
    consolePhone,
    ...setupTests,
    axeCatchesPlantedViolation,
    ...accessibility,
    ...WEBHOOK_TESTS,
    ...bulkTests
];

// ---- People (issue 15): person and business account pages, an email change in conflict, Archive and Forget -----

import personAccount from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/personAccount.json';
import businessAccount from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/businessAccount.json';
import emailConflict from '../../force-app/main/default/lwc/mailchimpMembership/__tests__/data/emailConflict.json';

const adminMenu = (page: Page) => card(page).getByRole('button', { name: label('MailchimpMembershipMoreActions') });
const confirmWord = () => label('MailchimpForgetConfirmWord');
const confirmInput = (page: Page) =>
    dialog(page).getByRole('textbox', { name: fill(label('MailchimpForgetModalTypeLabel'), confirmWord()) });

interface AdminDriver {
    kind: 'mouse' | 'keyboard';
    /** Opens the card's "More Mailchimp actions" menu and chooses an item. */
    choose(t: TestContext, item: string): Promise<void>;
    /** Types into the forget modal's confirmation field. */
    type(t: TestContext, text: string): Promise<void>;
    driver: Driver;
}

const adminMouse: AdminDriver = {
    kind: 'mouse',
    driver: mouse,
    async choose(t, item) {
        await (await t.control(adminMenu(t.page), 'the More Mailchimp actions menu')).click();
        await (await t.control(t.page.getByRole('menuitem', { name: item }), `the "${item}" menu item`)).click();
        await t.control(dialog(t.page), `the ${item} modal`);
    },
    async type(t, text) {
        const input = await t.control(confirmInput(t.page), 'the confirmation field');
        await input.click();
        await input.fill('');
        await t.page.keyboard.type(text);
    }
};

const adminKeyboard: AdminDriver = {
    kind: 'keyboard',
    driver: keyboard,
    async choose(t, item) {
        const menuName = label('MailchimpMembershipMoreActions');
        await t.control(adminMenu(t.page), 'the More Mailchimp actions menu');
        await tabTo(t.page, (d) => d.startsWith('button|') && d.includes(menuName), 'the More Mailchimp actions menu');
        await t.page.keyboard.press('Enter');
        await t.control(t.page.getByRole('menuitem', { name: item }), `the "${item}" menu item`);
        for (let presses = 0; presses < 4 && !(await focused(t.page)).includes(item); presses += 1) {
            await t.page.keyboard.press('ArrowDown');
        }
        expect((await focused(t.page)).includes(item), `the arrow keys never reached "${item}"`);
        await t.page.keyboard.press('Enter');
        await t.control(dialog(t.page), `the ${item} modal`);
    },
    async type(t, text) {
        await t.control(confirmInput(t.page), 'the confirmation field');
        if (!(await focused(t.page)).startsWith('input|text|')) {
            await tabTo(t.page, (d) => d.startsWith('input|text|'), 'the confirmation field');
        }
        await t.page.keyboard.press('Control+A');
        await t.page.keyboard.press('Backspace');
        await t.page.keyboard.type(text);
    }
};

async function apexCall(t: TestContext, method: string): Promise<Record<string, unknown>> {
    const calls = await apexCalls(t, method);
    expect(calls.length === 1, `expected one ${method} call, saw ${calls.length}`);
    return calls[0];
}

interface AdminFlow {
    name: string;
    proves: string;
    run(t: TestContext, admin: AdminDriver): Promise<void>;
}

const archiveFlow: AdminFlow = {
    name: 'archive-person-account',
    proves: 'on a person account, More Mailchimp actions → Archive: the difference from opting out in one sentence, one archive call, that row Archived',
    async run(t, admin) {
        await t.open('person-account');
        await admin.choose(t, label('MailchimpArchiveMenuItem'));
        await expectText(dialog(t.page), label('MailchimpArchiveModalDifference'), 'how archiving differs');
        await admin.driver.tickAudience(t, NEWSLETTER);
        await t.expectAccessible('archive modal, one audience ticked');
        await admin.driver.confirm(t, label('MailchimpArchiveModalConfirm'));
        await afterConfirm(t);
        const newsletter = personAccount.memberships.find((m) => m.audienceName === NEWSLETTER)!;
        const call = await apexCall(t, 'archive');
        expect(call.recordId === personAccount.recordId, `archive for ${String(call.recordId)}, expected the account`);
        expect(
            JSON.stringify(call.audienceIds) === JSON.stringify([newsletter.audienceId]),
            `archive of ${JSON.stringify(call.audienceIds)}, expected only ${NEWSLETTER}`
        );
        await expectText(toast(t.page), label('MailchimpArchiveToastDone'), 'toast title');
        await expectStatus(t.page, NEWSLETTER, 'Archived');
        await expectStatus(t.page, PRODUCT_UPDATES, 'Unsubscribed');
        await t.expectAccessible('archived, toast shown');
    }
};

const forgetFlow: AdminFlow = {
    name: 'forget-typed-confirmation',
    proves: 'More Mailchimp actions → Forget: the warning, the button disabled until the word is typed, one forgetPerson call with it, the card emptied',
    async run(t, admin) {
        await t.open('person-account');
        await admin.choose(t, label('MailchimpForgetMenuItem'));
        await expectText(
            dialog(t.page),
            fill(label('MailchimpForgetModalWarning'), personAccount.personName),
            'what cannot be undone'
        );
        await expectText(dialog(t.page), label('MailchimpForgetModalKeeps'), 'what Salesforce keeps');
        const forget = await t.control(
            dialog(t.page).getByRole('button', { name: label('MailchimpForgetModalConfirm') }),
            'the Forget permanently button'
        );
        expect(await forget.isDisabled(), 'Forget permanently must be disabled before anything is typed');
        await t.expectAccessible('forget modal, nothing typed');
        await admin.type(t, `${confirmWord()}X`);
        expect(await forget.isDisabled(), 'Forget permanently must stay disabled for another word');
        await admin.type(t, confirmWord());
        // The button follows the typing on the next render.
        for (let waits = 0; waits < 40 && (await forget.isDisabled()); waits += 1) {
            await t.page.waitForTimeout(25);
        }
        expect(!(await forget.isDisabled()), 'Forget permanently must be enabled once the word is typed');
        await t.expectAccessible('forget modal, word typed');
        await admin.driver.confirm(t, label('MailchimpForgetModalConfirm'));
        await afterConfirm(t);
        const call = await apexCall(t, 'forgetPerson');
        expect(call.confirmation === confirmWord(), `forgetPerson sent "${String(call.confirmation)}"`);
        expect(call.recordId === personAccount.recordId, "forgetPerson for the account page's record");
        await expectText(toast(t.page), label('MailchimpForgetToastDone'), 'toast title');
        await expectText(card(t.page), label('MailchimpMembershipEmpty'), 'the card after the forget');
        await t.expectAccessible('forgotten, toast shown');
    }
};

const accountPages: TestCase = {
    name: 'person-and-business-account-pages',
    proves: "a person account page shows its person contact's memberships with Manage and the admin menu; a business account says why it shows none",
    async run(t) {
        await t.open('person-account');
        const rows = await rowsOnScreen(t.page);
        expect(
            rows.length === personAccount.memberships.length,
            `expected ${personAccount.memberships.length} rows on the person account, saw ${rows.length}`
        );
        await t.control(manageButton(t.page), 'the Manage button');
        await t.control(adminMenu(t.page), 'the More Mailchimp actions menu');
        await t.expectAccessible('person account');
        await t.open('business-account');
        await expectText(card(t.page).locator('.not-a-person'), businessAccount.notAPerson, 'the business account');
        expect((await manageButton(t.page).count()) === 0, 'no Manage on a business account');
        expect((await adminMenu(t.page).count()) === 0, 'no admin menu on a business account');
        expect(await refreshButton(t.page).isDisabled(), 'nothing to refresh on a business account');
        await t.expectAccessible('business account');
    }
};

const conflictShown: TestCase = {
    name: 'email-change-conflict-shown',
    proves: 'a row says which new address waits to be sent; another says Mailchimp already has it there and what to do',
    async run(t) {
        await t.open('email-conflict');
        const newAddress = emailConflict.email;
        await expectText(
            row(t.page, EVENTS).locator('.pending-email'),
            fill(label('MailchimpMembershipEmailPending'), newAddress),
            'the waiting address'
        );
        await expectText(
            row(t.page, NEWSLETTER).locator('.email-conflict'),
            fill(label('MailchimpMembershipEmailConflict'), newAddress),
            'the conflict and what to do'
        );
        await t.expectAccessible('email change in conflict');
    }
};

Object.assign(STATE_TEXT, {
    'business-account': () => businessAccount.notAPerson,
    'email-conflict': () => fill(label('MailchimpMembershipEmailConflict'), emailConflict.email)
});

TESTS.push(
    accountPages,
    conflictShown,
    ...[archiveFlow, forgetFlow].flatMap((flow) =>
        [adminMouse, adminKeyboard].map((admin) => ({
            name: admin.kind === 'mouse' ? flow.name : `${flow.name}-keyboard`,
            proves: `${flow.proves} (${admin.kind === 'mouse' ? 'mouse' : 'keyboard only'})`,
            run: (t: TestContext) => flow.run(t, admin)
        }))
    )
);
