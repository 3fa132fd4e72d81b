// Types of the Mailchimp Membership component's server API (MailchimpMembershipController) and its
// view models, exactly as Lightning serialises MailchimpMembershipView. Dates arrive as ISO 8601 strings.

declare namespace MailchimpMembershipApi {
    type Status = 'subscribed' | 'unsubscribed' | 'cleaned' | 'pending' | 'transactional' | 'archived';

    interface Membership {
        id: string;
        audienceId: string;
        audienceName: string;
        listId: string;
        status: Status | string;
        statusLabel: string;
        lastChanged?: string | null;
        unsubscribeReason?: string | null;
        /** 'Mailchimp' or 'Salesforce' once opted out. */
        optOutSource?: string | null;
        optedOutByName?: string | null;
        optedOutAt?: string | null;
    }

    interface Audience {
        id: string;
        name: string;
        listId: string;
    }

    interface Overview {
        recordId: string;
        email?: string | null;
        hasEmail: boolean;
        canManage: boolean;
        configured: boolean;
        memberships: Membership[];
        addableAudiences: Audience[];
    }

    interface OptOutResult {
        audienceId: string;
        audienceName?: string | null;
        success: boolean;
        status?: string | null;
        message?: string | null;
    }

    interface OptOutOutcome {
        results: OptOutResult[];
    }

    interface AddOutcome {
        success: boolean;
        status?: 'subscribed' | 'pending' | string | null;
        message?: string | null;
    }

    /** What the Manage modal resolves with; undefined when the user cancels. */
    type ManageChoice = { action: 'optOut'; audienceIds: string[] } | { action: 'add'; audienceId: string };

    /** What a wired Apex method provisions. */
    interface Wired<T> {
        data?: T;
        error?: unknown;
    }
}

declare module '@salesforce/apex/MailchimpMembershipController.getMemberships' {
    import type { WireAdapterConstructor } from 'lwc';
    type Params = { recordId?: string };
    const getMemberships: WireAdapterConstructor<
        Params,
        MailchimpMembershipApi.Wired<MailchimpMembershipApi.Overview>
    > &
        ((params: Params) => Promise<MailchimpMembershipApi.Overview>);
    export default getMemberships;
}

declare module '@salesforce/apex/MailchimpMembershipController.refreshMemberships' {
    const refreshMemberships: (params: { recordId: string }) => Promise<MailchimpMembershipApi.Overview>;
    export default refreshMemberships;
}

declare module '@salesforce/apex/MailchimpMembershipController.optOut' {
    const optOut: (params: {
        recordId: string;
        audienceIds: string[];
    }) => Promise<MailchimpMembershipApi.OptOutOutcome>;
    export default optOut;
}

declare module '@salesforce/apex/MailchimpMembershipController.addToAudience' {
    const addToAudience: (params: {
        recordId: string;
        audienceId: string;
    }) => Promise<MailchimpMembershipApi.AddOutcome>;
    export default addToAudience;
}

declare module 'c/mailchimpMembershipManageModal' {
    import LightningModal from 'lightning/modal';
    export default class MailchimpMembershipManageModal extends LightningModal {
        memberships: MailchimpMembershipApi.Membership[];
        addableAudiences: MailchimpMembershipApi.Audience[];
        static open(config: {
            size?: 'small' | 'medium' | 'large' | 'full';
            label?: string;
            description?: string;
            memberships: MailchimpMembershipApi.Membership[];
            addableAudiences: MailchimpMembershipApi.Audience[];
        }): Promise<MailchimpMembershipApi.ManageChoice | undefined>;
    }
}

declare module 'c/mailchimpMembership' {
    import { LightningElement } from 'lwc';
    export default class MailchimpMembership extends LightningElement {
        recordId?: string;
    }
}
