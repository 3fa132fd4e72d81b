/**
 * Stand-in for `@salesforce/apex/*`: every imported Apex method is a function (imperative call) that is
 * also a wire adapter (`@wire`), answered by the current scenario and recorded in
 * `window.__workbench.calls`. Answers and errors take the shapes Lightning gives components:
 * wired data is frozen, errors are `{ body: { message }, ok: false, status, statusText }`.
 */
import { unwrap } from 'lwc';
import { ApexFailure } from './apexFailure';
import { log, scenario } from './session';

export { ApexFailure };

export interface ApexErrorShape {
    body: { message: string; exceptionType?: string; stackTrace?: string | null };
    ok: false;
    status: number;
    statusText: string;
    headers: Record<string, string>;
}

function toPlatformError(error: unknown): ApexErrorShape {
    if (error instanceof ApexFailure && typeof error.detail === 'object') {
        return { headers: {}, ...(error.detail as Omit<ApexErrorShape, 'headers'>) };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
        body: { message, exceptionType: 'System.AuraHandledException', stackTrace: null },
        ok: false,
        status: 500,
        statusText: 'Server Error',
        headers: {}
    };
}

// Apex answers cross a network as JSON: no shared references with the scenario's state.
const overTheWire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value)) deepFreeze(child);
    }
    return value;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function invoke(method: string, params: unknown): Promise<unknown> {
    log.calls.push({ method, params: overTheWire(params ?? {}), at: Math.round(performance.now()) });
    log.pending += 1;
    try {
        await wait(scenario.latencyMs ?? 0);
        const handler = scenario.apex[method];
        if (!handler) throw new ApexFailure(`Workbench: scenario "${scenario.id}" has no answer for ${method}.`);
        return overTheWire(await handler((params ?? {}) as Record<string, unknown>));
    } catch (error) {
        throw toPlatformError(error);
    } finally {
        log.pending -= 1;
    }
}

interface WiredValue {
    data: unknown;
    error: unknown;
}
type DataCallback = (value: WiredValue) => void;

/** Which adapter produced a wired value, so `refreshApex(value)` can fetch it again. */
const producers = new WeakMap<object, ApexWireAdapter>();

class ApexWireAdapter {
    private config: Record<string, unknown> | undefined;
    private connected = false;
    private generation = 0;

    constructor(
        private readonly method: string,
        private readonly callback: DataCallback
    ) {
        this.emit({ data: undefined, error: undefined });
    }

    update(config: Record<string, unknown>): void {
        this.config = config;
        if (this.connected) void this.fetch();
    }

    connect(): void {
        this.connected = true;
        if (this.config) void this.fetch();
    }

    disconnect(): void {
        this.connected = false;
    }

    async fetch(): Promise<void> {
        const generation = ++this.generation;
        let value: WiredValue;
        try {
            value = { data: deepFreeze(await invoke(this.method, this.config)), error: undefined };
        } catch (error) {
            value = { data: undefined, error: deepFreeze(error) };
        }
        // A newer config or refresh superseded this answer.
        if (generation === this.generation && this.connected) this.emit(value);
    }

    private emit(value: WiredValue): void {
        producers.set(value, this);
        this.callback(value);
    }
}

export type ApexMethod = ((params?: Record<string, unknown>) => Promise<unknown>) & {
    adapter: new (callback: DataCallback) => ApexWireAdapter;
};

export function apexMethod(method: string): ApexMethod {
    const call = (params?: Record<string, unknown>) => invoke(method, params);
    return Object.assign(call, {
        adapter: class extends ApexWireAdapter {
            constructor(callback: DataCallback) {
                super(method, callback);
            }
        }
    });
}

/** `refreshApex(wiredValue)`: fetches the wired method again (one more Apex call), like Lightning Data Service. */
export function refreshApex(value: unknown): Promise<void> {
    // Components keep the wired value in a field, and LWC hands it back wrapped in a reactive proxy.
    const raw: unknown = value && typeof value === 'object' ? unwrap(value) : undefined;
    const adapter = raw && typeof raw === 'object' ? producers.get(raw) : undefined;
    return adapter ? adapter.fetch() : Promise.resolve();
}

export function getSObjectValue(record: Record<string, unknown>, field: string | { fieldApiName: string }): unknown {
    const name = typeof field === 'string' ? field.split('.').slice(1).join('.') : field.fieldApiName;
    return name
        .split('.')
        .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);
}
