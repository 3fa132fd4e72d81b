/** The workbench's scenarios: ids for `?scenario=`, shared by the page, the server and the tests. */
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
    // People (issue 15): person and business account pages, an email change in conflict, the admins' actions.
    'person-account',
    'business-account',
    'email-conflict'
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const DEFAULT_SCENARIO: ScenarioId = 'several-audiences';
