/** @jest-environment node */
import { forgottenDashDashHint, HelpRequested, parseOptions, type OptionSpec } from '../lib/cli';
import { ExitCode, ScriptError } from '../lib/exit-codes';

const SPECS: OptionSpec[] = [
    { name: 'target-org', short: 'o', takesValue: true },
    { name: 'test-level', takesValue: true },
    { name: 'unassign-first', takesValue: false }
];
const USAGE = 'Usage: npm run deploy -- --target-org <alias>';
const NOT_NPM = { env: {}, script: 'deploy' };

function failure(argv: string[], env: NodeJS.ProcessEnv = {}): ScriptError {
    try {
        parseOptions(argv, SPECS, USAGE, { env, script: 'deploy' });
    } catch (error) {
        if (error instanceof ScriptError) return error;
        throw error;
    }
    throw new Error('expected a ScriptError');
}

describe('parseOptions', () => {
    it('reads --name value, --name=value, -o value, -o=value and switches', () => {
        expect([
            ...parseOptions(
                ['--target-org', 'prod', '--test-level=RunLocalTests', '--unassign-first'],
                SPECS,
                USAGE,
                NOT_NPM
            )
        ]).toEqual([
            ['target-org', 'prod'],
            ['test-level', 'RunLocalTests'],
            ['unassign-first', true]
        ]);
        expect(parseOptions(['-o', 'a'], SPECS, USAGE, NOT_NPM).get('target-org')).toBe('a');
        expect(parseOptions(['-o=b'], SPECS, USAGE, NOT_NPM).get('target-org')).toBe('b');
    });

    it.each([['--help'], ['-h'], ['--target-org', 'x', '--help']])(
        'treats %p as a request for the usage, exit 0',
        (...argv) => {
            const error = failure(argv);
            expect(error).toBeInstanceOf(HelpRequested);
            expect(error.exitCode).toBe(ExitCode.OK);
            expect(error.message).toBe(USAGE);
        }
    );

    it.each([
        [['--colour', 'red'], 'Unknown option --colour. Usage: npm run deploy -- --target-org <alias>'],
        [['prod'], 'Unexpected argument "prod". Usage: npm run deploy -- --target-org <alias>'],
        [['--target-org'], '--target-org needs a value. Usage: npm run deploy -- --target-org <alias>'],
        [
            ['--target-org', '--unassign-first'],
            '--target-org needs a value. Usage: npm run deploy -- --target-org <alias>'
        ],
        [['--unassign-first=yes'], '--unassign-first takes no value. Usage: npm run deploy -- --target-org <alias>']
    ])('rejects %p with exit 8: %s', (argv, message) => {
        const error = failure(argv);
        expect(error.exitCode).toBe(ExitCode.USAGE);
        expect(error.message).toBe(message);
    });
});

describe('a forgotten -- after npm run', () => {
    const npm = (config: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ npm_lifecycle_event: 'deploy', ...config });

    it('puts the value npm left as a stray argument back after its option', () => {
        // What npm 11 does with `npm run deploy --target-org prod`: the option becomes "true", "prod" an argument.
        expect(failure(['prod'], npm({ npm_config_target_org: 'true' })).message).toBe(
            'npm kept --target-org for itself: a script\'s options go after a lone "--". Run: npm run deploy -- --target-org prod'
        );
    });

    it('keeps a value npm did capture (--name=value) and lists switches', () => {
        expect(
            forgottenDashDashHint(
                npm({ npm_config_target_org: 'prod', npm_config_unassign_first: 'true' }),
                SPECS,
                [],
                'deploy'
            )
        ).toBe(
            'npm kept --target-org, --unassign-first for itself: a script\'s options go after a lone "--". Run: npm run deploy -- --target-org prod --unassign-first'
        );
    });

    it('recognises a swallowed short option and leaves an ambiguous value as a placeholder', () => {
        expect(
            forgottenDashDashHint(
                npm({ npm_config_o: 'true', npm_config_test_level: 'true' }),
                SPECS,
                ['a', 'b'],
                'deploy'
            )
        ).toBe(
            'npm kept --target-org, --test-level for itself: a script\'s options go after a lone "--". Run: npm run deploy -- --target-org <target-org> --test-level <test-level>'
        );
    });

    it('recognises a swallowed --no-… switch, which npm exports as an empty setting', () => {
        const specs: OptionSpec[] = [{ name: 'no-tests', takesValue: false }];
        expect(
            forgottenDashDashHint({ npm_lifecycle_event: 'org:setup', npm_config_tests: '' }, specs, [], 'org:setup')
        ).toBe(
            'npm kept --no-tests for itself: a script\'s options go after a lone "--". Run: npm run org:setup -- --no-tests'
        );
    });

    it('says nothing outside npm, or when npm kept none of our options', () => {
        expect(forgottenDashDashHint({ npm_config_target_org: 'true' }, SPECS, [], 'deploy')).toBeUndefined();
        expect(forgottenDashDashHint(npm({ npm_config_cache: '/home/ada/.npm' }), SPECS, [], 'deploy')).toBeUndefined();
    });
});
