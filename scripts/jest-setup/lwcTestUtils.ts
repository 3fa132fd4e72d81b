/**
 * Helpers every component test uses, written once (imported as `lwc-test-utils`, mapped in jest.config.ts
 * and tsconfig.json). Lives outside force-app, so it is never deployed.
 */

/** Lets pending promise callbacks and the re-render they cause run. */
export function flushPromises(): Promise<void> {
    // A macrotask lets every queued promise settle first.
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** First element in the component's shadow tree matching the selector (typed loosely: base-component stubs). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function $(element: HTMLElement, selector: string): any {
    return element.shadowRoot!.querySelector(selector);
}

/** Every element in the component's shadow tree matching the selector. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function $$(element: HTMLElement, selector: string): any[] {
    return Array.from(element.shadowRoot!.querySelectorAll(selector));
}
