/**
 * Moves a converted Lead's Mailchimp memberships to its new Contact. Logic in MailchimpLeadConversionHandler.
 */
trigger MailchimpLeadTrigger on Lead(after update) {
    new MailchimpLeadConversionHandler().handleAfterUpdate(Trigger.new, Trigger.oldMap);
}
