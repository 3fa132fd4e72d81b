/**
 * Deletes the Mailchimp memberships of Contacts deleted with their Account; keeps them when Accounts are merged.
 * Logic in MailchimpAccountDeletionHandler.
 */
trigger MailchimpAccountTrigger on Account(before delete, after delete) {
    new MailchimpAccountDeletionHandler().handle(Trigger.operationType, Trigger.old);
}
