/**
 * Lengths and ranges an org enforces on deploy that the Metadata API schema (the WSDL behind
 * `@salesforce/types`) does not declare: every `description` is a plain `string` there, yet an org
 * refuses an object description over 1,000 characters and a permission set description over 255.
 *
 * One table of rules (LIMIT_RULES) drives one generic check (checkLimits). A rule names the metadata
 * type (the root element of the source file), the element path under it (or `@name`, the component's
 * API name taken from the file name), the allowed length or range, and the SOURCES entry that
 * documents the number. Length is counted in UTF-16 code units of the text as the org stores it
 * (entities decoded, surrounding whitespace trimmed): Salesforce documents lengths in "Unicode
 * characters", and UTF-16 units are never fewer, so the check can only err on the strict side.
 *
 * Limits this file deliberately does NOT enforce, because no source reachable while writing it states
 * the number (checked: Metadata API, Object and Field References, Tooling API, Salesforce Help):
 *  - ExternalCredential label and description (neither the Metadata API nor the Tooling API page
 *    gives a length; only its sibling NamedCredential's Description is documented, at 255);
 *  - CustomTab description, LightningComponentBundle masterLabel, CustomField relationshipLabel and
 *    relationshipName, a custom label's API name (fullName);
 *  - the field-type combinations an org checks (Text needs a length of 1-255, Number a precision of
 *    at most 18 and a scale no larger than it, Lookup a relationshipName, custom-setting fields no
 *    Picklist or Lookup): widely repeated, but not in a Salesforce page we could read. The one
 *    combination with a citable range, Long Text Area visible lines, is in the table.
 * Add a rule here only together with its source.
 */
import { childText, type XmlElement } from './xml';

export interface LimitSource {
    /** Document title and section, as a reader would look it up. */
    title: string;
    url: string;
    /** What the source says, in its words, and anything that makes it weaker than a reference page. */
    says: string;
}

