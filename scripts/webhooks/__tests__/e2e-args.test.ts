/** @jest-environment node */
import { ExitCode, ScriptError } from '../../mailchimp/lib/exit-codes';
import { DEFAULT_COUNT, DEFAULT_TIMEOUT_SECONDS, E2E_USAGE, parseE2eArgs } from '../lib/e2e-args';

function failure(argv: string[], env: NodeJS.ProcessEnv = {}): ScriptError {
    try {
        parseE2eArgs(argv, { env });
    } catch (error) {
        return error as ScriptError;
    }
    throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('e2e:webhook arguments', () => {
    it('defaults to 5 members of the seeded shape, a 120 s timeout and the default org', () => {
        expect(parseE2eArgs([])).toEqual({
            count: DEFAULT_COUNT,
            force: false,
            timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
            domain: 'example.com',
            localPart: 'mcms-test'
        });
    });

    it('reads every option, and the test domain setting when --domain is absent', () => {
        expect(
            parseE2eArgs(
                [
                    '--count=12',
                    '--audience',
                    'abc123',
                    '--force',
                    '-o',
                    'acme',
                    '--timeout',
                    '300',
                    '--local-part',
                    'qa'
                ],
                { env: {}, defaultDomain: 'acme.example' }
            )
        ).toEqual({
            count: 12,
            audience: 'abc123',
            force: true,
            targetOrg: 'acme',
            timeoutSeconds: 300,
            domain: 'acme.example',
            localPart: 'qa'
        });
    });

    it.each([
        [['--count', '0'], '--count must be between 1 and 50'],
        [['--count', 'many'], '--count needs a whole number'],
        [['--timeout', '2'], '--timeout must be between 5 and 3600'],
        [['--audience', 'not an id'], '--audience "not an id" is not a Mailchimp audience id'],
        [['--wat'], 'Unknown option --wat']
    ])('refuses %j with exit 8 and the usage', (argv, message) => {
        const error = failure(argv);
        expect(error.exitCode).toBe(ExitCode.USAGE);
        expect(error.message).toContain(message);
    });

    it('prints its usage for --help', () => {
        const error = failure(['--help']);
        expect(error.exitCode).toBe(ExitCode.OK);
        expect(error.message).toBe(E2E_USAGE);
    });
});
