/**
 * Minimal `.env` reader (no dotenv dependency): `KEY=value` lines, optional `export `, `#` comments,
 * single- or double-quoted values, and ` #` trailing comments on unquoted values.
 */
export function parseDotEnv(text: string): Record<string, string> {
    const values: Record<string, string> = {};
    for (const rawLine of text.split(/\r?\n/)) {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#')) continue;
        const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
        if (!match) continue;
        const name = match[1] as string;
        values[name] = unquote((match[2] as string).trim());
    }
    return values;
}

function unquote(value: string): string {
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2) {
        const end = value.indexOf(quote, 1);
        if (end > 0) {
            const inner = value.slice(1, end);
            return quote === '"' ? inner.replace(/\\n/g, '\n') : inner;
        }
    }
    const comment = value.search(/\s#/);
    return (comment >= 0 ? value.slice(0, comment) : value).trim();
}

export interface KeySource {
    readonly value: string | undefined;
    /** Human wording for messages: "the environment" or ".env". */
    readonly from: 'the environment' | '.env' | 'nowhere';
}

/**
 * Finds MAILCHIMP_API_KEY: the environment wins (so CI secrets override a stale file), then `.env`.
 * @param readEnvFile returns the `.env` text, or undefined when there is no such file.
 */
export function findApiKey(env: NodeJS.ProcessEnv, readEnvFile: () => string | undefined): KeySource {
    const fromEnv = env.MAILCHIMP_API_KEY;
    if (fromEnv !== undefined && fromEnv.trim() !== '') return { value: fromEnv, from: 'the environment' };
    const text = readEnvFile();
    if (text !== undefined) {
        const fromFile = parseDotEnv(text).MAILCHIMP_API_KEY;
        if (fromFile !== undefined && fromFile.trim() !== '') return { value: fromFile, from: '.env' };
    }
    return { value: undefined, from: 'nowhere' };
}

/**
 * A setting from the environment, else from `.env` (same precedence as the key), e.g.
 * MAILCHIMP_TEST_DOMAIN, which mailchimp:seed and org:setup share so their test addresses match.
 */
export function findSetting(
    name: string,
    env: NodeJS.ProcessEnv,
    readEnvFile: () => string | undefined
): string | undefined {
    const fromEnv = env[name];
    if (fromEnv !== undefined && fromEnv.trim() !== '') return fromEnv.trim();
    const text = readEnvFile();
    const fromFile = text !== undefined ? parseDotEnv(text)[name] : undefined;
    return fromFile !== undefined && fromFile.trim() !== '' ? fromFile.trim() : undefined;
}
