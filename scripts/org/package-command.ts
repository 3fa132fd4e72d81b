/**
 * The managed package path: `npm run package:version` builds a second-generation managed package version
 * with code coverage in the Dev Hub, `npm run package:promote` releases one. Both need `sf`, a Dev Hub
 * linked to the namespace in sfdx-project.json (docs/development.md, "Managed package").
 */
import { optionValue, parseOptions, type OptionSpec } from '../mailchimp/lib/cli';
import { ExitCode, ScriptError } from '../mailchimp/lib/exit-codes';
import { reportScriptError } from '../mailchimp/lib/io';
import {
    packageName,
    PROJECT_FILE,
    SOURCE_DIR,
    versionAlias,
    versionAliases,
    type ProjectFile,
    type SfdxProject
} from './lib/project';
import { formatCommand } from './lib/runner';
import { requireSf, sfErrorText, step, type OrgDeps } from './lib/sf';
import { devHubFromConfigGet, parseSfJson } from './lib/sf-json';

export const PACKAGE_VERSION_USAGE = [
    'Usage: npm run package:version -- [--target-dev-hub <alias>] [--wait 60]',
    '  Builds, then creates a managed package version with code coverage (sf package version create',
    '  --code-coverage --installation-key-bypass). Creates the package first when sfdx-project.json has no',
    '  packageAliases entry for it; writes the aliases back; prints the install link. Needs the namespace in',
    '  sfdx-project.json and a Dev Hub linked to it (docs/development.md, "Managed package").'
].join('\n');

export const PACKAGE_PROMOTE_USAGE = [
    'Usage: npm run package:promote -- [--version <04t… or alias>] [--target-dev-hub <alias>]',
    '  Promotes a package version to released (installable in production). Default: the newest version alias',
    '  in sfdx-project.json. A released version can never be deleted; its components are then locked.'
].join('\n');

const DEV_HUB_OPTION: OptionSpec = { name: 'target-dev-hub', short: 'v', takesValue: true };

export interface PackageDeps extends OrgDeps {
    env: NodeJS.ProcessEnv;
    project: ProjectFile;
}

/** Install links for a version: production and Developer Edition, and sandboxes. */
export function installLinks(subscriberPackageVersionId: string): { production: string; sandbox: string } {
    const path = `/packaging/installPackage.apexp?p0=${subscriberPackageVersionId}`;
    return { production: `https://login.salesforce.com${path}`, sandbox: `https://test.salesforce.com${path}` };
}

async function resolveDevHub(deps: PackageDeps, given: string | undefined): Promise<string> {
    if (given !== undefined) return given;
    const hub = await deps.run('sf', ['config', 'get', 'target-dev-hub', '--json'], { capture: true });
    const devHub = hub.code === 0 ? devHubFromConfigGet(hub.stdout) : undefined;
    if (devHub === undefined) {
        throw new ScriptError(
            ExitCode.NO_DEV_HUB,
            'No Dev Hub given and none is the default. Fix: sf org login web --set-default-dev-hub --alias devhub (the Dev Hub your namespace is linked to), or pass --target-dev-hub <alias>.'
        );
    }
    return devHub;
}

function requireNamespace(project: SfdxProject): string {
    const namespace = (project.namespace ?? '').trim();
    if (namespace === '') {
        throw new ScriptError(
            ExitCode.NO_NAMESPACE,
            `${PROJECT_FILE} has no namespace, and a managed package needs one. Fix: register a namespace in a Developer Edition org, link it to your Dev Hub, set "namespace" in ${PROJECT_FILE} (docs/development.md, "Managed package"), then rerun. To install without a package: npm run deploy -- --target-org <alias>.`
        );
    }
    return namespace;
}

interface SfResult<T> {
    status?: number;
    result?: T;
    message?: string;
}

/** Runs an `sf … --json` command visibly (its title and command) and returns the parsed result. */
async function sfJson<T>(deps: OrgDeps, title: string, args: string[], fix: string): Promise<T> {
    deps.out(`\n▶ ${title}: ${formatCommand('sf', args)}`);
    const result = await deps.run('sf', args, { capture: true });
    const parsed = parseSfJson(result.stdout) as SfResult<T> | undefined;
    if (result.code !== 0 || parsed?.result === undefined) {
        throw new ScriptError(
            ExitCode.STEP_FAILED,
            `Step "${title}" failed (exit ${result.code}): ${sfErrorText(result.stdout, result.stderr)}. ${fix}`
        );
    }
    return parsed.result;
}

interface VersionCreateResult {
    Status?: string;
    SubscriberPackageVersionId?: string | null;
    VersionNumber?: string | null;
    CodeCoverage?: number | { apexCodeCoveragePercentage?: number } | null;
    HasPassedCodeCoverageCheck?: boolean | null;
    Error?: unknown[];
}

/**
 * `npm run package:version`. The CLI itself records new aliases in sfdx-project.json; this script
 * re-reads the file afterwards and adds any alias the CLI did not write, so the file always names the
 * package (0Ho…) and every version (04t…) it created.
 */
