/**
 * Stand-in for `lightning/platformShowToastEvent`. Lightning Experience catches this event and shows a
 * toast; the workbench page does the same with the base components' real toast (see ../../main.ts).
 */
export interface ShowToastConfig {
    title: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
    messageData?: unknown[];
}

export const PLATFORM_TOAST_EVENT = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent<ShowToastConfig> {
    constructor(config: ShowToastConfig) {
        super(PLATFORM_TOAST_EVENT, { detail: config, bubbles: true, composed: true, cancelable: true });
    }
}
