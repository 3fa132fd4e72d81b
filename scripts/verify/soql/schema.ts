/**
 * The schema a query is resolved against: the platform's standard objects (standard-objects.ts) merged with the
 * project's own objects and fields. Everything is keyed by lower-cased API name, as the platform resolves names
 * case-insensitively. Objects are built on first use: a run touches a few dozen of the 4,500 standard objects.
 *
 * Fields and relationships that exist only when an org feature is on carry that feature, so a static query
 * (which the package's install would have to compile) can refuse them while dynamic SOQL may use them.
 */
import { POLYMORPHIC, type StandardCatalog } from './standard-objects';
import type { ProjectField, ProjectObject, SoqlProject } from './project';

export type Feature = 'Person Accounts' | 'multiple currencies';

export interface SchemaField {
    name: string;
    feature?: Feature;
}

export interface SchemaParent {
    /** Relationship name, e.g. `Account`, `Owner`, `Audience__r`. */
    name: string;
    /** The parent object's API name, or POLYMORPHIC. */
    target: string;
    /** The field holding the parent's Id (`AccountId`, `Audience__c`). */
    idField?: string;
    feature?: Feature;
}

export interface SchemaChild {
    /** Child relationship name, e.g. `Contacts`, `Memberships__r`. */
    name: string;
    /** The child object's API name. */
    child: string;
    feature?: Feature;
}

export interface SchemaObject {
    name: string;
    fields: Map<string, SchemaField>;
    parents: Map<string, SchemaParent>;
    children: Map<string, SchemaChild>;
}

export { POLYMORPHIC };

const RELATIONSHIP_TYPES = new Set([
    'Lookup',
    'MasterDetail',
    'MetadataRelationship',
    'Hierarchy',
    'ExternalLookup',
    'IndirectLookup'
]);

/** Child relationships every custom object gets from the platform, whatever its settings. */
const CUSTOM_OBJECT_CHILDREN: [string, string][] = [
    ['Attachments', 'Attachment'],
    ['Notes', 'Note'],
    ['NotesAndAttachments', 'NoteAndAttachment'],
    ['CombinedAttachments', 'CombinedAttachment'],
    ['ContentDocumentLinks', 'ContentDocumentLink'],
    ['AttachedContentDocuments', 'AttachedContentDocument'],
    ['ProcessInstances', 'ProcessInstance'],
    ['ProcessSteps', 'ProcessInstanceHistory'],
    ['RecordActions', 'RecordAction'],
    ['TopicAssignments', 'TopicAssignment']
];

const ACTIVITY_CHILDREN: [string, string][] = [
    ['Tasks', 'Task'],
    ['Events', 'Event'],
    ['OpenActivities', 'OpenActivity'],
    ['ActivityHistories', 'ActivityHistory']
];

const lower = (s: string) => s.toLowerCase();
const isCustomName = (name: string) => /__[a-z]+$/i.test(name);
/** `Audience__c` → `Audience`. */
const stem = (name: string) => name.replace(/__c$/i, '');

function emptyObject(name: string): SchemaObject {
    return { name, fields: new Map(), parents: new Map(), children: new Map() };
}

function addField(o: SchemaObject, name: string, feature?: Feature): void {
    o.fields.set(lower(name), feature ? { name, feature } : { name });
}

function addParent(o: SchemaObject, parent: SchemaParent): void {
    o.parents.set(lower(parent.name), parent);
}

function addChild(o: SchemaObject, child: SchemaChild): void {
    o.children.set(lower(child.name), child);
}

