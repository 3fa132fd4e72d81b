/**
 * Cross-references: names in permission sets, credentials, fields, layouts, tabs, apps, flexipages
 * and LWC `@salesforce/*` imports must resolve inside the project or to the standard platform.
 */
import * as fs from 'node:fs';
import { metaBaseName, type ObjectInfo, type ProjectIndex } from './project';
import { child, childText, childrenNamed, type XmlElement } from './xml';

export interface ReferenceIssue {
    file: string;
    line: number;
    message: string;
}

/**
 * Standard objects the package may name without defining them. Deliberately small: extend it when
 * the package starts using another standard object.
 */
export const STANDARD_OBJECTS = new Set(
    [
        'Account',
        'Asset',
        'Attachment',
        'Campaign',
        'CampaignMember',
        'Case',
        'Contact',
        'ContentDocument',
        'ContentVersion',
        'Contract',
        'Document',
        'EmailMessage',
        'Event',
        'Group',
        'Individual',
        'Lead',
        'Note',
        'Opportunity',
        'OpportunityContactRole',
        'Order',
        'Organization',
        'Pricebook2',
        'Product2',
        'Profile',
        'RecordType',
        'Task',
        'User',
        'UserRole',
        'AsyncApexJob',
        'CronTrigger',
        'ApexClass',
        'PermissionSet',
        'PermissionSetAssignment',
        // Targets of metadata relationship fields on custom metadata types.
        'EntityDefinition',
        'FieldDefinition'
    ].map((n) => n.toLowerCase())
);

/** `ns__Name__c` (another package's component) — not ours to resolve. */
function isOtherNamespace(name: string): boolean {
    return (name.match(/__/g) ?? []).length >= 2 || (!/__[a-z]+$/i.test(name) && name.includes('__'));
}

function isCustomName(name: string): boolean {
    return /__(c|mdt|e|b|x|kav|ka|share|history|feed)$/i.test(name);
}

export class ReferenceChecker {
    readonly issues: ReferenceIssue[] = [];

    constructor(private readonly index: ProjectIndex) {}

    private report(file: string, line: number, message: string): void {
        this.issues.push({ file, line, message });
    }

    /** The object, when `name` is defined in the project or is an allowed standard object. */
    private object(name: string): ObjectInfo | 'standard' | undefined {
        const info = this.index.objects.get(name.toLowerCase());
        if (info && (info.file || !isCustomName(name))) return info;
        if (!isCustomName(name) && STANDARD_OBJECTS.has(name.toLowerCase())) return 'standard';
        return undefined;
    }

    private checkObjectName(file: string, element: XmlElement, name: string, what: string): boolean {
        if (name === '' || isOtherNamespace(name)) return false;
        if (this.object(name)) return true;
        this.report(
            file,
            element.line,
            isCustomName(name)
                ? `${what} names object ${name}, which is not defined in the project`
                : `${what} names object ${name}, which is neither in the project nor in the checker's standard-object list`
        );
        return false;
    }

    /** Checks `Object.Field`; returns the field's metadata when it is a custom field of the project. */
    private checkFieldName(file: string, element: XmlElement, qualified: string, what: string) {
        const dot = qualified.indexOf('.');
        if (dot <= 0) {
            this.report(file, element.line, `${what} "${qualified}" is not of the form Object.Field`);
            return undefined;
        }
        const objectName = qualified.slice(0, dot);
        const fieldName = qualified.slice(dot + 1);
        if (!this.checkObjectName(file, element, objectName, what)) return undefined;
        if (!isCustomName(fieldName) || isOtherNamespace(fieldName)) return undefined;
        const info = this.index.objects.get(objectName.toLowerCase())?.fields.get(fieldName.toLowerCase());
        if (!info) {
            this.report(
                file,
                element.line,
                `${what} names field ${objectName}.${fieldName}, which is not defined in the project`
            );
        }
        return info;
    }

