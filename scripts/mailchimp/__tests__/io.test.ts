/** @jest-environment node */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ExitCode, ScriptError } from '../lib/exit-codes';
import { envFileReader, runMain } from '../lib/io';
import { createSdkClient } from '../lib/sdk-client';

describe('envFileReader', () => {
    it('returns the .env text, or undefined when there is no file', () => {
        const dir = mkdtempSync(join(tmpdir(), 'mcms-env-'));
        try {
            expect(envFileReader(dir)()).toBeUndefined();
            writeFileSync(join(dir, '.env'), 'A=1\n');
            expect(envFileReader(dir)()).toBe('A=1\n');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('runMain', () => {
    const original = process.exitCode;
    afterEach(() => {
        process.exitCode = original;
        jest.restoreAllMocks();
    });

    const settle = () => new Promise((resolve) => setImmediate(resolve));

    it('sets the exit code returned by the command', async () => {
        runMain(async () => ExitCode.REFUSED);
        await settle();
        expect(process.exitCode).toBe(ExitCode.REFUSED);
    });

    it('prints a ScriptError as one line and uses its exit code', async () => {
        const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
        runMain(async () => {
            throw new ScriptError(ExitCode.NETWORK, 'offline');
        });
        await settle();
        expect(process.exitCode).toBe(ExitCode.NETWORK);
        expect(write).toHaveBeenCalledWith('offline\n');
    });

    it('exits 1 on an unexpected exception', async () => {
        jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
        runMain(async () => {
            throw new Error('bug');
        });
        await settle();
        expect(process.exitCode).toBe(1);
    });
});

describe('createSdkClient', () => {
    it('configures the official SDK with the key, its data center and a 30 s timeout', () => {
        const client = createSdkClient({ apiKey: 'k-us9', server: 'us9' }) as unknown as {
            config: { apiKey: string; server: string };
            timeout: number;
            ping: unknown;
        };
        expect(client.config).toEqual({ apiKey: 'k-us9', server: 'us9' });
        expect(client.timeout).toBe(30_000);
        expect(client.ping).toBeDefined();
    });
});
