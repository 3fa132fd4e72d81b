/**
 * Deletes a deleted Contact's Mailchimp memberships and keeps a merged-away Contact's on the master
 * (MailchimpPersonDeletionHandler); sends a changed email address to Mailchimp in the background when the admin turned
 * that on (MailchimpEmailChangeHandler). Each handler acts only on its own events.
 */
trigger MailchimpContactTrigger on Contact(after update, before delete, after delete) {
    new MailchimpPersonDeletionHandler().handle(Trigger.operationType, Trigger.old);
    new MailchimpEmailChangeHandler().handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
