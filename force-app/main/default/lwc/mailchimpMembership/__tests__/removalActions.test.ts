import {
    archiveNotices,
    archiveOptions,
    canArchive,
    canForget,
    forgetAudienceNames,
    summarizeArchive,
    summarizeForget
} from '../removalActions';
import memberships from './data/memberships.json';
import personAccount from './data/personAccount.json';
import businessAccount from './data/businessAccount.json';
import noEmail from './data/noEmail.json';
import archivePartial from './data/archivePartial.json';
import forgetDone from './data/forgetDone.json';
import forgetPartial from './data/forgetPartial.json';

type Overview = MailchimpMembershipApi.Overview;

const LABELS = {
    archiveDone: 'Archived',
    archivePartial: 'Some not archived',
    archiveFailed: 'Not archived',
    forgetDone: 'Forgotten',
    forgetPartial: 'Partly forgotten',
    forgetFailed: 'Not forgotten',
    resultLine: '{0}: {1}',
    rowArchiveFailed: 'Archive failed: {0}'
};

const NEWSLETTER = 'a015g00000NwsLtAAB';
const UPDATES = 'a015g00000PrdUpAAB';

describe('removalActions', () => {
    describe('what the card offers', () => {
        it('lists each audience Mailchimp can archive once, skipping pending, cleaned and archived', () => {
            const twice = [...personAccount.memberships, { ...personAccount.memberships[1], id: 'second-address' }];
            expect(archiveOptions(twice)).toEqual([
                { label: 'Monthly Newsletter', value: NEWSLETTER },
                { label: 'Product Updates', value: UPDATES }
            ]);
            expect(archiveOptions(undefined)).toEqual([]);
        });

        it('offers archive and forget to admins only, never on an account that is no person', () => {
            expect(canArchive(personAccount as Overview)).toBe(true);
            expect(canForget(personAccount as Overview)).toBe(true);
            expect(canArchive(memberships as Overview)).toBe(false);
            expect(canForget(memberships as Overview)).toBe(false);
            expect(canArchive({ ...(businessAccount as Overview), canArchive: true })).toBe(false);
            expect(canForget({ ...(businessAccount as Overview), canForget: true })).toBe(false);
            expect(canArchive(undefined)).toBe(false);
        });

        it('offers forget for a person with an address or a membership, not for one Mailchimp cannot know', () => {
            expect(canForget({ ...(noEmail as Overview), canForget: true })).toBe(false);
            expect(
                canForget({ ...(noEmail as Overview), canForget: true, memberships: personAccount.memberships })
            ).toBe(true);
        });

        it('names each audience a forget erases once', () => {
            const twice = [...personAccount.memberships, personAccount.memberships[0]];
            expect(forgetAudienceNames(twice)).toEqual([
                'Events & Webinars',
                'Monthly Newsletter',
                'Partner Program',
                'Product Updates'
            ]);
            expect(forgetAudienceNames(undefined)).toEqual([]);
        });
    });

    describe('archive outcomes', () => {
        it('warns when some audiences refused, saying which and why, and keeps each refusal on its row', () => {
            expect(summarizeArchive(archivePartial, LABELS)).toEqual({
                label: 'Some not archived',
                message: `Product Updates: ${archivePartial.results[1].message}`,
                variant: 'warning'
            });
            expect(archiveNotices(archivePartial, LABELS)).toEqual({
                [UPDATES]: { text: `Archive failed: ${archivePartial.results[1].message}`, isError: true }
            });
        });

        it('succeeds when every audience was archived, listing what there was to say', () => {
            const done = {
                results: [
                    { ...archivePartial.results[0] },
                    {
                        audienceId: UPDATES,
                        audienceName: 'Product Updates',
                        success: true,
                        message: 'Already archived.'
                    }
                ]
            };
            expect(summarizeArchive(done, LABELS)).toEqual({
                label: 'Archived',
                message: 'Product Updates: Already archived.',
                variant: 'success'
            });
            expect(archiveNotices(done, LABELS)).toEqual({
                [UPDATES]: { text: 'Already archived.', isError: false }
            });
        });

        it('fails when no audience was archived', () => {
            const failed = { results: [archivePartial.results[1]] };
            expect(summarizeArchive(failed, LABELS).variant).toBe('error');
            expect(summarizeArchive(failed, LABELS).label).toBe('Not archived');
        });
    });

    describe('forget outcomes', () => {
        it("succeeds with the server's sentence", () => {
            expect(summarizeForget(forgetDone, LABELS)).toEqual({
                label: 'Forgotten',
                message: forgetDone.message,
                variant: 'success'
            });
        });

        it('warns when partly forgotten, naming each refusal', () => {
            expect(summarizeForget(forgetPartial, LABELS)).toEqual({
                label: 'Partly forgotten',
                message: `${forgetPartial.message} Partner Program: ${forgetPartial.results[2].message}`,
                variant: 'warning'
            });
        });

        it('fails when Mailchimp refused everything', () => {
            const refused = {
                success: false,
                status: 'Refused',
                message: 'Mailchimp did not delete her.',
                results: []
            };
            expect(summarizeForget(refused, LABELS)).toEqual({
                label: 'Not forgotten',
                message: 'Mailchimp did not delete her.',
                variant: 'error'
            });
        });
    });
});
