/**
 * npm run org:setup [-- --domain d --local-part p --no-tests] — scratch org with the source deployed, the
 * Apex tests run before any permission set is assigned, the Mailchimp credential set, sample data, the
 * sync scheduled. Needs `sf`, a default Dev Hub and MAILCHIMP_API_KEY. Exit codes:
 * scripts/mailchimp/lib/exit-codes.ts.
 */
import { consoleOutput, envFileReader, runMain } from '../mailchimp/lib/io';
import { spawnRunner } from './lib/runner';
import { createTempFiles } from './lib/secret-files';
import { runSetup } from './setup-command';

runMain(() =>
    runSetup(process.argv.slice(2), {
        ...consoleOutput,
        run: spawnRunner,
        env: process.env,
        readEnvFile: envFileReader(process.cwd()),
        tempFiles: createTempFiles()
    })
);
