/**
 * The SOQL check's parts on their own: the standard objects read from the jar, the schema built from a
 * project's metadata, constant folding for dynamic SOQL, the suggestions, and the edges of each.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { javaLibDir } from '../../apex-ls';
import { checkProject, type QueryReport } from '../check-soql';
import { ApexUnit, ConstantFolder, unescapeApexString } from '../constants';
import { lex } from '../extract';
import { classFields, Jar } from '../jar';
import { readSoqlProject } from '../project';
import { Schema } from '../schema';
import { findSObjectTypesJar, POLYMORPHIC, StandardCatalog } from '../standard-objects';
import { closest, editDistance } from '../suggest';

const catalog = new StandardCatalog(findSObjectTypesJar(javaLibDir()));

/** A throw-away SFDX project made of the given files (paths relative to force-app/main/default). */
function project(files: Record<string, string>, namespace = ''): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'soql-parts-'));
    writeFileSync(
        path.join(dir, 'sfdx-project.json'),
        JSON.stringify({ packageDirectories: [{ path: 'force-app' }], namespace })
    );
    for (const [file, text] of Object.entries(files)) {
        const full = path.join(dir, 'force-app', 'main', 'default', file);
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, text);
    }
    return dir;
}

const objectXml = (body = '') =>
    `<?xml version="1.0" encoding="UTF-8"?><CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">${body}</CustomObject>`;
const fieldXml = (name: string, type: string, extra = '') =>
    `<?xml version="1.0" encoding="UTF-8"?><CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>${name}</fullName><type>${type}</type>${extra}</CustomField>`;
const apexClass = (name: string, body: string) => ({ [`classes/${name}.cls`]: `public class ${name} {\n${body}\n}\n` });

const problemsOf = (queries: QueryReport[]) => queries.flatMap((q) => q.problems.map((p) => p.message));

describe('standard objects from sobject-types jar', () => {
    it('knows fields, lookups, polymorphic lookups, compound fields and child relationships', () => {
        const contact = catalog.object('contact')!;
        const byName = new Map(contact.fields.map((f) => [f.name, f]));
        expect(byName.get('Email')).toEqual({ name: 'Email', kind: 'field' });
        expect(byName.get('Account')).toEqual({ name: 'Account', kind: 'parent', target: 'Account' });
        expect(byName.get('MailingAddress')).toEqual({ name: 'MailingAddress', kind: 'field' });
        expect(catalog.object('Task')!.fields.find((f) => f.name === 'What')).toEqual({
            name: 'What',
            kind: 'parent',
            target: POLYMORPHIC
        });
        expect(catalog.object('Account')!.fields.find((f) => f.name === 'Contacts')).toEqual({
            name: 'Contacts',
            kind: 'child',
            target: 'Contact'
        });
        expect(catalog.object('EntityDefinition')!.fields).toContainEqual({
            name: 'Fields',
            kind: 'child',
            target: 'FieldDefinition'
        });
        expect(catalog.object('FlowDefinitionView')!.fields).toContainEqual({
            name: 'TriggerObjectOrEvent',
            kind: 'parent',
            target: 'EntityDefinition'
        });
        expect(catalog.object('NoSuchObject')).toBeUndefined();
        expect(catalog.size).toBeGreaterThan(4000);
    });

    it('refuses what is not a jar or not a class file', () => {
        expect(() => new Jar(Buffer.alloc(64))).toThrow(/not a zip file/);
        expect(() => classFields(Buffer.from('not a class file'))).toThrow(/not a class file/);
        expect(() => findSObjectTypesJar(os.tmpdir())).toThrow(/No sobject-types-\*\.jar/);
    });
});

