/**
 * Every text the Mailchimp Setup page shows outside its checklist section, from custom labels MailchimpSyncConsole*
 * (the sync section) and MailchimpSetup*.
 */
import cardTitle from '@salesforce/label/c.MailchimpSyncConsoleCardTitle';
import refresh from '@salesforce/label/c.MailchimpSyncConsoleRefresh';
import loading from '@salesforce/label/c.MailchimpSyncConsoleLoading';
import errorTitle from '@salesforce/label/c.MailchimpSyncConsoleErrorTitle';
import unexpected from '@salesforce/label/c.MailchimpSyncConsoleErrorUnexpected';
import scheduled from '@salesforce/label/c.MailchimpSyncConsoleScheduled';
import nextRun from '@salesforce/label/c.MailchimpSyncConsoleNextRun';
import notScheduled from '@salesforce/label/c.MailchimpSyncConsoleNotScheduled';
import notScheduledHint from '@salesforce/label/c.MailchimpSyncConsoleNotScheduledHint';
import partlyScheduled from '@salesforce/label/c.MailchimpSyncConsolePartlyScheduled';
import partlyScheduledHint from '@salesforce/label/c.MailchimpSyncConsolePartlyScheduledHint';
import running from '@salesforce/label/c.MailchimpSyncConsoleRunning';
import schedule from '@salesforce/label/c.MailchimpSyncConsoleSchedule';
import unschedule from '@salesforce/label/c.MailchimpSyncConsoleUnschedule';
import runNow from '@salesforce/label/c.MailchimpSyncConsoleRunNow';
import runNowRunning from '@salesforce/label/c.MailchimpSyncConsoleRunNowRunning';
import notPermitted from '@salesforce/label/c.MailchimpSyncConsoleNotPermitted';
import confirmUnscheduleTitle from '@salesforce/label/c.MailchimpSyncConsoleConfirmUnscheduleTitle';
import confirmUnschedule from '@salesforce/label/c.MailchimpSyncConsoleConfirmUnschedule';
import toastScheduled from '@salesforce/label/c.MailchimpSyncConsoleToastScheduled';
import toastUnscheduled from '@salesforce/label/c.MailchimpSyncConsoleToastUnscheduled';
import toastRunStarted from '@salesforce/label/c.MailchimpSyncConsoleToastRunStarted';
import toastFailed from '@salesforce/label/c.MailchimpSyncConsoleToastFailed';
import toastRefreshFailed from '@salesforce/label/c.MailchimpSyncConsoleToastRefreshFailed';
import runsTitle from '@salesforce/label/c.MailchimpSyncConsoleRunsTitle';
import runsEmpty from '@salesforce/label/c.MailchimpSyncConsoleRunsEmpty';
import columnRun from '@salesforce/label/c.MailchimpSyncConsoleColumnRun';
import columnStarted from '@salesforce/label/c.MailchimpSyncConsoleColumnStarted';
import columnOutcome from '@salesforce/label/c.MailchimpSyncConsoleColumnOutcome';
import columnAudiences from '@salesforce/label/c.MailchimpSyncConsoleColumnAudiences';
import columnUnsubscribes from '@salesforce/label/c.MailchimpSyncConsoleColumnUnsubscribes';
import columnUpdated from '@salesforce/label/c.MailchimpSyncConsoleColumnUpdated';
import columnCreated from '@salesforce/label/c.MailchimpSyncConsoleColumnCreated';
import columnUnmatched from '@salesforce/label/c.MailchimpSyncConsoleColumnUnmatched';
import columnErrors from '@salesforce/label/c.MailchimpSyncConsoleColumnErrors';
import moreErrors from '@salesforce/label/c.MailchimpSyncConsoleMoreErrors';
import audiencesTitle from '@salesforce/label/c.MailchimpSyncConsoleAudiencesTitle';
import audiencesCount from '@salesforce/label/c.MailchimpSyncConsoleAudiencesCount';
import audiencesNone from '@salesforce/label/c.MailchimpSyncConsoleAudiencesNone';
import audienceErrorsTitle from '@salesforce/label/c.MailchimpSyncConsoleAudienceErrorsTitle';
import audienceErrorsNone from '@salesforce/label/c.MailchimpSyncConsoleAudienceErrorsNone';
import lastSynced from '@salesforce/label/c.MailchimpSyncConsoleLastSynced';
import setupNotPermitted from '@salesforce/label/c.MailchimpSetupNotPermitted';
import syncTitle from '@salesforce/label/c.MailchimpSetupSyncTitle';
import toastTestFailed from '@salesforce/label/c.MailchimpSetupToastTestFailed';

export const LABELS = {
    cardTitle,
    refresh,
    loading,
    errorTitle,
    unexpected,
    scheduled,
    nextRun,
    notScheduled,
    notScheduledHint,
    partlyScheduled,
    partlyScheduledHint,
    running,
    schedule,
    unschedule,
    runNow,
    runNowRunning,
    notPermitted,
    confirmUnscheduleTitle,
    confirmUnschedule,
    toastScheduled,
    toastUnscheduled,
    toastRunStarted,
    toastFailed,
    toastRefreshFailed,
    runsTitle,
    runsEmpty,
    columnRun,
    columnStarted,
    columnOutcome,
    columnAudiences,
    columnUnsubscribes,
    columnUpdated,
    columnCreated,
    columnUnmatched,
    columnErrors,
    moreErrors,
    audiencesTitle,
    audiencesCount,
    audiencesNone,
    audienceErrorsTitle,
    audienceErrorsNone,
    lastSynced,
    setupNotPermitted,
    syncTitle,
    toastTestFailed
};

export type Labels = typeof LABELS;