    checkFile(file: string, root: XmlElement): void {
        switch (root.name) {
            case 'PermissionSet':
                this.checkPermissionSet(file, root);
                break;
            case 'NamedCredential':
                this.checkNamedCredential(file, root);
                break;
            case 'CustomField':
                this.checkCustomField(file, root);
                break;
            case 'CustomTab':
                this.checkTab(file, root);
                break;
            case 'CustomApplication':
                this.checkApplication(file, root);
                break;
            case 'Layout':
                this.checkLayout(file, root);
                break;
            case 'FlexiPage':
                this.checkFlexiPage(file, root);
                break;
            default:
                break;
        }
    }

    private checkPermissionSet(file: string, root: XmlElement): void {
        for (const entry of childrenNamed(root, 'objectPermissions')) {
            const element = child(entry, 'object') ?? entry;
            this.checkObjectName(file, element, element.text, 'objectPermissions');
        }
        for (const entry of childrenNamed(root, 'fieldPermissions')) {
            const element = child(entry, 'field') ?? entry;
            const field = this.checkFieldName(file, element, element.text, 'fieldPermissions');
            if (field?.required) {
                this.report(
                    file,
                    element.line,
                    `fieldPermissions lists ${element.text}, a required field: the Metadata API rejects permissions on required fields`
                );
            }
            if (field?.type === 'MasterDetail') {
                this.report(
                    file,
                    element.line,
                    `fieldPermissions lists ${element.text}, a master-detail field: the Metadata API rejects permissions on master-detail fields`
                );
            }
        }
        for (const entry of childrenNamed(root, 'classAccesses')) {
            const element = child(entry, 'apexClass') ?? entry;
            if (!isOtherNamespace(element.text) && !this.index.classes.has(element.text.toLowerCase())) {
                this.report(
                    file,
                    element.line,
                    `classAccesses names Apex class ${element.text}, which is not in the project`
                );
            }
        }
        for (const entry of childrenNamed(root, 'customPermissions')) {
            const element = child(entry, 'name') ?? entry;
            if (!isOtherNamespace(element.text) && !this.index.customPermissions.has(element.text.toLowerCase())) {
                this.report(
                    file,
                    element.line,
                    `customPermissions names custom permission ${element.text}, which is not in the project`
                );
            }
        }
        for (const entry of childrenNamed(root, 'tabSettings')) {
            const element = child(entry, 'tab') ?? entry;
            this.checkTabName(file, element, element.text, 'tabSettings');
        }
        for (const entry of childrenNamed(root, 'applicationVisibilities')) {
            const element = child(entry, 'application') ?? entry;
            const name = element.text;
            if (
                !name.startsWith('standard__') &&
                !isOtherNamespace(name) &&
                !this.index.applications.has(name.toLowerCase())
            ) {
                this.report(
                    file,
                    element.line,
                    `applicationVisibilities names application ${name}, which is not in the project`
                );
            }
        }
        for (const entry of childrenNamed(root, 'pageAccesses')) {
            const element = child(entry, 'apexPage') ?? entry;
            if (!isOtherNamespace(element.text) && !this.index.pages.has(element.text.toLowerCase())) {
                this.report(
                    file,
                    element.line,
                    `pageAccesses names Visualforce page ${element.text}, which is not in the project`
                );
            }
        }
        for (const entry of childrenNamed(root, 'flowAccesses')) {
            const element = child(entry, 'flowName') ?? entry;
            if (!isOtherNamespace(element.text) && !this.index.flows.has(element.text.toLowerCase())) {
                this.report(file, element.line, `flowAccesses names flow ${element.text}, which is not in the project`);
            }
        }
        for (const entry of childrenNamed(root, 'recordTypeVisibilities')) {
            const element = child(entry, 'recordType') ?? entry;
            const [objectName, recordType] = element.text.split('.');
            if (!recordType) {
                this.report(
                    file,
                    element.line,
                    `recordTypeVisibilities "${element.text}" is not of the form Object.RecordType`
                );
            } else if (this.checkObjectName(file, element, objectName, 'recordTypeVisibilities')) {
                const info = this.index.objects.get(objectName.toLowerCase());
                if (isCustomName(objectName) && !info?.recordTypes.has(recordType.toLowerCase())) {
                    this.report(
                        file,
                        element.line,
                        `recordTypeVisibilities names record type ${element.text}, which is not in the project`
                    );
                }
            }
        }
        for (const entry of childrenNamed(root, 'externalCredentialPrincipalAccesses')) {
            const element = child(entry, 'externalCredentialPrincipal') ?? entry;
            const value = element.text;
            const dash = value.indexOf('-');
            if (dash <= 0) {
                this.report(
                    file,
                    element.line,
                    `externalCredentialPrincipal "${value}" is not of the form <ExternalCredential>-<Principal>`
                );
                continue;
            }
            const credential = value.slice(0, dash);
            const principal = value.slice(dash + 1);
            if (isOtherNamespace(credential)) continue;
            const principals = this.index.externalCredentials.get(credential.toLowerCase());
            if (!principals) {
                this.report(
                    file,
                    element.line,
                    `externalCredentialPrincipal "${value}": external credential ${credential} is not in the project`
                );
            } else if (!principals.has(principal.toLowerCase())) {
                this.report(
                    file,
                    element.line,
                    `externalCredentialPrincipal "${value}": external credential ${credential} has no principal parameter named ${principal}`
                );
            }
        }
    }

