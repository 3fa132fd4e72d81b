/**
 * The platform's standard objects, as the Apex Dev Tools ship them: `sobject-types-<api>.jar` (inside
 * @salesforce/code-analyzer-pmd-engine, already a dependency for apex-ls) holds one class per standard object,
 * with one public field per object field. The field's Java type tells what it is:
 *  - `System.String`, `System.Id`, … — a field;
 *  - `SObjects.User` with a sibling `OwnerId` — a lookup's relationship (`Owner`), to that object;
 *  - `SObjects.Name` — a polymorphic relationship (`What`, `Who`, `Owner` on Task): only the fields every
 *    target shares, unless the query narrows it with TYPEOF;
 *  - `SObjects.Address` / `SObjects.Location` without an `…Id` sibling — a compound field (`MailingAddress`);
 *  - `SObjects.Contact[]` — a child relationship (`Contacts` on Account), to that object.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Jar } from './jar';

const SOBJECTS_PACKAGE = 'com/nawforce/runforce/SObjects/';

export interface StandardField {
    name: string;
    kind: 'field' | 'parent' | 'child';
    /** For `parent` and `child`: the object on the other side (POLYMORPHIC for a polymorphic relationship). */
    target?: string;
}

export interface StandardObject {
    name: string;
    fields: StandardField[];
}

/** The jar's stand-in type for a polymorphic relationship: the fields every possible target shares. */
export const POLYMORPHIC = 'Name';

const COMPOUND_TYPES = new Set(['Address', 'Location']);

/**
 * What the jar gets wrong, found by running the check on large open-source projects (each entry a query that runs
 * in orgs but that the jar alone would refuse):
 *  - every class also has a static member `Fields` (the Apex `Schema.SObjectType.X.Fields`), so a child
 *    relationship of that name has no field of its own: EntityDefinition's `Fields`;
 *  - a lookup by durable id typed as a plain String, without its relationship: FlowDefinitionView's
 *    `TriggerObjectOrEventId` → `TriggerObjectOrEvent`.
 */
const JAR_GAPS: Record<string, StandardField[]> = {
    entitydefinition: [{ name: 'Fields', kind: 'child', target: 'FieldDefinition' }],
    flowdefinitionview: [{ name: 'TriggerObjectOrEvent', kind: 'parent', target: 'EntityDefinition' }]
};

/** The newest `sobject-types-*.jar` in the directory. */
export function findSObjectTypesJar(javaLibDir: string): string {
    const jars = existsSync(javaLibDir) ? readdirSync(javaLibDir).filter((f) => /^sobject-types-.*\.jar$/.test(f)) : [];
    if (jars.length === 0) {
        throw new Error(`No sobject-types-*.jar in ${javaLibDir}: run \`npm ci\` first.`);
    }
    jars.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    return path.join(javaLibDir, jars[jars.length - 1]);
}

function classify(fieldName: string, descriptor: string, siblings: Set<string>): StandardField {
    const child = /^\[L.*\/SObjects\/(\w+);$/.exec(descriptor);
    if (child) return { name: fieldName, kind: 'child', target: child[1] };
    const hasIdField = siblings.has(`${fieldName}Id`.toLowerCase());
    // A bare `System.SObject` with an `…Id` sibling is a polymorphic lookup too (`RelatedRecord` on feeds).
    if (descriptor.endsWith('/System/SObject;') && hasIdField) {
        return { name: fieldName, kind: 'parent', target: POLYMORPHIC };
    }
    const parent = /^L.*\/SObjects\/(\w+);$/.exec(descriptor);
    if (parent) {
        const target = parent[1];
        if (!hasIdField && COMPOUND_TYPES.has(target)) return { name: fieldName, kind: 'field' };
        return { name: fieldName, kind: 'parent', target };
    }
    return { name: fieldName, kind: 'field' };
}

/** The standard objects of one jar, each read on first use. */
export class StandardCatalog {
    /** Jar file name, e.g. `sobject-types-65.0.0.jar`, for the report. */
    readonly source: string;
    private readonly jar: Jar;
    /** Lower-cased API name → API name. */
    private readonly names = new Map<string, string>();
    private readonly cache = new Map<string, StandardObject>();

    constructor(jarFile: string) {
        this.source = path.basename(jarFile);
        this.jar = new Jar(readFileSync(jarFile));
        for (const entry of this.jar.entryNames()) {
            if (!entry.startsWith(SOBJECTS_PACKAGE) || !entry.endsWith('.class')) continue;
            const name = entry.slice(SOBJECTS_PACKAGE.length, -'.class'.length);
            if (!name.includes('/') && !name.includes('$')) this.names.set(name.toLowerCase(), name);
        }
    }

    get size(): number {
        return this.names.size;
    }

    objectNames(): string[] {
        return [...this.names.values()];
    }

    object(name: string): StandardObject | undefined {
        const key = name.toLowerCase();
        const apiName = this.names.get(key);
        if (!apiName) return undefined;
        let object = this.cache.get(key);
        if (!object) {
            const fields = this.jar.classFields(`${SOBJECTS_PACKAGE}${apiName}.class`) ?? [];
            const siblings = new Set(fields.map((f) => f.name.toLowerCase()));
            object = {
                name: apiName,
                fields: [...fields.map((f) => classify(f.name, f.descriptor, siblings)), ...(JAR_GAPS[key] ?? [])]
            };
            this.cache.set(key, object);
        }
        return object;
    }
}
