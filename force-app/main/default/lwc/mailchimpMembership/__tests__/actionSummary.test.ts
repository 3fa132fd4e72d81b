import { summarizeAdd, summarizeOptOut } from '../actionSummary';
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
    addFailed: "Couldn't add to the audience"
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

    it('summarises an add by its resulting status', () => {
        expect(summarizeAdd(addSubscribed, LABELS)).toEqual({
            label: 'Added to the audience',
            message: addSubscribed.message,
            variant: 'success'
        });
        expect(summarizeAdd(addPending, LABELS).label).toBe('Confirmation email sent');
        expect(summarizeAdd(addCompliance, LABELS)).toEqual({
            label: "Couldn't add to the audience",
            message: addCompliance.message,
            variant: 'error'
        });
        expect(summarizeAdd({ success: true }, LABELS).message).toBe('');
        expect(summarizeAdd({ success: false }, LABELS).message).toBe('');
    });
});
