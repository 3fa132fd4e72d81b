/**
 * Builds the workbench page: the real `mailchimpMembership` component, compiled from the TypeScript
 * in force-app by the LWC compiler, with Salesforce's open-source base components and synthetic
 * shadow, into one IIFE script (workbench/dist/workbench.js) plus the page and SLDS.
 *
 *   tsx workbench/build/build.ts            build once (reusing the module cache in dist/ if any)
 *   tsx workbench/build/build.ts --no-cache cold build
 *   tsx workbench/build/build.ts --watch    rebuild on every change (prints the time of each rebuild)
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
    rollup,
    watch,
    type InputOptions,
    type OutputOptions,
    type Plugin,
    type RollupCache,
    type RollupLog
} from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import nodeResolve from '@rollup/plugin-node-resolve';
import { json, lwcEngine, platformModules, typescriptStrip, TRANSPILE_OPTIONS } from './plugins';

export const WORKBENCH = path.resolve(__dirname, '..');
export const ROOT = path.resolve(WORKBENCH, '..');
export const DIST = path.join(WORKBENCH, 'dist');
const COMPONENTS = path.join(ROOT, 'force-app/main/default/lwc');

function inputOptions(): InputOptions {
    return {
        input: path.join(WORKBENCH, 'src/main.ts'),
        plugins: [
            // Order matters: platform imports and TypeScript first, then the LWC compiler.
            lwcEngine(path.join(ROOT, 'node_modules')),
            platformModules({
                componentsDir: COMPONENTS,
                labelsFile: path.join(ROOT, 'force-app/main/default/labels/CustomLabels.labels-meta.xml'),
                platformDir: path.join(WORKBENCH, 'src/platform'),
                baseComponentsDir: path.join(ROOT, 'node_modules/lightning-base-components')
            }),
            json(),
            typescriptStrip(),
            replace({
                preventAssignment: true,
                values: {
                    // Without these the page stays blank: the engine and base components read them.
                    'process.env.NODE_ENV': JSON.stringify('development'),
                    'import.meta.env.SSR': 'false',
                    'process.env.FORCE_NATIVE_SHADOW_MODE_FOR_TEST': 'false',
                    'process.env.SKIP_LWC_VERSION_MISMATCH_CHECK': 'false'
                }
            }),
            lwc({
                rootDir: path.join(WORKBENCH, 'src'),
                modules: [{ npm: 'lightning-base-components' }],
                // The package's gate stub opens every feature gate, so lightning-base-combobox calls
                // attachInternals(), which synthetic shadow refuses unless the component was compiled for it
                // (the LWC compiler option made for base components in synthetic shadow). Without it a
                // lightning-combobox (the card's Add audience picker, the webhook setup's Site picker) never renders.
                // See docs/development.md, "How the workbench differs".
                enableSyntheticElementInternals: true,
                // Fixtures are plain data (see the json plugin), not LWC modules.
                exclude: ['**/*.json']
            }),
            nodeResolve({ extensions: ['.ts', '.js', '.mjs'] }),
            staticFiles()
        ],
        onLog(level, log: RollupLog, handler) {
            // Base components trip these by design; everything else is shown.
            if (log.code === 'CIRCULAR_DEPENDENCY' || log.code === 'THIS_IS_UNDEFINED') return;
            if (log.plugin === 'rollup-plugin-lwc-compiler' && log.id?.includes('node_modules')) return;
            handler(level, log);
        }
    };
}

const outputOptions: OutputOptions = {
    file: path.join(DIST, 'workbench.js'),
    format: 'iife',
    // One file: the base components import some modules dynamically (modal, toast container).
    inlineDynamicImports: true,
    sourcemap: false
};

/** The static part of the page (HTML, the workbench's CSS), watched and copied next to the script. */
function staticFiles(): Plugin {
    const files = ['index.html', 'workbench.css'].map((file) => path.join(WORKBENCH, 'src', file));
    return {
        name: 'workbench-static-files',
        buildStart() {
            for (const file of files) this.addWatchFile(file);
        },
        writeBundle() {
            fs.mkdirSync(DIST, { recursive: true });
            for (const file of files) fs.copyFileSync(file, path.join(DIST, path.basename(file)));
        }
    };
}

