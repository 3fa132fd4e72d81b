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
import lastChanged from '@salesforce/label/c.MailchimpMembershipLastChanged';
import reason from '@salesforce/label/c.MailchimpMembershipReason';
import optedOutBySalesforce from '@salesforce/label/c.MailchimpMembershipOptedOutBySalesforce';
import optedOutByMailchimp from '@salesforce/label/c.MailchimpMembershipOptedOutByMailchimp';
import readOnly from '@salesforce/label/c.MailchimpMembershipReadOnly';
import refreshed from '@salesforce/label/c.MailchimpMembershipToastRefreshed';
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
    lastChanged,
    reason,
    optedOutBySalesforce,
    optedOutByMailchimp,
    readOnly,
    refreshed,
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
    modalTitle
};
