/**
 * `npm test`'s `soql` step: every SOQL and SOSL query in the project's Apex, resolved offline against the
 * project's objects and the platform's standard objects, so that a misspelled field, relationship or object
 * fails here and not on the first deploy to an org (apex-ls resolves names in Apex expressions, not in queries).
 *
 *  - Static queries (`[SELECT …]`, `[FIND …]`) in classes and triggers, tests included: every name.
 *  - Dynamic queries (`Database.query`, `queryWithBinds`, `countQuery`, `getQueryLocator`, `getCursor`,
 *    `Search.query`): the string is folded from literals and constants (constants.ts); parts only known at run
 *    time are allowed where a value goes (`WHERE Name = '` + name + `'`) and otherwise make the query
 *    "not checked", listed with the reason so a reviewer knows where to look.
 *  - Fields that exist only with an org feature (Person Accounts, multiple currencies) are errors in static
 *    queries, which the package install must compile everywhere, and accepted (and listed) in dynamic ones.
 *
 * Usage: tsx scripts/verify/soql/check-soql.ts [projectDir] [--list]
 */
import path from 'node:path';
import type { SoqlLiteralContext, SoslLiteralAltContext, SoslLiteralContext } from '@apexdevtools/apex-parser';
import { javaLibDir } from '../apex-ls';
import { ApexUnit, ConstantFolder, type Hole, type Piece } from './constants';
import { findDynamicCalls, findStaticQueries, lex } from './extract';
import { parseFragment, type SyntaxProblem } from './parse';
import { readSoqlProject } from './project';
import { QueryResolver, type NameProblem } from './resolve';
import { Schema } from './schema';
import { findSObjectTypesJar, StandardCatalog } from './standard-objects';

export interface Problem {
    file: string;
    line: number;
    column: number;
    name: string;
    message: string;
    suggestion?: string;
    /** The query, on one line. */
    query: string;
}

export interface QueryReport {
    file: string;
    line: number;
    kind: 'static' | 'dynamic';
    language: 'SOQL' | 'SOSL';
    /** For dynamic queries: the method called, e.g. `Database.query`. */
    method?: string;
    /** The query on one line (dynamic: as folded, with `?` for what is only known at run time). */
    text: string;
    checked: boolean;
    /** Why a dynamic query was not checked. */
    reason?: string;
    /** Run-time parts of a checked dynamic query (values only). */
    runTimeValues: Hole[];
    problems: Problem[];
    /** Feature-dependent names a dynamic query uses (accepted). */
    featureUses: string[];
}

export interface SoqlCheckResult {
    apexFiles: number;
    queries: QueryReport[];
    standardObjects: number;
    projectObjects: number;
    standardSource: string;
    millis: number;
}

const HOLE = ':soqlCheckRunTimeValue';

const oneLine = (text: string) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 200 ? `${flat.slice(0, 197)}...` : flat;
};

function syntaxProblems(file: string, language: string, query: string, errors: SyntaxProblem[]): Problem[] {
    const [first] = errors;
    return [
        {
            file,
            line: first.line,
            column: first.column,
            name: '',
            message: `does not parse as ${language}: ${first.message}`,
            query: oneLine(query)
        }
    ];
}

function checkStatic(schema: Schema, unit: ApexUnit): QueryReport[] {
    return findStaticQueries(unit.lexed).map((q) => {
        const resolver = new QueryResolver(schema, false);
        const report: QueryReport = {
            file: unit.file,
            line: q.line,
            kind: 'static',
            language: q.language,
            text: oneLine(q.display.slice(1, -1)),
            checked: true,
            runTimeValues: [],
            problems: [],
            featureUses: []
        };
        if (q.language === 'SOQL') {
            const { tree, errors } = parseFragment<SoqlLiteralContext>(q.text, q.line, q.column, (p) =>
                p.soqlLiteral()
            );
            if (errors.length) report.problems = syntaxProblems(unit.file, q.language, report.text, errors);
            else resolver.query(tree.query());
        } else {
            const { tree, errors } = parseFragment<SoslLiteralContext>(q.text, q.line, q.column, (p) =>
                p.soslLiteral()
            );
            if (errors.length) report.problems = syntaxProblems(unit.file, q.language, report.text, errors);
            else resolver.sosl(tree);
        }
        report.problems.push(...resolver.problems.map((p) => withFile(p, unit.file, report.text)));
        return report;
    });
}