/** Where each number comes from. Every rule points at one of these. */
export const SOURCES = {
    metaCustomLabels: {
        title: 'Metadata API Developer Guide, CustomLabels (CustomLabel.value, CustomLabel.categories)',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_customlabels.htm',
        says: '"Custom labels are custom text values, up to 1,000 characters in length"; value "Maximum of 1000 characters"; categories "Maximum of 255 characters" (also Tooling API ExternalString.Category, "limited to 255 characters").'
    },
    observedLabelShortDescription: {
        title: 'Deploy error quoted in coveo/ui-kit pull request #1128 (not in Salesforce documentation)',
        url: 'https://github.com/coveo/ui-kit/pull/1128',
        says: 'A custom label shortDescription over 80 characters fails the deploy with "Value too long for field: MasterLabel maximum length is:80". No Salesforce page states this limit.'
    },
    metaValidationRule: {
        title: 'Metadata API Developer Guide, ValidationRule (errorMessage); Tooling API, ValidationRule.ErrorMessage',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_validationformulas.htm',
        says: 'errorMessage: "The message must be 255 characters or less."'
    },
    helpValidationRuleFields: {
        title: 'Salesforce Help, Validation Rules Fields',
        url: 'https://help.salesforce.com/s/articleView?id=platform.fields_validation_rules_fields.htm&type=5',
        says: 'Rule Name: "Unique identifier of up to 40 characters"; Description: "A 255-character or less description".'
    },
    fieldRefPermissionSet: {
        title: 'Salesforce Field Reference Guide, PermissionSet (Label, Description); Metadata API, PermissionSet.description',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_PermissionSet.htm',
        says: 'Label string(80), Description string(255); Metadata API description: "Maximum 255 characters".'
    },
    objRefCustomPermission: {
        title: 'Object Reference for the Salesforce Platform, CustomPermission (MasterLabel, Description)',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_custompermission.htm',
        says: 'MasterLabel: "Limit: 80 characters"; Description: "Limit: 255 characters".'
    },
    fieldRefListView: {
        title: 'Salesforce Field Reference Guide, ListView (Name); Object Reference, ListView (DeveloperName)',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_ListView.htm',
        says: 'View Name (the label) string(40). The Object Reference says the API name "must be 40 characters or fewer" while the Field Reference lists DeveloperName at 80: the stricter documented 40 is applied.'
    },
    fieldRefNamedCredential: {
        title: 'Salesforce Field Reference Guide, NamedCredential (MasterLabel, Description)',
        url: 'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-namedcredential.html',
        says: 'MasterLabel string(80), Description string(255).'
    },
    fieldRefAppDefinition: {
        title: 'Salesforce Field Reference Guide, AppDefinition (MasterLabel, Description)',
        url: 'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-appdefinition.html',
        says: 'MasterLabel (the app label) string(40), Description string(255).'
    },
    toolingLwc: {
        title: 'Tooling API, LightningComponentBundle.Description',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_lightningcomponentbundle.htm',
        says: '"The text description of the bundle. Maximum size of 255 characters."'
    },
    fieldRefFieldDefinition: {
        title: 'Salesforce Field Reference Guide, FieldDefinition (Description, DeveloperName)',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_FieldDefinition.htm',
        says: 'Description textarea(1000); DeveloperName (the API name without __c) string(40).'
    },
    kaFieldNamesAndLabels: {
        title: 'Salesforce Help, Knowledge Article 000381913 (field names and labels: 40 characters)',
        url: 'https://help.salesforce.com/s/articleView?id=000381913&type=1',
        says: '"The current character limit for creating field names and labels is 40 characters"; a 40-character custom object name gets "__c" appended (43). Salesforce CLI plugin-custom-metadata validates API names the same way: "trimming the __c ... since it does not count towards the limit", at most 40.'
    },
    fieldRefEntityDefinition: {
        title: 'Salesforce Field Reference Guide, EntityDefinition (DeveloperName)',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_EntityDefinition.htm',
        says: 'DeveloperName (the object API name without __c) string(40).'
    },
    helpDefineCustomSettings: {
        title: 'Salesforce Help, Define Custom Settings (Object Name)',
        url: 'https://gyde.ai/kb/define-custom-settings',
        says: '"Salesforce recommends using ASCII for the Object Name. The name can\'t exceed 38 ASCII characters." Read through a verbatim copy of the Help page (the link); the Help page itself was not reachable here.'
    },
    helpPicklistValues: {
        title: 'Salesforce Help, Create a Custom Picklist Field; Picklist Limitations',
        url: 'https://help.salesforce.com/HTViewHelpDoc?id=fields_creating_picklists.htm&language=en_US',
        says: '"Put each value on a separate line. Values can be up to 255 characters long." Applied to both the value\'s API name (fullName) and its label.'
    },
    helpCustomFieldAttributes: {
        title: 'Salesforce Help, Custom Field Attributes (# Visible Lines)',
        url: 'https://help.salesforce.com/s/articleView?id=platform.custom_field_attributes.htm&type=5',
        says: '"For Long Text Area fields, set the number of lines to be shown on Edit pages. You can show from 2 through 50 lines".'
    },
    apexTypeName: {
        title: 'Apex compiler error "Type name too long, maximum length is 40"; Salesforce Extensions for VS Code',
        url: 'https://github.com/forcedotcom/salesforcedx-vscode/pull/4580',
        says: "The compiler message is quoted in SFDO-Community/declarative-lookup-rollup-summaries#25; Salesforce's VS Code extension refuses class and trigger names over 40 characters (forcedotcom/salesforcedx-vscode#3624, PR #4580). The Apex Developer Guide states no number, and the ApexClass object's Name column allows 255."
    },
    issue10: {
        title: 'Issue 10, item 1 (figure from the issue; not confirmed in a Salesforce page read here)',
        url: 'https://help.salesforce.com/s/articleView?id=platform.custom_field_attributes.htm&type=5',
        says: 'The issue gives object label 40, plural label 40, object description 1,000 and inline help text 510. The Salesforce Help pages that define these attributes (Custom Field Attributes; Custom Object Definition) were reachable here only up to the text before these numbers, so the figures rest on the issue and the deploy it reports, not on a page we read.'
    }
} satisfies Record<string, LimitSource>;

export type SourceId = keyof typeof SOURCES;

export interface LimitRule {
    /** Metadata type: the root element of the source file (CustomField, CustomObject, ...). */
    type: string;
    /**
     * Element names from the root down (`valueSet > valueSetDefinition > value > label`), or `@name`
     * for the component's API name taken from its file name.
     */
    target: string;
    /** What the element is, in a reader's words ("field description"). */
    what: string;
    /** Most characters (length rules) or highest value (range rules) an org accepts. */
    max: number;
    /** Range rules only: the lowest value an org accepts. Without it the rule limits length. */
    min?: number;
    /** `@name` rules: the suffix the platform adds, which the limit does not count (`__c`). */
    stripSuffix?: RegExp;
    /** The rule applies only when this root child holds one of `in` (or, without `in`, is present). */
    when?: { element: string; in?: string[] };
    source: SourceId;
}

