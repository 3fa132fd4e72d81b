/**
 * Offline metadata checker for the SFDX project.
 *
 *   npx tsx scripts/verify/metadata/check-metadata.ts [projectDir]
 *
 * Exit 0 when clean; otherwise exit 1 and one `path: message` line per problem. Checks:
 *  1. every *.xml in the package directories is well-formed; every *-meta.xml has the Metadata namespace;
 *  2. every *-meta.xml against the Metadata API schema (@salesforce/types metadata.d.ts, generated from
 *     the WSDL): root type, unknown elements, repeated single elements, enumerations, booleans, numbers;
 *     then the lengths and ranges an org enforces but the schema does not declare (check-limits.ts:
 *     labels, descriptions, help text, error messages, API names, each rule with its source);
 *  3. Apex classes/triggers have their -meta.xml (and vice versa); LWC bundles have <name>.js-meta.xml;
 *  4. cross-references (permission sets, credentials, lookups, tabs, apps, layouts, flexipages, LWC
 *     `@salesforce/label|customPermission|apex|schema` imports) resolve in the project or the platform;
 *  5. source-deploy-retrieve converts the package directories to Metadata API format with a package.xml.
 * None of this replaces a deploy to an org; it catches what conversion alone silently accepts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sdrModule from '@salesforce/source-deploy-retrieve';
import { checkLimits } from './check-limits';
import { checkMetadataXml } from './check-schema';
import { ReferenceChecker } from './check-references';
import { buildIndex, listFiles, metaBaseName, metaSuffix, readPackageDirectories } from './project';
import { loadMetadataSchema } from './schema';
import { readXml, type XmlElement } from './xml';

export type CheckName = 'xml' | 'schema' | 'limits' | 'files' | 'references' | 'convert';

export interface Problem {
    /** Path relative to the project directory (forward slashes). */
    file: string;
    line?: number;
    check: CheckName;
    message: string;
}

export interface CheckOptions {
    /** Run the source-deploy-retrieve conversion (check 5). Default true. */
    convert?: boolean;
}

export function formatProblem(problem: Problem): string {
    return `${problem.file}: ${problem.line ? `line ${problem.line}: ` : ''}${problem.message}`;
}

type SdrModule = typeof sdrModule;

interface ForceIgnoreLike {
    denies(fsPath: string): boolean;
}

function loadForceIgnore(sdr: SdrModule, projectDir: string): ForceIgnoreLike {
    const file = path.join(projectDir, '.forceignore');
    return fs.existsSync(file) ? new sdr.ForceIgnore(file) : { denies: () => false };
}

/** Metadata type name per -meta.xml suffix from the SDR registry (parents and decomposed children). */
function typesBySuffix(sdr: SdrModule): Map<string, string> {
    const bySuffix = new Map<string, string>();
    const ambiguous = new Set<string>();
    const add = (suffix: string | undefined, name: string): void => {
        if (!suffix) return;
        if (bySuffix.has(suffix) && bySuffix.get(suffix) !== name) ambiguous.add(suffix);
        else bySuffix.set(suffix, name);
    };
    for (const type of Object.values(new sdr.RegistryAccess().getRegistry().types)) {
        add(type.suffix, type.name);
        for (const childType of Object.values(type.children?.types ?? {})) add(childType.suffix, childType.name);
    }
    for (const suffix of ambiguous) bySuffix.delete(suffix);
    return bySuffix;
}

/**
 * Metadata type that each -meta.xml must hold (absolute path → type name): what source-deploy-retrieve
 * resolves the file to, else what its registry says for the file's suffix (when resolution fails).
 */
