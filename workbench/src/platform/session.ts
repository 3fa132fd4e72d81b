/**
 * The page's session: which scenario runs (from `?scenario=`), and the log the browser tests read
 * through `window.__workbench` (Apex calls, toasts, refresh events, record notifications).
 * Evaluated before any component module, because custom permissions are read at import time.
 */
import { DEFAULT_SCENARIO, SCENARIOS, type Scenario } from '../scenarios';

export interface ApexCall {
    method: string;
    params: unknown;
    at: number;
}

export interface ToastRecord {
    title: string;
    message?: string;
    variant?: string;
    mode?: string;
    via: 'lightning/toast' | 'lightning/platformShowToastEvent';
}

export interface WorkbenchLog {
    scenario: string;
    calls: ApexCall[];
    toasts: ToastRecord[];
    refreshEvents: number;
    recordUpdates: unknown[];
    /** Apex calls still waiting for their (possibly slowed) answer. */
    pending: number;
}

declare global {
    interface Window {
        __workbench: WorkbenchLog;
    }
}

function pickScenario(): Scenario {
    const wanted = new URLSearchParams(window.location.search).get('scenario') ?? DEFAULT_SCENARIO;
    return SCENARIOS.find((s) => s.id === wanted) ?? SCENARIOS.find((s) => s.id === DEFAULT_SCENARIO)!;
}

export const scenario: Scenario = pickScenario();

export const log: WorkbenchLog = {
    scenario: scenario.id,
    calls: [],
    toasts: [],
    refreshEvents: 0,
    recordUpdates: [],
    pending: 0
};
window.__workbench = log;

/** `@salesforce/customPermission/*` and `@salesforce/userPermission/*`: granted unless the scenario says not. */
export function hasPermission(name: string): boolean {
    return scenario.permissions?.[name] ?? true;
}

/** `@salesforce/user/*` */
export function user(field: string): string | boolean | undefined {
    const values: Record<string, string | boolean> = { Id: '005000000000001AAA', isGuest: false };
    return values[field];
}