export async function runPackageVersion(argv: readonly string[], deps: PackageDeps): Promise<number> {
    try {
        const raw = parseOptions(
            argv,
            [DEV_HUB_OPTION, { name: 'wait', short: 'w', takesValue: true }],
            PACKAGE_VERSION_USAGE,
            {
                env: deps.env,
                script: 'package:version'
            }
        );
        const wait = optionValue(raw, 'wait') ?? '60';
        if (!/^\d+$/.test(wait))
            throw new ScriptError(ExitCode.USAGE, `--wait needs whole minutes. ${PACKAGE_VERSION_USAGE}`);
        const before = deps.project.read();
        const name = packageName(before);
        const namespace = requireNamespace(before);
        await requireSf(deps);
        const devHub = await resolveDevHub(deps, optionValue(raw, 'target-dev-hub'));
        deps.out(`Package "${name}", namespace ${namespace}, Dev Hub ${devHub}.`);

        await step(
            deps,
            'Build the components',
            'npm',
            ['run', 'build'],
            'Fix: correct the build error above and rerun.'
        );

        if (before.packageAliases?.[name] === undefined) {
            const created = await sfJson<{ Id?: string }>(
                deps,
                `Create the managed package "${name}"`,
                [
                    'package',
                    'create',
                    '--name',
                    name,
                    '--package-type',
                    'Managed',
                    '--path',
                    SOURCE_DIR,
                    '--target-dev-hub',
                    devHub,
                    '--json'
                ],
                'Fix: check that the namespace is linked to this Dev Hub (Dev Hub › Namespace Registries) and rerun.'
            );
            if (typeof created.Id !== 'string')
                throw new ScriptError(ExitCode.STEP_FAILED, 'sf package create returned no package Id.');
            recordAlias(deps.project, name, created.Id);
            deps.out(`Package created: ${created.Id} (recorded in ${PROJECT_FILE} packageAliases).`);
        }

        const version = await sfJson<VersionCreateResult>(
            deps,
            'Create a package version with code coverage',
            [
                'package',
                'version',
                'create',
                '--package',
                name,
                '--code-coverage',
                '--installation-key-bypass',
                '--definition-file',
                'config/project-scratch-def.json',
                '--wait',
                wait,
                '--target-dev-hub',
                devHub,
                '--json'
            ],
            'Fix: the errors above come from the build org (a failing Apex test, coverage under 75 %, a component error); fix them and rerun.'
        );
        const id = version.SubscriberPackageVersionId ?? undefined;
        if (version.Status !== 'Success' || id === undefined) {
            const errors = (version.Error ?? []).map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('; ');
            throw new ScriptError(
                ExitCode.STEP_FAILED,
                `The package version did not finish (status ${version.Status ?? 'unknown'}${errors ? `: ${errors}` : ''}). Fix: if it is still running, check it with sf package version create list --target-dev-hub ${devHub}, or rerun with a longer --wait.`
            );
        }
        const alias = versionAlias(name, version.VersionNumber ?? id);
        recordAlias(deps.project, alias, id);

        const coverage =
            typeof version.CodeCoverage === 'number'
                ? version.CodeCoverage
                : version.CodeCoverage?.apexCodeCoveragePercentage;
        const links = installLinks(id);
        deps.out('');
        deps.out(
            `Package version ${alias} created: ${id}${coverage !== undefined ? `, Apex coverage ${coverage}%` : ''}.`
        );
        if (version.HasPassedCodeCoverageCheck === false) {
            deps.err(
                'It did not pass the 75 % code coverage check, so it cannot be promoted. Fix: add tests, then create a new version.'
            );
        }
        deps.out(
            'It is a beta version: installable in sandboxes, scratch and Developer Edition orgs, not in production.'
        );
        deps.out(`  Install (Developer Edition): ${links.production}`);
        deps.out(`  Install (sandbox):           ${links.sandbox}`);
        deps.out(`Release it for production with: npm run package:promote -- --version ${id}`);
        return ExitCode.OK;
    } catch (error) {
        if (!(error instanceof ScriptError)) throw error;
        return reportScriptError(deps, error);
    }
}

/** `npm run package:promote`: releases a version (the newest alias by default). */
export async function runPackagePromote(argv: readonly string[], deps: PackageDeps): Promise<number> {
    try {
        const raw = parseOptions(argv, [DEV_HUB_OPTION, { name: 'version', takesValue: true }], PACKAGE_PROMOTE_USAGE, {
            env: deps.env,
            script: 'package:promote'
        });
        const project = deps.project.read();
        const name = packageName(project);
        const newest = versionAliases(project, name).at(-1);
        const version = optionValue(raw, 'version') ?? newest?.id;
        if (version === undefined) {
            throw new ScriptError(
                ExitCode.USAGE,
                `No package version to promote: ${PROJECT_FILE} has no "${name}@…" alias. Fix: npm run package:version first, or pass --version 04t….`
            );
        }
        const id = version.startsWith('04t') ? version : project.packageAliases?.[version];
        await requireSf(deps);
        const devHub = await resolveDevHub(deps, optionValue(raw, 'target-dev-hub'));
        await sfJson<unknown>(
            deps,
            `Promote ${version} to released`,
            [
                'package',
                'version',
                'promote',
                '--package',
                version,
                '--no-prompt',
                '--target-dev-hub',
                devHub,
                '--json'
            ],
            'Fix: a version needs code coverage of 75 % or more (package:version computes it) and must not be released already.'
        );
        deps.out('');
        deps.out(`Released ${version}. It can be installed in any org, production included.`);
        if (id !== undefined) deps.out(`  Install: ${installLinks(id).production}`);
        deps.out('Update the README\'s "Install" section with this link.');
        return ExitCode.OK;
    } catch (error) {
        if (!(error instanceof ScriptError)) throw error;
        return reportScriptError(deps, error);
    }
}

/** Adds an alias to packageAliases (keeping whatever the CLI already wrote there). */
export function recordAlias(file: ProjectFile, alias: string, id: string): void {
    const project = file.read();
    if (project.packageAliases?.[alias] === id) return;
    file.write({ ...project, packageAliases: { ...(project.packageAliases ?? {}), [alias]: id } });
}
