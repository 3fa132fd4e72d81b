/**
 * Folding a dynamic query's string: what is built from string literals and constants is known before run time
 * and can be checked like a static query. Everything else becomes a hole that names the expression and why
 * it is not known (a parameter, a variable changed after its declaration, a method call, …).
 *
 * Names are resolved the way Apex scopes them, from tokens: the innermost declaration whose braces enclose the
 * use (locals before the use, class members anywhere in the class), `this.NAME`, and `Class.NAME` for a
 * member of another class of the project. A declaration counts as a constant only if nothing assigns the name
 * again (locals: after the declaration, in its block; members: anywhere in the file).
 */
import {
    ApexLexer,
    Arth2ExpressionContext,
    DotExpressionContext,
    IdPrimaryContext,
    LiteralPrimaryContext,
    NewExpressionContext,
    PrimaryExpressionContext,
    SubExpressionContext,
    type ApexToken,
    type ExpressionContext
} from '@apexdevtools/apex-parser';
import type { Lexed } from './extract';
import { parseFragment } from './parse';

export interface Hole {
    /** The Apex expression, as written (shortened). */
    expression: string;
    reason: string;
}

export interface Piece {
    text: string;
    hole?: Hole;
    /** Where a literal piece was written. */
    origin?: { file: string; line: number };
}

interface Assignment {
    tokenIndex: number;
    /** `+=` (an append) or any other assignment. */
    append: boolean;
    value?: Declaration['initializer'];
}

interface Declaration {
    name: string;
    tokenIndex: number;
    /** The declared type, lower-cased (`string` for `static final String X`); `generic` or `array` for `List<…>`, `X[]`. */
    type: string;
    parameter: boolean;
    member: boolean;
    /** The `{` whose block the name is visible in (-1: the whole file; -2: nowhere, e.g. an abstract method's parameter). */
    scope: number;
    initializer?: { text: string; line: number; column: number };
}

const ASSIGNMENTS = new Set([
    ApexLexer.ASSIGN,
    ApexLexer.ADD_ASSIGN,
    ApexLexer.SUB_ASSIGN,
    ApexLexer.MUL_ASSIGN,
    ApexLexer.DIV_ASSIGN,
    ApexLexer.AND_ASSIGN,
    ApexLexer.OR_ASSIGN,
    ApexLexer.XOR_ASSIGN,
    ApexLexer.LSHIFT_ASSIGN,
    ApexLexer.RSHIFT_ASSIGN,
    ApexLexer.URSHIFT_ASSIGN
]);
const TYPE_END = new Set([ApexLexer.Identifier, ApexLexer.GT, ApexLexer.RBRACK]);
const DECLARATOR_END = new Set([ApexLexer.ASSIGN, ApexLexer.SEMI, ApexLexer.COMMA, ApexLexer.RPAREN]);
const TYPE_DECLARATIONS = new Set([ApexLexer.CLASS, ApexLexer.INTERFACE, ApexLexer.ENUM]);
const MAX_DEPTH = 8;
/** Methods that change a List or Set in place: a collection they are called on is not a constant. */
const MUTATORS = new Set(['add', 'addall', 'remove', 'removeall', 'retainall', 'clear', 'set', 'sort']);

const shorten = (s: string) => {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
};

/** An Apex string literal's value (`'it\'s'` → `it's`; `'''…'''` multi-line literals too). */
export function unescapeApexString(literal: string): string {
    const body = literal.startsWith("'''") ? literal.slice(3, -3).replace(/^\r?\n/, '') : literal.slice(1, -1);
    return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) => {
        if (c.length === 5) return String.fromCharCode(parseInt(c.slice(1), 16));
        return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c;
    });
}

function parseExpressionAt(text: string, line: number, column: number): ExpressionContext | undefined {
    const { tree, errors } = parseFragment(text, line, column, (parser) => parser.expression());
    return errors.length ? undefined : tree;
}

/** One Apex file's tokens, block structure, declarations and assignments. */
export class ApexUnit {
    /** For each token: index of the innermost enclosing `{` (-1 at file level). */
    private readonly enclosing: number[] = [];
    private readonly closeOf = new Map<number, number>();
    private readonly classBodies = new Set<number>();
    private readonly declarations = new Map<string, Declaration[]>();
    private readonly assignments = new Map<string, Assignment[]>();
    /** Token indexes of `name.add(…)` and other calls that change a collection, by lower-cased name. */
    private readonly mutations = new Map<string, number[]>();

    readonly tokens: ApexToken[];

