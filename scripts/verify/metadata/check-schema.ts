/**
 * Walks a metadata XML tree against the Metadata API schema (see schema.ts): unknown elements,
 * repeated single elements, enumeration values, booleans and numbers, recursively.
 */
import { localName, type XmlElement } from './xml';
import type { MetadataSchema, ObjectType, ResolvedType } from './schema';

export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

export interface SchemaIssue {
    line: number;
    message: string;
}

/**
 * Properties whose WSDL type is an opaque string but whose source-format XML holds elements.
 * LightningComponentBundle.targetConfigs is base64Binary in the WSDL; source format writes its
 * `<targetConfig targets="...">` children inline.
 */
const OPAQUE_PROPERTIES = new Set(['LightningComponentBundle.targetConfigs']);

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

const XSD_PRIMITIVES: Record<string, ResolvedType> = {
    string: { kind: 'primitive', name: 'string' },
    date: { kind: 'primitive', name: 'string' },
    dateTime: { kind: 'primitive', name: 'string' },
    time: { kind: 'primitive', name: 'string' },
    base64Binary: { kind: 'primitive', name: 'string' },
    boolean: { kind: 'primitive', name: 'boolean' },
    int: { kind: 'primitive', name: 'number' },
    long: { kind: 'primitive', name: 'number' },
    double: { kind: 'primitive', name: 'number' },
    decimal: { kind: 'primitive', name: 'number' }
};

function quote(value: string): string {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
}

function listValues(values: Set<string>): string {
    const all = [...values];
    return all.length <= 12 ? all.join(', ') : `${all.slice(0, 12).join(', ')}, ... (${all.length} values)`;
}

function isNamespaceAttribute(name: string): boolean {
    return name === 'xmlns' || name.startsWith('xmlns:');
}

function isXsiAttribute(name: string): boolean {
    return name.includes(':') && (localName(name) === 'type' || localName(name) === 'nil');
}

function xsiType(element: XmlElement): string | undefined {
    const key = Object.keys(element.attributes).find((k) => k.includes(':') && localName(k) === 'type');
    return key === undefined ? undefined : element.attributes[key];
}

function isNil(element: XmlElement): boolean {
    return Object.entries(element.attributes).some(
        ([k, v]) => k.includes(':') && localName(k) === 'nil' && v === 'true'
    );
}

export class SchemaWalker {
    readonly issues: SchemaIssue[] = [];

    constructor(private readonly schema: MetadataSchema) {}

    private report(element: XmlElement, message: string): void {
        this.issues.push({ line: element.line, message });
    }

    /** Validates a root element whose name is a Metadata type. */
    checkRoot(root: XmlElement): void {
        for (const attribute of Object.keys(root.attributes)) {
            if (!isNamespaceAttribute(attribute))
                this.report(root, `unexpected attribute ${attribute} on <${root.name}>`);
        }
        this.checkObject(root, this.schema.objectType(root.name), root.name);
    }

    private checkObject(element: XmlElement, type: ObjectType, path: string): void {
        if (element.text !== '') {
            this.report(
                element,
                `<${element.name}> (${type.name}) must contain elements, found text ${quote(element.text)}`
            );
        }
        const counts = new Map<string, number>();
        for (const childElement of element.children) {
            const childPath = `${path} > ${childElement.name}`;
            const prop = type.props.get(childElement.name);
            if (!prop) {
                this.report(childElement, `unknown element <${childElement.name}> in ${path} (type ${type.name})`);
                continue;
            }
            const count = (counts.get(childElement.name) ?? 0) + 1;
            counts.set(childElement.name, count);
            if (count === 2 && !prop.array) {
                this.report(
                    childElement,
                    `<${childElement.name}> is repeated in ${path} but ${type.name}.${childElement.name} may occur only once`
                );
            }
            for (const attribute of Object.keys(childElement.attributes)) {
                if (!isNamespaceAttribute(attribute) && !isXsiAttribute(attribute)) {
                    this.report(childElement, `unexpected attribute ${attribute} on <${childElement.name}> in ${path}`);
                }
            }
            if (OPAQUE_PROPERTIES.has(`${type.name}.${childElement.name}`)) continue;
            const resolved = this.typeOfElement(childElement) ?? this.schema.resolve(prop.type);
            if (!resolved) {
                this.report(childElement, `schema has no definition for the type of ${type.name}.${childElement.name}`);
                continue;
            }
            this.checkValue(childElement, resolved, childPath);
        }
    }

    /** The type named by an xsi:type attribute, when there is one. */
    private typeOfElement(element: XmlElement): ResolvedType | undefined {
        const declared = xsiType(element);
        if (declared === undefined) return undefined;
        const name = localName(declared);
        if (declared.includes(':') && XSD_PRIMITIVES[name] && !this.schema.has(name)) return XSD_PRIMITIVES[name];
        if (this.schema.has(name)) return this.schema.resolve({ kind: 'named', name });
        return XSD_PRIMITIVES[name];
    }

    private checkValue(element: XmlElement, type: ResolvedType, path: string): void {
        if (type.kind === 'object') {
            this.checkObject(element, type.type, path);
            return;
        }
        if (type.kind === 'primitive' && type.name === 'any') return;
        if (element.children.length > 0) {
            this.report(
                element,
                `<${element.name}> must be a plain ${type.name} value, found child element <${element.children[0].name}>`
            );
            return;
        }
        if (isNil(element)) return;
        const value = element.text;
        if (type.kind === 'enum') {
            if (!type.values.has(value)) {
                this.report(
                    element,
                    `<${element.name}> ${quote(value)} is not a valid ${type.name} (allowed: ${listValues(type.values)})`
                );
            }
            return;
        }
        if (type.name === 'boolean' && value !== 'true' && value !== 'false') {
            this.report(element, `<${element.name}> must be true or false, found ${quote(value)}`);
        } else if (type.name === 'number' && !NUMBER.test(value)) {
            this.report(element, `<${element.name}> must be a number, found ${quote(value)}`);
        }
    }
}

/** Schema issues for a parsed metadata file (namespace, root type, content). */
export function checkMetadataXml(root: XmlElement, schema: MetadataSchema, expectedType?: string): SchemaIssue[] {
    const walker = new SchemaWalker(schema);
    const namespace = root.attributes.xmlns;
    if (namespace !== METADATA_NAMESPACE) {
        walker.issues.push({
            line: root.line,
            message:
                namespace === undefined
                    ? `root <${root.name}> lacks the Metadata namespace xmlns="${METADATA_NAMESPACE}"`
                    : `root <${root.name}> has namespace "${namespace}", expected "${METADATA_NAMESPACE}"`
        });
    }
    if (!schema.isMetadataType(root.name)) {
        walker.issues.push({ line: root.line, message: `root element <${root.name}> is not a Metadata API type` });
        return walker.issues;
    }
    if (expectedType !== undefined && expectedType !== root.name) {
        walker.issues.push({
            line: root.line,
            message: `root element <${root.name}> but this file holds a ${expectedType}`
        });
    }
    walker.checkRoot(root);
    return walker.issues;
}
