/**
 * The SFDX project as the checker sees it: package directories, their files, and an index of the
 * components that cross-references may name.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { childText, childrenNamed, type XmlElement } from './xml';

export interface FieldInfo {
    file: string;
    type: string;
    required: boolean;
    referenceTo: string;
}

export interface ObjectInfo {
    /** Set when the object has its own `<Name>.object-meta.xml` in the project. */
    file?: string;
    fields: Map<string, FieldInfo>;
    recordTypes: Set<string>;
}

export interface ApexClassInfo {
    file: string;
    text: string;
}

/** Everything is keyed by lower-cased API name: the platform resolves API names case-insensitively. */
export interface ProjectIndex {
    objects: Map<string, ObjectInfo>;
    classes: Map<string, ApexClassInfo>;
    customPermissions: Set<string>;
    labels: Set<string>;
    tabs: Set<string>;
    applications: Set<string>;
    flows: Set<string>;
    flexiPages: Set<string>;
    pages: Set<string>;
    lwc: Set<string>;
    aura: Set<string>;
    /** External credential → lower-cased principal parameter names. */
    externalCredentials: Map<string, Set<string>>;
}

export function readPackageDirectories(projectDir: string): string[] {
    const projectFile = path.join(projectDir, 'sfdx-project.json');
    const project = JSON.parse(fs.readFileSync(projectFile, 'utf8')) as { packageDirectories?: { path: string }[] };
    const dirs = (project.packageDirectories ?? []).map((d) => d.path);
    if (dirs.length === 0) throw new Error(`${projectFile} lists no packageDirectories`);
    return dirs;
}

/** All files under `dir` (absolute paths), skipping node_modules and dot-directories. */
export function listFiles(dir: string): string[] {
    const out: string[] = [];
    const walk = (current: string): void => {
        for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
            const full = path.join(current, entry.name);
            if (entry.isDirectory()) {
                if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
                walk(full);
            } else if (entry.isFile()) {
                out.push(full);
            }
        }
    };
    if (fs.existsSync(dir)) walk(dir);
    return out.sort();
}

/** The metadata suffix of a `-meta.xml` file (`Foo.field-meta.xml` → `field`), if it is one. */
export function metaSuffix(file: string): string | undefined {
    const match = /\.([A-Za-z]+)-meta\.xml$/.exec(path.basename(file));
    return match?.[1];
}

/** `Foo.field-meta.xml` → `Foo`. */
export function metaBaseName(file: string): string {
    return path.basename(file).replace(/\.[A-Za-z]+-meta\.xml$/, '');
}

function objectEntry(index: ProjectIndex, name: string): ObjectInfo {
    const key = name.toLowerCase();
    let info = index.objects.get(key);
    if (!info) {
        info = { fields: new Map(), recordTypes: new Set() };
        index.objects.set(key, info);
    }
    return info;
}

/**
 * Builds the index from the file list and the parsed XML of every metadata file
 * (`parsed` maps absolute path → root element; files that failed to parse are absent).
 */
export function buildIndex(files: string[], parsed: Map<string, XmlElement>): ProjectIndex {
    const index: ProjectIndex = {
        objects: new Map(),
        classes: new Map(),
        customPermissions: new Set(),
        labels: new Set(),
        tabs: new Set(),
        applications: new Set(),
        flows: new Set(),
        flexiPages: new Set(),
        pages: new Set(),
        lwc: new Set(),
        aura: new Set(),
        externalCredentials: new Map()
    };
    for (const file of files) {
        const parts = file.split(path.sep);
        const parent = parts[parts.length - 2] ?? '';
        const grandParent = parts[parts.length - 3] ?? '';
        const base = path.basename(file);
        if (parent === 'lwc' || grandParent === 'lwc') {
            if (grandParent === 'lwc' && !parent.startsWith('__')) index.lwc.add(parent.toLowerCase());
            continue;
        }
        if (grandParent === 'aura') index.aura.add(parent.toLowerCase());
        if (base.endsWith('.cls')) {
            index.classes.set(base.slice(0, -4).toLowerCase(), { file, text: fs.readFileSync(file, 'utf8') });
            continue;
        }
        const suffix = metaSuffix(file);
        if (!suffix) continue;
        const name = metaBaseName(file);
        const root = parsed.get(file);
        switch (suffix) {
            case 'object':
                objectEntry(index, name).file = file;
                break;
            case 'field': {
                const objectName = parts[parts.length - 3];
                const info: FieldInfo = {
                    file,
                    type: root ? childText(root, 'type') : '',
                    required: root ? childText(root, 'required') === 'true' : false,
                    referenceTo: root ? childText(root, 'referenceTo') : ''
                };
                objectEntry(index, objectName).fields.set(name.toLowerCase(), info);
                break;
            }
            case 'recordType':
                objectEntry(index, parts[parts.length - 3]).recordTypes.add(name.toLowerCase());
                break;
            case 'customPermission':
                index.customPermissions.add(name.toLowerCase());
                break;
            case 'labels':
                for (const label of root ? childrenNamed(root, 'labels') : []) {
                    index.labels.add(childText(label, 'fullName').toLowerCase());
                }
                break;
            case 'tab':
                index.tabs.add(name.toLowerCase());
                break;
            case 'app':
                index.applications.add(name.toLowerCase());
                break;
            case 'flow':
                index.flows.add(name.toLowerCase());
                break;
            case 'flexipage':
                index.flexiPages.add(name.toLowerCase());
                break;
            case 'page':
                index.pages.add(name.toLowerCase());
                break;
            case 'externalCredential': {
                const principals = new Set<string>();
                for (const parameter of root ? childrenNamed(root, 'externalCredentialParameters') : []) {
                    const type = childText(parameter, 'parameterType');
                    if (type === 'NamedPrincipal' || type === 'PerUserPrincipal') {
                        principals.add(childText(parameter, 'parameterName').toLowerCase());
                    }
                }
                index.externalCredentials.set(name.toLowerCase(), principals);
                break;
            }
            default:
                break;
        }
    }
    return index;
}