    constructor(
        readonly file: string,
        readonly lexed: Lexed
    ) {
        const tokens = lexed.tokens;
        this.tokens = tokens;
        const stack: number[] = [];
        tokens.forEach((token, i) => {
            if (token.type === ApexLexer.RBRACE) {
                const open = stack.pop();
                if (open !== undefined) this.closeOf.set(open, i);
            }
            this.enclosing.push(stack.length ? stack[stack.length - 1] : -1);
            if (token.type === ApexLexer.LBRACE) {
                stack.push(i);
                if (this.opensTypeBody(i)) this.classBodies.add(i);
            }
        });
        tokens.forEach((token, i) => this.indexName(token, i));
    }

    private opensTypeBody(brace: number): boolean {
        for (let j = brace - 1; j >= 0; j--) {
            const type = this.tokens[j].type;
            if (TYPE_DECLARATIONS.has(type)) return true;
            if (type === ApexLexer.SEMI || type === ApexLexer.LBRACE || type === ApexLexer.RBRACE) return false;
            if (type === ApexLexer.RPAREN) return false; // a method, constructor or statement block
        }
        return false;
    }

    private indexName(token: ApexToken, i: number): void {
        // Many keywords (`fields`, `name`, `limit`, …) are also valid Apex identifiers.
        if (!/^[A-Za-z_]\w*$/.test(token.text)) return;
        const prev = this.tokens[i - 1];
        const next = this.tokens[i + 1];
        const key = token.text.toLowerCase();
        if (prev && next && TYPE_END.has(prev.type) && DECLARATOR_END.has(next.type)) {
            const declaration: Declaration = {
                name: token.text,
                tokenIndex: i,
                type:
                    prev.type === ApexLexer.Identifier
                        ? prev.text.toLowerCase()
                        : prev.type === ApexLexer.GT
                          ? 'generic'
                          : 'array',
                parameter: next.type === ApexLexer.COMMA || next.type === ApexLexer.RPAREN,
                member: false,
                scope: this.enclosing[i]
            };
            if (declaration.parameter) declaration.scope = this.bodyAfterParameters(i);
            else declaration.member = this.classBodies.has(this.enclosing[i]);
            if (next.type === ApexLexer.ASSIGN) declaration.initializer = this.initializer(i + 2);
            const list = this.declarations.get(key) ?? [];
            list.push(declaration);
            this.declarations.set(key, list);
            return;
        }
        const method = this.tokens[i + 2]?.text.toLowerCase();
        if (next?.type === ApexLexer.DOT && method && MUTATORS.has(method)) {
            const list = this.mutations.get(key) ?? [];
            list.push(i);
            this.mutations.set(key, list);
        }
        const assigned = next && ASSIGNMENTS.has(next.type);
        const qualified = prev?.type === ApexLexer.DOT;
        const viaThis = qualified && this.tokens[i - 2]?.type === ApexLexer.THIS;
        if (assigned && (!qualified || viaThis)) {
            const list = this.assignments.get(key) ?? [];
            list.push({ tokenIndex: i, append: next.type === ApexLexer.ADD_ASSIGN, value: this.initializer(i + 2) });
            this.assignments.set(key, list);
        }
    }

    /** The `{` of the body a parameter at `i` belongs to (-2 when there is none, as for an abstract method). */
    private bodyAfterParameters(i: number): number {
        let depth = 0;
        for (let j = i + 1; j < this.tokens.length; j++) {
            const type = this.tokens[j].type;
            if (type === ApexLexer.LPAREN) depth++;
            else if (type === ApexLexer.RPAREN && --depth < 0) {
                return this.tokens[j + 1]?.type === ApexLexer.LBRACE ? j + 1 : -2;
            }
        }
        return -2;
    }

    private initializer(first: number): Declaration['initializer'] {
        let depth = 0;
        let last = first - 1;
        for (let j = first; j < this.tokens.length; j++) {
            const type = this.tokens[j].type;
            if (depth === 0 && (type === ApexLexer.SEMI || type === ApexLexer.COMMA)) break;
            if (type === ApexLexer.LPAREN || type === ApexLexer.LBRACK || type === ApexLexer.LBRACE) depth++;
            else if (type === ApexLexer.RPAREN || type === ApexLexer.RBRACK || type === ApexLexer.RBRACE) depth--;
            if (depth < 0) break;
            last = j;
        }
        if (last < first) return undefined;
        const start = this.tokens[first];
        return {
            text: this.lexed.source(start, this.tokens[last]),
            line: start.line,
            column: start.column
        };
    }

    private visible(declaration: Declaration, site: number): boolean {
        const block = declaration.scope;
        if (block === -2) return false;
        if (block >= 0 && !(block < site && site < (this.closeOf.get(block) ?? this.tokens.length))) return false;
        return declaration.member || declaration.tokenIndex < site;
    }

    /** The declaration `name` refers to at token `site`: the innermost visible one. */
    declarationAt(name: string, site: number): Declaration | undefined {
        let best: Declaration | undefined;
        for (const declaration of this.declarations.get(name.toLowerCase()) ?? []) {
            if (!this.visible(declaration, site)) continue;
            if (!best || declaration.scope >= best.scope) best = declaration;
        }
        return best;
    }

