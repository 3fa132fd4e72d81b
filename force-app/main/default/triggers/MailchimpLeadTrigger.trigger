/**
 * Moves a converted Lead's Mailchimp memberships to its new Contact (MailchimpLeadConversionHandler); deletes a
 * deleted Lead's memberships and keeps a merged-away Lead's on the master (MailchimpPersonDeletionHandler); sends a
 * changed email address to Mailchimp in the background when the admin turned that on (MailchimpEmailChangeHandler).
 * Each handler acts only on its own events.
 */
trigger MailchimpLeadTrigger on Lead(after update, before delete, after delete) {
    new MailchimpLeadConversionHandler().handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
    new MailchimpPersonDeletionHandler().handle(Trigger.operationType, Trigger.old);
    new MailchimpEmailChangeHandler().handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
