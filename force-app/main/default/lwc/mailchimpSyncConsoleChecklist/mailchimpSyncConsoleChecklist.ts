/**
 * The setup checklist section of the Mailchimp Setup page: Test connection, what the last test found, and each setup
 * step with its state (done, needs action, not known yet), one sentence with the fix, and a link where Salesforce has
 * one. Presentational: the page (c-mailchimp-sync-console) makes the server call when this section asks for a test,
 * and hands back the checklist.
 */
import { LightningElement, api } from 'lwc';
import { LABELS } from './labels';
import { connectionSummary, mergeTested, toStepView, type ConnectionSummary, type StepView } from './checklistView';

export default class MailchimpSyncConsoleChecklist extends LightningElement {
    labels = LABELS;
    /** A word space between inline parts: the template compiler drops whitespace between tags. */
    space = ' ';

    /** The checklist of the page's latest read. */
    @api items: MailchimpSyncConsoleApi.ChecklistItem[] = [];
    /** The checklist the last connection test returned (it keeps deciding the steps only a test can know). */
    @api tested: MailchimpSyncConsoleApi.ChecklistItem[] | null = null;
    /** The last connection test's result; null before any test on this page. */
    @api connection: MailchimpSyncConsoleApi.ConnectionResult | null = null;
    /** A server call is under way: Test connection waits. */
    @api busy = false;

    private focusAfterTest = false;

    get steps(): StepView[] {
        return mergeTested(this.items ?? [], this.tested).map((item) => toStepView(item, LABELS));
    }

    get summary(): ConnectionSummary | null {
        return connectionSummary(this.connection, this.steps, LABELS);
    }

    get summaryClass(): string {
        return this.summary?.connected
            ? 'connection-result slds-m-bottom_small connected'
            : 'connection-result slds-m-bottom_small';
    }

    handleTest(): void {
        this.focusAfterTest = true;
        this.dispatchEvent(new CustomEvent('testconnection'));
    }

    /** The button is disabled while the test runs, which drops focus: give it back once the answer is shown. */
    renderedCallback(): void {
        if (!this.focusAfterTest || this.busy) return;
        this.focusAfterTest = false;
        if (document.activeElement && document.activeElement !== document.body) return;
        this.template?.querySelector<HTMLElement>('lightning-button.test-connection')?.focus();
    }
}
