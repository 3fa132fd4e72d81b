/**
 * What the end-to-end webhook check reads from Salesforce through `sf data query` (the org scripts' runner, no
 * shell): the audience's webhook, which candidate members a Contact holds, and which memberships flipped.
 */
import { ExitCode, ScriptError } from '../../mailchimp/lib/exit-codes';
import { queryRecords, soqlString, type OrgDeps } from '../../org/lib/sf';

export interface AudienceWebhook {
    name: string;
    webhookId: string | null;
    lastDeliveryAt: string | null;
}

/** The audience's webhook bookkeeping; fails with the fix when the audience is unknown or has no webhook. */
export async function audienceWebhook(
    deps: OrgDeps,
    listId: string,
    targetOrg: string | undefined
): Promise<AudienceWebhook> {
    const answer = await queryRecords<{
        Name?: string;
        WebhookId__c?: string | null;
        WebhookLastDeliveryAt__c?: string | null;
    }>(
        deps,
        `SELECT Name, WebhookId__c, WebhookLastDeliveryAt__c FROM MailchimpAudience__c WHERE ListId__c = ${soqlString(listId)} LIMIT 1`,
        targetOrg
    );
    if ('error' in answer) {
        throw new ScriptError(
            ExitCode.STEP_FAILED,
            `Could not read the audience in Salesforce (${answer.error}). Fix: deploy the package (npm run deploy) and run as an admin with the Mailchimp Admin permission set.`
        );
    }
    const row = answer.records[0];
    if (row === undefined) {
        throw new ScriptError(
            ExitCode.STEP_FAILED,
            `Salesforce has no Mailchimp Audience with id ${listId}. Fix: run the sync once (Mailchimp Setup › Run now), then register the audience's webhook in the Webhooks section of Mailchimp Setup.`
        );
    }
    if (!row.WebhookId__c) {
        throw new ScriptError(
            ExitCode.STEP_FAILED,
            `The audience "${row.Name ?? listId}" has no webhook registered in Salesforce. Fix: Mailchimp Setup › Webhooks › pick the Site › Register, wait for "Webhook on", then rerun.`
        );
    }
    return {
        name: row.Name ?? listId,
        webhookId: row.WebhookId__c,
        lastDeliveryAt: row.WebhookLastDeliveryAt__c ?? null
    };
}

/** Of the addresses, those a Contact holds (lower-cased): the webhook creates or updates their memberships. */
export async function addressesWithContacts(
    deps: OrgDeps,
    emails: readonly string[],
    targetOrg: string | undefined
): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const answer = await queryRecords<{ Email?: string }>(
        deps,
        `SELECT Email FROM Contact WHERE Email IN (${emails.map(soqlString).join(', ')})`,
        targetOrg
    );
    if ('error' in answer) {
        throw new ScriptError(
            ExitCode.STEP_FAILED,
            `Could not read Contacts (${answer.error}). Fix: run as an admin who can read Contacts.`
        );
    }
    return new Set(answer.records.map((r) => (r.Email ?? '').toLowerCase()));
}

/** Of the hashes, those already holding an unsubscribed membership in the audience (before the run). */
export async function alreadyUnsubscribed(
    deps: OrgDeps,
    listId: string,
    hashes: readonly string[],
    targetOrg: string | undefined
): Promise<Set<string>> {
    return new Set((await unsubscribedMemberships(deps, listId, hashes, targetOrg, false)).keys());
}

/** Unsubscribed memberships of the audience among the hashes: hash → LastModifiedDate. */
export async function flippedMemberships(
    deps: OrgDeps,
    listId: string,
    hashes: readonly string[],
    targetOrg: string | undefined
): Promise<Map<string, string>> {
    return unsubscribedMemberships(deps, listId, hashes, targetOrg, true);
}

async function unsubscribedMemberships(
    deps: OrgDeps,
    listId: string,
    hashes: readonly string[],
    targetOrg: string | undefined,
    withTime: boolean
): Promise<Map<string, string>> {
    if (hashes.length === 0) return new Map();
    const fields = withTime ? 'SubscriberHash__c, LastModifiedDate' : 'SubscriberHash__c';
    const answer = await queryRecords<{ SubscriberHash__c?: string; LastModifiedDate?: string }>(
        deps,
        `SELECT ${fields} FROM MailchimpMembership__c WHERE Audience__r.ListId__c = ${soqlString(listId)} AND Status__c = 'unsubscribed' AND SubscriberHash__c IN (${hashes.map(soqlString).join(', ')})`,
        targetOrg
    );
    if ('error' in answer) {
        throw new ScriptError(ExitCode.STEP_FAILED, `Could not read the memberships (${answer.error}).`);
    }
    const result = new Map<string, string>();
    for (const row of answer.records) {
        if (row.SubscriberHash__c) result.set(row.SubscriberHash__c, row.LastModifiedDate ?? '');
    }
    return result;
}
