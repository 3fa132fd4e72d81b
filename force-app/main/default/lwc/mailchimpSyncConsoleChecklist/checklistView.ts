/**
 * Checklist item → what the page says. Apex decides each step's state and reason (MailchimpSetupChecklist); this
 * module turns the reason into one sentence with its fix (custom labels), the facts under it, and the Setup link
 * where Salesforce has one. Also: which steps a connection test keeps deciding after later reads.
 */
import type { Labels } from './labels';

type Item = MailchimpSyncConsoleApi.ChecklistItem;
type State = MailchimpSyncConsoleApi.ChecklistState;

/** Setup pages, relative to the org: they work in any org and under any namespace. */
export const SETUP_URLS = {
    namedCredentials: '/lightning/setup/NamedCredential/home',
    permissionSets: '/lightning/setup/PermSets/home'
};

/** Apex stops counting Sync Problems here (MailchimpSetupSelector.MAX_COUNTED_PROBLEMS). */
export const MAX_COUNTED_PROBLEMS = 10000;

export interface Line {
    key: string;
    text: string;
}

export interface Link {
    url: string;
    label: string;
}

export interface StepView {
    key: string;
    state: State;
    stateLabel: string;
    iconName: string;
    iconVariant: string;
    badgeClass: string;
    title: string;
    /** One sentence: what is so and, unless done, what to do. Empty for a reason this version does not know. */
    sentence: string;
    lines: Line[];
    hasLines: boolean;
    /** ISO date-time shown after atLabel (next run, run start, test time); null when none. */
    at: string | null;
    atLabel: string;
    /** Mailchimp's or the platform's own words, or the run's first error, prefixed; empty when none. */
    detail: string;
    link: Link | null;
}

export interface ConnectionSummary {
    connected: boolean;
    headline: string;
    sentence: string;
}

const STATE_LOOK: Record<State, { iconName: string; iconVariant: string; badgeClass: string }> = {
    done: { iconName: 'utility:success', iconVariant: 'success', badgeClass: 'slds-badge slds-theme_success' },
    action: { iconName: 'utility:warning', iconVariant: 'warning', badgeClass: 'slds-badge slds-theme_warning' },
    unknown: { iconName: 'utility:help', iconVariant: '', badgeClass: 'slds-badge' }
};

/** Replaces {0}, {1}… in a custom label. */
export function formatLabel(template: string, ...values: Array<string | number>): string {
    return template.replace(/\{(\d+)\}/g, (match, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? match : String(value);
    });
}

/** PLACEHOLDER_REJECTED → PlaceholderRejected: the label suffix of a reason. */
export function labelSuffix(reason: string): string {
    return reason
        .toLowerCase()
        .split('_')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join('');
}

/** Label-name prefix of each step's sentences (MailchimpSetupUrl…, MailchimpSetupKey…), as keys of LABELS. */
const SENTENCE_PREFIX: Record<MailchimpSyncConsoleApi.ChecklistKey, string> = {
    namedCredential: 'url',
    apiKey: 'key',
    audiences: 'audiences',
    permissionSets: 'permissionSets',
    schedule: 'schedule',
    lastRun: 'lastRun',
    syncProblems: 'problems'
};

const TITLE: Record<MailchimpSyncConsoleApi.ChecklistKey, keyof Labels> = {
    namedCredential: 'itemNamedCredential',
    apiKey: 'itemApiKey',
    audiences: 'itemAudiences',
    permissionSets: 'itemPermissionSets',
    schedule: 'itemSchedule',
    lastRun: 'itemLastRun',
    syncProblems: 'itemSyncProblems'
};

/** The label of a step's reason, or undefined when this version has none (then the state alone is shown). */
export function sentenceTemplate(item: Item, labels: Labels): string | undefined {
    const name = SENTENCE_PREFIX[item.key] + labelSuffix(item.reason);
    return (labels as Record<string, string>)[name];
}

/** The values each step's sentences use for {0}, {1}, {2}. */
function sentenceValues(item: Item): Array<string | number> {
    switch (item.key) {
        case 'namedCredential':
            return [item.url ?? '', item.dataCenter ?? ''];
        case 'apiKey':
            return [item.dataCenter ?? '', item.accountName ?? '', item.httpStatus ?? ''];
        case 'audiences':
            return [item.count ?? 0, item.syncEnabled ?? 0, item.total ?? 0];
        case 'schedule':
            return [item.count ?? 0, item.total ?? 0];
        case 'syncProblems':
            return [problemCount(item.count ?? 0)];
        default:
            return [];
    }
}

function problemCount(count: number): string {
    return count >= MAX_COUNTED_PROBLEMS ? `${MAX_COUNTED_PROBLEMS}+` : String(count);
}

/** "Newsletter, Events & Webinars and 3 more" */
function nameList(names: string[], total: number, labels: Labels): string {
    const shown = names.join(', ');
    return total > names.length ? formatLabel(labels.andMore, shown, total - names.length) : shown;
}

