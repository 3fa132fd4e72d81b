// Types of the Mailchimp Membership component's server API (MailchimpMembershipController) and its
// view models, exactly as Lightning serialises MailchimpMembershipView. Dates arrive as ISO 8601 strings.

declare namespace MailchimpMembershipApi {
    type Status = 'subscribed' | 'unsubscribed' | 'cleaned' | 'pending' | 'transactional' | 'archived';

    interface Membership {
        id: string;
        audienceId: string;
        audienceName: string;
        listId: string;
        /** The address this membership is for (a person whose email changed can hold one per address). */
        email?: string | null;
        status: Status | string;
        statusLabel: string;
        lastChanged?: string | null;
        unsubscribeReason?: string | null;
        /** 'Mailchimp' or 'Salesforce' once opted out. */
        optOutSource?: string | null;
        optedOutByName?: string | null;
        optedOutAt?: string | null;
        /** Who added the person from Salesforce, when and on what basis. */
        addedByName?: string | null;
        addedAt?: string | null;
        consentBasis?: 'ConfirmedConsent' | 'DoubleOptIn' | string | null;
        /** When Salesforce last read this membership from Mailchimp. */
        lastSyncedAt?: string | null;
        /** The person's new address, waiting to be sent to Mailchimp for this membership. */
        pendingEmail?: string | null;
        /** The person's new address, which Mailchimp already has as another member of this audience. */
        emailConflict?: string | null;
    }

    interface Audience {
        id: string;
        name: string;
        listId: string;
        /** Adding can only be pending: the current address is there as unsubscribed, cleaned, archived… */
        requiresConfirmation?: boolean;
    }

    interface Overview {
        recordId: string;
        personName?: string | null;
        email?: string | null;
        /** When Salesforce last read any of these memberships from Mailchimp. */
        lastSyncedAt?: string | null;
        /** Set after a refresh that left some audiences unread, in plain words (say which and why). */
        notice?: string | null;
        hasEmail: boolean;
        canManage: boolean;
        configured: boolean;
        memberships: Membership[];
        addableAudiences: Audience[];
        /** On an Account page that is no person: the sentence the card shows instead of memberships. */
        notAPerson?: string | null;
        /** The user may archive people in Mailchimp (custom permission MailchimpArchiveMembers). */
        canArchive?: boolean;
        /** The user may forget people in Mailchimp (custom permission MailchimpForgetPeople). */
        canForget?: boolean;
    }

    /** What happened in one audience of an archive or a forget. */
    interface AudienceResult {
        audienceId?: string | null;
        audienceName?: string | null;
        success: boolean;
        status?: string | null;
        message?: string | null;
    }

    interface ArchiveOutcome {
        results: AudienceResult[];
    }

    interface ForgetOutcome {
        success: boolean;
        /** Forgotten, PartlyForgotten, NothingToForget or Refused. */
        status: 'Forgotten' | 'PartlyForgotten' | 'NothingToForget' | 'Refused' | string;
        message?: string | null;
        results: AudienceResult[];
    }

    /** What the Archive modal resolves with; undefined when the user cancels. */
    interface ArchiveChoice {
        audienceIds: string[];
    }

    /** What the Forget modal resolves with (the word the user typed); undefined when the user cancels. */
    interface ForgetChoice {
        confirmation: string;
    }

    interface OptOutResult {
        audienceId: string;
        audienceName?: string | null;
        success: boolean;
        status?: string | null;
        message?: string | null;
        /**
         * A finer outcome code the server may add (e.g. one for "already unsubscribed, nothing to do"); the card
         * shows any code other than a plain success with its message, whatever the code is.
         */
        outcome?: string | null;
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
    type ManageChoice =
        { action: 'optOut'; audienceIds: string[] } | { action: 'add'; audienceId: string; consentConfirmed: boolean };

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
        consentConfirmed: boolean;
    }) => Promise<MailchimpMembershipApi.AddOutcome>;
    export default addToAudience;
}

declare module '@salesforce/apex/MailchimpMembershipController.archive' {
    const archive: (params: {
        recordId: string;
        audienceIds: string[];
    }) => Promise<MailchimpMembershipApi.ArchiveOutcome>;
    export default archive;
}

declare module '@salesforce/apex/MailchimpMembershipController.forgetPerson' {
    const forgetPerson: (params: {
        recordId: string;
        confirmation: string;
    }) => Promise<MailchimpMembershipApi.ForgetOutcome>;
    export default forgetPerson;
}

declare module 'c/mailchimpMembershipArchiveModal' {
    import LightningModal from 'lightning/modal';
    export default class MailchimpMembershipArchiveModal extends LightningModal {
        personName?: string | null;
        /** The audiences the person can be archived in (label: audience name, value: audience id). */
        options: { label: string; value: string }[];
        static open(config: {
            size?: 'small' | 'medium' | 'large' | 'full';
            label?: string;
            description?: string;
            personName?: string | null;
            options: { label: string; value: string }[];
        }): Promise<MailchimpMembershipApi.ArchiveChoice | undefined>;
    }
}

declare module 'c/mailchimpMembershipForgetModal' {
    import LightningModal from 'lightning/modal';
    export default class MailchimpMembershipForgetModal extends LightningModal {
        personName?: string | null;
        email?: string | null;
        audienceNames: string[];
        static open(config: {
            size?: 'small' | 'medium' | 'large' | 'full';
            label?: string;
            description?: string;
            personName?: string | null;
            email?: string | null;
            audienceNames: string[];
        }): Promise<MailchimpMembershipApi.ForgetChoice | undefined>;
    }
}

declare module 'c/mailchimpMembershipManageModal' {
    import LightningModal from 'lightning/modal';
    export default class MailchimpMembershipManageModal extends LightningModal {
        personName?: string | null;
        email?: string | null;
        memberships: MailchimpMembershipApi.Membership[];
        addableAudiences: MailchimpMembershipApi.Audience[];
        static open(config: {
            size?: 'small' | 'medium' | 'large' | 'full';
            label?: string;
            description?: string;
            personName?: string | null;
            email?: string | null;
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
