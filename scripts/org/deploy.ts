/**
 * npm run deploy -- --target-org <alias> [--test-level …] [--unassign-first] — the source into any org
 * (Developer Edition, sandbox, production), no Dev Hub. Exit codes: scripts/mailchimp/lib/exit-codes.ts.
 */
import { consoleOutput, envFileReader, runMain } from '../mailchimp/lib/io';
import { runDeploy } from './deploy-command';
import { apexTestClasses } from './lib/project';
import { spawnRunner } from './lib/runner';
import { createTempFiles } from './lib/secret-files';

runMain(() =>
    runDeploy(process.argv.slice(2), {
        ...consoleOutput,
        run: spawnRunner,
        env: process.env,
        readEnvFile: envFileReader(process.cwd()),
        tempFiles: createTempFiles(),
        testClasses: () => apexTestClasses()
    })
);
