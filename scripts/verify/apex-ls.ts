/**
 * Apex semantic check with apex-ls (the Apex Dev Tools language server shipped inside
 * @salesforce/code-analyzer-pmd-engine). It reads sfdx-project.json, resolves the project's own
 * objects and fields, and reports what an org's compiler would refuse: unknown types, fields and
 * methods, and type mismatches.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface ApexIssue {
    file: string;
    line: string;
}

export interface ApexLsResult {
    exitCode: number;
    issues: ApexIssue[];
    output: string;
}

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export function javaLibDir(root: string = PROJECT_ROOT): string {
    const dir = path.join(root, 'node_modules', '@salesforce', 'code-analyzer-pmd-engine', 'dist', 'java-lib');
    if (!existsSync(dir)) {
        throw new Error(`apex-ls jars not found in ${dir}: run \`npm ci\` first.`);
    }
    return dir;
}

/** Parses apex-ls text output: a file path line followed by indented-or-not "Kind: line N ..." lines. */
export function parseApexLsOutput(output: string): ApexIssue[] {
    const issues: ApexIssue[] = [];
    let currentFile = '';
    for (const raw of output.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line) continue;
        if (/^(Error|Missing|Warning|Unused|Syntax):/.test(line)) {
            issues.push({ file: currentFile, line });
        } else if (line.startsWith('/') || /\.(cls|trigger|xml|object)$/.test(line)) {
            currentFile = line;
        }
    }
    return issues;
}

export function runApexLs(workspace: string): ApexLsResult {
    const classpath = `${javaLibDir()}${path.sep}*`;
    const result = spawnSync(
        'java',
        ['-cp', classpath, 'io.github.apexdevtools.apexls.CheckForIssues', '-w', workspace, '-n'],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    );
    if (result.error) {
        throw new Error(`Could not start Java for apex-ls (${result.error.message}). Java 11+ must be on PATH.`);
    }
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    return { exitCode: result.status ?? 1, issues: parseApexLsOutput(output), output };
}

function main(): void {
    const workspace = path.resolve(process.argv[2] ?? PROJECT_ROOT);
    const { exitCode, issues, output } = runApexLs(workspace);
    if (exitCode !== 0 || issues.length > 0) {
        process.stdout.write(output);
        console.error(`apex-ls: ${issues.length} problem(s) an org would refuse (exit ${exitCode}).`);
        process.exit(1);
    }
    console.log('apex-ls: no problems.');
}

if (require.main === module) {
    main();
}