const CUSTOM_SUFFIX = /__(c|mdt|e|x|b)$/;

/** The table. Keep rules grouped by type, and every number next to its source. */
export const LIMIT_RULES: readonly LimitRule[] = [
    // CustomObject (objects/<Name>/<Name>.object-meta.xml)
    { type: 'CustomObject', target: 'label', what: 'object label', max: 40, source: 'issue10' },
    { type: 'CustomObject', target: 'pluralLabel', what: 'object plural label', max: 40, source: 'issue10' },
    { type: 'CustomObject', target: 'description', what: 'object description', max: 1000, source: 'issue10' },
    {
        type: 'CustomObject',
        target: 'nameField > label',
        what: 'name field label',
        max: 40,
        source: 'kaFieldNamesAndLabels'
    },
    {
        type: 'CustomObject',
        target: '@name',
        what: 'object API name (without __c)',
        max: 40,
        stripSuffix: CUSTOM_SUFFIX,
        source: 'fieldRefEntityDefinition'
    },
    {
        type: 'CustomObject',
        target: '@name',
        what: 'custom setting API name (without __c)',
        max: 38,
        stripSuffix: CUSTOM_SUFFIX,
        when: { element: 'customSettingsType' },
        source: 'helpDefineCustomSettings'
    },
    // CustomField (objects/<Object>/fields/<Name>.field-meta.xml)
    { type: 'CustomField', target: 'label', what: 'field label', max: 40, source: 'kaFieldNamesAndLabels' },
    {
        type: 'CustomField',
        target: 'description',
        what: 'field description',
        max: 1000,
        source: 'fieldRefFieldDefinition'
    },
    { type: 'CustomField', target: 'inlineHelpText', what: 'field help text', max: 510, source: 'issue10' },
    {
        type: 'CustomField',
        target: '@name',
        what: 'field API name (without __c)',
        max: 40,
        stripSuffix: CUSTOM_SUFFIX,
        source: 'fieldRefFieldDefinition'
    },
    {
        type: 'CustomField',
        target: 'valueSet > valueSetDefinition > value > fullName',
        what: 'picklist value API name',
        max: 255,
        source: 'helpPicklistValues'
    },
    {
        type: 'CustomField',
        target: 'valueSet > valueSetDefinition > value > label',
        what: 'picklist value label',
        max: 255,
        source: 'helpPicklistValues'
    },
    {
        type: 'CustomField',
        target: 'visibleLines',
        what: 'Long Text Area visible lines',
        min: 2,
        max: 50,
        when: { element: 'type', in: ['LongTextArea'] },
        source: 'helpCustomFieldAttributes'
    },
    // ValidationRule (objects/<Object>/validationRules/<Name>.validationRule-meta.xml)
    {
        type: 'ValidationRule',
        target: 'errorMessage',
        what: 'validation rule error message',
        max: 255,
        source: 'metaValidationRule'
    },
    {
        type: 'ValidationRule',
        target: 'description',
        what: 'validation rule description',
        max: 255,
        source: 'helpValidationRuleFields'
    },
    {
        type: 'ValidationRule',
        target: '@name',
        what: 'validation rule name',
        max: 40,
        source: 'helpValidationRuleFields'
    },
    // ListView (objects/<Object>/listViews/<Name>.listView-meta.xml)
    { type: 'ListView', target: 'label', what: 'list view label', max: 40, source: 'fieldRefListView' },
    { type: 'ListView', target: '@name', what: 'list view API name', max: 40, source: 'fieldRefListView' },
    // PermissionSet
    {
        type: 'PermissionSet',
        target: 'label',
        what: 'permission set label',
        max: 80,
        source: 'fieldRefPermissionSet'
    },
    {
        type: 'PermissionSet',
        target: 'description',
        what: 'permission set description',
        max: 255,
        source: 'fieldRefPermissionSet'
    },
    // CustomPermission
    {
        type: 'CustomPermission',
        target: 'label',
        what: 'custom permission label',
        max: 80,
        source: 'objRefCustomPermission'
    },
    {
        type: 'CustomPermission',
        target: 'description',
        what: 'custom permission description',
        max: 255,
        source: 'objRefCustomPermission'
    },
    // CustomLabels (labels/CustomLabels.labels-meta.xml)
    {
        type: 'CustomLabels',
        target: 'labels > value',
        what: 'custom label value',
        max: 1000,
        source: 'metaCustomLabels'
    },
    {
        type: 'CustomLabels',
        target: 'labels > categories',
        what: 'custom label categories',
        max: 255,
        source: 'metaCustomLabels'
    },
    {
        type: 'CustomLabels',
        target: 'labels > shortDescription',
        what: 'custom label short description',
        max: 80,
        source: 'observedLabelShortDescription'
    },
    // NamedCredential
    {
        type: 'NamedCredential',
        target: 'label',
        what: 'named credential label',
        max: 80,
        source: 'fieldRefNamedCredential'
    },
    {
        type: 'NamedCredential',
        target: 'description',
        what: 'named credential description',
        max: 255,
        source: 'fieldRefNamedCredential'
    },
    // CustomApplication
    { type: 'CustomApplication', target: 'label', what: 'app label', max: 40, source: 'fieldRefAppDefinition' },
    {
        type: 'CustomApplication',
        target: 'description',
        what: 'app description',
        max: 255,
        source: 'fieldRefAppDefinition'
    },
    // LightningComponentBundle (lwc/<name>/<name>.js-meta.xml)
    {
        type: 'LightningComponentBundle',
        target: 'description',
        what: 'component description',
        max: 255,
        source: 'toolingLwc'
    },
    // Apex
    { type: 'ApexClass', target: '@name', what: 'Apex class name', max: 40, source: 'apexTypeName' },
    { type: 'ApexTrigger', target: '@name', what: 'Apex trigger name', max: 40, source: 'apexTypeName' }
];

