// Types of the Mailchimp Webhooks setup's server API (MailchimpWebhookSetupController), exactly as Lightning
// serialises MailchimpWebhookSetupService.Setup. Dates arrive as ISO 8601 strings.

declare namespace MailchimpWebhookSetupApi {
    type WebhookState = 'notRegistered' | 'registering' | 'registered' | 'removed';
    type Access = 'granted' | 'missing' | 'unknown';

    interface SiteOption {
        id: string;
        label: string;
        /** https base URL with the Site's path prefix; null when the Site has no secure URL. */
        baseUrl?: string | null;
        active: boolean;
        /** Whether the Site's guest user holds the Mailchimp Webhook Guest permission set. */
        guestAccess: Access;
    }

    interface AudienceWebhook {
        id: string;
        name: string;
        listId: string;
        state: WebhookState | string;
        registeredAt?: string | null;
        lastDeliveryAt?: string | null;
        lastError?: string | null;
        /** The Site base URL the webhook is (being) registered on. */
        siteBaseUrl?: string | null;
    }

    interface Setup {
        canManage: boolean;
        sitesReadable: boolean;
        sites: SiteOption[];
        receiverPath: string;
        processorAccess: Access;
        audiences: AudienceWebhook[];
        notice?: string | null;
    }
}

declare module '@salesforce/apex/MailchimpWebhookSetupController.getSetup' {
    const getSetup: () => Promise<MailchimpWebhookSetupApi.Setup>;
    export default getSetup;
}

declare module '@salesforce/apex/MailchimpWebhookSetupController.register' {
    const register: (params: { audienceId: string; siteBaseUrl: string }) => Promise<MailchimpWebhookSetupApi.Setup>;
    export default register;
}

declare module '@salesforce/apex/MailchimpWebhookSetupController.remove' {
    const remove: (params: { audienceId: string }) => Promise<MailchimpWebhookSetupApi.Setup>;
    export default remove;
}

declare module 'c/mailchimpWebhookSetup' {
    import { LightningElement } from 'lwc';
    export default class MailchimpWebhookSetup extends LightningElement {}
}

declare module 'c/mailchimpWebhookRemoveModal' {
    import LightningModal from 'lightning/modal';
    export default class MailchimpWebhookRemoveModal extends LightningModal {
        audienceName: string;
        static open(config: {
            size?: 'small' | 'medium' | 'large' | 'full';
            label?: string;
            description?: string;
            audienceName: string;
        }): Promise<true | undefined>;
    }
}
