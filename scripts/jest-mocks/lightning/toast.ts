/** Jest stand-in for `lightning/toast` (not stubbed by sfdx-lwc-jest): records shown toasts. */
export interface ToastConfig {
    label: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
}

const shown: ToastConfig[] = [];

export default class Toast {
    static show(config: ToastConfig, _source?: unknown): void {
        shown.push(config);
    }
    static shown(): ToastConfig[] {
        return shown;
    }
    static reset(): void {
        shown.length = 0;
    }
}
