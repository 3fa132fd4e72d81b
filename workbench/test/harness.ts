/**
 * What a browser test gets: a fresh page on the workbench, helpers to open a scenario, wait until the
 * component has its answers, read the workbench log, run axe, and save a screenshot.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import type { WorkbenchLog } from '../src/platform/session';
import type { ScenarioId } from '../src/scenario-ids';

export const SCREENSHOTS = path.resolve(__dirname, '..', 'screenshots');

/** Dates on screen (e.g. "opted out at") come from this fixed clock, so screenshots are stable. */
const FIXED_NOW = new Date('2026-03-02T10:30:00Z');

/**
 * Whether screenshots are saved (`npm run workbench:screenshots`). `npm test` checks behaviour only: a full-page
 * capture per test costs CPU the two-core budget does not have, and no assertion reads it. A failure's screenshot
 * is saved either way.
 */
export const screenshotOptions = { save: false };

/** Up to this many differing pixels, a new screenshot is the same picture as the saved one. */
const SAME_IMAGE_PIXELS = 100;

/** Where the page is seen: a desktop window (the default) or a phone. */
export interface Device {
    width: number;
    height: number;
    /** A phone: touch events, mobile viewport. */
    phone?: boolean;
}

export const DESKTOP: Device = { width: 1280, height: 820 };
export const PHONE: Device = { width: 375, height: 812, phone: true };

export interface TestCase {
    name: string;
    /** What the test proves, printed with its result. */
    proves: string;
    /** The window the test runs in; DESKTOP unless set. */
    device?: Device;
    run: (t: TestContext) => Promise<void>;
}

export interface OpenOptions {
    /** false: return while Apex answers are still on their way. */
    settle?: boolean;
    /** Where the card sits on the record page (the sidebar unless 'main'). */
    layout?: 'sidebar' | 'main';
    /** The sidebar's width in pixels (400 unless set). */
    sidebar?: number;
}

export class TestContext {
    private constructor(
        readonly page: Page,
        private readonly baseUrl: string,
        readonly name: string
    ) {}

    static async create(
        browser: Browser,
        baseUrl: string,
        name: string,
        errors: string[],
        device: Device = DESKTOP
    ): Promise<TestContext> {
        const context = await browser.newContext({
            viewport: { width: device.width, height: device.height },
            hasTouch: Boolean(device.phone),
            isMobile: Boolean(device.phone),
            reducedMotion: 'reduce',
            locale: 'en-US',
            timezoneId: 'UTC'
        });
        const page = await context.newPage();
        // Generous for a loaded 2-core machine; a passing run never waits this long.
        page.setDefaultTimeout(10_000);
        page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
        page.on('console', (message) => {
            if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
        });
        await page.clock.setFixedTime(FIXED_NOW);
        return new TestContext(page, baseUrl, name);
    }

    /** Opens the page of a scenario (the record page, or the Sync console's app page) and waits for its answers. */
    async open(scenario: ScenarioId, { settle = true, layout, sidebar }: OpenOptions = {}): Promise<void> {
        const query = new URLSearchParams({ scenario });
        if (layout) query.set('layout', layout);
        if (sidebar) query.set('sidebar', String(sidebar));
        await this.page.goto(`${this.baseUrl}/?${query.toString()}`, { timeout: 30_000 });
        await this.page
            .locator(
                'c-mailchimp-membership lightning-card, c-mailchimp-sync-console lightning-card, ' +
                    'c-mailchimp-webhook-setup lightning-card, c-mailchimp-bulk-opt-out lightning-card'
            )
            // The Setup page holds two cards (its own and the webhooks section's): wait for the first.
            .first()
            .waitFor();
        if (settle) await this.settled();
    }

    /**
     * The control a flow needs, once it is visible. A control that never renders fails the test here, by name,
     * instead of the flow going on without it (an Add that cannot be used must not pass as an Add not offered).
     */
    async control(locator: Locator, what: string, timeout = 6000): Promise<Locator> {
        try {
            await locator.first().waitFor({ state: 'visible', timeout });
        } catch {
            throw new Error(`${what} did not render (waited ${timeout} ms for ${locator.toString()})`);
        }
        return locator.first();
    }

