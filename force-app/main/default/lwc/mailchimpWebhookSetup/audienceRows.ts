/**
 * Audience → row. What each audience's line shows: the webhook's state as a badge (text, never colour alone),
 * when it was registered and last delivered, its last error, and which actions fit its state.
 */
import type { Labels } from './labels';

type AudienceWebhook = MailchimpWebhookSetupApi.AudienceWebhook;

/** Milliseconds between two reads while a registration is under way, and how many reads at most (2 minutes). */
export const POLL_MS = 3000;
export const MAX_POLLS = 40;

export interface AudienceRow {
    id: string;
    name: string;
    listId: string;
    /** Unique per row, for the group's aria-labelledby. */
    headingId: string;
    state: string;
    stateLabel: string;
    badgeClass: string;
    registeredAt: string | null;
    lastDeliveryAt: string | null;
    noDeliveryText: string;
    lastError: string | null;
    /** Register for an audience without a webhook, Re-register (a new secret) for one that has it. */
    registerLabel: string;
    registerTitle: string;
    registerDisabled: boolean;
    showRemove: boolean;
}

type RowLabels = Pick<
    Labels,
    | 'stateNotRegistered'
    | 'stateRegistering'
    | 'stateRegistered'
    | 'stateRemoved'
    | 'register'
    | 'reregister'
    | 'reregisterHint'
    | 'noDelivery'
>;

const BADGES: Record<string, { label: keyof RowLabels; className: string }> = {
    registered: { label: 'stateRegistered', className: 'slds-badge slds-theme_success' },
    registering: { label: 'stateRegistering', className: 'slds-badge slds-badge_lightest' },
    removed: { label: 'stateRemoved', className: 'slds-badge slds-badge_inverse' },
    notRegistered: { label: 'stateNotRegistered', className: 'slds-badge' }
};

export function toAudienceRow(audience: AudienceWebhook, labels: RowLabels): AudienceRow {
    const badge = BADGES[audience.state] ?? BADGES.notRegistered;
    const registered = audience.state === 'registered';
    return {
        id: audience.id,
        name: audience.name,
        listId: audience.listId,
        headingId: `audience-${audience.id}`,
        state: audience.state,
        stateLabel: labels[badge.label],
        badgeClass: badge.className,
        registeredAt: registered ? (audience.registeredAt ?? null) : null,
        lastDeliveryAt: audience.lastDeliveryAt ?? null,
        noDeliveryText: labels.noDelivery,
        lastError: audience.lastError ?? null,
        registerLabel: registered ? labels.reregister : labels.register,
        registerTitle: registered ? labels.reregisterHint : '',
        registerDisabled: audience.state === 'registering',
        showRemove: registered || audience.state === 'registering'
    };
}

export function toAudienceRows(audiences: AudienceWebhook[] | undefined, labels: RowLabels): AudienceRow[] {
    return (audiences ?? []).map((audience) => toAudienceRow(audience, labels));
}

/** True while Mailchimp is checking a registration: the page reads the state again until it is done. */
export function isRegistering(audiences: AudienceWebhook[] | undefined): boolean {
    return (audiences ?? []).some((audience) => audience.state === 'registering');
}

/**
 * What changed for the audiences being registered between two reads: those now on, and those whose
 * registration failed (back to not registered, with an error).
 */
export function registrationOutcomes(
    before: AudienceWebhook[] | undefined,
    after: AudienceWebhook[] | undefined
): { registered: string[]; failed: string[] } {
    const waiting = new Set((before ?? []).filter((a) => a.state === 'registering').map((a) => a.id));
    const registered: string[] = [];
    const failed: string[] = [];
    for (const audience of after ?? []) {
        if (!waiting.has(audience.id) || audience.state === 'registering') {
            continue;
        }
        if (audience.state === 'registered') {
            registered.push(audience.name);
        } else if (audience.lastError) {
            failed.push(audience.name);
        }
    }
    return { registered, failed };
}
