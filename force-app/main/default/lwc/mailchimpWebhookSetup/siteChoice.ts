/**
 * Which Site the webhook goes to: the options of the Site picker, the default choice, the check of a pasted
 * Site URL (the same rules Apex applies, so the admin hears about a mistake before any server call), what the
 * page says about the chosen Site, and the URL preview (never with the secret).
 */
import type { Labels } from './labels';

type Setup = MailchimpWebhookSetupApi.Setup;
type SiteOption = MailchimpWebhookSetupApi.SiteOption;

/** The picker's value for "Another URL…" (paste one). */
export const OTHER = '__other__';
/** Longest base URL Apex accepts (MailchimpWebhookUrls.MAX_BASE_LENGTH). */
export const MAX_BASE_LENGTH = 150;

export interface PickerOption {
    label: string;
    value: string;
}

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

export interface Note {
    text: string;
    /** ok: done; warning: needs action; unknown: could not be checked. */
    tone: 'ok' | 'warning' | 'unknown';
    iconName: string;
}

/** Sites with a secure URL, then "Another URL…". */
export function siteOptions(sites: SiteOption[], labels: Pick<Labels, 'siteOther'>): PickerOption[] {
    const options = sites
        .filter((site) => Boolean(site.baseUrl))
        .map((site) => ({ label: `${site.label} (${site.baseUrl})`, value: site.baseUrl as string }));
    return [...options, { label: labels.siteOther, value: OTHER }];
}

/**
 * The Site to preselect: the one an audience's webhook already uses, else the first active Site with a secure
 * URL, else nothing (the admin pastes one). A used base URL that is not one of the listed Sites is pasted.
 */
export function defaultChoice(setup: Setup): { choice: string | undefined; pasted: string } {
    const used = setup.audiences.find((audience) => audience.siteBaseUrl)?.siteBaseUrl ?? undefined;
    const listed = new Set(setup.sites.map((site) => site.baseUrl).filter(Boolean));
    if (used) {
        return listed.has(used) ? { choice: used, pasted: '' } : { choice: OTHER, pasted: used };
    }
    const active = setup.sites.find((site) => site.active && site.baseUrl);
    return { choice: active?.baseUrl ?? undefined, pasted: '' };
}

/** Checks a Site base URL and returns it without a trailing slash (MailchimpWebhookUrls.normalizeBase). */
export function checkSiteUrl(
    raw: string | undefined,
    labels: Pick<Labels, 'errorNoSite' | 'errorNotHttps' | 'errorBadSiteUrl'>
): UrlCheck {
    const text = (raw ?? '').trim().replace(/\/+$/, '');
    if (!text) {
        return { ok: false, message: labels.errorNoSite };
    }
    if (!/^https:\/\//i.test(text)) {
        return { ok: false, message: labels.errorNotHttps };
    }
    const authority = text.slice('https://'.length).split('/')[0];
    const plain =
        text.length <= MAX_BASE_LENGTH &&
        !/\/services\//i.test(text) &&
        !/[\s?#@]/.test(text) &&
        !authority.includes(':') &&
        authority.includes('.') &&
        !authority.startsWith('.') &&
        !authority.endsWith('.');
    return plain ? { ok: true, url: text } : { ok: false, message: labels.errorBadSiteUrl };
}

/** What the page says about the chosen Site: active, secure URL, guest permission set. */
export function siteNotes(
    site: SiteOption | undefined,
    labels: Pick<Labels, 'siteInactive' | 'siteNoUrl' | 'guestGranted' | 'guestMissing' | 'guestUnknown'>
): Note[] {
    if (!site) {
        return [];
    }
    const notes: Note[] = [];
    if (!site.active) {
        notes.push(warning(labels.siteInactive));
    }
    if (!site.baseUrl) {
        notes.push(warning(labels.siteNoUrl));
    }
    notes.push(accessNote(site.guestAccess, labels.guestGranted, labels.guestMissing, labels.guestUnknown));
    return notes;
}

/** Whether the user processing webhooks can read Mailchimp. */
export function processorNote(
    access: MailchimpWebhookSetupApi.Access,
    labels: Pick<Labels, 'processorGranted' | 'processorMissing' | 'processorUnknown'>
): Note {
    return accessNote(access, labels.processorGranted, labels.processorMissing, labels.processorUnknown);
}

/** The URL Mailchimp will call, up to the secret (which nobody sees). */
export function urlPreview(baseUrl: string | undefined, receiverPath: string, template: string): string {
    if (!baseUrl) {
        return '';
    }
    return template.replace('{0}', baseUrl).replace('{1}', receiverPath);
}

function accessNote(access: string, granted: string, missing: string, unknown: string): Note {
    if (access === 'granted') {
        return { text: granted, tone: 'ok', iconName: 'utility:success' };
    }
    if (access === 'missing') {
        return warning(missing);
    }
    return { text: unknown, tone: 'unknown', iconName: 'utility:question' };
}

function warning(text: string): Note {
    return { text, tone: 'warning', iconName: 'utility:warning' };
}
