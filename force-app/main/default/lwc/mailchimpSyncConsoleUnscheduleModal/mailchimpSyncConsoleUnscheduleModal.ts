/**
 * "Unschedule the Mailchimp sync?": the Sync console's confirmation, a LightningModal rather than LightningConfirm
 * because LightningConfirm renders its dialog host with role="alertdialog" and no accessible name (axe, serious),
 * and its buttons can only say OK and Cancel. Closes with true when the admin confirms, undefined otherwise.
 */
import LightningModal from 'lightning/modal';
import title from '@salesforce/label/c.MailchimpSyncConsoleConfirmUnscheduleTitle';
import message from '@salesforce/label/c.MailchimpSyncConsoleConfirmUnschedule';
import cancel from '@salesforce/label/c.MailchimpSyncConsoleCancel';
import unschedule from '@salesforce/label/c.MailchimpSyncConsoleUnschedule';

export default class MailchimpSyncConsoleUnscheduleModal extends LightningModal {
    labels = { title, message, cancel, unschedule };

    handleCancel(): void {
        this.close(undefined);
    }

    handleConfirm(): void {
        this.close(true);
    }
}
