/**
 * Stand-in for `lightning/navigation` (the base-components package re-exports it from the org's `force/navigation`):
 * `CurrentPageReference` provides the page reference of a Lightning tab, its state holding the URL's `c__` parameters
 * as Lightning Experience passes them; `NavigationMixin` is not used by the package's components.
 */
type DataCallback = (value: unknown) => void;

function pageReference(): { type: string; attributes: Record<string, unknown>; state: Record<string, string> } {
    const state: Record<string, string> = {};
    new URLSearchParams(window.location.search).forEach((value, name) => {
        if (name.startsWith('c__')) state[name] = value;
    });
    return { type: 'standard__navItemPage', attributes: { apiName: 'MailchimpBulkOptOut' }, state };
}

/** A wire adapter, as LWC calls one: constructed with the callback, connected, then given its config. */
export class CurrentPageReference {
    private readonly callback: DataCallback;

    constructor(callback: DataCallback) {
        this.callback = callback;
    }

    connect(): void {
        this.callback(pageReference());
    }

    update(): void {
        // The page reference has no config to react to.
    }

    disconnect(): void {
        // Nothing to release.
    }
}
