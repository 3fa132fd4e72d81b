/**
 * Resolving one parsed SOQL or SOSL query against the schema: the FROM object (or child relationship, in a
 * subquery), every field path in SELECT, TYPEOF, aggregate and date functions, WHERE, GROUP BY, HAVING and
 * ORDER BY, and semi-join subqueries. Bind expressions (`:name`) are Apex, not SOQL, and are skipped; so are
 * `WITH` filters other than the security modes (which need no resolving), `USING SCOPE` and data categories.
 */
import { FieldNameContext, SoqlIdContext } from '@apexdevtools/apex-parser';
import type {
    FieldExpressionContext,
    FieldListContext,
    FieldOrderListContext,
    FieldSpecListContext,
    FromNameListContext,
    GroupByClauseContext,
    LogicalExpressionContext,
    QueryContext,
    SelectEntryContext,
    SoqlFunctionContext,
    SoslClausesContext,
    SoslIdContext,
    SubFieldEntryContext,
    SubQueryContext,
    TypeOfContext,
    ValueContext,
    WhereClauseContext,
    WhereLogicalExpressionContext
} from '@apexdevtools/apex-parser';
import type { Feature, Schema, SchemaObject } from './schema';
import { closest } from './suggest';

export interface NameProblem {
    line: number;
    column: number;
    /** The unknown (or refused) name, as written. */
    name: string;
    message: string;
    suggestion?: string;
}

interface Segment {
    text: string;
    line: number;
    column: number;
}

interface Scope {
    object: SchemaObject;
    /** Lower-cased names that may prefix a field path: FROM aliases, and the FROM name itself. */
    aliases: Map<string, SchemaObject>;
    /** Lower-cased aliases given in SELECT (`COUNT(Id) total`), which ORDER BY may name. */
    selectAliases: Set<string>;
}

/** A node whose children may be absent at run time whatever the generated types say. */
type Maybe<T> = T | null | undefined;

const key = (s: string) => s.toLowerCase();

/** Where a field written on the wrong object most likely belongs. */
const COMMON_OBJECTS = ['Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Campaign', 'User', 'Task', 'Event'];

function segmentsOf(ctx: FieldNameContext): Segment[] {
    return ctx.soqlId_list().map((id) => ({ text: id.getText(), line: id.start.line, column: id.start.column }));
}

function soslSegments(ctx: SoslIdContext): Segment[] {
    const first = ctx.id();
    const out: Segment[] = [{ text: first.getText(), line: first.start.line, column: first.start.column }];
    for (const rest of ctx.soslId_list()) out.push(...soslSegments(rest));
    return out;
}

const dotted = (segments: Segment[]) => segments.map((s) => s.text).join('.');

export class QueryResolver {
    readonly problems: NameProblem[] = [];
    /** In dynamic queries: the feature-dependent names that were accepted, e.g. `Account.PersonEmail (Person Accounts)`. */
    readonly featureUses: string[] = [];

    constructor(
        private readonly schema: Schema,
        private readonly dynamic: boolean
    ) {}

    query(ctx: QueryContext): void {
        const scope = this.from(ctx.fromNameList());
        if (!scope) return;
        for (const entry of ctx.selectList().selectEntry_list()) this.selectEntry(entry, scope);
        this.where(ctx.whereClause(), scope);
        this.groupBy(ctx.groupByClause(), scope);
        this.orderBy(ctx.orderByClause()?.fieldOrderList(), scope);
    }

    /** A SOSL literal, `[FIND '…' …]` or (dynamic) `FIND {…} …`. */
    sosl(ctx: { soslClauses(): SoslClausesContext }): void {
        this.fieldSpecs(ctx.soslClauses().fieldSpecList());
    }

    private report(segment: Segment, message: string, suggestion?: string): void {
        const text = suggestion ? `${message} — did you mean '${suggestion}'?` : message;
        this.problems.push({
            line: segment.line,
            column: segment.column,
            name: segment.text,
            message: text,
            suggestion
        });
    }

    private feature(item: { name: string; feature?: Feature }, object: SchemaObject, segment: Segment): void {
        if (!item.feature) return;
        const qualified = `${object.name}.${item.name}`;
        if (this.dynamic) {
            this.featureUses.push(`${qualified} (${item.feature})`);
            return;
        }
        this.report(
            segment,
            `${qualified} exists only in orgs with ${item.feature} turned on: in static SOQL it makes the package ` +
                `uninstallable where the feature is off. Query it with dynamic SOQL, after checking the org has it`
        );
    }

