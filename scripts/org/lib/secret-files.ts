import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temporary files for request bodies and anonymous Apex. Bodies holding the API key go in a file
 * (mode 600, in a private mkdtemp directory) so the key never appears on a command line, where
 * other users could read it from the process list. Everything is deleted by cleanup().
 */
export interface TempFiles {
    write(name: string, content: string): string;
    cleanup(): void;
}

export function createTempFiles(): TempFiles {
    let dir: string | undefined;
    return {
        write(name, content) {
            dir ??= mkdtempSync(join(tmpdir(), 'mcms-setup-'));
            const path = join(dir, name);
            writeFileSync(path, content, { encoding: 'utf8', mode: 0o600 });
            return path;
        },
        cleanup() {
            if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
            dir = undefined;
        }
    };
}
