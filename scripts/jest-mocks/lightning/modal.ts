/**
 * Jest stand-in for `lightning/modal`, which sfdx-lwc-jest does not stub.
 * Tests mock `open()` to decide what the modal "returns"; `close()` records the result.
 */
import { LightningElement, api } from 'lwc';

export default class LightningModal extends LightningElement {
    @api label = '';
    @api size = '';
    @api description = '';
    @api disableClose = false;

    static open(_config?: Record<string, unknown>): Promise<unknown> {
        return Promise.resolve(undefined);
    }

    close(result?: unknown): void {
        this.dispatchEvent(new CustomEvent('close', { detail: result }));
    }
}
