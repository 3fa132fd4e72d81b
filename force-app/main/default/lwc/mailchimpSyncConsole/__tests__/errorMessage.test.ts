import { reduceError, UNEXPECTED } from '../errorMessage';
import errorAlreadyRunning from './data/errorAlreadyRunning.json';
import errorNoAccess from './data/errorNoAccess.json';

const FALLBACK = 'Something went wrong.';

describe('errorMessage', () => {
    it('splits an AuraHandledException message into code and sentence', () => {
        expect(reduceError(errorAlreadyRunning, FALLBACK)).toEqual({
            code: 'REFUSED',
            message: 'A Mailchimp sync is already running. It was not started again; see the latest Mailchimp Sync Run.'
        });
        expect(reduceError(errorNoAccess, FALLBACK).code).toBe('NO_ACCESS');
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
