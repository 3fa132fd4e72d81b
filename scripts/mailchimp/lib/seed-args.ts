import { optionValue, parseOptions, type OptionSpec } from './cli';
import { ExitCode, ScriptError } from './exit-codes';

export interface SeedOptions {
    /** How many test members should exist (numbered 1..count). */
    count: number;
    /** How many of them (numbers 1..unsubscribe) end up unsubscribed. */
    unsubscribe: number;
    /** Seed this audience id instead of finding/creating the test audience. */
    audience?: string;
    /** Allow seeding an audience whose name is not the test audience's. */
    force: boolean;
    /** Domain of the test addresses. */
    domain: string;
    /** Local part before `+<n>`. */
    localPart: string;
}

/** Largest --count accepted: members are written one request at a time. */
export const MAX_COUNT = 500;

/**
 * RFC 2606 reserves example.com for documentation, so nobody receives mail there. Mailchimp may
 * reject such addresses as "looks fake or invalid"; then pass --domain with a domain you own.
 */
export const DEFAULT_DOMAIN = 'example.com';
export const DEFAULT_LOCAL_PART = 'mcms-test';
/** Shared with org:setup: the domain of the test addresses when --domain is not given. */
export const TEST_DOMAIN_SETTING = 'MAILCHIMP_TEST_DOMAIN';

export const SEED_USAGE = [
    'Usage: npm run mailchimp:seed -- --count N [--unsubscribe M] [--audience <id>] [--force] [--domain example.com] [--local-part mcms-test]',
    '  Makes the test audience hold members <local-part>+1@<domain> … +N, the first M unsubscribed.',
    '  --domain defaults to MAILCHIMP_TEST_DOMAIN (environment or .env), else example.com; npm run org:setup',
    '  reads the same setting, so its sample Contacts and Leads carry the same addresses.'
].join('\n');

function usage(problem: string): ScriptError {
    return new ScriptError(ExitCode.USAGE, `${problem}. ${SEED_USAGE}`);
}

function integer(flag: string, value: string | undefined, min: number, max: number): number {
    if (value === undefined || !/^\d+$/.test(value)) throw usage(`${flag} needs a whole number`);
    const n = Number(value);
    if (n < min || n > max) throw usage(`${flag} must be between ${min} and ${max}`);
    return n;
}

export const SEED_OPTIONS: readonly OptionSpec[] = [
    { name: 'count', takesValue: true },
    { name: 'unsubscribe', takesValue: true },
    { name: 'audience', takesValue: true },
    { name: 'force', takesValue: false },
    { name: 'domain', takesValue: true },
    { name: 'local-part', takesValue: true }
];

/** Validates a test-address domain (shared with org:setup, whose sample data must match). */
export function checkDomain(raw: string, fail: (problem: string) => ScriptError): string {
    const domain = raw.toLowerCase();
    if (!/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain)) {
        throw fail(`--domain "${domain}" is not a domain name`);
    }
    return domain;
}

/** Validates a test-address local part (shared with org:setup). */
export function checkLocalPart(localPart: string, fail: (problem: string) => ScriptError): string {
    if (!/^[a-z0-9._-]{1,40}$/i.test(localPart))
        throw fail('--local-part may only contain letters, digits, dot, dash and underscore');
    return localPart;
}

/**
 * Parses `--flag value` and `--flag=value` forms; unknown flags are errors, not silently ignored.
 * @param defaultDomain the domain when --domain is absent (MAILCHIMP_TEST_DOMAIN, else example.com).
 */
export function parseSeedArgs(
    argv: readonly string[],
    context: { env: NodeJS.ProcessEnv; defaultDomain?: string } = { env: {} }
): SeedOptions {
    const raw = parseOptions(argv, SEED_OPTIONS, SEED_USAGE, { env: context.env, script: 'mailchimp:seed' });
    if (!raw.has('count')) throw usage('--count is required');
    const count = integer('--count', optionValue(raw, 'count'), 1, MAX_COUNT);
    const unsubscribe = raw.has('unsubscribe')
        ? integer('--unsubscribe', optionValue(raw, 'unsubscribe'), 0, count)
        : 0;
    const domain = checkDomain(optionValue(raw, 'domain') ?? context.defaultDomain ?? DEFAULT_DOMAIN, usage);
    const localPart = checkLocalPart(optionValue(raw, 'local-part') ?? DEFAULT_LOCAL_PART, usage);
    const audience = optionValue(raw, 'audience');
    if (audience !== undefined && !/^[0-9a-z]{1,32}$/i.test(audience))
        throw usage(`--audience "${audience}" is not a Mailchimp audience id`);
    return {
        count,
        unsubscribe,
        force: raw.has('force'),
        domain,
        localPart,
        ...(audience !== undefined ? { audience } : {})
    };
}

/** The address of test member n: `<localPart>+<n>@<domain>`. */
export function testAddress(options: Pick<SeedOptions, 'localPart' | 'domain'>, n: number): string {
    return `${options.localPart}+${n}@${options.domain}`;
}
