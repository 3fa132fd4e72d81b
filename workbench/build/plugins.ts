/**
 * Rollup plugins that let the LWC compiler build the project's TypeScript components for a browser
 * without an org:
 *  - `typescriptStrip` turns `.ts` into JavaScript *before* the LWC compiler sees it, keeping the
 *    `@api`/`@wire`/`@track` decorators as syntax (the LWC compiler compiles them; TypeScript must not).
 *  - `platformModules` answers the imports only Salesforce's servers can: `c/*` bundles from
 *    force-app, `@salesforce/apex*`, `@salesforce/label/c.*` (real text from the project's
 *    CustomLabels), `@salesforce/customPermission/*`, `@salesforce/schema/*`, and the `lightning/*`
 *    modules the open-source base components lack (our stand-ins in workbench/src/platform).
 *  - `json` imports the Jest fixtures as modules, so both test layers read one set of data.
 *
 * Why a plugin and not only lwc.config.json: the LWC resolver reads the config of the package that
 * contains the *importer*. The component lives under the project root, whose package.json the
 * workbench does not own; resolving its platform imports here keeps the project root untouched.
 * Base components (`lightning/*`) still resolve through lightning-base-components' own lwc config.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'rollup';
import { readLabels, type LabelIndex } from './labels';

const VIRTUAL = '\0wb:';

/** Compiler options for the browser build: decorators stay decorators, types disappear. */
export const TRANSPILE_OPTIONS: ts.CompilerOptions = {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    experimentalDecorators: false,
    // Must be true: with false, tsc rewrites decorated fields into `__esDecorate` helpers that the
    // LWC compiler rejects (LWC1104) and moves field initialisers into the constructor.
    useDefineForClassFields: true,
    isolatedModules: true,
    sourceMap: false
};

const stripQuery = (id: string): string => id.split('?', 1)[0];

export function typescriptStrip(): Plugin {
    return {
        name: 'workbench-typescript-strip',
        transform(code, id) {
            const file = stripQuery(id);
            if (id.startsWith('\0') || !/\.m?ts$/.test(file) || file.endsWith('.d.ts')) return null;
            const out = ts.transpileModule(code, { compilerOptions: TRANSPILE_OPTIONS, fileName: file });
            return { code: out.outputText, map: null };
        }
    };
}

export function json(): Plugin {
    return {
        name: 'workbench-json',
        transform(code, id) {
            if (id.startsWith('\0') || !stripQuery(id).endsWith('.json')) return null;
            return { code: `export default ${JSON.stringify(JSON.parse(code))};`, map: null };
        }
    };
}

/**
 * The LWC runtime matching the compiler. npm hoists sfdx-lwc-jest's LWC 8 engine to the top of
 * node_modules, while `lwc` 9 (whose compiler @lwc/rollup-plugin uses) keeps its own copies nested:
 * resolving `lwc` the default way pairs a v9 compiler with a v8 engine. Pin all of them to `lwc`'s.
 */
