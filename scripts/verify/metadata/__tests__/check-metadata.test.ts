/** @jest-environment node */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectReported"] }] */
import * as path from 'node:path';
import { checkMetadata, formatProblem, main, type Problem } from '../check-metadata';

const fixtures = path.resolve(__dirname, '../../fixtures');
const BAD = path.join(fixtures, 'bad-metadata');
const GOOD = path.join(__dirname, 'fixtures', 'good-metadata');
const SRC = 'force-app/main/default';

jest.setTimeout(60_000);

describe('checkMetadata on the bad fixture', () => {
    let problems: Problem[];
    let lines: string[];

    beforeAll(async () => {
        problems = await checkMetadata(BAD);
        lines = problems.map(formatProblem);
    });

    /** Asserts that exactly one reported line starts with `file:` and contains every fragment. */
    function expectReported(file: string, ...fragments: string[]): void {
        const matching = lines.filter((l) => l.startsWith(`${file}:`) && fragments.every((f) => l.includes(f)));
        // On failure the message shows everything that was reported.
        expect({ file, fragments, matching: matching.length, reported: matching.length === 1 ? [] : lines }).toEqual({
            file,
            fragments,
            matching: 1,
            reported: []
        });
    }

    it('reports malformed XML with its line', () => {
        expectReported(
            `${SRC}/customPermissions/Malformed.customPermission-meta.xml`,
            'line 5:',
            'malformed XML',
            "closing tag 'label'"
        );
    });

    it('reports a root without the Metadata namespace', () => {
        expectReported(
            `${SRC}/customPermissions/NoNamespace.customPermission-meta.xml`,
            'lacks the Metadata namespace'
        );
    });

    it('reports an invented element', () => {
        expectReported(
            `${SRC}/objects/Widget__c/fields/Size__c.field-meta.xml`,
            'line 4:',
            'unknown element <inventedElement> in CustomField'
        );
    });

    it('reports wrong enumeration values', () => {
        const file = `${SRC}/namedCredentials/Widgets.namedCredential-meta.xml`;
        expectReported(file, '<parameterType> "Bogus" is not a valid NamedCredentialParamType');
        expectReported(file, '<namedCredentialType> "Whatever" is not a valid NamedCredentialType', 'SecuredEndpoint');
    });

    it('reports a non-boolean in a boolean and a non-number in a number', () => {
        expectReported(
            `${SRC}/customPermissions/NotBoolean.customPermission-meta.xml`,
            '<isLicensed> must be true or false, found "yes"'
        );
        expectReported(
            `${SRC}/externalCredentials/Widgets.externalCredential-meta.xml`,
            '<sequenceNumber> must be a number, found "one"'
        );
    });

    it('reports a repeated single element', () => {
        expectReported(
            `${SRC}/externalCredentials/Widgets.externalCredential-meta.xml`,
            'line 11:',
            '<label> is repeated',
            'may occur only once'
        );
    });

    it('checks nested complex types (valueSet > valueSetDefinition > value)', () => {
        const file = `${SRC}/objects/Widget__c/fields/Shape__c.field-meta.xml`;
        expectReported(file, '<default> must be true or false, found "maybe"');
        expectReported(
            file,
            'unknown element <colour> in CustomField > valueSet > valueSetDefinition > value (type CustomValue)'
        );
    });

    it('reports a root element that does not match the file type', () => {
        expectReported(
            `${SRC}/tabs/Widget__c.tab-meta.xml`,
            'root element <CustomApplication> but this file holds a CustomTab'
        );
    });

    it('reports an Apex class without its meta file, and a meta file without its class', () => {
        expectReported(`${SRC}/classes/NoMetaFile.cls`, 'has no NoMetaFile.cls-meta.xml');
        expectReported(`${SRC}/classes/OrphanMeta.cls-meta.xml`, 'has no matching source file OrphanMeta.cls');
    });

    it('reports an LWC bundle without js-meta.xml', () => {
        expectReported(`${SRC}/lwc/noMeta`, 'LWC bundle has no noMeta.js-meta.xml');
    });

    it('reports permission set references that do not resolve', () => {
        const file = `${SRC}/permissionsets/Widgets.permissionset-meta.xml`;
        expectReported(file, 'fieldPermissions names field Widget__c.Missing__c, which is not defined');
        expectReported(file, 'classAccesses names Apex class NoSuchClass');
        expectReported(file, 'customPermissions names custom permission NoSuchPermission');
        expectReported(file, 'objectPermissions names object Gadget__c');
        expectReported(file, 'tabSettings names tab NoSuchTab__c');
        expectReported(file, '"Widgets-NoSuchPrincipal"', 'has no principal parameter named NoSuchPrincipal');
        expectReported(
            file,
            '"NoSuchCredential-WidgetPrincipal"',
            'external credential NoSuchCredential is not in the project'
        );
    });

    it('reports field permissions on required and master-detail fields', () => {
        const file = `${SRC}/permissionsets/Widgets.permissionset-meta.xml`;
        expectReported(file, 'Widget__c.Code__c, a required field');
        expectReported(file, 'Part__c.Widget__c, a master-detail field');
    });

    it('reports dangling credential and lookup references', () => {
        expectReported(
            `${SRC}/namedCredentials/Widgets.namedCredential-meta.xml`,
            'external credential NoSuchCredential, which is not in the project'
        );
        expectReported(
            `${SRC}/objects/Widget__c/fields/Supplier__c.field-meta.xml`,
            'referenceTo names object NoSuchObject__c'
        );
    });

    it('reports LWC imports of missing labels, permissions, Apex and fields', () => {
        const file = `${SRC}/lwc/widgetCard/widgetCard.ts`;
        expectReported(file, 'line 3:', 'imports label c.NoSuchLabel, which is not a custom label');
        expectReported(file, 'imports custom permission NoSuchPermission');
        expectReported(file, 'WidgetController has no @AuraEnabled method notAuraEnabled');
        expectReported(file, 'Apex class NoSuchController is not in the project');
        expectReported(file, 'field Widget__c.Colour__c, which is not defined');
        expect(
            lines.filter((l) => l.includes('WidgetTitle') || l.includes('getWidgetName') || l.includes('Size__c,'))
        ).toEqual([]);
    });

    it('reports malformed structure: text in a complex type, elements in a string, stray attributes, unknown roots', () => {
        const file = `${SRC}/applications/Widgets.app-meta.xml`;
        expectReported(file, '<actionOverrides> (AppActionOverride) must contain elements, found text "oops"');
        expectReported(file, '<description> must be a plain string value, found child element <b>');
        expectReported(file, 'unexpected attribute lang on <label>');
        expectReported(
            `${SRC}/customPermissions/NotMetadata.customPermission-meta.xml`,
            'root element <Bogus> is not a Metadata API type'
        );
    });

    it('reports layouts, flexipages and apps naming missing fields, components and tabs', () => {
        expectReported(
            `${SRC}/layouts/Widget__c-Widget Layout.layout-meta.xml`,
            'layoutItems names field Widget__c.Weight__c'
        );
        expectReported(
            `${SRC}/flexipages/Widget_Record_Page.flexipage-meta.xml`,
            'component c:noSuchComponent is not an LWC or Aura bundle'
        );
        expectReported(`${SRC}/applications/Widgets.app-meta.xml`, 'tabs names tab Gizmo__c');
    });

    it('reports that source-deploy-retrieve cannot convert the source', () => {
        expectReported(
            'force-app',
            'source-deploy-retrieve cannot resolve the source',
            "Expected source files for type 'ApexClass'"
        );
    });

    it('reports nothing else', () => {
        expect(problems).toHaveLength(38);
    });
});

describe('checkMetadata on the good fixture', () => {
    it('reports no problem', async () => {
        const problems = await checkMetadata(GOOD);
        expect(problems.map(formatProblem)).toEqual([]);
    });
});

describe('the CLI', () => {
    let log: jest.SpyInstance;
    let error: jest.SpyInstance;

    beforeEach(() => {
        log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
        error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    });

    afterEach(() => {
        log.mockRestore();
        error.mockRestore();
    });

    it('exits 0 and prints a summary when clean', async () => {
        await expect(main([GOOD])).resolves.toBe(0);
        expect(log).not.toHaveBeenCalled();
        expect(error).toHaveBeenCalledWith(expect.stringMatching(/^check-metadata: no problems/));
    });

    it('exits 1 with one path: message line per problem', async () => {
        await expect(main([BAD])).resolves.toBe(1);
        expect(log).toHaveBeenCalledTimes(38);
        expect(log).toHaveBeenCalledWith(
            `${SRC}/customPermissions/NotBoolean.customPermission-meta.xml: line 3: <isLicensed> must be true or false, found "yes"`
        );
        expect(error).toHaveBeenCalledWith(expect.stringMatching(/^check-metadata: 38 problem\(s\)/));
    });
});
