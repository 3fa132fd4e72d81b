// Ambient types for the Salesforce platform modules that @salesforce/lightning-types does not cover.
// Specific Apex methods are typed next to their feature (e.g. mailchimpMembership.d.ts); a specific
// `declare module` wins over the wildcards below.

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/schema/*' {
    const field: { fieldApiName: string; objectApiName: string };
    export default field;
}

declare module '@salesforce/customPermission/*' {
    const granted: boolean;
    export default granted;
}

declare module '@salesforce/apex' {
    /** Re-runs a wired Apex method; pass the whole value the wire provisioned. */
    export function refreshApex(wiredValue: unknown): Promise<void>;
}

declare module '@salesforce/apex/*' {
    const apexMethod: (params?: Record<string, unknown>) => Promise<unknown>;
    export default apexMethod;
}

declare module 'lightning/uiRecordApi' {
    /** Tells Lightning Data Service that these records changed on the server. */
    export function notifyRecordUpdateAvailable(records: Array<{ recordId: string }>): Promise<void>;
}

declare module 'lightning/platformShowToastEvent' {
    export class ShowToastEvent extends CustomEvent<unknown> {
        constructor(toast: {
            title: string;
            message?: string;
            variant?: 'info' | 'success' | 'warning' | 'error';
            mode?: 'dismissible' | 'pester' | 'sticky';
        });
    }
}
