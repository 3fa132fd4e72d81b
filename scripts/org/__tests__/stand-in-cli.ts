/**
 * A stand-in `sf` (and `npm`) put first on PATH: each records its argv as one JSON line and answers
 * from a script of [command-line prefix, { code, stdout, stderr }]. The org scripts run unchanged
 * through the real spawn runner, so a test sees the exact argument arrays the real CLI would get,
 * spaces and quotes included. On Windows the stand-in is a .cmd shim, as the real `sf` is.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

import { createSpawnRunner, type CommandResult, type CommandRunner } from '../lib/runner';

export type Answers = Array<[prefix: string, answer: Partial<CommandResult>]>;

const RESPONDER = `
const fs = require('node:fs');
const [, , program, ...args] = process.argv;
fs.appendFileSync(process.env.STAND_IN_LOG, JSON.stringify([program, ...args]) + '\\n');
const line = [program, ...args].join(' ');
const answers = JSON.parse(fs.readFileSync(process.env.STAND_IN_ANSWERS, 'utf8'));
const hit = answers.find(([prefix]) => line.startsWith(prefix));
const answer = hit ? hit[1] : {};
if (answer.stdout) process.stdout.write(answer.stdout);
if (answer.stderr) process.stderr.write(answer.stderr);
process.exitCode = answer.code ?? 0;
`;

export interface StandIn {
    run: CommandRunner;
    /** Every call, as the argument arrays the programs received, e.g. ['sf', 'org', 'display', …]. */
    calls(): string[][];
    cleanup(): void;
}

export function standInCli(answers: Answers, programs: readonly string[] = ['sf', 'npm']): StandIn {
    const dir = mkdtempSync(join(tmpdir(), 'mcms-stand-in-'));
    const log = join(dir, 'calls.jsonl');
    writeFileSync(log, '');
    writeFileSync(join(dir, 'answers.json'), JSON.stringify(answers));
    writeFileSync(join(dir, 'responder.cjs'), RESPONDER);
    for (const program of programs) {
        const posix = join(dir, program);
        writeFileSync(posix, `#!/bin/sh\nexec "${process.execPath}" "${join(dir, 'responder.cjs')}" ${program} "$@"\n`);
        chmodSync(posix, 0o755);
        writeFileSync(join(dir, `${program}.cmd`), `@"${process.execPath}" "%~dp0responder.cjs" ${program} %*\r\n`);
    }
    const pathKey = Object.keys(process.env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
    const env: NodeJS.ProcessEnv = {
        ...process.env,
        [pathKey]: [dir, process.env[pathKey] ?? ''].join(delimiter),
        STAND_IN_LOG: log,
        STAND_IN_ANSWERS: join(dir, 'answers.json')
    };
    return {
        run: createSpawnRunner(env),
        calls: () =>
            readFileSync(log, 'utf8')
                .split('\n')
                .filter((l) => l !== '')
                .map((l) => JSON.parse(l) as string[]),
        cleanup: () => rmSync(dir, { recursive: true, force: true })
    };
}
