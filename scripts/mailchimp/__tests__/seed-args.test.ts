/** @jest-environment node */
import { ExitCode, ScriptError } from '../lib/exit-codes';
import { MAX_COUNT, parseSeedArgs, testAddress } from '../lib/seed-args';

function usageError(argv: string[]): ScriptError {
    try {
        parseSeedArgs(argv);
    } catch (error) {
        if (error instanceof ScriptError) return error;
        throw error;
    }
    throw new Error('expected a usage error');
}

describe('parseSeedArgs', () => {
    it('uses defaults for everything but --count', () => {
        expect(parseSeedArgs(['--count', '10'])).toEqual({
            count: 10,
            unsubscribe: 0,
            force: false,
            domain: 'example.com',
            localPart: 'mcms-test'
        });
    });

    it('reads every option in both --flag value and --flag=value forms', () => {
        expect(
            parseSeedArgs([
                '--count=5',
                '--unsubscribe',
                '2',
                '--audience',
                'abc123def4',
                '--force',
                '--domain=Acme.io',
                '--local-part',
                'dev'
            ])
        ).toEqual({
            count: 5,
            unsubscribe: 2,
            audience: 'abc123def4',
            force: true,
            domain: 'acme.io',
            localPart: 'dev'
        });
    });

    it.each([
        [[], /--count is required/],
        [['--count', 'ten'], /--count needs a whole number/],
        [['--count', '0'], /between 1 and/],
        [['--count', String(MAX_COUNT + 1)], /between 1 and/],
        [['--count', '3', '--unsubscribe', '4'], /--unsubscribe must be between 0 and 3/],
        [['--count', '3', '--domain', 'not a domain'], /not a domain name/],
        [['--count', '3', '--audience', 'abc/../x'], /not a Mailchimp audience id/],
        [['--count', '3', '--colour', 'red'], /Unknown option --colour/],
        [['--count'], /--count needs a value/],
        [['count', '3'], /Unexpected argument "count"/]
    ])('rejects %p with exit code 8 and the usage line', (argv, message) => {
        const error = usageError(argv as string[]);
        expect(error.exitCode).toBe(ExitCode.USAGE);
        expect(error.message).toMatch(message);
        expect(error.message).toContain('Usage: npm run mailchimp:seed');
    });
});

describe('parseSeedArgs defaults and help', () => {
    it('takes the domain from MAILCHIMP_TEST_DOMAIN when --domain is absent, and --domain wins over it', () => {
        expect(parseSeedArgs(['--count', '2'], { env: {}, defaultDomain: 'acme.io' }).domain).toBe('acme.io');
        expect(parseSeedArgs(['--count', '2', '--domain', 'b.org'], { env: {}, defaultDomain: 'acme.io' }).domain).toBe(
            'b.org'
        );
    });

    it('answers --help with the usage and exit code 0', () => {
        const error = usageError(['--help']);
        expect(error.exitCode).toBe(ExitCode.OK);
        expect(error.message).toMatch(/^Usage: npm run mailchimp:seed -- --count N/);
    });

    it('hints at the missing -- when npm swallowed --count', () => {
        // Without npm's hint the stray value would only read as an unexpected argument.
        expect(usageError(['10']).message).toMatch(/^Unexpected argument "10"/);
        const swallowed = (() => {
            try {
                parseSeedArgs(['10'], { env: { npm_lifecycle_event: 'mailchimp:seed', npm_config_count: 'true' } });
            } catch (e) {
                return e as ScriptError;
            }
            throw new Error('expected a usage error');
        })();
        expect(swallowed.message).toBe(
            'npm kept --count for itself: a script\'s options go after a lone "--". Run: npm run mailchimp:seed -- --count 10'
        );
    });
});

describe('testAddress', () => {
    it('numbers addresses with plus addressing', () => {
        expect(testAddress({ localPart: 'mcms-test', domain: 'example.com' }, 7)).toBe('mcms-test+7@example.com');
    });
});
