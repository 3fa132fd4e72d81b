import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ExitCode, ScriptError } from './exit-codes';

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

/**
 * Prints a ScriptError where it belongs and returns its exit code: usage after `--help` (exit 0) on
 * stdout, every failure as one line on stderr.
 */
export function reportScriptError(output: Output, error: ScriptError): number {
    if (error.exitCode === ExitCode.OK) output.out(error.message);
    else output.err(error.message);
    return error.exitCode;
}

/** Runs a command's main function and turns its result or ScriptError into the process exit code. */
export function runMain(main: () => Promise<number>): void {
    main().then(
        (code) => {
            process.exitCode = code;
        },
        (error: unknown) => {
            if (error instanceof ScriptError) {
                process.exitCode = reportScriptError(consoleOutput, error);
                return;
            }
            process.stderr.write(
                `Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
            );
            process.exitCode = 1;
        }
    );
}