function expectedTypes(
    sdr: SdrModule,
    packageDirs: string[],
    files: string[]
): { expected: Map<string, string>; error?: string } {
    const expected = new Map<string, string>();
    let error: string | undefined;
    try {
        const components = sdr.ComponentSet.fromSource(packageDirs).getSourceComponents().toArray();
        for (const component of components) {
            if (component.xml && !expected.has(component.xml)) expected.set(component.xml, component.type.name);
            for (const childComponent of component.getChildren()) {
                if (childComponent.xml && childComponent.xml !== component.xml && !expected.has(childComponent.xml)) {
                    expected.set(childComponent.xml, childComponent.type.name);
                }
            }
        }
    } catch (caught) {
        error = (caught as Error).message;
    }
    const bySuffix = typesBySuffix(sdr);
    for (const file of files) {
        const suffix = metaSuffix(file);
        if (expected.has(file) || !suffix) continue;
        if (suffix === 'js' && file.split(path.sep).includes('lwc')) expected.set(file, 'LightningComponentBundle');
        else if (bySuffix.has(suffix)) expected.set(file, bySuffix.get(suffix) as string);
    }
    return { expected, error };
}

function checkComponentFiles(files: string[], rel: (f: string) => string): Problem[] {
    const problems: Problem[] = [];
    const present = new Set(files);
    const add = (file: string, message: string): void => {
        problems.push({ file: rel(file), check: 'files', message });
    };
    for (const file of files) {
        if (/\.(cls|trigger)$/.test(file) && !present.has(`${file}-meta.xml`)) {
            add(file, `has no ${path.basename(file)}-meta.xml (source-deploy-retrieve would silently drop it)`);
        }
        const meta = /^(.*\.(cls|trigger))-meta\.xml$/.exec(file);
        if (meta && !present.has(meta[1])) add(file, `has no matching source file ${path.basename(meta[1])}`);
    }
    const bundles = new Map<string, string[]>();
    for (const file of files) {
        const parts = file.split(path.sep);
        if (parts[parts.length - 3] !== 'lwc') continue;
        const bundleDir = path.dirname(file);
        if (path.basename(bundleDir).startsWith('__')) continue;
        bundles.set(bundleDir, [...(bundles.get(bundleDir) ?? []), path.basename(file)]);
    }
    for (const [bundleDir, names] of bundles) {
        const name = path.basename(bundleDir);
        if (!names.some((n) => /\.(js|ts|html)$/.test(n))) continue;
        if (!names.includes(`${name}.js-meta.xml`)) add(bundleDir, `LWC bundle has no ${name}.js-meta.xml`);
        if (!names.includes(`${name}.js`) && !names.includes(`${name}.ts`)) {
            add(bundleDir, `LWC bundle has no main module ${name}.ts or ${name}.js`);
        }
    }
    return problems;
}

async function convert(sdr: SdrModule, packageDirs: string[], rel: (f: string) => string): Promise<Problem[]> {
    const outputDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'check-metadata-'));
    try {
        const components = sdr.ComponentSet.fromSource(packageDirs);
        await new sdr.MetadataConverter().convert(components, 'metadata', {
            type: 'directory',
            outputDirectory,
            genUniqueDir: false
        });
        if (!fs.existsSync(path.join(outputDirectory, 'package.xml'))) {
            return [
                {
                    file: rel(packageDirs[0]),
                    check: 'convert',
                    message: 'conversion to Metadata API format produced no package.xml'
                }
            ];
        }
        return [];
    } catch (error) {
        return [
            {
                file: rel(packageDirs[0]),
                check: 'convert',
                message: `conversion to Metadata API format failed: ${(error as Error).message}`
            }
        ];
    } finally {
        fs.rmSync(outputDirectory, { recursive: true, force: true });
    }
}

