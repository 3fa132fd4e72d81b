/**
 * npm run mailchimp:seed -- --count N [--unsubscribe M] [--audience <id>] [--force] [--domain d] [--local-part p]
 * Creates or reuses the test audience and fills it with numbered test members. Exit codes: lib/exit-codes.ts.
 */
import { consoleOutput, envFileReader, runMain } from './lib/io';
import { createSdkClient } from './lib/sdk-client';
import { runSeed } from './seed-command';

runMain(() =>
    runSeed(process.argv.slice(2), {
        ...consoleOutput,
        env: process.env,
        readEnvFile: envFileReader(process.cwd()),
        createClient: createSdkClient
    })
);
