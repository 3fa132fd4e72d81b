import { ExitCode, ScriptError } from './exit-codes';

/** One command-line option of a script. */
export interface OptionSpec {
    /** Long name without the dashes, e.g. `target-org`. */
    name: string;
    /** One-letter alias without the dash, e.g. `o`. */
    short?: string;
    /** Whether the option takes a value (`--name value` or `--name=value`). */
    takesValue: boolean;
}

/** Options as given: a value for value options, `true` for switches. */
export type ParsedOptions = Map<string, string | true>;

/** `--help`: not a failure. Carries the usage text, printed on stdout with exit code 0. */
export class HelpRequested extends ScriptError {
    constructor(usage: string) {
        super(ExitCode.OK, usage);
        this.name = 'HelpRequested';
    }
}

/**
 * npm treats options placed before a lone `--` as its own configuration: they never reach the script,
 * and npm exports them as `npm_config_<name>` (a value after a space becomes a stray argument and the
 * option the string "true"). Finding one of our option names there means the `--` was forgotten.
 * @returns the sentence to print, or undefined when nothing was swallowed.
 */
export function forgottenDashDashHint(
    env: NodeJS.ProcessEnv,
    specs: readonly OptionSpec[],
    argv: readonly string[],
    script: string
): string | undefined {
    if (env.npm_lifecycle_event === undefined) return undefined;
    const configValue = (name: string) => env[`npm_config_${name.replace(/-/g, '_')}`];
    const swallowed = specs
        .map((spec) => {
            // npm reads `--no-tests` as tests=false and exports it as npm_config_tests="".
            if (!spec.takesValue && spec.name.startsWith('no-') && configValue(spec.name.slice(3)) === '') {
                return { spec, value: 'true' };
            }
            const names = [spec.name, ...(spec.short !== undefined ? [spec.short] : [])];
            const hit = names.find((n) => configValue(n) !== undefined);
            return hit === undefined ? undefined : { spec, value: configValue(hit) as string };
        })
        .filter((s): s is { spec: OptionSpec; value: string } => s !== undefined);
    if (swallowed.length === 0) return undefined;

    const strays = argv.filter((a) => !a.startsWith('-'));
    const missingValues = swallowed.filter((s) => s.spec.takesValue && s.value === 'true').length;
    const rebuilt = swallowed.map(({ spec, value }) => {
        if (!spec.takesValue) return `--${spec.name}`;
        if (value !== 'true') return `--${spec.name} ${value}`;
        return `--${spec.name} ${missingValues === 1 && strays.length === 1 ? strays[0] : `<${spec.name}>`}`;
    });
    return `npm kept ${swallowed.map((s) => `--${s.spec.name}`).join(', ')} for itself: a script's options go after a lone "--". Run: npm run ${script} -- ${rebuilt.join(' ')}`;
}

/**
 * Parses `--name value`, `--name=value`, `-o value` and switches. `--help`/`-h` anywhere throws
 * HelpRequested; anything unknown is a usage error (exit 8), never silently ignored.
 */
export function parseOptions(
    argv: readonly string[],
    specs: readonly OptionSpec[],
    usage: string,
    context: { env: NodeJS.ProcessEnv; script: string }
): ParsedOptions {
    if (argv.includes('--help') || argv.includes('-h')) throw new HelpRequested(usage);
    const hint = forgottenDashDashHint(context.env, specs, argv, context.script);
    if (hint !== undefined) throw new ScriptError(ExitCode.USAGE, hint);

    const options: ParsedOptions = new Map();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        const eq = arg.indexOf('=');
        const flag = arg.startsWith('-') && eq > 0 ? arg.slice(0, eq) : arg;
        const spec = specs.find((s) => flag === `--${s.name}` || (s.short !== undefined && flag === `-${s.short}`));
        if (spec === undefined) {
            throw new ScriptError(
                ExitCode.USAGE,
                arg.startsWith('-') ? `Unknown option ${flag}. ${usage}` : `Unexpected argument "${arg}". ${usage}`
            );
        }
        if (!spec.takesValue) {
            if (flag !== arg) throw new ScriptError(ExitCode.USAGE, `--${spec.name} takes no value. ${usage}`);
            options.set(spec.name, true);
            continue;
        }
        const value = flag !== arg ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '' || value.startsWith('--')) {
            throw new ScriptError(ExitCode.USAGE, `--${spec.name} needs a value. ${usage}`);
        }
        options.set(spec.name, value);
    }
    return options;
}

/** The value of an option that takes one (undefined when absent). */
export function optionValue(options: ParsedOptions, name: string): string | undefined {
    const value = options.get(name);
    return typeof value === 'string' ? value : undefined;
}
