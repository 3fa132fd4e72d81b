/**
 * npm run e2e:webhook -- [--count 5] [--audience <id>] [--force] [--target-org <alias>] [--timeout 120]
 * Unsubscribes seeded test members through the Mailchimp API and measures how long the webhook takes to flip
 * their memberships in Salesforce. Exit codes: scripts/mailchimp/lib/exit-codes.ts.
 */
import { consoleOutput, envFileReader, runMain } from '../mailchimp/lib/io';
import { createSdkClient } from '../mailchimp/lib/sdk-client';
import { spawnRunner } from '../org/lib/runner';
import { runWebhookE2e } from './e2e-command';
import type { WebhookE2eClient } from './lib/mailchimp';

runMain(() =>
    runWebhookE2e(process.argv.slice(2), {
        ...consoleOutput,
        run: spawnRunner,
        env: process.env,
        readEnvFile: envFileReader(process.cwd()),
        // The same configured SDK the other scripts use, seen through the slice this check calls.
        createClient: (config) => createSdkClient(config) as unknown as WebhookE2eClient,
        now: () => Date.now(),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
    })
);