    private checkTabName(file: string, element: XmlElement, name: string, what: string): void {
        if (name === '' || name.startsWith('standard-') || isOtherNamespace(name)) return;
        if (!this.index.tabs.has(name.toLowerCase())) {
            this.report(file, element.line, `${what} names tab ${name}, which is not in the project`);
        }
    }

    private checkNamedCredential(file: string, root: XmlElement): void {
        for (const parameter of childrenNamed(root, 'namedCredentialParameters')) {
            if (childText(parameter, 'parameterType') !== 'Authentication') continue;
            const element = child(parameter, 'externalCredential');
            if (!element) {
                this.report(file, parameter.line, 'the Authentication parameter has no <externalCredential>');
            } else if (
                !isOtherNamespace(element.text) &&
                !this.index.externalCredentials.has(element.text.toLowerCase())
            ) {
                this.report(
                    file,
                    element.line,
                    `Authentication parameter names external credential ${element.text}, which is not in the project`
                );
            }
        }
    }

    private checkCustomField(file: string, root: XmlElement): void {
        for (const element of childrenNamed(root, 'referenceTo')) {
            this.checkObjectName(file, element, element.text, 'referenceTo');
        }
    }

    private checkTab(file: string, root: XmlElement): void {
        if (childText(root, 'customObject') === 'true') {
            this.checkObjectName(file, child(root, 'customObject') ?? root, metaBaseName(file), 'this object tab');
        }
        const lwc = child(root, 'lwcComponent');
        if (lwc && !this.index.lwc.has(lwc.text.toLowerCase())) {
            this.report(file, lwc.line, `lwcComponent names ${lwc.text}, which is not an LWC bundle in the project`);
        }
        const page = child(root, 'flexiPage');
        if (page && !this.pageExists(page.text)) {
            this.report(file, page.line, `flexiPage names ${page.text}, which is not in the project`);
        }
    }

    private pageExists(name: string): boolean {
        return isOtherNamespace(name) || this.index.flexiPages.has(name.toLowerCase());
    }

    private checkApplication(file: string, root: XmlElement): void {
        for (const element of childrenNamed(root, 'tabs')) this.checkTabName(file, element, element.text, 'tabs');
        const utilityBar = child(root, 'utilityBar');
        if (utilityBar && !this.pageExists(utilityBar.text)) {
            this.report(
                file,
                utilityBar.line,
                `utilityBar names flexipage ${utilityBar.text}, which is not in the project`
            );
        }
    }

    private checkLayout(file: string, root: XmlElement): void {
        const objectName = metaBaseName(file).split('-')[0];
        if (!this.checkObjectName(file, root, objectName, 'this layout')) return;
        const visit = (element: XmlElement): void => {
            if (element.name === 'layoutItems') {
                const field = child(element, 'field');
                if (field) this.checkFieldName(file, field, `${objectName}.${field.text}`, 'layoutItems');
            }
            element.children.forEach(visit);
        };
        visit(root);
    }