    /** A class member (`static final String X`), for `this.X` and `OtherClass.X`. */
    member(name: string): Declaration | undefined {
        return (this.declarations.get(name.toLowerCase()) ?? []).find((d) => d.member);
    }

    /**
     * What happens to a declared name before `site`: for a local, the `+=` appends in its block before the
     * use (the query is then checked with every append, which is what the names in all its variants are);
     * any other assignment, or for a member any assignment at all, means it is not a constant.
     */
    changesBefore(declaration: Declaration, site: number): { appends: Assignment[] } | { reassignedAt: number } {
        const all = this.assignments.get(declaration.name.toLowerCase()) ?? [];
        if (declaration.member) {
            return all.length ? { reassignedAt: this.tokens[all[0].tokenIndex].line } : { appends: [] };
        }
        const end = this.closeOf.get(declaration.scope) ?? this.tokens.length;
        const inScope = all.filter((a) => a.tokenIndex > declaration.tokenIndex && a.tokenIndex < end);
        const other = inScope.find((a) => !a.append || !a.value);
        if (other) return { reassignedAt: this.tokens[other.tokenIndex].line };
        return { appends: inScope.filter((a) => a.tokenIndex < site) };
    }

    /** The line of a call that changes the declared collection in place (`FIELDS.add(…)`), if any. */
    mutatedAt(declaration: Declaration): number | undefined {
        const all = this.mutations.get(declaration.name.toLowerCase()) ?? [];
        const end = declaration.member
            ? this.tokens.length
            : (this.closeOf.get(declaration.scope) ?? this.tokens.length);
        const at = all.find((i) => declaration.member || (i > declaration.tokenIndex && i < end));
        return at === undefined ? undefined : this.tokens[at].line;
    }

    lineOf(tokenIndex: number): number {
        return this.tokens[tokenIndex].line;
    }
}

/** Folds query-string expressions across the project's Apex units. */
export class ConstantFolder {
    private readonly byClass = new Map<string, ApexUnit>();

    constructor(units: ApexUnit[]) {
        for (const unit of units) {
            const base = /([^/]+)\.cls$/.exec(unit.file)?.[1];
            if (base) this.byClass.set(base.toLowerCase(), unit);
        }
    }

    /** The declared type of a plain name at a site (`string`, `list`, …), or undefined when unknown. */
    declaredType(unit: ApexUnit, expression: string, site: number): string | undefined {
        if (!/^\w+$/.test(expression.trim())) return undefined;
        return unit.declarationAt(expression.trim(), site)?.type || undefined;
    }

    fold(unit: ApexUnit, text: string, line: number, column: number, site: number): Piece[] {
        const expression = parseExpressionAt(text, line, column);
        if (!expression) return [this.hole(text, 'it is not an expression the check can read')];
        return this.foldExpression(expression, unit, site, 0);
    }

    private hole(expression: string, reason: string): Piece {
        return { text: '', hole: { expression: shorten(expression), reason } };
    }

    private foldExpression(ctx: ExpressionContext, unit: ApexUnit, site: number, depth: number): Piece[] {
        if (depth > MAX_DEPTH) return [this.hole(ctx.getText(), 'its constants nest too deeply to follow')];
        if (ctx instanceof SubExpressionContext) return this.foldExpression(ctx.expression(), unit, site, depth);
        if (ctx instanceof Arth2ExpressionContext && ctx.ADD()) {
            return [
                ...this.foldExpression(ctx.expression(0), unit, site, depth),
                ...this.foldExpression(ctx.expression(1), unit, site, depth)
            ];
        }
        if (ctx instanceof PrimaryExpressionContext) {
            const primary = ctx.primary();
            if (primary instanceof LiteralPrimaryContext) {
                const literal = primary.literal();
                const token = literal.start;
                const isString = literal.StringLiteral() || literal.MultilineStringLiteral();
                return [
                    {
                        text: isString ? unescapeApexString(token.text) : literal.getText(),
                        origin: { file: unit.file, line: token.line }
                    }
                ];
            }
            if (primary instanceof IdPrimaryContext) {
                const name = primary.getText();
                const declaration = unit.declarationAt(name, site);
                if (!declaration) return [this.hole(name, 'it is not declared in this file')];
                return this.foldDeclaration(declaration, unit, depth, site);
            }
        }
        const joined = this.foldJoin(ctx, unit, site, depth);
        if (joined) return joined;
        if (ctx instanceof DotExpressionContext && ctx.anyId() && !ctx.QUESTIONDOT()) {
            const owner = ctx.expression();
            const name = ctx.anyId().getText();
            const ownerText = owner.getText();
            if (owner.start.type === ApexLexer.THIS && owner.stop === owner.start) {
                const member = unit.member(name);
                if (member) return this.foldDeclaration(member, unit, depth);
            } else if (/^\w+$/.test(ownerText)) {
                const other = this.byClass.get(ownerText.toLowerCase());
                const member = other?.member(name);
                if (other && member) return this.foldDeclaration(member, other, depth);
            }
            return [this.hole(ctx.getText(), 'it is not a constant of this project')];
        }
        return [this.hole(ctx.getText(), 'it is computed at run time')];
    }

