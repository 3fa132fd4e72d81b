// Compiles the components' TypeScript to the .js files the platform deploys (next to each .ts),
// then runs Salesforce's LWC compiler over every emitted module and template, as a deploy would:
// TypeScript that emits JavaScript the platform rejects (e.g. downlevelled decorators) fails here.
// `--out DIR` writes the .js elsewhere (the test chain uses it to leave the working tree alone).
// The emitted .js is gitignored: always build before a deploy.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@lwc/compiler';

const toolRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--project DIR` builds another SFDX project (the verification tests use a broken fixture).
const projectIndex = process.argv.indexOf('--project');
const root = projectIndex > -1 ? path.resolve(process.argv[projectIndex + 1]) : toolRoot;
const lwcDir = path.join(root, 'force-app/main/default/lwc');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > -1 ? path.resolve(root, process.argv[outIndex + 1]) : lwcDir;

const args = ['-p', path.join(lwcDir, 'tsconfig.json'), '--outDir', outDir];
const result = spawnSync(path.join(toolRoot, 'node_modules/.bin/tsc'), args, { stdio: 'inherit' });
if (result.status !== 0) {
    console.error('LWC build failed: the TypeScript above does not compile.');
    process.exit(result.status ?? 1);
}

/** Bundle folders: lwc/<name>/ with a <name>.js-meta.xml. */
const bundles = readdirSync(lwcDir).filter(
    (name) => statSync(path.join(lwcDir, name)).isDirectory() && !name.startsWith('_')
);
const failures = [];
let compiled = 0;
for (const name of bundles) {
    const sources = [...listFiles(path.join(outDir, name), '.js'), ...listFiles(path.join(lwcDir, name), '.html')];
    for (const file of sources) {
        try {
            transformSync(readFileSync(file, 'utf8'), path.basename(file), { name, namespace: 'c' });
            compiled += 1;
        } catch (err) {
            failures.push(`${path.relative(root, file)}: ${err.message}`);
        }
    }
}
if (failures.length > 0) {
    console.error(`LWC compiler rejected ${failures.length} file(s):\n  ${failures.join('\n  ')}`);
    process.exit(1);
}
console.log(
    `LWC build: ${bundles.length} bundle(s), ${compiled} module(s)/template(s) accepted by the LWC compiler; ` +
        `JavaScript in ${path.relative(root, outDir) || '.'}.`
);

function listFiles(dir, ext) {
    try {
        return readdirSync(dir, { recursive: true })
            .map(String)
            .filter((f) => f.endsWith(ext) && !f.split(path.sep).includes('__tests__'))
            .map((f) => path.join(dir, f));
    } catch {
        return [];
    }
}
