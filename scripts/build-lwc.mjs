// Compiles the components' TypeScript to the .js files the platform deploys (next to each .ts).
// `--out DIR` writes them elsewhere instead (the test chain uses it to prove the build without
// touching the working tree). The emitted .js is gitignored: always build before a deploy.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = ['-p', path.join(root, 'force-app/main/default/lwc/tsconfig.json')];
const outIndex = process.argv.indexOf('--out');
if (outIndex > -1) {
    args.push('--outDir', path.resolve(root, process.argv[outIndex + 1]));
}
const tsc = path.join(root, 'node_modules/.bin/tsc');
const result = spawnSync(tsc, args, { stdio: 'inherit' });
if (result.status !== 0) {
    console.error('LWC build failed: the TypeScript above does not compile.');
    process.exit(result.status ?? 1);
}
console.log(`LWC build: compiled to ${outIndex > -1 ? process.argv[outIndex + 1] : 'force-app (next to each .ts)'}.`);
