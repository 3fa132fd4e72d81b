import { spawn } from 'node:child_process';

export interface CommandResult {
    /** Exit code; 127 when the program is not on PATH. */
    code: number;
    /** Captured output ('' when the output went straight to the terminal). */
    stdout: string;
    stderr: string;
}

export interface RunOptions {
    /** Collect stdout/stderr instead of showing them (for commands whose JSON we parse). */
    capture?: boolean;
}

/** Runs one program with arguments (no shell string, so nothing is re-parsed). Injected so tests record calls. */
export type CommandRunner = (command: string, args: readonly string[], options?: RunOptions) => Promise<CommandResult>;

/** The real runner. On Windows `sf`/`npm` are .cmd shims, which need a shell to start. */
export const spawnRunner: CommandRunner = (command, args, options = {}) =>
    new Promise((resolve) => {
        const child = spawn(command, [...args], {
            stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
            shell: process.platform === 'win32'
        });
        let stdout = '';
        let stderr = '';
        child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', (error: NodeJS.ErrnoException) => {
            resolve({ code: error.code === 'ENOENT' ? 127 : 1, stdout, stderr: stderr + error.message });
        });
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    });

/** Shows a command the way a person would type it (for logs and error messages). */
export function formatCommand(command: string, args: readonly string[]): string {
    return [command, ...args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`))].join(' ');
}
