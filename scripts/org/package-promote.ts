/**
 * npm run package:promote — see PACKAGE_PROMOTE_USAGE in package-command.ts. Exit codes:
 * scripts/mailchimp/lib/exit-codes.ts.
 */
import { consoleOutput, runMain } from '../mailchimp/lib/io';
import { projectFile } from './lib/project';
import { spawnRunner } from './lib/runner';
import { runPackagePromote } from './package-command';

runMain(() =>
    runPackagePromote(process.argv.slice(2), {
        ...consoleOutput,
        run: spawnRunner,
        env: process.env,
        project: projectFile()
    })
);