/** The platform-defined fields of an object the project defines, by the kind its suffix names. */
function addCustomObjectStandardFields(o: SchemaObject, def: ProjectObject): void {
    const suffix = /__([a-z]+)$/i.exec(def.name)?.[1].toLowerCase() ?? 'c';
    if (suffix === 'mdt') {
        for (const f of [
            'Id',
            'DeveloperName',
            'MasterLabel',
            'Label',
            'Language',
            'NamespacePrefix',
            'QualifiedApiName',
            'SystemModstamp'
        ]) {
            addField(o, f);
        }
        return;
    }
    if (suffix === 'e') {
        for (const f of ['ReplayId', 'EventUuid', 'CreatedDate', 'CreatedById']) addField(o, f);
        addParent(o, { name: 'CreatedBy', target: 'User', idField: 'CreatedById' });
        return;
    }
    for (const f of [
        'Id',
        'Name',
        'IsDeleted',
        'CreatedDate',
        'CreatedById',
        'LastModifiedDate',
        'LastModifiedById',
        'SystemModstamp'
    ]) {
        addField(o, f);
    }
    addParent(o, { name: 'CreatedBy', target: 'User', idField: 'CreatedById' });
    addParent(o, { name: 'LastModifiedBy', target: 'User', idField: 'LastModifiedById' });
    addField(o, 'CurrencyIsoCode', 'multiple currencies');
    if (def.customSettingsType) {
        if (def.customSettingsType === 'Hierarchy') {
            addField(o, 'SetupOwnerId');
            addParent(o, { name: 'SetupOwner', target: POLYMORPHIC, idField: 'SetupOwnerId' });
        }
        return;
    }
    addField(o, 'LastViewedDate');
    addField(o, 'LastReferencedDate');
    // A detail in a master-detail relationship has no owner of its own.
    if (!def.fields.some((f) => f.type === 'MasterDetail')) {
        addField(o, 'OwnerId');
        addParent(o, { name: 'Owner', target: POLYMORPHIC, idField: 'OwnerId' });
    }
    if (def.recordTypes.length > 0) {
        addField(o, 'RecordTypeId');
        addParent(o, { name: 'RecordType', target: 'RecordType', idField: 'RecordTypeId' });
    }
    for (const [name, child] of CUSTOM_OBJECT_CHILDREN) addChild(o, { name, child });
    if (def.enableActivities) {
        addField(o, 'LastActivityDate');
        for (const [name, child] of ACTIVITY_CHILDREN) addChild(o, { name, child });
    }
    const base = stem(def.name);
    if (def.enableHistory) addChild(o, { name: 'Histories', child: `${base}__History` });
    if (def.enableFeeds) addChild(o, { name: 'Feeds', child: `${base}__Feed` });
    if (hasShareObject(def)) addChild(o, { name: 'Shares', child: `${base}__Share` });
}

function hasShareObject(def: ProjectObject): boolean {
    return def.sharingModel === 'Private' || def.sharingModel === 'Read';
}

/** A project field on `o`: the field itself, and for a relationship its `__r` (or standard-named) relationship. */
function addProjectField(o: SchemaObject, field: ProjectField): void {
    addField(o, field.name);
    if (field.type === 'Location') {
        addField(o, `${stem(field.name)}__Latitude__s`);
        addField(o, `${stem(field.name)}__Longitude__s`);
    }
    if (RELATIONSHIP_TYPES.has(field.type)) {
        const target = field.type === 'Hierarchy' ? o.name : field.referenceTo;
        if (target) addParent(o, { name: `${stem(field.name)}__r`, target, idField: field.name });
    }
}

/** Fields that only exist with Person Accounts on Account (besides `Person…` and `IsPersonAccount`). */
const PERSON_ACCOUNT_NAME_FIELDS = new Set(['firstname', 'lastname', 'salutation']);

function markFeatures(o: SchemaObject, contact: () => SchemaObject | undefined): void {
    const isAccount = lower(o.name) === 'account';
    for (const field of o.fields.values()) {
        if (field.name === 'CurrencyIsoCode') field.feature = 'multiple currencies';
        if (field.name === 'IsPersonAccount') field.feature = 'Person Accounts';
        if (isAccount && (/^Person[A-Z]/.test(field.name) || PERSON_ACCOUNT_NAME_FIELDS.has(lower(field.name)))) {
            field.feature = 'Person Accounts';
        }
    }
    if (!isAccount) return;
    for (const parent of o.parents.values()) {
        if (/^Person[A-Z]/.test(parent.name)) parent.feature = 'Person Accounts';
    }
    // Account's `PersonCases` mirrors Contact's `Cases`: only a person account has one.
    const contactChildren = contact()?.children;
    for (const child of o.children.values()) {
        const mirrored = /^Person([A-Z].*)$/.exec(child.name)?.[1];
        if (mirrored && contactChildren?.get(lower(mirrored))?.child === child.child) child.feature = 'Person Accounts';
    }
}

export class Schema {
    private readonly cache = new Map<string, SchemaObject | null>();
    /** Child relationships the project's lookups add to their parents, keyed by lower-cased parent name. */
    private readonly projectChildren = new Map<string, SchemaChild[]>();

    constructor(
        readonly standard: StandardCatalog,
        readonly project: SoqlProject
    ) {
        for (const def of project.objects.values()) {
            for (const field of def.fields) {
                if (!RELATIONSHIP_TYPES.has(field.type) || !field.relationshipName) continue;
                const parent = field.type === 'Hierarchy' ? def.name : field.referenceTo;
                if (!parent) continue;
                const list = this.projectChildren.get(lower(parent)) ?? [];
                list.push({ name: `${field.relationshipName}__r`, child: def.name });
                this.projectChildren.set(lower(parent), list);
            }
        }
    }

