/** @jest-environment node */
import { statSync, existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

import {
    escapeForBatchFile,
    formatCommand,
    planSpawn,
    quoteForWindowsArgv,
    resolveWindowsCommand,
    spawnRunner,
    type PlatformInfo
} from '../lib/runner';
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

    it('reports a program that is not on PATH as exit 127, on every platform (no shell in between)', async () => {
        const result = await spawnRunner('mcms-no-such-program', ['--version'], { capture: true });
        expect(result.code).toBe(127);
    });

    it('hands every argument to the program unchanged: spaces, quotes, percent signs, ampersands', async () => {
        const args = [
            "SELECT Id FROM Contact WHERE Email LIKE 'mcms-test+%@example.com'",
            'Content-Type: application/json',
            'a&b|c',
            '"quoted" \\path\\'
        ];
        const result = await spawnRunner(
            process.execPath,
            ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', ...args],
            {
                capture: true
            }
        );
        expect(JSON.parse(result.stdout)).toEqual(args);
    });
});

describe('planSpawn (how a command starts without a shell)', () => {
    const windows = (files: string[], env: NodeJS.ProcessEnv = {}): PlatformInfo => ({
        platform: 'win32',
        env: {
            Path: 'C:\\Windows\\system32;C:\\Users\\ada\\AppData\\Roaming\\npm',
            PATHEXT: '.COM;.EXE;.BAT;.CMD',
            ComSpec: 'C:\\Windows\\system32\\cmd.exe',
            ...env
        },
        exists: (path) => files.includes(path)
    });

    it('starts the program itself with an argument array on Linux and macOS', () => {
        expect(
            planSpawn('sf', ['data', 'query', '--query', 'SELECT Id FROM Contact'], {
                platform: 'linux',
                env: {},
                exists: () => false
            })
        ).toEqual({
            file: 'sf',
            args: ['data', 'query', '--query', 'SELECT Id FROM Contact'],
            windowsVerbatimArguments: false
        });
    });

    it('runs the sf.cmd shim found on Path through cmd.exe, each argument quoted and caret-escaped', () => {
        const plan = planSpawn(
            'sf',
            ['data', 'query', '--query', "SELECT Id FROM Contact WHERE Email LIKE 'a%'"],
            windows(['C:\\Users\\ada\\AppData\\Roaming\\npm\\sf.cmd'])
        );
        expect(plan.file).toBe('C:\\Windows\\system32\\cmd.exe');
        expect(plan.windowsVerbatimArguments).toBe(true);
        expect(plan.args.slice(0, 3)).toEqual(['/d', '/s', '/c']);
        expect(plan.args[3]).toBe(
            '"C:\\Users\\ada\\AppData\\Roaming\\npm\\sf.cmd ^^^"data^^^" ^^^"query^^^" ^^^"--query^^^" ^^^"SELECT^^^ Id^^^ FROM^^^ Contact^^^ WHERE^^^ Email^^^ LIKE^^^ \'a^^^%\'^^^""'
        );
    });

    it('escapes the path of a shim installed under Program Files', () => {
        const plan = planSpawn(
            'sf',
            ['--version'],
            windows(['C:\\Program Files\\sf\\bin\\sf.cmd'], { Path: 'C:\\Program Files\\sf\\bin' })
        );
        expect(plan.args[3]).toBe('"C:\\Program^ Files\\sf\\bin\\sf.cmd ^^^"--version^^^""');
    });

    it('starts a real .exe directly, and leaves a missing command to fail with ENOENT', () => {
        expect(planSpawn('node', ['-v'], windows(['C:\\Windows\\system32\\node.exe'])).file).toBe(
            'C:\\Windows\\system32\\node.exe'
        );
        expect(planSpawn('sf', ['-v'], windows([]))).toEqual({
            file: 'sf',
            args: ['-v'],
            windowsVerbatimArguments: false
        });
    });

    it('finds commands the way Windows does: PATHEXT order, case-insensitive Path, quoted directories', () => {
        const info = windows(['D:\\tools\\npm.cmd'], { Path: '"D:\\tools";C:\\x', PATHEXT: '.EXE;.CMD' });
        expect(resolveWindowsCommand('npm', info)).toBe('D:\\tools\\npm.cmd');
        expect(resolveWindowsCommand('npm.cmd', info)).toBe('D:\\tools\\npm.cmd');
        expect(resolveWindowsCommand('C:\\nope\\sf.cmd', info)).toBeUndefined();
    });
});

describe('Windows argument quoting', () => {
    it.each([
        ['plain', '"plain"'],
        ['two words', '"two words"'],
        ['say "hi"', '"say \\"hi\\""'],
        ['C:\\dir\\', '"C:\\dir\\\\"'],
        ['a\\\\"b', '"a\\\\\\\\\\"b"'],
        ['', '""']
    ])('quotes %p for the C runtime as %p', (arg, quoted) => {
        expect(quoteForWindowsArgv(arg)).toBe(quoted);
    });

    it('escapes every cmd.exe special character twice, for a shim that re-reads %*', () => {
        expect(escapeForBatchFile('a&b|c<d>e^f%g!h')).toBe('^^^"a^^^&b^^^|c^^^<d^^^>e^^^^f^^^%g^^^!h^^^"');
        expect(() => escapeForBatchFile('two\nlines')).toThrow(
            'A line break cannot be passed to a Windows batch file.'
        );
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