    /** `String.join(LIST, ', ')` over a list of constants: the field list a dynamic query most often selects. */
    private foldJoin(ctx: ExpressionContext, unit: ApexUnit, site: number, depth: number): Piece[] | undefined {
        if (!(ctx instanceof DotExpressionContext)) return undefined;
        const call = ctx.dotMethodCall();
        if (!call || ctx.expression().getText().toLowerCase() !== 'string') return undefined;
        if (call.anyId().getText().toLowerCase() !== 'join') return undefined;
        const [list, separator] = call.expressionList()?.expression_list() ?? [];
        if (!list || !separator) return undefined;
        const items = this.foldList(list, unit, site, depth);
        if (typeof items === 'string') return [this.hole(ctx.getText(), items)];
        const between = this.foldExpression(separator, unit, site, depth);
        if (between.some((p) => p.hole)) return [this.hole(ctx.getText(), 'its separator is computed at run time')];
        return items.flatMap((item, i) => (i === 0 ? item : [...between, ...item]));
    }

    /**
     * The items of a constant list (`new List<String>{ … }`, `new String[]{ … }`, or a name declared as one and
     * never changed), or why it is not one.
     */
    private foldList(ctx: ExpressionContext, unit: ApexUnit, site: number, depth: number): Piece[][] | string {
        if (depth > MAX_DEPTH) return 'its constants nest too deeply to follow';
        if (ctx instanceof NewExpressionContext) {
            const creator = ctx.creator();
            const items =
                creator.setCreatorRest()?.expression_list() ??
                creator.arrayCreatorRest()?.arrayInitializer()?.expression_list();
            if (!items) return 'its list is built at run time';
            const folded = items.map((item) => this.foldExpression(item, unit, site, depth));
            return folded.some((item) => item.some((p) => p.hole))
                ? 'its list holds values computed at run time'
                : folded;
        }
        let declaration: Declaration | undefined;
        let owner = unit;
        const name = ctx.getText();
        if (ctx instanceof PrimaryExpressionContext && ctx.primary() instanceof IdPrimaryContext) {
            declaration = unit.declarationAt(name, site);
        } else if (ctx instanceof DotExpressionContext && ctx.anyId() && /^\w+$/.test(ctx.expression().getText())) {
            const ownerName = ctx.expression().getText().toLowerCase();
            const other = ownerName === 'this' ? unit : this.byClass.get(ownerName);
            if (other) {
                owner = other;
                declaration = other.member(ctx.anyId().getText());
            }
        }
        if (!declaration) return `its list \`${name}\` is not a constant of this project`;
        if (declaration.parameter) return `its list \`${name}\` is a parameter`;
        if (!declaration.initializer) return `its list \`${name}\` is filled at run time`;
        const changes = owner.changesBefore(declaration, site);
        if ('reassignedAt' in changes) return `its list \`${name}\` is assigned again (line ${changes.reassignedAt})`;
        const mutated = owner.mutatedAt(declaration);
        if (mutated !== undefined) return `its list \`${name}\` is changed (line ${mutated})`;
        const { text, line, column } = declaration.initializer;
        const expression = parseExpressionAt(text, line, column);
        if (!expression) return `its list \`${name}\` is not an expression the check can read`;
        return this.foldList(expression, owner, declaration.tokenIndex, depth + 1);
    }

    private foldDeclaration(declaration: Declaration, unit: ApexUnit, depth: number, site = -1): Piece[] {
        const name = declaration.name;
        if (declaration.parameter) return [this.hole(name, 'it is a parameter')];
        if (!declaration.initializer) return [this.hole(name, 'it is set at run time')];
        const changes = unit.changesBefore(declaration, site);
        if ('reassignedAt' in changes) return [this.hole(name, `it is assigned again (line ${changes.reassignedAt})`)];
        const pieces: Piece[] = [];
        for (const value of [declaration.initializer, ...changes.appends.map((a) => a.value!)]) {
            const expression = parseExpressionAt(value.text, value.line, value.column);
            if (!expression) return [this.hole(name, 'its value is not an expression the check can read')];
            pieces.push(...this.foldExpression(expression, unit, declaration.tokenIndex, depth + 1));
        }
        return pieces;
    }
}
