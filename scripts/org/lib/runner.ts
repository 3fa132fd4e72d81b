import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { extname, isAbsolute, win32 } from 'node:path';

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

/** Runs one program with arguments (never a shell string). Injected so tests record calls. */
export type CommandRunner = (command: string, args: readonly string[], options?: RunOptions) => Promise<CommandResult>;

/** What to hand to child_process.spawn for one command: never `shell: true`. */
export interface SpawnPlan {
    file: string;
    args: string[];
    /** Only for cmd.exe, whose command line we quote ourselves. */
    windowsVerbatimArguments: boolean;
}

export interface PlatformInfo {
    platform: NodeJS.Platform;
    env: NodeJS.ProcessEnv;
    exists: (path: string) => boolean;
}

/** Windows keeps PATH as "Path"; environment names are case-insensitive there. */
function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
    const key = Object.keys(env).find((k) => k.toUpperCase() === name);
    return key === undefined ? undefined : env[key];
}

/**
 * Finds a bare command name on PATH the way Windows does (each PATHEXT extension in each PATH
 * directory). Returns undefined when it is not found, so spawn reports ENOENT (exit 127).
 */
export function resolveWindowsCommand(command: string, info: PlatformInfo): string | undefined {
    if (isAbsolute(command) || /[\\/]/.test(command)) return info.exists(command) ? command : undefined;
    const extensions = (envValue(info.env, 'PATHEXT') ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((e) => e !== '');
    const candidates = extname(command) !== '' ? [''] : extensions.map((e) => e.toLowerCase());
    for (const dir of (envValue(info.env, 'PATH') ?? '').split(';')) {
        if (dir.trim() === '') continue;
        for (const ext of candidates) {
            const path = win32.join(dir.replace(/^"|"$/g, ''), command + ext);
            if (info.exists(path)) return path;
        }
    }
    return undefined;
}

/** cmd.exe's special characters; each gets a caret so cmd passes it through literally. */
const CMD_META = /[()[\]%!^"`<>&|;, *?]/g;

/**
 * Quotes one argument for the C runtime's command-line parser (what Node, and so `sf`, uses to
 * rebuild argv): backslashes are literal except before a double quote, where they double.
 */
export function quoteForWindowsArgv(arg: string): string {
    let out = '';
    let slashes = 0;
    for (const ch of arg) {
        if (ch === '\\') {
            slashes++;
            continue;
        }
        out += ch === '"' ? `${'\\'.repeat(slashes * 2 + 1)}"` : `${'\\'.repeat(slashes)}${ch}`;
        slashes = 0;
    }
    return `"${out}${'\\'.repeat(slashes * 2)}"`;
}

/**
 * One argument for a batch file started through cmd.exe: quoted for the C runtime, then every cmd
 * special character caret-escaped twice. Twice, because both the batch files this project starts
 * (`sf.cmd` from npm or the installer, `npm.cmd`) hand `%*` to a second command line, which
 * strips carets once more; an argument such as `Content-Type: application/json` or a SOQL query
 * with spaces, quotes and `%` reaches `sf` unchanged. This is the documented technique of
 * cross-spawn (and of Daniel Colascione's "Everyone quotes command line arguments the wrong way").
 */
export function escapeForBatchFile(arg: string): string {
    if (/[\r\n]/.test(arg)) throw new Error('A line break cannot be passed to a Windows batch file.');
    return quoteForWindowsArgv(arg).replace(CMD_META, '^$&').replace(CMD_META, '^$&');
}

/**
 * How to start a command without a shell on every platform.
 * - POSIX: the program itself, arguments as an array.
 * - Windows: `sf` and `npm` are `.cmd` shims, which CreateProcess cannot start and which Node refuses
 *   to start without a shell since CVE-2024-27980. Instead of `shell: true` (which joins the arguments
 *   unquoted, so `--query "SELECT Id …"` was split at each space), the shim is found on PATH and run
 *   as `cmd.exe /d /s /c "<shim> <escaped args>"` with verbatim arguments. A real `.exe` is started
 *   directly. Running `node` on the CLI's `bin/run.js` was rejected: where that file lives depends on
 *   how `sf` was installed (npm, the Windows installer, a version manager).
 */
export function planSpawn(command: string, args: readonly string[], info: PlatformInfo): SpawnPlan {
    if (info.platform !== 'win32') return { file: command, args: [...args], windowsVerbatimArguments: false };
    const resolved = resolveWindowsCommand(command, info);
    if (resolved === undefined || !/\.(cmd|bat)$/i.test(resolved)) {
        return { file: resolved ?? command, args: [...args], windowsVerbatimArguments: false };
    }
    const line = [resolved.replace(CMD_META, '^$&'), ...args.map(escapeForBatchFile)].join(' ');
    return {
        file: envValue(info.env, 'COMSPEC') ?? 'cmd.exe',
        args: ['/d', '/s', '/c', `"${line}"`],
        windowsVerbatimArguments: true
    };
}

/** A runner for a given environment (tests put a stand-in `sf` first on its PATH). */
export function createSpawnRunner(
    env: NodeJS.ProcessEnv = process.env,
    platform: NodeJS.Platform = process.platform
): CommandRunner {
    return (command, args, options = {}) =>
        new Promise((resolve) => {
            const plan = planSpawn(command, args, { platform, env, exists: existsSync });
            const child = spawn(plan.file, plan.args, {
                stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
                env,
                windowsVerbatimArguments: plan.windowsVerbatimArguments
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
}

/** The real runner, on this process's PATH. */
export const spawnRunner: CommandRunner = createSpawnRunner();

/** Shows a command the way a person would type it (for logs and error messages). */
export function formatCommand(command: string, args: readonly string[]): string {
    return [command, ...args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`))].join(' ');
}
