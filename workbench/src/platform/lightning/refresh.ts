/**
 * Stand-in for `lightning/refresh`: `RefreshEvent` is what Lightning Experience listens for to refresh
 * the record page; the workbench page counts them (window.__workbench.refreshEvents).
 */
type RefreshHandler = () => Promise<boolean> | boolean | void;

export class RefreshEvent extends CustomEvent<undefined> {
    constructor() {
        super('lightning__refreshevent', { bubbles: true, composed: true, cancelable: true });
    }
}

const handlers = new Map<number, RefreshHandler>();
let nextId = 1;

export function registerRefreshHandler(_element: unknown, handler: RefreshHandler): number {
    const id = nextId++;
    handlers.set(id, handler);
    return id;
}

export function unregisterRefreshHandler(id: number): void {
    handlers.delete(id);
}

/** Called by the page when a RefreshEvent reaches it, like the record page does. */
export async function runRefreshHandlers(): Promise<void> {
    for (const handler of handlers.values()) await handler();
}
