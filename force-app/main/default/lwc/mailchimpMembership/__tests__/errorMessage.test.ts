import { isNotConfigured, reduceError, NOT_CONFIGURED, UNEXPECTED } from '../errorMessage';
import errorNotConfigured from './data/errorNotConfigured.json';
import errorNoAccess from './data/errorNoAccess.json';

const FALLBACK = 'Something went wrong.';

describe('errorMessage', () => {
    it('splits an AuraHandledException message into code and sentence', () => {
        const error = reduceError(errorNotConfigured, FALLBACK);

        expect(error.code).toBe(NOT_CONFIGURED);
        expect(error.message).toMatch(/^Mailchimp isn't connected yet/);
        expect(isNotConfigured(error)).toBe(true);
    });

    it('keeps other codes', () => {
        expect(reduceError(errorNoAccess, FALLBACK).code).toBe('NO_ACCESS');
        expect(isNotConfigured(reduceError(errorNoAccess, FALLBACK))).toBe(false);
    });

    it('reads Lightning Data Service error arrays and strips codes from each message', () => {
        const error = reduceError(
            { body: [{ message: 'NO_EMAIL: No email.' }, { message: 'Second problem.' }] },
            FALLBACK
        );

        expect(error).toEqual({ code: UNEXPECTED, message: 'No email. Second problem.' });
    });

    it('reads page and field errors', () => {
        const error = reduceError(
            {
                body: {
                    pageErrors: [{ message: 'Page problem.' }],
                    fieldErrors: { Email__c: [{ message: 'Field problem.' }] }
                }
            },
            FALLBACK
        );

        expect(error.message).toBe('Page problem. Field problem.');
    });

    it('reads JavaScript errors, strings and lists of them', () => {
        expect(reduceError(new Error('Network down'), FALLBACK).message).toBe('Network down');
        expect(reduceError('Plain text', FALLBACK).message).toBe('Plain text');
        expect(reduceError(['One', new Error('Two')], FALLBACK).message).toBe('One Two');
    });

    it('falls back to the given sentence when there is nothing to show', () => {
        expect(reduceError(undefined, FALLBACK)).toEqual({ code: UNEXPECTED, message: FALLBACK });
        expect(reduceError(42, FALLBACK).message).toBe(FALLBACK);
        expect(reduceError({ body: { message: '' } }, FALLBACK).message).toBe(FALLBACK);
        expect(isNotConfigured(undefined)).toBe(false);
    });
});