function lines(item: Item, labels: Labels): Line[] {
    if (item.key === 'permissionSets') {
        return (item.holders ?? []).map((h) => ({ key: h.name, text: formatLabel(labels.holders, h.label, h.users) }));
    }
    if (item.key === 'audiences' && item.total && item.names?.length) {
        return [
            {
                key: 'inMailchimp',
                text: formatLabel(labels.audiencesInMailchimp, item.total, nameList(item.names, item.total, labels))
            }
        ];
    }
    if (item.key === 'lastRun' && (item.count ?? 0) > 0) {
        return [{ key: 'deferred', text: formatLabel(labels.lastRunDeferred, item.count ?? 0) }];
    }
    return [];
}

/** Key-step failures fixed on the Named Credentials Setup page (the URL, the key, the callout switch). */
const KEY_REASONS_FIXED_IN_SETUP = new Set([
    'NO_KEY',
    'KEY_REJECTED',
    'PLACEHOLDER_REJECTED',
    'WRONG_DATA_CENTER',
    'CALLOUTS_DISABLED',
    'URL_NOT_FOUND'
]);

/** Where to fix it: the Setup page that holds the thing, or the record or list the sentence names. */
function link(item: Item, labels: Labels): Link | null {
    const namedCredentials = { url: SETUP_URLS.namedCredentials, label: labels.linkNamedCredentials };
    const permissionSets = { url: SETUP_URLS.permissionSets, label: labels.linkPermissionSets };
    switch (item.key) {
        case 'namedCredential':
            return item.state === 'done' ? null : namedCredentials;
        case 'apiKey':
            if (item.reason === 'NO_PRINCIPAL_ACCESS') return permissionSets;
            return KEY_REASONS_FIXED_IN_SETUP.has(item.reason) ? namedCredentials : null;
        case 'permissionSets':
            return permissionSets;
        case 'lastRun':
            return item.recordId
                ? {
                      url: `/lightning/r/${item.recordId}/view`,
                      label: formatLabel(labels.linkRun, item.recordName ?? '')
                  }
                : null;
        case 'syncProblems':
            return item.state === 'action' && item.linkUrl
                ? { url: item.linkUrl, label: labels.linkSyncProblems }
                : null;
        default:
            return null;
    }
}

const AT_LABEL: Partial<Record<MailchimpSyncConsoleApi.ChecklistKey, keyof Labels>> = {
    apiKey: 'tested',
    schedule: 'nextRun',
    lastRun: 'started'
};

export function toStepView(item: Item, labels: Labels): StepView {
    const look = STATE_LOOK[item.state] ?? STATE_LOOK.unknown;
    const template = sentenceTemplate(item, labels);
    const stepLines = lines(item, labels);
    const atLabel = AT_LABEL[item.key];
    const showDetail = Boolean(item.detail) && item.state === 'action';
    return {
        key: item.key,
        state: item.state,
        stateLabel: { done: labels.stateDone, action: labels.stateAction, unknown: labels.stateUnknown }[item.state],
        ...look,
        title: labels[TITLE[item.key]] ?? item.key,
        sentence: template ? formatLabel(template, ...sentenceValues(item)) : '',
        lines: stepLines,
        hasLines: stepLines.length > 0,
        at: atLabel && item.at ? item.at : null,
        atLabel: atLabel ? labels[atLabel] : '',
        detail: showDetail ? formatLabel(labels.details, item.detail ?? '') : '',
        link: link(item, labels)
    };
}

/**
 * Steps a connection test decides stay decided after later reads (a Schedule click, a Refresh), until the next test
 * or a reload: the server keeps no test result, and only a test can know them. The URL and the key are the test's
 * alone; the audiences step keeps the test's view unless Salesforce now knows audiences itself.
 */
export function mergeTested(fresh: Item[], tested: Item[] | null | undefined): Item[] {
    if (!tested?.length) return fresh;
    const byKey = new Map(tested.map((item) => [item.key, item]));
    return fresh.map((item) => {
        const kept = byKey.get(item.key);
        if (!kept) return item;
        if (item.key === 'namedCredential' || item.key === 'apiKey') return kept;
        if (item.key === 'audiences' && item.state !== 'done') return kept;
        return item;
    });
}

/** What the live region says after a test: the headline and the key step's sentence (with the fix on a failure). */
export function connectionSummary(
    connection: MailchimpSyncConsoleApi.ConnectionResult | null | undefined,
    steps: StepView[],
    labels: Labels
): ConnectionSummary | null {
    if (!connection) return null;
    const connected = connection.outcome === 'CONNECTED';
    return {
        connected,
        headline: connected ? labels.resultConnected : labels.resultFailed,
        sentence: steps.find((step) => step.key === 'apiKey')?.sentence ?? ''
    };
}
