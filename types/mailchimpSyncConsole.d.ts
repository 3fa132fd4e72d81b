// Types of the Mailchimp Setup page's server API (MailchimpSyncConsoleController), exactly as Lightning
// serialises MailchimpSyncConsoleService.Status with its MailchimpSetupChecklist items and MailchimpConnectionCheck
// result. Dates arrive as ISO 8601 strings.

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
        /** Audiences the run left for the next one. */
        audiencesDeferred?: number | null;
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

    type ChecklistKey =
        'namedCredential' | 'apiKey' | 'audiences' | 'permissionSets' | 'schedule' | 'lastRun' | 'syncProblems';

    type ChecklistState = 'done' | 'action' | 'unknown';

    /** Active users holding one package permission set. */
    interface Holders {
        name: string;
        label: string;
        users: number;
    }

    /** One setup step (MailchimpSetupChecklist.Item): only the facts its sentence needs are set. */
    interface ChecklistItem {
        key: ChecklistKey;
        state: ChecklistState;
        /** One code per sentence, e.g. PLACEHOLDER, KEY_REJECTED, NOT_SCHEDULED. */
        reason: string;
        url?: string | null;
        dataCenter?: string | null;
        accountName?: string | null;
        detail?: string | null;
        httpStatus?: number | null;
        count?: number | null;
        total?: number | null;
        syncEnabled?: number | null;
        names?: string[] | null;
        holders?: Holders[] | null;
        at?: string | null;
        recordId?: string | null;
        recordName?: string | null;
        linkUrl?: string | null;
    }

    type ConnectionOutcome =
        | 'CONNECTED'
        | 'NO_KEY'
        | 'KEY_REJECTED'
        | 'WRONG_DATA_CENTER'
        | 'NO_PRINCIPAL_ACCESS'
        | 'CALLOUTS_DISABLED'
        | 'URL_NOT_FOUND'
        | 'NETWORK'
        | 'MAILCHIMP_DOWN'
        | 'RATE_LIMITED'
        | 'REFUSED'
        | 'UNEXPECTED';

    /** What Test connection found (MailchimpConnectionCheck.Result). */
    interface ConnectionResult {
        outcome: ConnectionOutcome;
        testedAt: string;
        accountName?: string | null;
        audienceTotal?: number | null;
        audienceNames?: string[];
        httpStatus?: number | null;
        detail?: string | null;
        callouts: number;
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
        /** The setup steps; null without MailchimpManageSync. */
        checklist?: ChecklistItem[] | null;
        /** Set only by testConnection. */
        connection?: ConnectionResult | null;
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

declare module '@salesforce/apex/MailchimpSyncConsoleController.testConnection' {
    const testConnection: () => Promise<MailchimpSyncConsoleApi.Status>;
    export default testConnection;
}

declare module 'c/mailchimpSyncConsoleChecklist' {
    import { LightningElement } from 'lwc';
    export default class MailchimpSyncConsoleChecklist extends LightningElement {
        items?: MailchimpSyncConsoleApi.ChecklistItem[];
    }
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
