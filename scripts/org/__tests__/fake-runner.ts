/** A scripted CommandRunner: answers by command prefix and records every call in order. */
import type { CommandResult, CommandRunner, RunOptions } from '../lib/runner';

export interface Call {
    line: string;
    args: readonly string[];
    options: RunOptions | undefined;
}

export function fakeRunner(answers: Array<[prefix: string, result: Partial<CommandResult>]>): {
    run: CommandRunner;
    calls: Call[];
} {
    const calls: Call[] = [];
    const run: CommandRunner = async (command, args, options) => {
        const line = [command, ...args].join(' ');
        calls.push({ line, args, options });
        const answer = answers.find(([prefix]) => line.startsWith(prefix));
        return { code: 0, stdout: '', stderr: '', ...(answer?.[1] ?? {}) };
    };
    return { run, calls };
}
