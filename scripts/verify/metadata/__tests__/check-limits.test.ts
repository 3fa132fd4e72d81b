/** @jest-environment node */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectReported"] }] */
import * as path from 'node:path';
import { checkMetadata, formatProblem, type Problem } from '../check-metadata';
import { checkLimits, LIMIT_RULES, SOURCES, type LimitRule } from '../check-limits';
import { loadMetadataSchema, type ResolvedType } from '../schema';
import { readXml, type XmlElement } from '../xml';

const FIXTURE = path.resolve(__dirname, '../../fixtures/bad-metadata-lengths');
const SRC = 'force-app/main/default';
const OBJ = `${SRC}/objects/Widget__c`;

jest.setTimeout(60_000);

function parse(xml: string): XmlElement {
    const result = readXml(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
    if (!result.ok) throw new Error(result.message);
    return result.root;
}

describe('checkMetadata on the bad-metadata-lengths fixture', () => {
    let problems: Problem[];
    let lines: string[];

    beforeAll(async () => {
        problems = await checkMetadata(FIXTURE);
        lines = problems.map(formatProblem);
    });

    /** Asserts that exactly one reported line starts with `file:` and contains every fragment. */
    function expectReported(file: string, ...fragments: string[]): void {
        const matching = lines.filter((l) => l.startsWith(`${file}:`) && fragments.every((f) => l.includes(f)));
        expect({ file, fragments, matching: matching.length, reported: matching.length === 1 ? [] : lines }).toEqual({
            file,
            fragments,
            matching: 1,
            reported: []
        });
    }

    it('reports only length and range problems: every other check passes on the fixture', () => {
        expect(problems.filter((p) => p.check !== 'limits').map(formatProblem)).toEqual([]);
    });

    it('reports object label and description over the limit, with element, actual and allowed length', () => {
        const file = `${OBJ}/Widget__c.object-meta.xml`;
        expectReported(
            file,
            'line 4:',
            'object description (CustomObject > description) is 1001 characters',
            'at most 1000'
        );
        expectReported(file, 'line 5:', 'object label (CustomObject > label) is 41 characters', 'at most 40');
    });

    it('reports field label, description, help text and Long Text Area visible lines out of range', () => {
        const file = `${OBJ}/fields/Summary__c.field-meta.xml`;
        expectReported(file, 'field description (CustomField > description) is 1001 characters', 'at most 1000');
        expectReported(file, 'field help text (CustomField > inlineHelpText) is 511 characters', 'at most 510');
        expectReported(file, 'field label (CustomField > label) is 41 characters', 'at most 40');
        expectReported(file, 'visible lines (CustomField > visibleLines) is 51; an org accepts 2 to 50');
        expectReported(`${OBJ}/fields/Remarks__c.field-meta.xml`, 'visibleLines) is 1; an org accepts 2 to 50');
    });

    it('reports picklist value API names and labels over 255, naming the value', () => {
        const file = `${OBJ}/fields/Shape__c.field-meta.xml`;
        expectReported(
            file,
            'picklist value API name',
            'value[SquareSquareSquareSquareSquareSquareS...]',
            'is 256 characters',
            '255'
        );
        expectReported(file, 'picklist value label', 'is 256 characters', 'at most 255');
    });

    it('reports API names over 40 (object and field without __c), 38 for a custom setting, and Apex names', () => {
        expectReported(
            `${SRC}/objects/SprocketSprocketSprocketSprocketSprocketS__c/SprocketSprocketSprocketSprocketSprocketS__c.object-meta.xml`,
            'object API name (without __c) "SprocketSprocketSprocketSprocketSprocketS__c" is 41 characters',
            'at most 40'
        );
        expectReported(
            `${OBJ}/fields/MeasureMeasureMeasureMeasureMeasureMeasur__c.field-meta.xml`,
            'field API name (without __c)',
            'is 41 characters',
            'at most 40'
        );
        expectReported(
            `${SRC}/objects/SettingsSettingsSettingsSettingsSetting__c/SettingsSettingsSettingsSettingsSetting__c.object-meta.xml`,
            'custom setting API name (without __c)',
            'is 39 characters',
            'at most 38'
        );
        expectReported(
            `${SRC}/classes/WidgetServiceWidgetServiceWidgetServiceWi.cls-meta.xml`,
            'Apex class name "WidgetServiceWidgetServiceWidgetServiceWi" is 41 characters',
            'at most 40'
        );
        expectReported(
            `${SRC}/triggers/WidgetTriggerWidgetTriggerWidgetTriggerWi.trigger-meta.xml`,
            'Apex trigger name',
            'is 41 characters',
            'at most 40'
        );
    });

    it('reports validation rule name, description and error message over the limit', () => {
        const file = `${OBJ}/validationRules/OneOverOneOverOneOverOneOverOneOverOneOve.validationRule-meta.xml`;
        expectReported(file, 'validation rule name', 'is 41 characters', 'at most 40');
        expectReported(file, 'validation rule description', 'is 256 characters', 'at most 255');
        expectReported(file, 'validation rule error message (ValidationRule > errorMessage) is 256', 'at most 255');
    });

    it('reports list view label and API name over 40', () => {
        const file = `${OBJ}/listViews/EveryoneEveryoneEveryoneEveryoneEveryoneE.listView-meta.xml`;
        expectReported(file, 'list view label (ListView > label) is 41 characters', 'at most 40');
        expectReported(file, 'list view API name', 'is 41 characters', 'at most 40');
    });

    it('reports permission set, custom permission, named credential and app labels and descriptions', () => {
        const permissionSet = `${SRC}/permissionsets/WidgetsOver.permissionset-meta.xml`;
        expectReported(permissionSet, 'permission set label (PermissionSet > label) is 81 characters', 'at most 80');
        expectReported(permissionSet, 'permission set description', 'is 256 characters', 'at most 255');
        const permission = `${SRC}/customPermissions/ManageOver.customPermission-meta.xml`;
        expectReported(permission, 'custom permission label', 'is 81 characters', 'at most 80');
        expectReported(permission, 'custom permission description', 'is 256 characters', 'at most 255');
        const credential = `${SRC}/namedCredentials/WidgetsOver.namedCredential-meta.xml`;
        expectReported(credential, 'named credential label', 'is 81 characters', 'at most 80');
        expectReported(credential, 'named credential description', 'is 256 characters', 'at most 255');
        const app = `${SRC}/applications/WidgetsOver.app-meta.xml`;
        expectReported(app, 'app label (CustomApplication > label) is 41 characters', 'at most 40');
        expectReported(app, 'app description', 'is 256 characters', 'at most 255');
    });

    it('reports custom label value, categories and short description, naming the label', () => {
        const file = `${SRC}/labels/CustomLabels.labels-meta.xml`;
        expectReported(file, '(CustomLabels > labels[OneOver] > value) is 1001 characters', 'at most 1000');
        expectReported(file, '(CustomLabels > labels[OneOver] > categories) is 256 characters', 'at most 255');
        expectReported(file, '(CustomLabels > labels[OneOver] > shortDescription) is 81 characters', 'at most 80');
    });

    it('reports a component description over 255', () => {
        expectReported(
            `${SRC}/lwc/widgetOver/widgetOver.js-meta.xml`,
            'component description (LightningComponentBundle > description) is 256 characters',
            'at most 255'
        );
    });

    it('names the documented source in every message', () => {
        const titles = Object.values(SOURCES).map((s) => s.title);
        expect(problems.filter((p) => !titles.some((t) => p.message.includes(`(source: ${t})`)))).toEqual([]);
    });

    it('accepts every value exactly at its limit, and values without a documented limit', () => {
        const atLimit = lines.filter((l) =>
            /AtLimit|GadgetGadget|Notes__c|Measu__c|RecentRecent|WidgetService[A-Za-z]*W\.|WidgetTrigger[A-Za-z]*W\.|Settin__c|externalCredentials|labels\[AtLimit\]/.test(
                l
            )
        );
        expect(atLimit).toEqual([]);
    });

    it('reports nothing else', () => {
        expect(problems).toHaveLength(31);
    });
});

describe('checkLimits', () => {
    it('counts the text the org stores: entities decoded, surrounding whitespace trimmed', () => {
        const exactly40 = `${'a'.repeat(38)}&amp;b`;
        const root = parse(
            `<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <label>\n        ${exactly40}\n    </label>\n</CustomField>`
        );
        expect(checkLimits(root, 'Foo__c')).toEqual([]);
        const over = parse(
            `<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><label>${exactly40}c</label></CustomField>`
        );
        expect(checkLimits(over, 'Foo__c').map((i) => i.message)).toEqual([
            expect.stringContaining('field label (CustomField > label) is 41 characters; an org accepts at most 40')
        ]);
    });

    it('applies a conditional rule only where its condition holds', () => {
        const text = parse(
            '<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><type>Text</type><visibleLines>99</visibleLines></CustomField>'
        );
        expect(checkLimits(text, 'Foo__c')).toEqual([]);
        const object = parse(
            '<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"><label>Thing</label></CustomObject>'
        );
        expect(checkLimits(object, `${'A'.repeat(39)}__c`)).toEqual([]);
    });

    it('leaves a non-number in a range rule to the schema check', () => {
        const root = parse(
            '<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><type>LongTextArea</type><visibleLines>many</visibleLines></CustomField>'
        );
        expect(checkLimits(root, 'Foo__c')).toEqual([]);
    });

    it('reports every repeated element on its own line', () => {
        const root = parse(
            `<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
    <labels><fullName>First</fullName><shortDescription>${'x'.repeat(81)}</shortDescription></labels>
    <labels><fullName>Second</fullName><shortDescription>${'y'.repeat(90)}</shortDescription></labels>
</CustomLabels>`
        );
        expect(checkLimits(root, 'CustomLabels')).toEqual([
            { line: 3, message: expect.stringContaining('labels[First] > shortDescription) is 81 characters') },
            { line: 4, message: expect.stringContaining('labels[Second] > shortDescription) is 90 characters') }
        ]);
    });
});

describe('the rule table', () => {
    const schema = loadMetadataSchema();

    /** The schema type at `rule.target` under `rule.type`, or a reason it does not exist. */
    function resolveTarget(rule: LimitRule): ResolvedType | string {
        let current: ResolvedType | undefined = schema.resolve({ kind: 'named', name: rule.type });
        for (const segment of rule.target.split(' > ')) {
            if (current?.kind !== 'object') return `${segment}: parent is not a complex type`;
            const prop = current.type.props.get(segment);
            if (!prop) return `${current.type.name} has no element <${segment}>`;
            current = schema.resolve(prop.type);
        }
        return current ?? 'unresolved';
    }

    it.each(LIMIT_RULES.map((rule) => [`${rule.type} ${rule.target}`, rule] as const))(
        '%s names a Metadata API type, a documented source and a sane bound',
        (_name, rule) => {
            expect(schema.isMetadataType(rule.type)).toBe(true);
            expect(SOURCES[rule.source]).toBeDefined();
            expect(rule.max).toBeGreaterThan(rule.min ?? 0);
        }
    );

    const elementRules = LIMIT_RULES.filter((rule) => rule.target !== '@name');
    it.each(elementRules.map((rule) => [`${rule.type} > ${rule.target}`, rule] as const))(
        '%s is a plain value in the Metadata API schema (no typo can switch a rule off)',
        (_name, rule) => {
            const resolved = resolveTarget(rule);
            expect(typeof resolved === 'string' ? resolved : resolved.kind).toBe('primitive');
        }
    );

    const conditionalRules = LIMIT_RULES.filter((rule) => rule.when !== undefined);
    it.each(conditionalRules.map((rule) => [`${rule.type} when ${rule.when?.element}`, rule] as const))(
        '%s: the condition names an element of the type',
        (_name, rule) => {
            expect(schema.objectType(rule.type).props.has(rule.when?.element ?? '')).toBe(true);
        }
    );

    it('uses every source, so none is cited for nothing', () => {
        const used = new Set(LIMIT_RULES.map((r) => r.source));
        expect(Object.keys(SOURCES).filter((id) => !used.has(id as keyof typeof SOURCES))).toEqual([]);
    });
});
