/**
 * The Metadata API schema, read from `@salesforce/types/lib/metadata.d.ts` (TypeScript definitions
 * generated from Salesforce's Metadata API WSDL) with the TypeScript compiler API.
 *
 * metadata.d.ts only uses `export type` aliases, in these shapes:
 *   type X = Metadata & { prop?: T; list: U[] };   // complex type extending another one
 *   type X = { ... };                               // complex type
 *   type X = 'A' | 'B';                             // enumeration (a single literal is allowed too)
 *   type X = Y;  type X = string;  type X = unknown; // aliases
 * Properties are `string`, `number`, `boolean`, `any`, a type name, or an array of one of those.
 * Arrays mark repeatable elements (maxOccurs="unbounded"); everything else may occur once.
 */
import * as fs from 'node:fs';
import ts from 'typescript';

export type Primitive = 'string' | 'number' | 'boolean' | 'any';

/** A property's type: a primitive or the name of another type in the schema. */
export type TypeRef = { kind: 'primitive'; name: Primitive } | { kind: 'named'; name: string };

export interface PropertyDef {
    type: TypeRef;
    array: boolean;
    optional: boolean;
}

export type TypeDef =
    | { kind: 'object'; bases: string[]; props: Map<string, PropertyDef> }
    | { kind: 'enum'; values: Set<string> }
    | { kind: 'alias'; target: TypeRef };

/** A complex type with its inherited properties merged in. */
export interface ObjectType {
    name: string;
    props: Map<string, PropertyDef>;
}

export type ResolvedType =
    | { kind: 'primitive'; name: Primitive }
    | { kind: 'enum'; name: string; values: Set<string> }
    | { kind: 'object'; type: ObjectType };

export class MetadataSchema {
    private readonly objectCache = new Map<string, ObjectType>();

    constructor(readonly types: Map<string, TypeDef>) {}

    has(name: string): boolean {
        return this.types.has(name);
    }

    /** True when `name` is a complex type that is, or derives from, `Metadata`. */
    isMetadataType(name: string): boolean {
        const seen = new Set<string>();
        const visit = (n: string): boolean => {
            if (n === 'Metadata') return true;
            if (seen.has(n)) return false;
            seen.add(n);
            const def = this.types.get(n);
            if (!def) return false;
            if (def.kind === 'alias') return def.target.kind === 'named' && visit(def.target.name);
            if (def.kind === 'object') return def.bases.some(visit);
            return false;
        };
        return visit(name);
    }

    resolve(ref: TypeRef): ResolvedType | undefined {
        let current = ref;
        for (let depth = 0; depth < 20; depth++) {
            if (current.kind === 'primitive') return current;
            const def = this.types.get(current.name);
            if (!def) return undefined;
            if (def.kind === 'alias') {
                current = def.target;
                continue;
            }
            if (def.kind === 'enum') return { kind: 'enum', name: current.name, values: def.values };
            return { kind: 'object', type: this.objectType(current.name) };
        }
        return undefined;
    }

    /** The complex type `name` with the properties of every base type merged in. */
    objectType(name: string): ObjectType {
        const cached = this.objectCache.get(name);
        if (cached) return cached;
        const props = new Map<string, PropertyDef>();
        const collect = (n: string, seen: Set<string>): void => {
            if (seen.has(n)) return;
            seen.add(n);
            const def = this.types.get(n);
            if (!def) return;
            if (def.kind === 'alias') {
                if (def.target.kind === 'named') collect(def.target.name, seen);
                return;
            }
            if (def.kind !== 'object') return;
            for (const base of def.bases) collect(base, seen);
            for (const [key, prop] of def.props) props.set(key, prop);
        };
        collect(name, new Set());
        const result = { name, props };
        this.objectCache.set(name, result);
        return result;
    }
}

function primitiveOf(node: ts.TypeNode): Primitive | undefined {
    switch (node.kind) {
        case ts.SyntaxKind.StringKeyword:
            return 'string';
        case ts.SyntaxKind.NumberKeyword:
            return 'number';
        case ts.SyntaxKind.BooleanKeyword:
            return 'boolean';
        case ts.SyntaxKind.AnyKeyword:
        case ts.SyntaxKind.UnknownKeyword:
            return 'any';
        default:
            return undefined;
    }
}

function typeRefOf(node: ts.TypeNode, where: string): TypeRef {
    const primitive = primitiveOf(node);
    if (primitive) return { kind: 'primitive', name: primitive };
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
        // xsd:date / xsd:dateTime come out as the built-in `Date`: a plain value in XML.
        if (node.typeName.text === 'Date') return { kind: 'primitive', name: 'string' };
        return { kind: 'named', name: node.typeName.text };
    }
    throw new Error(`metadata.d.ts: unsupported type ${ts.SyntaxKind[node.kind]} at ${where}`);
}

function propsOf(literal: ts.TypeLiteralNode, typeName: string): Map<string, PropertyDef> {
    const props = new Map<string, PropertyDef>();
    for (const member of literal.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const key = member.name.getText();
        const where = `${typeName}.${key}`;
        const isArray = ts.isArrayTypeNode(member.type);
        const elementType = ts.isArrayTypeNode(member.type) ? member.type.elementType : member.type;
        props.set(key, { type: typeRefOf(elementType, where), array: isArray, optional: !!member.questionToken });
    }
    return props;
}

function stringLiteralOf(node: ts.TypeNode): string | undefined {
    return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
}

function typeDefOf(node: ts.TypeNode, name: string): TypeDef {
    if (ts.isTypeLiteralNode(node)) return { kind: 'object', bases: [], props: propsOf(node, name) };
    if (ts.isIntersectionTypeNode(node)) {
        const bases: string[] = [];
        const props = new Map<string, PropertyDef>();
        for (const part of node.types) {
            if (ts.isTypeReferenceNode(part) && ts.isIdentifier(part.typeName)) bases.push(part.typeName.text);
            else if (ts.isTypeLiteralNode(part)) for (const [k, v] of propsOf(part, name)) props.set(k, v);
            else throw new Error(`metadata.d.ts: unsupported intersection member in ${name}`);
        }
        return { kind: 'object', bases, props };
    }
    const single = stringLiteralOf(node);
    if (single !== undefined) return { kind: 'enum', values: new Set([single]) };
    if (ts.isUnionTypeNode(node)) {
        const values = node.types.map(stringLiteralOf);
        if (values.every((v): v is string => v !== undefined)) return { kind: 'enum', values: new Set(values) };
        throw new Error(`metadata.d.ts: unsupported union in ${name}`);
    }
    return { kind: 'alias', target: typeRefOf(node, name) };
}

export function parseMetadataSchema(dtsText: string, fileName = 'metadata.d.ts'): MetadataSchema {
    const source = ts.createSourceFile(fileName, dtsText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const types = new Map<string, TypeDef>();
    for (const statement of source.statements) {
        if (ts.isTypeAliasDeclaration(statement)) {
            types.set(statement.name.text, typeDefOf(statement.type, statement.name.text));
        }
    }
    return new MetadataSchema(types);
}

let cached: MetadataSchema | undefined;

/** The schema from the installed `@salesforce/types` package (parsed once per process). */
export function loadMetadataSchema(): MetadataSchema {
    if (!cached) {
        // The package exports `./metadata` (lib/metadata.js); its declarations sit next to it.
        const dtsPath = require.resolve('@salesforce/types/metadata').replace(/\.js$/, '.d.ts');
        cached = parseMetadataSchema(fs.readFileSync(dtsPath, 'utf8'), dtsPath);
    }
    return cached;
}