export function lwcEngine(nodeModules: string): Plugin {
    const version = (dir: string) =>
        (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    const nested = (parent: string, name: string) =>
        [path.join(nodeModules, parent, 'node_modules', name), path.join(nodeModules, name)].find((dir) =>
            fs.existsSync(path.join(dir, 'package.json'))
        ) as string;
    const compilerVersion = version(nested('@lwc/rollup-plugin', '@lwc/compiler'));
    const fromLwc = (name: string) => {
        const dir = nested('lwc', name);
        return { entry: path.join(dir, 'dist/index.js'), version: version(dir) };
    };
    const engine = fromLwc('@lwc/engine-dom');
    const ids: Record<string, string> = {
        lwc: engine.entry,
        '@lwc/engine-dom': engine.entry,
        '@lwc/synthetic-shadow': fromLwc('@lwc/synthetic-shadow').entry,
        '@lwc/wire-service': fromLwc('@lwc/wire-service').entry
    };
    return {
        name: 'workbench-lwc-engine',
        buildStart() {
            if (engine.version !== compilerVersion) {
                this.warn(`LWC engine ${engine.version} does not match the compiler ${compilerVersion}.`);
            }
        },
        resolveId(importee) {
            return ids[importee] ?? null;
        }
    };
}

export interface PlatformOptions {
    /** force-app/main/default/lwc */
    componentsDir: string;
    /** CustomLabels.labels-meta.xml */
    labelsFile: string;
    /** workbench/src/platform: runtime of the stand-ins */
    platformDir: string;
    /** node_modules/lightning-base-components */
    baseComponentsDir: string;
}

/** `lightning/*` modules Salesforce serves from the org but the npm package does not ship. */
const LIGHTNING_STAND_INS = ['uiRecordApi', 'refresh', 'platformShowToastEvent', 'navigation'];

export function platformModules(options: PlatformOptions): Plugin {
    let labels: LabelIndex = { file: options.labelsFile, values: new Map() };
    const runtime = (name: string) => JSON.stringify(path.join(options.platformDir, `${name}.ts`));

    const virtualSource: Record<string, (rest: string) => string> = {
        apex: (method) =>
            method === ''
                ? `export { refreshApex, getSObjectValue } from ${runtime('apex')};`
                : `import { apexMethod } from ${runtime('apex')};\nexport default apexMethod(${JSON.stringify(method)});`,
        label: (name) => `export default ${JSON.stringify(labels.values.get(name))};`,
        customPermission: (name) =>
            `import { hasPermission } from ${runtime('session')};\nexport default hasPermission(${JSON.stringify(name)});`,
        userPermission: (name) =>
            `import { hasPermission } from ${runtime('session')};\nexport default hasPermission(${JSON.stringify(name)});`,
        user: (name) => `import { user } from ${runtime('session')};\nexport default user(${JSON.stringify(name)});`,
        empty: () => 'export default null;',
        schema: (ref) => {
            const [objectApiName, ...field] = ref.split('.');
            const value = field.length ? { objectApiName, fieldApiName: field.join('.') } : { objectApiName };
            return `export default Object.freeze(${JSON.stringify(value)});`;
        }
    };

    return {
        name: 'workbench-platform-modules',
        buildStart() {
            labels = readLabels(options.labelsFile);
            this.addWatchFile(options.labelsFile);
        },
        resolveId(importee, importer) {
            // Absolute paths written into virtual modules (the stand-ins' runtime).
            if (importer?.startsWith(VIRTUAL) && path.isAbsolute(importee)) return importee;

            const bundle = /^c\/([A-Za-z0-9_]+)$/.exec(importee);
            if (bundle) {
                const name = bundle[1];
                for (const ext of ['ts', 'js']) {
                    const entry = path.join(options.componentsDir, name, `${name}.${ext}`);
                    // `?specifier=` tells the LWC plugin the namespace/name (it reads the file itself).
                    if (fs.existsSync(entry)) return `${entry}?specifier=${encodeURIComponent(importee)}`;
                }
                return null;
            }

            // The page is left-to-right: the right-to-left icon libraries (half of all base-component
            // code by size) are never fetched, so they are not compiled. LTR icons are the real ones.
            if (/^lightning\/iconSvgTemplates\w*Rtl$/.test(importee)) return `${VIRTUAL}empty:`;

            const lightning = /^lightning\/(\w+)$/.exec(importee);
            if (lightning && LIGHTNING_STAND_INS.includes(lightning[1])) {
                return path.join(options.platformDir, 'lightning', `${lightning[1]}.ts`);
            }

            if (importee === '@salesforce/apex') return `${VIRTUAL}apex:`;
            const sf = /^@salesforce\/(apex|label|customPermission|userPermission|user|schema)\/(.+)$/.exec(importee);
            if (sf) {
                const [, kind, rest] = sf;
                if (kind === 'label') {
                    // Base components import their own labels (LightningToast.close, …); their lwc
                    // config maps those. Only the project's labels (c.*) are ours to answer.
                    if (!rest.startsWith('c.')) return null;
                    const name = rest.slice(2);
                    if (!labels.values.has(name)) {
                        this.error(
                            `${importee}: no custom label "${name}" in ${path.relative(process.cwd(), labels.file)} ` +
                                `(imported by ${importer}). A deploy would fail the same way.`
                        );
                    }
                    return `${VIRTUAL}label:${name}`;
                }
                return `${VIRTUAL}${kind}:${rest}`;
            }

            // i18n/client imports from the project's own code: the values the base components use.
            const scoped = /^@salesforce\/(i18n|client)\/(.+)$/.exec(importee);
            if (scoped) {
                const file = path.join(
                    options.baseComponentsDir,
                    'scopedImports',
                    `@salesforce-${scoped[1]}-${scoped[2]}.js`
                );
                return fs.existsSync(file) ? file : null;
            }
            return null;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) return null;
            const body = id.slice(VIRTUAL.length);
            const colon = body.indexOf(':');
            const kind = body.slice(0, colon);
            return virtualSource[kind](body.slice(colon + 1));
        }
    };
}
