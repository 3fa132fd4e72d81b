/**
 * npm run org:setup — scratch org with the package deployed, the Mailchimp credential set, sample
 * data, the sync scheduled. Needs `sf`, a default Dev Hub and MAILCHIMP_API_KEY. Exit codes:
 * scripts/mailchimp/lib/exit-codes.ts.
 */
import { consoleOutput, envFileReader, runMain } from '../mailchimp/lib/io';
import { spawnRunner } from './lib/runner';
import { createTempFiles } from './lib/secret-files';
import { runSetup } from './setup-command';

runMain(() =>
    runSetup({
        ...consoleOutput,
        run: spawnRunner,
        env: process.env,
        readEnvFile: envFileReader(process.cwd()),
        tempFiles: createTempFiles()
    })
);
