/**
 * Archive modal (admins): what archiving does differently from opting out, in one sentence, then tick the audiences to
 * archive the person in. Closes with the choice (MailchimpMembershipApi.ArchiveChoice) or undefined on cancel; the
 * card makes the server call.
 */
import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import title from '@salesforce/label/c.MailchimpArchiveModalTitle';
import forPerson from '@salesforce/label/c.MailchimpMembershipModalFor';
import difference from '@salesforce/label/c.MailchimpArchiveModalDifference';
import groupLabel from '@salesforce/label/c.MailchimpArchiveModalLabel';
import nothing from '@salesforce/label/c.MailchimpArchiveModalNothing';
import confirm from '@salesforce/label/c.MailchimpArchiveModalConfirm';
import cancel from '@salesforce/label/c.MailchimpMembershipModalCancel';

interface Option {
    label: string;
    value: string;
}

export default class MailchimpMembershipArchiveModal extends LightningModal {
    @api personName?: string | null;
    /** The audiences the person can be archived in. */
    @api options: Option[] = [];

    labels = { title, difference, groupLabel, nothing, confirm, cancel };
    selected: string[] = [];

    /** "For Grace Hopper": whom the change is for, first thing in the body. */
    get personLine(): string {
        return this.personName ? forPerson.split('{0}').join(this.personName) : '';
    }

    get hasOptions(): boolean {
        return this.options.length > 0;
    }

    get confirmDisabled(): boolean {
        return this.selected.length === 0;
    }

    handleChange(event: CustomEvent<{ value: string[] }>): void {
        this.selected = [...event.detail.value];
    }

    handleCancel(): void {
        this.close(undefined);
    }

    handleConfirm(): void {
        if (this.selected.length) {
            this.close({ audienceIds: [...this.selected] });
        }
    }
}
