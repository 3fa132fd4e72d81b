/** Every text the setup checklist shows, from custom labels MailchimpSetup* (and the sync console's "Next run"). */
import checklistTitle from '@salesforce/label/c.MailchimpSetupChecklistTitle';
import checklistIntro from '@salesforce/label/c.MailchimpSetupChecklistIntro';
import testConnection from '@salesforce/label/c.MailchimpSetupTestConnection';
import resultConnected from '@salesforce/label/c.MailchimpSetupResultConnected';
import resultFailed from '@salesforce/label/c.MailchimpSetupResultFailed';
import stateDone from '@salesforce/label/c.MailchimpSetupStateDone';
import stateAction from '@salesforce/label/c.MailchimpSetupStateAction';
import stateUnknown from '@salesforce/label/c.MailchimpSetupStateUnknown';
import itemNamedCredential from '@salesforce/label/c.MailchimpSetupItemNamedCredential';
import itemApiKey from '@salesforce/label/c.MailchimpSetupItemApiKey';
import itemAudiences from '@salesforce/label/c.MailchimpSetupItemAudiences';
import itemPermissionSets from '@salesforce/label/c.MailchimpSetupItemPermissionSets';
import itemSchedule from '@salesforce/label/c.MailchimpSetupItemSchedule';
import itemLastRun from '@salesforce/label/c.MailchimpSetupItemLastRun';
import itemSyncProblems from '@salesforce/label/c.MailchimpSetupItemSyncProblems';
import tested from '@salesforce/label/c.MailchimpSetupTested';
import started from '@salesforce/label/c.MailchimpSetupStarted';
import details from '@salesforce/label/c.MailchimpSetupDetails';
import linkNamedCredentials from '@salesforce/label/c.MailchimpSetupLinkNamedCredentials';
import linkPermissionSets from '@salesforce/label/c.MailchimpSetupLinkPermissionSets';
import linkSyncProblems from '@salesforce/label/c.MailchimpSetupLinkSyncProblems';
import linkRun from '@salesforce/label/c.MailchimpSetupLinkRun';
import holders from '@salesforce/label/c.MailchimpSetupHolders';
import andMore from '@salesforce/label/c.MailchimpSetupAndMore';
import urlUnreadable from '@salesforce/label/c.MailchimpSetupUrlUnreadable';
import urlMalformed from '@salesforce/label/c.MailchimpSetupUrlMalformed';
import urlPlaceholder from '@salesforce/label/c.MailchimpSetupUrlPlaceholder';
import urlPlaceholderRejected from '@salesforce/label/c.MailchimpSetupUrlPlaceholderRejected';
import urlWrongDataCenter from '@salesforce/label/c.MailchimpSetupUrlWrongDataCenter';
import urlNotFound from '@salesforce/label/c.MailchimpSetupUrlNotFound';
import urlUnconfirmed from '@salesforce/label/c.MailchimpSetupUrlUnconfirmed';
import urlSet from '@salesforce/label/c.MailchimpSetupUrlSet';
import urlConfirmed from '@salesforce/label/c.MailchimpSetupUrlConfirmed';
import keyNotTested from '@salesforce/label/c.MailchimpSetupKeyNotTested';
import keyConnected from '@salesforce/label/c.MailchimpSetupKeyConnected';
import keyNoKey from '@salesforce/label/c.MailchimpSetupKeyNoKey';
import keyKeyRejected from '@salesforce/label/c.MailchimpSetupKeyKeyRejected';
import keyPlaceholderRejected from '@salesforce/label/c.MailchimpSetupKeyPlaceholderRejected';
import keyWrongDataCenter from '@salesforce/label/c.MailchimpSetupKeyWrongDataCenter';
import keyNoPrincipalAccess from '@salesforce/label/c.MailchimpSetupKeyNoPrincipalAccess';
import keyCalloutsDisabled from '@salesforce/label/c.MailchimpSetupKeyCalloutsDisabled';
import keyUrlNotFound from '@salesforce/label/c.MailchimpSetupKeyUrlNotFound';
import keyNetwork from '@salesforce/label/c.MailchimpSetupKeyNetwork';
import keyMailchimpDown from '@salesforce/label/c.MailchimpSetupKeyMailchimpDown';
import keyRateLimited from '@salesforce/label/c.MailchimpSetupKeyRateLimited';
import keyRefused from '@salesforce/label/c.MailchimpSetupKeyRefused';
import keyUnexpected from '@salesforce/label/c.MailchimpSetupKeyUnexpected';
import audiencesFound from '@salesforce/label/c.MailchimpSetupAudiencesFound';
import audiencesInMailchimp from '@salesforce/label/c.MailchimpSetupAudiencesInMailchimp';
import audiencesNotYet from '@salesforce/label/c.MailchimpSetupAudiencesNotYet';
import audiencesNotSyncedYet from '@salesforce/label/c.MailchimpSetupAudiencesNotSyncedYet';
import audiencesNoneInMailchimp from '@salesforce/label/c.MailchimpSetupAudiencesNoneInMailchimp';
import permissionSetsAssigned from '@salesforce/label/c.MailchimpSetupPermissionSetsAssigned';
import permissionSetsNoSalesUsers from '@salesforce/label/c.MailchimpSetupPermissionSetsNoSalesUsers';
import scheduleScheduled from '@salesforce/label/c.MailchimpSetupScheduleScheduled';
import schedulePartly from '@salesforce/label/c.MailchimpSetupSchedulePartly';
import scheduleNotScheduled from '@salesforce/label/c.MailchimpSetupScheduleNotScheduled';
import lastRunNone from '@salesforce/label/c.MailchimpSetupLastRunNone';
import lastRunRunning from '@salesforce/label/c.MailchimpSetupLastRunRunning';
import lastRunSucceeded from '@salesforce/label/c.MailchimpSetupLastRunSucceeded';
import lastRunPartial from '@salesforce/label/c.MailchimpSetupLastRunPartial';
import lastRunFailed from '@salesforce/label/c.MailchimpSetupLastRunFailed';
import lastRunOther from '@salesforce/label/c.MailchimpSetupLastRunOther';
import lastRunDeferred from '@salesforce/label/c.MailchimpSetupLastRunDeferred';
import problemsNone from '@salesforce/label/c.MailchimpSetupProblemsNone';
import problemsOpen from '@salesforce/label/c.MailchimpSetupProblemsOpen';
import problemsNoAccess from '@salesforce/label/c.MailchimpSetupProblemsNoAccess';
import nextRun from '@salesforce/label/c.MailchimpSyncConsoleNextRun';

