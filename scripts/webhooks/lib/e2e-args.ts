import { optionValue, parseOptions, type OptionSpec } from '../../mailchimp/lib/cli';
import { ExitCode, ScriptError } from '../../mailchimp/lib/exit-codes';
import { checkDomain, checkLocalPart, DEFAULT_DOMAIN, DEFAULT_LOCAL_PART } from '../../mailchimp/lib/seed-args';

export interface E2eOptions {
    /** How many seeded members to unsubscribe. */
    count: number;
    /** A Mailchimp audience id; the test audience when absent. */
    audience?: string;
    /** Allow an audience that is not the test audience. */
    force: boolean;
    targetOrg?: string;
    /** Seconds to wait, after the last unsubscribe, for every membership to flip. */
    timeoutSeconds: number;
    domain: string;
    localPart: string;
}

export const DEFAULT_COUNT = 5;
export const MAX_COUNT = 50;
export const DEFAULT_TIMEOUT_SECONDS = 120;

export const E2E_USAGE = [
    'Usage: npm run e2e:webhook -- [--count 5] [--audience <id>] [--force] [--target-org <alias>] [--timeout 120]',
    '                              [--domain example.com] [--local-part mcms-test]',
    '  Unsubscribes N seeded test members (<local-part>+<n>@<domain>, npm run mailchimp:seed) through the',
    '  Mailchimp API, waits until Salesforce marks each membership unsubscribed (the webhook), and prints the',
    '  latency: median and max. The audience must have its webhook registered (the Webhooks section of Mailchimp Setup). The',
    "  members stay unsubscribed in Mailchimp: re-subscribing needs the person's consent."
].join('\n');

export const E2E_OPTIONS: readonly OptionSpec[] = [
    { name: 'count', takesValue: true },
    { name: 'audience', takesValue: true },
    { name: 'force', takesValue: false },
    { name: 'target-org', short: 'o', takesValue: true },
    { name: 'timeout', takesValue: true },
    { name: 'domain', takesValue: true },
    { name: 'local-part', takesValue: true }
];

function usage(problem: string): ScriptError {
    return new ScriptError(ExitCode.USAGE, `${problem}. ${E2E_USAGE}`);
}

function integer(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value)) throw usage(`${flag} needs a whole number`);
    const n = Number(value);
    if (n < min || n > max) throw usage(`${flag} must be between ${min} and ${max}`);
    return n;
}

export function parseE2eArgs(
    argv: readonly string[],
    context: { env: NodeJS.ProcessEnv; defaultDomain?: string } = { env: {} }
): E2eOptions {
    const raw = parseOptions(argv, E2E_OPTIONS, E2E_USAGE, { env: context.env, script: 'e2e:webhook' });
    const audience = optionValue(raw, 'audience');
    if (audience !== undefined && !/^[0-9a-z]{1,32}$/i.test(audience)) {
        throw usage(`--audience "${audience}" is not a Mailchimp audience id`);
    }
    const targetOrg = optionValue(raw, 'target-org');
    return {
        count: integer('--count', optionValue(raw, 'count'), DEFAULT_COUNT, 1, MAX_COUNT),
        force: raw.has('force'),
        timeoutSeconds: integer('--timeout', optionValue(raw, 'timeout'), DEFAULT_TIMEOUT_SECONDS, 5, 3600),
        domain: checkDomain(optionValue(raw, 'domain') ?? context.defaultDomain ?? DEFAULT_DOMAIN, usage),
        localPart: checkLocalPart(optionValue(raw, 'local-part') ?? DEFAULT_LOCAL_PART, usage),
        ...(audience !== undefined ? { audience } : {}),
        ...(targetOrg !== undefined ? { targetOrg } : {})
    };
}
