// Types of the Mailchimp Bulk Opt-Out page's server API (MailchimpBulkOptOutController), exactly as Lightning
// serialises MailchimpBulkOptOutView. Dates arrive as ISO 8601 strings.

declare namespace MailchimpBulkOptOutApi {
    type Status = 'Draft' | 'Queued' | 'Running' | 'Completed' | 'Failed';
    type Outcome = 'Succeeded' | 'NothingToDo' | 'NotAMember' | 'NoEmail' | 'NoAccess' | 'Failed';

    interface Row {
        personId?: string | null;
        personName?: string | null;
        email?: string | null;
        audienceId?: string | null;
        audienceName?: string | null;
        outcome: Outcome | string;
        mailchimpStatus?: string | null;
        message?: string | null;
    }

    interface File {
        title: string;
        url: string;
    }

    interface Audience {
        id: string;
        name: string;
    }

    interface Job {
        id: string;
        name: string;
        status: Status | string;
        canStart: boolean;
        peopleRequested: number;
        peopleProcessed: number;
        contactCount: number;
        leadCount: number;
        audienceNames?: string | null;
        maxAudiences: number;
        succeeded: number;
        nothingToDo: number;
        notAMember: number;
        noEmail: number;
        noAccess: number;
        failed: number;
        startedAt?: string | null;
        finishedAt?: string | null;
        lastError?: string | null;
        problems: Row[];
        files: File[];
        audiences: Audience[];
    }
}

declare module '@salesforce/apex/MailchimpBulkOptOutController.getJob' {
    const getJob: (params: { jobId: string }) => Promise<MailchimpBulkOptOutApi.Job>;
    export default getJob;
}

declare module '@salesforce/apex/MailchimpBulkOptOutController.start' {
    const start: (params: { jobId: string; audienceIds: string[] }) => Promise<MailchimpBulkOptOutApi.Job>;
    export default start;
}

declare module 'lightning/navigation' {
    import type { WireAdapterConstructor } from 'lwc';
    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, string | undefined>;
    }
    export const CurrentPageReference: WireAdapterConstructor<Record<string, never>, PageReference | undefined>;
}

declare module 'c/mailchimpBulkOptOut' {
    import { LightningElement } from 'lwc';
    export default class MailchimpBulkOptOut extends LightningElement {
        jobId?: string;
    }
}
