/**
 * The workbench page: a Contact record page laid out like Lightning Experience, with the real
 * `c-mailchimp-membership` in the sidebar (or, with `?layout=main`, in the main column; `?sidebar=360` sets the
 * sidebar's width), or an app page with the real `c-mailchimp-sync-console` (the Mailchimp Setup page) or
 * `c-mailchimp-webhook-setup` (the Mailchimp Webhooks section). The scenario comes from `?scenario=`.
 */
// Synthetic shadow first, as on the platform: without it the component's own slds-* classes stop applying.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import Toast from 'lightning/toast';
import MailchimpMembership from 'c/mailchimpMembership';
import MailchimpSyncConsole from 'c/mailchimpSyncConsole';
import MailchimpWebhookSetup from 'c/mailchimpWebhookSetup';
import MailchimpBulkOptOut from 'c/mailchimpBulkOptOut';
import { log, scenario } from './platform/session';
import { PLATFORM_TOAST_EVENT, type ShowToastConfig } from './platform/lightning/platformShowToastEvent';
import { runRefreshHandlers } from './platform/lightning/refresh';
import { SCENARIOS } from './scenarios';

function byId<T extends HTMLElement>(id: string): T {
    const element = document.getElementById(id);
    if (!element) throw new Error(`workbench page: #${id} is missing`);
    return element as T;
}

const params = new URLSearchParams(window.location.search);
const layout = params.get('layout') === 'main' ? 'main' : 'sidebar';

/** Reloads the page with one query parameter changed, keeping the others. */
function reloadWith(name: string, value: string): void {
    const url = new URL(window.location.href);
    url.searchParams.set(name, value);
    window.location.assign(url.toString());
}

function renderControls(): void {
    const select = byId<HTMLSelectElement>('wb-scenario');
    for (const option of SCENARIOS) {
        select.add(new Option(option.title, option.id, false, option.id === scenario.id));
    }
    select.addEventListener('change', () => reloadWith('scenario', select.value));
    const place = byId<HTMLSelectElement>('wb-layout');
    place.value = layout;
    place.disabled = scenario.component !== 'membership';
    place.addEventListener('change', () => reloadWith('layout', place.value));
    byId('wb-scenario-description').textContent = scenario.description;
}

/** `?sidebar=360`: the sidebar's width in pixels, as a record page gives it at a given window size. */
function applySidebarWidth(): void {
    const width = Number(params.get('sidebar'));
    if (Number.isFinite(width) && width >= 200 && width <= 1200) {
        document.documentElement.style.setProperty('--wb-sidebar-width', `${width}px`);
    }
}

function renderRecord(): void {
    const { fields } = scenario.record;
    byId('wb-record-name').textContent = String(fields.Name ?? '');
    const show = (value: unknown) => (value === null || value === undefined || value === '' ? '' : String(value));
    const highlights: [string, unknown][] = [
        ['Title', fields.Title],
        ['Account Name', fields['Account.Name']],
        ['Phone', fields.Phone],
        ['Email', fields.Email]
    ];
    byId('wb-highlights').replaceChildren(
        ...highlights.map(([label, value]) => {
            const item = document.createElement('li');
            item.className = 'slds-page-header__detail-block';
            const title = document.createElement('div');
            title.className = 'slds-text-title slds-truncate';
            title.textContent = label;
            const text = document.createElement('div');
            text.className = 'slds-truncate';
            text.textContent = show(value);
            item.append(title, text);
            return item;
        })
    );
    const details = byId('wb-details');
    for (const [label, value] of [['Name', fields.Name], ...highlights, ['Contact Owner', 'Wendy Workbench']]) {
        const term = document.createElement('dt');
        term.className = 'slds-item_label slds-truncate';
        term.textContent = String(label);
        const definition = document.createElement('dd');
        definition.className = 'slds-item_detail slds-truncate';
        definition.textContent = show(value);
        details.append(term, definition);
    }
}

/** Lightning Experience shows a toast for ShowToastEvent; here the base components' real toast does. */
function listenForPageEvents(): void {
    let forwarding = false;
    window.addEventListener(
        PLATFORM_TOAST_EVENT,
        (event) => {
            if (forwarding) return;
            const detail = (event as CustomEvent).detail as
                (ShowToastConfig & { label?: string; toast?: unknown }) | undefined;
            if (!detail) return;
            if (detail.toast) {
                // lightning/toast's own event: its container (on document.body) displays it.
                log.toasts.push({
                    title: String(detail.label ?? ''),
                    message: detail.message,
                    variant: detail.variant,
                    mode: detail.mode,
                    via: 'lightning/toast'
                });
                return;
            }
            event.stopPropagation();
            log.toasts.push({ ...detail, via: 'lightning/platformShowToastEvent' });
            forwarding = true;
            try {
                Toast.show(
                    {
                        label: detail.title,
                        message: detail.message,
                        variant: detail.variant,
                        // lightning/toast has no "pester" mode: Lightning shows pester toasts as dismissible ones.
                        mode: detail.mode === 'pester' ? 'dismissible' : detail.mode
                    },
                    document.body
                );
            } finally {
                forwarding = false;
            }
        },
        { capture: true }
    );
    window.addEventListener('lightning__refreshevent', () => {
        log.refreshEvents += 1;
        void runRefreshHandlers();
    });
}

/** Shows the app page (no record) with one component on it. */
function showAppPage(title: string, element: HTMLElement): void {
    byId('wb-record-page').hidden = true;
    byId('wb-app-page').hidden = false;
    byId('wb-app-title').textContent = title;
    document.title = `${title} | Mailchimp Membership workbench`;
    byId('wb-app-slot').appendChild(element);
}

function mountComponent(): void {
    if (scenario.component === 'bulkOptOut') {
        // The Mailchimp Bulk Opt-Out tab, opened by a list button with the draft job the selection was kept in.
        const element = createElement('c-mailchimp-bulk-opt-out', { is: MailchimpBulkOptOut });
        Object.assign(element, { jobId: scenario.jobId });
        showAppPage('Mailchimp Bulk Opt-Out', element);
        return;
    }
    if (scenario.component === 'syncConsole') {
        showAppPage('Mailchimp Setup', createElement('c-mailchimp-sync-console', { is: MailchimpSyncConsole }));
        return;
    }
    if (scenario.component === 'webhookSetup') {
        showAppPage('Mailchimp Webhooks', createElement('c-mailchimp-webhook-setup', { is: MailchimpWebhookSetup }));
        return;
    }
    const element = createElement('c-mailchimp-membership', { is: MailchimpMembership });
    Object.assign(element, { recordId: scenario.record.id, objectApiName: scenario.record.objectApiName });
    byId(layout === 'main' ? 'wb-main-slot' : 'wb-component-slot').appendChild(element);
}

renderControls();
applySidebarWidth();
renderRecord();
listenForPageEvents();
mountComponent();
