/** The workbench's scenarios: ids for `?scenario=`, shared by the page, the server and the tests. */

/** The Mailchimp Webhooks setup (c-mailchimp-webhook-setup on an app page), in a block of their own. */
export const WEBHOOK_SCENARIO_IDS = [
    'webhooks-not-registered',
    'webhooks-registered',
    'webhooks-last-delivery',
    'webhooks-no-sites',
    'webhooks-error'
] as const;

export const SCENARIO_IDS = [
    'several-audiences',
    'no-memberships',
    'no-email',
    'not-configured',
    'read-only',
    'server-error',
    'opt-out-partial-failure',
    'add-refused',
    'email-changed',
    'many-audiences',
    'slow',
    'sync-console',
    'setup-not-connected',
    'setup-no-key',
    'setup-wrong-data-center',
    'setup-no-access',
    'setup-not-permitted',
    ...WEBHOOK_SCENARIO_IDS,
    // Bulk opt-out from a list view (issue 14).
    'bulk-opt-out',
    // People (issue 15): person and business account pages, an email change in conflict, the admins' actions.
    'person-account',
    'business-account',
    'email-conflict'
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const DEFAULT_SCENARIO: ScenarioId = 'several-audiences';
