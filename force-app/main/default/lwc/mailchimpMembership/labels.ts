/** Every text the card shows, from custom labels MailchimpMembership*. */
import cardTitle from '@salesforce/label/c.MailchimpMembershipCardTitle';
import refresh from '@salesforce/label/c.MailchimpMembershipRefresh';
import manage from '@salesforce/label/c.MailchimpMembershipManage';
import manageHint from '@salesforce/label/c.MailchimpMembershipManageHint';
import loading from '@salesforce/label/c.MailchimpMembershipLoading';
import empty from '@salesforce/label/c.MailchimpMembershipEmpty';
import noEmail from '@salesforce/label/c.MailchimpMembershipNoEmail';
import notConfigured from '@salesforce/label/c.MailchimpMembershipNotConfigured';
import errorTitle from '@salesforce/label/c.MailchimpMembershipErrorTitle';
import list from '@salesforce/label/c.MailchimpMembershipListLabel';
import summary from '@salesforce/label/c.MailchimpMembershipSummary';
import summaryOne from '@salesforce/label/c.MailchimpMembershipSummaryOne';
import updated from '@salesforce/label/c.MailchimpMembershipUpdated';
import lastChanged from '@salesforce/label/c.MailchimpMembershipLastChanged';
import reason from '@salesforce/label/c.MailchimpMembershipReason';
import address from '@salesforce/label/c.MailchimpMembershipAddress';
import statusPrefix from '@salesforce/label/c.MailchimpMembershipStatusPrefix';
import statusHelpLabel from '@salesforce/label/c.MailchimpMembershipStatusHelpLabel';
import helpSubscribed from '@salesforce/label/c.MailchimpMembershipStatusHelpSubscribed';
import helpUnsubscribed from '@salesforce/label/c.MailchimpMembershipStatusHelpUnsubscribed';
import helpCleaned from '@salesforce/label/c.MailchimpMembershipStatusHelpCleaned';
import helpPending from '@salesforce/label/c.MailchimpMembershipStatusHelpPending';
import helpTransactional from '@salesforce/label/c.MailchimpMembershipStatusHelpTransactional';
import helpArchived from '@salesforce/label/c.MailchimpMembershipStatusHelpArchived';
import optedOutBySalesforce from '@salesforce/label/c.MailchimpMembershipOptedOutBySalesforce';
import optedOutByMailchimp from '@salesforce/label/c.MailchimpMembershipOptedOutByMailchimp';
import addedConfirmed from '@salesforce/label/c.MailchimpMembershipAddedByConfirmed';
import addedDoubleOptIn from '@salesforce/label/c.MailchimpMembershipAddedByDoubleOptIn';
import rowOptOutFailed from '@salesforce/label/c.MailchimpMembershipRowOptOutFailed';
import viewAll from '@salesforce/label/c.MailchimpMembershipViewAll';
import showFewer from '@salesforce/label/c.MailchimpMembershipShowFewer';
import readOnly from '@salesforce/label/c.MailchimpMembershipReadOnly';
import refreshed from '@salesforce/label/c.MailchimpMembershipToastRefreshed';
import refreshedPartly from '@salesforce/label/c.MailchimpMembershipToastRefreshedPartly';
import optOutDone from '@salesforce/label/c.MailchimpMembershipToastOptOutDone';
import optOutDoneMessage from '@salesforce/label/c.MailchimpMembershipToastOptOutDoneMessage';
import optOutPartial from '@salesforce/label/c.MailchimpMembershipToastOptOutPartial';
import optOutFailed from '@salesforce/label/c.MailchimpMembershipToastOptOutFailed';
import resultLine from '@salesforce/label/c.MailchimpMembershipToastResultLine';
import added from '@salesforce/label/c.MailchimpMembershipToastAdded';
import addedPending from '@salesforce/label/c.MailchimpMembershipToastAddedPending';
import addFailed from '@salesforce/label/c.MailchimpMembershipToastAddFailed';
import actionFailed from '@salesforce/label/c.MailchimpMembershipToastError';
import unexpected from '@salesforce/label/c.MailchimpMembershipErrorUnexpected';
import modalTitle from '@salesforce/label/c.MailchimpMembershipModalTitle';
import emailPending from '@salesforce/label/c.MailchimpMembershipEmailPending';
import emailConflict from '@salesforce/label/c.MailchimpMembershipEmailConflict';
import moreActions from '@salesforce/label/c.MailchimpMembershipMoreActions';
import archiveMenuItem from '@salesforce/label/c.MailchimpArchiveMenuItem';
import archiveTitle from '@salesforce/label/c.MailchimpArchiveModalTitle';
import archiveDone from '@salesforce/label/c.MailchimpArchiveToastDone';
import archivePartial from '@salesforce/label/c.MailchimpArchiveToastPartial';
import archiveFailed from '@salesforce/label/c.MailchimpArchiveToastFailed';
import rowArchiveFailed from '@salesforce/label/c.MailchimpArchiveRowFailed';
import forgetMenuItem from '@salesforce/label/c.MailchimpForgetMenuItem';
import forgetTitle from '@salesforce/label/c.MailchimpForgetModalTitle';
import forgetDone from '@salesforce/label/c.MailchimpForgetToastDone';
import forgetPartial from '@salesforce/label/c.MailchimpForgetToastPartial';
import forgetFailed from '@salesforce/label/c.MailchimpForgetToastFailed';

export const LABELS = {
    cardTitle,
    refresh,
    manage,
    manageHint,
    loading,
    empty,
    noEmail,
    notConfigured,
    errorTitle,
    list,
    summary,
    summaryOne,
    updated,
    lastChanged,
    reason,
    address,
    statusPrefix,
    statusHelpLabel,
    statusHelp: {
        subscribed: helpSubscribed,
        unsubscribed: helpUnsubscribed,
        cleaned: helpCleaned,
        pending: helpPending,
        transactional: helpTransactional,
        archived: helpArchived
    },
    optedOutBySalesforce,
    optedOutByMailchimp,
    addedConfirmed,
    addedDoubleOptIn,
    rowOptOutFailed,
    viewAll,
    showFewer,
    readOnly,
    refreshed,
    refreshedPartly,
    optOutDone,
    optOutDoneMessage,
    optOutPartial,
    optOutFailed,
    resultLine,
    added,
    addedPending,
    addFailed,
    actionFailed,
    unexpected,
    modalTitle,
    emailPending,
    emailConflict,
    moreActions,
    archiveMenuItem,
    archiveTitle,
    archiveDone,
    archivePartial,
    archiveFailed,
    rowArchiveFailed,
    forgetMenuItem,
    forgetTitle,
    forgetDone,
    forgetPartial,
    forgetFailed
};