    // ---- FROM -------------------------------------------------------------------------------------------------

    /** The scope a FROM clause opens: an object, or in a child subquery one of `parent`'s child relationships. */
    private from(list: FromNameListContext, parent?: Scope): Scope | undefined {
        const entries: { name: FieldNameContext; alias?: string }[] = [];
        for (const child of list.children ?? []) {
            if (child instanceof FieldNameContext) entries.push({ name: child });
            else if (child instanceof SoqlIdContext && entries.length) {
                entries[entries.length - 1].alias = key(child.getText());
            }
        }
        const [first, ...joins] = entries;
        let segments = segmentsOf(first.name);
        let object: SchemaObject | undefined;
        if (parent) {
            if (segments.length > 1 && parent.aliases.has(key(segments[0].text))) segments = segments.slice(1);
            object = this.childRelationship(parent.object, segments[segments.length - 1]);
        } else {
            object = this.objectNamed(segments[segments.length - 1]);
        }
        if (!object) return undefined;
        const fromName = key(dotted(segments));
        const scope: Scope = { object, aliases: new Map([[fromName, object]]), selectAliases: new Set() };
        if (first.alias) scope.aliases.set(first.alias, object);
        // `FROM Contact c, c.Account a`: the older join syntax names a relationship path and an alias for it.
        for (const join of joins) {
            const target = this.relationshipPath(segmentsOf(join.name), scope);
            if (target && join.alias) scope.aliases.set(join.alias, target);
        }
        return scope;
    }

    private objectNamed(segment: Segment): SchemaObject | undefined {
        const object = this.schema.object(segment.text);
        if (!object) {
            this.report(segment, `unknown object '${segment.text}'`, closest(segment.text, this.schema.objectNames()));
        }
        return object;
    }

    private childRelationship(parent: SchemaObject, segment: Segment): SchemaObject | undefined {
        const relationship = parent.children.get(key(this.schema.normalize(segment.text)));
        if (!relationship) {
            const sameObject = [...parent.children.values()].find((c) => key(c.child) === key(segment.text));
            this.report(
                segment,
                `unknown child relationship '${segment.text}' on ${parent.name}`,
                sameObject?.name ??
                    closest(
                        segment.text,
                        [...parent.children.values()].map((c) => c.name)
                    )
            );
            return undefined;
        }
        this.feature(relationship, parent, segment);
        return this.schema.object(relationship.child);
    }

    // ---- SELECT -----------------------------------------------------------------------------------------------

    private selectEntry(entry: SelectEntryContext | SubFieldEntryContext, scope: Scope): void {
        const field = entry.fieldName();
        const fn = entry.soqlFunction();
        const sub = entry.subQuery();
        const typeOf = entry.typeOf();
        const alias = entry.soqlId();
        if (alias) scope.selectAliases.add(key(alias.getText()));
        if (field) this.path(segmentsOf(field), scope);
        else if (fn) this.soqlFunction(fn, scope);
        else if (sub) this.subQuery(sub, scope);
        else if (typeOf) this.typeOf(typeOf, scope);
    }

    private soqlFunction(fn: SoqlFunctionContext, scope: Scope): void {
        const field = fn.fieldName();
        if (field) this.path(segmentsOf(field), scope);
        const dateField = fn.dateFieldName()?.fieldName();
        if (dateField) this.path(segmentsOf(dateField), scope);
        const inner = fn.soqlFunction();
        if (inner) this.soqlFunction(inner, scope);
        for (const location of fn.locationValue_list()) {
            const locationField = location.fieldName();
            if (locationField) this.path(segmentsOf(locationField), scope);
        }
    }

    /** A subquery in SELECT reads a child relationship; one in WHERE (a semi-join) reads an object. */
    private subQuery(sub: SubQueryContext, parent?: Scope): void {
        const scope = this.from(sub.fromNameList(), parent);
        if (!scope) return;
        for (const entry of sub.subFieldList().subFieldEntry_list()) this.selectEntry(entry, scope);
        this.where(sub.whereClause(), scope);
        this.orderBy(sub.orderByClause()?.fieldOrderList(), scope);
    }