    private checkFlexiPage(file: string, root: XmlElement): void {
        const sobject = child(root, 'sobjectType');
        if (sobject) this.checkObjectName(file, sobject, sobject.text, 'sobjectType');
        const visit = (element: XmlElement): void => {
            if (element.name === 'componentName') {
                const match = /^c:(\w+)$/.exec(element.text);
                if (
                    match &&
                    !this.index.lwc.has(match[1].toLowerCase()) &&
                    !this.index.aura.has(match[1].toLowerCase())
                ) {
                    this.report(
                        file,
                        element.line,
                        `component ${element.text} is not an LWC or Aura bundle in the project`
                    );
                }
            }
            if (element.name === 'fieldItem' && sobject) {
                const match = /^Record\.(\w+)$/.exec(element.text);
                if (match) this.checkFieldName(file, element, `${sobject.text}.${match[1]}`, 'fieldItem');
            }
            element.children.forEach(visit);
        };
        visit(root);
    }

    /** `@salesforce/label`, `customPermission`, `apex` and `schema` imports in LWC sources. */
    checkLwcSource(file: string): void {
        const text = fs.readFileSync(file, 'utf8');
        const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
        const importRe =
            /(?:from\s*|import\s*\(\s*|import\s+|jest\.mock\(\s*)['"]@salesforce\/(label|customPermission|apex|schema)\/([^'"]+)['"]/g;
        for (let m = importRe.exec(text); m; m = importRe.exec(text)) {
            const [, kind, name] = m;
            const line = lineOf(m.index);
            if (kind === 'label') {
                const labelMatch = /^c\.(\w+)$/.exec(name);
                if (labelMatch && !this.index.labels.has(labelMatch[1].toLowerCase())) {
                    this.report(
                        file,
                        line,
                        `imports label c.${labelMatch[1]}, which is not a custom label in the project`
                    );
                }
            } else if (kind === 'customPermission') {
                if (!isOtherNamespace(name) && !this.index.customPermissions.has(name.toLowerCase())) {
                    this.report(file, line, `imports custom permission ${name}, which is not in the project`);
                }
            } else if (kind === 'apex') {
                this.checkApexImport(file, line, name);
            } else {
                const parts = name.split('.');
                const fake = { line } as XmlElement;
                if (parts.length === 1) this.checkObjectName(file, fake, parts[0], `@salesforce/schema/${name}`);
                else if (parts.length === 2) this.checkFieldName(file, fake, name, `@salesforce/schema/${name}`);
                else this.checkObjectName(file, fake, parts[0], `@salesforce/schema/${name}`);
            }
        }
    }

    private checkApexImport(file: string, line: number, name: string): void {
        const parts = name.split('.');
        if (parts.length !== 2) return; // Namespace.Class.method: another package.
        const [className, method] = parts;
        const info = this.index.classes.get(className.toLowerCase());
        if (!info) {
            this.report(
                file,
                line,
                `imports @salesforce/apex/${name}, but Apex class ${className} is not in the project`
            );
            return;
        }
        if (!auraEnabledMethods(info.text).has(method.toLowerCase())) {
            this.report(
                file,
                line,
                `imports @salesforce/apex/${name}, but ${className} has no @AuraEnabled method ${method}`
            );
        }
    }
}

function stripApexComments(text: string): string {
    return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
}

/** Lower-cased names of methods annotated @AuraEnabled in an Apex class body. */
export function auraEnabledMethods(source: string): Set<string> {
    const names = new Set<string>();
    const re = /@AuraEnabled\b(?:\s*\([^)]*\))?((?:\s*@\w+(?:\s*\([^)]*\))?)*)\s+([^;{}()=]*?)\b(\w+)\s*\(/gi;
    const text = stripApexComments(source);
    for (let m = re.exec(text); m; m = re.exec(text)) names.add(m[3].toLowerCase());
    return names;
}
