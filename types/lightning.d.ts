// Salesforce's published typings for the `lightning/*` base components and modules.
// Gaps (Apex, labels, schema, toasts, modal `open()`) are declared in ./platform.d.ts.
import '@salesforce/lightning-types';
