/** sfdx-project.json (package name, namespace, packageAliases) and the project's Apex test classes. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const PROJECT_FILE = 'sfdx-project.json';
export const SOURCE_DIR = 'force-app';

export interface PackageDirectory {
    path: string;
    default?: boolean;
    package?: string;
    versionName?: string;
    versionNumber?: string;
}

export interface SfdxProject {
    packageDirectories: PackageDirectory[];
    namespace?: string;
    packageAliases?: Record<string, string>;
    [other: string]: unknown;
}

/** Reads and writes the project file; tests pass an in-memory one. */
export interface ProjectFile {
    read(): SfdxProject;
    write(project: SfdxProject): void;
}

export function projectFile(root: string = process.cwd()): ProjectFile {
    const path = join(root, PROJECT_FILE);
    return {
        read: () => JSON.parse(readFileSync(path, 'utf8')) as SfdxProject,
        // Two-space JSON and a final newline: what Prettier and the CLI itself write.
        write: (project) => writeFileSync(path, `${JSON.stringify(project, null, 2)}\n`, 'utf8')
    };
}

/** The package name of the default package directory (`Mailchimp Membership`). */
export function packageName(project: SfdxProject): string {
    const dir = project.packageDirectories.find((d) => d.default) ?? project.packageDirectories[0];
    if (dir?.package === undefined)
        throw new Error(`${PROJECT_FILE} names no package in its default package directory.`);
    return dir.package;
}

/** The package's version aliases (`Mailchimp Membership@0.1.0-1` → 04t…), oldest first. */
export function versionAliases(project: SfdxProject, name: string): Array<{ alias: string; id: string }> {
    return Object.entries(project.packageAliases ?? {})
        .filter(([alias, id]) => alias.startsWith(`${name}@`) && id.startsWith('04t'))
        .map(([alias, id]) => ({ alias, id }))
        .sort((a, b) => compareVersions(a.alias.slice(name.length + 1), b.alias.slice(name.length + 1)));
}

/** Orders `0.1.0-2` before `0.1.0-10` and `0.2.0-1` (major.minor.patch-build, numerically). */
export function compareVersions(a: string, b: string): number {
    const parts = (v: string) => v.split(/[.-]/).map((p) => Number(p) || 0);
    const pa = parts(a);
    const pb = parts(b);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0) return d;
    }
    return 0;
}

/** `0.1.0.1` → `Mailchimp Membership@0.1.0-1`, the alias form `sf package version create` writes. */
export function versionAlias(name: string, versionNumber: string): string {
    const parts = versionNumber.split('.');
    return parts.length === 4 ? `${name}@${parts.slice(0, 3).join('.')}-${parts[3]}` : `${name}@${versionNumber}`;
}

/**
 * Every Apex test class of the package: by the project's convention each class has exactly one
 * `<Class>_Tests` next to it. Test helpers (`@IsTest` classes without test methods, e.g. the HTTP
 * mock) are not listed: a deploy's RunSpecifiedTests needs real test classes.
 */
export function apexTestClasses(root: string = process.cwd()): string[] {
    const found: string[] = [];
    const walk = (dir: string): void => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) walk(path);
            else if (entry.name.endsWith('_Tests.cls')) found.push(entry.name.slice(0, -'.cls'.length));
        }
    };
    walk(join(root, SOURCE_DIR));
    if (found.length === 0) throw new Error(`No *_Tests.cls under ${relative(process.cwd(), join(root, SOURCE_DIR))}.`);
    return found.sort();
}
