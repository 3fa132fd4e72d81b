import {
    audienceIdsToSend,
    audienceOptions,
    confirmText,
    countRows,
    formatLabel,
    isFinished,
    isRunning,
    outcomeLabel,
    peopleText,
    problemRows,
    problemsMoreText,
    progressPercent,
    progressText,
    scopeOptions,
    stepOf,
    validateChoice,
    MAX_PROBLEMS
} from '../bulkView';
import { LABELS } from '../labels';
import draft from './data/draft.json';
import running from './data/running.json';
import completed from './data/completed.json';

type Job = MailchimpBulkOptOutApi.Job;

const labels = {
    ...LABELS,
    peopleSelected: 'People selected: {0} ({1} contacts, {2} leads).',
    confirmChosen: 'Opt the selected people ({0}) out of {1}?',
    confirmEvery: "Opt the selected people ({0}) out of every audience they're in?",
    progress: 'People done: {0} of {1}',
    tooManyAudiences: 'Choose at most {0} audiences at once.',
    problemsMore: 'Showing the first {0}. Every result is in the result files.'
};

const job = (data: unknown, changes: Partial<Job> = {}): Job => ({ ...(data as Job), ...changes });

describe('bulkView', () => {
    it('fills numbered placeholders, however often they appear', () => {
        expect(formatLabel('{0} of {1}, {0}', 3, 'ten')).toBe('3 of ten, 3');
    });

    it('knows which statuses run and which have ended', () => {
        expect(['Queued', 'Running'].map(isRunning)).toEqual([true, true]);
        expect(['Draft', 'Completed', 'Failed', undefined].map(isRunning)).toEqual([false, false, false, false]);
        expect(['Completed', 'Failed'].map(isFinished)).toEqual([true, true]);
        expect(isFinished('Running')).toBe(false);
    });

    it('picks the step from the job, an error and the confirmation', () => {
        expect(stepOf(undefined, false, false)).toBe('loading');
        expect(stepOf(undefined, true, false)).toBe('error');
        expect(stepOf(job(draft), false, false)).toBe('choose');
        expect(stepOf(job(draft), false, true)).toBe('confirm');
        expect(stepOf(job(running), false, false)).toBe('running');
        expect(stepOf(job(running, { status: 'Queued' }), false, false)).toBe('running');
        expect(stepOf(job(completed), false, false)).toBe('summary');
        expect(stepOf(job(completed, { status: 'Failed' }), false, false)).toBe('summary');
        // Someone else's draft: nothing this user can do with it.
        expect(stepOf(job(draft, { canStart: false }), false, false)).toBe('error');
    });

    it("offers every audience or the chosen ones, and the job's audiences as options", () => {
        expect(scopeOptions(labels).map((o) => o.value)).toEqual(['every', 'chosen']);
        expect(audienceOptions(job(draft))).toEqual([
            { label: 'Monthly Newsletter', value: 'a015g00000AudNewAAA' },
            { label: 'Events & Webinars', value: 'a015g00000AudEvtAAA' },
            { label: 'Product Updates', value: 'a015g00000AudPrdAAA' }
        ]);
        expect(audienceOptions(undefined)).toEqual([]);
    });

    it('accepts every audience, and chosen ones between one and the maximum', () => {
        const d = job(draft);
        expect(validateChoice({ scope: 'every', audienceIds: [] }, d, labels)).toBeUndefined();
        expect(validateChoice({ scope: 'chosen', audienceIds: [] }, d, labels)).toBe(labels.noneChosen);
        expect(validateChoice({ scope: 'chosen', audienceIds: ['not-offered'] }, d, labels)).toBe(labels.noneChosen);
        expect(validateChoice({ scope: 'chosen', audienceIds: ['a015g00000AudNewAAA'] }, d, labels)).toBeUndefined();
        expect(
            validateChoice(
                { scope: 'chosen', audienceIds: ['a015g00000AudNewAAA', 'a015g00000AudEvtAAA'] },
                job(draft, { maxAudiences: 1 }),
                labels
            )
        ).toBe('Choose at most 1 audiences at once.');
        expect(validateChoice({ scope: 'chosen', audienceIds: [] }, job(draft, { audiences: [] }), labels)).toBe(
            labels.noAudiences
        );
    });

    it('sends no audience for every audience, else the chosen ones in the offered order', () => {
        const d = job(draft);
        expect(audienceIdsToSend({ scope: 'every', audienceIds: ['a015g00000AudNewAAA'] }, d)).toEqual([]);
        expect(
            audienceIdsToSend(
                { scope: 'chosen', audienceIds: ['a015g00000AudPrdAAA', 'gone', 'a015g00000AudNewAAA'] },
                d
            )
        ).toEqual(['a015g00000AudNewAAA', 'a015g00000AudPrdAAA']);
    });

    it('says how many people, of which kind, and what the confirmation will do', () => {
        const d = job(draft);
        expect(peopleText(d, labels)).toBe('People selected: 37 (30 contacts, 7 leads).');
        expect(confirmText({ scope: 'every', audienceIds: [] }, d, labels)).toBe(
            "Opt the selected people (37) out of every audience they're in?"
        );
        expect(
            confirmText({ scope: 'chosen', audienceIds: ['a015g00000AudEvtAAA', 'a015g00000AudNewAAA'] }, d, labels)
        ).toBe('Opt the selected people (37) out of Monthly Newsletter, Events & Webinars?');
    });

    it('measures progress in people, never above 100 and 0 for an empty job', () => {
        expect(progressPercent(job(running))).toBe(32);
        expect(progressText(job(running), labels)).toBe('People done: 12 of 37');
        expect(progressPercent(job(running, { peopleRequested: 0 }))).toBe(0);
        expect(progressPercent(job(running, { peopleProcessed: 40 }))).toBe(100);
    });

    it('lists every count in outcome order, zeros included', () => {
        const rows = countRows(job(completed), labels);
        expect(rows.map((r) => [r.key, r.value])).toEqual([
            ['succeeded', 66],
            ['nothingToDo', 4],
            ['notAMember', 1],
            ['noEmail', 1],
            ['noAccess', 0],
            ['failed', 1]
        ]);
        expect(rows.map((r) => r.label)).toEqual([
            labels.outcomeSucceeded,
            labels.outcomeNothingToDo,
            labels.outcomeNotAMember,
            labels.outcomeNoEmail,
            labels.outcomeNoAccess,
            labels.outcomeFailed
        ]);
    });

    it('turns problems into table rows with unique keys and outcome labels', () => {
        const rows = problemRows(job(completed), labels);
        expect(rows).toHaveLength(3);
        expect(rows[0]).toMatchObject({
            person: 'Alan Turing',
            email: 'alan.turing@example.com',
            audience: 'Monthly Newsletter',
            outcome: labels.outcomeFailed
        });
        expect(rows[0].details).toContain('looks fake or invalid');
        expect(rows[1]).toMatchObject({
            person: 'Grace Hopper',
            email: '',
            audience: '',
            outcome: labels.outcomeNoEmail
        });
        expect(new Set(rows.map((r) => r.key)).size).toBe(3);
        expect(outcomeLabel('Unheard', labels)).toBe('Unheard');
    });

    it('says more problems exist only when the kept ones are cut', () => {
        expect(problemsMoreText(job(completed), labels)).toBeUndefined();
        const many = Array.from({ length: MAX_PROBLEMS }, (_, i) => ({ personId: `p${i}`, outcome: 'Failed' }));
        expect(problemsMoreText(job(completed, { problems: many, failed: 250 }), labels)).toBe(
            'Showing the first 100. Every result is in the result files.'
        );
        expect(
            problemsMoreText(job(completed, { problems: many, failed: 100, noEmail: 0, notAMember: 0 }), labels)
        ).toBe(undefined);
    });
});
