/** @jest-environment node */
import { statSync, existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { formatCommand, spawnRunner } from '../lib/runner';
import { createTempFiles } from '../lib/secret-files';

describe('spawnRunner', () => {
    it('captures output and the exit code', async () => {
        const result = await spawnRunner(
            process.execPath,
            ['-e', 'process.stdout.write("hi"); process.stderr.write("e"); process.exit(3)'],
            {
                capture: true
            }
        );
        expect(result).toEqual({ code: 3, stdout: 'hi', stderr: 'e' });
    });

    it('reports a program that is not on PATH as exit 127', async () => {
        const result = await spawnRunner('mcms-no-such-program', ['--version'], { capture: true });
        expect(result.code).toBe(process.platform === 'win32' ? 1 : 127);
    });
});

describe('formatCommand', () => {
    it('quotes arguments a shell would split', () => {
        expect(formatCommand('sf', ['data', 'query', '--query', "SELECT Id FROM Contact WHERE Email LIKE 'a%'"])).toBe(
            "sf data query --query 'SELECT Id FROM Contact WHERE Email LIKE '\\''a%'\\'''"
        );
    });
});

describe('createTempFiles', () => {
    it('writes owner-only files in a private directory and deletes them on cleanup', () => {
        const temp = createTempFiles();
        const path = temp.write('credential.json', '{"secret":true}');
        expect(readFileSync(path, 'utf8')).toBe('{"secret":true}');
        // Windows has no POSIX modes; there the private temp directory is the protection.
        const posix = process.platform !== 'win32';
        expect(posix ? statSync(path).mode & 0o777 : 0o600).toBe(0o600);
        expect(posix ? statSync(dirname(path)).mode & 0o777 : 0o700).toBe(0o700);
        temp.cleanup();
        expect(existsSync(path)).toBe(false);
        expect(existsSync(dirname(path))).toBe(false);
    });
});