export async function checkMetadata(
    projectDir: string = process.cwd(),
    options: CheckOptions = {}
): Promise<Problem[]> {
    const root = path.resolve(projectDir);
    const rel = (file: string): string => path.relative(root, file).split(path.sep).join('/') || '.';
    const packageDirs = readPackageDirectories(root).map((d) => path.resolve(root, d));
    const problems: Problem[] = [];
    for (const dir of packageDirs) {
        if (!fs.existsSync(dir))
            problems.push({ file: rel(dir), check: 'files', message: 'package directory does not exist' });
    }
    const files = packageDirs.flatMap(listFiles);
    const sdr: SdrModule = sdrModule;
    const forceIgnore = loadForceIgnore(sdr, root);
    const existingDirs = packageDirs.filter((d) => fs.existsSync(d));
    const { expected, error: resolveError } = expectedTypes(sdr, existingDirs, files);
    // Absolute paths in SDR's messages are shown relative to the project.
    const relMessage = (message: string): string => message.split(root + path.sep).join('');
    if (resolveError !== undefined) {
        problems.push({
            file: rel(existingDirs[0] ?? root),
            check: 'convert',
            message: `source-deploy-retrieve cannot resolve the source (so it cannot convert it): ${relMessage(resolveError)}`
        });
    }
    const schema = loadMetadataSchema();

    // 1 + 2: well-formedness, namespace, schema, org-side limits.
    const parsed = new Map<string, XmlElement>();
    for (const file of files) {
        if (!file.endsWith('.xml') || forceIgnore.denies(file)) continue;
        const isMeta = file.endsWith('-meta.xml');
        if (!isMeta && file.split(path.sep).includes('staticresources')) continue;
        const result = readXml(fs.readFileSync(file, 'utf8'));
        if (!result.ok) {
            problems.push({
                file: rel(file),
                line: result.line,
                check: 'xml',
                message: `malformed XML: ${result.message}`
            });
            continue;
        }
        if (!isMeta) continue;
        parsed.set(file, result.root);
        for (const issue of checkMetadataXml(result.root, schema, expected.get(file))) {
            problems.push({ file: rel(file), line: issue.line, check: 'schema', message: issue.message });
        }
        for (const issue of checkLimits(result.root, metaBaseName(file))) {
            problems.push({ file: rel(file), line: issue.line, check: 'limits', message: issue.message });
        }
    }

    // 3: component files.
    problems.push(...checkComponentFiles(files, rel));

    // 4: cross-references.
    const references = new ReferenceChecker(buildIndex(files, parsed));
    for (const [file, element] of parsed) references.checkFile(file, element);
    for (const file of files) {
        const parts = file.split(path.sep);
        if (!parts.includes('lwc') || !/\.(ts|js)$/.test(file) || file.endsWith('.d.ts')) continue;
        if (file.endsWith('.js') && fs.existsSync(file.replace(/\.js$/, '.ts'))) continue; // emitted from the .ts
        references.checkLwcSource(file);
    }
    for (const issue of references.issues) {
        problems.push({ file: rel(issue.file), line: issue.line, check: 'references', message: issue.message });
    }

    // 5: conversion.
    if (options.convert !== false && resolveError === undefined && existingDirs.length > 0) {
        for (const problem of await convert(sdr, existingDirs, rel))
            problems.push({ ...problem, message: relMessage(problem.message) });
    }

    return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** The CLI: prints one line per problem on stdout, a summary on stderr; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
    const projectDir = argv[0] ?? process.cwd();
    const problems = await checkMetadata(projectDir);
    for (const problem of problems) console.log(formatProblem(problem));
    // Since process start, so module loading (source-deploy-retrieve, typescript) is included.
    const seconds = process.uptime().toFixed(1);
    console.error(
        problems.length === 0
            ? `check-metadata: no problems (${seconds} s)`
            : `check-metadata: ${problems.length} problem(s) (${seconds} s)`
    );
    return problems.length === 0 ? 0 : 1;
}

if (/check-metadata\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) {
    main(process.argv.slice(2)).then(
        (code) => process.exit(code),
        (error: unknown) => {
            console.error(`check-metadata: ${error instanceof Error ? error.stack : String(error)}`);
            process.exit(2);
        }
    );
}
