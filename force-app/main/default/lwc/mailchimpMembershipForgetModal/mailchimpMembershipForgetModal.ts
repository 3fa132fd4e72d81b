/**
 * Forget modal (admins): says that deleting the person from Mailchimp cannot be undone and that Mailchimp will never let
 * the address be imported again, lists the audiences Salesforce knows they are in, and keeps the destructive button
 * disabled until the admin typed the confirmation word (custom label MailchimpForgetConfirmWord). Closes with what was
 * typed (the server checks it too) or undefined on cancel; the card makes the server call.
 */
import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import title from '@salesforce/label/c.MailchimpForgetModalTitle';
import warning from '@salesforce/label/c.MailchimpForgetModalWarning';
import audiencesIntro from '@salesforce/label/c.MailchimpForgetModalAudiences';
import noAudiences from '@salesforce/label/c.MailchimpForgetModalNoAudiences';
import search from '@salesforce/label/c.MailchimpForgetModalSearch';
import keeps from '@salesforce/label/c.MailchimpForgetModalKeeps';
import typeLabel from '@salesforce/label/c.MailchimpForgetModalTypeLabel';
import confirmWord from '@salesforce/label/c.MailchimpForgetConfirmWord';
import confirm from '@salesforce/label/c.MailchimpForgetModalConfirm';
import thisPerson from '@salesforce/label/c.MailchimpMembershipModalThisPerson';
import cancel from '@salesforce/label/c.MailchimpMembershipModalCancel';

import { isConfirmation } from './confirmation';

const fill = (template: string, value: string): string => template.split('{0}').join(value);

export default class MailchimpMembershipForgetModal extends LightningModal {
    @api personName?: string | null;
    @api email?: string | null;
    /** The audiences Salesforce knows the person is in. */
    @api audienceNames: string[] = [];

    labels = { title, audiencesIntro, noAudiences, keeps, confirm, cancel };
    typed = '';

    get warning(): string {
        return fill(warning, this.personName || thisPerson);
    }

    get hasAudiences(): boolean {
        return this.audienceNames.length > 0;
    }

    /** Mailchimp searches every audience for the current address: said only when there is one. */
    get searchLine(): string {
        return this.email ? fill(search, this.email) : '';
    }

    get typeLabel(): string {
        return fill(typeLabel, confirmWord);
    }

    get confirmDisabled(): boolean {
        return !isConfirmation(this.typed, confirmWord);
    }

    handleInput(event: CustomEvent<{ value: string }>): void {
        this.typed = event.detail.value ?? '';
    }

    handleCancel(): void {
        this.close(undefined);
    }

    handleConfirm(): void {
        if (!this.confirmDisabled) {
            this.close({ confirmation: this.typed.trim() });
        }
    }
}
