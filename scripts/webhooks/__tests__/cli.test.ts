/**
 * @jest-environment node
 *
 * The real entry point, run as `npm run e2e:webhook` would run it (through tsx), in an empty directory so no .env
 * is found. Only offline outcomes: the usage, and a missing key (which stops before `sf` or Mailchimp is called).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { ExitCode } from '../../mailchimp/lib/exit-codes';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');

jest.setTimeout(60_000);

let cwd: string;
beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'mcms-e2e-cli-'));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function runScript(args: string[]) {
    const { MAILCHIMP_API_KEY: _ignored, ...rest } = process.env;
    const result = spawnSync(TSX, [join(ROOT, 'scripts/webhooks/e2e-webhook.ts'), ...args], {
        cwd,
        env: rest,
        encoding: 'utf8',
        timeout: 60_000
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe('npm run e2e:webhook from the command line', () => {
    it('prints its usage on stdout and exits 0 for --help', () => {
        const { code, stdout } = runScript(['--help']);
        expect(code).toBe(ExitCode.OK);
        expect(stdout).toMatch(/^Usage: npm run e2e:webhook/);
    });

    it('exits 2 with the explanation when no key is set', () => {
        const { code, stderr } = runScript([]);
        expect(code).toBe(ExitCode.MISSING_KEY);
        expect(stderr).toMatch(/^MAILCHIMP_API_KEY is not set\. Fix: /);
    });
});
