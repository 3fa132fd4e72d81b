/** Every text the Mailchimp Webhooks setup shows, from custom labels MailchimpWebhookSetup*. */
import cardTitle from '@salesforce/label/c.MailchimpWebhookSetupCardTitle';
import intro from '@salesforce/label/c.MailchimpWebhookSetupIntro';
import refresh from '@salesforce/label/c.MailchimpWebhookSetupRefresh';
import loading from '@salesforce/label/c.MailchimpWebhookSetupLoading';
import errorTitle from '@salesforce/label/c.MailchimpWebhookSetupErrorTitle';
import siteTitle from '@salesforce/label/c.MailchimpWebhookSetupSiteTitle';
import siteLabel from '@salesforce/label/c.MailchimpWebhookSetupSiteLabel';
import sitePlaceholder from '@salesforce/label/c.MailchimpWebhookSetupSitePlaceholder';
import siteOther from '@salesforce/label/c.MailchimpWebhookSetupSiteOther';
import siteUrlLabel from '@salesforce/label/c.MailchimpWebhookSetupSiteUrlLabel';
import siteUrlHelp from '@salesforce/label/c.MailchimpWebhookSetupSiteUrlHelp';
import sitesUnreadable from '@salesforce/label/c.MailchimpWebhookSetupSitesUnreadable';
import sitesNone from '@salesforce/label/c.MailchimpWebhookSetupSitesNone';
import siteInactive from '@salesforce/label/c.MailchimpWebhookSetupSiteInactive';
import siteNoUrl from '@salesforce/label/c.MailchimpWebhookSetupSiteNoUrl';
import guestGranted from '@salesforce/label/c.MailchimpWebhookSetupGuestGranted';
import guestMissing from '@salesforce/label/c.MailchimpWebhookSetupGuestMissing';
import guestUnknown from '@salesforce/label/c.MailchimpWebhookSetupGuestUnknown';
import processorGranted from '@salesforce/label/c.MailchimpWebhookSetupProcessorGranted';
import processorMissing from '@salesforce/label/c.MailchimpWebhookSetupProcessorMissing';
import processorUnknown from '@salesforce/label/c.MailchimpWebhookSetupProcessorUnknown';
import urlPreview from '@salesforce/label/c.MailchimpWebhookSetupUrlPreview';
import audiencesTitle from '@salesforce/label/c.MailchimpWebhookSetupAudiencesTitle';
import audiencesEmpty from '@salesforce/label/c.MailchimpWebhookSetupAudiencesEmpty';
import stateNotRegistered from '@salesforce/label/c.MailchimpWebhookSetupStateNotRegistered';
import stateRegistering from '@salesforce/label/c.MailchimpWebhookSetupStateRegistering';
import stateRegistered from '@salesforce/label/c.MailchimpWebhookSetupStateRegistered';
import stateRemoved from '@salesforce/label/c.MailchimpWebhookSetupStateRemoved';
import registeredAt from '@salesforce/label/c.MailchimpWebhookSetupRegisteredAt';
import lastDelivery from '@salesforce/label/c.MailchimpWebhookSetupLastDelivery';
import noDelivery from '@salesforce/label/c.MailchimpWebhookSetupNoDelivery';
import register from '@salesforce/label/c.MailchimpWebhookSetupRegister';
import reregister from '@salesforce/label/c.MailchimpWebhookSetupReregister';
import reregisterHint from '@salesforce/label/c.MailchimpWebhookSetupReregisterHint';
import remove from '@salesforce/label/c.MailchimpWebhookSetupRemove';
import confirmRemoveTitle from '@salesforce/label/c.MailchimpWebhookSetupConfirmRemoveTitle';
import toastRegistering from '@salesforce/label/c.MailchimpWebhookSetupToastRegistering';
import toastRegistered from '@salesforce/label/c.MailchimpWebhookSetupToastRegistered';
import toastRegistrationFailed from '@salesforce/label/c.MailchimpWebhookSetupToastRegistrationFailed';
import toastRemoved from '@salesforce/label/c.MailchimpWebhookSetupToastRemoved';
import toastFailed from '@salesforce/label/c.MailchimpWebhookSetupToastFailed';
import toastRefreshFailed from '@salesforce/label/c.MailchimpWebhookSetupToastRefreshFailed';
import notPermitted from '@salesforce/label/c.MailchimpWebhookSetupNotPermitted';
import unexpected from '@salesforce/label/c.MailchimpWebhookSetupUnexpected';
import errorNoSite from '@salesforce/label/c.MailchimpWebhookSetupErrorNoSite';
import errorNotHttps from '@salesforce/label/c.MailchimpWebhookSetupErrorNotHttps';
import errorBadSiteUrl from '@salesforce/label/c.MailchimpWebhookSetupErrorBadSiteUrl';

export const LABELS = {
    cardTitle,
    intro,
    refresh,
    loading,
    errorTitle,
    siteTitle,
    siteLabel,
    sitePlaceholder,
    siteOther,
    siteUrlLabel,
    siteUrlHelp,
    sitesUnreadable,
    sitesNone,
    siteInactive,
    siteNoUrl,
    guestGranted,
    guestMissing,
    guestUnknown,
    processorGranted,
    processorMissing,
    processorUnknown,
    urlPreview,
    audiencesTitle,
    audiencesEmpty,
    stateNotRegistered,
    stateRegistering,
    stateRegistered,
    stateRemoved,
    registeredAt,
    lastDelivery,
    noDelivery,
    register,
    reregister,
    reregisterHint,
    remove,
    confirmRemoveTitle,
    toastRegistering,
    toastRegistered,
    toastRegistrationFailed,
    toastRemoved,
    toastFailed,
    toastRefreshFailed,
    notPermitted,
    unexpected,
    errorNoSite,
    errorNotHttps,
    errorBadSiteUrl
};

export type Labels = typeof LABELS;