describe('schema from project metadata', () => {
    const dir = project({
        'objects/Parent__c/Parent__c.object-meta.xml': objectXml(
            '<enableActivities>true</enableActivities><enableFeeds>true</enableFeeds><sharingModel>ReadWrite</sharingModel>'
        ),
        'objects/Parent__c/recordTypes/Big.recordType-meta.xml': '<RecordType/>',
        'objects/Detail__c/Detail__c.object-meta.xml': objectXml(),
        'objects/Detail__c/fields/Parent__c.field-meta.xml': fieldXml(
            'Parent__c',
            'MasterDetail',
            '<referenceTo>Parent__c</referenceTo><relationshipName>Details</relationshipName>'
        ),
        'objects/Detail__c/fields/Where__c.field-meta.xml': fieldXml('Where__c', 'Location'),
        'objects/Setting__c/Setting__c.object-meta.xml': objectXml(
            '<customSettingsType>Hierarchy</customSettingsType>'
        ),
        'objects/Rule__mdt/Rule__mdt.object-meta.xml': objectXml(),
        'objects/Rule__mdt/fields/Target__c.field-meta.xml': fieldXml(
            'Target__c',
            'MetadataRelationship',
            '<referenceTo>EntityDefinition</referenceTo>'
        ),
        'objects/Happened__e/Happened__e.object-meta.xml': objectXml(),
        'objects/Contact/fields/Manager__c.field-meta.xml': fieldXml(
            'Manager__c',
            'Lookup',
            '<referenceTo>User</referenceTo><relationshipName>Reports</relationshipName>'
        )
    });
    const schema = new Schema(catalog, readSoqlProject(dir));

    it('gives a custom object its platform fields by its settings', () => {
        const parent = schema.object('Parent__c')!;
        expect([...parent.fields.keys()]).toEqual(
            expect.arrayContaining(['ownerid', 'recordtypeid', 'lastactivitydate', 'currencyisocode'])
        );
        expect(parent.children.get('details__r')).toEqual({ name: 'Details__r', child: 'Detail__c' });
        expect(parent.children.get('tasks')?.child).toBe('Task');
        expect(parent.children.get('feeds')?.child).toBe('Parent__Feed');
        expect(parent.children.get('shares')).toBeUndefined();
        expect(schema.object('Parent__Share')).toBeUndefined();
        expect(schema.object('Parent__History')).toBeUndefined();
        expect(schema.object('Parent__Feed')?.parents.get('parent')?.target).toBe('Parent__c');
    });

    it('gives a master-detail child no owner, and a geolocation field its parts', () => {
        const detail = schema.object('Detail__c')!;
        expect(detail.fields.has('ownerid')).toBe(false);
        expect(detail.parents.get('parent__r')?.target).toBe('Parent__c');
        expect(detail.fields.has('where__latitude__s')).toBe(true);
        expect(detail.children.has('tasks')).toBe(false);
    });

    it('knows custom settings, custom metadata types and platform events', () => {
        expect(schema.object('Setting__c')!.parents.get('setupowner')?.target).toBe(POLYMORPHIC);
        expect(schema.object('Setting__c')!.fields.has('ownerid')).toBe(false);
        const rule = schema.object('Rule__mdt')!;
        expect([...rule.fields.keys()]).toEqual(
            expect.arrayContaining(['developername', 'qualifiedapiname', 'target__c'])
        );
        expect(rule.parents.get('target__r')?.target).toBe('EntityDefinition');
        expect(schema.object('Happened__e')!.fields.has('replayid')).toBe(true);
    });

    it("adds the project's fields to standard objects, and their child relationships to the parent", () => {
        expect(schema.object('Contact')!.parents.get('manager__r')?.target).toBe('User');
        expect(schema.object('User')!.children.get('reports__r')).toEqual({ name: 'Reports__r', child: 'Contact' });
        const account = schema.object('Account')!;
        expect(account.fields.get('manager__pc')?.feature).toBe('Person Accounts');
        expect(account.parents.get('manager__pr')?.feature).toBe('Person Accounts');
        expect(account.children.get('personcases')?.feature).toBe('Person Accounts');
        expect(account.children.get('cases')?.feature).toBeUndefined();
        expect(account.fields.get('firstname')?.feature).toBe('Person Accounts');
        expect(account.fields.get('name')?.feature).toBeUndefined();
    });

    it("resolves the project's own namespace prefix", () => {
        const namespaced = new Schema(catalog, readSoqlProject(project({}, 'mcm')));
        expect(namespaced.normalize('mcm__Rule__c')).toBe('Rule__c');
        expect(namespaced.normalize('other__Rule__c')).toBe('other__Rule__c');
        expect(namespaced.normalize('mcm__Account')).toBe('mcm__Account');
    });
});

describe('constant folding for dynamic SOQL', () => {
    const fold = (source: string, argument: string, others: ApexUnit[] = []) => {
        const text = `public class A {\n${source}\n    void run() { Database.query(${argument}); }\n}\n`;
        const unit = new ApexUnit('A.cls', lex(text));
        const site = unit.tokens.findIndex((t) => t.text === 'Database');
        const line = unit.tokens[site].line;
        const column = text.split('\n')[line - 1].indexOf(argument);
        return new ConstantFolder([unit, ...others]).fold(unit, argument, line, column, site);
    };
    const joined = (pieces: ReturnType<typeof fold>) =>
        pieces.map((p) => (p.hole ? `<${p.hole.expression}: ${p.hole.reason}>` : p.text)).join('');

    it('reads Apex string literals', () => {
        expect(unescapeApexString("'it\\'s a \\\\ \\n \\u0041'")).toBe("it's a \\ \n A");
        expect(unescapeApexString("'''\nSELECT Id\nFROM Contact'''")).toBe('SELECT Id\nFROM Contact');
    });

    it('folds literals, members through this and other classes, and numbers', () => {
        const other = `public class Fields {\n    public static final String CONTACT = 'Id, Email';\n}\n`;
        const fields = new ApexUnit('Fields.cls', lex(other));
        const pieces = fold(
            "    private final String BASE = 'FROM Contact';",
            "'SELECT ' + Fields.CONTACT + ' ' + this.BASE + ' LIMIT ' + 10",
            [fields]
        );
        expect(joined(pieces)).toBe('SELECT Id, Email FROM Contact LIMIT 10');
        expect(pieces[1].origin).toEqual({ file: 'Fields.cls', line: 2 });
    });

    it('leaves holes for what only run time knows, and says why', () => {
        expect(joined(fold('    String q;', 'q'))).toBe('<q: it is set at run time>');
        expect(joined(fold('', 'undeclared'))).toBe('<undeclared: it is not declared in this file>');
        expect(joined(fold("    String q = 'a';\n    void change() { q = 'b'; }", 'q'))).toBe(
            '<q: it is assigned again (line 3)>'
        );
        expect(joined(fold('', 'Other.CONSTANT'))).toBe('<Other.CONSTANT: it is not a constant of this project>');
        expect(joined(fold('', "flag ? 'a' : 'b'"))).toBe("<flag?'a':'b': it is computed at run time>");
        expect(joined(fold('', "'a' +"))).toBe("<'a' +: it is not an expression the check can read>");
    });

    it('scopes parameters to their own method, and follows String.join over constant lists', () => {
        const source = [
            "    static final List<String> NAMES = new List<String>{ 'Id', 'Name' };",
            '    void first(String q) { }',
            '    abstract void second(String q);',
            "    void third() { String q = 'FROM Contact'; }"
        ].join('\n');
        expect(joined(fold(source, 'q'))).toBe('<q: it is not declared in this file>');
        expect(joined(fold(source, "'SELECT ' + String.join(NAMES, ', ')"))).toBe('SELECT Id, Name');
        expect(joined(fold(source, "String.join(new String[]{ 'Id', 'Email' }, ',')"))).toBe('Id,Email');
        expect(joined(fold(source, 'String.join(NAMES, separator)'))).toMatch(/separator is computed at run time/);
        expect(joined(fold(source, "String.join(new List<String>{ 'Id', name }, ',')"))).toMatch(
            /its list holds values computed at run time/
        );
    });

    it('stops following constants that refer to themselves', () => {
        expect(joined(fold('    static final String A = B;\n    static final String B = A;', 'A'))).toMatch(
            /nest too deeply/
        );
    });
});

