/**
 * Manage modal: tick one or more audiences to opt the person out of, or pick one audience to add them to (saying
 * whether they gave permission), then confirm. Closes with the choice (MailchimpMembershipApi.ManageChoice) or
 * undefined on cancel; the card makes the server call.
 */
import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import title from '@salesforce/label/c.MailchimpMembershipModalTitle';
import forPerson from '@salesforce/label/c.MailchimpMembershipModalFor';
import actionLabel from '@salesforce/label/c.MailchimpMembershipModalAction';
import actionOptOut from '@salesforce/label/c.MailchimpMembershipModalActionOptOut';
import actionAdd from '@salesforce/label/c.MailchimpMembershipModalActionAdd';
import optOutLabel from '@salesforce/label/c.MailchimpMembershipModalOptOutLabel';
import optOutHelp from '@salesforce/label/c.MailchimpMembershipModalOptOutHelp';
import nothingToOptOut from '@salesforce/label/c.MailchimpMembershipModalNothingToOptOut';
import addLabel from '@salesforce/label/c.MailchimpMembershipModalAddLabel';
import addPlaceholder from '@salesforce/label/c.MailchimpMembershipModalAddPlaceholder';
import addAddress from '@salesforce/label/c.MailchimpMembershipModalAddAddress';
import addHelp from '@salesforce/label/c.MailchimpMembershipModalAddHelp';
import addSubscribes from '@salesforce/label/c.MailchimpMembershipModalAddSubscribes';
import addPending from '@salesforce/label/c.MailchimpMembershipModalAddPending';
import consentLabel from '@salesforce/label/c.MailchimpMembershipModalConsent';
import thisPerson from '@salesforce/label/c.MailchimpMembershipModalThisPerson';
import nothingToAdd from '@salesforce/label/c.MailchimpMembershipModalNothingToAdd';
import confirmSuffix from '@salesforce/label/c.MailchimpMembershipModalConfirmSuffix';
import cancel from '@salesforce/label/c.MailchimpMembershipModalCancel';
import confirmOptOut from '@salesforce/label/c.MailchimpMembershipModalConfirmOptOut';
import confirmAdd from '@salesforce/label/c.MailchimpMembershipModalConfirmAdd';
import {
    addOptions,
    addOutcomeText,
    asksConsent,
    canConfirm,
    fill,
    initialSelection,
    optOutOptions,
    pickAudience,
    toChoice,
    type Mode,
    type Option,
    type Selection
} from './selectionModel';

type ValueEvent<T> = CustomEvent<{ value: T }>;
type CheckedEvent = CustomEvent<{ checked: boolean }>;

export default class MailchimpMembershipManageModal extends LightningModal {
    @api personName?: string | null;
    @api email?: string | null;
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
        addAddress,
        nothingToAdd,
        cancel
    };
    selection: Selection = { mode: 'optOut', optOutIds: [], addId: '', consent: false };

    connectedCallback(): void {
        this.selection = initialSelection(this.optOutOptions, this.addOptions);
    }

    /** "For Grace Hopper": whom the change is for, first thing in the body. */
    get personLine(): string {
        return this.personName ? fill(forPerson, this.personName) : '';
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
        return addOptions(this.addableAudiences, confirmSuffix);
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

    get asksConsent(): boolean {
        return asksConsent(this.selection, this.addableAudiences);
    }

    /** The checkbox's text, which an admin can adapt (custom label MailchimpMembershipModalConsent). */
    get consentLabel(): string {
        return fill(consentLabel, this.personName || thisPerson);
    }

    get addOutcome(): string {
        return addOutcomeText(this.selection, this.addableAudiences, this.email ?? '', {
            subscribes: addSubscribes,
            pending: addPending,
            confirmationOnly: addHelp
        });
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
        this.selection = pickAudience(this.selection, event.detail.value);
    }

    handleConsentChange(event: CheckedEvent): void {
        this.selection = { ...this.selection, consent: Boolean(event.detail.checked) };
    }

    handleCancel(): void {
        this.close(undefined);
    }

    handleConfirm(): void {
        const choice = toChoice(this.selection, this.addableAudiences);
        if (choice) {
            this.close(choice);
        }
    }
}
