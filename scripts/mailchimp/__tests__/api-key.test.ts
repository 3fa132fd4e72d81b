/** @jest-environment node */
import { maskKey, namedCredentialUrl, parseApiKey } from '../lib/api-key';
import { ExitCode, ScriptError } from '../lib/exit-codes';
import { VALID_KEY } from './fake-mailchimp';

function failure(raw: string | undefined): ScriptError {
    try {
        parseApiKey(raw);
    } catch (error) {
        if (error instanceof ScriptError) return error;
        throw error;
    }
    throw new Error('expected parseApiKey to throw');
}

describe('parseApiKey', () => {
    it('derives the data center from the part after the last dash', () => {
        expect(parseApiKey(VALID_KEY)).toEqual({ key: VALID_KEY, dc: 'us21' });
    });

    it('trims whitespace a copy-paste leaves around the key', () => {
        expect(parseApiKey(`  ${VALID_KEY}\n`).dc).toBe('us21');
    });

    it.each([undefined, '', '   '])('reports a missing key (%p) with exit code 2', (raw) => {
        const error = failure(raw);
        expect(error.exitCode).toBe(ExitCode.MISSING_KEY);
        expect(error.message).toMatch(/MAILCHIMP_API_KEY is not set.*Fix:.*\.env/);
    });

    it.each([
        ['no data-center suffix', '0123456789abcdef0123456789abcdef', /no "-<data center>" suffix/],
        ['a suffix that is not a data center', '0123456789abcdef0123456789abcdef-usa', /not a data center like us21/],
        ['a secret that is too short', 'abc-us21', /not the 32-character key/],
        ['a space inside', '0123456789abcdef 0123456789abcdef-us21', /spaces/],
        ['quotes kept from a .env line', '"0123456789abcdef0123456789abcdef-us21', /quote/]
    ])('reports %s as malformed with exit code 3', (_label, raw, reason) => {
        const error = failure(raw);
        expect(error.exitCode).toBe(ExitCode.MALFORMED_KEY);
        expect(error.message).toMatch(reason);
        expect(error.message).toMatch(/Fix:/);
    });

    it('never repeats a malformed key in its message', () => {
        const raw = 'fedcba9876543210fedcba9876543210-zz';
        expect(failure(raw).message).not.toContain('fedcba98');
    });
});

describe('maskKey', () => {
    it('shows only the last four characters', () => {
        expect(maskKey(VALID_KEY)).toBe('****us21');
    });

    it('hides short values entirely', () => {
        expect(maskKey('abc-us1')).toBe('****');
    });
});

describe('namedCredentialUrl', () => {
    it('builds the exact Named Credential URL for a data center', () => {
        expect(namedCredentialUrl('us21')).toBe('https://us21.api.mailchimp.com/3.0');
    });
});
