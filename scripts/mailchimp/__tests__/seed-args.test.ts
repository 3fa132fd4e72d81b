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

describe('testAddress', () => {
    it('numbers addresses with plus addressing', () => {
        expect(testAddress({ localPart: 'mcms-test', domain: 'example.com' }, 7)).toBe('mcms-test+7@example.com');
    });
});