describe('queries the check refuses to guess about', () => {
    it('reports static and constant dynamic queries that do not parse, and skips query locators over lists', () => {
        const dir = project(
            apexClass(
                'Broken',
                `    void run(List<Contact> contacts) {
        List<Contact> a = [SELECT Id FROM Contact WHERE Name =];
        List<List<SObject>> b = [FIND 'x' RETURNING Contact(Id WHERE)];
        List<Contact> c = Database.query('SELECT FROM Contact');
        Database.QueryLocator d = Database.getQueryLocator(contacts);
        List<Contact> e = Database.query('SELECT Id, ' + contacts + ' FROM Contact');
    }`
            )
        );
        const { queries } = checkProject(dir);
        expect(problemsOf(queries)).toEqual([
            expect.stringMatching(/^does not parse as SOQL: /),
            expect.stringMatching(/^does not parse as SOSL: /),
            expect.stringMatching(/^does not parse as SOQL: /)
        ]);
        expect(queries.filter((q) => q.kind === 'dynamic')).toHaveLength(2);
        expect(queries.find((q) => q.text.includes('?'))?.reason).toMatch(/run-time parts stand where names go/);
    });

    it('shows a query without its comments, and keeps its place in a file with emoji', () => {
        const dir = project(
            apexClass(
                'Commented',
                `    String party = '🥳🥳';
    void run() {
        List<Contact> a = [
            SELECT Id, // the record
                Emial
            FROM Contact
        ];
    }`
            )
        );
        const [query] = checkProject(dir).queries;
        expect(query.text).toBe('SELECT Id, Emial FROM Contact');
        expect(query.problems).toEqual([expect.objectContaining({ line: 6, name: 'Emial', suggestion: 'Email' })]);
    });

    it('resolves old-style joins in FROM and reports a broken one', () => {
        const dir = project(
            apexClass(
                'Joins',
                `    void run() {
        List<Contact> a = [SELECT c.Name, a.Name FROM Contact c, c.Account a];
        List<Contact> b = [SELECT c.Name FROM Contact c, c.Acount a];
        List<Task> d = [SELECT TYPEOF Wat WHEN Account THEN Name END FROM Task];
        List<Task> e = [SELECT Id FROM Account WHERE Owner = NULL];
    }`
            )
        );
        expect(problemsOf(checkProject(dir).queries)).toEqual([
            "unknown relationship 'Acount' on Contact — did you mean 'Account'?",
            "unknown relationship 'Wat' on Task — did you mean 'What'?",
            "'Owner' is a relationship of Account, not a field: select its Id or one of its fields — did you mean 'OwnerId'?"
        ]);
    });
});

describe('suggestions', () => {
    it('counts a swapped pair of letters as one edit, ignoring case', () => {
        expect(editDistance('Emial', 'email')).toBe(1);
        expect(editDistance('Stauts__c', 'Status__c')).toBe(1);
        expect(editDistance('', 'abc')).toBe(3);
    });

    it('offers the closest name, preferring a shared prefix, and nothing when every name is far off', () => {
        expect(closest('Emial', ['Name', 'Email', 'EmailBouncedDate'])).toBe('Email');
        expect(closest('Acount', ['Account', 'Contact'])).toBe('Account');
        expect(closest('Zzzzzzzz', ['Id', 'Name'])).toBeUndefined();
        expect(closest('Name', [])).toBeUndefined();
    });
});