/** The deploy build (scripts/build-lwc.mjs) must emit what the workbench runs; say so when it cannot. */
export function checkDeployTsconfig(): string | undefined {
    const file = path.join(COMPONENTS, 'tsconfig.json');
    const parsed = ts.getParsedCommandLineOfConfigFile(
        file,
        {},
        {
            ...ts.sys,
            onUnRecoverableConfigFileDiagnostic: () => undefined
        }
    );
    const useDefine = parsed?.options.useDefineForClassFields;
    if (useDefine === false && TRANSPILE_OPTIONS.useDefineForClassFields) {
        return (
            'WARNING: force-app/main/default/lwc/tsconfig.json resolves useDefineForClassFields=false, so the deploy ' +
            'build rewrites @api/@wire into __esDecorate helpers that the LWC compiler rejects (LWC1104). The workbench ' +
            'compiles with useDefineForClassFields=true. Set it to true in tsconfig.json.'
        );
    }
    return undefined;
}

const CACHE_FILE = path.join(DIST, '.rollup-cache.json');

/**
 * Rollup reuses a cached module's transform *and its resolved imports*, so the cache is only valid for
 * the same build code and the same installed packages: both are part of its key.
 */
function cacheKey(): string {
    const hash = createHash('sha256');
    for (const file of fs.readdirSync(__dirname).sort()) {
        if (file.endsWith('.ts')) hash.update(fs.readFileSync(path.join(__dirname, file)));
    }
    hash.update(fs.readFileSync(path.join(ROOT, 'package-lock.json')));
    return hash.digest('hex');
}

function readCache(key: string): RollupCache | undefined {
    try {
        const stored = JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8')) as { key: string; cache: RollupCache };
        return stored.key === key ? stored.cache : undefined;
    } catch {
        return undefined;
    }
}

/**
 * Builds once. With `cache` (the default), rollup's module cache is kept in dist/: modules whose source
 * did not change (nearly all of the base components) are not compiled again on the next run.
 */
export async function build({ cache = true } = {}): Promise<{ ms: number; cached: boolean }> {
    const started = performance.now();
    const key = cacheKey();
    const previous = cache ? readCache(key) : undefined;
    const bundle = await rollup({ ...inputOptions(), cache: previous ?? cache });
    try {
        await bundle.write(outputOptions);
        if (cache && bundle.cache) fs.writeFileSync(CACHE_FILE, JSON.stringify({ key, cache: bundle.cache }));
    } finally {
        await bundle.close();
    }
    return { ms: Math.round(performance.now() - started), cached: Boolean(previous) };
}

/**
 * Builds, then rebuilds on every change to the component, the labels, the fixtures or the workbench.
 * The first build starts from the module cache in dist/ when it is valid.
 */
export function watchBuild(onBuilt: (ms: number) => void = () => undefined): { close: () => Promise<void> } {
    const watcher = watch({
        ...inputOptions(),
        cache: readCache(cacheKey()),
        output: outputOptions,
        watch: { clearScreen: false, exclude: ['node_modules/**', path.join(DIST, '**')] }
    });
    watcher.on('event', (event) => {
        if (event.code === 'BUNDLE_END') {
            void event.result.close();
            console.log(`workbench: built in ${event.duration} ms`);
            onBuilt(event.duration);
        } else if (event.code === 'ERROR') {
            void event.result?.close();
            console.error(`workbench: build failed: ${event.error.message}`);
        }
    });
    return { close: () => watcher.close() };
}

if (require.main === module) {
    const warning = checkDeployTsconfig();
    if (warning) console.warn(warning);
    if (process.argv.includes('--watch')) {
        watchBuild();
    } else {
        build({ cache: !process.argv.includes('--no-cache') }).then(
            ({ ms, cached }) =>
                console.log(
                    `workbench: built ${path.relative(ROOT, DIST)} in ${ms} ms${cached ? ' (module cache)' : ''}`
                ),
            (error: Error) => {
                console.error(`workbench: build failed: ${error.message}`);
                process.exit(1);
            }
        );
    }
}
