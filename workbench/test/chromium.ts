/**
 * Finds Chromium for the browser tests: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. When it is
 * missing and we run as root (CI), installs Debian's `chromium` package with apt-get; otherwise stops
 * with a message saying what to do. Never downloads a browser from anywhere else, never skips.
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags that work on our machines (see the machine notes): no background network, no sandbox as root. */
export const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage'
];

function aptGet(args: string[]): boolean {
    const result = spawnSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    });
    return result.status === 0;
}

export function ensureChromium(): string {
    const wanted = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
    if (fs.existsSync(wanted)) return wanted;
    if (process.env.CHROMIUM_PATH) {
        throw new Error(`CHROMIUM_PATH=${wanted} does not exist.`);
    }
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot) {
        throw new Error(
            `Chromium is missing (${DEBIAN_CHROMIUM}). The browser tests need it and will not skip. ` +
                `Install Debian's package: sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary).`
        );
    }
    console.log(
        `workbench tests: ${DEBIAN_CHROMIUM} is missing; installing Debian's chromium package (running as root).`
    );
    const installed =
        aptGet(['install', '-y', '--no-install-recommends', 'chromium']) ||
        (aptGet(['update']) && aptGet(['install', '-y', '--no-install-recommends', 'chromium']));
    if (!installed || !fs.existsSync(DEBIAN_CHROMIUM)) {
        throw new Error(`Could not install Debian's chromium with apt-get; the browser tests cannot run without it.`);
    }
    return DEBIAN_CHROMIUM;
}