export const LABELS = {
    checklistTitle,
    checklistIntro,
    testConnection,
    resultConnected,
    resultFailed,
    stateDone,
    stateAction,
    stateUnknown,
    itemNamedCredential,
    itemApiKey,
    itemAudiences,
    itemPermissionSets,
    itemSchedule,
    itemLastRun,
    itemSyncProblems,
    tested,
    started,
    details,
    linkNamedCredentials,
    linkPermissionSets,
    linkSyncProblems,
    linkRun,
    holders,
    andMore,
    urlUnreadable,
    urlMalformed,
    urlPlaceholder,
    urlPlaceholderRejected,
    urlWrongDataCenter,
    urlNotFound,
    urlUnconfirmed,
    urlSet,
    urlConfirmed,
    keyNotTested,
    keyConnected,
    keyNoKey,
    keyKeyRejected,
    keyPlaceholderRejected,
    keyWrongDataCenter,
    keyNoPrincipalAccess,
    keyCalloutsDisabled,
    keyUrlNotFound,
    keyNetwork,
    keyMailchimpDown,
    keyRateLimited,
    keyRefused,
    keyUnexpected,
    audiencesFound,
    audiencesInMailchimp,
    audiencesNotYet,
    audiencesNotSyncedYet,
    audiencesNoneInMailchimp,
    permissionSetsAssigned,
    permissionSetsNoSalesUsers,
    scheduleScheduled,
    schedulePartly,
    scheduleNotScheduled,
    lastRunNone,
    lastRunRunning,
    lastRunSucceeded,
    lastRunPartial,
    lastRunFailed,
    lastRunOther,
    lastRunDeferred,
    problemsNone,
    problemsOpen,
    problemsNoAccess,
    nextRun
};

export type Labels = typeof LABELS;
