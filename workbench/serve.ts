/**
 * `npm start`: builds the workbench, rebuilds on every change, and serves it on 127.0.0.1 only.
 *
 *   tsx workbench/serve.ts            http://127.0.0.1:3000/?scenario=several-audiences
 *   PORT=4000 tsx workbench/serve.ts
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { checkDeployTsconfig, DIST, ROOT, watchBuild } from './build/build';
import { SCENARIO_IDS } from './src/scenario-ids';

const SLDS = path.join(ROOT, 'node_modules/@salesforce-ux/design-system/assets');

const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.json': 'application/json'
};

/** Maps a URL path to a file inside one of the two served folders, or undefined (never outside them). */
function fileFor(urlPath: string): string | undefined {
    const decoded = decodeURIComponent(urlPath);
    const [base, rest] = decoded.startsWith('/slds/')
        ? [SLDS, decoded.slice('/slds/'.length)]
        : [DIST, decoded.slice(1)];
    const file = path.resolve(base, rest === '' ? 'index.html' : rest);
    return file.startsWith(base + path.sep) ? file : undefined;
}

export interface RunningServer {
    url: string;
    close: () => Promise<void>;
}

/** What `npm start` says when the port is taken: which port, and how to choose another. */
export function portInUseMessage(port: number): string {
    return `port ${port} is already in use (is another "npm start" running?). Stop it, or choose another port: PORT=4000 npm start (Windows PowerShell: $env:PORT=4000; npm start).`;
}

export function startServer(port = 0): Promise<RunningServer> {
    const server = http.createServer((request, response) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const file = fileFor(url.pathname);
        if (request.method !== 'GET' || !file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
            response.writeHead(request.method === 'GET' ? 404 : 405, { 'content-type': 'text/plain' });
            response.end('Not found');
            return;
        }
        response.writeHead(200, {
            'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-store'
        });
        fs.createReadStream(file).pipe(response);
    });
    return new Promise((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) =>
            reject(error.code === 'EADDRINUSE' ? new Error(portInUseMessage(port)) : error)
        );
        // Loopback only: the workbench is a developer tool, never reachable from the network.
        server.listen(port, '127.0.0.1', () => {
            const { port: bound } = server.address() as AddressInfo;
            resolve({
                url: `http://127.0.0.1:${bound}`,
                close: () => new Promise<void>((done) => server.close(() => done()))
            });
        });
    });
}

async function main(): Promise<void> {
    const warning = checkDeployTsconfig();
    if (warning) console.warn(warning);
    const { url } = await startServer(Number(process.env.PORT ?? 3000));
    let first = true;
    // The watcher's first build makes the page; each save rebuilds (times printed as they happen).
    watchBuild(() => {
        if (!first) return;
        first = false;
        console.log(`\nMailchimp Membership workbench: ${url}/`);
        for (const id of SCENARIO_IDS) console.log(`  ${url}/?scenario=${id}`);
        console.log('\nWatching force-app and workbench: save a file, then reload the page. Ctrl+C stops.\n');
    });
}

if (require.main === module) {
    main().catch((error: Error) => {
        console.error(`workbench: ${error.message}`);
        process.exit(1);
    });
}
