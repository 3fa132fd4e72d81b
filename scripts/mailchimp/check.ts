/**
 * npm run mailchimp:check — verify MAILCHIMP_API_KEY against Mailchimp and print the account, every
 * audience id and the Named Credential URL. Exit codes: see lib/exit-codes.ts.
 */
import { runCheck } from './check-command';
import { envFileReader, consoleOutput, runMain } from './lib/io';
import { createSdkClient } from './lib/sdk-client';

runMain(() =>
    runCheck(
        {
            ...consoleOutput,
            env: process.env,
            readEnvFile: envFileReader(process.cwd()),
            createClient: createSdkClient
        },
        process.argv.slice(2)
    )
);
