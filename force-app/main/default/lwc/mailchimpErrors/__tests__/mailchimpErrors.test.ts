import { isNotConfigured, reduceError, NOT_CONFIGURED, UNEXPECTED } from 'c/mailchimpErrors';
// The errors each controller really throws, from the components' own fixtures.
import errorNotConfigured from '../../mailchimpMembership/__tests__/data/errorNotConfigured.json';
import errorNoAccess from '../../mailchimpMembership/__tests__/data/errorNoAccess.json';
import errorAlreadyRunning from '../../mailchimpSyncConsole/__tests__/data/errorAlreadyRunning.json';
import consoleNoAccess from '../../mailchimpSyncConsole/__tests__/data/errorNoAccess.json';

const FALLBACK = 'Something went wrong.';

describe('mailchimpErrors with the membership controller', () => {
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

describe('mailchimpErrors with the sync console controller', () => {
    it('splits an AuraHandledException message into code and sentence', () => {
        expect(reduceError(errorAlreadyRunning, FALLBACK)).toEqual({
            code: 'REFUSED',
            message: 'A Mailchimp sync is already running. It was not started again; see the latest Mailchimp Sync Run.'
        });
        expect(reduceError(consoleNoAccess, FALLBACK).code).toBe('NO_ACCESS');
    });

    it('joins page errors and strips their codes', () => {
        const error = reduceError(
            { body: { message: 'REFUSED: First.', pageErrors: [{ message: 'Second.' }, { message: 42 }] } },
            FALLBACK
        );

        expect(error).toEqual({ code: UNEXPECTED, message: 'First. Second.' });
    });

    it('reads JavaScript errors, strings and lists of them', () => {
        expect(reduceError(new Error('Network down'), FALLBACK).message).toBe('Network down');
        expect(reduceError('Plain text', FALLBACK).message).toBe('Plain text');
        expect(reduceError(['One', new Error('Two')], FALLBACK).message).toBe('One Two');
        expect(reduceError({ body: { message: '' }, message: 'From the error' }, FALLBACK).message).toBe(
            'From the error'
        );
    });

    it('falls back to the given sentence when there is nothing to show', () => {
        expect(reduceError(undefined, FALLBACK)).toEqual({ code: UNEXPECTED, message: FALLBACK });
        expect(reduceError(42, FALLBACK).message).toBe(FALLBACK);
        expect(reduceError({ body: null }, FALLBACK).message).toBe(FALLBACK);
    });
});
