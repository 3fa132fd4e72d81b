/**
 * Deletes the Mailchimp memberships of Contacts deleted with their Account, keeps them when Accounts are merged, and
 * moves a merged-away person account's to the surviving person account (MailchimpAccountDeletionHandler); sends a
 * person account's changed email address to Mailchimp in the background when the admin turned that on
 * (MailchimpEmailChangeHandler). Each handler acts only on its own events.
 */
trigger MailchimpAccountTrigger on Account(after update, before delete, after delete) {
    new MailchimpAccountDeletionHandler().handle(Trigger.operationType, Trigger.old);
    new MailchimpEmailChangeHandler().handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
