/**
 * npm run test:apex [-- --target-org <alias>] [--min-coverage 90] [--unassign-first] — all local Apex
 * tests with coverage, run by a user holding none of our permission sets; fails on a failing test or
 * org-wide coverage below the minimum. Exit codes: scripts/mailchimp/lib/exit-codes.ts.
 */
import { consoleOutput, runMain } from '../mailchimp/lib/io';
import { spawnRunner } from './lib/runner';
import { runTestApex } from './test-apex-command';

runMain(() => runTestApex(process.argv.slice(2), { ...consoleOutput, run: spawnRunner, env: process.env }));
