/**
 * Finding the queries in Apex source, from the lexer's tokens alone.
 *
 * Parsing whole classes with the ANTLR grammar costs ≈0.1 s a file in JavaScript (seconds for this project, and
 * growing with it), while lexing costs a few milliseconds and is all it takes to find `[SELECT …]`, `[FIND …]`
 * and `Database.query(…)`: brackets, braces and string literals are single tokens, so the spans can be matched
 * exactly. Only those spans are then parsed (parse.ts).
 *
 * For dynamic SOQL the token stream also gives what is needed to fold the query string: declarations
 * (`String q = …;`, `static final String BASE = …;`), later assignments to the same name, and the braces that
 * scope them (constants.ts).
 */
import { ApexLexer, ApexParserFactory, type ApexToken } from '@apexdevtools/apex-parser';

export interface StaticQuery {
    language: 'SOQL' | 'SOSL';
    /** Source text of the literal, brackets included. */
    text: string;
    /** The same without its comments, for messages. */
    display: string;
    line: number;
    /** 0-based column of the opening bracket. */
    column: number;
}

export interface DynamicCall {
    /** e.g. `Database.query`, `Search.query`. */
    method: string;
    line: number;
    /** Source text of the first argument (the query string), and where it starts. */
    argument: string;
    argumentLine: number;
    argumentColumn: number;
    /** Token index of the call, for resolving the names the argument uses. */
    tokenIndex: number;
}

/** Database / Search methods whose first argument is a SOQL (or SOSL) string. */
const DYNAMIC_METHODS: Record<string, string[]> = {
    database: [
        'query',
        'queryWithBinds',
        'countQuery',
        'countQueryWithBinds',
        'getQueryLocator',
        'getQueryLocatorWithBinds',
        'getCursor',
        'getCursorWithBinds'
    ],
    search: ['query']
};

const COMMENTS = new Set([ApexLexer.COMMENT, ApexLexer.LINE_COMMENT, ApexLexer.DOC_COMMENT]);
const OPEN = new Set([ApexLexer.LPAREN, ApexLexer.LBRACK, ApexLexer.LBRACE]);
const CLOSE = new Set([ApexLexer.RPAREN, ApexLexer.RBRACK, ApexLexer.RBRACE]);

/** A lexed source: its default-channel tokens (no whitespace, no comments, no EOF), and its text between two. */
export interface Lexed {
    tokens: ApexToken[];
    /** The source text from `first` to `last`, both included, as written (comments as a space, if asked). */
    source(first: ApexToken, last: ApexToken, withoutComments?: boolean): string;
}

export function lex(text: string): Lexed {
    const stream = ApexParserFactory.createTokenStream(text);
    stream.fill();
    const all = stream.tokens;
    return {
        tokens: all.filter((t) => t.channel === 0 && t.type !== ApexLexer.EOF),
        // Rebuilt from the tokens, whitespace and comments included: token offsets count code points, not the
        // UTF-16 units of a JavaScript string, so one emoji earlier in the file would shift a slice of `text`.
        source: (first, last, withoutComments = false) =>
            all
                .slice(first.tokenIndex, last.tokenIndex + 1)
                .map((t) => (withoutComments && COMMENTS.has(t.type) ? ' ' : t.text))
                .join('')
    };
}

/** Index of the bracket closing the one opened at `from` (depth counted over brackets only). */
function matchingBracket(tokens: ApexToken[], from: number, initialDepth: number): number {
    let depth = initialDepth;
    for (let i = from + 1; i < tokens.length; i++) {
        const type = tokens[i].type;
        if (type === ApexLexer.LBRACK || type === ApexLexer.FindLiteral || type === ApexLexer.FindLiteralAlt) depth++;
        else if (type === ApexLexer.RBRACK && --depth === 0) return i;
    }
    return -1;
}

export function findStaticQueries({ tokens, source }: Lexed): StaticQuery[] {
    const queries: StaticQuery[] = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const next = tokens[i + 1];
        let language: 'SOQL' | 'SOSL' | undefined;
        if (token.type === ApexLexer.LBRACK && next?.type === ApexLexer.SELECT) language = 'SOQL';
        else if (
            token.type === ApexLexer.FindLiteral ||
            (token.type === ApexLexer.LBRACK && next?.type === ApexLexer.FIND)
        )
            language = 'SOSL';
        if (!language) continue;
        const end = matchingBracket(tokens, i, 1);
        if (end < 0) continue; // unterminated: apex-ls reports the syntax error
        queries.push({
            language,
            text: source(token, tokens[end]),
            display: source(token, tokens[end], true),
            line: token.line,
            column: token.column
        });
    }
    return queries;
}

export function findDynamicCalls({ tokens, source }: Lexed): DynamicCall[] {
    const calls: DynamicCall[] = [];
    for (let i = 0; i + 3 < tokens.length; i++) {
        const receiver = tokens[i].text.toLowerCase();
        const methods = DYNAMIC_METHODS[receiver];
        if (!methods || tokens[i + 1].type !== ApexLexer.DOT || tokens[i + 3].type !== ApexLexer.LPAREN) continue;
        if (i > 0 && tokens[i - 1].type === ApexLexer.DOT && tokens[i - 2]?.text.toLowerCase() !== 'system') continue;
        const method = methods.find((m) => m.toLowerCase() === tokens[i + 2].text.toLowerCase());
        if (!method) continue;
        const first = i + 4;
        let last = first - 1;
        let depth = 0;
        for (let j = first; j < tokens.length; j++) {
            const type = tokens[j].type;
            if (depth === 0 && (type === ApexLexer.COMMA || type === ApexLexer.RPAREN)) break;
            if (OPEN.has(type) || type === ApexLexer.FindLiteral || type === ApexLexer.FindLiteralAlt) depth++;
            else if (CLOSE.has(type)) depth--;
            last = j;
        }
        if (last < first) continue;
        // `Database.getQueryLocator([SELECT …])` is a static query, checked as one.
        if (
            tokens[first].type === ApexLexer.LBRACK &&
            tokens[first + 1]?.type === ApexLexer.SELECT &&
            last === matchingBracket(tokens, first, 1)
        ) {
            continue;
        }
        calls.push({
            method: `${tokens[i].text}.${method}`,
            line: tokens[i].line,
            argument: source(tokens[first], tokens[last]),
            argumentLine: tokens[first].line,
            argumentColumn: tokens[first].column,
            tokenIndex: i
        });
    }
    return calls;
}
