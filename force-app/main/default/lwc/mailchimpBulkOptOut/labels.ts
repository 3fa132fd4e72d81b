/** Every text the Mailchimp Bulk Opt-Out page shows, from custom labels MailchimpBulk*. */
import loading from '@salesforce/label/c.MailchimpBulkLoading';
import errorTitle from '@salesforce/label/c.MailchimpBulkErrorTitle';
import noJob from '@salesforce/label/c.MailchimpBulkNoJob';
import unexpected from '@salesforce/label/c.MailchimpBulkUnexpected';
import peopleSelected from '@salesforce/label/c.MailchimpBulkPeopleSelected';
import scopeLabel from '@salesforce/label/c.MailchimpBulkScopeLabel';
import scopeEvery from '@salesforce/label/c.MailchimpBulkScopeEvery';
import scopeChosen from '@salesforce/label/c.MailchimpBulkScopeChosen';
import audiencesLabel from '@salesforce/label/c.MailchimpBulkAudiencesLabel';
import audiencesHelp from '@salesforce/label/c.MailchimpBulkAudiencesHelp';
import noneChosen from '@salesforce/label/c.MailchimpBulkNoneChosen';
import noAudiences from '@salesforce/label/c.MailchimpBulkNoAudiences';
import next from '@salesforce/label/c.MailchimpBulkNext';
import back from '@salesforce/label/c.MailchimpBulkBack';
import confirmTitle from '@salesforce/label/c.MailchimpBulkConfirmTitle';
import confirmChosen from '@salesforce/label/c.MailchimpBulkConfirmChosen';
import confirmEvery from '@salesforce/label/c.MailchimpBulkConfirmEvery';
import confirmNote from '@salesforce/label/c.MailchimpBulkConfirmNote';
import optOutButton from '@salesforce/label/c.MailchimpBulkOptOutButton';
import runningTitle from '@salesforce/label/c.MailchimpBulkRunningTitle';
import progress from '@salesforce/label/c.MailchimpBulkProgress';
import leaveNote from '@salesforce/label/c.MailchimpBulkLeaveNote';
import summaryTitle from '@salesforce/label/c.MailchimpBulkSummaryTitle';
import failedTitle from '@salesforce/label/c.MailchimpBulkFailedTitle';
import outcomeSucceeded from '@salesforce/label/c.MailchimpBulkOutcomeSucceeded';
import outcomeNothingToDo from '@salesforce/label/c.MailchimpBulkOutcomeNothingToDo';
import outcomeNotAMember from '@salesforce/label/c.MailchimpBulkOutcomeNotAMember';
import outcomeNoEmail from '@salesforce/label/c.MailchimpBulkOutcomeNoEmail';
import outcomeNoAccess from '@salesforce/label/c.MailchimpBulkOutcomeNoAccess';
import outcomeFailed from '@salesforce/label/c.MailchimpBulkOutcomeFailed';
import countsLabel from '@salesforce/label/c.MailchimpBulkCountsLabel';
import problemsTitle from '@salesforce/label/c.MailchimpBulkProblemsTitle';
import problemsNone from '@salesforce/label/c.MailchimpBulkProblemsNone';
import problemsMore from '@salesforce/label/c.MailchimpBulkProblemsMore';
import columnPerson from '@salesforce/label/c.MailchimpBulkColumnPerson';
import columnAudience from '@salesforce/label/c.MailchimpBulkColumnAudience';
import columnOutcome from '@salesforce/label/c.MailchimpBulkColumnOutcome';
import columnDetails from '@salesforce/label/c.MailchimpBulkColumnDetails';
import filesTitle from '@salesforce/label/c.MailchimpBulkFilesTitle';
import openJob from '@salesforce/label/c.MailchimpBulkOpenJob';
import startFailed from '@salesforce/label/c.MailchimpBulkStartFailed';
import refreshFailed from '@salesforce/label/c.MailchimpBulkRefreshFailed';
import refreshLabel from '@salesforce/label/c.MailchimpBulkRefreshLabel';
import pageTitle from '@salesforce/label/c.MailchimpBulkPageTitle';
import everyAudience from '@salesforce/label/c.MailchimpBulkEveryAudience';
import tooManyAudiences from '@salesforce/label/c.MailchimpBulkTooManyAudiences';

export const LABELS = {
    loading,
    errorTitle,
    noJob,
    unexpected,
    peopleSelected,
    scopeLabel,
    scopeEvery,
    scopeChosen,
    audiencesLabel,
    audiencesHelp,
    noneChosen,
    noAudiences,
    next,
    back,
    confirmTitle,
    confirmChosen,
    confirmEvery,
    confirmNote,
    optOutButton,
    runningTitle,
    progress,
    leaveNote,
    summaryTitle,
    failedTitle,
    outcomeSucceeded,
    outcomeNothingToDo,
    outcomeNotAMember,
    outcomeNoEmail,
    outcomeNoAccess,
    outcomeFailed,
    countsLabel,
    problemsTitle,
    problemsNone,
    problemsMore,
    columnPerson,
    columnAudience,
    columnOutcome,
    columnDetails,
    filesTitle,
    openJob,
    startFailed,
    refreshFailed,
    refreshLabel,
    pageTitle,
    everyAudience,
    tooManyAudiences
};

export type Labels = typeof LABELS;
