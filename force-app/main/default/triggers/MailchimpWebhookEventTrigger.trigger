/**
 * Processes accepted Mailchimp webhook deliveries: runs as the Automated Process user (or the user set with
 * PlatformEventSubscriberConfig) and starts the Queueable that reads the members back from Mailchimp. Logic in
 * MailchimpWebhookEventHandler.
 */
trigger MailchimpWebhookEventTrigger on MailchimpWebhookEvent__e(after insert) {
    MailchimpWebhookEventHandler.handle(Trigger.new);
}
