import { addNotices, mergeNotices, optOutNotices, summarizeAdd, summarizeOptOut } from '../actionSummary';
import optOutSuccess from './data/optOutSuccess.json';
import optOutPartial from './data/optOutPartial.json';
import optOutFailed from './data/optOutFailed.json';
import addSubscribed from './data/addSubscribed.json';
import addPending from './data/addPending.json';
import addCompliance from './data/addCompliance.json';

const LABELS = {
    optOutDone: 'Opted out',
    optOutDoneMessage: 'Mailchimp will no longer send marketing email from: {0}.',
    optOutPartial: "Some opt-outs didn't go through",
    optOutFailed: "Opt-out didn't go through",
    resultLine: '{0}: {1}',
    added: 'Added to the audience',
    addedPending: 'Confirmation email sent',
    addFailed: "Couldn't add to the audience",
    rowOptOutFailed: "Opt-out didn't go through: {0}"
};

/** A result with an outcome code the server may add later, e.g. for someone already unsubscribed. */
const alreadyDone = {
    audienceId: 'a015g00000PrdUpAAB',
    audienceName: 'Product Updates',
    success: true,
    status: 'unsubscribed',
    outcome: 'NothingToDo',
    message: 'Already unsubscribed: nothing to do.'
};

describe('actionSummary', () => {
    it('lists the audiences when every opt-out went through', () => {
        expect(summarizeOptOut(optOutSuccess, LABELS)).toEqual({
            label: 'Opted out',
            message: 'Mailchimp will no longer send marketing email from: Monthly Newsletter, Events & Webinars.',
            variant: 'success'
        });
    });

    it('warns with what worked and why the rest failed on a partial failure', () => {
        expect(summarizeOptOut(optOutPartial, LABELS)).toEqual({
            label: "Some opt-outs didn't go through",
            message:
                'Mailchimp will no longer send marketing email from: Monthly Newsletter. Events & Webinars: Mailchimp is busy with other requests from your company. Wait a minute and try again.',
            variant: 'warning'
        });
    });

    it('reports an error when nothing went through, naming the audience by id when its name is missing', () => {
        expect(summarizeOptOut(optOutFailed, LABELS).variant).toBe('error');
        expect(
            summarizeOptOut({ results: [{ audienceId: 'a01', success: false, message: null }] }, LABELS).message
        ).toBe('a01: ');
    });

    it('says plainly what the server noted about an audience, whatever its outcome code', () => {
        const outcome = { results: [optOutSuccess.results[0], alreadyDone] };

        expect(summarizeOptOut(outcome, LABELS)).toEqual({
            label: 'Opted out',
            message:
                'Mailchimp will no longer send marketing email from: Monthly Newsletter. Product Updates: Already unsubscribed: nothing to do.',
            variant: 'success'
        });
        expect(summarizeOptOut({ results: [{ ...alreadyDone, message: null }] }, LABELS).message).toBe(
            'Product Updates: NothingToDo'
        );
        expect(summarizeOptOut({ results: [alreadyDone, ...optOutFailed.results] }, LABELS).variant).toBe('warning');
    });

    it('keeps a refusal and a note on their audiences’ rows, and nothing for a plain success', () => {
        expect(optOutNotices(optOutPartial, LABELS)).toEqual({
            a015g00000EvntsAAB: {
                text: "Opt-out didn't go through: Mailchimp is busy with other requests from your company. Wait a minute and try again.",
                isError: true
            }
        });
        expect(optOutNotices({ results: [alreadyDone] }, LABELS)).toEqual({
            a015g00000PrdUpAAB: { text: 'Already unsubscribed: nothing to do.', isError: false }
        });
        expect(optOutNotices(optOutSuccess, LABELS)).toEqual({});
        expect(optOutNotices({ results: [{ ...alreadyDone, message: null }] }, LABELS)).toEqual({});
    });

    it('replaces the notices of the audiences acted on and keeps the others', () => {
        const earlier = { a1: { text: 'failed before', isError: true }, a2: { text: 'kept', isError: true } };

        expect(mergeNotices(earlier, ['a1'], {})).toEqual({ a2: { text: 'kept', isError: true } });
        expect(mergeNotices(earlier, ['a3'], { a3: { text: 'new', isError: false } })).toEqual({
            ...earlier,
            a3: { text: 'new', isError: false }
        });
    });

    it('summarises an add by its resulting status', () => {
        expect(summarizeAdd(addSubscribed, LABELS)).toEqual({
            label: 'Added to the audience',
            message: addSubscribed.message,
            variant: 'success'
        });
        expect(summarizeAdd(addPending, LABELS)).toEqual({
            label: 'Confirmation email sent',
            message: addPending.message,
            variant: 'info'
        });
        expect(summarizeAdd(addCompliance, LABELS)).toEqual({
            label: "Couldn't add to the audience",
            message: addCompliance.message,
            variant: 'error'
        });
        expect(summarizeAdd({ success: true }, LABELS).message).toBe('');
        expect(summarizeAdd({ success: false }, LABELS).message).toBe('');
    });

    it('keeps a refused add on its audience’s row', () => {
        expect(addNotices('a1', addCompliance)).toEqual({ a1: { text: addCompliance.message, isError: true } });
        expect(addNotices('a1', addPending)).toEqual({});
        expect(addNotices('a1', { success: false })).toEqual({});
    });
});
