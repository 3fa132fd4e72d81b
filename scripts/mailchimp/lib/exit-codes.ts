/**
 * Exit codes shared by the Mailchimp and org scripts. Each failure a person can fix has its own
 * code so CI logs and shell scripts can tell them apart; docs/admin-guide.md documents the table.
 */
export const ExitCode = {
    OK: 0,
    /** Mailchimp answered with an error the scripts do not recognise, or something unexpected broke. */
    API_ERROR: 1,
    /** MAILCHIMP_API_KEY is not in the environment or .env. */
    MISSING_KEY: 2,
    /** MAILCHIMP_API_KEY is present but not shaped like `<32 hex>-<dc>`. */
    MALFORMED_KEY: 3,
    /** Mailchimp rejected the key (401 API Key Invalid). */
    REJECTED_KEY: 4,
    /** Mailchimp says the request went to the wrong data center. */
    WRONG_DATA_CENTER: 5,
    /** Mailchimp could not be reached (DNS, refused connection, timeout). */
    NETWORK: 6,
    /** seed: the audience is not the test audience and --force was not given. */
    REFUSED: 7,
    /** Bad command-line arguments (or an audience id that does not exist). */
    USAGE: 8,
    /** org scripts: the Salesforce CLI (`sf`) is not on PATH. */
    SF_MISSING: 10,
    /** org:setup, package:version, package:promote: no Dev Hub is configured. */
    NO_DEV_HUB: 11,
    /** org scripts: an `sf`/`npm` step failed. */
    STEP_FAILED: 12,
    /** org:setup, deploy: the org is up, but the credential or schedule must be finished by hand in Setup. */
    MANUAL_STEPS_LEFT: 13,
    /** test:apex, org:setup: at least one Apex test failed. */
    TESTS_FAILED: 14,
    /** test:apex, org:setup: org-wide coverage is below the threshold. */
    COVERAGE_TOO_LOW: 15,
    /**
     * test:apex, deploy with tests: the running user holds one of our permission sets, so a passing
     * test would not prove it passes without them (--unassign-first removes them for the run).
     */
    PERMISSION_SETS_HELD: 16,
    /** package:version: sfdx-project.json has no namespace (a managed package needs one). */
    NO_NAMESPACE: 17
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure with the one-line explanation to print and the exit code to end with. */
export class ScriptError extends Error {
    readonly exitCode: number;

    constructor(exitCode: number, message: string) {
        super(message);
        this.name = 'ScriptError';
        this.exitCode = exitCode;
    }
}
