import { createHash } from 'node:crypto';

/** Mailchimp's member id: MD5 hex of the lower-cased address (trimmed, as the Apex client does). */
export function subscriberHash(email: string): string {
    return createHash('md5').update(email.trim().toLowerCase()).digest('hex');
}
