/**
 * Deletes a deleted Contact's Mailchimp memberships; keeps a merged-away Contact's on the master. Logic in
 * MailchimpPersonDeletionHandler.
 */
trigger MailchimpContactTrigger on Contact(before delete, after delete) {
    new MailchimpPersonDeletionHandler().handle(Trigger.operationType, Trigger.old);
}
