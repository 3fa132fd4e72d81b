import { ExitCode, ScriptError } from './exit-codes';

/** Where to create or copy a Mailchimp API key, quoted in every key-related message. */
export const KEY_LOCATION = 'Mailchimp › profile menu › Profile › Extras › API keys';

/** Data centers look like `us21`: two or three letters, then digits. */
const DATA_CENTER = /^[a-z]{2,3}\d{1,3}$/;
/** The secret half: Mailchimp issues 32 hex characters; allow a little slack for future formats. */
const SECRET = /^[0-9a-zA-Z]{16,64}$/;

export interface ParsedApiKey {
    /** The key exactly as Mailchimp issued it (trimmed). */
    readonly key: string;
    /** Data center derived from the key, e.g. `us21`. */
    readonly dc: string;
}

/**
 * Shows only the last 4 characters of a key (the data-center suffix for a well-formed key),
 * so messages can say which key was used without leaking it.
 */
export function maskKey(key: string): string {
    const trimmed = key.trim();
    if (trimmed.length <= 8) return '****';
    return `****${trimmed.slice(-4)}`;
}

/**
 * Validates an API key and derives its data center (the part after the last dash).
 * @throws ScriptError MISSING_KEY when blank, MALFORMED_KEY when the shape is wrong.
 */
export function parseApiKey(raw: string | undefined): ParsedApiKey {
    const key = (raw ?? '').trim();
    if (key === '') {
        throw new ScriptError(
            ExitCode.MISSING_KEY,
            `MAILCHIMP_API_KEY is not set. Fix: export MAILCHIMP_API_KEY=<your key> or add the line MAILCHIMP_API_KEY=<your key> to .env in the project root (create a key at ${KEY_LOCATION}).`
        );
    }
    const reason = malformedReason(key);
    if (reason !== undefined) {
        throw new ScriptError(
            ExitCode.MALFORMED_KEY,
            `MAILCHIMP_API_KEY is malformed (${reason}; got ${maskKey(key)}). Fix: set it to the whole key, e.g. 0123456789abcdef0123456789abcdef-us21. Mailchimp shows a key only once: if you no longer have it, create a new key at ${KEY_LOCATION}.`
        );
    }
    const dash = key.lastIndexOf('-');
    return { key, dc: key.slice(dash + 1) };
}

function malformedReason(key: string): string | undefined {
    if (/\s/.test(key)) return 'it contains spaces or line breaks';
    if (/["'`]/.test(key)) return 'it contains quote characters';
    const dash = key.lastIndexOf('-');
    if (dash < 0) return 'no "-<data center>" suffix such as -us21; OAuth tokens are not API keys';
    const secret = key.slice(0, dash);
    const dc = key.slice(dash + 1);
    if (!DATA_CENTER.test(dc)) return 'the text after the last dash is not a data center like us21';
    if (!SECRET.test(secret)) return 'the part before the data center is not the 32-character key';
    return undefined;
}

/** Base URL of the Mailchimp Marketing API for a data center: what the Named Credential's URL must be. */
export function namedCredentialUrl(dc: string): string {
    return `https://${dc}.api.mailchimp.com/3.0`;
}