    /** Strips the project's own namespace from a custom name (`ns__Foo__c` → `Foo__c`). */
    normalize(name: string): string {
        const ns = this.project.namespace;
        if (ns && lower(name).startsWith(`${lower(ns)}__`) && isCustomName(name.slice(ns.length + 2))) {
            return name.slice(ns.length + 2);
        }
        return name;
    }

    object(name: string): SchemaObject | undefined {
        const key = lower(this.normalize(name));
        if (!this.cache.has(key)) this.cache.set(key, this.build(key) ?? null);
        return this.cache.get(key) ?? undefined;
    }

    /** Every object name a query may use in FROM, for suggestions. */
    objectNames(): string[] {
        return [...this.standard.objectNames(), ...this.projectObjectNames()];
    }

    /** The objects the project defines itself. */
    projectObjectNames(): string[] {
        return [...this.project.objects.values()].filter((d) => d.defined).map((d) => d.name);
    }

    private build(key: string): SchemaObject | undefined {
        const related = /^(.+)__(share|history|feed)$/.exec(key);
        if (related) return this.buildRelated(related[1], related[2]);
        const def = this.project.objects.get(key);
        const standard = this.standard.object(key);
        let o: SchemaObject;
        if (standard) {
            o = emptyObject(standard.name);
            for (const f of standard.fields) {
                if (f.kind === 'field') addField(o, f.name);
                else if (f.kind === 'parent') addParent(o, { name: f.name, target: f.target!, idField: `${f.name}Id` });
                else addChild(o, { name: f.name, child: f.target! });
            }
        } else if (def?.defined) {
            o = emptyObject(def.name);
            addCustomObjectStandardFields(o, def);
        } else {
            return undefined;
        }
        for (const field of def?.fields ?? []) addProjectField(o, field);
        for (const child of this.projectChildren.get(key) ?? []) addChild(o, child);
        if (key === 'account') this.addPersonContactFields(o);
        markFeatures(o, () => (key === 'account' ? this.object('Contact') : undefined));
        return o;
    }

    /** A person account carries its person contact's custom fields as `…__pc` (and lookups as `…__pr`). */
    private addPersonContactFields(account: SchemaObject): void {
        for (const field of this.project.objects.get('contact')?.fields ?? []) {
            if (!/__c$/i.test(field.name)) continue;
            addField(account, `${stem(field.name)}__pc`, 'Person Accounts');
            if (RELATIONSHIP_TYPES.has(field.type) && field.referenceTo) {
                addParent(account, {
                    name: `${stem(field.name)}__pr`,
                    target: field.referenceTo,
                    idField: `${stem(field.name)}__pc`,
                    feature: 'Person Accounts'
                });
            }
        }
    }

    /** `Foo__Share`, `Foo__History`, `Foo__Feed` of a project object that has them. */
    private buildRelated(base: string, kind: string): SchemaObject | undefined {
        const def = this.project.objects.get(`${base}__c`);
        if (!def?.defined) return undefined;
        const o = emptyObject(`${stem(def.name)}__${kind[0].toUpperCase()}${kind.slice(1)}`);
        if (kind === 'share') {
            if (!hasShareObject(def)) return undefined;
            for (const f of [
                'Id',
                'ParentId',
                'UserOrGroupId',
                'AccessLevel',
                'RowCause',
                'IsDeleted',
                'LastModifiedDate',
                'LastModifiedById'
            ]) {
                addField(o, f);
            }
            addParent(o, { name: 'Parent', target: def.name, idField: 'ParentId' });
            addParent(o, { name: 'UserOrGroup', target: POLYMORPHIC, idField: 'UserOrGroupId' });
            addParent(o, { name: 'LastModifiedBy', target: 'User', idField: 'LastModifiedById' });
        } else if (kind === 'history') {
            if (!def.enableHistory) return undefined;
            for (const f of [
                'Id',
                'ParentId',
                'IsDeleted',
                'CreatedById',
                'CreatedDate',
                'Field',
                'DataType',
                'OldValue',
                'NewValue'
            ]) {
                addField(o, f);
            }
            addParent(o, { name: 'Parent', target: def.name, idField: 'ParentId' });
            addParent(o, { name: 'CreatedBy', target: 'User', idField: 'CreatedById' });
        } else {
            // Every feed object has the same shape; only its parent differs.
            const template = this.object('AccountFeed');
            if (!def.enableFeeds || !template) return undefined;
            for (const f of template.fields.values()) o.fields.set(lower(f.name), { ...f });
            for (const p of template.parents.values()) {
                addParent(o, p.name === 'Parent' ? { ...p, target: def.name } : { ...p });
            }
            for (const c of template.children.values()) addChild(o, { ...c });
        }
        return o;
    }
}
