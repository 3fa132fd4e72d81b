/**
 * Parsing a fragment of an Apex file (a query literal, an expression) with the Apex grammar, so that its tokens
 * keep the line and column they have in the file: the fragment is placed at its position behind blank lines.
 */
import { ApexErrorListener, ApexParser, ApexParserFactory } from '@apexdevtools/apex-parser';

export interface SyntaxProblem {
    line: number;
    column: number;
    message: string;
}

class CollectingListener extends ApexErrorListener {
    readonly errors: SyntaxProblem[] = [];
    apexSyntaxError(line: number, column: number, message: string): void {
        // ANTLR lists every token it would have accepted; the offending one is what helps.
        this.errors.push({ line, column, message: message.replace(/ expecting \{.*\}$/s, '') });
    }
}

export interface Parsed<T> {
    tree: T;
    errors: SyntaxProblem[];
}

/**
 * Parses `text`, written at `line` (1-based) and `column` (0-based) of its file, with one grammar rule. Text
 * left over after the rule counts as an error.
 */
export function parseFragment<T>(
    text: string,
    line: number,
    column: number,
    rule: (parser: ApexParser) => T
): Parsed<T> {
    const listener = new CollectingListener();
    const { parser } = ApexParserFactory.createLexerAndParser(
        `${'\n'.repeat(Math.max(0, line - 1))}${' '.repeat(Math.max(0, column))}${text}`,
        listener
    );
    const tree = rule(parser);
    const rest = parser.getCurrentToken();
    if (listener.errors.length === 0 && rest.type !== ApexParser.EOF) {
        listener.errors.push({ line: rest.line, column: rest.column, message: `unexpected '${rest.text}'` });
    }
    return { tree, errors: listener.errors };
}
