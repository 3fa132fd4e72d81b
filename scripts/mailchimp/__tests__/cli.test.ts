/**
 * @jest-environment node
 *
 * The real entry points, run as `npm run mailchimp:check` / `mailchimp:seed` would run them (through tsx),
 * in an empty directory so no .env is found. Only offline failures are exercised: no network is used.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { ExitCode } from '../lib/exit-codes';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');

// Each case starts tsx in a child process: slower than the 5 s default on a busy machine.
jest.setTimeout(60_000);

let cwd: string;
beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'mcms-cli-'));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function runScript(script: string, args: string[], env: NodeJS.ProcessEnv) {
    const { MAILCHIMP_API_KEY: _ignored, ...rest } = process.env;
    const result = spawnSync(TSX, [join(ROOT, 'scripts/mailchimp', script), ...args], {
        cwd,
        env: { ...rest, ...env },
        encoding: 'utf8',
        timeout: 60_000
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe('mailchimp scripts from the command line', () => {
    it('check exits 2 with the explanation when no key is set', () => {
        const { code, stderr } = runScript('check.ts', [], {});
        expect(code).toBe(ExitCode.MISSING_KEY);
        expect(stderr).toMatch(/^MAILCHIMP_API_KEY is not set\. Fix: .*$/);
    });

    it('check exits 3 with the explanation for a malformed key, without printing it', () => {
        const { code, stderr } = runScript('check.ts', [], { MAILCHIMP_API_KEY: 'fedcba9876543210fedcba9876543210' });
        expect(code).toBe(ExitCode.MALFORMED_KEY);
        expect(stderr).toMatch(/^MAILCHIMP_API_KEY is malformed .*Fix:/);
        expect(stderr).not.toContain('fedcba98765');
    });

    it('check reads a malformed key from .env in the working directory', () => {
        writeFileSync(join(cwd, '.env'), 'MAILCHIMP_API_KEY=abc\n');
        try {
            expect(runScript('check.ts', [], {}).code).toBe(ExitCode.MALFORMED_KEY);
        } finally {
            rmSync(join(cwd, '.env'));
        }
    });

    it.each(['check.ts', 'seed.ts'])('%s prints its usage on stdout and exits 0 for --help', (script) => {
        const { code, stdout } = runScript(script, ['--help'], {});
        expect(code).toBe(ExitCode.OK);
        expect(stdout).toMatch(/^Usage: npm run mailchimp:/);
    });

    it('seed exits 8 with the usage line for bad arguments', () => {
        const { code, stderr } = runScript('seed.ts', ['--count', 'many'], {});
        expect(code).toBe(ExitCode.USAGE);
        expect(stderr).toContain('Usage: npm run mailchimp:seed');
    });
});