export interface LimitIssue {
    line: number;
    message: string;
}

interface Found {
    /** `CustomField > valueSet > ... > value[Round] > label`, for the message. */
    where: string;
    value: string;
    line: number;
}

/** Long names (a 255-character picklist value) would swamp the message; its start is enough to find it. */
function shorten(name: string): string {
    return name.length > 40 ? `${name.slice(0, 37)}...` : name;
}

function applies(rule: LimitRule, root: XmlElement): boolean {
    if (!rule.when) return true;
    const present = root.children.find((c) => c.name === rule.when?.element);
    if (!present) return false;
    return rule.when.in === undefined || rule.when.in.includes(present.text);
}

/** Every element at the rule's path (repeated elements included), with a readable location. */
function findTargets(rule: LimitRule, root: XmlElement, componentName: string): Found[] {
    if (rule.target === '@name') {
        const name = rule.stripSuffix ? componentName.replace(rule.stripSuffix, '') : componentName;
        return [{ where: JSON.stringify(componentName), value: name, line: root.line }];
    }
    let level: { element: XmlElement; where: string }[] = [{ element: root, where: root.name }];
    for (const segment of rule.target.split(' > ')) {
        const next: { element: XmlElement; where: string }[] = [];
        for (const { element, where } of level) {
            const matching = element.children.filter((c) => c.name === segment);
            for (const childElement of matching) {
                // Name containers by their fullName (labels[MyLabel], value[Round]) so the message points at one.
                const id = shorten(childText(childElement, 'fullName'));
                next.push({ element: childElement, where: `${where} > ${segment}${id ? `[${id}]` : ''}` });
            }
        }
        level = next;
    }
    return level.map(({ element, where }) => ({ where: `(${where})`, value: element.text, line: element.line }));
}

function sourceNote(rule: LimitRule): string {
    return `source: ${SOURCES[rule.source].title}`;
}

/**
 * Length and range problems in one parsed metadata file. `componentName` is the API name the file
 * gives its component (`Foo__c` for `Foo__c.field-meta.xml`).
 */
export function checkLimits(
    root: XmlElement,
    componentName: string,
    rules: readonly LimitRule[] = LIMIT_RULES
): LimitIssue[] {
    const issues: LimitIssue[] = [];
    for (const rule of rules) {
        if (rule.type !== root.name || !applies(rule, root)) continue;
        for (const found of findTargets(rule, root, componentName)) {
            if (rule.min !== undefined) {
                const value = Number(found.value);
                if (found.value === '' || Number.isNaN(value)) continue; // the schema check reports non-numbers
                if (value < rule.min || value > rule.max) {
                    issues.push({
                        line: found.line,
                        message: `${rule.what} ${found.where} is ${found.value}; an org accepts ${rule.min} to ${rule.max} (${sourceNote(rule)})`
                    });
                }
                continue;
            }
            const length = found.value.length;
            if (length > rule.max) {
                issues.push({
                    line: found.line,
                    message: `${rule.what} ${found.where} is ${length} characters; an org accepts at most ${rule.max} (${sourceNote(rule)})`
                });
            }
        }
    }
    return issues;
}
