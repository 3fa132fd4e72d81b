/**
 * What the SOQL check needs from an SFDX project: its Apex (classes and triggers, tests included, anywhere in
 * its package directories) and its objects, fields and record types (`objects/<Object>/…-meta.xml`), for custom
 * objects and for the custom fields it adds to standard objects.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { listFiles, readPackageDirectories } from '../metadata/project';

export interface ProjectField {
    name: string;
    type: string;
    /** For lookups, master-detail and metadata relationships: the parent object (API name). */
    referenceTo?: string;
    /** For the same: the relationship name the parent's child relationship takes (`Memberships` → `Memberships__r`). */
    relationshipName?: string;
}

export interface ProjectObject {
    name: string;
    /** Set when the project defines the object itself (`<Name>.object-meta.xml`), not only fields on it. */
    defined: boolean;
    customSettingsType?: string;
    enableActivities: boolean;
    enableHistory: boolean;
    enableFeeds: boolean;
    sharingModel?: string;
    fields: ProjectField[];
    recordTypes: string[];
}

export interface ApexSource {
    /** Path relative to the project directory, with forward slashes, for messages. */
    file: string;
    text: string;
    trigger: boolean;
}

export interface SoqlProject {
    dir: string;
    /** Keyed by lower-cased API name. */
    objects: Map<string, ProjectObject>;
    apex: ApexSource[];
    /** The project's own namespace prefix ('' when none): `ns__Field__c` in its queries names its own field. */
    namespace: string;
}

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, isArray: () => false });

function readXml(file: string): Record<string, unknown> {
    const parsed = xml.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const rootName = Object.keys(parsed).find((k) => !k.startsWith('?'));
    return (rootName ? parsed[rootName] : {}) as Record<string, unknown>;
}

const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

function objectEntry(objects: Map<string, ProjectObject>, name: string): ProjectObject {
    const key = name.toLowerCase();
    let entry = objects.get(key);
    if (!entry) {
        entry = {
            name,
            defined: false,
            enableActivities: false,
            enableHistory: false,
            enableFeeds: false,
            fields: [],
            recordTypes: []
        };
        objects.set(key, entry);
    }
    return entry;
}

export function readSoqlProject(projectDir: string): SoqlProject {
    const dir = path.resolve(projectDir);
    const project = JSON.parse(readFileSync(path.join(dir, 'sfdx-project.json'), 'utf8')) as { namespace?: string };
    const files = readPackageDirectories(dir).flatMap((d) => listFiles(path.resolve(dir, d)));
    const objects = new Map<string, ProjectObject>();
    const apex: ApexSource[] = [];
    for (const file of files) {
        const base = path.basename(file);
        if (base.endsWith('.cls') || base.endsWith('.trigger')) {
            apex.push({
                file: path.relative(dir, file).split(path.sep).join('/'),
                text: readFileSync(file, 'utf8'),
                trigger: base.endsWith('.trigger')
            });
            continue;
        }
        const parts = file.split(path.sep);
        const objectsAt = parts.lastIndexOf('objects');
        if (objectsAt < 0 || !base.endsWith('-meta.xml')) continue;
        const objectName = parts[objectsAt + 1];
        if (base === `${objectName}.object-meta.xml`) {
            const root = readXml(file);
            const entry = objectEntry(objects, objectName);
            entry.defined = true;
            entry.customSettingsType = text(root.customSettingsType);
            entry.enableActivities = text(root.enableActivities) === 'true';
            entry.enableHistory = text(root.enableHistory) === 'true';
            entry.enableFeeds = text(root.enableFeeds) === 'true';
            entry.sharingModel = text(root.sharingModel);
        } else if (base.endsWith('.field-meta.xml') && parts[objectsAt + 2] === 'fields') {
            const root = readXml(file);
            objectEntry(objects, objectName).fields.push({
                name: text(root.fullName) ?? base.slice(0, -'.field-meta.xml'.length),
                type: text(root.type) ?? '',
                referenceTo: text(root.referenceTo),
                relationshipName: text(root.relationshipName)
            });
        } else if (base.endsWith('.recordType-meta.xml')) {
            objectEntry(objects, objectName).recordTypes.push(base.slice(0, -'.recordType-meta.xml'.length));
        }
    }
    return { dir, objects, apex, namespace: project.namespace ?? '' };
}