function withFile(p: NameProblem, file: string, query: string, line = p.line, note = ''): Problem {
    return { file, line, column: p.column, name: p.name, message: p.message + note, suggestion: p.suggestion, query };
}

/** Where a name at `line`/`column` of the folded text was written in the source. */
function originOf(pieces: Piece[], text: string, line: number, column: number): { file: string; line: number } {
    const lines = text.split('\n');
    let offset = column;
    for (let i = 0; i < line - 1; i++) offset += lines[i].length + 1;
    let at = 0;
    for (const piece of pieces) {
        const length = piece.hole ? 0 : piece.text.length;
        if (offset < at + length && piece.origin) {
            const extraLines = piece.text.slice(0, offset - at).split('\n').length - 1;
            return { file: piece.origin.file, line: piece.origin.line + extraLines };
        }
        at += piece.hole ? HOLE.length : length;
    }
    return { file: '', line: 0 };
}

function checkDynamic(schema: Schema, folder: ConstantFolder, unit: ApexUnit): QueryReport[] {
    const reports: QueryReport[] = [];
    for (const call of findDynamicCalls(unit.lexed)) {
        // getQueryLocator(List<SObject>) and the like: not a query string.
        const declared = folder.declaredType(unit, call.argument, call.tokenIndex);
        if (declared && declared !== 'string') continue;
        const pieces = folder.fold(unit, call.argument, call.argumentLine, call.argumentColumn, call.tokenIndex);
        const holes = pieces.filter((p) => p.hole).map((p) => p.hole!);
        // A run-time part becomes a bind variable: the query still parses only if it stands where a value goes.
        const text = pieces.map((p) => (p.hole ? HOLE : p.text)).join('');
        const shown = oneLine(pieces.map((p) => (p.hole ? '?' : p.text)).join(''));
        const sosl = call.method.toLowerCase() === 'search.query' || /^\s*find\b/i.test(text);
        const report: QueryReport = {
            file: unit.file,
            line: call.line,
            kind: 'dynamic',
            language: sosl ? 'SOSL' : 'SOQL',
            method: call.method,
            text: shown,
            checked: false,
            runTimeValues: [],
            problems: [],
            featureUses: []
        };
        reports.push(report);
        if (pieces.length === 1 && pieces[0].hole) {
            report.reason = `the whole query is \`${holes[0].expression}\`: ${holes[0].reason}`;
            continue;
        }
        const resolver = new QueryResolver(schema, true);
        let errors: SyntaxProblem[];
        if (sosl) {
            const literal = `[${text.trim()}]`;
            const alt = /^\[\s*find\s*\{/i.test(literal);
            const parsed = alt
                ? parseFragment<SoslLiteralAltContext>(literal, 1, 0, (p) => p.soslLiteralAlt())
                : parseFragment<SoslLiteralContext>(literal, 1, 0, (p) => p.soslLiteral());
            errors = parsed.errors;
            if (!errors.length) resolver.sosl(parsed.tree);
        } else {
            const parsed = parseFragment(text, 1, 0, (p) => p.query());
            errors = parsed.errors;
            if (!errors.length) resolver.query(parsed.tree);
        }
        if (errors.length) {
            if (holes.length) {
                report.reason = `run-time parts stand where names go: ${holes.map((h) => `\`${h.expression}\` (${h.reason})`).join(', ')}`;
            } else {
                report.checked = true;
                report.problems = syntaxProblems(unit.file, report.language, shown, errors).map((p) => ({
                    ...p,
                    line: call.line,
                    column: call.argumentColumn
                }));
            }
            continue;
        }
        report.checked = true;
        report.runTimeValues = holes;
        report.featureUses = resolver.featureUses;
        report.problems = resolver.problems.map((p) => {
            const origin = originOf(pieces, text, p.line, p.column);
            const elsewhere = origin.file && (origin.file !== unit.file || origin.line !== call.line);
            const note = elsewhere ? ` (the name is in the string at ${origin.file}:${origin.line})` : '';
            return { ...withFile(p, unit.file, shown, call.line, note), column: call.argumentColumn };
        });
    }
    return reports;
}

export function checkProject(projectDir: string, options: { javaLibDir?: string } = {}): SoqlCheckResult {
    const started = Date.now();
    const project = readSoqlProject(projectDir);
    const catalog = new StandardCatalog(findSObjectTypesJar(options.javaLibDir ?? javaLibDir()));
    const schema = new Schema(catalog, project);
    const units = project.apex.map((a) => new ApexUnit(a.file, lex(a.text)));
    const folder = new ConstantFolder(units);
    const queries = units.flatMap((unit) => [...checkStatic(schema, unit), ...checkDynamic(schema, folder, unit)]);
    return {
        apexFiles: units.length,
        queries,
        standardObjects: catalog.size,
        projectObjects: [...project.objects.values()].filter((o) => o.defined).length,
        standardSource: catalog.source,
        millis: Date.now() - started
    };
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The step's output, and whether it passes. */
export function formatReport(result: SoqlCheckResult, options: { list?: boolean } = {}): { text: string; ok: boolean } {
    const statics = result.queries.filter((q) => q.kind === 'static');
    const dynamics = result.queries.filter((q) => q.kind === 'dynamic');
    const checkedDynamic = dynamics.filter((q) => q.checked);
    const sosl = statics.filter((q) => q.language === 'SOSL').length;
    const problems = result.queries.flatMap((q) => q.problems);
    const out: string[] = [];
    out.push(
        `soql: checked ${count(statics.length, 'static query', 'static queries')} ` +
            `(${statics.length - sosl} SOQL, ${sosl} SOSL) and ${checkedDynamic.length} of ` +
            `${count(dynamics.length, 'dynamic query', 'dynamic queries')} in ${count(result.apexFiles, 'Apex file')}, ` +
            `against ${count(result.projectObjects, 'project object')} and ${count(result.standardObjects, 'standard object')} ` +
            `(${result.standardSource}), in ${(result.millis / 1000).toFixed(1)} s.`
    );
    if (options.list) {
        for (const q of result.queries) {
            const status = q.checked ? 'checked' : 'NOT CHECKED';
            const values = q.runTimeValues.length
                ? ` (values known at run time: ${q.runTimeValues.map((h) => `\`${h.expression}\``).join(', ')})`
                : '';
            out.push(`  ${q.file}:${q.line} ${q.kind} ${q.language} ${status}: ${q.text}${values}`);
        }
    }
    const unchecked = dynamics.filter((q) => !q.checked);
    if (unchecked.length) {
        out.push(
            `soql: ${count(unchecked.length, 'dynamic query', 'dynamic queries')} not checked (names only known at run time; review by hand):`
        );
        for (const q of unchecked) out.push(`  ${q.file}:${q.line} ${q.method}(…): ${q.reason}`);
    }
    const featureUses = dynamics.filter((q) => q.featureUses.length);
    if (featureUses.length) {
        out.push(
            'soql: dynamic queries using fields of an org feature (accepted; the code must check the org has it):'
        );
        for (const q of featureUses) out.push(`  ${q.file}:${q.line} ${[...new Set(q.featureUses)].join(', ')}`);
    }
    if (problems.length === 0) {
        out.push('soql: no problems.');
        return { text: out.join('\n'), ok: true };
    }
    for (const p of problems) {
        out.push(`${p.file}:${p.line}:${p.column + 1} ${p.message}`);
        out.push(`    in: ${p.query}`);
    }
    out.push(`soql: ${count(problems.length, 'problem')} an org would refuse.`);
    return { text: out.join('\n'), ok: false };
}

/** The command line: prints the report and returns the exit code (1 when an org would refuse a query). */
export function main(argv: string[]): number {
    const args = argv.filter((a) => !a.startsWith('--'));
    const projectDir = path.resolve(args[0] ?? path.resolve(__dirname, '..', '..', '..'));
    let report: { text: string; ok: boolean };
    try {
        report = formatReport(checkProject(projectDir), { list: argv.includes('--list') });
    } catch (error) {
        console.error(`soql: could not run the check: ${(error as Error).message}`);
        return 1;
    }
    (report.ok ? console.log : console.error)(report.text);
    return report.ok ? 0 : 1;
}

if (require.main === module) {
    process.exit(main(process.argv.slice(2)));
}
