import { maskKey, namedCredentialUrl, parseApiKey } from './lib/api-key';
import { parseOptions } from './lib/cli';
import { listAllAudiences, type MailchimpAudience, type MailchimpClientFactory } from './lib/client';
import { findApiKey } from './lib/dot-env';
import { classifyMailchimpError } from './lib/errors';
import { ExitCode, ScriptError } from './lib/exit-codes';
import { reportScriptError, type Output } from './lib/io';

export const CHECK_USAGE = [
    'Usage: npm run mailchimp:check',
    '  Checks MAILCHIMP_API_KEY (environment or .env) against Mailchimp and prints the account, every audience',
    '  and the Named Credential URL for its data center. The key itself is never printed.'
].join('\n');

export interface CheckDeps extends Output {
    env: NodeJS.ProcessEnv;
    readEnvFile: () => string | undefined;
    createClient: MailchimpClientFactory;
}

/**
 * `npm run mailchimp:check`: proves the key works and prints everything an admin types into Salesforce.
 * Returns the exit code; every failure is one line on stderr (see ExitCode for the table).
 */
export async function runCheck(deps: CheckDeps, argv: readonly string[] = []): Promise<number> {
    let dc = '';
    try {
        parseOptions(argv, [], CHECK_USAGE, { env: deps.env, script: 'mailchimp:check' });
        const source = findApiKey(deps.env, deps.readEnvFile);
        const { key, dc: dataCenter } = parseApiKey(source.value);
        dc = dataCenter;
        const client = deps.createClient({ apiKey: key, server: dc });

        await client.ping.get();
        const account = await client.root.getRoot({ fields: ['account_name', 'email'] });
        const audiences = await listAllAudiences(client);

        deps.out(`Mailchimp connection OK: key ${maskKey(key)} from ${source.from}, data center ${dc}.`);
        deps.out(`Account: ${account.account_name} <${account.email}>`);
        deps.out('');
        printAudiences(deps, audiences);
        deps.out('');
        printCredentialHelp(deps, dc);
        return ExitCode.OK;
    } catch (error) {
        return reportScriptError(deps, error instanceof ScriptError ? error : classifyMailchimpError(error, dc));
    }
}

function printAudiences(deps: Output, audiences: MailchimpAudience[]): void {
    if (audiences.length === 0) {
        deps.out(
            'Audiences: none yet. Create one in Mailchimp (Audience › All contacts) or run npm run mailchimp:seed -- --count 10.'
        );
        return;
    }
    deps.out(`Audiences (${audiences.length}):`);
    const rows = audiences.map((a) => [a.id, String(a.stats.member_count), String(a.stats.unsubscribe_count), a.name]);
    const header = ['AUDIENCE ID', 'MEMBERS', 'UNSUBSCRIBED', 'NAME'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
    const format = (cells: string[]): string =>
        cells
            .map((cell, i) =>
                i === 1 || i === 2
                    ? cell.padStart(widths[i] as number)
                    : i === 3
                      ? cell
                      : cell.padEnd(widths[i] as number)
            )
            .join('  ');
    deps.out(`  ${format(header)}`);
    for (const row of rows) deps.out(`  ${format(row)}`);
}

function printCredentialHelp(deps: Output, dc: string): void {
    deps.out(`Named Credential URL: ${namedCredentialUrl(dc)}`);
    deps.out(
        '  Enter it in Salesforce: Setup › Quick Find "Named Credentials" › Named Credentials tab › Mailchimp › Edit › URL › Save.'
    );
    deps.out(
        '  Then: External Credentials tab › Mailchimp › Principals › MailchimpPrincipal › Edit: Username = any text (e.g. mailchimp), Password = this API key.'
    );
}
