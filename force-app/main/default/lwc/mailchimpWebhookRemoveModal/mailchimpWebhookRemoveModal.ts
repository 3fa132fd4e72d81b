/**
 * "Remove this webhook?": the Mailchimp Webhooks setup's confirmation. A LightningModal rather than
 * LightningConfirm, whose dialog host has no accessible name (axe) and whose buttons can only say OK and Cancel.
 * Closes with true when the admin confirms, undefined otherwise.
 */
import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import title from '@salesforce/label/c.MailchimpWebhookSetupConfirmRemoveTitle';
import message from '@salesforce/label/c.MailchimpWebhookSetupConfirmRemove';
import cancel from '@salesforce/label/c.MailchimpWebhookSetupCancel';
import confirm from '@salesforce/label/c.MailchimpWebhookSetupRemoveConfirm';

export default class MailchimpWebhookRemoveModal extends LightningModal {
    /** The audience whose webhook would be removed. */
    @api audienceName = '';

    labels = { title, cancel, confirm };

    get message(): string {
        return message.replace('{0}', this.audienceName);
    }

    handleCancel(): void {
        this.close(undefined);
    }

    handleConfirm(): void {
        this.close(true);
    }
}