    private typeOf(ctx: TypeOfContext, scope: Scope): void {
        const segments = segmentsOf(ctx.fieldName());
        const polymorphic = this.relationshipPath(segments, scope);
        for (const when of ctx.whenClause_list()) {
            const [typeSegment] = segmentsOf(when.fieldName());
            const type = this.objectNamed(typeSegment);
            if (!type) continue;
            const typeScope: Scope = { object: type, aliases: new Map(), selectAliases: new Set() };
            for (const field of when.fieldNameList().fieldName_list()) this.path(segmentsOf(field), typeScope);
        }
        const otherwise = ctx.elseClause();
        if (otherwise && polymorphic) {
            const elseScope: Scope = { object: polymorphic, aliases: new Map(), selectAliases: new Set() };
            for (const field of otherwise.fieldNameList().fieldName_list()) this.path(segmentsOf(field), elseScope);
        }
    }

    // ---- WHERE, GROUP BY, HAVING, ORDER BY ------------------------------------------------------------------

    private where(clause: Maybe<WhereClauseContext>, scope: Scope): void {
        if (clause) this.whereLogical(clause.whereLogicalExpression(), scope);
    }

    private whereLogical(ctx: WhereLogicalExpressionContext, scope: Scope): void {
        for (const condition of ctx.whereConditionalExpression_list()) {
            const nested = condition.whereLogicalExpression();
            if (nested) {
                this.whereLogical(nested, scope);
                continue;
            }
            const expression = condition.whereFieldExpression();
            const field = expression?.fieldExpression();
            if (field) this.fieldExpression(field, scope);
            else if (expression?.value()) this.value(expression.value(), scope);
        }
    }

    private logical(ctx: Maybe<LogicalExpressionContext>, scope: Scope): void {
        for (const condition of ctx?.conditionalExpression_list() ?? []) {
            const nested = condition.logicalExpression();
            if (nested) this.logical(nested, scope);
            else this.fieldExpression(condition.fieldExpression(), scope);
        }
    }

    private fieldExpression(ctx: FieldExpressionContext, scope: Scope): void {
        const field = ctx.fieldName();
        const fn = ctx.soqlFunction();
        if (field) this.path(segmentsOf(field), scope);
        else if (fn) this.soqlFunction(fn, scope);
        this.value(ctx.value(), scope);
    }

    private value(ctx: Maybe<ValueContext>, scope: Scope): void {
        if (!ctx) return;
        const sub = ctx.subQuery();
        if (sub) this.subQuery(sub);
        for (const inner of ctx.valueList()?.value_list() ?? []) this.value(inner, scope);
    }

    private groupBy(ctx: Maybe<GroupByClauseContext>, scope: Scope): void {
        if (!ctx) return;
        for (const group of ctx.fieldGroupByList()?.fieldGroupBy_list() ?? []) {
            const field = group.fieldName();
            const fn = group.soqlFunction();
            if (field) this.path(segmentsOf(field), scope);
            else if (fn) this.soqlFunction(fn, scope);
        }
        this.logical(ctx.logicalExpression(), scope);
    }

    private orderBy(list: Maybe<FieldOrderListContext>, scope: Scope): void {
        for (const order of list?.fieldOrder_list() ?? []) {
            const field = order.fieldName();
            const fn = order.soqlFunction();
            if (field) this.path(segmentsOf(field), scope, true);
            else if (fn) this.soqlFunction(fn, scope);
        }
    }

    // ---- SOSL -------------------------------------------------------------------------------------------------

    private fieldSpecs(list: Maybe<FieldSpecListContext>): void {
        if (!list) return;
        const spec = list.fieldSpec();
        const [objectId] = spec.soslId_list();
        const object = this.objectNamed(soslSegments(objectId)[0]);
        if (object) {
            const scope: Scope = {
                object,
                aliases: new Map([[key(object.name), object]]),
                selectAliases: new Set()
            };
            this.soslFields(spec.fieldList(), scope);
            this.logical(spec.logicalExpression(), scope);
            this.orderBy(spec.fieldOrderList(), scope);
        }
        for (const rest of list.fieldSpecList_list()) this.fieldSpecs(rest);
    }

    private soslFields(list: Maybe<FieldListContext>, scope: Scope): void {
        if (!list) return;
        const [field, alias] = list.soslId_list();
        if (field) this.path(soslSegments(field), scope);
        if (alias) scope.selectAliases.add(key(alias.getText()));
        const fn = list.soqlFunction();
        if (fn) this.soqlFunction(fn, scope);
        for (const rest of list.fieldList_list()) this.soslFields(rest, scope);
    }

