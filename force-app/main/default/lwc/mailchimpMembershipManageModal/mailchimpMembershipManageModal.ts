/**
 * Manage modal: tick one or more audiences to opt the person out of, or pick one audience to add them
 * to, then confirm. Closes with the choice (MailchimpMembershipApi.ManageChoice) or undefined on cancel;
 * the card makes the server call.
 */
import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import title from '@salesforce/label/c.MailchimpMembershipModalTitle';
import actionLabel from '@salesforce/label/c.MailchimpMembershipModalAction';
import actionOptOut from '@salesforce/label/c.MailchimpMembershipModalActionOptOut';
import actionAdd from '@salesforce/label/c.MailchimpMembershipModalActionAdd';
import optOutLabel from '@salesforce/label/c.MailchimpMembershipModalOptOutLabel';
import optOutHelp from '@salesforce/label/c.MailchimpMembershipModalOptOutHelp';
import nothingToOptOut from '@salesforce/label/c.MailchimpMembershipModalNothingToOptOut';
import addLabel from '@salesforce/label/c.MailchimpMembershipModalAddLabel';
import addPlaceholder from '@salesforce/label/c.MailchimpMembershipModalAddPlaceholder';
import addHelp from '@salesforce/label/c.MailchimpMembershipModalAddHelp';
import nothingToAdd from '@salesforce/label/c.MailchimpMembershipModalNothingToAdd';
import confirmSuffix from '@salesforce/label/c.MailchimpMembershipModalConfirmSuffix';
import cancel from '@salesforce/label/c.MailchimpMembershipModalCancel';
import confirmOptOut from '@salesforce/label/c.MailchimpMembershipModalConfirmOptOut';
import confirmAdd from '@salesforce/label/c.MailchimpMembershipModalConfirmAdd';
import {
    addOptions,
    canConfirm,
    initialSelection,
    optOutOptions,
    toChoice,
    type Mode,
    type Option,
    type Selection
} from './selectionModel';

type ValueEvent<T> = CustomEvent<{ value: T }>;

export default class MailchimpMembershipManageModal extends LightningModal {
    @api memberships: MailchimpMembershipApi.Membership[] = [];
    @api addableAudiences: MailchimpMembershipApi.Audience[] = [];

    labels = {
        title,
        actionLabel,
        optOutLabel,
        optOutHelp,
        nothingToOptOut,
        addLabel,
        addPlaceholder,
        addHelp,
        nothingToAdd,
        cancel
    };
    selection: Selection = { mode: 'optOut', optOutIds: [], addId: '' };

    connectedCallback(): void {
        this.selection = initialSelection(this.optOutOptions, this.addOptions);
    }

    get modeOptions(): Option[] {
        return [
            { label: actionOptOut, value: 'optOut' },
            { label: actionAdd, value: 'add' }
        ];
    }

    get optOutOptions(): Option[] {
        return optOutOptions(this.memberships);
    }

    get addOptions(): Option[] {
        return addOptions(this.addableAudiences, this.memberships, confirmSuffix);
    }

    get isOptOut(): boolean {
        return this.selection.mode === 'optOut';
    }

    get hasOptOutOptions(): boolean {
        return this.optOutOptions.length > 0;
    }

    get hasAddOptions(): boolean {
        return this.addOptions.length > 0;
    }

    get confirmLabel(): string {
        return this.isOptOut ? confirmOptOut : confirmAdd;
    }

    get confirmDisabled(): boolean {
        return !canConfirm(this.selection);
    }

    handleModeChange(event: ValueEvent<Mode>): void {
        this.selection = { ...this.selection, mode: event.detail.value };
    }

    handleOptOutChange(event: ValueEvent<string[]>): void {
        this.selection = { ...this.selection, optOutIds: [...event.detail.value] };
    }

    handleAddChange(event: ValueEvent<string>): void {
        this.selection = { ...this.selection, addId: event.detail.value };
    }

    handleCancel(): void {
        this.close(undefined);
    }

    handleConfirm(): void {
        const choice = toChoice(this.selection);
        if (choice) {
            this.close(choice);
        }
    }
}
