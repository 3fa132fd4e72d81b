/**
 * The `soql` step must prove it can fail: each class of mistake planted in scripts/verify/fixtures/soql-project
 * is reported with its file, line, query, unknown name and the closest real name, while the fixture's clean
 * twin (GoodQueries.cls), which uses every construct the check resolves, is left alone.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkProject, formatReport, main, type Problem, type SoqlCheckResult } from '../check-soql';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const FIXTURE = path.join(ROOT, 'scripts', 'verify', 'fixtures', 'soql-project');
const CLASSES = 'force-app/main/default/classes';

/** The 1-based line of the first line of `file` (in the fixture) containing `marker`. */
function lineOf(file: string, marker: string, project = FIXTURE): number {
    const lines = readFileSync(path.join(project, file), 'utf8').split('\n');
    const index = lines.findIndex((l) => l.includes(marker));
    if (index < 0) throw new Error(`${marker} not in ${file}`);
    return index + 1;
}

describe('the soql check on the planted fixture', () => {
    let result: SoqlCheckResult;
    let problems: Problem[];
    const problemsIn = (file: string) => problems.filter((p) => p.file === `${CLASSES}/${file}`);

    beforeAll(() => {
        result = checkProject(FIXTURE);
        problems = result.queries.flatMap((q) => q.problems);
    });

    it('reports a misspelled standard field with its file, line, query and the real name (the issue example)', () => {
        const file = 'BadStandardField.cls';
        expect(problemsIn(file)).toEqual([
            expect.objectContaining({
                line: lineOf(`${CLASSES}/${file}`, 'SELECT Id, Emial'),
                name: 'Emial',
                suggestion: 'Email',
                message: "unknown field 'Emial' on Contact — did you mean 'Email'?",
                query: 'SELECT Id, Emial, FirstName, LastName FROM Contact WHERE Id = :personId WITH USER_MODE LIMIT 1'
            })
        ]);
    });

    it('reports a misspelled custom field', () => {
        expect(problemsIn('BadCustomField.cls')).toEqual([
            expect.objectContaining({ name: 'Stauts__c', suggestion: 'Status__c' })
        ]);
    });

    it('reports wrong relationship names, custom and standard', () => {
        expect(problemsIn('BadRelationship.cls').map((p) => [p.name, p.suggestion, p.message])).toEqual([
            [
                'Audience__c',
                'Audience__r',
                "'Audience__c' is a field of MailchimpMembership__c, not a relationship — did you mean 'Audience__r'?"
            ],
            ['Acount', 'Account', "unknown relationship 'Acount' on Contact — did you mean 'Account'?"]
        ]);
    });

    it('reports wrong child relationships in subqueries, custom and standard', () => {
        expect(problemsIn('BadChildRelationship.cls').map((p) => [p.name, p.suggestion])).toEqual([
            ['Membership__r', 'Memberships__r'],
            ['Contact', 'Contacts']
        ]);
    });

    it('reports a field of another object and says where it lives', () => {
        const [listId, company] = problemsIn('BadFieldOfAnotherObject.cls');
        expect(listId).toEqual(expect.objectContaining({ name: 'ListId__c', suggestion: 'Audience__r.ListId__c' }));
        expect(listId.message).toMatch(/MailchimpMembership__c has no field 'ListId__c'; MailchimpAudience__c has/);
        expect(company).toEqual(expect.objectContaining({ name: 'Company' }));
        expect(company.message).toMatch(/unknown field 'Company' on Contact \(it is a field of Lead\)/);
    });

    it('refuses Person Account fields in static SOQL, on Account and on Contact', () => {
        const refused = problemsIn('BadPersonAccountStatic.cls');
        expect(refused.map((p) => p.name)).toEqual([
            'PersonEmail',
            'PersonContactId',
            'IsPersonAccount',
            'IsPersonAccount'
        ]);
        for (const p of refused) expect(p.message).toMatch(/exists only in orgs with Person Accounts turned on/);
    });

    it('checks WHERE, ORDER BY, GROUP BY, aggregate functions, semi-joins, TYPEOF and FROM', () => {
        const file = `${CLASSES}/BadClauses.cls`;
        expect(problemsIn('BadClauses.cls').map((p) => [p.line, p.name, p.suggestion])).toEqual([
            [lineOf(file, 'WHERE Emial__c'), 'Emial__c', 'Email__c'],
            [lineOf(file, 'ORDER BY Emial__c'), 'Emial__c', 'Email__c'],
            [lineOf(file, 'GROUP BY Stauts__c'), 'Stauts__c', 'Status__c'],
            [lineOf(file, 'COUNT_DISTINCT(Emial__c)'), 'Emial__c', 'Email__c'],
            [lineOf(file, "Stauts__c = 'subscribed'"), 'Stauts__c', 'Status__c'],
            [lineOf(file, 'THEN Nmae'), 'Nmae', 'Name'],
            [lineOf(file, 'FROM Contcat'), 'Contcat', 'Contact']
        ]);
    });

    it('checks SOSL RETURNING fields', () => {
        expect(problemsIn('BadSosl.cls').map((p) => [p.name, p.suggestion])).toEqual([
            ['Emial', 'Email'],
            ['Nmae', 'Name']
        ]);
    });

    it('checks triggers', () => {
        const file = 'force-app/main/default/triggers/BadTrigger.trigger';
        expect(problems.filter((p) => p.file === file)).toEqual([
            expect.objectContaining({ line: lineOf(file, 'Compnay'), name: 'Compnay', suggestion: 'Company' })
        ]);
    });

    it('folds dynamic SOQL from constants and constant lists, and points at the string that holds the mistake', () => {
        const file = `${CLASSES}/BadDynamic.cls`;
        const [fromConstant, fromList, fromLocal] = problemsIn('BadDynamic.cls');
        expect(fromConstant).toEqual(
            expect.objectContaining({
                line: lineOf(file, "Database.query('SELECT ' + CONTACT_FIELDS"),
                name: 'Emial',
                suggestion: 'Email'
            })
        );
        expect(fromConstant.message).toContain(`(the name is in the string at ${file}:${lineOf(file, "'Id, Emial'")})`);
        expect(fromList).toEqual(expect.objectContaining({ name: 'Compnay', suggestion: 'Company' }));
        expect(fromList.message).toContain(`(the name is in the string at ${file}:${lineOf(file, "'Compnay'")})`);
        expect(fromLocal).toEqual(expect.objectContaining({ name: 'Stauts__c', suggestion: 'Status__c' }));
    });

    it('leaves the clean twin alone: every construct it uses resolves', () => {
        expect(problemsIn('GoodQueries.cls')).toEqual([]);
        const good = result.queries.filter((q) => q.file.endsWith('GoodQueries.cls'));
        expect(good.filter((q) => q.kind === 'static')).toHaveLength(25);
    });

    it('accepts Person Account and multi-currency fields in dynamic SOQL and lists them', () => {
        const dynamic = result.queries.find((q) => q.featureUses.length > 0);
        expect(dynamic?.problems).toEqual([]);
        expect(dynamic?.featureUses).toEqual([
            'Account.PersonEmail (Person Accounts)',
            'Account.MailchimpRating__pc (Person Accounts)',
            'Account.CurrencyIsoCode (multiple currencies)',
            'Account.IsPersonAccount (Person Accounts)'
        ]);
    });

    it('checks dynamic queries whose run-time parts are values, appends and SOSL, and says which it cannot check and why', () => {
        const dynamic = result.queries.filter((q) => q.kind === 'dynamic' && q.file.endsWith('GoodQueries.cls'));
        expect(dynamic.filter((q) => q.checked).map((q) => q.text)).toEqual([
            'SELECT Id, Name, ListId__c FROM MailchimpAudience__c',
            "SELECT Id, Status__c, Audience__r.ListId__c FROM MailchimpMembership__c WHERE Status__c = 'subscribed'",
            "SELECT Id FROM Contact WHERE LastName = '?'",
            'SELECT Id, Email FROM Contact WHERE Email != NULL',
            'SELECT COUNT() FROM Contact WHERE LastName = :lastName',
            'FIND {Ada} IN ALL FIELDS RETURNING Contact(Id, Email)',
            'SELECT Id, Email, MailchimpRating__c FROM Contact',
            'SELECT Id, PersonEmail, MailchimpRating__pc, CurrencyIsoCode FROM Account WHERE IsPersonAccount = TRUE'
        ]);
        expect(dynamic.filter((q) => !q.checked).map((q) => q.reason)).toEqual([
            'the whole query is `soqlFromCaller`: it is a parameter',
            "run-time parts stand where names go: `String.join(fields,', ')` (its list `fields` is a parameter)",
            `run-time parts stand where names go: \`String.join(growing,', ')\` (its list \`growing\` is changed (line ${lineOf(
                `${CLASSES}/GoodQueries.cls`,
                'growing.add('
            )}))`
        ]);
    });

    it('fails the report, naming file:line, the problem and the query', () => {
        const { text, ok } = formatReport(result);
        expect(ok).toBe(false);
        expect(text).toContain(
            `${CLASSES}/BadStandardField.cls:${lineOf(`${CLASSES}/BadStandardField.cls`, 'SELECT Id, Emial')}:32 ` +
                "unknown field 'Emial' on Contact — did you mean 'Email'?\n" +
                '    in: SELECT Id, Emial, FirstName, LastName FROM Contact WHERE Id = :personId WITH USER_MODE LIMIT 1'
        );
        expect(text).toMatch(/soql: 3 dynamic queries not checked/);
        expect(text).toMatch(/GoodQueries\.cls:\d+ Database\.query\(…\): the whole query is `soqlFromCaller`/);
        expect(text).toMatch(/^soql: 25 problems an org would refuse\.$/m);
    });
});

