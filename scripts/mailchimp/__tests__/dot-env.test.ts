/** @jest-environment node */
import { findApiKey, parseDotEnv } from '../lib/dot-env';

describe('parseDotEnv', () => {
    it('reads plain, exported, quoted and commented lines', () => {
        const text = [
            '# Mailchimp',
            'MAILCHIMP_API_KEY=abc-us21',
            'export OTHER = "quoted value" # trailing comment',
            "SINGLE='keeps # hash'",
            'INLINE=value # comment',
            'EMPTY=',
            'not a line',
            ''
        ].join('\r\n');
        expect(parseDotEnv(text)).toEqual({
            MAILCHIMP_API_KEY: 'abc-us21',
            OTHER: 'quoted value',
            SINGLE: 'keeps # hash',
            INLINE: 'value',
            EMPTY: ''
        });
    });
});

describe('findApiKey', () => {
    it('prefers the environment over .env', () => {
        const found = findApiKey({ MAILCHIMP_API_KEY: 'from-env' }, () => 'MAILCHIMP_API_KEY=from-file');
        expect(found).toEqual({ value: 'from-env', from: 'the environment' });
    });

    it('falls back to .env when the environment has no key', () => {
        const found = findApiKey({ MAILCHIMP_API_KEY: '  ' }, () => 'MAILCHIMP_API_KEY=from-file\n');
        expect(found).toEqual({ value: 'from-file', from: '.env' });
    });

    it('reports nowhere when neither has a key', () => {
        expect(findApiKey({}, () => undefined)).toEqual({ value: undefined, from: 'nowhere' });
        expect(findApiKey({}, () => 'OTHER=1')).toEqual({ value: undefined, from: 'nowhere' });
    });
});
