import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ScriptError } from './exit-codes';

/** Reads `.env` from a directory (the project root when run through npm), or undefined if absent. */
export function envFileReader(dir: string): () => string | undefined {
    return () => {
        try {
            return readFileSync(join(dir, '.env'), 'utf8');
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
            throw error;
        }
    };
}

/** Console output, one line per call; tests pass arrays instead. */
export interface Output {
    out(line: string): void;
    err(line: string): void;
}

export const consoleOutput: Output = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`)
};

/** Runs a command's main function and turns its result or ScriptError into the process exit code. */
export function runMain(main: () => Promise<number>): void {
    main().then(
        (code) => {
            process.exitCode = code;
        },
        (error: unknown) => {
            if (error instanceof ScriptError) {
                process.stderr.write(`${error.message}\n`);
                process.exitCode = error.exitCode;
                return;
            }
            process.stderr.write(
                `Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
            );
            process.exitCode = 1;
        }
    );
}
