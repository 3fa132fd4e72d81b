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

export const SEED_USAGE =
    'Usage: npm run mailchimp:seed -- --count N [--unsubscribe M] [--audience <id>] [--force] [--domain example.com] [--local-part mcms-test]';

function usage(problem: string): ScriptError {
    return new ScriptError(ExitCode.USAGE, `${problem}. ${SEED_USAGE}`);
}

function integer(flag: string, value: string | undefined, min: number, max: number): number {
    if (value === undefined || !/^\d+$/.test(value)) throw usage(`${flag} needs a whole number`);
    const n = Number(value);
    if (n < min || n > max) throw usage(`${flag} must be between ${min} and ${max}`);
    return n;
}

/** Parses `--flag value` and `--flag=value` forms; unknown flags are errors, not silently ignored. */
export function parseSeedArgs(argv: readonly string[]): SeedOptions {
    const raw = new Map<string, string | undefined>();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        if (!arg.startsWith('--')) throw usage(`Unexpected argument "${arg}"`);
        const eq = arg.indexOf('=');
        const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        if (name === 'force' || name === 'help') {
            raw.set(name, undefined);
            continue;
        }
        if (!['count', 'unsubscribe', 'audience', 'domain', 'local-part'].includes(name))
            throw usage(`Unknown option --${name}`);
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value.startsWith('--')) throw usage(`--${name} needs a value`);
        raw.set(name, value);
    }
    if (raw.has('help')) throw new ScriptError(ExitCode.USAGE, SEED_USAGE);
    if (!raw.has('count')) throw usage('--count is required');
    const count = integer('--count', raw.get('count'), 1, MAX_COUNT);
    const unsubscribe = raw.has('unsubscribe') ? integer('--unsubscribe', raw.get('unsubscribe'), 0, count) : 0;
    const domain = (raw.get('domain') ?? DEFAULT_DOMAIN).toLowerCase();
    if (!/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain)) {
        throw usage(`--domain "${domain}" is not a domain name`);
    }
    const localPart = raw.get('local-part') ?? DEFAULT_LOCAL_PART;
    if (!/^[a-z0-9._-]{1,40}$/i.test(localPart))
        throw usage('--local-part may only contain letters, digits, dot, dash and underscore');
    const audience = raw.get('audience');
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
