/**
 * npm run package:version — see PACKAGE_VERSION_USAGE in package-command.ts. Exit codes:
 * scripts/mailchimp/lib/exit-codes.ts.
 */
import { consoleOutput, runMain } from '../mailchimp/lib/io';
import { projectFile } from './lib/project';
import { spawnRunner } from './lib/runner';
import { runPackageVersion } from './package-command';

runMain(() =>
    runPackageVersion(process.argv.slice(2), {
        ...consoleOutput,
        run: spawnRunner,
        env: process.env,
        project: projectFile()
    })
);
