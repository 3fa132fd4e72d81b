/**
 * Browser tests of the real component in Chromium: build the workbench once, serve it on 127.0.0.1,
 * launch one headless Chromium, and run each test in its own browser context. Prints one line per test
 * and, last, exactly `N passed, M failed`; exits non-zero on any failure.
 *
 *   tsx workbench/test/run.ts [name-filter] [--screenshots]   (a|b: names containing a or b; --screenshots
 *   also saves each test's screenshots in workbench/screenshots/, as `npm run workbench:screenshots` does)
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, checkDeployTsconfig } from '../build/build';
import { startServer, type RunningServer } from '../serve';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';
import { SCREENSHOTS, screenshotOptions, TestContext, type TestCase } from './harness';
import { TESTS } from './tests';

// Generous: up to eight sessions share two cores, and an axe run alone can take seconds then.
const TEST_TIMEOUT_MS = 60_000;
const CONCURRENCY = Math.max(1, Number(process.env.WORKBENCH_TEST_CONCURRENCY ?? 2));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runOne(browser: Browser, url: string, test: TestCase): Promise<string | undefined> {
    const errors: string[] = [];
    const t = await TestContext.create(browser, url, test.name, errors, test.device);
    try {
        await withTimeout(test.run(t), TEST_TIMEOUT_MS, test.name);
        if (!t.saved.has(`${test.name}.png`)) await t.screenshot();
        // An uncaught exception in the page fails the test even when the assertions passed.
        if (errors.length) return errors.join('\n');
        return undefined;
    } catch (error) {
        await t.screenshot(`${test.name}.failed.tmp.png`).catch(() => undefined);
        return [(error as Error).message, ...errors].join('\n');
    } finally {
        await t.page.context().close();
    }
}

async function main(): Promise<number> {
    const filter = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
    screenshotOptions.save = process.argv.includes('--screenshots');
    // "a|b" runs the tests whose name contains a or b.
    const tests = filter ? TESTS.filter((t) => filter.split('|').some((part) => t.name.includes(part))) : TESTS;
    const started = performance.now();
    const warning = checkDeployTsconfig();
    if (warning) console.warn(warning);

    const executablePath = ensureChromium();
    const { ms: buildMs } = await build();
    console.log(`workbench: built in ${buildMs} ms`);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });

    let server: RunningServer | undefined;
    let browser: Browser | undefined;
    let passed = 0;
    let failed = 0;
    try {
        server = await startServer(0);
        browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
        const queue = [...tests];
        const worker = async (launched: Browser, url: string) => {
            for (let test = queue.shift(); test; test = queue.shift()) {
                const testStarted = performance.now();
                const failure = await runOne(launched, url, test);
                const seconds = ((performance.now() - testStarted) / 1000).toFixed(1);
                if (failure) {
                    failed += 1;
                    console.log(`  FAIL ${test.name} (${seconds} s) — ${test.proves}\n${indent(failure)}`);
                } else {
                    passed += 1;
                    console.log(`  ok   ${test.name} (${seconds} s) — ${test.proves}`);
                }
            }
        };
        // One browser, a page per test, two at a time (the machines have two cores).
        const url = server.url;
        await Promise.all(Array.from({ length: CONCURRENCY }, () => worker(browser as Browser, url)));
    } finally {
        await browser?.close();
        await server?.close();
    }
    const total = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
        `\nworkbench browser tests: ${total} s in all; ` +
            (screenshotOptions.save
                ? `screenshots in ${path.relative(process.cwd(), SCREENSHOTS)}/`
                : 'screenshots not saved (npm run workbench:screenshots saves them; a failure saves its own)')
    );
    console.log(`${passed} passed, ${failed} failed`);
    return failed === 0 && passed > 0 ? 0 : 1;
}

const indent = (text: string) =>
    text
        .split('\n')
        .map((line) => `       ${line}`)
        .join('\n');

main().then(
    (code) => process.exit(code),
    (error: Error) => {
        console.error(`workbench tests could not run: ${error.message}`);
        console.log('0 passed, 1 failed');
        process.exit(1);
    }
);