    /** Waits until no Apex call is pending, the DOM had a frame to render the answers, and animations ended. */
    async settled(): Promise<void> {
        await this.page.waitForFunction(() => window.__workbench && window.__workbench.pending === 0);
        await this.page.evaluate(
            () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
        );
        await this.animationsDone();
    }

    /** Finite animations (a toast fading in, the modal opening) have finished: screenshots show the end state. */
    async animationsDone(): Promise<void> {
        await this.page.evaluate(() =>
            Promise.all(
                document
                    .getAnimations()
                    .filter((a) => a.effect?.getTiming().iterations !== Infinity)
                    .map((a) => a.finished.catch(() => undefined))
            )
        );
    }

    log(): Promise<WorkbenchLog> {
        return this.page.evaluate(() => JSON.parse(JSON.stringify(window.__workbench)) as WorkbenchLog);
    }

    async clearCalls(): Promise<void> {
        await this.page.evaluate(() => {
            window.__workbench.calls.length = 0;
            window.__workbench.toasts.length = 0;
        });
    }

    /**
     * axe-core with WCAG 2.1 A/AA rules and best practices; fails on any violation, whatever its impact.
     * @param allowed a rule allowed only on the nodes whose selector matches (say why where it is used)
     */
    async expectAccessible(where: string, allowed: { rule: string; target: RegExp }[] = []): Promise<void> {
        await this.animationsDone();
        // Legacy mode: one axe.run() in the page (same-origin frames included) instead of a partial run per
        // frame finished in a second, blank page; the workbench has no cross-origin frame, and this takes a
        // quarter of the time, which the browser step's budget needs.
        const results = await new AxeBuilder({ page: this.page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
            .setLegacyMode()
            .analyze();
        const isAllowed = (rule: string, target: string) =>
            allowed.some((allow) => allow.rule === rule && allow.target.test(target));
        const blocking = results.violations
            .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isAllowed(v.id, n.target.join(' '))) }))
            .filter((v) => v.nodes.length > 0);
        if (blocking.length) {
            const lines = blocking.map(
                (v) =>
                    `  [${v.impact}] ${v.id}: ${v.help}\n` +
                    v.nodes
                        .slice(0, 3)
                        .map((n) => `      ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`)
                        .join('\n')
            );
            throw new Error(`axe (${where}): ${blocking.length} violation(s)\n${lines.join('\n')}`);
        }
    }

    /** Files this test saved; the runner adds `<name>.png` (the final state) unless the test saved it itself. */
    readonly saved = new Set<string>();

    async screenshot(file = `${this.name}.png`): Promise<void> {
        await this.animationsDone();
        if (!screenshotOptions.save && !file.endsWith('.failed.tmp.png')) return;
        const target = path.join(SCREENSHOTS, file);
        const image = await this.page.screenshot({ fullPage: true });
        this.saved.add(file);
        // Anti-aliasing differs by a few pixels between runs: keep the saved file unless the page really
        // changed, so a test run leaves committed screenshots untouched.
        if (fs.existsSync(target)) {
            const saved = fs.readFileSync(target);
            // Byte-identical (the usual case) needs no decoding; only a different file is compared pixel by pixel.
            if (saved.equals(image) || (await this.pixelsChanged(saved, image)) <= SAME_IMAGE_PIXELS) return;
        }
        fs.writeFileSync(target, image);
    }

    /** Counts differing pixels of two PNGs, decoded by the browser (no image library needed in Node). */
    private pixelsChanged(before: Buffer, after: Buffer): Promise<number> {
        // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
        return this.page.evaluate(`(async () => {
            const decode = async (base64) => {
                const bitmap = await createImageBitmap(await (await fetch('data:image/png;base64,' + base64)).blob());
                const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
                const context = canvas.getContext('2d');
                context.drawImage(bitmap, 0, 0);
                return context.getImageData(0, 0, bitmap.width, bitmap.height);
            };
            const [x, y] = await Promise.all([decode('${before.toString('base64')}'), decode('${after.toString('base64')}')]);
            if (x.width !== y.width || x.height !== y.height) return Number.MAX_SAFE_INTEGER;
            let changed = 0;
            for (let i = 0; i < x.data.length; i += 4) {
                if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) changed += 1;
            }
            return changed;
        })()`);
    }
}

export function expect(condition: unknown, message: string): asserts condition {
    if (!condition) throw new Error(message);
}
