import type { MailchimpClient, MailchimpClientFactory } from './client';

/** Seconds before a Mailchimp call counts as a network failure (the SDK default is 120 s). */
const TIMEOUT_MS = 30_000;

interface SdkInstance {
    setConfig(config: { apiKey: string; server: string }): void;
    timeout: number;
}

/**
 * The real client: the official SDK, configured with the key and its data center.
 * Loaded with require() because the package is CommonJS and exports a configured singleton
 * whose methods live on its prototype (an ES namespace import would drop `setConfig`).
 */
export const createSdkClient: MailchimpClientFactory = ({ apiKey, server }) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sdk = require('@mailchimp/mailchimp_marketing') as SdkInstance;
    sdk.setConfig({ apiKey, server });
    sdk.timeout = TIMEOUT_MS;
    return sdk as unknown as MailchimpClient;
};