describe('the soql check on this project', () => {
    it('fails on the typo issue 17 planted in MailchimpMembershipSelector, with the line and a suggestion', () => {
        const project = mkdtempSync(path.join(os.tmpdir(), 'soql-typo-'));
        cpSync(path.join(ROOT, 'sfdx-project.json'), path.join(project, 'sfdx-project.json'));
        cpSync(
            path.join(ROOT, 'force-app', 'main', 'default', 'objects'),
            path.join(project, 'force-app', 'main', 'default', 'objects'),
            {
                recursive: true
            }
        );
        const selector = 'force-app/main/default/classes/membership/MailchimpMembershipSelector.cls';
        const original = readFileSync(path.join(ROOT, selector), 'utf8');
        // The first static Contact query that selects Email, whatever else it selects around it.
        const planted = original.replace(/(SELECT\b[^\]]*?)\bEmail\b([^\]]*?\bFROM\s+Contact\b)/, '$1Emial$2');
        expect(planted).not.toBe(original);
        cpSync(
            path.join(ROOT, 'force-app', 'main', 'default', 'classes', 'membership'),
            path.join(project, 'force-app', 'main', 'default', 'classes', 'membership'),
            {
                recursive: true
            }
        );
        writeFileSync(path.join(project, selector), planted);

        const { text, ok } = formatReport(checkProject(project));

        expect(ok).toBe(false);
        expect(text).toContain(`${selector}:${lineOf(selector, 'Emial', project)}:`);
        expect(text).toContain("unknown field 'Emial' on Contact — did you mean 'Email'?");
        expect(text).toMatch(/^soql: 1 problem an org would refuse\.$/m);
    });

    it('exits non-zero from the command line on a planted mistake, printing the problems to stderr', () => {
        const errors: string[] = [];
        const spy = jest.spyOn(console, 'error').mockImplementation((text: string) => errors.push(text));
        try {
            expect(main([FIXTURE])).toBe(1);
        } finally {
            spy.mockRestore();
        }
        expect(errors.join('\n')).toMatch(/BadStandardField\.cls:\d+:\d+ unknown field 'Emial' on Contact/);
    });

    it('fails with a plain sentence when it cannot run at all', () => {
        const errors: string[] = [];
        const spy = jest.spyOn(console, 'error').mockImplementation((text: string) => errors.push(text));
        try {
            expect(main([path.join(os.tmpdir(), 'no-such-project')])).toBe(1);
        } finally {
            spy.mockRestore();
        }
        expect(errors).toEqual([expect.stringMatching(/^soql: could not run the check: .*sfdx-project\.json/)]);
    });

    it('passes a report without problems, and lists every query on request', () => {
        const clean: SoqlCheckResult = {
            apexFiles: 1,
            standardObjects: 4542,
            projectObjects: 0,
            standardSource: 'sobject-types-65.0.0.jar',
            millis: 1200,
            queries: [
                {
                    file: 'A.cls',
                    line: 3,
                    kind: 'static',
                    language: 'SOQL',
                    text: 'SELECT Id FROM Contact',
                    checked: true,
                    runTimeValues: [],
                    problems: [],
                    featureUses: []
                }
            ]
        };
        const { text, ok } = formatReport(clean, { list: true });
        expect(ok).toBe(true);
        expect(text).toBe(
            'soql: checked 1 static query (1 SOQL, 0 SOSL) and 0 of 0 dynamic queries in 1 Apex file, against 0 project ' +
                'objects and 4,542 standard objects (sobject-types-65.0.0.jar), in 1.2 s.\n' +
                '  A.cls:3 static SOQL checked: SELECT Id FROM Contact\n' +
                'soql: no problems.'
        );
    });
});