    // ---- Paths ------------------------------------------------------------------------------------------------

    /** `Audience__r.ListId__c`, `Account.Owner.Name`, `c.Name` (through an alias), `Id`. */
    private path(segments: Segment[], scope: Scope, orderBy = false): void {
        let object = scope.object;
        let i = 0;
        if (segments.length > 1) {
            const first = key(segments[0].text);
            const aliased = scope.aliases.get(first);
            if (aliased && !object.parents.has(first)) {
                object = aliased;
                i = 1;
            }
        }
        for (; i < segments.length - 1; i++) {
            const next = this.parent(object, segments[i]);
            if (!next) return;
            object = next;
        }
        const last = segments[segments.length - 1];
        if (orderBy && segments.length === 1 && scope.selectAliases.has(key(last.text))) return;
        this.field(object, last);
    }

    /** A path of relationships only (TYPEOF's subject, a join in FROM); returns the object it ends on. */
    private relationshipPath(segments: Segment[], scope: Scope): SchemaObject | undefined {
        let object: SchemaObject | undefined = scope.object;
        let rest = segments;
        const aliased = scope.aliases.get(key(segments[0].text));
        if (segments.length > 1 && aliased && !object.parents.has(key(segments[0].text))) {
            object = aliased;
            rest = segments.slice(1);
        }
        for (const segment of rest) {
            object = this.parent(object, segment);
            if (!object) return undefined;
        }
        return object;
    }

    private parent(object: SchemaObject, segment: Segment): SchemaObject | undefined {
        const relationship = object.parents.get(key(this.schema.normalize(segment.text)));
        if (!relationship) {
            const asField = object.fields.get(key(segment.text));
            const viaIdField = asField
                ? [...object.parents.values()].find((p) => p.idField && key(p.idField) === key(asField.name))
                : undefined;
            this.report(
                segment,
                viaIdField
                    ? `'${segment.text}' is a field of ${object.name}, not a relationship`
                    : `unknown relationship '${segment.text}' on ${object.name}`,
                viaIdField?.name ??
                    closest(
                        segment.text,
                        [...object.parents.values()].map((p) => p.name)
                    )
            );
            return undefined;
        }
        this.feature(relationship, object, segment);
        // A target outside the project and the platform's objects is reported by the metadata step.
        return this.schema.object(relationship.target);
    }

    private field(object: SchemaObject, segment: Segment): void {
        const name = this.schema.normalize(segment.text);
        const field = object.fields.get(key(name));
        if (field) {
            this.feature(field, object, segment);
            return;
        }
        const relationship = object.parents.get(key(name));
        if (relationship) {
            this.report(
                segment,
                `'${segment.text}' is a relationship of ${object.name}, not a field: select its Id or one of its fields`,
                relationship.idField
            );
            return;
        }
        const throughParent = this.fieldOfParent(object, name);
        if (throughParent) {
            this.report(
                segment,
                `${object.name} has no field '${segment.text}'; ${throughParent.object} has`,
                throughParent.path
            );
            return;
        }
        const elsewhere = this.objectWithField(name, object);
        this.report(
            segment,
            `unknown field '${segment.text}' on ${object.name}` + (elsewhere ? ` (it is a field of ${elsewhere})` : ''),
            closest(
                segment.text,
                [...object.fields.values()].filter((f) => !f.feature).map((f) => f.name)
            )
        );
    }

    /** Another common object with the field, for "a field of another object": `Company` is Lead's, not Contact's. */
    private objectWithField(name: string, except: SchemaObject): string | undefined {
        const candidates = [...COMMON_OBJECTS, ...this.schema.projectObjectNames()];
        for (const candidate of candidates) {
            const other = this.schema.object(candidate);
            if (other && other !== except && other.fields.get(key(name))) return other.name;
        }
        return undefined;
    }

    /** A parent one relationship away that has the field: `ListId__c` on a membership is `Audience__r.ListId__c`. */
    private fieldOfParent(object: SchemaObject, name: string): { object: string; path: string } | undefined {
        for (const relationship of object.parents.values()) {
            if (relationship.feature) continue;
            const target = this.schema.object(relationship.target);
            const field = target?.fields.get(key(name));
            if (target && field && !field.feature) {
                return { object: target.name, path: `${relationship.name}.${field.name}` };
            }
        }
        return undefined;
    }
}
