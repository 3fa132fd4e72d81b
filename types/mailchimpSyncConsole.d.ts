// Types of the Mailchimp Sync console's server API (MailchimpSyncConsoleController), exactly as Lightning
// serialises MailchimpSyncConsoleService.Status. Dates arrive as ISO 8601 strings.

declare namespace MailchimpSyncConsoleApi {
    type Outcome = 'Running' | 'Succeeded' | 'Partial' | 'Failed';

    interface RunSummary {
        id: string;
        name: string;
        outcome?: Outcome | string | null;
        outcomeLabel?: string | null;
        startedAt?: string | null;
        finishedAt?: string | null;
        audiencesProcessed?: number | null;
        unsubscribesSeen?: number | null;
        membershipsUpdated?: number | null;
        membershipsCreated?: number | null;
        unmatched?: number | null;
        /** The first error line, without its time stamp; null when the run had none. */
        errorsExcerpt?: string | null;
        errorCount: number;
    }

    interface AudienceProblem {
        id: string;
        name: string;
        listId?: string | null;
        lastSyncedAt?: string | null;
        errorExcerpt: string;
    }

    interface AudienceSummary {
        total: number;
        syncEnabled: number;
        withErrors: AudienceProblem[];
    }

    interface Status {
        canManage: boolean;
        scheduled: boolean;
        scheduledJobCount: number;
        expectedJobCount: number;
        nextRunAt?: string | null;
        running: boolean;
        lastRuns: RunSummary[];
        audiences: AudienceSummary;
    }
}

declare module '@salesforce/apex/MailchimpSyncConsoleController.getStatus' {
    const getStatus: () => Promise<MailchimpSyncConsoleApi.Status>;
    export default getStatus;
}

declare module '@salesforce/apex/MailchimpSyncConsoleController.schedule' {
    const schedule: () => Promise<MailchimpSyncConsoleApi.Status>;
    export default schedule;
}

declare module '@salesforce/apex/MailchimpSyncConsoleController.unschedule' {
    const unschedule: () => Promise<MailchimpSyncConsoleApi.Status>;
    export default unschedule;
}

declare module '@salesforce/apex/MailchimpSyncConsoleController.runNow' {
    const runNow: () => Promise<MailchimpSyncConsoleApi.Status>;
    export default runNow;
}

declare module 'c/mailchimpSyncConsole' {
    import { LightningElement } from 'lwc';
    export default class MailchimpSyncConsole extends LightningElement {}
}

declare module 'c/mailchimpSyncConsoleUnscheduleModal' {
    import LightningModal from 'lightning/modal';
    export default class MailchimpSyncConsoleUnscheduleModal extends LightningModal {
        /** Resolves true when the admin confirms, undefined when they cancel or close the dialog. */
        static open(config: {
            size?: 'small' | 'medium' | 'large' | 'full';
            label?: string;
            description?: string;
        }): Promise<true | undefined>;
    }
}
